/// The shares a disclosure's charts show, derived once from the tables so that every writer shows
/// the same figure: expenditure by 类, 基本 against 项目, 三公 budget against actual. Shares are
/// exact ratios rounded once (`Percentage.ratio`); nothing here is floating point.
public struct ExpenditureStructure: Sendable {
    public struct Part: Sendable, Equatable {
        public var label: String
        public var amount: Amount
        /// Share of the whole in percent; nil when the whole is zero.
        public var share: Percentage?
    }

    /// 本年支出合计 by functional 类, from 支出决算表 (03), in printed order; classes with no
    /// expenditure are left out.
    public var byClass: [Part]
    /// 基本支出 and 项目支出 of 03's 合计, shares of its 本年支出合计.
    public var basicAndProject: [Part]
    /// 三公 figures of 09: (item, budget, actual); budget nil where the region prints none.
    public var threePublic: [(label: String, budget: Amount?, actual: Amount)]

    public init(_ disclosure: Disclosure) {
        let expenditure = disclosure.tables.expenditure
        let classes = (expenditure?.children(of: nil) ?? []).filter { !$0.total.value.isZero }
        // The printed 本年支出合计 is the denominator the narrative uses, not the sum of rounded rows.
        let whole = expenditure?.total?.total.value ?? classes.map(\.total.value).sum()
        byClass = classes.map { row in
            Part(label: row.name, amount: row.total.value, share: Percentage.ratio(row.total.value, of: whole))
        }
        if let total = expenditure?.total {
            basicAndProject = [("基本支出", total.basic.value), ("项目支出", total.project.value)].map { label, amount in
                Part(label: label, amount: amount, share: Percentage.ratio(amount, of: whole))
            }
        } else {
            basicAndProject = []
        }
        if let table = disclosure.tables.threePublicExpenses {
            let actual = table.actual.columns
            let budget = table.budget?.columns
            threePublic = actual.indices.map { index in
                (actual[index].column, budget.map { $0[index].cell.value }, actual[index].cell.value)
            }
        } else {
            threePublic = []
        }
    }
}
