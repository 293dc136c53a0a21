import Disclosure
import Foundation
import Testing
@testable import Classification

@Suite struct CatalogueFileTests {
    let header = "scheme\tcode\tname\tedition\tsource\n"

    private func error(parsing text: String) -> CatalogueError? {
        do {
            _ = try Catalogue(tsv: text, origin: "user.tsv")
            return nil
        } catch {
            return error as? CatalogueError
        }
    }

    @Test func commentsBlankLinesCarriageReturnsAndByteOrderMarkAreAccepted() throws {
        let text = "\u{FEFF}# a comment\r\n\r\n" + header.replacingOccurrences(of: "\n", with: "\r\n")
            + "functional\t201\t一般公共服务支出\t2024\tuser\r\n"
        let catalogue = try Catalogue(tsv: text, origin: "user.tsv")
        #expect(catalogue.entries == [CatalogueEntry(scheme: .functional, code: "201", name: "一般公共服务支出", edition: "2024", source: "user")])
    }

    @Test func shortRowNamesFileLineAndExpectedColumns() throws {
        let failure = try #require(error(parsing: header + "functional\t201\t一般公共服务支出\n"))
        #expect(failure.origin == "user.tsv")
        #expect(failure.line == 2)
        #expect(failure.reason == .wrongColumnCount(found: 3))
        #expect(failure.description == "user.tsv 第2行：应为5列（scheme, code, name, edition, source），实际3列")
    }

    @Test func lineNumbersCountCommentLines() throws {
        let failure = try #require(error(parsing: "# one\n# two\n" + header + "economic\t3010\t基本工资\t2024\tuser\n"))
        #expect(failure.line == 4)
        #expect(failure.reason == .invalidCode(scheme: .economic, found: "3010"))
        #expect(failure.description.hasPrefix("user.tsv 第4行："))
    }

    @Test(arguments: [
        ("budget\t201\tX\t2024\tuser", CatalogueError.Reason.unknownScheme("budget")),
        ("functional\t2011\tX\t2024\tuser", .invalidCode(scheme: .functional, found: "2011")),
        ("functional\t201\t\t2024\tuser", .emptyName),
        ("functional\t201\tX\t24\tuser", .invalidEdition("24")),
        ("functional\t201\tX\t2024\t", .emptySource),
    ])
    func invalidFieldIsReported(row: String, reason: CatalogueError.Reason) throws {
        let failure = try #require(error(parsing: header + row + "\n"))
        #expect(failure.line == 2)
        #expect(failure.reason == reason)
    }

    @Test func missingHeaderIsReported() throws {
        let failure = try #require(error(parsing: "functional\t201\tX\t2024\tuser\n"))
        #expect(failure.line == 1)
        #expect(failure.reason == .missingHeader(found: "functional\t201\tX\t2024\tuser"))
        let empty = try #require(error(parsing: "# nothing but a comment\n"))
        #expect(empty.line == nil)
    }

    @Test func duplicateRowNamesTheEarlierLine() throws {
        let row = "functional\t201\t一般公共服务支出\t2024\tuser\n"
        let failure = try #require(error(parsing: header + row + row))
        #expect(failure.line == 3)
        #expect(failure.reason == .duplicate(firstLine: 2))
        #expect(failure.description == "user.tsv 第3行：与第2行的分类、代码和版本重复")
    }

    @Test func extensionReplacesAShippedNameOfTheSameEdition() throws {
        let shipped = try Catalogue.bundled()
        let code = try #require(FunctionalCode("2013899"))
        let user = try Catalogue(tsv: header + "functional\t2013899\t其他市场监管事务\t2024\tuser:fix\n", origin: "user.tsv")
        let extended = shipped.extended(with: user)
        #expect(extended.functional(code)?.name == "其他市场监管事务")
        #expect(extended.functional(code)?.source == "user:fix")
        #expect(extended.names(of: code).count == 1)
        #expect(extended.entries.count == shipped.entries.count)
        // The original is untouched: values, not shared state.
        #expect(shipped.functional(code)?.name == "其他市场监督管理事务")
    }

    @Test func extensionWithANewerEditionRenamesAndKeepsTheFormerName() throws {
        let shipped = try Catalogue.bundled()
        let code = try #require(FunctionalCode("2013801"))
        let user = try Catalogue(tsv: header + "functional\t2013801\t行政运行（新）\t2026\tuser\n", origin: "user.tsv")
        let extended = shipped.extended(with: user)
        #expect(extended.functional(code)?.name == "行政运行（新）")
        #expect(extended.names(of: code).map(\.edition) == ["2026", "2024"])
        #expect(!extended.isCurrentName("行政运行", for: code))
    }

    @Test func extensionAddsAClassThatLabelsThenFind() throws {
        let user = try Catalogue(tsv: header + "functional\t299\t新增测试支出\t2026\tuser\n", origin: "user.tsv")
        let extended = try Catalogue.bundled().extended(with: user)
        #expect(extended.functionalClass(named: "三十、新增测试支出")?.digits == "299")
    }

    @Test func loadReadsAnExtensionFileAndNamesItInErrors() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("juesuan-catalogue-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }

        let good = directory.appendingPathComponent("good.tsv")
        try (header + "economic\t30299\t其他商品和服务支出（测试）\t2025\tuser\n").write(to: good, atomically: true, encoding: .utf8)
        let loaded = try Catalogue.load(extension: good)
        #expect(loaded.economic(try #require(EconomicCode("30299")))?.name == "其他商品和服务支出（测试）")

        let bad = directory.appendingPathComponent("bad.tsv")
        try (header + "economic\t30299\n").write(to: bad, atomically: true, encoding: .utf8)
        #expect(throws: CatalogueError(origin: bad.path, line: 2, reason: .wrongColumnCount(found: 2))) {
            try Catalogue.load(extension: bad)
        }

        let missing = directory.appendingPathComponent("missing.tsv")
        let failure = try #require(throws: CatalogueError.self) { try Catalogue.load(extension: missing) }
        #expect(failure.origin == missing.path)
        #expect(failure.line == nil)
    }

    @Test func loadWithoutExtensionIsTheShippedCatalogue() throws {
        #expect(try Catalogue.load(extension: nil).entries == Catalogue.bundled().entries)
    }
}
