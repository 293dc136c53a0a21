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
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xFF10...0xFF19: result.unicodeScalars.append(Unicode.Scalar(scalar.value - 0xFF10 + 0x30)!)
            case 0xFF0E: result.append(".")
            case 0xFF0C: result.append(",")
            case 0xFF0D, 0x2212, 0x2013: result.append("-")
            case 0xFF0B: result.append("+")
            case 0x3000, 0xA0: result.append(" ")
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result.trimmingSpaces()
    }

    /// Parses an optionally signed decimal with optional thousands separators. Separators must
    /// group exactly three digits; anything else (a comma read for a decimal point, a stray
    /// letter) is not a number and gives nil, so the caller can say what it saw.
    static func parse(_ raw: String) -> Parsed? {
        let text = normalized(raw)
        var scalars = Substring(text).unicodeScalars[...]
        var negative = false
        if let first = scalars.first, first == "-" || first == "+" {
            negative = first == "-"
            scalars = scalars.dropFirst()
        }
        var integerDigits: [UInt8] = []
        var fractionDigits: [UInt8] = []
        var inFraction = false
        var digitsSinceSeparator = -1
        for scalar in scalars {
            switch scalar {
            case "0"..."9":
                let digit = UInt8(scalar.value - 48)
                if inFraction {
                    fractionDigits.append(digit)
                } else {
                    integerDigits.append(digit)
                    if digitsSinceSeparator >= 0 { digitsSinceSeparator += 1 }
                }
            case ",":
                guard !inFraction, !integerDigits.isEmpty, digitsSinceSeparator == -1 || digitsSinceSeparator == 3 else { return nil }
                if digitsSinceSeparator == -1, integerDigits.count > 3 { return nil }
                digitsSinceSeparator = 0
            case ".":
                guard !inFraction, !integerDigits.isEmpty else { return nil }
                inFraction = true
            default:
                return nil
            }
        }
        guard !integerDigits.isEmpty, digitsSinceSeparator == -1 || digitsSinceSeparator == 3 else { return nil }
        if inFraction && fractionDigits.isEmpty { return nil }
        guard integerDigits.count + fractionDigits.count <= 18, fractionDigits.count <= 12 else { return nil }
        var units: Int64 = 0
        for digit in integerDigits + fractionDigits { units = units * 10 + Int64(digit) }
        return Parsed(units: negative ? -units : units, scale: fractionDigits.count)
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
    /// By scalars, which need no grapheme breaking: reading trims every cell of every line.
    public func trimmingSpaces() -> String {
        let isSpace: (Unicode.Scalar) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\u{3000}" || $0 == "\u{A0}" || $0 == "\r" || $0 == "\n" }
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !isSpace($0) }), let end = scalars.lastIndex(where: { !isSpace($0) }) else { return "" }
        return start == scalars.startIndex && scalars.index(after: end) == scalars.endIndex ? self : String(scalars[start...end])
    }
}
