/// A catalogue file that cannot be used. It names the file and the line, and says what was
/// expected, so that whoever maintains an extension file can fix it without reading code.
public struct CatalogueError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What was wrong, in terms a test can match on.
    public enum Reason: Sendable, Equatable {
        /// The shipped resource is missing from the bundle (a packaging fault).
        case resourceMissing
        /// The file could not be read or is not UTF-8.
        case unreadable(String)
        /// The first non-comment line is not the header.
        case missingHeader(found: String)
        case wrongColumnCount(found: Int)
        case unknownScheme(String)
        case invalidCode(scheme: ClassificationScheme, found: String)
        case emptyName
        case invalidEdition(String)
        case emptySource
        /// The same scheme, code and edition appears twice in one file; `firstLine` is the earlier one.
        case duplicate(firstLine: Int)
    }

    /// The file, as the user would recognise it (`catalogue.tsv`, or the extension's path).
    public var origin: String
    /// 1-based line number, nil when the fault concerns the whole file.
    public var line: Int?
    public var reason: Reason

    public init(origin: String, line: Int?, reason: Reason) {
        self.origin = origin
        self.line = line
        self.reason = reason
    }

    public var description: String {
        let place = line.map { "\(origin) 第\($0)行" } ?? origin
        return "\(place)：\(message)"
    }

    private var message: String {
        switch reason {
        case .resourceMissing:
            return "程序包中缺少分类目录资源文件（catalogue.tsv），请重新安装"
        case .unreadable(let detail):
            return "无法读取（应为 UTF-8 文本文件）：\(detail)"
        case .missingHeader(let found) where found.isEmpty:
            return "缺少表头（以制表符分隔的 \(Catalogue.header.joined(separator: " "))），文件为空或只有注释行"
        case .missingHeader(let found):
            return "应为表头（以制表符分隔的 \(Catalogue.header.joined(separator: " "))），实际为 “\(found)”"
        case .wrongColumnCount(let found):
            return "应为\(Catalogue.header.count)列（\(Catalogue.header.joined(separator: ", "))），实际\(found)列"
        case .unknownScheme(let found):
            return "scheme 应为 functional 或 economic，实际为 “\(found)”"
        case .invalidCode(.functional, let found):
            return "功能分类代码应为3、5或7位数字，实际为 “\(found)”"
        case .invalidCode(.economic, let found):
            return "经济分类代码应为3或5位数字，实际为 “\(found)”"
        case .emptyName:
            return "科目名称不能为空"
        case .invalidEdition(let found):
            return "edition 应为四位年份（如 2024），实际为 “\(found)”"
        case .emptySource:
            return "source 不能为空，应注明条目来源文件"
        case .duplicate(let firstLine):
            return "与第\(firstLine)行的分类、代码和版本重复"
        }
    }
}
