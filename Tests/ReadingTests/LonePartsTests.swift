import Disclosure
@testable import Reading
import Testing

/// Rows of spaced text printed as a total and one equal part, the blank cells lost: the code
/// hierarchy's sums say which column the part is in, and only when exactly one placement fits.
@Suite struct LonePartsTests {
    private func row(_ amounts: String...) -> LoneParts.Row {
        LoneParts.Row(amounts: amounts.map { Amount(parsing: $0) })
    }

    @Test func thePlacementThatAddsUpIsTaken() {
        // 20701 is 10 basic + 6 project; of its lone rows, 4 can only be project.
        let rows = [row("16.00", "10.00", "6.00"), row("12.00", "10.00", "2.00"), row("4.00", "4.00")]
        let columns = LoneParts(parts: 2).columns(of: rows, groups: [.init(parent: 0, children: [1, 2])])
        #expect(columns == [2: 1])
    }

    @Test func aLoneParentFollowsItsChildrenAndTheirParent() {
        // The 款 row is lone too: its 项 rows are wholly basic, so it is basic, which the 类 confirms.
        let rows = [row("9.00", "7.00", "2.00"), row("7.00", "7.00"), row("3.00", "3.00"), row("4.00", "4.00"), row("2.00", "0.00", "2.00")]
        let groups: [LoneParts.Group] = [.init(parent: 0, children: [1, 4]), .init(parent: 1, children: [2, 3])]
        #expect(LoneParts(parts: 2).columns(of: rows, groups: groups) == [1: 0, 2: 0, 3: 0])
    }

    @Test func placementsThatAllFitLeaveTheColumnOpen() {
        // Two equal lone rows, one in each column: either may be which.
        let rows = [row("10.00", "5.00", "5.00"), row("5.00", "5.00"), row("5.00", "5.00")]
        let columns = LoneParts(parts: 2).columns(of: rows, groups: [.init(parent: 0, children: [1, 2])])
        #expect(columns == [1: nil, 2: nil])
    }

    @Test func aGroupThatCannotBeReadWhollyDecidesNothing() {
        // The third child prints two different figures: which columns they are is unknown, so
        // the group's sums cannot be checked.
        let rows = [row("10.00", "6.00", "4.00"), row("6.00", "6.00"), row("4.00", "3.00")]
        #expect(LoneParts(parts: 2).columns(of: rows, groups: [.init(parent: 0, children: [1, 2])]) == [1: nil])
        // And a table whose sums do not hold at all places nothing.
        let wrong = [row("10.00", "6.00", "4.00"), row("7.00", "7.00"), row("3.00", "3.00")]
        #expect(LoneParts(parts: 2).columns(of: wrong, groups: [.init(parent: 0, children: [1, 2])]) == [1: nil, 2: nil])
    }

    @Test func zeroRowsAreInEveryColumnAndRoundingIsAllowed() {
        // 0.00 0.00 needs no column; figures rounded to 0.01 may be off by half of it each.
        let rows = [row("8.01", "5.00", "3.01"), row("0.00", "0.00"), row("5.01", "5.01"), row("3.00", "3.00")]
        #expect(LoneParts(parts: 2).columns(of: rows, groups: [.init(parent: 0, children: [1, 2, 3])]) == [2: 0, 3: 1])
    }
}
