import Disclosure
import Foundation
import Testing
import Writing

/// The outputs opened by programs juesuan did not write: openpyxl reads the workbook,
/// `frictionless validate` checks the data package, headless Chromium loads the HTML and prints
/// the PDF, `pdftotext` finds the totals in it. A missing program fails the test, since CI
/// installs them all (scripts/setup.sh).
@Suite(.serialized) struct ExternalToolTests {
    @Test func openpyxlReadsNumbersFormatsMergesAndFrozenPanes() throws {
        let folder = try WritingFixtures.scratchFolder("xlsx")
        defer { try? FileManager.default.removeItem(at: folder) }
        let workbook = folder.appendingPathComponent("seed.xlsx")
        try DisclosureWorkbook.data(try WritingFixtures.seed()).write(to: workbook)
        let script = """
        import sys, openpyxl
        book = openpyxl.load_workbook(sys.argv[1])
        print(len(book.sheetnames))
        first = book[book.sheetnames[0]]
        print(first["A1"].value)
        def find(sheet, text):
            for row in sheet.iter_rows():
                for cell in row:
                    if cell.value == text: return cell
        label = find(first, "总计")
        total = first.cell(row=label.row, column=label.column + 2)
        print(type(total.value).__name__, total.value, total.number_format)
        print(first.freeze_panes)
        print(" ".join(sorted(str(r) for r in first.merged_cells.ranges)))
        basic = book[book.sheetnames[5]]
        code = find(basic, "30908")
        print(basic.cell(row=code.row, column=code.column + 2).value)
        print(type(code.value).__name__)
        """
        let result = try WritingFixtures.run("python3", ["-c", script, workbook.path])
        try #require(result.status == 0, "openpyxl failed: \(result.output)")
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(lines[0] == "10")
        #expect(lines[1] == "收入支出决算总表")
        #expect(lines[2] == "float 5029.36 0.00")
        #expect(lines[3] == "A9")
        #expect(lines[4].contains("A1:F1") && lines[4].contains("A6:C6") && lines[4].contains("D6:F6"))
        #expect(lines[5] == "——")
        #expect(lines[6] == "str")
    }

    @Test func frictionlessValidatesTheDataPackage() throws {
        let folder = try WritingFixtures.scratchFolder("datapackage")
        defer { try? FileManager.default.removeItem(at: folder) }
        let package = try DataPackage(try WritingFixtures.seed())
        try package.write(to: folder)
        #expect(package.files.count == 11)
        let result = try WritingFixtures.run("frictionless", ["validate", folder.appendingPathComponent("datapackage.json").path])
        #expect(result.status == 0, "frictionless validate failed or is missing (pip install frictionless): \(result.output)")
        let csv = try String(contentsOf: folder.appendingPathComponent("t03-expenditure.csv"), encoding: .utf8)
        #expect(csv.hasPrefix("table,row_key,label,row_number,classification,code,level,measure,amount,unit,mark\r\n"))
        #expect(csv.contains("公开03,2013801,行政运行,,支出功能分类,2013801,项,基本支出,1847.89,万元,printed\r\n"))
        let descriptor = try String(contentsOf: folder.appendingPathComponent("datapackage.json"), encoding: .utf8)
        #expect(descriptor.contains("\"currency\" : \"CNY\"") && descriptor.contains("\"factor\" : 10000") && descriptor.contains("\"phase\" : \"actual\""))
        #expect(descriptor.contains("\"fiscalYear\" : 2024"))
    }

    @Test func chromiumLoadsTheHTMLAndPrintsAPDFWithTheTotals() throws {
        let printer: ChromiumPrinter
        do {
            printer = try ChromiumPrinter()
        } catch {
            Issue.record("\(error)")
            return
        }
        let folder = try WritingFixtures.scratchFolder("pdf")
        defer { try? FileManager.default.removeItem(at: folder) }
        let html = DisclosureHTML.render(try WritingFixtures.seed())
        let page = folder.appendingPathComponent("seed.html")
        try Data(html.utf8).write(to: page)
        let dom = try printer.dumpDOM(of: page)
        #expect(dom.contains("data-table=\"公开01\""))
        #expect(dom.contains("<svg class=\"chart\""))

        let pdf = folder.appendingPathComponent("seed.pdf")
        try printer.pdf(fromHTML: html).write(to: pdf)
        let text = try WritingFixtures.run("pdftotext", ["-layout", pdf.path, "-"])
        try #require(text.status == 0, "pdftotext failed: \(text.output)")
        #expect(text.output.contains("收入支出决算总表"))
        #expect(text.output.contains("5029.36"))
        #expect(text.output.contains("5023.02"))
        #expect(text.output.contains("2711.37"))
    }
}
