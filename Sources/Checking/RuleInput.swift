import Classification
import Disclosure

/// What the rules check: the disclosure, and what several rules derive from it, worked out once
/// per check instead of once per rule. The prose passages, the narrative's figures in place and
/// the functional tables' hierarchies were half of checking the seed when each rule rebuilt them.
struct RuleInput: Sendable {
    let disclosure: Disclosure
    /// Every piece of prose with where it is.
    let passages: [Passage]
    /// Every figure the reader extracted from the narrative, with its section and paragraph.
    let placedFigures: [PlacedFigure]
    /// For each functional table, where its rows stand in the classification: the dozens of
    /// hierarchy rules of a table all ask it.
    let hierarchies: [TableKind: FunctionalHierarchy]

    init(_ disclosure: Disclosure) {
        self.disclosure = disclosure
        passages = Passage.all(disclosure)
        placedFigures = PlacedFigure.all(disclosure.narrative)
        let tables = disclosure.tables
        let codes: [TableKind: [FunctionalCode?]?] = [
            .income: tables.income?.rows.map(\.code), .expenditure: tables.expenditure?.rows.map(\.code),
            .generalBudgetExpenditure: tables.generalBudgetExpenditure?.rows.map(\.code),
            .governmentFund: tables.governmentFund?.rows.map(\.code), .stateCapital: tables.stateCapital?.rows.map(\.code),
        ]
        hierarchies = codes.compactMapValues { $0.map(FunctionalHierarchy.init) }
    }
}

/// A functional table's rows by code, as indices into its rows.
struct FunctionalHierarchy: Sendable {
    /// The rows directly under each code (the 类 rows under nil).
    let children: [FunctionalCode?: [Int]]
    /// The rows of each level.
    let levels: [FunctionalLevel: [Int]]

    init(_ codes: [FunctionalCode?]) {
        var children: [FunctionalCode?: [Int]] = [:]
        var levels: [FunctionalLevel: [Int]] = [:]
        for (index, code) in codes.enumerated() {
            guard let code else { continue }
            children[code.parent, default: []].append(index)
            levels[code.level, default: []].append(index)
        }
        self.children = children
        self.levels = levels
    }
}

/// A piece of prose the disclosure prints (a title, a paragraph, a note, a glossary entry, an
/// attachment), as printed.
struct Passage: Sendable {
    let text: String
    let location: FindingLocation

    init(_ text: String, _ location: FindingLocation) {
        self.text = text
        self.location = location
    }

    static func all(_ disclosure: Disclosure) -> [Passage] {
        var result: [Passage] = []
        if let title = disclosure.metadata.title { result.append(Passage(title, FindingLocation(rowLabel: "标题"))) }
        for duty in disclosure.overview.duties { result.append(Passage(duty, FindingLocation(section: "概况·职责"))) }
        result.append(Passage(disclosure.overview.organisation, FindingLocation(section: "概况·机构设置")))
        for section in disclosure.narrative.sections {
            result.append(Passage(section.title, FindingLocation(section: section.title, source: section.location)))
            for (index, paragraph) in section.paragraphs.enumerated() {
                result.append(Passage(paragraph.text, FindingLocation(section: section.title, paragraph: index + 1, source: paragraph.location)))
            }
        }
        for (kind, heading) in disclosure.tables.present {
            for note in heading.notes { result.append(Passage(note, FindingLocation(table: kind, rowLabel: "注", source: heading.location))) }
        }
        for entry in disclosure.glossary { result.append(Passage(entry.term + entry.definition, FindingLocation(section: "名词解释"))) }
        for attachment in disclosure.attachments {
            result.append(Passage(attachment.text, FindingLocation(section: "附件：" + attachment.title, source: attachment.location)))
        }
        return result
    }
}
