import Disclosure
import Foundation

extension Catalogue {
    /// Reads catalogue TSV: `#` comment lines and blank lines are skipped, the first other line
    /// must be the header, and every row must be complete, because a half-read catalogue
    /// would silently turn known codes into "unknown code" findings.
    static func parse(_ text: String, origin: String) throws -> [CatalogueEntry] {
        var entries: [CatalogueEntry] = []
        var firstLine: [EntryIdentity: Int] = [:]
        var sawHeader = false
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            var line = rawLine
            if line.last == "\r" { line = line.dropLast() }
            if lineNumber == 1, line.first == "\u{FEFF}" { line = line.dropFirst() }
            if line.allSatisfy(\.isWhitespace) || line.first == "#" { continue }

            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            func fail(_ reason: CatalogueError.Reason) -> CatalogueError {
                CatalogueError(origin: origin, line: lineNumber, reason: reason)
            }
            guard sawHeader else {
                guard fields == header else { throw fail(.missingHeader(found: String(line))) }
                sawHeader = true
                continue
            }
            guard fields.count == header.count else { throw fail(.wrongColumnCount(found: fields.count)) }
            let (schemeText, codeText, name, edition, source) = (fields[0], fields[1], fields[2], fields[3], fields[4])

            guard let scheme = ClassificationScheme(rawValue: schemeText) else { throw fail(.unknownScheme(schemeText)) }
            let code: String? = switch scheme {
            case .functional: FunctionalCode(codeText)?.digits
            case .economic: EconomicCode(codeText)?.digits
            }
            guard let code else { throw fail(.invalidCode(scheme: scheme, found: codeText)) }
            guard !name.isEmpty else { throw fail(.emptyName) }
            guard edition.count == 4, edition.allSatisfy(\.isASCIIDigit) else { throw fail(.invalidEdition(edition)) }
            guard !source.isEmpty else { throw fail(.emptySource) }

            let entry = CatalogueEntry(scheme: scheme, code: code, name: name, edition: edition, source: source)
            if let earlier = firstLine[EntryIdentity(entry)] { throw fail(.duplicate(firstLine: earlier)) }
            firstLine[EntryIdentity(entry)] = lineNumber
            entries.append(entry)
        }
        guard sawHeader else {
            throw CatalogueError(origin: origin, line: nil, reason: .missingHeader(found: ""))
        }
        return entries
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
