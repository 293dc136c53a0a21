import Classification
import Disclosure

/// The same department, year and unit in every table heading; classification names that are
/// current in the catalogue and the same for a code across tables.
enum IdentityRules {
    static func all(classification: Catalogue) -> [RuleDraft] {
        [departmentName, fiscalYear, amountUnit]
            + functionalTables.map { staleFunctionalNames($0, classification) }
            + [staleEconomicNames(classification), unknownClassLabels(.incomeExpenditureSummary), unknownClassLabels(.fiscalSummary), sameCodeSameName]
    }

    /// Every functional table's rows, as (table, code, name, location).
    static let functionalTables: [TableKind] = [.income, .expenditure, .generalBudgetExpenditure, .governmentFund, .stateCapital]

    static func rows(_ kind: TableKind, _ tables: Tables) -> [(code: FunctionalCode, name: String, location: SourceLocation?)]? {
        func coded<Row: FunctionalRow>(_ table: FunctionalTable<Row>?) -> [(code: FunctionalCode, name: String, location: SourceLocation?)]? {
            table.map { $0.rows.compactMap { row in row.code.map { ($0, row.name, row.location) } } }
        }
        switch kind {
        case .income: return coded(tables.income)
        case .expenditure: return coded(tables.expenditure)
        case .generalBudgetExpenditure: return coded(tables.generalBudgetExpenditure)
        case .governmentFund: return coded(tables.governmentFund)
        case .stateCapital: return coded(tables.stateCapital)
        default: return nil
        }
    }

    private static func headingRule(_ title: LocalizedText, severity: Severity, message: LocalizedText,
                                    _ mismatch: @escaping @Sendable (TableHeading, Metadata) -> (expected: String, actual: String)?) -> RuleDraft {
        RuleDraft(family: .identity, severity: severity, title: title, message: message) { disclosure, rule in
            disclosure.tables.present.compactMap { kind, heading in
                mismatch(heading, disclosure.metadata).map { expected, actual in
                    rule.finding(at: FindingLocation(table: kind, rowLabel: "表头", source: heading.location), expected: expected, actual: actual)
                }
            }
        }
    }

    private static var departmentName: RuleDraft {
        headingRule(LocalizedText(zh: "各表表头的部门（单位）名称一致", en: "every table heading names the same department"), severity: .error,
                    message: LocalizedText(zh: "{where}：部门名称为“{actual}”，与其他各表的“{expected}”不一致",
                                           en: "{where}: the department is named \"{actual}\", other tables name \"{expected}\"")) { heading, metadata in
            guard let name = heading.departmentName, PrintedName.comparable(name) != PrintedName.comparable(metadata.departmentName) else { return nil }
            return (metadata.departmentName, name)
        }
    }

    private static var fiscalYear: RuleDraft {
        headingRule(LocalizedText(zh: "各表表头的年度一致", en: "every table heading names the same fiscal year"), severity: .error,
                    message: LocalizedText(zh: "{where}：年度为 {actual}，与文件年度 {expected} 不一致",
                                           en: "{where}: fiscal year {actual}, the document's is {expected}")) { heading, metadata in
            guard let year = heading.fiscalYear, let expected = metadata.fiscalYear, year != expected else { return nil }
            return (String(expected), String(year))
        }
    }

    private static var amountUnit: RuleDraft {
        headingRule(LocalizedText(zh: "各表金额单位一致", en: "every table prints amounts in the same unit"), severity: .warning,
                    message: LocalizedText(zh: "{where}：金额单位为{actual}，全文为{expected}",
                                           en: "{where}: amounts in {actual}, the document uses {expected}")) { heading, metadata in
            heading.unit == metadata.amountUnit ? nil : (metadata.amountUnit.rawValue, heading.unit.rawValue)
        }
    }

    private static func nameFinding(_ rule: Rule, current: CatalogueEntry?, former: [CatalogueEntry],
                                     printed: String, location: FindingLocation) -> RuleOutcome? {
        guard let current else {
            return rule.finding(at: location, severity: .note, actual: printed,
                                values: ["verdict": LocalizedText(zh: "科目代码不在分类目录中", en: "the code is not in the classification catalogue")])
        }
        let isFormer = former.contains { PrintedName.comparable($0.name) == PrintedName.comparable(printed) }
        return rule.finding(at: location, severity: isFormer ? .warning : .note, expected: current.name, actual: printed,
                            values: ["verdict": isFormer
                                ? LocalizedText(zh: "为旧版科目名称，现行（\(current.edition)）名称为“\(current.name)”", en: "is a former name; current (\(current.edition)): \(current.name)")
                                : LocalizedText(zh: "与分类目录名称“\(current.name)”不符", en: "differs from the catalogue's \(current.name)")])
    }

    private static let nameMessage = LocalizedText(zh: "{where}：科目名称“{actual}”{verdict}", en: "{where}: name \"{actual}\" {verdict}")

    private static func staleFunctionalNames(_ kind: TableKind, _ classification: Catalogue) -> RuleDraft {
        RuleDraft(family: .identity, severity: .warning,
                  title: LocalizedText(zh: "\(kind.rawValue) 科目名称为现行名称", en: "table \(kind.rawValue.dropFirst(2)) uses current functional names"),
                  message: nameMessage) { disclosure, rule in
            guard let rows = rows(kind, disclosure.tables) else { return [.missing(kind)] }
            return rows.compactMap { code, name, source in
                guard !classification.isCurrentName(name, for: code) else { return nil }
                return nameFinding(rule, current: classification.functional(code), former: classification.names(of: code),
                                   printed: name, location: FindingLocation(table: kind, rowCode: code.digits, rowLabel: name, source: source))
            }
        }
    }

    private static func staleEconomicNames(_ classification: Catalogue) -> RuleDraft {
        RuleDraft(family: .identity, severity: .warning,
                  title: LocalizedText(zh: "公开06 经济分类科目名称为现行名称", en: "table 06 uses current economic names"), message: nameMessage) { disclosure, rule in
            guard let table = disclosure.tables.basicExpenditure else { return [.missing(.basicExpenditure)] }
            return table.lines.compactMap { line in
                guard !classification.isCurrentName(line.name, for: line.code) else { return nil }
                return nameFinding(rule, current: classification.economic(line.code), former: classification.names(of: line.code),
                                   printed: line.name, location: line.findingLocation)
            }
        }
    }

    private static func unknownClassLabels(_ kind: TableKind) -> RuleDraft {
        RuleDraft(family: .identity, severity: .warning,
                  title: LocalizedText(zh: "\(kind.rawValue) 支出各行为已知的功能分类类级科目", en: "table \(kind.rawValue.dropFirst(2)) expenditure lines are known classes"),
                  message: LocalizedText(zh: "{where}：“{actual}”不是分类目录中的类级科目名称", en: "{where}: \"{actual}\" is not a class (类) name in the catalogue")) { disclosure, rule in
            let lines: [(code: FunctionalCode?, label: String, location: SourceLocation?)]
            if kind == .incomeExpenditureSummary {
                guard let table = disclosure.tables.incomeExpenditureSummary else { return [.missing(kind)] }
                lines = table.expenditure.map { ($0.code, $0.line.label, $0.line.location) }
            } else {
                guard let table = disclosure.tables.fiscalSummary else { return [.missing(kind)] }
                lines = table.expenditure.map { ($0.code, $0.label, $0.location) }
            }
            return lines.filter { $0.code == nil }.map { line in
                rule.finding(at: FindingLocation(table: kind, rowLabel: line.label, source: line.location), actual: line.label)
            }
        }
    }

    private static var sameCodeSameName: RuleDraft {
        RuleDraft(family: .identity, severity: .warning,
                  title: LocalizedText(zh: "同一科目代码在各表中名称相同", en: "a code has the same name in every table"),
                  message: LocalizedText(zh: "{where}：科目名称“{actual}”，{other}为“{expected}”", en: "{where}: named \"{actual}\", {other} names it \"{expected}\"")) { disclosure, rule in
            var first: [FunctionalCode: (name: String, location: FindingLocation)] = [:]
            var outcomes: [RuleOutcome] = []
            for kind in functionalTables {
                for (code, name, source) in rows(kind, disclosure.tables) ?? [] {
                    let location = FindingLocation(table: kind, rowCode: code.digits, rowLabel: name, source: source)
                    guard let earlier = first[code] else {
                        first[code] = (name, location)
                        continue
                    }
                    if PrintedName.comparable(earlier.name) != PrintedName.comparable(name) {
                        outcomes.append(rule.finding(at: location, related: [earlier.location], expected: earlier.name, actual: name,
                                                     values: ["other": earlier.location.description]))
                    }
                }
            }
            return outcomes
        }
    }
}
