import Foundation

/// Times one piece of work repeatedly and reports the median and spread, because this machine
/// is shared and a single run says little.
struct Measurement {
    var name: String
    /// Milliseconds of each run, sorted.
    var runs: [Double]

    static func of(_ name: String, iterations: Int, warmUp: Int = 3, _ work: () throws -> Void) rethrows -> Measurement {
        for _ in 0..<warmUp { try work() }
        var runs: [Double] = []
        for _ in 0..<iterations {
            let start = DispatchTime.now().uptimeNanoseconds
            try work()
            runs.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
        }
        return Measurement(name: name, runs: runs.sorted())
    }

    var median: Double { runs[runs.count / 2] }
    var p10: Double { runs[runs.count / 10] }
    var p90: Double { runs[runs.count * 9 / 10] }

    var line: String {
        let figures = [median, p10, p90].map { String(format: "%9.2f", $0) }.joined(separator: " ")
        return name.padding(toLength: 34, withPad: " ", startingAt: 0) + figures + String(format: "   (%d runs)", runs.count)
    }
}
