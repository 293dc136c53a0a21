import Classification
import Crypto
import Disclosure
import Foundation

/// Turns base figures into a complete disclosure: the ten tables rolled up from the ledger,
/// the 情况说明 written from those tables, the glossary, and the self-evaluations attached.
/// Every derived figure is computed here, once; writers only print it.
public struct Author: Sendable {
    public let catalogue: Catalogue

    public init(catalogue: Catalogue) {
        self.catalogue = catalogue
    }

    /// The disclosure `input` describes. `prior` is last year's disclosure, when the input names
    /// one; `source` is the input's bytes, whose digest the provenance records.
    public func disclosure(from input: AuthoringInput, prior: Disclosure? = nil, fileName: String, source: Data) throws(AuthoringError) -> Disclosure {
        var validator = InputValidator(catalogue: catalogue)
        guard let ledger = validator.ledger(input) else { throw AuthoringError(file: fileName, issues: validator.issues) }
        let department = input.department
        let headings = Headings(department: department.name, fiscalYear: department.fiscalYear)
        let functional = FunctionalTablesBuilder(ledger: ledger, catalogue: catalogue, headings: headings)
        let summary = SummaryTablesBuilder(ledger: ledger, catalogue: catalogue, headings: headings)
        let others = OtherTablesBuilder(ledger: ledger, catalogue: catalogue, headings: headings)
        var tables = Tables()
        tables.incomeExpenditureSummary = summary.incomeExpenditureSummary
        tables.income = functional.income
        tables.expenditure = functional.expenditure
        tables.fiscalSummary = summary.fiscalSummary
        tables.generalBudgetExpenditure = functional.generalBudgetExpenditure
        tables.basicExpenditure = others.basicExpenditure
        tables.governmentFund = functional.fund(.governmentFund, kind: .governmentFund, withBalances: true)
        tables.stateCapital = functional.fund(.stateCapital, kind: .stateCapital, withBalances: false)
        tables.threePublicExpenses = others.threePublicExpenses
        tables.supplementaryStatistics = others.supplementaryStatistics

        let costs = others.operatingCosts
        var writer = NarrativeWriter(ledger: ledger, catalogue: catalogue, tables: tables, generalBudget: functional.generalBudgetRollup,
                                     personnel: others.personnel, publicUse: others.publicUse,
                                     operatingCosts: costs.administrative + costs.civilServiceManaged,
                                     prior: prior.map { input.priorYear.filled(from: $0) } ?? input.priorYear)
        let narrative = writer.narrative()
        guard writer.issues.isEmpty else { throw AuthoringError(file: fileName, issues: writer.issues) }

        let metadata = Metadata(title: "\(department.name)\(department.fiscalYear)年度部门决算公开", departmentName: department.name,
                                departmentCode: department.code, fiscalYear: department.fiscalYear, amountUnit: .tenThousandYuan,
                                units: department.units ?? [department.name])
        let overview = Overview(duties: department.duties ?? [], organisation: department.organisation ?? "")
        let digest = SHA256.hash(data: source).hexDigits
        return Disclosure(metadata: metadata, overview: overview, tables: tables, narrative: narrative, glossary: Glossary.entries,
                          selfEvaluations: input.selfEvaluations,
                          provenance: Provenance(sourceFileName: fileName, sha256: digest, reader: "juesuan-author"))
    }
}
