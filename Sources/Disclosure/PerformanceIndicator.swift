/// One 绩效指标 row: 一级/二级/三级 levels, target, actual, 分值 and 得分.
public struct PerformanceIndicator: Sendable, Equatable, Codable {
    /// 一级指标 (产出指标, 效益指标, 满意度指标). Merged cells print their label once, mid-group,
    /// so the reader carries the last label seen forward.
    public var level1: String?
    /// 二级指标 (数量指标, 质量指标, 时效指标, 成本指标, 社会效益, …), carried forward like `level1`.
    public var level2: String?
    /// 三级指标: free text as printed (often cut off by the print).
    public var name: String
    /// 年初指标值 as printed, often a template such as `≥次`.
    public var initialTarget: String?
    /// 调整后指标值: the target the score is judged against.
    public var target: IndicatorValue?
    /// 实际完成值.
    public var actual: IndicatorValue?
    /// 分值 (weight).
    public var weight: ExactDecimal?
    /// 得分; nil when the cell is blank.
    public var score: ExactDecimal?
    /// 偏差原因分析及改进措施 (and 定性值情况说明 where printed).
    public var deviationReason: String?
    public var location: SourceLocation?

    public init(level1: String? = nil, level2: String? = nil, name: String, initialTarget: String? = nil, target: IndicatorValue? = nil,
                actual: IndicatorValue? = nil, weight: ExactDecimal? = nil, score: ExactDecimal? = nil, deviationReason: String? = nil,
                location: SourceLocation? = nil) {
        self.level1 = level1
        self.level2 = level2
        self.name = name
        self.initialTarget = initialTarget
        self.target = target
        self.actual = actual
        self.weight = weight
        self.score = score
        self.deviationReason = deviationReason
        self.location = location
    }
}

/// A target or actual value as printed, with what can be read from it: `≥300家次` is a
/// comparison with a number and unit, `2024年12月31日前` a date, `不断提高` a qualitative phrase.
public struct IndicatorValue: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case quantitative, date, qualitative
    }

    public enum Comparator: String, Sendable, Codable, CaseIterable {
        case atLeast = "≥", atMost = "≤", equal = "=", greater = ">", less = "<", approximately = "≈"
    }

    public var printed: String
    public var kind: Kind
    public var comparator: Comparator?
    public var value: ExactDecimal?
    public var unit: String?

    public init(printed: String, kind: Kind, comparator: Comparator? = nil, value: ExactDecimal? = nil, unit: String? = nil) {
        self.printed = printed
        self.kind = kind
        self.comparator = comparator
        self.value = value
        self.unit = unit
    }

    /// Reads a printed value: an optional comparator, a number and a unit; a date; or a phrase.
    /// By UTF-8 bytes: reading asks this of every indicator value.
    public init(parsing text: String) {
        let printed = text.trimmingSpaces()
        let bytes = printed.utf8
        var rest = bytes.startIndex
        var comparator: Comparator?
        // Most values start with a digit or an ideograph, which no comparator is.
        if let first = printed.unicodeScalars.first, !(0x30...0x39).contains(first.value), !(0x4E00...0x9FFF).contains(first.value),
           let found = IndicatorValue.comparators[first] {
            comparator = found
            rest = printed.unicodeScalars.index(after: rest)
        }
        let digitsEnd = bytes[rest...].firstIndex { !((0x30...0x39).contains($0) || $0 == UInt8(ascii: ".")) } ?? bytes.endIndex
        if IndicatorValue.startsWithDate(printed) {
            self.init(printed: printed, kind: .date, comparator: comparator)
        } else if digitsEnd > rest, let value = ExactDecimal(parsing: String(printed[rest..<digitsEnd])) {
            let unit = String(printed[digitsEnd...]).trimmingSpaces()
            self.init(printed: printed, kind: .quantitative, comparator: comparator, value: value, unit: unit.isEmpty ? nil : unit)
        } else {
            self.init(printed: printed, kind: .qualitative, comparator: comparator)
        }
    }

    /// The comparison marks a printed value may start with, full- and half-width.
    public static let comparators: [Unicode.Scalar: Comparator] = [
        "≥": .atLeast, "≤": .atMost, "=": .equal, "＝": .equal, ">": .greater, "＞": .greater, "<": .less, "＜": .less, "≈": .approximately,
    ]
}

extension IndicatorValue {
    /// `2024年12月31日前`, `12月`, `2024年`: a date at the start of the text. Written out
    /// rather than as a regular expression, and over UTF-8 bytes rather than characters: reading
    /// asks this of every indicator value.
    static func startsWithDate(_ text: String) -> Bool {
        text.withUTF8Bytes { bytes in
            var index = 0
            /// The count of ASCII digits that come next, stepped over.
            func digits() -> Int {
                let start = index
                while index < bytes.count, (0x30...0x39).contains(bytes[index]) { index += 1 }
                return index - start
            }
            /// Whether `word` comes next, stepped over if so.
            func follows(_ word: Unicode.Scalar) -> Bool {
                guard bytes[index...].starts(with: word.utf8) else { return false }
                index += word.utf8.count
                return true
            }
            let year = digits()
            if follows("年") {
                if year == 4 { return true }
                guard year <= 4 else { return false }
                return (1...2).contains(digits()) && follows("月")
            }
            return (1...6).contains(year) && follows("月")
        }
    }
}
