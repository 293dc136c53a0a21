import Disclosure
@testable import Reading
import Testing

/// `FundLineReader.place` skips the columns whose `mostConsistent(filling:)` cannot beat the
/// best placement so far; that gives the same placement only if no values in those columns can
/// score more than the bound.
@Suite struct FundLinePlacementTests {
    /// Values that make each test agree with some neighbours and disagree with others.
    private static let pool = ["0", "9", "10", "90", "100", "90.00", "50", "200", "9.5", "13.092"].map { FundLineReader.Column(ExactDecimal(parsing: $0)!) }

    @Test func noValuesScoreMoreThanTheirColumnsAllow() {
        var generator = SplitMix(seed: 2024)
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

    /// A fixed sequence, so that a failure is the same on every run.
    private struct SplitMix {
        var seed: UInt64
        mutating func next() -> UInt64 {
            seed &+= 0x9E37_79B9_7F4A_7C15
            var z = seed
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }
}
