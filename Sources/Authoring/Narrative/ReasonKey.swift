import Disclosure

/// The subjects whose change on last year the narrative explains, as keys of
/// `AuthoringInput.reasons`. A 类's key is its code (`201`).
enum ReasonKey {
    static let grandTotals = "收支总计"
    static let fiscalTotals = "财政拨款收支总计"
    static let generalBudget = "一般公共预算财政拨款支出"
    static let threePublic = "三公经费"
    static let operatingCosts = "机关运行经费"
}

/// The four 三公 items, by the names the input uses for their reasons and purposes.
enum ThreePublicItem: String, CaseIterable {
    case overseasTravel = "因公出国（境）费"
    case vehiclePurchase = "公务用车购置费"
    case vehicleOperation = "公务用车运行维护费"
    case reception = "公务接待费"

    func amount(_ amounts: ThreePublicAmounts) -> Amount? {
        switch self {
        case .overseasTravel: amounts.overseasTravel
        case .vehiclePurchase: amounts.vehiclePurchase
        case .vehicleOperation: amounts.vehicleOperation
        case .reception: amounts.reception
        }
    }
}
