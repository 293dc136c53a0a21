import Classification
import Disclosure

/// Recognises a table by its printed title, whatever the region numbers or prefixes it with.
enum TableTitles {
    /// Title variants per kind, normalised (no spaces or quotes). Longer titles are tried
    /// first, because `支出决算表` is the tail of several other titles.
    static let variants: [(title: String, kind: TableKind)] = {
        let list: [(String, TableKind)] = [
            ("收入支出决算总表", .incomeExpenditureSummary),
            ("部门收支决算总表", .incomeExpenditureSummary),
            ("收入决算表", .income),
            ("支出决算表", .expenditure),
            ("财政拨款收入支出决算总表", .fiscalSummary),
            ("财政拨款收支决算总表", .fiscalSummary),
            ("一般公共预算财政拨款支出决算表", .generalBudgetExpenditure),
            ("一般公共预算财政拨款基本支出决算明细表", .basicExpenditure),
            ("一般公共预算财政拨款基本支出决算表", .basicExpenditure),
            ("政府性基金预算财政拨款收入支出决算表", .governmentFund),
            ("政府性基金预算财政拨款支出决算表", .governmentFund),
            ("国有资本经营预算财政拨款支出决算表", .stateCapital),
            ("国有资本经营预算财政拨款收入支出决算表", .stateCapital),
            ("财政拨款三公经费支出决算表", .threePublicExpenses),
            ("一般公共预算财政拨款三公经费支出决算表", .threePublicExpenses),
            ("部门决算公开相关信息统计表", .supplementaryStatistics),
        ]
        return list.sorted { $0.0.count > $1.0.count }
    }()

    /// The last scalar of every title (all end in `表`): most lines are ruled out by it alone.
    private static let titleEndings = Set(variants.compactMap(\.title.unicodeScalars.last))

    /// Removes what varies between printings of the same title: spaces, quotes, brackets.
    static func normalise(_ text: String) -> String {
        // By scalars: each ignored mark is one scalar, and scalars need no grapheme breaking.
        PrintedName.removing(text, where: isIgnored)
    }

    /// A plain comparison rather than a set: hashing each scalar of every line cost more than the rest.
    static func isIgnored(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case " ", "\t", "\u{3000}", "“", "”", "\"", "'", "‘", "’", "「", "」": true
        default: false
        }
    }

    /// The kind of table a line is the title of, or nil. A title may be preceded by list
    /// numbering (`五、`), a label (`公开05表`) or the department and year
    /// (`上海市普陀区生态环境局2025年度部门决算表` stands on its own line and is no title).
    static func kind(ofTitleLine line: String) -> (kind: TableKind, title: String)? {
        // The last scalar normalising keeps rules most lines out before they are copied.
        guard let last = line.unicodeScalars.last(where: { !isIgnored($0) }), titleEndings.contains(last) else { return nil }
        let text = normalise(line)
        for (title, kind) in variants where text.hasByteSuffix(title) {
            guard text.characterCount <= 60 else { return nil }
            let prefix = String(text.dropLast(title.count))
            if prefix.isEmpty || isListNumbering(prefix) || isLabel(prefix) || prefix.contains("年度") && !prefix.contains("说明") {
                return (kind, title)
            }
        }
        return nil
    }

    /// `一、`, `（五）`, `5.`, `表五`.
    static func isListNumbering(_ text: String) -> Bool {
        let core = text.filter { !"、.．()（）:：表第".contains($0) }
        return !core.isEmpty && core.count <= 3 && core.allSatisfy { "一二三四五六七八九十0123456789".contains($0) }
    }

    /// `公开01表`, `公开01`, `附表1`.
    static func isLabel(_ text: String) -> Bool {
        label(in: text) != nil
    }

    /// The region label on a line (`公开01表`, `公开02`), if that is all the line holds.
    static func label(in line: String) -> String? {
        let text = normalise(line)
        guard text.hasBytePrefix("公开") || text.hasBytePrefix("附表") else { return nil }
        let rest = text.dropFirst(2)
        let digits = rest.prefix { $0.isNumber }
        guard !digits.isEmpty, rest.dropFirst(digits.count).allSatisfy({ $0 == "表" }) else { return nil }
        return text
    }
}
