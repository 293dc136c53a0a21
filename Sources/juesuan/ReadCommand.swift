import ArgumentParser
import Classification
import Disclosure
import Foundation
import Reading

/// `juesuan read FILE`: turn a published disclosure into the canonical model.
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "读取一份决算公开文件，输出结构化数据或摘要 (read a disclosure)",
        discussion: """
        FILE 为提取自 PDF 的文本（制表符分隔单元格）或 juesuan 的 JSON；用 - 从标准输入读取。
        退出码：0 读取成功；2 无法读取。
        Exit codes: 0 read; 2 the input cannot be read.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, summary
    }

    @Argument(help: "要读取的文件，- 表示标准输入 (file to read, - for stdin)")
    var file: String

    @Option(name: .long, help: "输出格式：json 或 summary (output format)")
    var format: Format = .summary

    @Option(name: .shortAndLong, help: "输出到文件而非标准输出 (write to this file)")
    var output: String?

    @Option(name: .long, help: "补充分类目录文件（TSV，格式同内置目录）(extra classification catalogue)")
    var catalogue: String?

    func run() throws {
        let disclosure: Disclosure
        do {
            let codes = try Catalogue.load(extension: catalogue.map { URL(fileURLWithPath: $0) })
            disclosure = try DisclosureReader(catalogue: codes).read(path: file)
        } catch {
            FileHandle.standardError.write(Data("juesuan: \(error)\n".utf8))
            throw ExitCode(2)
        }
        let text: String
        switch format {
        case .json: text = try DisclosureJSON.encode(disclosure)
        case .summary: text = DisclosureSummary.text(of: disclosure)
        }
        if let output {
            try Data(text.utf8).write(to: URL(fileURLWithPath: output))
        } else {
            print(text, terminator: text.hasSuffix("\n") ? "" : "\n")
        }
    }
}
