import Disclosure

/// Every statutory table present; a table without figures printed with its "本表无数据" note,
/// and the note only on a table without figures.
enum CompletenessRules {
    static var all: [RuleDraft] {
        TableKind.allCases.filter(\.isStatutory).map(missingTable)
            + [TableKind.governmentFund, .stateCapital].flatMap { [emptyWithoutNote($0), noteWithFigures($0)] }
    }

    private static func missingTable(_ kind: TableKind) -> RuleDraft {
        RuleDraft(family: .completeness, severity: .error,
                  title: LocalizedText(zh: "应公开\(kind.rawValue)\(kind.chineseName)", en: "table \(kind.rawValue.dropFirst(2)) (\(kind.chineseName)) is published"),
                  message: LocalizedText(zh: "未找到\(kind.rawValue)\(kind.chineseName)；无数据的表也应公开并注明",
                                         en: "table \(kind.rawValue.dropFirst(2)) (\(kind.chineseName)) was not found; a table without data is still published, with a note")) { disclosure, rule in
            disclosure.tables.heading(of: kind) != nil ? [] : [rule.finding(at: FindingLocation(table: kind))]
        }
    }

    /// Whether a fund table prints any non-zero figure, and its heading.
    private static func contents(_ kind: TableKind, _ tables: Tables) -> (heading: TableHeading, hasFigures: Bool)? {
        guard let table = kind == .governmentFund ? tables.governmentFund : tables.stateCapital else { return nil }
        let rows = [table.total].compactMap { $0 } + table.rows
        return (table.heading, rows.contains { row in row.columns.contains { !$0.cell.value.isZero } })
    }

    private static func emptyWithoutNote(_ kind: TableKind) -> RuleDraft {
        RuleDraft(family: .completeness, severity: .error,
                  title: LocalizedText(zh: "\(kind.rawValue) 无数据时应注明", en: "table \(kind.rawValue.dropFirst(2)) without figures carries a note"),
                  message: LocalizedText(zh: "{where}：本表没有任何数据，但未注明“本表无数据”或说明原因",
                                         en: "{where}: the table holds no figures but carries no \"本表无数据\" note")) { disclosure, rule in
            guard let contents = contents(kind, disclosure.tables) else { return [.missing(kind)] }
            guard !contents.hasFigures, !contents.heading.printedEmpty else { return [] }
            return [rule.finding(at: FindingLocation(table: kind, source: contents.heading.location))]
        }
    }

    private static func noteWithFigures(_ kind: TableKind) -> RuleDraft {
        RuleDraft(family: .completeness, severity: .error,
                  title: LocalizedText(zh: "\(kind.rawValue) 注明无数据时不应有数据", en: "table \(kind.rawValue.dropFirst(2)) noted empty holds no figures"),
                  message: LocalizedText(zh: "{where}：本表注明无数据，却列有金额",
                                         en: "{where}: the table is noted as empty but holds figures")) { disclosure, rule in
            guard let contents = contents(kind, disclosure.tables) else { return [.missing(kind)] }
            guard contents.hasFigures, contents.heading.printedEmpty else { return [] }
            return [rule.finding(at: FindingLocation(table: kind, source: contents.heading.location))]
        }
    }
}
