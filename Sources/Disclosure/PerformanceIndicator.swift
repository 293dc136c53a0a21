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
    /// By scalars: reading asks this of every indicator value.
    public init(parsing text: String) {
        let printed = text.trimmingSpaces()
        var rest = printed.unicodeScalars[...]
        var comparator: Comparator?
        if let first = rest.first, let found = IndicatorValue.comparators[first] {
            comparator = found
            rest = rest.dropFirst()
        }
        let digits = rest.prefix { ("0"..."9").contains($0) || $0 == "." }
        if IndicatorValue.startsWithDate(printed) {
            self.init(printed: printed, kind: .date, comparator: comparator)
        } else if !digits.isEmpty, let value = ExactDecimal(parsing: String(digits)) {
            let unit = String(rest.dropFirst(digits.count)).trimmingSpaces()
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
    /// rather than as a regular expression, and over scalars rather than characters: reading
    /// asks this of every indicator value.
    static func startsWithDate(_ text: String) -> Bool {
        var scalars = text.unicodeScalars.prefix(12).makeIterator()
        /// The run of ASCII digits that comes next, and the scalar after it.
        func digits() -> (count: Int, next: Unicode.Scalar?) {
            var count = 0
            while let scalar = scalars.next() {
                guard ("0"..."9").contains(scalar) else { return (count, scalar) }
                count += 1
            }
            return (count, nil)
        }
        let year = digits()
        if year.next == "年" {
            if year.count == 4 { return true }
            guard year.count <= 4 else { return false }
            let month = digits()
            return (1...2).contains(month.count) && month.next == "月"
        }
        return (1...6).contains(year.count) && year.next == "月"
    }
}
