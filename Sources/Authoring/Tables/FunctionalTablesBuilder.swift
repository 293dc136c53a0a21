import Classification
import Disclosure

/// 公开02, 03, 05, 07 and 08: rows by 项, rolled up to 款, 类 and 合计.
struct FunctionalTablesBuilder {
    let ledger: Ledger
    let catalogue: Catalogue
    let headings: Headings

    private func name(_ code: FunctionalCode) -> String { catalogue.functional(code)?.name ?? "" }

    private func rollup(_ entries: [Ledger.Entry], width: Int, _ columns: (FundsLine) -> [Amount?]) -> FunctionalRollup {
        var items: [FunctionalCode: [Amount]] = [:]
        for entry in entries {
            let values = columns(entry.line).map { $0 ?? .zero }
            items[entry.code] = zip(items[entry.code] ?? Array(repeating: .zero, count: width), values).map { $0 + $1 }
        }
        return FunctionalRollup(items: items, width: width)
    }

    var income: IncomeTable {
        let byColumn: (Ledger.Entry) -> [Amount?] = { entry in
            var columns: [Amount?] = Array(repeating: nil, count: 6)
            let slot: Int = switch entry.source {
            case .generalBudget, .governmentFund, .stateCapital: 0
            case .superiorSubsidy: 1
            case .business: 2
            case .operating: 3
            case .affiliatedRemittance: 4
            case .other: 5
            }
            columns[slot] = entry.line.income
            return columns
        }
        var items: [FunctionalCode: [Amount]] = [:]
        for entry in ledger.entries {
            items[entry.code] = zip(items[entry.code] ?? Array(repeating: .zero, count: 6), byColumn(entry).map { $0 ?? .zero }).map { $0 + $1 }
        }
        let sums = FunctionalRollup(items: items, width: 6)
        func row(_ code: FunctionalCode?, _ name: String, _ values: [Amount]) -> IncomeRow {
            let cells = values.map(PrintedCell.of)
            return IncomeRow(code: code, name: name, total: PrintedCell.of(values.sum()), fiscal: cells[0], superiorSubsidy: cells[1],
                             business: cells[2], operating: cells[3], affiliatedRemittance: cells[4], other: cells[5])
        }
        return IncomeTable(heading: headings.heading(.income), total: row(nil, "合计", sums.total),
                           rows: sums.codes.map { row($0, name($0), sums.columns($0)) })
    }

    var expenditure: ExpenditureTable {
        let sums = rollup(ledger.entries, width: 5) { [$0.basic, $0.project, $0.toSuperior, $0.operating, $0.affiliatedSubsidy] }
        func row(_ code: FunctionalCode?, _ name: String, _ values: [Amount]) -> ExpenditureRow {
            let cells = values.map(PrintedCell.of)
            return ExpenditureRow(code: code, name: name, total: PrintedCell.of(values.sum()), basic: cells[0], project: cells[1],
                                  toSuperior: cells[2], operating: cells[3], affiliatedSubsidy: cells[4])
        }
        return ExpenditureTable(heading: headings.heading(.expenditure), total: row(nil, "合计", sums.total),
                                rows: sums.codes.map { row($0, name($0), sums.columns($0)) })
    }

    /// 一般公共预算财政拨款 expenditure by 项, basic and project: the figures of 公开05 and of the narrative.
    var generalBudgetRollup: FunctionalRollup {
        rollup(ledger.entries(.generalBudget), width: 2) { [$0.basic, $0.project] }
    }

    var generalBudgetExpenditure: GeneralBudgetExpenditureTable {
        let sums = generalBudgetRollup
        func row(_ code: FunctionalCode?, _ name: String, _ values: [Amount]) -> SplitRow {
            SplitRow(code: code, name: name, total: PrintedCell.of(values.sum()), basic: PrintedCell.of(values[0]), project: PrintedCell.of(values[1]))
        }
        return GeneralBudgetExpenditureTable(heading: headings.heading(.generalBudgetExpenditure), total: row(nil, "合计", sums.total),
                                             rows: sums.codes.map { row($0, name($0), sums.columns($0)) })
    }

    /// 公开07 (with balances) and 公开08 (without): the same shape, one fiscal source each.
    func fund(_ source: SourceOfFunds, kind: TableKind, withBalances: Bool) -> FunctionalTable<FundFlowRow> {
        var items: [FunctionalCode: [Amount]] = [:]
        func add(_ code: FunctionalCode, _ values: [Amount]) {
            items[code] = zip(items[code] ?? Array(repeating: .zero, count: 5), values).map { $0 + $1 }
        }
        for entry in ledger.entries(source) {
            add(entry.code, [.zero, entry.line.income ?? .zero, entry.line.basic ?? .zero, entry.line.project ?? .zero, .zero])
        }
        var unplacedOpening = Amount.zero
        var unplacedClosing = Amount.zero
        for balance in ledger.balances where balance.source == source {
            if let code = balance.code {
                add(code, [balance.line.opening ?? .zero, .zero, .zero, .zero, balance.line.closing ?? .zero])
            } else {
                unplacedOpening += balance.line.opening ?? .zero
                unplacedClosing += balance.line.closing ?? .zero
            }
        }
        let sums = FunctionalRollup(items: items, width: 5)
        func row(_ code: FunctionalCode?, _ name: String, _ values: [Amount]) -> FundFlowRow {
            FundFlowRow(code: code, name: name, opening: withBalances ? PrintedCell.of(values[0]) : nil, income: withBalances ? PrintedCell.of(values[1]) : nil,
                        total: PrintedCell.of(values[2] + values[3]), basic: PrintedCell.of(values[2]), project: PrintedCell.of(values[3]),
                        closing: withBalances ? PrintedCell.of(values[4]) : nil)
        }
        var total = sums.total
        total[0] += unplacedOpening
        total[4] += unplacedClosing
        let empty = total.allSatisfy(\.isZero)
        return FunctionalTable(heading: headings.heading(kind, empty: empty), total: row(nil, "合计", total),
                               rows: sums.codes.map { row($0, name($0), sums.columns($0)) })
    }
}
