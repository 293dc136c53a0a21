import Disclosure
import Foundation

/// Kangxi radicals (U+2F00–U+2FD5) and CJK radicals (U+2E80–U+2EF3) that some PDF fonts map
/// their glyphs to: `⼤` for `大`, `⼀` for `一`. They look the same on screen but match no
/// title, label or catalogue name, so they are replaced by the ideographs they stand for (their
/// compatibility mapping), with one reading note.
enum RadicalCharacters {
    /// The source with every radical replaced; the count of lines changed is noted.
    static func unified(_ source: SourceText, notes: inout ReadingNotes) -> SourceText {
        // Most documents hold none: their lines are looked at through indices, never copied.
        guard source.lines.indices.contains(where: { mayHoldRadicals(source.lines[$0].text) }) else { return source }
        var lines = source.lines
        var changed: [Int] = []
        for index in lines.indices where mayHoldRadicals(lines[index].text) {
            let text = replacing(lines[index].text)
            if text != lines[index].text { changed.append(index) }
            lines[index].text = text
            lines[index].cells = lines[index].cells.map(replacing)
            lines[index].words = lines[index].words?.map { word in
                var word = word
                word.text = replacing(word.text)
                return word
            }
        }
        guard let first = changed.first.map({ source.lines[$0] }) else { return source }
        notes.repaired("\(changed.count)行文字中的康熙部首字符（如“⼤”）已换成对应汉字（“大”）", at: first.location, part: "全文",
                       excerpt: first.trimmed)
        return SourceText(lines: lines)
    }

    /// Radicals are encoded E2 BA 80 … E2 BF 9F in UTF-8: a byte scan rules most lines out.
    /// `memchr` skips from one E2 to the next, a lead byte rare in Chinese text.
    private static func mayHoldRadicals(_ text: String) -> Bool {
        text.withUTF8Bytes { bytes in
            guard let base = bytes.baseAddress else { return false }
            var index = 0
            while index < bytes.count - 1, let found = memchr(base + index, 0xE2, bytes.count - 1 - index) {
                let lead = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if (0xBA...0xBF).contains(bytes[lead + 1]) { return true }
                index = lead + 1
            }
            return false
        }
    }

    /// Simplified-form radicals that have no compatibility mapping, each to its character.
    private static let simplifiedForms: [UInt32: Character] = [
        0x2EA0: "民", 0x2EC4: "西", 0x2EC5: "见", 0x2EC6: "角", 0x2EC9: "贝", 0x2ECB: "车", 0x2ED3: "长",
        0x2ED4: "门", 0x2ED8: "青", 0x2ED9: "韦", 0x2EDA: "页", 0x2EDB: "风", 0x2EDC: "飞", 0x2EDD: "食",
        0x2EE2: "马", 0x2EE3: "骨", 0x2EE5: "鱼", 0x2EE6: "鸟", 0x2EE8: "麦", 0x2EE9: "黄", 0x2EEC: "齐",
        0x2EEE: "齿", 0x2EF0: "龙",
    ]

    private static func replacing(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if let character = simplifiedForms[scalar.value] {
                result.append(contentsOf: character.unicodeScalars)
            } else if (0x2E80...0x2EF3).contains(scalar.value) || (0x2F00...0x2FD5).contains(scalar.value) {
                result.append(contentsOf: String(scalar).decomposedStringWithCompatibilityMapping.unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }
}
