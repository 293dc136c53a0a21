import ArgumentParser
import Reading

/// The reading limits a user may raise, shared by every command that reads documents. The
/// defaults are `ReadingLimits`'s: far above any real disclosure, low enough that hostile
/// input is refused within seconds.
struct LimitOptions: ParsableArguments {
    private static let defaults = ReadingLimits()

    @Option(name: .customLong("max-input-mb"), help: "输入文件大小上限，MB (largest input file)")
    var maxInputMB = defaults.maxInputBytes >> 20

    @Option(name: .customLong("max-xlsx-part-mb"), help: "XLSX 单个部件解压后的大小上限，MB (largest decompressed XLSX part)")
    var maxXLSXPartMB = defaults.maxXLSXPartBytes >> 20

    @Option(name: .customLong("max-rows"), help: "XLSX 工作簿的行数上限 (most rows of a workbook)")
    var maxRows = defaults.maxRows

    @Option(name: .long, help: "pdftotext 处理一个 PDF 的时间上限，秒 (seconds pdftotext may run)")
    var timeout = defaults.pdfTimeoutSeconds

    func validate() throws {
        for (name, value) in [("--max-input-mb", maxInputMB), ("--max-xlsx-part-mb", maxXLSXPartMB), ("--max-rows", maxRows), ("--timeout", timeout)]
        where value < 1 || value > 1 << 30 {
            throw ValidationError("\(name) 须为 1 到 \(1 << 30) 之间的整数 (\(name) must be a positive integer)")
        }
    }

    var limits: ReadingLimits {
        var limits = Self.defaults
        limits.maxInputBytes = maxInputMB << 20
        limits.maxXLSXPartBytes = maxXLSXPartMB << 20
        limits.maxRows = maxRows
        limits.pdfTimeoutSeconds = timeout
        return limits
    }
}
