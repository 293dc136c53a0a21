import Classification
import Disclosure

/// Template residue: placeholders (XX, ××), unchosen alternatives (下降（增长）), instruction
/// lines and amounts left out of a sentence. Searched in every text the model holds.
enum PlaceholderRules {
    static var all: [RuleDraft] {
        [
            residue(LocalizedText(zh: "无“XX”“××”等占位符", en: "no placeholders such as XX or ××"), severity: .error,
                    markers: ["XX", "ＸＸ", "××", "xx年", "XX年"]),
            residue(LocalizedText(zh: "无未选择的“增加（减少）”类模板措辞", en: "no unchosen alternatives such as 增加（减少）"), severity: .error,
                    markers: ["增加（减少）", "减少（增加）", "增长（下降）", "下降（增长）", "上升（下降）", "下降（上升）", "增加/减少", "增长/下降"]),
            residue(LocalizedText(zh: "无模板填写说明", en: "no template instructions"), severity: .warning,
                    markers: ["请填写", "此处填写", "填写说明", "请根据实际", "参考格式", "（模板）", "此处说明", "请说明"]),
            missingAmount,
        ]
    }

    private static func residue(_ title: LocalizedText, severity: Severity, markers: [String]) -> RuleDraft {
        let markers = ComparableMarkers(markers)
        return RuleDraft(family: .placeholders, severity: severity, title: title,
                  message: LocalizedText(zh: "{where}：含模板残留“{actual}”：…{context}…", en: "{where}: template residue \"{actual}\": …{context}…"),
                  onInput: { input, rule in
            // By index: `compactMap` copies every passage it is handed, text and location.
            input.passages.indices.compactMap { index in
                markers.first(in: input.passages[index].text).map { marker in
                    let passage = input.passages[index]
                    let context = context(of: marker.comparable, in: PrintedName.comparable(passage.text))
                    return rule.finding(at: passage.location, actual: marker.printed, values: ["context": LocalizedText(context)])
                }
            }
        })
    }

    /// About twenty characters either side of the first occurrence of `marker`.
    static func context(of marker: String, in text: String) -> String {
        guard let range = text.range(of: marker) else { return marker }
        let start = text.index(range.lowerBound, offsetBy: -20, limitedBy: text.startIndex) ?? text.startIndex
        let end = text.index(range.upperBound, offsetBy: 20, limitedBy: text.endIndex) ?? text.endIndex
        return String(text[start..<end])
    }

    /// Words that may stand right before 万元 without a number: 数百万元, 金额单位万元.
    private static let wordsBeforeUnit: Set<Character> = ["百", "千", "亿", "十", "几", "数", "多", "位", "余", "：", ":", "（", "(", "按"]

    /// `收入总计万元`: the template's blank for a figure was never filled.
    private static var missingAmount: RuleDraft {
        RuleDraft(family: .placeholders, severity: .warning,
                  title: LocalizedText(zh: "“万元”前应有金额", en: "a figure stands before every 万元"),
                  message: LocalizedText(zh: "{where}：“万元”前缺少金额：…{context}…", en: "{where}: no figure before 万元: …{context}…"),
                  onInput: { input, rule in
            // By index, as `residue`: only each passage's text is copied.
            input.passages.indices.compactMap { index in
                let text = input.passages[index].text
                // Found by bytes: passages are whole attachments, too long to break into characters.
                for unit in text.ranges(ofBytes: "万元") where unit.lowerBound > text.startIndex {
                    guard let before = text[..<unit.lowerBound].last, !before.isNumber, !before.isWhitespace, !wordsBeforeUnit.contains(before),
                          before.unicodeScalars.allSatisfy({ $0.value >= 0x4E00 && $0.value <= 0x9FFF }) else { continue }
                    let start = text.index(unit.lowerBound, offsetBy: -20, limitedBy: text.startIndex) ?? text.startIndex
                    let end = text.index(unit.lowerBound, offsetBy: 10, limitedBy: text.endIndex) ?? text.endIndex
                    return rule.finding(at: input.passages[index].location, actual: String(before) + "万元", values: ["context": LocalizedText(String(text[start..<end]))])
                }
                return nil
            }
        })
    }
}

/// A marker looked for in a passage's `PrintedName.comparable` form without making the whole
/// passage comparable, which cost a sixth of checking the seed while markers are almost never
/// there. That form maps the text scalar by scalar (spaces dropped, ASCII parentheses made
/// full-width), so the marker stands in it exactly where the printed text has, from a scalar
/// comparable to the marker's first one on, scalars whose comparable forms spell the marker.
struct ComparableMarker {
    let printed: String
    let comparable: String
    private let scalars: [Unicode.Scalar]
    /// The printed forms of the marker's first scalar: itself, and the ASCII scalars
    /// `PrintedName.comparable` turns into it, such as `(` for `（`.
    fileprivate let starts: [String]

    init(_ printed: String) {
        self.printed = printed
        comparable = PrintedName.comparable(printed)
        scalars = Array(comparable.unicodeScalars)
        let first = scalars.first.map(String.init) ?? ""
        starts = [first] + (0x21...0x7E).compactMap(Unicode.Scalar.init).map(String.init).filter { $0 != first && PrintedName.comparable($0) == first }
    }

    /// Whether the comparable forms of `text`'s scalars begin with the marker's. A scalar equal to
    /// the marker's next one is its own comparable form, since the marker's is comparable.
    fileprivate func spells(_ text: Substring.UnicodeScalarView) -> Bool {
        var next = 0
        for scalar in text {
            if scalar == scalars[next] {
                next += 1
                if next == scalars.count { return true }
                continue
            }
            for comparable in PrintedName.comparable(String(scalar)).unicodeScalars {
                guard comparable == scalars[next] else { return false }
                next += 1
                if next == scalars.count { return true }
            }
        }
        return false
    }
}

/// A rule's markers, looked for together: markers that start alike (`增加（减少）`,
/// `增长（下降）`) share one search for their start, which in Chinese prose stops often.
struct ComparableMarkers {
    let markers: [ComparableMarker]
    /// Each start a marker may be printed with, and the markers (by index) that it starts.
    private let groups: [(start: String, markers: [Int])]

    init(_ printed: [String]) {
        markers = printed.map(ComparableMarker.init)
        var groups: [(start: String, markers: [Int])] = []
        for (index, marker) in markers.enumerated() {
            for start in marker.starts {
                if let group = groups.firstIndex(where: { $0.start == start }) {
                    groups[group].markers.append(index)
                } else {
                    groups.append((start, [index]))
                }
            }
        }
        self.groups = groups
    }

    /// The first of the markers, in their order, that `PrintedName.comparable(text)` includes.
    func first(in text: String) -> ComparableMarker? {
        var found = markers.count
        for group in groups where group.markers[0] < found {
            _ = text.containsRange(ofBytes: group.start) { range in
                for index in group.markers where index < found && markers[index].spells(text.unicodeScalars[range.lowerBound...]) {
                    found = index
                }
                // No later occurrence of this start can find an earlier marker.
                return found == group.markers[0]
            }
        }
        return found < markers.count ? markers[found] : nil
    }
}
