/// One printed amount cell of a table.
///
/// Blank cells mean zero but are kept apart from a printed `0.00`, and `——` (not applicable)
/// is its own case, so a writer can print the table as it was published.
public enum Cell: Sendable, Hashable {
    case blank
    case amount(Amount)
    case notApplicable

    /// The amount the cell stands for: blank and not-applicable count as zero.
    public var value: Amount {
        if case .amount(let amount) = self { return amount }
        return .zero
    }

    /// The printed amount, or nil when nothing was printed.
    public var printed: Amount? {
        if case .amount(let amount) = self { return amount }
        return nil
    }

    public var isBlank: Bool { self == .blank }

    /// The mark documents print for "not applicable".
    public static let notApplicableMark = "——"
}

extension Cell: Codable {
    /// `null` for blank, `"——"` for not applicable, otherwise the amount string.
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .blank
        } else {
            let text = try container.decode(String.self)
            if text == Cell.notApplicableMark {
                self = .notApplicable
            } else if let amount = Amount(parsing: text) {
                self = .amount(amount)
            } else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "expected null, \"——\" or an amount, found \(text)")
            }
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .blank: try container.encodeNil()
        case .notApplicable: try container.encode(Cell.notApplicableMark)
        case .amount(let amount): try container.encode(amount)
        }
    }
}
