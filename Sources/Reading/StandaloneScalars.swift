extension Unicode.Scalar {
    /// Whether the scalar is a character by itself among others of these: none combines with a
    /// neighbour (as LF after CR, a letter with an accent, or a half-width kana with its voicing
    /// mark do), and no two are canonically equivalent (as a CJK compatibility ideograph is to
    /// the ideograph it stands for). Text of these alone reads the same by scalars as by
    /// characters, and breaking text into characters costs more than most of reading it.
    var standsAlone: Bool {
        switch value {
        case 0x00...0x0C, 0x0E...0x2FF,               // ASCII and Latin, but CR
             0x2010...0x2027, 0x2030...0x205E,         // dashes, quotes, marks
             0x2460...0x24FF,                          // circled and bracketed numbers
             0x3000...0x3029, 0x3030...0x303F,         // CJK punctuation, but tone marks
             0x3400...0x4DBF, 0x4E00...0x9FFF,         // CJK ideographs
             0xFF01...0xFF9D, 0xFFE0...0xFFE6:         // full-width forms, but voicing marks
            true
        default:
            false
        }
    }
}

extension String {
    /// `count`, by scalars where each is a character by itself.
    var characterCount: Int {
        standaloneScalarCount ?? count
    }

    /// The count of scalars when each is a character by itself, found in one pass; nil otherwise.
    var standaloneScalarCount: Int? {
        var count = 0
        for scalar in unicodeScalars {
            guard scalar.standsAlone else { return nil }
            count += 1
        }
        return count
    }
}
