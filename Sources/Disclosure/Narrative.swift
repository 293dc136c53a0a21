/// 第三部分 情况说明: numbered sections of prose, each figure in it located and typed so that
/// checking can compare what the text says with what the tables hold.
public struct Narrative: Sendable, Equatable, Codable {
    public var sections: [NarrativeSection]

    public init(sections: [NarrativeSection] = []) {
        self.sections = sections
    }

    /// Every figure of every paragraph, in reading order.
    public var figures: [NarrativeFigure] {
        sections.flatMap { $0.paragraphs.flatMap(\.figures) }
    }
}

public struct NarrativeSection: Sendable, Equatable, Codable {
    /// The printed number, e.g. `一`, `十`.
    public var number: String?
    public var title: String
    public var paragraphs: [NarrativeParagraph]
    public var location: SourceLocation?

    public init(number: String?, title: String, paragraphs: [NarrativeParagraph] = [], location: SourceLocation? = nil) {
        self.number = number
        self.title = title
        self.paragraphs = paragraphs
        self.location = location
    }
}

public struct NarrativeParagraph: Sendable, Equatable, Codable {
    public var text: String
    public var figures: [NarrativeFigure]
    public var location: SourceLocation?

    public init(text: String, figures: [NarrativeFigure] = [], location: SourceLocation? = nil) {
        self.text = text
        self.figures = figures
        self.location = location
    }
}

/// A figure quoted in the narrative, with the words that say what it is.
public struct NarrativeFigure: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Codable {
        /// A sum of money (万元, 元, 亿元, a bare 万), or a rate such as 元/人.
        case amount
        /// A percentage (`%`), or a change in percentage points (`个百分点`).
        case percentage
        /// A count of things (个, 辆, 人次, 批次, 台（套）), or a score in 分.
        case count
    }

    /// Which way a change goes, from the verb right before the figure.
    public enum Direction: String, Sendable, Codable {
        /// 增加 / 增长 / 上升 / 提高 / 新增: the figure is the size of the change.
        case increase
        /// 减少 / 下降 / 降低: the figure is the size of the change.
        case decrease
        /// 持平 / 与上年相同: the figure is a level said to equal last year's.
        case unchanged
    }

    public var kind: Kind
    /// The figure as printed, with its unit: `5,029.36万元`, `1.34%`, `17辆`; exactly the
    /// characters at `offset`, including any line break extraction left inside it.
    public var text: String
    /// The exact number, without unit.
    public var value: ExactDecimal
    /// The unit, spelled one way whatever the printing (`％` is `%`, `台(套)` is `台（套）`):
    /// `万元`, `元`, `%`, `辆`, ….
    public var unit: String
    /// Index of the sentence within the paragraph (sentences end at `。`, `；`, `;`, `！`, `？`).
    public var sentence: Int
    /// Offset in characters of the figure within the paragraph text.
    public var offset: Int
    /// The words of the clause before the figure, which name what is measured
    /// (e.g. `2024年度收入总计`, `其中：基本支出`).
    public var subject: String
    /// The change verb right before the figure, or `与上年相同` / `持平` right after it.
    public var direction: Direction?
    /// Index, among the figures of the same paragraph, of the figure this one qualifies, so that a
    /// rule can tell what a bare `占比59.01%` or `下降1.34%` is about: for a share or completion
    /// rate (`占…`, `完成…`), the amount it is the share of; for a percentage change, the absolute change it
    /// restates (or, when none is quoted, the level that changed); for an absolute change, the
    /// level that changed. Nil when the paragraph does not say.
    public var refersTo: Int?

    public init(kind: Kind, text: String, value: ExactDecimal, unit: String, sentence: Int, offset: Int, subject: String, direction: Direction? = nil, refersTo: Int? = nil) {
        self.kind = kind
        self.text = text
        self.value = value
        self.unit = unit
        self.sentence = sentence
        self.offset = offset
        self.subject = subject
        self.direction = direction
        self.refersTo = refersTo
    }

    /// The amount a money figure stands for, converted from its printed unit; nil for a rate
    /// such as `元/人`, which is not a sum of money.
    public var amount: Amount? {
        guard kind == .amount else { return nil }
        switch unit {
        case "元": return Amount(parsing: value.description, unit: .yuan)
        case "万元", "万": return Amount(tenThousandYuan: value)
        case "亿元":
            // 1 亿元 = 10^4 万元: move the decimal point four places without arithmetic on floats.
            let tenThousands = value.scale >= 4
                ? ExactDecimal(units: value.units, scale: value.scale - 4)
                : value.rescaled(to: 4).map { ExactDecimal(units: $0.units, scale: 0) }
            return tenThousands.flatMap { Amount(tenThousandYuan: $0) }
        default: return nil
        }
    }
}
