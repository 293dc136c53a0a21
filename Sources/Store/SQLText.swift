/// SQL the store runs, fixed at compile time.
///
/// It can only be written as a string literal, so no value can be spliced into a statement:
/// every value travels as a bound parameter (`?`), on both backends. This is the store's whole
/// defence against SQL injection, and the type system keeps it.
struct SQLText: Sendable, ExpressibleByStringLiteral {
    let text: String

    init(stringLiteral value: StaticString) {
        text = value.description
    }

    private init(text: String) {
        self.text = text
    }

    /// Two literals as one statement, so statements can share a common part; still only literals.
    static func + (lhs: SQLText, rhs: SQLText) -> SQLText {
        SQLText(text: lhs.text + rhs.text)
    }

    /// The number of `?` placeholders: the store's SQL holds no `?` anywhere else.
    var placeholderCount: Int { text.reduce(0) { $1 == "?" ? $0 + 1 : $0 } }

    /// The text with PostgreSQL's numbered placeholders (`$1`, `$2`, …) in place of `?`.
    var numberedPlaceholders: String {
        var result = ""
        var number = 0
        for character in text {
            if character == "?" {
                number += 1
                result += "$\(number)"
            } else {
                result.append(character)
            }
        }
        return result
    }
}
