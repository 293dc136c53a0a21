/// A place in the authoring input, independent of its format: `lines[3].code`. Each format
/// turns it into what its user can find: a JSON path, a YAML line, a sheet, row and column.
public struct InputPath: Sendable, Hashable, CustomStringConvertible {
    public enum Component: Sendable, Hashable {
        case key(String)
        case index(Int)
    }

    public var components: [Component]

    public init(_ components: [Component] = []) {
        self.components = components
    }

    public func appending(_ key: String) -> InputPath { InputPath(components + [.key(key)]) }
    public func appending(_ index: Int) -> InputPath { InputPath(components + [.index(index)]) }

    /// `$.lines[3].code`
    public var description: String {
        components.reduce("$") { path, component in
            switch component {
            case .key(let key): path + "." + key
            case .index(let index): path + "[\(index)]"
            }
        }
    }
}

/// Something wrong with the input, located by path, said in Chinese first.
public struct InputIssue: Sendable, Hashable {
    public var path: InputPath
    public var message: String

    public init(_ path: InputPath, _ message: String) {
        self.path = path
        self.message = message
    }
}

/// Turns an input path into the place a user looks at; each input format has one.
public protocol InputLocator: Sendable {
    func describe(_ path: InputPath) -> String
}

/// JSON: the path itself.
public struct JSONPathLocator: InputLocator {
    public init() {}
    public func describe(_ path: InputPath) -> String { "JSON 路径 \(path)" }
}

/// The input could not be authored: every issue found, located in the input file.
public struct AuthoringError: Error, Sendable, CustomStringConvertible {
    public var file: String
    public var issues: [InputIssue]
    public var locator: any InputLocator

    public init(file: String, issues: [InputIssue], locator: any InputLocator = JSONPathLocator()) {
        self.file = file
        self.issues = issues
        self.locator = locator
    }

    /// One line per issue: `文件：位置：问题`.
    public var description: String {
        issues.map { "\(file)：\(locator.describe($0.path))：\($0.message)" }.joined(separator: "\n")
    }
}
