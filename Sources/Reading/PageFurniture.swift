/// What a page prints that is not content: page numbers at the foot of each page.
enum PageFurniture {
    /// Drops a page's last line when it is a bare page number. Only texts with page breaks
    /// are touched: without them a lone number cannot be told from content.
    static func removingPageNumbers(_ text: SourceText) -> SourceText {
        var lines = text.lines
        guard lines.contains(where: { $0.page != nil && $0.page != 1 }) else { return text }
        var index = lines.count - 1
        while index >= 0 {
            let line = lines[index]
            let isLastOfPage = index == lines.count - 1 || lines[index + 1].page != line.page
            if isLastOfPage, !line.trimmed.isEmpty, line.trimmed.utf8.count <= 3, line.trimmed.allSatisfy(\.isASCIIDigit) {
                lines.remove(at: index)
            }
            index -= 1
        }
        return SourceText(lines: lines)
    }
}
