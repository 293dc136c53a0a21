/// Reading and printing numbers the way disclosures print them: half- or full-width digits,
/// thousands separators, a leading minus of any width. One place, so that every amount,
/// percentage and score in juesuan is parsed and printed alike.
enum NumberText {
    struct Parsed {
        var units: Int64
        var scale: Int
    }

    /// Folds full-width digits and punctuation to ASCII and strips surrounding spaces.
    static func normalized(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { result.append(ascii(scalar)) }
        return String(result).trimmingSpaces()
    }

    /// Parses an optionally signed decimal with optional thousands separators. Separators must
    /// group exactly three digits; anything else (a comma read for a decimal point, a stray
    /// letter) is not a number and gives nil, so the caller can say what it saw. One pass over
    /// the scalars, folding as `normalized` does: reading asks this of every cell, and most
    /// are words, given up on at their first scalar.
    static func parse(_ raw: String) -> Parsed? {
        var units: Int64 = 0
        var negative = false
        var started = false
        var trailingSpaces = false
        var integerDigits = 0
        var fractionDigits = 0
        var inFraction = false
        var digitsSinceSeparator = -1
        for scalar in raw.unicodeScalars {
            let folded = ascii(scalar)
            if folded == " " || folded == "\t" || folded == "\r" || folded == "\n" {
                trailingSpaces = started
                continue
            }
            guard !trailingSpaces else { return nil }
            defer { started = true }
            switch folded {
            case "-" where !started, "+" where !started:
                negative = folded == "-"
            case "0"..."9":
                if inFraction {
                    fractionDigits += 1
                } else {
                    integerDigits += 1
                    if digitsSinceSeparator >= 0 { digitsSinceSeparator += 1 }
                }
                guard integerDigits + fractionDigits <= 18 else { return nil }
                units = units * 10 + Int64(folded.value - 48)
            case ",":
                guard !inFraction, integerDigits > 0, digitsSinceSeparator == -1 || digitsSinceSeparator == 3 else { return nil }
                if digitsSinceSeparator == -1, integerDigits > 3 { return nil }
                digitsSinceSeparator = 0
            case ".":
                guard !inFraction, integerDigits > 0 else { return nil }
                inFraction = true
            default:
                return nil
            }
        }
        guard integerDigits > 0, digitsSinceSeparator == -1 || digitsSinceSeparator == 3 else { return nil }
        if inFraction && fractionDigits == 0 { return nil }
        guard fractionDigits <= 12 else { return nil }
        return Parsed(units: negative ? -units : units, scale: fractionDigits)
    }

    /// The ASCII a full-width digit, mark or space stands for; any other scalar as it is.
    private static func ascii(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0xFF10...0xFF19: Unicode.Scalar(UInt8(scalar.value - 0xFF10 + 0x30))
        case 0xFF0E: "."
        case 0xFF0C: ","
        case 0xFF0D, 0x2212, 0x2013: "-"
        case 0xFF0B: "+"
        case 0x3000, 0xA0: " "
        default: scalar
        }
    }

    static func format(units: Int64, scale: Int, grouping: Bool) -> String {
        let magnitude = units.magnitude
        let divisor = UInt64(Int64.power10(scale))
        var integerPart = String(magnitude / divisor)
        if grouping, integerPart.count > 3 {
            var grouped = ""
            for (index, character) in integerPart.enumerated() {
                if index > 0, (integerPart.count - index) % 3 == 0 { grouped.append(",") }
                grouped.append(character)
            }
            integerPart = grouped
        }
        var result = units < 0 ? "-" + integerPart : integerPart
        if scale > 0 {
            let fraction = String(magnitude % divisor)
            result += "." + String(repeating: "0", count: scale - fraction.count) + fraction
        }
        return result
    }
}

extension String {
    /// Trims ASCII and ideographic spaces and tabs, which extraction leaves around cells.
    /// By scalars, which need no grapheme breaking: reading trims every cell of every line. Most
    /// come trimmed already, which the edge bytes tell: the spaces are ASCII or start with C2 or
    /// E3, and end in ASCII, A0 or 80.
    public func trimmingSpaces() -> String {
        guard let first = utf8.first, let last = utf8.last else { return self }
        guard first < 0x21 || first == 0xC2 || first == 0xE3 || last < 0x21 || last == 0xA0 || last == 0x80 else { return self }
        let isSpace: (Unicode.Scalar) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\u{3000}" || $0 == "\u{A0}" || $0 == "\r" || $0 == "\n" }
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !isSpace($0) }), let end = scalars.lastIndex(where: { !isSpace($0) }) else { return "" }
        return start == scalars.startIndex && scalars.index(after: end) == scalars.endIndex ? self : String(scalars[start...end])
    }
}
