import Foundation
import Disclosure

/// The names of classification codes, by edition, as shipped in `catalogue.tsv` and optionally
/// extended by a user file.
///
/// Checking compares documents by code and reports names that are unknown or stale; Reading
/// maps the code-less 类 lines of the 总表 to codes. Both need the same answers, so they live
/// here, built once into dictionaries because the catalogue is loaded on every CLI run.
public struct Catalogue: Sendable {
    /// The column names every catalogue file starts with.
    static let header = ["scheme", "code", "name", "edition", "source"]

    /// Every entry, in file order; an extension's replacements stay where the replaced entry was.
    public private(set) var entries: [CatalogueEntry]

    private struct Key: Hashable {
        var scheme: ClassificationScheme
        var code: String
    }

    /// Entries per code, newest edition first.
    private var byCode: [Key: [CatalogueEntry]] = [:]
    /// Comparable 类 names (current and former) to their codes.
    private var classCodes: [String: FunctionalCode] = [:]

    /// The catalogue shipped with juesuan.
    public static func bundled() throws -> Catalogue {
        guard let url = Bundle.module.url(forResource: "catalogue", withExtension: "tsv") else {
            throw CatalogueError(origin: "catalogue.tsv", line: nil, reason: .resourceMissing)
        }
        return try Catalogue(contentsOf: url, origin: "catalogue.tsv")
    }

    /// The shipped catalogue, extended by the user's file when one is given: regions print
    /// codes the shipped data has not seen, and a new edition renames codes before juesuan
    /// is updated.
    public static func load(extension url: URL?) throws -> Catalogue {
        let shipped = try bundled()
        guard let url else { return shipped }
        return shipped.extended(with: try Catalogue(contentsOf: url, origin: url.path))
    }

    /// Parses catalogue text. `origin` names the text in errors.
    public init(tsv: String, origin: String) throws {
        entries = try Self.parse(tsv, origin: origin)
        buildIndex()
    }

    private init(contentsOf url: URL, origin: String) throws {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw CatalogueError(origin: origin, line: nil, reason: .unreadable(error.localizedDescription))
        }
        try self.init(tsv: text, origin: origin)
    }

    private init(entries: [CatalogueEntry]) {
        self.entries = entries
        buildIndex()
    }

    /// This catalogue with `other`'s entries added; an entry of `other` with the same scheme,
    /// code and edition as one of ours replaces it, so a user file can correct a shipped name.
    public func extended(with other: Catalogue) -> Catalogue {
        var merged = entries
        var position: [EntryIdentity: Int] = [:]
        for (index, entry) in merged.enumerated() { position[EntryIdentity(entry)] = index }
        for entry in other.entries {
            if let index = position[EntryIdentity(entry)] {
                merged[index] = entry
            } else {
                position[EntryIdentity(entry)] = merged.count
                merged.append(entry)
            }
        }
        return Catalogue(entries: merged)
    }

    // MARK: Lookup

    /// The entry of the newest edition that knows `code`, nil for a code the catalogue lacks.
    public func functional(_ code: FunctionalCode) -> CatalogueEntry? {
        byCode[Key(scheme: .functional, code: code.digits)]?.first
    }

    /// The entry of the newest edition that knows `code`, nil for a code the catalogue lacks.
    public func economic(_ code: EconomicCode) -> CatalogueEntry? {
        byCode[Key(scheme: .economic, code: code.digits)]?.first
    }

    /// Every known name of `code`, newest edition first: the current name, then former ones.
    public func names(of code: FunctionalCode) -> [CatalogueEntry] {
        byCode[Key(scheme: .functional, code: code.digits)] ?? []
    }

    /// Every known name of `code`, newest edition first.
    public func names(of code: EconomicCode) -> [CatalogueEntry] {
        byCode[Key(scheme: .economic, code: code.digits)] ?? []
    }

    /// The entry for the 款 of a 项, or the 类 of a 款; nil for a 类 or an unknown parent.
    public func parent(of code: FunctionalCode) -> CatalogueEntry? {
        code.parent.flatMap(functional)
    }

    /// The 类 a printed line label stands for: 总表 lines carry no code, only
    /// `二十六、抗疫特别国债安排的支出`. Numbering, spaces and a trailing `（类）` are ignored, and
    /// former names match too (an old-style label is still the same class). Nil when no
    /// 类 has that name.
    public func functionalClass(named printed: String) -> FunctionalCode? {
        classCodes[PrintedName.className(fromLabel: printed)]
    }

    /// Whether `name` is the current name of `code`, ignoring spaces and parenthesis width.
    /// False for a former name, a wrong name, and a code the catalogue does not know (ask
    /// `functional(_:)` first to tell those apart).
    public func isCurrentName(_ name: String, for code: FunctionalCode) -> Bool {
        isCurrent(name, functional(code))
    }

    /// Whether `name` is the current name of `code`; see the functional variant.
    public func isCurrentName(_ name: String, for code: EconomicCode) -> Bool {
        isCurrent(name, economic(code))
    }

    private func isCurrent(_ name: String, _ current: CatalogueEntry?) -> Bool {
        guard let current else { return false }
        return PrintedName.comparable(name) == PrintedName.comparable(current.name)
    }

    // MARK: Building

    private mutating func buildIndex() {
        var byCode: [Key: [CatalogueEntry]] = [:]
        for entry in entries {
            byCode[Key(scheme: entry.scheme, code: entry.code), default: []].append(entry)
        }
        for key in byCode.keys {
            // Stable for equal editions, which the parser and `extended` never leave behind.
            byCode[key]?.sort { $0.isNewer(than: $1) }
        }
        var classCodes: [String: FunctionalCode] = [:]
        for (key, names) in byCode where key.scheme == .functional && key.code.count == 3 {
            guard let code = FunctionalCode(key.code) else { continue }
            // Oldest first, so that if two classes ever share a name, the current one wins.
            for entry in names.reversed() {
                classCodes[PrintedName.comparable(entry.name)] = code
            }
        }
        self.byCode = byCode
        self.classCodes = classCodes
    }
}

/// What makes two entries the same slot: a code has one name per edition.
struct EntryIdentity: Hashable {
    var scheme: ClassificationScheme
    var code: String
    var edition: String

    init(_ entry: CatalogueEntry) {
        scheme = entry.scheme
        code = entry.code
        edition = entry.edition
    }
}
