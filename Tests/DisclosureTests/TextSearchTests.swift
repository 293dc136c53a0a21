import Disclosure
import Testing

@Suite struct TextSearchTests {
    /// Every occurrence of `needle` in `text` without overlaps, found byte by byte.
    private func naiveOffsets(of needle: String, in text: String) -> [Int] {
        let haystack = Array(text.utf8), pattern = Array(needle.utf8)
        var offsets: [Int] = []
        var index = 0
        while !pattern.isEmpty, index + pattern.count <= haystack.count {
            if Array(haystack[index..<(index + pattern.count)]) == pattern {
                offsets.append(index)
                index += pattern.count
            } else {
                index += 1
            }
        }
        return offsets
    }

    /// Texts long enough to be searched sixteen bytes at a time, in which every word stands at
    /// many offsets: near the start and the end, across every position of a block, and as a
    /// near miss (its last two bytes without the rest, or its start without its end).
    @Test func findsWhatAByteByByteSearchFinds() {
        let pieces = ["增加（减少）", "下降", "万元", "XX", "x", "，", "2024年", "收入", "增", "加", "（", "）", "减", "a b", "\n", "元"]
        var state: UInt64 = 0x2545F4914F6CDD1D
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        let needles = ["增加（减少）", "万元", "XX", "x", "减少）", "年收", "加", "不在其中", "元，", "增增"]
        for length in [0, 1, 5, 15, 16, 17, 31, 40, 200, 1_000] {
            let text = (0..<length).map { _ in pieces[next(pieces.count)] }.joined()
            for needle in needles {
                let offsets = text.ranges(ofBytes: needle).map { text.utf8.distance(from: text.utf8.startIndex, to: $0.lowerBound) }
                #expect(offsets == naiveOffsets(of: needle, in: text), "\(needle) in a text of \(length) pieces")
                #expect(text.includes(needle) == !offsets.isEmpty)
            }
        }
    }
}
