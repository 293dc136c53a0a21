import Disclosure

/// The heading each generated table carries: the form's title, label, unit and standard note.
struct Headings {
    let department: String
    let fiscalYear: Int

    func heading(_ kind: TableKind, empty: Bool = false) -> TableHeading {
        var notes = [Headings.note(kind)]
        if empty { notes.append("说明：本表无数据") }
        return TableHeading(title: kind.chineseName, label: kind.rawValue + "表", unit: .tenThousandYuan, departmentName: department,
                            fiscalYear: fiscalYear, notes: notes, printedEmpty: empty)
    }

    private static func note(_ kind: TableKind) -> String {
        switch kind {
        case .incomeExpenditureSummary: "注：本表反映部门本年度的总收入和年末结转结余情况。本套报表金额单位转换时可能存在尾数误差。"
        case .income: "注：本表反映部门本年度取得的各项收入情况。"
        case .expenditure: "注：本表反映部门本年度各项支出情况。"
        case .fiscalSummary: "注：本表反映部门本年度一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款的总收支和年末结转结余情况。"
        case .generalBudgetExpenditure: "注：本表反映部门本年度一般公共预算财政拨款支出情况。"
        case .basicExpenditure: "注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。"
        case .governmentFund: "注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。"
        case .stateCapital: "注：本表反映部门本年度国有资本经营预算财政拨款支出情况。"
        case .threePublicExpenses: "注：本表反映部门本年度“三公”经费支出预决算情况。其中，预算数为“三公”经费全年预算数，反映按规定程序调整后的预算数；决算数是包括当年财政拨款和以前年度结转资金安排的实际支出。"
        case .supplementaryStatistics: "注：本表反映部门本年度政府采购、机关运行经费和国有资产占用情况。"
        }
    }
}
