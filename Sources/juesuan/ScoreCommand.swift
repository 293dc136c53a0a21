import ArgumentParser
import Disclosure
import Foundation
import Reading
import Scoring

/// `juesuan score FILE`: each project's self-evaluation score, published next to recomputed.
struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "重算项目支出绩效自评的执行率得分、总分与等级，与公布值对照 (recompute self-evaluation scores)",
        discussion: """
        FILE 为提取自 PDF 的文本或 juesuan 的 JSON；用 - 从标准输入读取。
        退出码：0 完成；2 无法读取。
        Exit codes: 0 done; 2 the input cannot be read.
        """
    )

    enum Bands: String, ExpressibleByArgument, CaseIterable {
        case central, passFail = "pass-fail"

        var value: GradeBands { self == .central ? .central : .passFail }
    }

    @Argument(help: "要读取的文件，- 表示标准输入 (file to read, - for stdin)")
    var file: String

    @OptionGroup(title: "读取上限 (reading limits)") var limits: LimitOptions

    @Option(name: .long, help: "等级划分：central（优/良/中/差）或 pass-fail（优/良/合格/不合格）(grade bands)")
    var bands: Bands = .central

    func run() throws {
        let disclosure = try CommandInput.read(file, limits: limits.limits)
        print(ScoreReport.text(disclosure, policy: ScoringPolicy(bands: bands.value)), terminator: "")
    }
}
