/// One name for one code in one classification edition, with the documents that attest it.
///
/// Names change between editions while codes stay, so a code may have several entries; the
/// one with the newest edition carries the current name.
public struct CatalogueEntry: Sendable, Hashable, Codable {
    public var scheme: ClassificationScheme
    /// Digits only (`30101`, never `301 01`).
    public var code: String
    public var name: String
    /// The 政府收支分类科目 edition, a four-digit year (`2024`): the newest in which `name` is attested.
    public var edition: String
    /// Where the entry was taken from (`seed:大同市市场监督管理局2024`, `standard`, …), so a
    /// reader of a finding can judge how far to trust the name.
    public var source: String

    public init(scheme: ClassificationScheme, code: String, name: String, edition: String, source: String) {
        self.scheme = scheme
        self.code = code
        self.name = name
        self.edition = edition
        self.source = source
    }

    /// Orders editions as years; the parser accepts only four-digit editions, so comparing
    /// the integers is exact and cheaper than re-parsing dates.
    func isNewer(than other: CatalogueEntry) -> Bool {
        (Int(edition) ?? 0) > (Int(other.edition) ?? 0)
    }
}
