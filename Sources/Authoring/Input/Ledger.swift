import Classification
import Disclosure

/// The input after validation: codes and sources resolved, every amount known non-negative.
/// Tables and narrative are computed from this and nothing else.
struct Ledger {
    struct Entry {
        var code: FunctionalCode
        var source: SourceOfFunds
        var line: FundsLine
    }

    struct Balance {
        var source: SourceOfFunds
        var code: FunctionalCode?
        var line: BalanceLine
    }

    var input: AuthoringInput
    var unitKind: UnitKind
    var entries: [Entry]
    var economic: [EconomicCode: Amount]
    var balances: [Balance]
    var initialBudgets: [FunctionalCode: Amount]
    var vehicles: [VehicleKind: Int]

    func entries(_ source: SourceOfFunds) -> [Entry] { entries.filter { $0.source == source } }

    func income(_ sources: [SourceOfFunds]) -> Amount {
        entries.filter { sources.contains($0.source) }.compactMap(\.line.income).sum()
    }

    func expenditure(_ sources: [SourceOfFunds]) -> Amount {
        entries.filter { sources.contains($0.source) }.map(\.line.expenditure).sum()
    }

    func opening(_ sources: [SourceOfFunds]) -> Amount {
        balances.filter { sources.contains($0.source) }.compactMap(\.line.opening).sum()
    }

    func closing(_ sources: [SourceOfFunds]) -> Amount {
        balances.filter { sources.contains($0.source) }.compactMap(\.line.closing).sum()
    }

    var useOfBalance: Amount { balances.compactMap(\.line.useOfBalance).sum() }
    var distribution: Amount { balances.compactMap(\.line.distribution).sum() }

    static let fiscal: [SourceOfFunds] = [.generalBudget, .governmentFund, .stateCapital]
    static let all = SourceOfFunds.allCases
}
