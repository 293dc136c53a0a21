/// One 项目支出绩效自评表: a project's funds, goals, performance indicators, score and analysis,
/// as the department published them. Figures are kept as printed; what follows from them
/// (执行率, 执行率得分, 总分, grade) is recomputed by `Scoring`, never stored over the printed value.
public struct SelfEvaluation: Sendable, Equatable, Codable {
    /// 项目名称 as printed in the table (or, failing that, taken from the title).
    public var projectName: String
    /// The table's title, e.g. `J市场监管经费项目支出绩效自评表`.
    public var title: String
    /// From `(2024年度)` under the title.
    public var fiscalYear: Int?
    /// 主管部门及代码.
    public var supervisingDepartment: CodedName?
    /// 预算单位 (code and name).
    public var budgetUnit: CodedName?
    /// 项目资金: one line per source as printed (资金总额, 市县区财政资金, 省级财政资金, …).
    public var fundLines: [FundLine]
    /// 年度目标.
    public var annualGoal: String?
    /// 实际完成情况.
    public var actualCompletion: String?
    /// 绩效指标, in printed order.
    public var indicators: [PerformanceIndicator]
    /// 总分 as printed.
    public var totalScore: ExactDecimal?
    /// The grade as printed (`优`, `良`, `中`, `差`, or a region's own words).
    public var grade: String?
    /// 自评结果分析 and 项目管理分析: headed texts in printed order.
    public var analyses: [AnalysisText]
    /// 备注 lines under the table.
    public var remarks: [String]
    /// True when the table was published with its title only.
    public var isPublishedEmpty: Bool
    /// The title's position in the source.
    public var location: SourceLocation?

    public init(projectName: String, title: String, fiscalYear: Int? = nil, supervisingDepartment: CodedName? = nil,
                budgetUnit: CodedName? = nil, fundLines: [FundLine] = [], annualGoal: String? = nil, actualCompletion: String? = nil,
                indicators: [PerformanceIndicator] = [], totalScore: ExactDecimal? = nil, grade: String? = nil,
                analyses: [AnalysisText] = [], remarks: [String] = [], isPublishedEmpty: Bool = false, location: SourceLocation? = nil) {
        self.projectName = projectName
        self.title = title
        self.fiscalYear = fiscalYear
        self.supervisingDepartment = supervisingDepartment
        self.budgetUnit = budgetUnit
        self.fundLines = fundLines
        self.annualGoal = annualGoal
        self.actualCompletion = actualCompletion
        self.indicators = indicators
        self.totalScore = totalScore
        self.grade = grade
        self.analyses = analyses
        self.remarks = remarks
        self.isPublishedEmpty = isPublishedEmpty
        self.location = location
    }
}

/// A `code-name` cell such as `040-大同市市场监督管理局[部门]`: the code is what checks compare.
public struct CodedName: Sendable, Hashable, Codable {
    public var code: String
    public var name: String

    public init(code: String, name: String) {
        self.code = code
        self.name = name
    }

    /// Parses `040001-大同市市场监督管理局`; nil unless digits, a dash and a name.
    /// By scalars and bytes: reading asks this of every cell of the rows that hold codes, and
    /// comparing Chinese characters goes through the string machinery.
    public init?(parsing text: String) {
        let trimmed = text.trimmingSpaces()
        let scalars = trimmed.unicodeScalars
        guard let dash = scalars.firstIndex(where: { $0 == "-" || $0 == "－" }) else { return nil }
        let code = String(trimmed[..<dash]).trimmingSpaces()
        let name = String(trimmed[scalars.index(after: dash)...]).trimmingSpaces()
        guard !code.isEmpty, code.utf8.allSatisfy({ (0x30...0x39).contains($0) }), !name.isEmpty else { return nil }
        self.init(code: code, name: name)
    }

    public var description: String { "\(code)-\(name)" }
}

/// One source line of 项目资金预算安排及执行进度 (万元). Any figure may be missing from the print.
public struct FundLine: Sendable, Equatable, Codable {
    /// The source as printed (`资金总额`, `市县区财政资金`, …); nil when the row has no label.
    public var source: String?
    /// 年初预算数 · 目标申报数.
    public var declaredBudget: Amount?
    /// 年初预算数 · 预算编制数.
    public var initialBudget: Amount?
    /// 全年预算数 (the adjusted budget).
    public var annualBudget: Amount?
    /// 全年执行数.
    public var executed: Amount?
    /// 资金结(转)余.
    public var balance: Amount?
    /// 执行率 as printed (percent).
    public var executionRate: Percentage?
    /// 得分 for execution (out of 10) as printed.
    public var executionScore: ExactDecimal?
    /// 偏差原因.
    public var deviationReason: String?
    public var location: SourceLocation?

    public init(source: String? = nil, declaredBudget: Amount? = nil, initialBudget: Amount? = nil, annualBudget: Amount? = nil,
                executed: Amount? = nil, balance: Amount? = nil, executionRate: Percentage? = nil, executionScore: ExactDecimal? = nil,
                deviationReason: String? = nil, location: SourceLocation? = nil) {
        self.source = source
        self.declaredBudget = declaredBudget
        self.initialBudget = initialBudget
        self.annualBudget = annualBudget
        self.executed = executed
        self.balance = balance
        self.executionRate = executionRate
        self.executionScore = executionScore
        self.deviationReason = deviationReason
        self.location = location
    }
}

/// A headed text of the analysis part (`产出情况及分析` → `各项指标均完成。`).
public struct AnalysisText: Sendable, Equatable, Codable {
    public var heading: String
    public var text: String
    public var location: SourceLocation?

    public init(heading: String, text: String, location: SourceLocation? = nil) {
        self.heading = heading
        self.text = text
        self.location = location
    }
}
