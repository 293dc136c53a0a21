import Disclosure
import Foundation

/// Flattens a disclosure's tables into (table, row, column) → printed value, the shape of
/// `Tests/ReadingTests/Fixtures/seed-expected.tsv`, so a test can compare every figure both ways.
/// Shared by the reading and writing tests: what is read and what is written are compared alike.
public struct PrintedFigures {
    public struct Key: Hashable, Sendable, CustomStringConvertible {
        public var table: String
        public var row: String
        public var column: String

        public init(table: String, row: String, column: String) {
            self.table = table
            self.row = row
            self.column = column
        }

        public var description: String { "\(table) \(row) \(column)" }
    }

    public private(set) var values: [Key: String] = [:]
    public private(set) var duplicates: [Key] = []

    public init(_ disclosure: Disclosure) {
        let tables = disclosure.tables
        if let table = tables.incomeExpenditureSummary {
            let income = table.income.map(\.line) + [table.incomeTotal, table.useOfNonFiscalBalance, table.openingBalance, table.incomeGrandTotal].compactMap { $0 }
            let expenditure = table.expenditure.map(\.line) + [table.expenditureTotal, table.balanceDistribution, table.closingBalance, table.expenditureGrandTotal].compactMap { $0 }
            for line in income { summary("公开01", "收入:" + line.label, line, column: "金额") }
            for line in expenditure { summary("公开01", "支出:" + line.label, line, column: "金额") }
        }
        if let table = tables.fiscalSummary {
            let income = table.income.map(\.line) + table.openingBalanceBySource.map(\.line) + [table.incomeTotal, table.openingBalance, table.incomeGrandTotal].compactMap { $0 }
            for line in income { summary("公开04", "收入:" + line.label, line, column: "金额") }
            for line in table.expenditure + [table.expenditureTotal, table.closingBalance, table.expenditureGrandTotal].compactMap({ $0 }) {
                let row = "支出:" + line.label
                if let number = line.rowNumber { put("公开04", row, "行次", String(number)) }
                let columns = [("合计", line.amounts.total), ("一般公共预算财政拨款", line.amounts.generalBudget),
                               ("政府性基金预算财政拨款", line.amounts.governmentFund), ("国有资本经营预算财政拨款", line.amounts.stateCapital)]
                for (column, cell) in columns { put("公开04", row, column, cell) }
            }
        }
        functional("公开02", tables.income)
        functional("公开03", tables.expenditure)
        functional("公开05", tables.generalBudgetExpenditure)
        functional("公开07", tables.governmentFund)
        functional("公开08", tables.stateCapital)
        if let table = tables.basicExpenditure {
            for line in table.lines {
                put("公开06", line.code.digits, "名称", line.name)
                put("公开06", line.code.digits, "决算数", line.amount)
            }
            for total in [table.personnelTotal, table.publicUseTotal, table.total].compactMap({ $0 }) {
                put("公开06", total.label, "决算数", total.amount)
            }
        }
        if let table = tables.threePublicExpenses {
            for (row, figures) in [("预算数", table.budget), ("决算数", table.actual)] {
                for (column, cell) in figures?.columns ?? [] { put("公开09", row, column, cell) }
            }
        }
        if let table = tables.supplementaryStatistics {
            let amounts = [table.procurementTotal, table.procurementGoods, table.procurementWorks, table.procurementServices,
                           table.operatingCostsAdministrative, table.operatingCostsCivilServiceManaged].compactMap { $0 }
            for line in amounts { summary("公开10", line.label, line, column: "统计数") }
            for line in [table.vehicleTotal, table.largeEquipment].compactMap({ $0 }) + table.vehicles.map(\.line) {
                if let number = line.rowNumber { put("公开10", line.label, "行次", String(number)) }
                if let count = line.count { put("公开10", line.label, "统计数", String(count)) }
            }
        }
    }

    private mutating func summary(_ table: String, _ row: String, _ line: SummaryLine, column: String) {
        if let number = line.rowNumber { put(table, row, "行次", String(number)) }
        put(table, row, column, line.amount)
    }

    private mutating func functional<Row: FunctionalRow>(_ name: String, _ table: FunctionalTable<Row>?) {
        guard let table else { return }
        for row in (table.total.map { [$0] } ?? []) + table.rows {
            let key = row.code?.digits ?? "合计"
            if row.code != nil { put(name, key, "名称", row.name) }
            for (column, cell) in row.columns { put(name, key, column, cell) }
        }
    }

    private mutating func put(_ table: String, _ row: String, _ column: String, _ cell: Cell) {
        switch cell {
        case .blank: return
        case .notApplicable: put(table, row, column, Cell.notApplicableMark)
        case .amount(let amount): put(table, row, column, amount.description)
        }
    }

    private mutating func put(_ table: String, _ row: String, _ column: String, _ value: String) {
        let key = Key(table: table, row: row, column: column)
        if values[key] != nil { duplicates.append(key) }
        values[key] = value
    }

    /// Reads the expected-figures fixture.
    public static func expected(from url: URL) throws -> [Key: String] {
        var result: [Key: String] = [:]
        for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n") where !line.hasPrefix("#") {
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cells.count == 4 else { continue }
            result[Key(table: cells[0], row: cells[1], column: cells[2])] = cells[3]
        }
        return result
    }
}
