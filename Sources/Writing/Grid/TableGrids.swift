import Disclosure

extension Tables {
    /// Every present table laid out as printed, in statutory order.
    public var grids: [TableGrid] {
        var result: [TableGrid] = []
        if let table = incomeExpenditureSummary { result.append(TableGrid(table)) }
        if let table = income { result.append(TableGrid(.income, table)) }
        if let table = expenditure { result.append(TableGrid(.expenditure, table)) }
        if let table = fiscalSummary { result.append(TableGrid(table)) }
        if let table = generalBudgetExpenditure { result.append(TableGrid(.generalBudgetExpenditure, table)) }
        if let table = basicExpenditure { result.append(TableGrid(table)) }
        if let table = governmentFund { result.append(TableGrid(.governmentFund, table)) }
        if let table = stateCapital { result.append(TableGrid(.stateCapital, table)) }
        if let table = threePublicExpenses { result.append(TableGrid(table)) }
        if let table = supplementaryStatistics { result.append(TableGrid(table)) }
        return result
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
