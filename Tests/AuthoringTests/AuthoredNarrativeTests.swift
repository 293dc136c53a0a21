import Authoring
import Disclosure
import Reading
import Testing

/// The regenerated 情况说明 states the seed's amounts, shares and changes, section by section,
/// wherever the seed is right; where it is not, the correct figure.
@Suite struct AuthoredNarrativeTests {
    /// Seed figures the authored text states differently, keyed by section number and the
    /// seed's printed figure, with the figure it states instead and why.
    static let corrections: [String: (authored: String?, why: String)] = [
        "五 5,294.60万元": ("5,294.59万元", "the initial budget is the sum of the 项 budgets; the seed's classes add up to 5,294.59"),
    ]

    /// A figure the authored section states: same kind, unit, value and direction.
    private func states(_ figure: NarrativeFigure, in section: NarrativeSection) -> Bool {
        section.paragraphs.flatMap(\.figures).contains { candidate in
            candidate.kind == figure.kind && candidate.unit == figure.unit && candidate.value.hasSameValue(as: figure.value) && candidate.direction == figure.direction
        }
    }

    @Test func everySeedFigureIsStatedInTheSameSection() throws {
        let seed = try SeedAuthoring.readSeed().narrative.sections
        let authored = try SeedAuthoring.authored().narrative.sections
        var missing: [String] = []
        var corrected: Set<String> = []
        for section in seed {
            guard let counterpart = authored.first(where: { $0.number == section.number }) else {
                missing.append("section \(section.number ?? "?") \(section.title) not written")
                continue
            }
            for figure in section.paragraphs.flatMap(\.figures) where !states(figure, in: counterpart) {
                let key = "\(section.number ?? "") \(figure.text)"
                if let correction = Self.corrections[key] {
                    corrected.insert(key)
                    let stated = counterpart.paragraphs.flatMap(\.figures).contains { $0.text == correction.authored }
                    if !stated { missing.append("\(key): expected the correction \(correction.authored ?? "–")") }
                } else {
                    missing.append("\(key) (\(figure.subject))")
                }
            }
        }
        #expect(corrected == Set(Self.corrections.keys), "every documented correction is needed")
        #expect(seed.flatMap(\.paragraphs).flatMap(\.figures).count > 100)
        #expect(missing.isEmpty, Comment(rawValue: "\(missing.count) seed figures not stated:\n" + missing.joined(separator: "\n")))
    }
}
