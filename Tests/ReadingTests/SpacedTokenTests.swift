@testable import Reading
import Testing

/// Words of space-aligned text and where they stand, counted in characters: the columns of a
/// spaced table are found from these spans. Lines whose scalars are all characters of their
/// own are read from their UTF-8 bytes; the others by characters. Both must give the same.
@Suite struct SpacedTokenTests {
    private func words(_ line: String) -> [String] {
        SpacedToken.tokens(of: line).map { "\($0.text)@\($0.start)-\($0.end)" }
    }

    @Test func wordsAndTheirSpansInCharacters() {
        #expect(words("") == [])
        #expect(words("   ") == [])
        #expect(words("收入  1,234.56") == ["收入@0-2", "1,234.56@4-12"])
        #expect(words("  一般公共预算财政拨款\t  0.00 ") == ["一般公共预算财政拨款@2-12", "0.00@15-19"])
        // A full-width space separates words as a space does.
        #expect(words("合计\u{3000}100") == ["合计@0-2", "100@3-6"])
        // Two-byte Latin letters and full-width forms are characters of their own.
        #expect(words("Café （一） ４５") == ["Café@0-4", "（一）@5-8", "４５@9-11"])
    }

    @Test func linesOfOtherCharactersAreCountedByCharacters() {
        // An emoji with a modifier is one character of two scalars; a CJK Extension B ideograph
        // is one character of four bytes; e and a combining accent are one character.
        #expect(words("👍🏽 合计 5") == ["👍🏽@0-1", "合计@2-4", "5@5-6"])
        #expect(words("𠀀 12") == ["𠀀@0-1", "12@2-4"])
        #expect(words("e\u{301} 0") == ["e\u{301}@0-1", "0@2-3"])
    }

    @Test func codesPrintedInPiecesAreJoined() {
        #expect(words("201 01 02 一般公共服务") == ["2010102@0-9", "一般公共服务@10-16"])
    }
}
