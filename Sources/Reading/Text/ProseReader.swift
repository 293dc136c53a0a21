import Disclosure

/// Reads the prose parts: 概况 (duties, organisation), 情况说明 (sections, paragraphs and
/// their figures), 名词解释 and the attachments kept as text.
struct ProseReader {
    func overview(_ lines: [SourceText.Line]) -> (overview: Overview, units: [String]) {
        let paragraphs = Paragraphs.from(lines)
        var overview = Overview()
        var units: [String] = []
        let organisationStart = paragraphs.firstIndex { paragraph in
            Paragraphs.numbering(of: paragraph.text) != nil && (paragraph.text.includes("机构设置") || paragraph.text.includes("单位构成"))
        } ?? paragraphs.count
        for paragraph in paragraphs[..<organisationStart] {
            let text = paragraph.text
            let number = Paragraphs.numbering(of: text)
            if number != nil, text.first == "(" || text.first == "（" {
                overview.duties.append(text)
            } else if number != nil, text.includes("职责") || text.includes("职能"), overview.duties.isEmpty, text.characterCount <= 30 {
                continue  // the duties heading itself
            } else if overview.duties.isEmpty {
                overview.dutiesIntroduction = [overview.dutiesIntroduction, text].compactMap { $0 }.joined(separator: "\n")
            } else {
                overview.duties[overview.duties.count - 1] += "\n" + text
            }
        }
        let organisation = paragraphs.dropFirst(organisationStart + 1)
        overview.organisation = organisation.map(\.text).joined(separator: "\n")
        // A numbered list of units under a `序号 单位名称` header.
        var inUnitList = false
        for line in lines.drop(while: { $0.number < (paragraphs.indices.contains(organisationStart) ? paragraphs[organisationStart].firstLine.number : Int.max) }) {
            let text = line.trimmed
            if text.hasPrefix("序号") { inUnitList = true; continue }
            guard inUnitList else { continue }
            let parts = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            if parts.count >= 2, CellText.integer(parts[0]) != nil { units.append(parts[1]) } else { inUnitList = false }
        }
        return (overview, units)
    }

    func narrative(_ lines: [SourceText.Line]) -> Narrative {
        var sections: [NarrativeSection] = []
        for paragraph in Paragraphs.from(lines) {
            let text = paragraph.text
            if let number = Paragraphs.numbering(of: text), text.hasPrefix(number + "、"), !(number.first?.isASCIIDigit ?? true),
               !text.includes("。"), text.characterCount <= 40 {
                let title = String(text.dropFirst(number.count + 1))
                sections.append(NarrativeSection(number: number, title: title, location: paragraph.firstLine.location))
                continue
            }
            if sections.isEmpty { sections.append(NarrativeSection(number: nil, title: "", location: paragraph.firstLine.location)) }
            let figures = NarrativeFigureExtractor.figures(in: text)
            sections[sections.count - 1].paragraphs.append(NarrativeParagraph(text: text, figures: figures, location: paragraph.firstLine.location))
        }
        return Narrative(sections: sections)
    }

    func glossary(_ lines: [SourceText.Line], notes: inout ReadingNotes) -> [GlossaryEntry] {
        if let entries = definitionList(lines) { return entries }
        var entries: [GlossaryEntry] = []
        for paragraph in Paragraphs.from(lines) {
            var text = paragraph.text
            if text.hasPrefix("- ") { text = String(text.dropFirst(2)) }
            let core = LabelText.core(text)
            guard let colon = core.firstIndex(where: { $0 == "：" || $0 == ":" }) else {
                if let last = entries.indices.last {
                    entries[last].definition += text
                } else {
                    notes.unplaced("名词解释中无法分出名词与解释", at: paragraph.firstLine.location, part: "名词解释", excerpt: text)
                }
                continue
            }
            entries.append(GlossaryEntry(term: String(core[..<colon]), definition: String(core[core.index(after: colon)...])))
        }
        return entries
    }

    /// A glossary set out as a definition list: each term alone on a line at the margin, its
    /// definition indented below it. Nil when the lines are not all laid out that way.
    private func definitionList(_ lines: [SourceText.Line]) -> [GlossaryEntry]? {
        let printed = lines.filter { !$0.isBlank }
        let indents = printed.map { $0.text.prefix { $0 == " " }.count }
        guard let margin = indents.min(), indents.contains(where: { $0 > margin }) else { return nil }
        var entries: [GlossaryEntry] = []
        for (line, indent) in zip(printed, indents) {
            let text = ProseReader.joinedWords(line.spacedTokens.map(\.text))
            if indent == margin {
                guard text.characterCount <= 40, !text.contains("。"), Paragraphs.numbering(of: text) == nil else { return nil }
                entries.append(GlossaryEntry(term: text, definition: ""))
            } else {
                guard !entries.isEmpty else { return nil }
                entries[entries.count - 1].definition += text
            }
        }
        return entries.allSatisfy({ !$0.definition.isEmpty }) ? entries : nil
    }

    /// A line's words as one text. Gaps in Chinese text are layout (a PDF pads where a word
    /// ended early), not spaces; only a space between two Latin letters or digits is kept.
    static func joinedWords(_ words: [String]) -> String {
        var text = ""
        for word in words {
            if let last = text.last, let first = word.first, last.isASCII && (last.isLetter || last.isNumber),
               first.isASCII && (first.isLetter || first.isNumber) {
                text += " "
            }
            text += word
        }
        return text
    }

    /// Splits the attachment part at each title (`…绩效自评表`); each keeps its raw lines. Each
    /// comes with the index of its title in `lines`, where its table starts.
    func attachments(_ lines: [SourceText.Line], notes: inout ReadingNotes) -> [(attachment: Attachment, titleIndex: Int)] {
        var attachments: [(attachment: Attachment, titleIndex: Int)] = []
        // Through indices: a copy of each line would retain and release all its texts.
        for index in lines.indices {
            if let title = lines[index].soleCell?.trimmingSpaces(), title.hasByteSuffix("自评表") || title.hasByteSuffix("评价表"), title.characterCount <= 60 {
                attachments.append((Attachment(title: title, text: "", location: lines[index].location), index))
                continue
            }
            guard attachments.isEmpty else { continue }
            let line = lines[index]
            let text = line.trimmed
            if text.isEmpty { continue }
            if Watermark.isWatermark(TableTitles.normalise(text)) {
                notes.repaired("跳过页面水印“\(text)”", at: line.location, part: "附件", excerpt: text)
            } else {
                notes.unplaced("附件开头无法归入任何附件的文字", at: line.location, part: "附件", excerpt: text)
            }
        }
        // Each attachment's text is every line after its title up to the next one. Joining them
        // was a sixth of what reading did on one core before the tables are read on every core,
        // so they are joined on every core too.
        let ends = attachments.dropFirst().map(\.titleIndex) + [lines.endIndex]
        let texts = zip(attachments.map(\.titleIndex), ends).map { $0 + 1..<$1 }.concurrentMap { body in
            lines[body].map(\.text).joinedText(separator: "\n").trimmingSpaces()
        }
        for (index, text) in texts.enumerated() { attachments[index].attachment.text = text }
        return attachments
    }
}
