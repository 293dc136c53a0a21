import ArgumentParser
import Classification
import Disclosure
import Foundation
import Reading

/// `juesuan read FILE`: turn a published disclosure into the canonical model.
struct ReadCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "读取一份决算公开文件，输出结构化数据或摘要 (read a disclosure)",
        discussion: """
        FILE 可以是 PDF、从 PDF 提取的文本（制表符或空格分隔，UTF-8）、XLSX 工作簿或 juesuan 的 JSON，
        格式按内容识别；用 - 从标准输入读取。FILE 为文件夹时用全部处理器核心并行读取其中的文件，
        按文件名顺序每个文件输出一行摘要；
        此时 -o 为输出文件夹，每个文件写一份 JSON。
        读取上限（超出时报错，退出码 2）：文件 256 MB（--max-input-mb）、文本每行 1 MB、
        XLSX 单个部件解压后 64 MB（--max-xlsx-part-mb）且全部部件合计不超过文件上限、
        工作簿 100000 行（--max-rows）与 500 万个单元格、JSON 嵌套 200 层、pdftotext 120 秒（--timeout）。
        GBK/GB18030 编码的文本会被识别并提示先转换为 UTF-8。
        退出码：0 全部读取成功；2 有文件无法读取。
        Exit codes: 0 read; 2 (some) input cannot be read.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, summary, lines
    }

    @Argument(help: "要读取的文件，- 表示标准输入 (file to read, - for stdin)")
    var file: String

    @OptionGroup(title: "读取上限 (reading limits)") var limits: LimitOptions

    @Option(name: .long, help: "输出格式：json、summary，或 lines（识别表格前读到的原文行）(output format)")
    var format: Format = .summary

    @Option(name: .shortAndLong, help: "输出到文件而非标准输出 (write to this file)")
    var output: String?

    @Option(name: .long, help: "补充分类目录文件（TSV，格式同内置目录）(extra classification catalogue)")
    var catalogue: String?

    func run() async throws {
        let reader = try CommandInput.reader(catalogue: catalogue, limits: limits.limits)
        if DisclosureReader.isFolder(file) {
            try await readFolder(with: reader)
            return
        }
        if format == .lines {
            do {
                let (data, name) = try reader.load(path: file)
                try write(reader.sourceLines(data, fileName: name).joined(separator: "\n") + "\n")
            } catch {
                throw CommandInput.fail(error)
            }
            return
        }
        let disclosure: Disclosure
        do {
            disclosure = try reader.read(path: file)
        } catch {
            throw CommandInput.fail(error)
        }
        switch format {
        case .json: try write(DisclosureJSON.encode(disclosure))
        case .summary, .lines: try write(DisclosureSummary.text(of: disclosure))
        }
    }

    private func write(_ text: String) throws {
        if let output {
            try Data(text.utf8).write(to: URL(fileURLWithPath: output))
        } else {
            print(text, terminator: text.hasSuffix("\n") ? "" : "\n")
        }
    }

    /// One summary line per document, in file-name order, read on every core; a progress bar on a
    /// terminal; JSON files into `-o`.
    private func readFolder(with reader: DisclosureReader) async throws {
        let files = try CommandInput.files(file).map(URL.init(fileURLWithPath:))
        if let output { try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true) }
        let folder = output.map(URL.init(fileURLWithPath:))
        let progress = ProgressBar(total: files.count)
        var failures = 0
        try await BulkRun.run(files) { url -> (line: String, failed: Bool) in
            do {
                let disclosure = try reader.read(path: url.path)
                let notes = disclosure.provenance.readingNotes.count
                if let folder {
                    let target = folder.appendingPathComponent(url.deletingPathExtension().lastPathComponent + ".json")
                    try Data(DisclosureJSON.encode(disclosure).utf8).write(to: target)
                }
                return ("✓ \(url.lastPathComponent)：\(disclosure.metadata.departmentName)，决算表 \(disclosure.tables.present.count)/\(TableKind.allCases.count)，读取备注 \(notes) 条", false)
            } catch {
                return ("✗ \(url.lastPathComponent)：\(error)", true)
            }
        } emit: { index, result in
            if result.failed { failures += 1 }
            progress.print(result.line)
            progress.show(done: index + 1, current: files[index].lastPathComponent)
        }
        progress.clear()
        print("共 \(files.count) 个文件，读取成功 \(files.count - failures) 个，失败 \(failures) 个")
        if failures > 0 { throw ExitCode(2) }
    }
}
