import Disclosure

/// A word of space-separated text with its character span, so that columns can be found
/// from where words stand when the text keeps the page's alignment (`pdftotext -layout`).
struct SpacedToken: Sendable, Equatable {
    var text: String
    /// Character offset of the first character in the line.
    var start: Int
    /// Character offset just past the last character.
    var end: Int

    var center: Int { (start + end) / 2 }

    /// A printed amount (`4,733.14`, `0.00`, a bare `0`) or a not-applicable mark. Other whole
    /// numbers are not amounts here: they are codes, 行次 or page numbers.
    var isAmount: Bool {
        if CellText.notApplicableMarks.contains(text) || text == "0" { return true }
        return text.contains(".") && Amount(parsing: text) != nil
    }

    /// An economic 类 or 款 code (`301`, `30101`), where a panel of table 06 starts.
    var isEconomicClass: Bool { (text.count == 3 || text.count == 5) && EconomicCode(text) != nil }

    var isCodePiece: Bool { !text.isEmpty && text.count <= 7 && text.allSatisfy(\.isASCIIDigit) }

    /// Splits a line at runs of spaces, then joins code pieces that PDFs print apart:
    /// `201 06 01` → `2010601`, `301 01` → `30101`. Only a class of the functional (2xx) or
    /// economic (3xx) classification starts a code: `100 10` (a rate and a score) stays apart.
    static func tokens(of line: String) -> [SpacedToken] {
        var tokens: [SpacedToken] = []
        var current = ""
        var start = 0
        for (offset, character) in line.enumerated() {
            if character == " " || character == "\u{3000}" || character == "\t" {
                if !current.isEmpty { tokens.append(SpacedToken(text: current, start: start, end: offset)) }
                current = ""
            } else {
                if current.isEmpty { start = offset }
                current.append(character)
            }
        }
        if !current.isEmpty { tokens.append(SpacedToken(text: current, start: start, end: line.count)) }
        return joiningCodePieces(tokens)
    }

    static func joiningCodePieces(_ tokens: [SpacedToken]) -> [SpacedToken] {
        var result: [SpacedToken] = []
        var index = 0
        while index < tokens.count {
            var token = tokens[index]
            index += 1
            guard token.isCodePiece, token.text.count == 3, token.text.first == "2" || token.text.first == "3" else {
                result.append(token)
                continue
            }
            while token.text.count < 7, index < tokens.count, tokens[index].isCodePiece, tokens[index].text.count == 2 {
                token = SpacedToken(text: token.text + tokens[index].text, start: token.start, end: tokens[index].end)
                index += 1
            }
            result.append(token)
        }
        return result
    }
}
