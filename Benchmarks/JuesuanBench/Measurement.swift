import Foundation

/// Times one piece of work repeatedly and reports the median and spread, because this machine
/// is shared and a single run says little.
struct Measurement {
    var name: String
    /// Milliseconds of each run, sorted.
    var runs: [Double]
    /// CPU milliseconds of each run, sorted.
    var cpuRuns: [Double]

    @MainActor
    static func of(_ name: String, iterations: Int, warmUp: Int = 3, _ work: () async throws -> Void) async rethrows -> Measurement {
        for _ in 0..<warmUp { try await work() }
        var runs: [Double] = []
        var cpuRuns: [Double] = []
        for _ in 0..<iterations {
            let start = DispatchTime.now().uptimeNanoseconds
            let cpuStart = Usage.cpuMilliseconds()
            try await work()
            cpuRuns.append(Usage.cpuMilliseconds() - cpuStart)
            runs.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
        }
        return Measurement(name: name, runs: runs.sorted(), cpuRuns: cpuRuns.sorted())
    }

    var median: Double { runs[runs.count / 2] }
    var cpuMedian: Double { cpuRuns[cpuRuns.count / 2] }
    var p10: Double { runs[runs.count / 10] }
    var p90: Double { runs[runs.count * 9 / 10] }

    var line: String {
        let figures = [median, p10, p90, cpuMedian].map { String(format: "%9.2f", $0) }.joined(separator: " ")
        return name.padding(toLength: 34, withPad: " ", startingAt: 0) + figures + String(format: "   (%d runs)", runs.count)
    }
}

/// What the kernel counts for this process.
enum Usage {
    /// CPU time of this process and of its children that have ended (`pdftotext`).
    static func cpuMilliseconds() -> Double {
        var own = rusage()
        var children = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &own)
        getrusage(__rusage_who_t(RUSAGE_CHILDREN.rawValue), &children)
        func milliseconds(_ time: timeval) -> Double { Double(time.tv_sec) * 1000 + Double(time.tv_usec) / 1000 }
        return milliseconds(own.ru_utime) + milliseconds(own.ru_stime) + milliseconds(children.ru_utime) + milliseconds(children.ru_stime)
    }

    /// The most memory this process has held resident. On Linux that is `VmHWM` in
    /// /proc/self/status: `ru_maxrss` also counts the image this process was spawned from, so a
    /// process started by the benchmark would report the benchmark's own size.
    static func peakResidentMegabytes() -> Double {
        if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
           let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
           let kilobytes = Double(line.split(whereSeparator: \.isWhitespace).dropFirst().first ?? "") {
            return kilobytes / 1024
        }
        var own = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &own)
        return Double(own.ru_maxrss) / 1024
    }
}
