import Foundation

/// Times are stored as integer milliseconds since 1970 on both backends, so that a time read
/// back is the same value whichever database held it.
enum StoreClock {
    static func now() -> Date {
        date(milliseconds: milliseconds(Date()))
    }

    static func milliseconds(_ date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 * 1000).rounded())
    }

    static func date(milliseconds: Int64) -> Date {
        Date(timeIntervalSince1970: TimeInterval(milliseconds) / 1000)
    }
}
