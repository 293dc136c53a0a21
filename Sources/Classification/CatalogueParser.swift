import Disclosure

extension Catalogue {
    /// Reads catalogue TSV: `#` comment lines and blank lines are skipped, the first other line
    /// must be the header, and every row must be complete, because a half-read catalogue
    /// would silently turn known codes into "unknown code" findings.
    ///
    /// Works on an array of UTF-8 bytes: tabs and newlines are ASCII, and splitting by grapheme
    /// clusters made loading the catalogue, which every CLI run does, several times slower.
    static func parse(_ text: String, origin: String) throws -> [CatalogueEntry] {
        var entries: [CatalogueEntry] = []
        var firstLine: [EntryIdentity: Int] = [:]
        var sawHeader = false
        var lineNumber = 0
        let bytes = Array(text.utf8)
        for rawLine in bytes.split(separator: ASCII.newline, omittingEmptySubsequences: false) {
            lineNumber += 1
            var line = rawLine
            if lineNumber == 1, line.starts(with: ASCII.byteOrderMark) { line = line.dropFirst(ASCII.byteOrderMark.count) }
            let content = trimmed(line)
            if content.isEmpty || content.first == ASCII.hash { continue }

            let fields = line.split(separator: ASCII.tab, omittingEmptySubsequences: false)
                .map { String(decoding: trimmed($0), as: UTF8.self) }
            func fail(_ reason: CatalogueError.Reason) -> CatalogueError {
                CatalogueError(origin: origin, line: lineNumber, reason: reason)
            }
            guard sawHeader else {
                guard fields == header else { throw fail(.missingHeader(found: String(decoding: content, as: UTF8.self))) }
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
            guard edition.utf8.count == 4, edition.utf8.allSatisfy(ASCII.isDigit) else { throw fail(.invalidEdition(edition)) }
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

    /// Without leading and trailing spaces and the `\r` of Windows line ends.
    private static func trimmed(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var bytes = bytes.drop(while: ASCII.isSpace)
        while let last = bytes.last, ASCII.isSpace(last) { bytes = bytes.dropLast() }
        return bytes
    }
}

private enum ASCII {
    static let newline = UInt8(ascii: "\n")
    static let tab = UInt8(ascii: "\t")
    static let hash = UInt8(ascii: "#")
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\r")
    }

    static func isDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}
