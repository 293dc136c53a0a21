import ArgumentParser
import Checking
import Classification

/// `juesuan rules`: print the rule catalogue (docs/rules.md is its Markdown form).
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "列出全部核对规则 (print the rule catalogue)"
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case md, text
    }

    @Option(name: .long, help: "输出格式：md 或 text (output format)")
    var format: Format = .text

    @Option(name: .long, help: "text 格式的语言：zh 或 en (language of the text format)")
    var lang: String = "zh"

    func run() throws {
        let catalogue = RuleCatalogue(classification: try Catalogue.bundled())
        switch format {
        case .md: print(RulesDocument.markdown(catalogue), terminator: "")
        case .text: print(RulesDocument.text(catalogue, language: Language(rawValue: lang) ?? .zh), terminator: "")
        }
    }
}
