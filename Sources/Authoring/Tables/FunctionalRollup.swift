import Disclosure

/// Rolls 项 amounts up to 款, 类 and 合计: each code's prefix is its parent, so the hierarchy
/// needs no table. Columns are exact amounts; printing rounds each total once.
struct FunctionalRollup {
    /// Every code that has an amount, parents included, in printing order (a parent before its children).
    let codes: [FunctionalCode]
    private let sums: [FunctionalCode: [Amount]]
    let total: [Amount]

    init(items: [FunctionalCode: [Amount]], width: Int) {
        var sums: [FunctionalCode: [Amount]] = [:]
        var total = Array(repeating: Amount.zero, count: width)
        for (code, columns) in items where columns.contains(where: { !$0.isZero }) {
            var node: FunctionalCode? = code
            while let current = node {
                sums[current] = zip(sums[current] ?? total.map { _ in .zero }, columns).map { $0 + $1 }
                node = current.parent
            }
            total = zip(total, columns).map { $0 + $1 }
        }
        self.sums = sums
        self.total = total
        codes = sums.keys.sorted()
    }

    func columns(_ code: FunctionalCode) -> [Amount] {
        sums[code] ?? total.map { _ in .zero }
    }

    /// The 类 codes with an amount.
    var classes: [FunctionalCode] { codes.filter { $0.level == .class } }

    func items(of parent: FunctionalCode) -> [FunctionalCode] {
        codes.filter { $0.level == .item && parent.isAncestor(of: $0) }
    }
}
