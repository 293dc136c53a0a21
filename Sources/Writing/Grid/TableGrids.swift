import Disclosure

extension Tables {
    /// Every present table laid out as printed, in statutory order.
    public var grids: [TableGrid] {
        TableKind.allCases.compactMap(grid)
    }

    /// The table of `kind` laid out as printed, if it is present: tables are laid out one by
    /// one where each is written on its own core.
    public func grid(_ kind: TableKind) -> TableGrid? {
        switch kind {
        case .incomeExpenditureSummary: incomeExpenditureSummary.map { TableGrid($0) }
        case .income: income.map { TableGrid(.income, $0) }
        case .expenditure: expenditure.map { TableGrid(.expenditure, $0) }
        case .fiscalSummary: fiscalSummary.map { TableGrid($0) }
        case .generalBudgetExpenditure: generalBudgetExpenditure.map { TableGrid(.generalBudgetExpenditure, $0) }
        case .basicExpenditure: basicExpenditure.map { TableGrid($0) }
        case .governmentFund: governmentFund.map { TableGrid(.governmentFund, $0) }
        case .stateCapital: stateCapital.map { TableGrid(.stateCapital, $0) }
        case .threePublicExpenses: threePublicExpenses.map { TableGrid($0) }
        case .supplementaryStatistics: supplementaryStatistics.map { TableGrid($0) }
        }
    }
}

extension TableGrid {
    /// The title block as printed above the table: 表号, 部门名称, 年度, 金额单位.
    public var titleLines: [String] {
        var lines: [String] = []
        if let label = heading.label { lines.append(label) }
        if let name = heading.departmentName { lines.append("部门名称：" + name) }
        if let year = heading.fiscalYear { lines.append("\(year)年度") }
        lines.append("金额单位：" + heading.unit.rawValue)
        return lines
    }
}
