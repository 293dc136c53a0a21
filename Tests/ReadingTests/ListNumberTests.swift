@testable import Reading
import Testing

/// `Paragraphs.numbering` rules most lines out by their first scalar and reads the rest by
/// scalars where each stands alone, by characters where not: both must say what the printed
/// number is.
@Suite struct ListNumberTests {
    @Test(arguments: [
        ("一、收入支出决算总体情况说明", "一"), ("十二、其他支出", "十二"), ("（三）机关运行经费", "三"), ("(2)政府采购", "2"),
        ("（12）项目", "12"), ("1、基本支出", "1"), ("3.项目支出", "3"), ("12．合计", "12"),
        // A compatibility ideograph is, as a character, the numeral it stands for.
        ("\u{F9D1}、其他", "\u{F9D1}"),
    ])
    func readsAPrintedNumber(line: String, number: String) {
        #expect(Paragraphs.numbering(of: line) == number)
    }

    @Test(arguments: [
        "", "收入", "本年收入合计", "1.5万元", "123、编号", "（三机关", "一般公共预算", "十分重要", " 一、前有空格",
        // A digit with a combining mark is not a digit.
        "1\u{301}、其他",
    ])
    func findsNoNumber(line: String) {
        #expect(Paragraphs.numbering(of: line) == nil)
    }
}
