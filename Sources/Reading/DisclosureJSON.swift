import Disclosure
import Foundation

/// The canonical JSON of a disclosure: sorted keys and pretty-printed, so that the same model
/// always gives the same bytes.
public enum DisclosureJSON {
    public static func encode(_ disclosure: Disclosure) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(disclosure), as: UTF8.self) + "\n"
    }

    public static func decode(_ text: String) throws -> Disclosure {
        try JSONDecoder().decode(Disclosure.self, from: Data(text.utf8))
    }

    /// A disclosure from a file the user gave: nesting checked first (the decoder recurses per
    /// level), and a mismatch said in Chinese with the JSON path where it is.
    static func decode(_ data: Data, fileName: String, maxDepth: Int) throws -> Disclosure {
        try InputChecks.checkJSONDepth(data, fileName: fileName, maxDepth: maxDepth)
        do {
            return try JSONDecoder().decode(Disclosure.self, from: data)
        } catch let error as DecodingError {
            throw ReadingError(file: fileName, reason: .invalidJSON(problem(error)))
        } catch {
            throw ReadingError(file: fileName, reason: .invalidJSON("不是有效的 JSON"))
        }
    }

    /// `metadata.fiscalYear：类型不符，应为 Int`.
    private static func problem(_ error: DecodingError) -> String {
        func path(_ keys: [any CodingKey]) -> String {
            let text = keys.map { key in key.intValue.map { "[\($0)]" } ?? "." + key.stringValue }.joined()
            return text.isEmpty ? "（根）" : String(text.drop { $0 == "." })
        }
        switch error {
        case .typeMismatch(let type, let context): return "\(path(context.codingPath))：类型不符，应为 \(type)"
        case .valueNotFound(let type, let context): return "\(path(context.codingPath))：缺少值，应为 \(type)"
        case .keyNotFound(let key, let context): return "\(path(context.codingPath))：缺少字段“\(key.stringValue)”"
        case .dataCorrupted(let context):
            let detail = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
            return "\(path(context.codingPath))：无法读取（\(detail ?? context.debugDescription)）"
        @unknown default: return "无法读取"
        }
    }
}
