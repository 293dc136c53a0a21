import Classification
import Disclosure

/// Reads the two-sided summary tables, 收入支出决算总表 (01) and 财政拨款收入支出决算总表 (04):
/// 收入 on the left, 支出 on the right, each side a label, a 行次 and one or more amounts.
struct SummaryTableReader {
    let catalogue: Catalogue

    /// First cells of header rows, compared by their bytes.
    private static let headerWords: [PrintedWord] = ["收入", "项目", "栏次", "收入决算数"]

    /// Where one side's cells stand in a row.
    struct Side {
        var label: Int
        var rowNumber: Int?
        var amounts: [Int]
    }

    /// One side of one printed row.
    struct Item {
        var label: String
        var rowNumber: Int?
        var amounts: [Cell]
        var location: SourceLocation
    }

    /// Sides found from the header row that names `项目` once per side.
    static func sides(of table: TabbedTable) -> (income: Side, expenditure: Side)? {
        for row in table.rows {
            let labelColumns = row.cells.indices.filter { row.cells[$0] == "项目" }
            guard labelColumns.count == 2 else { continue }
            let width = max(row.cells.count, table.rows.map(\.cells.count).max() ?? 0)
            func side(_ start: Int, _ end: Int) -> Side {
                let rowNumber = (start + 1 < end && row.cells[start + 1] == "行次") ? start + 1 : nil
                return Side(label: start, rowNumber: rowNumber, amounts: Array(((rowNumber ?? start) + 1)..<end))
            }
            return (side(labelColumns[0], labelColumns[1]), side(labelColumns[1], width))
        }
        return nil
    }

    /// The data items of each side, header rows skipped.
    static func items(of table: TabbedTable, part: String, notes: inout ReadingNotes) -> (income: [Item], expenditure: [Item])? {
        guard let (incomeSide, expenditureSide) = sides(of: table) else { return nil }
        var income: [Item] = []
        var expenditure: [Item] = []
        var numbered: [Item] = []
        for row in table.rows {
            let first = LabelText.core(row.cell(0))
            if Self.headerWords.contains(PrintedWord(first)) || row.cells.contains(where: { PrintedWord($0) == "栏次" }) { continue }
            for (side, isIncome) in [(incomeSide, true), (expenditureSide, false)] {
                let label = row.cell(side.label)
                let rowNumber = side.rowNumber.flatMap { CellText.integer(row.cell($0)) }
                let amounts = side.amounts.map {
                    TabbedTable.cell(row.cell($0), at: row.location, part: part, column: label.isEmpty ? "金额" : label,
                                     unit: table.heading.unit, notes: &notes)
                }
                let item = Item(label: label, rowNumber: rowNumber, amounts: amounts, location: row.location)
                numbered.append(item)
                if label.isEmpty && amounts.allSatisfy(\.isBlank) { continue }
                if isIncome { income.append(item) } else { expenditure.append(item) }
            }
        }
        noteRowNumberGaps(numbered, part: part, notes: &notes)
        return (income, expenditure)
    }

    /// A 行次 that skips a number means a row was lost, in extraction or in the document.
    static func noteRowNumberGaps(_ items: [Item], part: String, notes: inout ReadingNotes) {
        let numbered = items.compactMap { item in item.rowNumber.map { ($0, item.location) } }.sorted { $0.0 < $1.0 }
        for (previous, next) in zip(numbered, numbered.dropFirst()) where next.0 > previous.0 + 1 {
            let missing = (previous.0 + 1..<next.0).map(String.init).joined(separator: "、")
            notes.uncertain("行次不连续：缺少第\(missing)行", at: next.1, part: part)
        }
    }

    func readIncomeExpenditureSummary(_ region: DocumentParts.TableRegion, notes: inout ReadingNotes) -> IncomeExpenditureSummary {
        let part = region.kind.rawValue
        let table = TabbedTable(region, notes: &notes)
        var summary = IncomeExpenditureSummary(heading: table.heading)
        guard let (income, expenditure) = SummaryTableReader.items(of: table, part: part, notes: &notes) else {
            notes.unplaced("未找到“项目/行次/金额”表头，无法分出收入、支出两侧", at: region.titleLine.location, part: part)
            return summary
        }
        for item in income {
            let line = SummaryLine(label: item.label, rowNumber: item.rowNumber, amount: item.amounts.first ?? .blank, location: item.location)
            let core = LabelText.core(item.label)
            if core.hasBytePrefix("本年收入合计") || core == "本年收入" {
                summary.incomeTotal = line
            } else if core.hasBytePrefix("使用非财政拨款结余") {
                summary.useOfNonFiscalBalance = line
            } else if core.hasBytePrefix("年初结转和结余") {
                summary.openingBalance = line
            } else if core == "总计" {
                summary.incomeGrandTotal = line
            } else if let source = LabelText.fundSource(core: core) {
                summary.income.append(SourceLine(source: source, line: line))
            } else {
                notes.unplaced("收入一侧无法识别的行“\(item.label)”", at: item.location, part: part, excerpt: item.label)
            }
        }
        for item in expenditure {
            let line = SummaryLine(label: item.label, rowNumber: item.rowNumber, amount: item.amounts.first ?? .blank, location: item.location)
            let core = LabelText.core(item.label)
            if core.hasBytePrefix("本年支出合计") || core == "本年支出" {
                summary.expenditureTotal = line
            } else if core.hasBytePrefix("结余分配") {
                summary.balanceDistribution = line
            } else if core.hasBytePrefix("年末结转和结余") {
                summary.closingBalance = line
            } else if core == "总计" {
                summary.expenditureGrandTotal = line
            } else {
                let code = classCode(item, part: part, notes: &notes)
                if code == nil {
                    notes.uncertain("支出功能分类“\(item.label)”不在分类目录中", at: item.location, part: part, excerpt: item.label)
                }
                summary.expenditure.append(ClassLine(code: code, line: line))
            }
        }
        return summary
    }

    func readFiscalSummary(_ region: DocumentParts.TableRegion, notes: inout ReadingNotes) -> FiscalSummary {
        let part = region.kind.rawValue
        let table = TabbedTable(region, notes: &notes)
        var summary = FiscalSummary(heading: table.heading)
        guard let (income, expenditure) = SummaryTableReader.items(of: table, part: part, notes: &notes) else {
            notes.unplaced("未找到“项目/行次/金额”表头，无法分出收入、支出两侧", at: region.titleLine.location, part: part)
            return summary
        }
        var afterOpeningBalance = false
        for item in income {
            let line = SummaryLine(label: item.label, rowNumber: item.rowNumber, amount: item.amounts.first ?? .blank, location: item.location)
            let core = LabelText.core(item.label)
            if core.hasBytePrefix("本年收入合计") {
                summary.incomeTotal = line
            } else if core.hasBytePrefix("年初") {
                summary.openingBalance = line
                afterOpeningBalance = true
            } else if core == "总计" {
                summary.incomeGrandTotal = line
            } else if let source = LabelText.fundSource(core: core), FundSource.fiscal.contains(source) {
                if afterOpeningBalance {
                    summary.openingBalanceBySource.append(SourceLine(source: source, line: line))
                } else {
                    summary.income.append(SourceLine(source: source, line: line))
                }
            } else if !item.label.isEmpty {
                notes.unplaced("收入一侧无法识别的行“\(item.label)”", at: item.location, part: part, excerpt: item.label)
            }
        }
        for item in expenditure {
            let cells = item.amounts + Array(repeating: Cell.blank, count: max(0, 4 - item.amounts.count))
            if item.amounts.count > 4, item.amounts[4...].contains(where: { !$0.isBlank }) {
                notes.unplaced("支出一侧本行多出金额栏", at: item.location, part: part, excerpt: item.label)
            }
            let columns = FiscalColumns(total: cells[0], generalBudget: cells[1], governmentFund: cells[2], stateCapital: cells[3])
            let core = LabelText.core(item.label)
            var line = FiscalLine(label: item.label, rowNumber: item.rowNumber, amounts: columns, location: item.location)
            if core.hasBytePrefix("本年支出合计") {
                summary.expenditureTotal = line
            } else if core.hasBytePrefix("年末") {
                summary.closingBalance = line
            } else if core == "总计" {
                summary.expenditureGrandTotal = line
            } else if item.label.isEmpty {
                notes.unplaced("支出一侧有金额但无项目名称", at: item.location, part: part)
            } else {
                line.code = classCode(item, part: part, notes: &notes)
                if line.code == nil {
                    notes.uncertain("支出功能分类“\(item.label)”不在分类目录中", at: item.location, part: part, excerpt: item.label)
                }
                summary.expenditure.append(line)
            }
        }
        return summary
    }

    /// The 类 a printed label names; a label cut short by a wrap (`二十六、抗疫特别国债安排`)
    /// names the one class whose name it begins, with a note.
    private func classCode(_ item: Item, part: String, notes: inout ReadingNotes) -> FunctionalCode? {
        if let code = catalogue.functionalClass(named: item.label) { return code }
        let printed = PrintedName.className(fromLabel: item.label)
        guard printed.count >= 4 else { return nil }
        let matches = Set(catalogue.entries.filter { $0.scheme == .functional && $0.code.count == 3 && PrintedName.comparable($0.name).hasPrefix(PrintedName.comparable(printed)) }.map(\.code))
        guard matches.count == 1, let code = matches.first.flatMap(FunctionalCode.init) else { return nil }
        notes.repaired("支出功能分类“\(item.label)”不完整，按分类目录认定为\(code.digits)", at: item.location, part: part, excerpt: item.label)
        return code
    }
}
