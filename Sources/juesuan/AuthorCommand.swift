import ArgumentParser
import Authoring
import Classification
import Disclosure
import Foundation
import Reading

/// `juesuan author INPUT -o disclosure.json`: every table, the 情况说明 and the glossary from base figures.
struct AuthorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "author",
        abstract: "由基础数据生成决算公开 (author a disclosure from base figures)",
        discussion: """
        INPUT 为 juesuan template 生成并填写的工作簿（.xlsx）或等价的 .json / .yaml。
        计算全部十张决算表与情况说明、名词解释，输出规范 JSON（schema/disclosure.schema.json）。
        退出码：0 生成成功；2 输入有误（错误信息指明工作表、行、列或 JSON 路径 / YAML 行号）。
        Exit codes: 0 authored; 2 input errors (located by sheet, row and column, JSON path or YAML line).
        """
    )

    @Argument(help: "基础数据文件：.xlsx、.json 或 .yaml (base figures)")
    var input: String

    @Option(name: .shortAndLong, help: "输出 JSON 文件；省略时写到标准输出 (output file)")
    var output: String?

    @Option(name: .long, help: "补充分类目录文件（TSV）(extra classification catalogue)")
    var catalogue: String?

    func run() throws {
        let disclosure: Disclosure
        do {
            let codes = try Catalogue.load(extension: catalogue.map { URL(fileURLWithPath: $0) })
            disclosure = try AuthoringFile(catalogue: codes).disclosure(path: input)
        } catch {
            FileHandle.standardError.write(Data("juesuan: \(error)\n".utf8))
            throw ExitCode(2)
        }
        let json = try DisclosureJSON.encode(disclosure)
        if let output {
            try Data(json.utf8).write(to: URL(fileURLWithPath: output))
        } else {
            print(json, terminator: json.hasSuffix("\n") ? "" : "\n")
        }
    }
}
