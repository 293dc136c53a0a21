import Checking
import Disclosure
import Foundation
import Reading
import TestSupport
import Testing

/// Changes one table cell of the seed at a time by at least 0.05 万元 and expects a new error at
/// that table. Cells are found by walking the canonical JSON, so every amount of every table is
/// a candidate, printed or blank.
@Suite struct MutationTests {
    /// The JSON keys that hold a table cell.
    static let cellKeys: Set<String> = [
        "total", "fiscal", "superiorSubsidy", "business", "operating", "affiliatedRemittance", "other", "basic", "project",
        "toSuperior", "affiliatedSubsidy", "opening", "income", "closing", "amount", "generalBudget", "governmentFund",
        "stateCapital", "overseasTravel", "vehicleSubtotal", "vehiclePurchase", "vehicleOperation", "reception",
    ]

    /// A path to a cell in the JSON tree and the table it is in.
    struct CellPath {
        var table: TableKind
        var path: [Any]
        var printed: Amount?
    }

    static func cells(in value: Any, path: [Any], table: TableKind?) -> [CellPath] {
        switch value {
        case let object as [String: Any]:
            return object.keys.sorted().flatMap { key -> [CellPath] in
                let child = object[key] as Any
                let kind = table ?? TableKind.allCases.first { "\($0)" == key }
                guard key != "heading", key != "location" else { return [] }
                if let kind, table != nil, cellKeys.contains(key) {
                    if child is NSNull { return [CellPath(table: kind, path: path + [key], printed: .zero)] }
                    if let text = child as? String, let amount = Amount(parsing: text) { return [CellPath(table: kind, path: path + [key], printed: amount)] }
                }
                return cells(in: child, path: path + [key], table: kind)
            }
        case let array as [Any]:
            return array.enumerated().flatMap { cells(in: $1, path: path + [$0], table: table) }
        default:
            return []
        }
    }

    static func replacing(_ tree: Any, at path: ArraySlice<Any>, with value: String) -> Any {
        guard let step = path.first else { return value }
        if var object = tree as? [String: Any], let key = step as? String {
            object[key] = replacing(object[key] as Any, at: path.dropFirst(), with: value)
            return object
        }
        if var array = tree as? [Any], let index = step as? Int {
            array[index] = replacing(array[index], at: path.dropFirst(), with: value)
            return array
        }
        return tree
    }

    static func errors(_ report: CheckReport, at table: TableKind) -> Set<Finding> {
        Set(report.findings.filter { $0.severity == .error && $0.tables.contains(table) })
    }

    @Test func changingAnyTableCellRaisesAnErrorAtThatTable() throws {
        let seed = try SeedDocument.read()
        let checker = Checker(catalogue: try SeedDocument.catalogue())
        let baseline = checker.check(seed)
        let tree = try JSONSerialization.jsonObject(with: Data(try DisclosureJSON.encode(seed).utf8))
        let candidates = MutationTests.cells(in: tree, path: [], table: nil)
        #expect(candidates.count > 300)
        var generator = SeededGenerator(state: 20240101)
        var detected = 0
        var missed: [String] = []
        let trials = 300
        for _ in 0..<trials {
            let cell = candidates[Int.random(in: 0..<candidates.count, using: &generator)]
            // 0.05 to 5.00 万元, either way.
            let cents = Int64.random(in: 5...500, using: &generator) * (Bool.random(using: &generator) ? 1 : -1)
            let changed = (cell.printed ?? .zero) + Amount(fen: cents * 10_000)
            let mutated = MutationTests.replacing(tree, at: cell.path[...], with: changed.formatted(decimals: max(2, cell.printed?.decimals ?? 2)))
            let disclosure = try JSONDecoder().decode(Disclosure.self, from: try JSONSerialization.data(withJSONObject: mutated))
            let report = checker.check(disclosure)
            if MutationTests.errors(report, at: cell.table).subtracting(MutationTests.errors(baseline, at: cell.table)).isEmpty {
                missed.append("\(cell.table.rawValue) \(cell.path.map { "\($0)" }.joined(separator: "."))")
            } else {
                detected += 1
            }
        }
        let rate = Double(detected) / Double(trials)
        print("mutation detection: \(detected)/\(trials) = \(rate); missed: \(missed)")
        #expect(rate >= 0.95)
    }
}
