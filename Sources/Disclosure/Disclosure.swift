/// One department's published final accounts for one fiscal year: the canonical value that every
/// reader produces and every checker, author and writer consumes.
public struct Disclosure: Sendable, Equatable, Codable {
    public var metadata: Metadata
    public var overview: Overview
    public var tables: Tables
    public var narrative: Narrative
    public var glossary: [GlossaryEntry]
    /// Attachments such as 项目支出绩效自评表, kept as text until a reader understands them.
    public var attachments: [Attachment]
    /// The 项目支出绩效自评表 read from the attachments, one per project.
    public var selfEvaluations: [SelfEvaluation]
    public var provenance: Provenance

    public init(metadata: Metadata, overview: Overview = Overview(), tables: Tables = Tables(), narrative: Narrative = Narrative(),
                glossary: [GlossaryEntry] = [], attachments: [Attachment] = [], selfEvaluations: [SelfEvaluation] = [], provenance: Provenance) {
        self.metadata = metadata
        self.overview = overview
        self.tables = tables
        self.narrative = narrative
        self.glossary = glossary
        self.attachments = attachments
        self.selfEvaluations = selfEvaluations
        self.provenance = provenance
    }

    /// Decodes JSON written before self-evaluations were read: a missing list is empty.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        metadata = try container.decode(Metadata.self, forKey: .metadata)
        overview = try container.decode(Overview.self, forKey: .overview)
        tables = try container.decode(Tables.self, forKey: .tables)
        narrative = try container.decode(Narrative.self, forKey: .narrative)
        glossary = try container.decode([GlossaryEntry].self, forKey: .glossary)
        attachments = try container.decode([Attachment].self, forKey: .attachments)
        selfEvaluations = try container.decodeIfPresent([SelfEvaluation].self, forKey: .selfEvaluations) ?? []
        provenance = try container.decode(Provenance.self, forKey: .provenance)
    }
}

public struct Metadata: Sendable, Equatable, Codable {
    /// The document's title, e.g. `大同市市场监督管理局2024年度单位决算公开`.
    public var title: String?
    public var departmentName: String
    /// The department's budget code (e.g. `040`), where the document prints one.
    public var departmentCode: String?
    public var fiscalYear: Int?
    /// The unit amounts are printed in.
    public var amountUnit: MoneyUnit
    /// The units (单位) the department's accounts include.
    public var units: [String]

    public init(title: String? = nil, departmentName: String, departmentCode: String? = nil, fiscalYear: Int? = nil,
                amountUnit: MoneyUnit = .tenThousandYuan, units: [String] = []) {
        self.title = title
        self.departmentName = departmentName
        self.departmentCode = departmentCode
        self.fiscalYear = fiscalYear
        self.amountUnit = amountUnit
        self.units = units
    }
}

/// 第一部分 概况: duties and organisation.
public struct Overview: Sendable, Equatable, Codable {
    /// Words before the numbered duties (`根据三定方案，主要职能包括：`), if any.
    public var dutiesIntroduction: String?
    /// The numbered duties, each as printed, in order; sub-items stay with their duty.
    public var duties: [String]
    /// The organisation text (机构设置 / 决算单位构成).
    public var organisation: String

    public init(dutiesIntroduction: String? = nil, duties: [String] = [], organisation: String = "") {
        self.dutiesIntroduction = dutiesIntroduction
        self.duties = duties
        self.organisation = organisation
    }
}

/// The statutory tables. A table a region does not publish is nil, never an empty table.
public struct Tables: Sendable, Equatable, Codable {
    /// 公开01 收入支出决算总表
    public var incomeExpenditureSummary: IncomeExpenditureSummary?
    /// 公开02 收入决算表
    public var income: IncomeTable?
    /// 公开03 支出决算表
    public var expenditure: ExpenditureTable?
    /// 公开04 财政拨款收入支出决算总表
    public var fiscalSummary: FiscalSummary?
    /// 公开05 一般公共预算财政拨款支出决算表
    public var generalBudgetExpenditure: GeneralBudgetExpenditureTable?
    /// 公开06 一般公共预算财政拨款基本支出决算明细表
    public var basicExpenditure: BasicExpenditureTable?
    /// 公开07 政府性基金预算财政拨款收入支出决算表
    public var governmentFund: GovernmentFundTable?
    /// 公开08 国有资本经营预算财政拨款支出决算表
    public var stateCapital: StateCapitalTable?
    /// 公开09 财政拨款"三公"经费支出决算表
    public var threePublicExpenses: ThreePublicExpensesTable?
    /// 公开10 部门决算公开相关信息统计表
    public var supplementaryStatistics: SupplementaryStatisticsTable?

    public init() {}

    /// The headings of the tables present, in statutory order, with their kind.
    public var present: [(kind: TableKind, heading: TableHeading)] {
        TableKind.allCases.compactMap { kind in heading(of: kind).map { (kind, $0) } }
    }

    /// The heading of the table of `kind`, nil when it is not present. The checks ask whether a
    /// table is there for every rule: one table's heading, not all of them.
    public func heading(of kind: TableKind) -> TableHeading? {
        switch kind {
        case .incomeExpenditureSummary: incomeExpenditureSummary?.heading
        case .income: income?.heading
        case .expenditure: expenditure?.heading
        case .fiscalSummary: fiscalSummary?.heading
        case .generalBudgetExpenditure: generalBudgetExpenditure?.heading
        case .basicExpenditure: basicExpenditure?.heading
        case .governmentFund: governmentFund?.heading
        case .stateCapital: stateCapital?.heading
        case .threePublicExpenses: threePublicExpenses?.heading
        case .supplementaryStatistics: supplementaryStatistics?.heading
        }
    }
}

/// The kinds of statutory table, in the seed's numbering.
public enum TableKind: String, Sendable, Codable, CaseIterable {
    case incomeExpenditureSummary = "公开01"
    case income = "公开02"
    case expenditure = "公开03"
    case fiscalSummary = "公开04"
    case generalBudgetExpenditure = "公开05"
    case basicExpenditure = "公开06"
    case governmentFund = "公开07"
    case stateCapital = "公开08"
    case threePublicExpenses = "公开09"
    case supplementaryStatistics = "公开10"

    /// The standard Chinese name.
    public var chineseName: String {
        switch self {
        case .incomeExpenditureSummary: "收入支出决算总表"
        case .income: "收入决算表"
        case .expenditure: "支出决算表"
        case .fiscalSummary: "财政拨款收入支出决算总表"
        case .generalBudgetExpenditure: "一般公共预算财政拨款支出决算表"
        case .basicExpenditure: "一般公共预算财政拨款基本支出决算明细表"
        case .governmentFund: "政府性基金预算财政拨款收入支出决算表"
        case .stateCapital: "国有资本经营预算财政拨款支出决算表"
        case .threePublicExpenses: "财政拨款“三公”经费支出决算表"
        case .supplementaryStatistics: "部门决算公开相关信息统计表"
        }
    }

    /// Whether every region must publish it (公开10 is a local extra).
    public var isStatutory: Bool { self != .supplementaryStatistics }
}

public struct GlossaryEntry: Sendable, Equatable, Codable {
    public var term: String
    public var definition: String

    public init(term: String, definition: String) {
        self.term = term
        self.definition = definition
    }
}

/// An attachment kept as raw text, with where it was in the source.
public struct Attachment: Sendable, Equatable, Codable {
    public var title: String
    public var text: String
    public var location: SourceLocation?

    public init(title: String, text: String, location: SourceLocation? = nil) {
        self.title = title
        self.text = text
        self.location = location
    }
}

/// Where a disclosure came from and what reading it took.
public struct Provenance: Sendable, Equatable, Codable {
    public var sourceFileName: String
    /// Hex SHA-256 of the source bytes.
    public var sha256: String
    /// Which reader produced the model, e.g. `tabbed-text`.
    public var reader: String
    public var readingNotes: [ReadingNote]

    public init(sourceFileName: String, sha256: String, reader: String, readingNotes: [ReadingNote] = []) {
        self.sourceFileName = sourceFileName
        self.sha256 = sha256
        self.reader = reader
        self.readingNotes = readingNotes
    }
}

/// Something the reader repaired, doubted or could not place. Nothing is dropped silently:
/// each such event becomes a note with its location.
public struct ReadingNote: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Codable {
        /// Extraction broke something and the reader put it back (a split row, a shifted cell).
        case repaired
        /// The reader could not place this text; it is quoted in the note.
        case unplaced
        /// A figure was read, but with doubt (e.g. a comma read as a decimal point).
        case uncertain
        /// A statutory table or part was not found.
        case missing
    }

    public var kind: Kind
    public var location: SourceLocation
    /// Which table or part the note concerns, e.g. `公开06`.
    public var part: String?
    /// What happened, in Chinese.
    public var message: String
    /// The source text concerned, verbatim.
    public var excerpt: String?

    public init(kind: Kind, location: SourceLocation, part: String? = nil, message: String, excerpt: String? = nil) {
        self.kind = kind
        self.location = location
        self.part = part
        self.message = message
        self.excerpt = excerpt
    }
}
