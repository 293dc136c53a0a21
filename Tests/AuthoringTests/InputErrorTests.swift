import Authoring
import Classification
import Disclosure
import Foundation
import Testing

/// Wrong input is reported where the user typed it: JSON path, YAML line, or sheet, row and column.
@Suite final class InputErrorTests {
    /// Where a test writes its input files; a suite instance serves one test, and its folder goes with it.
    private let folder = FileManager.default.temporaryDirectory.appendingPathComponent("juesuan-authoring-\(UUID().uuidString)")

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    private func author(_ input: AuthoringInput) throws -> AuthoringError? {
        let author = Author(catalogue: try SeedAuthoring.catalogue())
        do {
            _ = try author.disclosure(from: input, fileName: "input.json", source: Data())
            return nil
        } catch {
            return error
        }
    }

    private func temporaryFile(_ name: String, _ data: Data) throws -> String {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try data.write(to: url)
        return url.path
    }

    @Test func aCodeOutsideTheCatalogueIsReportedAtItsPath() throws {
        var input = AuthoringInput.example
        input.lines[1].code = "2019999"
        let error = try #require(try author(input))
        #expect(error.description.contains("$.lines[1].code"))
        #expect(error.description.contains("2019999 不在分类目录中"))
    }

    @Test func aNegativeAmountIsReportedAtItsPath() throws {
        var input = AuthoringInput.example
        input.procurement.goods = Amount(parsing: "-3.00")
        let error = try #require(try author(input))
        #expect(error.description.contains("$.procurement.goods：金额不能为负数"))
    }

    @Test func aChangeWithoutAReasonIsReported() throws {
        var input = AuthoringInput.example
        input.reasons["201"] = nil
        let error = try #require(try author(input))
        #expect(error.description.contains("$.reasons.201：缺少“201”变动的原因"))
    }

    @Test func anItemWithoutAPurposeIsReported() throws {
        var input = AuthoringInput.example
        input.purposes["2013899"] = nil
        let error = try #require(try author(input))
        #expect(error.description.contains("$.purposes.2013899"))
    }

    @Test func basicExpenditureMustEqualItsEconomicBreakdown() throws {
        var input = AuthoringInput.example
        input.basicExpenditure.removeLast()
        let error = try #require(try author(input))
        #expect(error.description.contains("基本支出经济分类合计 540.00"))
    }

    @Test func balancesMustCloseTheYear() throws {
        var input = AuthoringInput.example
        input.balances[0].closing = Amount(parsing: "4.00")
        let error = try #require(try author(input))
        #expect(error.description.contains("$.balances[0]：资金来源“其他”"))
    }

    @Test func noChangeWithoutLastYearAndNoRateFromZero() throws {
        var input = AuthoringInput.example
        input.priorYear.classes = ["201": .zero]
        input.priorYear.generalBudgetExpenditure = nil
        input.initialBudgets = []
        let disclosure = try Author(catalogue: SeedAuthoring.catalogue()).disclosure(from: input, fileName: "x.json", source: Data())
        let text = disclosure.narrative.sections.flatMap(\.paragraphs).map(\.text).joined(separator: "\n")
        #expect(text.contains("上年无此项支出"))
        #expect(!text.contains("增长100"))
        #expect(!text.contains("完成年初预算"))
        #expect(text.contains("（年初未安排预算）"))
    }

    @Test func aJSONAmountWrittenAsANumberNamesItsPath() throws {
        var json = try WorkbookTemplate.json()
        json = json.replacingOccurrences(of: "\"goods\" : \"30.00\"", with: "\"goods\" : 30")
        let path = try temporaryFile("input.json", Data(json.utf8))
        #expect(throws: AuthoringError.self) { try AuthoringFile(catalogue: SeedAuthoring.catalogue()).input(path: path) }
        do {
            _ = try AuthoringFile(catalogue: SeedAuthoring.catalogue()).input(path: path)
        } catch {
            #expect("\(error)".contains("$.procurement.goods"))
        }
    }

    @Test func aYAMLErrorNamesItsLine() throws {
        var yaml = try WorkbookTemplate.yaml()
        yaml = yaml.replacingOccurrences(of: "code: '2013899'", with: "code: '2013898'")
        let path = try temporaryFile("input.yaml", Data(yaml.utf8))
        let line = (yaml.components(separatedBy: "\n").firstIndex { $0.contains("2013898") } ?? -2) + 1
        do {
            _ = try AuthoringFile(catalogue: SeedAuthoring.catalogue()).disclosure(path: path)
            Issue.record("authored a code outside the catalogue")
        } catch {
            #expect("\(error)".contains("YAML 第\(line)行"), "\(error)")
            #expect("\(error)".contains("2013898"))
        }
    }

    @Test func theYAMLTemplateAuthorsTheSameDisclosureAsTheJSONOne() throws {
        let yaml = try temporaryFile("input.yaml", Data(try WorkbookTemplate.yaml().utf8))
        let json = try temporaryFile("input.json", Data(try WorkbookTemplate.json().utf8))
        let file = AuthoringFile(catalogue: try SeedAuthoring.catalogue())
        #expect(try file.input(path: yaml) == .example)
        #expect(try file.input(path: json) == .example)
    }

    @Test func theWorkbookTemplateReadsBackAndAuthors() throws {
        let path = try temporaryFile("模板.xlsx", try WorkbookTemplate.workbook())
        let file = AuthoringFile(catalogue: try SeedAuthoring.catalogue())
        #expect(try file.input(path: path) == .example)
        let disclosure = try file.disclosure(path: path)
        #expect(disclosure.tables.generalBudgetExpenditure?.total?.total.value == Amount(parsing: "680.50"))
    }

    @Test func theSeedWorkbookAuthorsTheSeed() throws {
        let seed = try SeedAuthoring.input()
        let path = try temporaryFile("seed.xlsx", try WorkbookTemplate.workbook(seed))
        let file = AuthoringFile(catalogue: try SeedAuthoring.catalogue())
        #expect(try file.disclosure(path: path).tables == SeedAuthoring.authored().tables)
    }

    @Test func aWorkbookErrorNamesSheetRowAndColumn() throws {
        var input = AuthoringInput.example
        input.lines[2].code = "2089999"
        input.basicExpenditure[0].amount = Amount(parsing: "-1.00") ?? .zero
        let path = try temporaryFile("bad.xlsx", try WorkbookTemplate.workbook(input))
        do {
            _ = try AuthoringFile(catalogue: SeedAuthoring.catalogue()).disclosure(path: path)
            Issue.record("authored bad input")
        } catch {
            let message = "\(error)"
            #expect(message.contains("工作表“收支明细”第4行 A列（功能分类科目代码）"), "\(message)")
            #expect(message.contains("工作表“基本支出经济分类”第2行 B列（金额）"), "\(message)")
        }
    }
}
