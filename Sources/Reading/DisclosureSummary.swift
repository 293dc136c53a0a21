import Disclosure

/// A short Chinese account of what was read: the tables found with their totals and how many
/// reading notes there are, for a person at a terminal.
public enum DisclosureSummary {
    public static func text(of disclosure: Disclosure) -> String {
        let meta = disclosure.metadata
        var lines: [String] = []
        lines.append("\(meta.departmentName) \(meta.fiscalYear.map { "\($0)年度" } ?? "") 部门决算")
        lines.append("来源：\(disclosure.provenance.sourceFileName)（\(disclosure.provenance.reader)，sha256 \(disclosure.provenance.sha256.prefix(12))…）")
        lines.append("金额单位：\(meta.amountUnit.rawValue)")
        lines.append("")
        lines.append("决算表（\(disclosure.tables.present.count)/\(TableKind.allCases.count)）：")
        for kind in TableKind.allCases {
            guard let heading = disclosure.tables.heading(of: kind) else {
                lines.append("  ✗ \(kind.rawValue) \(kind.chineseName)：未找到")
                continue
            }
            let name = heading.label ?? kind.rawValue
            let empty = heading.printedEmpty ? "（本表无数据）" : ""
            lines.append("  ✓ \(name) \(heading.title)：\(totals(of: kind, in: disclosure.tables))\(empty)")
        }
        lines.append("")
        let paragraphs = disclosure.narrative.sections.flatMap(\.paragraphs).count
        lines.append("情况说明：\(disclosure.narrative.sections.count) 节，\(paragraphs) 段，引用数字 \(disclosure.narrative.figures.count) 个")
        lines.append("职责 \(disclosure.overview.duties.count) 条；名词解释 \(disclosure.glossary.count) 条；附件 \(disclosure.attachments.count) 份")
        let notes = disclosure.provenance.readingNotes
        let byKind = Dictionary(grouping: notes, by: \.kind)
        let detail = [ReadingNote.Kind.repaired, .uncertain, .unplaced, .missing].compactMap { kind in
            byKind[kind].map { "\(label(kind)) \($0.count)" }
        }.joined(separator: "，")
        lines.append("读取备注：\(notes.count) 条" + (detail.isEmpty ? "" : "（\(detail)）"))
        return lines.joined(separator: "\n") + "\n"
    }

    private static func label(_ kind: ReadingNote.Kind) -> String {
        switch kind {
        case .repaired: "已修复"
        case .uncertain: "存疑"
        case .unplaced: "未能归位"
        case .missing: "缺失"
        }
    }

    private static func totals(of kind: TableKind, in tables: Tables) -> String {
        func show(_ cell: Cell?) -> String { cell?.printed.map { "\($0.grouped)" } ?? "—" }
        switch kind {
        case .incomeExpenditureSummary:
            let table = tables.incomeExpenditureSummary
            return "收入总计 \(show(table?.incomeGrandTotal?.amount))，支出总计 \(show(table?.expenditureGrandTotal?.amount))"
        case .income:
            return "本年收入合计 \(show(tables.income?.total?.total))，\(tables.income?.rows.count ?? 0) 个科目"
        case .expenditure:
            let total = tables.expenditure?.total
            return "本年支出合计 \(show(total?.total))（基本 \(show(total?.basic))，项目 \(show(total?.project))），\(tables.expenditure?.rows.count ?? 0) 个科目"
        case .fiscalSummary:
            let table = tables.fiscalSummary
            return "收入总计 \(show(table?.incomeGrandTotal?.amount))，支出总计 \(show(table?.expenditureGrandTotal?.amounts.total))"
        case .generalBudgetExpenditure:
            let total = tables.generalBudgetExpenditure?.total
            return "合计 \(show(total?.total))（基本 \(show(total?.basic))，项目 \(show(total?.project))）"
        case .basicExpenditure:
            let table = tables.basicExpenditure
            return "人员经费 \(show(table?.personnelTotal?.amount))，公用经费 \(show(table?.publicUseTotal?.amount))，\(table?.lines.count ?? 0) 个科目"
        case .governmentFund:
            return "合计 \(show(tables.governmentFund?.total?.total))"
        case .stateCapital:
            return "合计 \(show(tables.stateCapital?.total?.total))"
        case .threePublicExpenses:
            let table = tables.threePublicExpenses
            return "预算 \(show(table?.budget?.total))，决算 \(show(table?.actual.total))"
        case .supplementaryStatistics:
            let table = tables.supplementaryStatistics
            return "政府采购 \(show(table?.procurementTotal?.amount))，车辆 \(table?.vehicleTotal?.count.map(String.init) ?? "—") 辆"
        }
    }
}
