import Disclosure

/// How an exact base figure is printed in a table: rounded to 0.01 万元 once, half away from
/// zero, and blank when it is zero, as the statutory forms print it. Every total is rounded
/// from its exact sum, never summed from rounded parts, so a table may differ from the sum of
/// its printed rows by a cent (尾数误差) exactly as the published forms do.
enum PrintedCell {
    static func of(_ exact: Amount) -> Cell {
        let printed = rounded(exact)
        return printed.isZero ? .blank : .amount(printed)
    }

    /// The figure the tables print and the narrative quotes.
    static func rounded(_ exact: Amount) -> Amount {
        Amount(tenThousandYuan: exact.tenThousandYuan.rounded(to: 2)) ?? exact
    }
}
