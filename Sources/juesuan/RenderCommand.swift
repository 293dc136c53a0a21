import ArgumentParser
import Disclosure
import Foundation
import Reading
import Writing

/// `juesuan render FILE --to FORMAT -o OUT`: publish a disclosure in the forms people use.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "把决算公开输出为 HTML、PDF、XLSX、Markdown、开放数据包或 JSON (render a disclosure)",
        discussion: """
        FILE 为 juesuan read 能读取的任何文件（文本、PDF、XLSX、JSON）；用 - 从标准输入读取。
        html：单个自含文件（内联样式与 SVG 图表，无脚本、无网络）；pdf：由无头 Chromium 打印该 HTML
        （需要 chromium 和 fonts-noto-cjk）；xlsx：每表一页；md：Markdown；datapackage：OUT 为文件夹，
        每表一个 CSV 加 datapackage.json；json：规范 JSON。
        退出码：0 完成；2 无法读取输入，或缺少 Chromium。
        Exit codes: 0 done; 2 the input cannot be read or Chromium is missing.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case html, pdf, xlsx, md, datapackage, json
    }

    @Argument(help: "要输出的决算公开文件，- 表示标准输入 (file to render, - for stdin)")
    var file: String

    @OptionGroup(title: "读取上限 (reading limits)") var limits: LimitOptions

    @Option(name: .long, help: "输出格式：html、pdf、xlsx、md、datapackage 或 json (output format)")
    var to: Format

    @Option(name: .shortAndLong, help: "输出文件（datapackage 为文件夹）；html、md、json 缺省时写到标准输出 (output path)")
    var output: String?

    func validate() throws {
        if output == nil, [.pdf, .xlsx, .datapackage].contains(to) {
            throw ValidationError("\(to.rawValue) 需要用 -o 指定输出位置 (-o is required for \(to.rawValue))")
        }
    }

    func run() throws {
        let disclosure = try CommandInput.read(file, limits: limits.limits)
        do {
            switch to {
            case .html: try emit(Data(DisclosureHTML.renderUTF8(disclosure)))
            case .md: try emit(Data(DisclosureMarkdown.render(disclosure).utf8))
            case .json: try emit(Data(DisclosureJSON.encode(disclosure).utf8))
            case .xlsx: try emit(DisclosureWorkbook.data(disclosure))
            case .pdf: try emit(ChromiumPrinter().pdf(fromHTML: DisclosureHTML.render(disclosure)))
            case .datapackage: try DataPackage(disclosure).write(to: URL(fileURLWithPath: output ?? "."))
            }
        } catch let error as ChromiumError {
            FileHandle.standardError.write(Data("juesuan: \(error)\n".utf8))
            throw ExitCode(2)
        }
    }

    private func emit(_ data: Data) throws {
        if let output {
            try data.write(to: URL(fileURLWithPath: output))
        } else {
            FileHandle.standardOutput.write(data)
        }
    }
}
