import Disclosure

/// Collects the reading notes of one document as readers go, so that nothing a reader
/// repaired, doubted or could not place goes unsaid.
struct ReadingNotes: Sendable {
    private(set) var all: [ReadingNote] = []

    mutating func repaired(_ message: String, at location: SourceLocation, part: String? = nil, excerpt: String? = nil) {
        all.append(ReadingNote(kind: .repaired, location: location, part: part, message: message, excerpt: excerpt))
    }

    mutating func unplaced(_ message: String, at location: SourceLocation, part: String? = nil, excerpt: String? = nil) {
        all.append(ReadingNote(kind: .unplaced, location: location, part: part, message: message, excerpt: excerpt))
    }

    mutating func uncertain(_ message: String, at location: SourceLocation, part: String? = nil, excerpt: String? = nil) {
        all.append(ReadingNote(kind: .uncertain, location: location, part: part, message: message, excerpt: excerpt))
    }

    /// Another reader's notes, after these: for parts read at the same time.
    mutating func append(_ other: ReadingNotes) {
        all += other.all
    }

    mutating func missing(_ message: String, at location: SourceLocation = SourceLocation(), part: String? = nil) {
        all.append(ReadingNote(kind: .missing, location: location, part: part, message: message))
    }
}
