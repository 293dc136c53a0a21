import Disclosure
@testable import Reading
import TestSupport
import Testing

/// `FundLineReader.place` skips the columns whose `mostConsistent(filling:)` cannot beat the
/// best placement so far; that gives the same placement only if no values in those columns can
/// score more than the bound.
@Suite struct FundLinePlacementTests {
    /// Values that make each test agree with some neighbours and disagree with others.
    private static let pool = ["0", "9", "10", "90", "100", "90.00", "50", "200", "9.5", "13.092"].map { FundLineReader.Column(ExactDecimal(parsing: $0)!) }

    @Test func noValuesScoreMoreThanTheirColumnsAllow() {
        var generator = SeededGenerator(state: 2024)
        for filling in 0..<128 {
            let filled = Set((0..<7).filter { filling & (1 << $0) != 0 })
            let most = FundLineReader.mostConsistent(filling: filled)
            for _ in 0..<300 {
                let columns = (0..<7).map { filled.contains($0) ? Self.pool[Int(generator.next() % UInt64(Self.pool.count))] : nil }
                if let points = FundLineReader.consistency(columns) {
                    #expect(points <= most, "\(columns.map { $0?.value.description ?? "-" }) scores \(points), more than \(most)")
                }
            }
        }
    }

    @Test func aRowPrintedWholeAndConsistentScoresTheMost() {
        let row = ["100", "100", "100", "90", "10", "90", "9"].map { FundLineReader.Column(ExactDecimal(parsing: $0)!) }
        #expect(FundLineReader.consistency(row) == FundLineReader.mostConsistent)
        #expect(FundLineReader.mostConsistent == 5.5)
    }
}
