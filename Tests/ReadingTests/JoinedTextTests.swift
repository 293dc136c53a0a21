@testable import Reading
import Testing

/// `joinedText` copies bytes without checking them again, so it must give exactly what the
/// standard library's `joined(separator:)` gives, whatever the texts hold.
@Suite struct JoinedTextTests {
    @Test func joinsAsTheStandardLibraryDoes() {
        let texts = ["", "a", "一般公共服务支出", "", "  ", "ＸＸ年", "é", "😀", "第一行\n第二行", "13,092.00"]
        for separator in ["", " ", "\n", "、", "——"] {
            for start in texts.indices {
                for end in start...texts.count {
                    let slice = texts[start..<end]
                    #expect(slice.joinedText(separator: separator) == slice.joined(separator: separator), "\(Array(slice)) with “\(separator)”")
                    #expect(Array(slice).joinedText(separator: separator).utf8.elementsEqual(slice.joined(separator: separator).utf8))
                }
            }
        }
    }
}
