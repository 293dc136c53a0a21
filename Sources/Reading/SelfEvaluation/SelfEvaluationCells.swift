import Classification
import Disclosure

/// What the cells of a 项目支出绩效自评表 can be, known from the printed forms: the labels of merged
/// cells (which extraction prints once, mid-group, in any column), headings, values and scores.
enum SelfEvaluationCells {
    /// A cell without spaces, so that `总 分` and `总分` compare equal.
    static func compact(_ text: String) -> String {
        PrintedName.removingSpaces(text)
    }

    /// Whether `text` without its spaces starts with `prefix`, read no further than the prefix
    /// goes: asked of every untabbed line, which may be a whole paragraph.
    static func startsWithoutSpaces(_ text: String, with prefix: String) -> Bool {
        var wanted = prefix.unicodeScalars.makeIterator()
        var next = wanted.next()
        for scalar in text.unicodeScalars where !PrintedName.isSpace(scalar) {
            guard let expected = next else { return true }
            guard scalar == expected else { return false }
            next = wanted.next()
        }
        return next == nil
    }

    /// A cell without spaces as a word compared by its bytes, for the label sets below.
    static func word(_ cell: String) -> PrintedWord {
        PrintedWord(compact(cell))
    }

    static let firstLevels: Set<PrintedWord> = ["产出指标", "效益指标", "满意度指标"]

    /// 二级指标 labels and the 一级指标 each belongs to.
    static let secondLevels: [PrintedWord: String] = [
        "数量指标": "产出指标", "质量指标": "产出指标", "时效指标": "产出指标", "成本指标": "产出指标", "数据指标": "产出指标",
        "社会效益": "效益指标", "社会效益指标": "效益指标", "经济效益": "效益指标", "经济效益指标": "效益指标",
        "生态效益": "效益指标", "生态效益指标": "效益指标", "可持续影响": "效益指标", "可持续影响指标": "效益指标",
        "服务对象满意度": "满意度指标", "服务对象满意度指标": "满意度指标", "服务对象": "满意度指标",
    ]

    /// Labels of the merged outer cells that carry no level.
    static let outerLabels: Set<PrintedWord> = ["绩效指标", "项目绩效分析", "自评结果分析", "项目年度绩效目标"]

    static func isLevelOrOuterLabel(_ label: PrintedWord) -> Bool {
        levelOrOuterLabels.contains(label)
    }

    /// The three kinds of label in one set: asked of most cells of every indicator row, so one
    /// hash of the cell answers.
    private static let levelOrOuterLabels = firstLevels.union(secondLevels.keys).union(outerLabels)

    static let grades: Set<PrintedWord> = ["优", "良", "中", "差", "合格", "不合格", "优秀", "良好", "较差"]

    /// `总分`, `总 分`, `总计`: the row that carries the published total and grade. Like
    /// `isAnalysisHeading`, it takes a cell already without spaces: both are asked of every
    /// cell of every indicator row.
    static func isTotalLabel(_ word: PrintedWord) -> Bool {
        word == "总分" || word == "总计"
    }

    static let analysisEndings = ["情况及分析", "结构及分析", "原因分析", "管理建议", "经验做法"]

    /// Headings of 自评结果分析 and 项目管理分析 (`产出情况及分析`, `主要经验做法`, …), of a cell
    /// without its spaces.
    static func isAnalysisHeading(_ word: PrintedWord) -> Bool {
        // The last byte rules out almost every cell before any ending is compared.
        guard let last = word.text.utf8.last, analysisEndingBytes.contains(last) else { return false }
        return analysisEndings.contains { word.text.hasByteSuffix($0) } && word.text.characterCount <= 24
    }

    private static let analysisEndingBytes = analysisEndings.compactMap(\.utf8.last)

    /// A label of a fund source (`资金总额:`, `市县区财政资金`, `省级财政资金`), not a header word.
    static func isFundSource(_ word: PrintedWord) -> Bool {
        let text = word.text
        guard !text.includes("项目资金"), !text.includes("资金结") else { return false }
        return text.includes("资金") || text.includes("财政") || text.hasBytePrefix("市县区")
    }

    /// `资金总额:` → `资金总额`.
    static func fundSourceName(_ cell: String) -> String {
        var text = compact(cell)
        while let last = text.last, last == ":" || last == "：" { text.removeLast() }
        return text
    }

    /// A plain number, as 分值 and 得分 are printed.
    static func plainNumber(_ cell: String) -> ExactDecimal? {
        ExactDecimal(parsing: cell)
    }

    /// A 分值 or 得分: a plain number between 0 and 100 with at most two decimals.
    static func scoreNumber(_ cell: String) -> ExactDecimal? {
        guard let value = plainNumber(cell), value.scale <= 2, !value.isNegative, !(ExactDecimal(100) - value).isNegative else { return nil }
        return value
    }

    /// A cell that holds an indicator value rather than an indicator's name: a comparison, a
    /// number, a percentage, a date, or a rate such as `元/人/天`. By scalars, of a cell already
    /// without spaces: asked of every cell of every indicator row.
    static func isValueLike(_ word: PrintedWord) -> Bool {
        let text = word.text
        guard !text.isEmpty else { return false }
        if startsWithComparator(text.unicodeScalars) { return true }
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            if previous == nil && isDigit(scalar) || scalar == "%" || scalar == "/" { return true }
            // A date such as `2024年` or `12月20日前`: a digit right before 年 or 月.
            if let previous, isDigit(previous), scalar == "年" || scalar == "月" { return true }
            previous = scalar
        }
        return text.includes("年底前")
    }

    /// A unit template such as `≥次` or `元/人/天`: what the form prints in 年初指标值.
    static func isTemplate(_ word: PrintedWord) -> Bool {
        let text = word.text
        guard !text.unicodeScalars.contains(where: isDigit), !text.isEmpty else { return false }
        return startsWithComparator(text.unicodeScalars) || text.includes("/")
    }

    private static func startsWithComparator(_ text: String.UnicodeScalarView) -> Bool {
        text.first.map { IndicatorValue.comparators[$0] != nil } ?? false
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar)
    }
}
