import ArgumentParser
import Checking
import Classification
import Disclosure
import Foundation
import Reading

/// `juesuan check FILE|DIR`: read disclosures with any reader and list what is wrong.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "核对决算公开：表内、表间与说明勾稽 (check a disclosure)",
        discussion: """
        FILE 可以是 PDF、从 PDF 提取的文本或 juesuan 的 JSON；DIR 则用全部处理器核心并行核对其中每个文件，
        按文件名顺序每个文件输出一行摘要（指定 -o 或 --format json/csv/html 时另写完整报告），终端上显示进度条。
        --rules 以逗号分隔规则编号或规则族前缀，前加 - 表示排除，如 --rules=HS,XT-003,-HS-010（以 - 开头时须写成 --rules=-PH）。
        退出码：0 无错误；1 有错误；2 无法读取。DIR 取各文件中最重者：有文件无法读取为 2，否则有文件有错误为 1。
        Exit codes: 0 no error; 1 errors found; 2 input unreadable. For DIR, the worst over its files.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, csv, html
    }

    @Argument(help: "要核对的文件或目录，- 表示标准输入 (file or directory to check, - for stdin)")
    var path: String

    @OptionGroup(title: "读取上限 (reading limits)") var limits: LimitOptions

    @Option(name: .long, help: "输出格式：text、json、csv 或 html (output format)")
    var format: Format = .text

    @Option(name: .shortAndLong, help: "输出到文件而非标准输出 (write to this file)")
    var output: String?

    @Option(name: .long, help: "消息语言：zh 或 en (message language)")
    var lang: String = "zh"

    @Option(name: .customLong("min-severity"), help: "最低显示级别：error、warning 或 note (lowest severity shown)")
    var minSeverity: String = "note"

    @Option(name: .long, help: "选择或排除规则，如 HS,XT-003,-PH (select or exclude rules)")
    var rules: String?

    @Option(name: .long, help: "补充分类目录文件（TSV）(extra classification catalogue)")
    var catalogue: String?

    func validate() throws {
        guard Language(rawValue: lang) != nil else { throw ValidationError("--lang 须为 zh 或 en") }
        guard Severity(rawValue: minSeverity) != nil else { throw ValidationError("--min-severity 须为 error、warning 或 note") }
    }

    func run() async throws {
        let language = Language(rawValue: lang) ?? .zh
        let threshold = Severity(rawValue: minSeverity) ?? .note
        let reader = try CommandInput.reader(catalogue: catalogue, limits: limits.limits)
        let all = RuleCatalogue(classification: reader.catalogue)
        let selection: RuleSelection
        do {
            selection = try rules.map { try RuleSelection(parsing: $0, catalogue: all) } ?? .all
        } catch {
            throw ValidationError("\(error)")
        }
        let checker = Checker(catalogue: all.selecting(selection))
        let stream = switch format {
        case .text: TextReport.stream(language: language)
        case .json: JSONReport.stream
        case .csv: CSVReport.stream(language: language)
        case .html: HTMLReport.stream(language: language)
        }
        let files = try CommandInput.files(path)
        let output = try CommandOutput(path: output)
        // A folder is checked on every core; on standard output, a text report is one line per file.
        let detailed = !DisclosureReader.isFolder(path) || self.output != nil || format != .text
        let summarise = DisclosureReader.isFolder(path) && (self.output != nil || format == .text)
        let progress = ProgressBar(total: DisclosureReader.isFolder(path) ? files.count : 0)
        var outcomes = CheckOutcome.Tally()
        if detailed { try output.write(stream.head) }
        try await BulkRun.run(files) { path in
            let file = URL(fileURLWithPath: path)
            do {
                let report = checker.check(try reader.read(path: path)).filtered(minimum: threshold)
                return try CheckOutcome(file: file, report: report, stream: detailed ? stream : nil)
            } catch {
                return CheckOutcome(file: file, failure: error)
            }
        } emit: { index, outcome in
            if let failure = outcome.failure { progress.clear(); CommandInput.report(failure) }
            if let part = outcome.part { try output.write((outcomes.parts > 0 ? stream.separator : "") + part) }
            if summarise { progress.print(outcome.line) }
            outcomes.add(outcome)
            progress.show(done: index + 1, current: outcome.file.lastPathComponent)
        }
        progress.clear()
        if detailed { try output.write(stream.tail) }
        if summarise { print(outcomes.line) }
        if let code = outcomes.exitCode { throw code }
    }
}
