import Disclosure

/// Input that cannot be read at all. Each case names the file, where, and what was expected,
/// so the CLI can print it and exit 2.
public struct ReadingError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Reason: Sendable, Equatable {
        /// The file could not be opened or is empty.
        case unreadableFile(String)
        /// The bytes are not UTF-8 text, PDF, XLSX or JSON.
        case unknownFormat
        /// The text holds none of the statutory tables: it is not a disclosure.
        case notADisclosure
        /// A JSON document that does not match the canonical model.
        case invalidJSON(String)
        /// A required external program is missing.
        case missingTool(name: String, install: String)
        /// Text in a legacy Chinese encoding (GBK, GB18030) rather than UTF-8.
        case legacyChineseEncoding
        /// The input exceeds one of the `ReadingLimits`: what was too large, and the flag that raises it.
        case limitExceeded(String)
        /// Anything else, said in Chinese.
        case other(String)
    }

    public var file: String
    public var location: SourceLocation?
    public var reason: Reason

    public init(file: String, location: SourceLocation? = nil, reason: Reason) {
        self.file = file
        self.location = location
        self.reason = reason
    }

    public var description: String {
        let place = location.map { "：" + $0.chineseDescription } ?? ""
        let what: String
        switch reason {
        case .unreadableFile(let detail): what = "无法读取文件（\(detail)）"
        case .unknownFormat: what = "无法识别文件格式：应为 PDF、XLSX、JSON 或 UTF-8 文本"
        case .notADisclosure: what = "未找到任何决算表（如“收入支出决算总表”），不像是部门决算公开文件"
        case .invalidJSON(let detail): what = "JSON 不符合 juesuan 模型：\(detail)"
        case .missingTool(let name, let install): what = "缺少外部程序 \(name)，请先安装：\(install)"
        case .legacyChineseEncoding:
            what = "文件似乎是 GBK/GB18030 编码的文本，juesuan 只读 UTF-8；请先转换，如 iconv -f GB18030 -t UTF-8 原文件 > 新文件"
        case .limitExceeded(let detail): what = "超出读取上限：\(detail)"
        case .other(let detail): what = detail
        }
        return "\(file)\(place)：\(what)"
    }
}
