import Classification
import Disclosure

/// 公开01 and 公开04: both sides, with the balances and 总计, 行次 numbered as the 2024 forms.
struct SummaryTablesBuilder {
    let ledger: Ledger
    let catalogue: Catalogue
    let headings: Headings

    private var classCount: Int { StandardClasses.codes.count }

    private func classLabel(_ index: Int, _ code: FunctionalCode) -> String {
        StandardClasses.numeral(index + 1) + "、" + (catalogue.functional(code)?.name ?? code.digits)
    }

    private func classExpenditure(_ code: FunctionalCode, _ sources: [SourceOfFunds]) -> Amount {
        ledger.entries.filter { sources.contains($0.source) && code.isAncestor(of: $0.code) }.map(\.line.expenditure).sum()
    }

    private func line(_ label: String, _ row: Int, _ exact: Amount) -> SummaryLine {
        SummaryLine(label: label, rowNumber: row, amount: PrintedCell.of(exact))
    }

    var incomeExpenditureSummary: IncomeExpenditureSummary {
        let n = classCount
        var table = IncomeExpenditureSummary(heading: headings.heading(.incomeExpenditureSummary))
        table.income = SourceOfFunds.allCases.enumerated().map { index, source in
            SourceLine(source: source.fundSource, line: line(StandardClasses.numeral(index + 1) + "、" + source.fundSource.rawValue, index + 1, ledger.income([source])))
        }
        table.expenditure = StandardClasses.codes.enumerated().compactMap { index, digits in
            FunctionalCode(digits).map { ClassLine(code: $0, line: line(classLabel(index, $0), n + 6 + index, classExpenditure($0, Ledger.all))) }
        }
        let income = ledger.income(Ledger.all)
        let expenditure = ledger.expenditure(Ledger.all)
        let opening = ledger.opening(Ledger.all)
        let closing = ledger.closing(Ledger.all)
        table.incomeTotal = line("本年收入合计", n + 1, income)
        table.useOfNonFiscalBalance = line("使用非财政拨款结余(含专用结余)", n + 2, ledger.useOfBalance)
        table.openingBalance = line("年初结转和结余", n + 3, opening)
        table.incomeGrandTotal = line("总计", n + 5, income + ledger.useOfBalance + opening)
        table.expenditureTotal = line("本年支出合计", 2 * n + 6, expenditure)
        table.balanceDistribution = line("结余分配", 2 * n + 7, ledger.distribution)
        table.closingBalance = line("年末结转和结余", 2 * n + 8, closing)
        table.expenditureGrandTotal = line("总计", 2 * n + 10, expenditure + ledger.distribution + closing)
        return table
    }

    private func fiscalColumns(_ amount: (SourceOfFunds) -> Amount) -> FiscalColumns {
        let parts = Ledger.fiscal.map(amount)
        return FiscalColumns(total: PrintedCell.of(parts.sum()), generalBudget: PrintedCell.of(parts[0]),
                             governmentFund: PrintedCell.of(parts[1]), stateCapital: PrintedCell.of(parts[2]))
    }

    var fiscalSummary: FiscalSummary {
        let n = classCount
        let fiscal = Ledger.fiscal
        var table = FiscalSummary(heading: headings.heading(.fiscalSummary))
        table.income = fiscal.enumerated().map { index, source in
            SourceLine(source: source.fundSource, line: line(StandardClasses.numeral(index + 1) + "、" + source.fundSource.rawValue.replacingOccurrences(of: "收入", with: ""),
                                                             index + 1, ledger.income([source])))
        }
        table.openingBalanceBySource = fiscal.enumerated().map { index, source in
            SourceLine(source: source.fundSource, line: line(source.fundSource.rawValue.replacingOccurrences(of: "收入", with: ""), n + 3 + index, ledger.opening([source])))
        }
        table.expenditure = StandardClasses.codes.enumerated().compactMap { index, digits in
            FunctionalCode(digits).map { code in
                FiscalLine(label: classLabel(index, code), rowNumber: n + 7 + index, code: code, amounts: fiscalColumns { classExpenditure(code, [$0]) })
            }
        }
        let income = ledger.income(fiscal)
        let opening = ledger.opening(fiscal)
        table.incomeTotal = line("本年收入合计", n + 1, income)
        table.openingBalance = line("年初财政拨款结转和结余", n + 2, opening)
        table.incomeGrandTotal = line("总计", n + 6, income + opening)
        table.expenditureTotal = FiscalLine(label: "本年支出合计", rowNumber: 2 * n + 7, amounts: fiscalColumns { ledger.expenditure([$0]) })
        table.closingBalance = FiscalLine(label: "年末财政拨款结转和结余", rowNumber: 2 * n + 8, amounts: fiscalColumns { ledger.closing([$0]) })
        table.expenditureGrandTotal = FiscalLine(label: "总计", rowNumber: 2 * n + 12,
                                                 amounts: fiscalColumns { ledger.expenditure([$0]) + ledger.closing([$0]) })
        return table
    }
}
