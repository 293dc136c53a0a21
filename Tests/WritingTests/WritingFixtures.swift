import Classification
import Disclosure
import Foundation
import Reading

/// The seed read once as the CLI reads it, a scratch folder, and external programs run as a
/// user would run them.
enum WritingFixtures {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seedPath = packageRoot.appendingPathComponent("data/documents/datong-market-regulation-2024.txt").path

    static let seedResult: Result<Disclosure, Error> = Result { try reader().read(path: seedPath) }

    static func seed() throws -> Disclosure { try seedResult.get() }

    static func reader() throws -> DisclosureReader {
        DisclosureReader(catalogue: try Catalogue.bundled())
    }

    /// A fresh folder under the temporary directory.
    static func scratchFolder(_ name: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("juesuan-writing-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    struct ToolResult {
        var status: Int32
        var output: String
    }

    /// Runs `program` (found on the PATH) with `arguments`; standard output and error together.
    static func run(_ program: String, _ arguments: [String]) throws -> ToolResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [program] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return ToolResult(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }
}

extension Tables {
    /// The tables with every source location removed: what a round trip through another
    /// format can preserve.
    var withoutLocations: Tables {
        var copy = self
        func strip(_ heading: inout TableHeading) { heading.location = nil }
        func strip(_ line: inout SummaryLine?) { line?.location = nil }
        func strip<Row: FunctionalRow>(_ table: inout FunctionalTable<Row>?, _ clear: (inout Row) -> Void) {
            guard var value = table else { return }
            strip(&value.heading)
            if var total = value.total { clear(&total); value.total = total }
            for index in value.rows.indices { clear(&value.rows[index]) }
            table = value
        }
        if var table = copy.incomeExpenditureSummary {
            strip(&table.heading)
            for index in table.income.indices { table.income[index].line.location = nil }
            for index in table.expenditure.indices { table.expenditure[index].line.location = nil }
            strip(&table.incomeTotal); strip(&table.useOfNonFiscalBalance); strip(&table.openingBalance); strip(&table.incomeGrandTotal)
            strip(&table.expenditureTotal); strip(&table.balanceDistribution); strip(&table.closingBalance); strip(&table.expenditureGrandTotal)
            copy.incomeExpenditureSummary = table
        }
        if var table = copy.fiscalSummary {
            strip(&table.heading)
            for index in table.income.indices { table.income[index].line.location = nil }
            for index in table.openingBalanceBySource.indices { table.openingBalanceBySource[index].line.location = nil }
            for index in table.expenditure.indices { table.expenditure[index].location = nil }
            strip(&table.incomeTotal); strip(&table.openingBalance); strip(&table.incomeGrandTotal)
            table.expenditureTotal?.location = nil; table.closingBalance?.location = nil; table.expenditureGrandTotal?.location = nil
            copy.fiscalSummary = table
        }
        strip(&copy.income) { $0.location = nil }
        strip(&copy.expenditure) { $0.location = nil }
        strip(&copy.generalBudgetExpenditure) { $0.location = nil }
        strip(&copy.governmentFund) { $0.location = nil }
        strip(&copy.stateCapital) { $0.location = nil }
        if var table = copy.basicExpenditure {
            strip(&table.heading)
            for index in table.lines.indices { table.lines[index].location = nil }
            strip(&table.personnelTotal); strip(&table.publicUseTotal); strip(&table.total)
            copy.basicExpenditure = table
        }
        if var table = copy.threePublicExpenses {
            strip(&table.heading)
            table.location = nil
            copy.threePublicExpenses = table
        }
        if var table = copy.supplementaryStatistics {
            strip(&table.heading)
            strip(&table.procurementTotal); strip(&table.procurementGoods); strip(&table.procurementWorks); strip(&table.procurementServices)
            strip(&table.operatingCostsAdministrative); strip(&table.operatingCostsCivilServiceManaged)
            table.vehicleTotal?.location = nil; table.largeEquipment?.location = nil
            for index in table.vehicles.indices { table.vehicles[index].line.location = nil }
            copy.supplementaryStatistics = table
        }
        return copy
    }
}
