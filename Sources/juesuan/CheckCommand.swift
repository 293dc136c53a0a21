import ArgumentParser
import Checking
import Classification
import Disclosure
import Foundation
import Reading

/// `juesuan check FILE|DIR`: read disclosures with any reader and list what is wrong.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "核对决算公开：表内、表间与说明勾稽 (check a disclosure)",
        discussion: """
        FILE 为提取自 PDF 的文本或 juesuan 的 JSON；DIR 则核对其中每个 .txt 与 .json 文件。
        --rules 以逗号分隔规则编号或规则族前缀，前加 - 表示排除，如 --rules=HS,XT-003,-HS-010（以 - 开头时须写成 --rules=-PH）。
        退出码：0 无错误；1 有错误；2 无法读取。
        Exit codes: 0 no error; 1 errors found; 2 input unreadable.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, csv, html
    }

    @Argument(help: "要核对的文件或目录 (file or directory to check)")
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

    func run() throws {
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
        var reports: [CheckReport] = []
        var unreadable = false
        for file in try CommandInput.files(path) {
            do {
                reports.append(checker.check(try reader.read(path: file)).filtered(minimum: threshold))
            } catch {
                CommandInput.report(error)
                unreadable = true
            }
        }
        let text: String
        switch format {
        case .text: text = reports.map { TextReport.render($0, language: language) }.joined(separator: "\n")
        case .json: text = try JSONReport.render(reports)
        case .csv: text = CSVReport.render(reports, language: language)
        case .html: text = HTMLReport.render(reports, language: language)
        }
        if let output {
            try Data(text.utf8).write(to: URL(fileURLWithPath: output))
        } else {
            print(text, terminator: text.hasSuffix("\n") ? "" : "\n")
        }
        if unreadable { throw ExitCode(2) }
        if reports.contains(where: \.hasErrors) { throw ExitCode(1) }
    }
}
