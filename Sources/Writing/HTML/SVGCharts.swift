import Disclosure

/// The charts of the HTML document, drawn as inline SVG: no script, no network. Figures come
/// from `ExpenditureStructure`; the only arithmetic here turns an exact amount into a length,
/// in `length(_:of:span:)`. Layout is in whole pixels, bar lengths in exact tenths.
enum SVGCharts {
    /// Bar length, to a tenth of a pixel, for `amount` when `maximum` spans `span` pixels:
    /// integer division, so money never passes through floating point.
    static func length(_ amount: Amount, of maximum: Amount, span: Int) -> ExactDecimal {
        guard maximum.fen > 0, amount.fen > 0 else { return .zero }
        return ExactDecimal.quotient(amount.fen * Int64(span), maximum.fen, decimals: 1) ?? .zero
    }

    /// `123.4`, or `123` for a whole number.
    static func coordinate(_ value: ExactDecimal) -> String {
        let text = value.rounded(to: 1).description
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }

    /// Horizontal bars, one per part, labelled with amount and share.
    static func bars(title: String, parts: [ExpenditureStructure.Part]) -> String {
        let rowHeight = 30, labelWidth = 220, barSpan = 300, top = 34
        let height = top + rowHeight * parts.count + 10
        let maximum = parts.map(\.amount).max() ?? .zero
        var svg = open(title: title, width: 720, height: height)
        for (index, part) in parts.enumerated() {
            let y = top + rowHeight * index
            let width = length(part.amount, of: maximum, span: barSpan)
            svg += "<text x=\"\(labelWidth - 8)\" y=\"\(y + 18)\" text-anchor=\"end\">\(MarkupText.escape(part.label))</text>"
            svg += "<rect class=\"bar\" x=\"\(labelWidth)\" y=\"\(y + 5)\" width=\"\(coordinate(width))\" height=\"18\"/>"
            let share = part.share.map { "（\($0)）" } ?? ""
            svg += "<text x=\"\(coordinate(ExactDecimal(labelWidth + 6) + width))\" y=\"\(y + 18)\">\(part.amount.grouped)万元\(share)</text>\n"
        }
        return svg + "</svg>\n"
    }

    /// Pairs of bars: 预算数 and 决算数 of each 三公 item.
    static func budgetAgainstActual(title: String, items: [(label: String, budget: Amount?, actual: Amount)]) -> String {
        let groupHeight = 46, labelWidth = 220, barSpan = 300, top = 34
        let height = top + groupHeight * items.count + 30
        let maximum = items.flatMap { [$0.budget ?? .zero, $0.actual] }.max() ?? .zero
        var svg = open(title: title, width: 720, height: height)
        for (index, item) in items.enumerated() {
            let y = top + groupHeight * index
            svg += "<text x=\"\(labelWidth - 8)\" y=\"\(y + 24)\" text-anchor=\"end\">\(MarkupText.escape(item.label))</text>"
            let bars: [(String, String, Amount?)] = [("budget", "预算", item.budget), ("actual", "决算", item.actual)]
            for (offset, bar) in bars.enumerated() {
                guard let amount = bar.2 else { continue }
                let barY = y + 4 + offset * 18
                let width = length(amount, of: maximum, span: barSpan)
                svg += "<rect class=\"\(bar.0)\" x=\"\(labelWidth)\" y=\"\(barY)\" width=\"\(coordinate(width))\" height=\"15\"/>"
                svg += "<text x=\"\(coordinate(ExactDecimal(labelWidth + 6) + width))\" y=\"\(barY + 12)\">\(bar.1) \(amount.grouped)万元</text>"
            }
            svg += "\n"
        }
        let legendY = top + groupHeight * items.count + 12
        svg += "<rect class=\"budget\" x=\"\(labelWidth)\" y=\"\(legendY)\" width=\"14\" height=\"10\"/>"
        svg += "<text x=\"\(labelWidth + 20)\" y=\"\(legendY + 10)\">预算数</text>"
        svg += "<rect class=\"actual\" x=\"\(labelWidth + 90)\" y=\"\(legendY)\" width=\"14\" height=\"10\"/>"
        svg += "<text x=\"\(labelWidth + 110)\" y=\"\(legendY + 10)\">决算数</text>\n"
        return svg + "</svg>\n"
    }

    private static func open(title: String, width: Int, height: Int) -> String {
        "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-label=\"\(MarkupText.escape(title))\">"
            + "<title>\(MarkupText.escape(title))</title><text class=\"chart-title\" x=\"10\" y=\"20\">\(MarkupText.escape(title))</text>\n"
    }
}
