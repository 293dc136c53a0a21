import Disclosure

/// The charts of the HTML document, drawn as inline SVG: no script, no network. Figures come
/// from `ExpenditureStructure`; the only arithmetic here turns an exact amount into a length,
/// in `length(_:of:span:)`.
enum SVGCharts {
    /// Bar length for `amount` when `maximum` spans `span` units. The one place where money
    /// becomes a floating-point coordinate; no figure printed is derived from it.
    static func length(_ amount: Amount, of maximum: Amount, span: Double) -> Double {
        guard maximum.fen > 0, amount.fen > 0 else { return 0 }
        return Double(amount.fen) / Double(maximum.fen) * span
    }

    static func coordinate(_ value: Double) -> String {
        let tenths = (value * 10).rounded()
        let whole = Int(tenths) / 10
        let fraction = abs(Int(tenths) % 10)
        return fraction == 0 ? String(whole) : "\(whole).\(fraction)"
    }

    /// Horizontal bars, one per part, labelled with amount and share.
    static func bars(title: String, parts: [ExpenditureStructure.Part]) -> String {
        let rowHeight = 30.0, labelWidth = 220.0, barSpan = 300.0, top = 34.0
        let height = top + rowHeight * Double(parts.count) + 10
        let maximum = parts.map(\.amount).max() ?? .zero
        var svg = open(title: title, width: 720, height: height)
        for (index, part) in parts.enumerated() {
            let y = top + rowHeight * Double(index)
            let width = length(part.amount, of: maximum, span: barSpan)
            svg += "<text x=\"\(coordinate(labelWidth - 8))\" y=\"\(coordinate(y + 18))\" text-anchor=\"end\">\(MarkupText.escape(part.label))</text>"
            svg += "<rect class=\"bar\" x=\"\(coordinate(labelWidth))\" y=\"\(coordinate(y + 5))\" width=\"\(coordinate(width))\" height=\"18\"/>"
            let share = part.share.map { "（\($0)）" } ?? ""
            svg += "<text x=\"\(coordinate(labelWidth + width + 6))\" y=\"\(coordinate(y + 18))\">\(part.amount.grouped)万元\(share)</text>\n"
        }
        return svg + "</svg>\n"
    }

    /// Pairs of bars: 预算数 and 决算数 of each 三公 item.
    static func budgetAgainstActual(title: String, items: [(label: String, budget: Amount?, actual: Amount)]) -> String {
        let groupHeight = 46.0, labelWidth = 220.0, barSpan = 300.0, top = 34.0
        let height = top + groupHeight * Double(items.count) + 30
        let maximum = items.flatMap { [$0.budget ?? .zero, $0.actual] }.max() ?? .zero
        var svg = open(title: title, width: 720, height: height)
        for (index, item) in items.enumerated() {
            let y = top + groupHeight * Double(index)
            svg += "<text x=\"\(coordinate(labelWidth - 8))\" y=\"\(coordinate(y + 24))\" text-anchor=\"end\">\(MarkupText.escape(item.label))</text>"
            let bars: [(String, String, Amount?)] = [("budget", "预算", item.budget), ("actual", "决算", item.actual)]
            for (offset, bar) in bars.enumerated() {
                guard let amount = bar.2 else { continue }
                let barY = y + 4 + Double(offset) * 18
                let width = length(amount, of: maximum, span: barSpan)
                svg += "<rect class=\"\(bar.0)\" x=\"\(coordinate(labelWidth))\" y=\"\(coordinate(barY))\" width=\"\(coordinate(width))\" height=\"15\"/>"
                svg += "<text x=\"\(coordinate(labelWidth + width + 6))\" y=\"\(coordinate(barY + 12))\">\(bar.1) \(amount.grouped)万元</text>"
            }
            svg += "\n"
        }
        let legendY = top + groupHeight * Double(items.count) + 12
        svg += "<rect class=\"budget\" x=\"\(coordinate(labelWidth))\" y=\"\(coordinate(legendY))\" width=\"14\" height=\"10\"/>"
        svg += "<text x=\"\(coordinate(labelWidth + 20))\" y=\"\(coordinate(legendY + 10))\">预算数</text>"
        svg += "<rect class=\"actual\" x=\"\(coordinate(labelWidth + 90))\" y=\"\(coordinate(legendY))\" width=\"14\" height=\"10\"/>"
        svg += "<text x=\"\(coordinate(labelWidth + 110))\" y=\"\(coordinate(legendY + 10))\">决算数</text>\n"
        return svg + "</svg>\n"
    }

    private static func open(title: String, width: Double, height: Double) -> String {
        "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(coordinate(width)) \(coordinate(height))\" role=\"img\" aria-label=\"\(MarkupText.escape(title))\">"
            + "<title>\(MarkupText.escape(title))</title><text class=\"chart-title\" x=\"10\" y=\"20\">\(MarkupText.escape(title))</text>\n"
    }
}
