import Disclosure
import Testing

@Suite struct AmountTests {
    @Test(arguments: [
        ("5,029.36", 50_293_600_00 as Int64, 2), ("5029.36", 50_293_600_00, 2), ("-0.5", -50_000_0, 1),
        ("５０２９．３６", 50_293_600_00, 2), ("553.7578", 5_537_578_00, 4), ("0", 0, 0), ("1,234,567.891234", 1_234_567_891_234, 6),
        ("－12.00", -12_000_000, 2), (" 32.00 ", 32_000_000, 2),
    ])
    func parsesWhatDocumentsPrint(text: String, fen: Int64, decimals: Int) throws {
        let amount = try #require(Amount(parsing: text))
        #expect(amount.fen == fen)
        #expect(amount.decimals == decimals)
    }

    @Test(arguments: ["", "——", "abc", "1,23.4", "12,3456", "1.2.3", "1.", ".5", "1.1234567", "12a"])
    func rejectsWhatIsNotAnAmount(text: String) {
        #expect(Amount(parsing: text) == nil)
    }

    @Test func printsWithThePublishedDecimals() throws {
        #expect(Amount(parsing: "32.00")?.description == "32.00")
        #expect(Amount(parsing: "5029.36")?.grouped == "5,029.36")
        #expect(Amount(parsing: "-1234567.5")?.grouped == "-1,234,567.5")
        #expect(Amount(parsing: "1.568")?.formatted(decimals: 2) == "1.57")
        #expect(Amount(parsing: "-1.565")?.formatted(decimals: 2) == "-1.57", "half away from zero")
    }

    @Test func yuanAmountsAreExactInTenThousands() throws {
        let amount = try #require(Amount(parsing: "1,234.56", unit: .yuan))
        #expect(amount.description == "0.123456")
        #expect(Amount(parsing: "0.001", unit: .yuan) == nil, "below a fen")
    }

    @Test func addsWithoutFloatingPoint() throws {
        // 0.1 + 0.2 is exact here.
        let sum = [Amount(parsing: "0.1")!, Amount(parsing: "0.2")!].sum()
        #expect(sum == Amount(parsing: "0.3"))
        let seedClasses = ["3864.28", "811.45", "119.79", "227.51"].compactMap { Amount(parsing: $0) }.sum()
        #expect(seedClasses.description == "5023.03", "the seed's classes add to a cent over its 5023.02 total")
        #expect((Amount(parsing: "5029.36")! - Amount(parsing: "6.34")!).description == "5023.02")
    }

    @Test func sameValueDifferentPrintingIsNotEqualButHasSameValue() throws {
        let a = try #require(Amount(parsing: "25"))
        let b = try #require(Amount(parsing: "25.00"))
        #expect(a != b)
        #expect(a.hasSameValue(as: b))
    }
}

@Suite struct PercentageTests {
    @Test func sharesAndChangesRoundOnceHalfAwayFromZero() throws {
        let total = try #require(Amount(parsing: "5023.02"))
        #expect(Percentage.ratio(Amount(parsing: "2963.86")!, of: total)?.description == "59.01%")
        #expect(Percentage.ratio(total, of: Amount(parsing: "5294.60")!)?.description == "94.87%")
        // 收入总计 5,029.36, down 68.13 from last year's 5,097.49: −1.34%.
        #expect(Percentage.change(from: Amount(parsing: "5097.49")!, to: Amount(parsing: "5029.36")!)?.description == "-1.34%")
        #expect(Percentage.ratio(Amount(parsing: "1")!, of: Amount(parsing: "8")!, decimals: 2)?.description == "12.50%")
        #expect(Percentage.ratio(Amount(parsing: "-1")!, of: Amount(parsing: "8")!, decimals: 1)?.description == "-12.5%")
        #expect(Percentage.ratio(Amount(parsing: "-1")!, of: Amount(parsing: "16")!, decimals: 1)?.description == "-6.3%")
    }

    @Test func noShareOfZero() throws {
        #expect(Percentage.ratio(Amount(parsing: "1")!, of: .zero) == nil)
        #expect(Percentage.change(from: .zero, to: Amount(parsing: "10")!) == nil, "growth from zero has no percentage")
    }

    @Test func parsesPrintedPercentages() {
        #expect(Percentage(parsing: "16.9%")?.value == ExactDecimal(units: 169, scale: 1))
        #expect(Percentage(parsing: "１００．００％")?.value == ExactDecimal(units: 10000, scale: 2))
    }
}

@Suite struct CodeTests {
    @Test func functionalCodesKnowTheirParents() throws {
        let item = try #require(FunctionalCode("2013801"))
        #expect(item.level == .item)
        #expect(item.parent == FunctionalCode("20138"))
        #expect(item.parent?.parent == FunctionalCode("201"))
        #expect(item.classCode.digits == "201")
        #expect(FunctionalCode("201")?.parent == nil)
        #expect(FunctionalCode("208 05 01") == FunctionalCode("2080501"))
        #expect(FunctionalCode("2013") == nil)
        #expect(FunctionalCode("1\u{301}23") == nil, "only ASCII digits")
    }

    @Test func economicCodesSplitPersonnelFromPublicUse() throws {
        #expect(EconomicCode("30101")?.isPersonnel == true)
        #expect(EconomicCode("30302")?.isPersonnel == true)
        #expect(EconomicCode("30217")?.isPersonnel == false)
        #expect(EconomicCode("301 01") == EconomicCode("30101"))
    }
}
