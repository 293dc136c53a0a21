import Yams

/// The YAML form of the input: the same keys as the JSON, decoded with Yams.
enum YAMLInput {
    static func decode(_ text: String) throws -> AuthoringInput {
        do {
            return try YAMLDecoder().decode(AuthoringInput.self, from: text)
        } catch let error as YamlError {
            throw DecodingError.dataCorrupted(DecodingError.Context(codingPath: [], debugDescription: "YAML 语法错误：\(error)"))
        }
    }

    /// Chinese written as it is, not as `\u` escapes: finance staff edit this file by hand.
    static func encode(_ input: AuthoringInput) throws -> String {
        let encoder = YAMLEncoder()
        encoder.options.allowUnicode = true
        return try encoder.encode(input)
    }
}

/// YAML: the line of the node a path leads to (or of the last node that exists on the way).
struct YAMLLocator: InputLocator {
    /// The line of every node, by path; computed once, because Yams' nodes are not `Sendable`.
    private let lines: [InputPath: Int]

    init(text: String) {
        var lines: [InputPath: Int] = [:]
        func walk(_ node: Node, _ path: InputPath) {
            if let mark = node.mark { lines[path] = mark.line }
            if let mapping = node.mapping {
                for (key, value) in mapping {
                    if let name = key.string { walk(value, path.appending(name)) }
                }
            } else if let sequence = node.sequence {
                for (index, element) in sequence.enumerated() { walk(element, path.appending(index)) }
            }
        }
        if let root = try? Yams.compose(yaml: text) { walk(root, InputPath()) }
        self.lines = lines
    }

    func describe(_ path: InputPath) -> String {
        var prefix = path
        while !prefix.components.isEmpty, lines[prefix] == nil { prefix.components.removeLast() }
        let line = lines[prefix].map { "第\($0)行" } ?? "位置不明"
        let lacking = prefix == path ? "" : "（此处缺少“\(InputPath(Array(path.components.dropFirst(prefix.components.count))).description.dropFirst(2))”）"
        return "YAML \(line)\(lacking)（\(path)）"
    }
}
