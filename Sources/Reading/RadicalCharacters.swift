import Foundation

/// Kangxi radicals (U+2F00–U+2FD5) and CJK radicals (U+2E80–U+2EF3) that some PDF fonts map
/// their glyphs to: `⼤` for `大`, `⼀` for `一`. They look the same on screen but match no
/// title, label or catalogue name, so they are replaced by the ideographs they stand for (their
/// compatibility mapping), with one reading note.
enum RadicalCharacters {
    /// The source with every radical replaced; the count of lines changed is noted.
    static func unified(_ source: SourceText, notes: inout ReadingNotes) -> SourceText {
        // Most documents hold none: they are not copied line by line.
        guard source.lines.contains(where: { mayHoldRadicals($0.text) }) else { return source }
        var changed: [SourceText.Line] = []
        let lines = source.lines.map { line -> SourceText.Line in
            guard mayHoldRadicals(line.text) else { return line }
            var unified = line
            unified.text = replacing(line.text)
            unified.cells = line.cells.map(replacing)
            unified.words = line.words?.map { word in
                var word = word
                word.text = replacing(word.text)
                return word
            }
            if unified.text != line.text { changed.append(line) }
            return unified
        }
        if let first = changed.first {
            notes.repaired("\(changed.count)行文字中的康熙部首字符（如“⼤”）已换成对应汉字（“大”）", at: first.location, part: "全文",
                           excerpt: first.trimmed)
        }
        return changed.isEmpty ? source : SourceText(lines: lines)
    }

    /// Radicals are encoded E2 BA 80 … E2 BF 9F in UTF-8: a byte scan rules most lines out.
    private static func mayHoldRadicals(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var previous: UInt8 = 0
            for byte in bytes {
                if previous == 0xE2, (0xBA...0xBF).contains(byte) { return true }
                previous = byte
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
