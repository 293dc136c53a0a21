import Classification
import Disclosure
import Foundation
import Reading

/// Reads an authoring input file (JSON, YAML or XLSX workbook, told apart by extension), reads
/// last year's disclosure when the input names one, and authors the disclosure. Every error
/// names the file and the place in it, in the format's own terms.
public struct AuthoringFile: Sendable {
    public let catalogue: Catalogue

    public init(catalogue: Catalogue) {
        self.catalogue = catalogue
    }

    public enum Format: String, Sendable, CaseIterable {
        case json, yaml, xlsx

        public init?(path: String) {
            switch (path as NSString).pathExtension.lowercased() {
            case "json": self = .json
            case "yaml", "yml": self = .yaml
            case "xlsx": self = .xlsx
            default: return nil
            }
        }
    }

    /// The base figures of the file at `path`.
    public func input(path: String) throws -> AuthoringInput {
        try decoded(path: path).input
    }

    /// The disclosure the file at `path` describes.
    public func disclosure(path: String) throws -> Disclosure {
        let (input, data, locator) = try decoded(path: path)
        let name = (path as NSString).lastPathComponent
        var prior: Disclosure?
        if let file = input.priorYear.disclosure?.trimmingSpaces(), !file.isEmpty {
            let resolved = file.hasPrefix("/") ? file : ((path as NSString).deletingLastPathComponent as NSString).appendingPathComponent(file)
            prior = try DisclosureReader(catalogue: catalogue).read(path: resolved)
        }
        do {
            return try Author(catalogue: catalogue).disclosure(from: input, prior: prior, fileName: name, source: data)
        } catch {
            throw AuthoringError(file: name, issues: error.issues, locator: locator)
        }
    }

    /// The disclosure an uploaded file describes (the portal's upload form). An upload has no
    /// folder beside it, so an input naming last year's disclosure file is refused.
    public func disclosure(data: Data, fileName: String) throws -> Disclosure {
        let (input, locator) = try decoded(data: data, name: fileName)
        guard input.priorYear.disclosure?.trimmingSpaces().isEmpty ?? true else {
            throw AuthoringError(file: fileName, issues: [InputIssue(InputPath(), "上传的编制文件不能引用上年决算文件；请在本地用 juesuan author 生成后上传")])
        }
        do {
            return try Author(catalogue: catalogue).disclosure(from: input, prior: nil, fileName: fileName, source: data)
        } catch {
            throw AuthoringError(file: fileName, issues: error.issues, locator: locator)
        }
    }

    private func decoded(path: String) throws -> (input: AuthoringInput, data: Data, locator: any InputLocator) {
        let name = (path as NSString).lastPathComponent
        guard Format(path: path) != nil else {
            throw AuthoringError(file: name, issues: [InputIssue(InputPath(), "无法识别的输入格式，应为 .json、.yaml 或 .xlsx")])
        }
        // Loaded within the reading limits, so a huge or hostile file is refused as `read` refuses it.
        let data = try DisclosureReader(catalogue: catalogue).load(path: path).data
        let (input, locator) = try decoded(data: data, name: name)
        return (input, data, locator)
    }

    private func decoded(data: Data, name: String) throws -> (input: AuthoringInput, locator: any InputLocator) {
        guard let format = Format(path: name) else {
            throw AuthoringError(file: name, issues: [InputIssue(InputPath(), "无法识别的输入格式，应为 .json、.yaml 或 .xlsx")])
        }
        switch format {
        case .json:
            try InputChecks.checkJSONDepth(data, fileName: name, maxDepth: ReadingLimits().maxJSONDepth)
            let input = try InputDecoding.decode(name: name, locator: JSONPathLocator()) { try JSONDecoder().decode(AuthoringInput.self, from: data) }
            return (input, JSONPathLocator())
        case .yaml:
            try InputChecks.checkYAMLDepth(data, fileName: name, maxDepth: ReadingLimits().maxJSONDepth)
            let text = String(decoding: data, as: UTF8.self)
            let locator = YAMLLocator(text: text)
            let input = try InputDecoding.decode(name: name, locator: locator) { try YAMLInput.decode(text) }
            return (input, locator)
        case .xlsx:
            var workbook = try InputWorkbook(data: data, fileName: name)
            return (try workbook.input(), workbook.locator)
        }
    }
}

/// Decoding failures turned into located input issues.
enum InputDecoding {
    static func decode(name: String, locator: any InputLocator, _ body: () throws -> AuthoringInput) throws -> AuthoringInput {
        do {
            return try body()
        } catch let error as DecodingError {
            throw AuthoringError(file: name, issues: [issue(error)], locator: locator)
        }
    }

    static func issue(_ error: DecodingError) -> InputIssue {
        func path(_ codingPath: [any CodingKey]) -> InputPath {
            InputPath(codingPath.map { key in key.intValue.map { .index($0) } ?? .key(key.stringValue) })
        }
        switch error {
        case .keyNotFound(let key, let context):
            return InputIssue(path(context.codingPath), "缺少必填字段“\(key.stringValue)”")
        case .typeMismatch(let type, let context):
            return InputIssue(path(context.codingPath), "类型不符，应为 \(typeName(type))（金额写成带引号的字符串，如 \"1847.89\"）")
        case .valueNotFound(let type, let context):
            return InputIssue(path(context.codingPath), "缺少值，应为 \(typeName(type))")
        case .dataCorrupted(let context):
            return InputIssue(path(context.codingPath), "无法读取：\(context.debugDescription)")
        @unknown default:
            return InputIssue(InputPath(), "无法读取：\(error)")
        }
    }

    private static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "文本"
        case is Int.Type: "整数"
        default: "\(type)"
        }
    }
}
