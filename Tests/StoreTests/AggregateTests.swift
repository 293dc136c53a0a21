import Disclosure
import Testing
@testable import Store

@Suite("Aggregates over published versions, in exact fen")
struct AggregateTests {
    /// 2^52 + 1 fen: past what a Double holds exactly once three of them are added.
    static let large: Int64 = 4_503_599_627_370_497

    @Test("sums a code's 公开03 totals across departments and years from the published versions only", arguments: Backend.allCases)
    func sumsPublishedTotals(backend: Backend) async throws {
        try await TestPlace.with(backend) { store, _ in
            let departments = [
                try await store.createDepartment(code: "040", name: "市场监督管理局", actor: "admin"),
                try await store.createDepartment(code: "050", name: "财政局", actor: "admin"),
                try await store.createDepartment(code: "060", name: "教育局", actor: "admin"),
            ]
            var expected: [Int: Int64] = [:]
            for (index, department) in departments.enumerated() {
                for year in [2023, 2024] {
                    let fen = Self.large + Int64(index * 10 + year - 2023)
                    let version = try await store.addVersion(
                        Uploads.upload(department.id, year: year, totals: [("201", fen), ("20101", 7), ("205", 1)]), actor: "editor")
                    _ = try await store.publish(version: version, actor: "editor", reason: nil)
                    expected[year, default: 0] += fen
                    // A later draft must not count.
                    _ = try await store.addVersion(Uploads.upload(department.id, year: year, totals: [("201", 99)]), actor: "editor")
                }
            }
            let totals = try await store.aggregate(classCode: "201", fiscalYears: 2023...2024)
            #expect(totals.map(\.fiscalYear) == [2023, 2024])
            #expect(totals.map(\.total.fen) == [expected[2023], expected[2024]])
            #expect(totals.allSatisfy { $0.departments == 3 && $0.code == "201" })
            #expect(try await store.aggregate(classCode: "201", fiscalYears: 2024...2024).map(\.total.fen) == [expected[2024]])
            #expect(try await store.aggregate(classCode: "20101", fiscalYears: 2023...2024).map(\.total.fen) == [21, 21])

            // Every 类, for a consolidation: 201 and 205 per year, no 款.
            let classes = try await store.aggregate(classCode: nil, fiscalYears: 2023...2024)
            #expect(classes.map(\.code) == ["201", "201", "205", "205"])
            #expect(classes.filter { $0.code == "205" }.map(\.total.fen) == [3, 3])
        }
    }

    @Test("republishing another version replaces its totals in the sums", arguments: Backend.allCases)
    func latestPublicationCounts(backend: Backend) async throws {
        try await TestPlace.with(backend) { store, _ in
            let department = try await store.createDepartment(code: "040", name: "市场监督管理局", actor: "admin")
            let first = try await store.addVersion(Uploads.upload(department.id, totals: [("201", 1_000)]), actor: "editor")
            let second = try await store.addVersion(Uploads.upload(department.id, totals: [("201", 2_500)]), actor: "editor")
            _ = try await store.publish(version: first, actor: "editor", reason: nil)
            #expect(try await store.aggregate(classCode: "201", fiscalYears: 2024...2024).map(\.total.fen) == [1_000])
            _ = try await store.publish(version: second, actor: "editor", reason: nil)
            #expect(try await store.aggregate(classCode: "201", fiscalYears: 2024...2024).map(\.total.fen) == [2_500])
        }
    }

    @Test("a version's totals come from 公开03's coded rows; a code printed twice counts once")
    func expenditureTotals() throws {
        var model = Uploads.model(department: "测试局", year: 2024, totals: [("201", 5), ("20101", 3), ("201", 9)])
        #expect(ExpenditureTotals.of(model).map(\.code) == ["201", "20101"])
        #expect(ExpenditureTotals.of(model).map(\.fen) == [5, 3])
        model.tables.expenditure = nil
        #expect(ExpenditureTotals.of(model).isEmpty)
    }
}
