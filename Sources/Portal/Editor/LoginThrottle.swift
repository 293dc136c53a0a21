/// Counts failed sign-ins per account and per client address over a sliding window, so that
/// guessing passwords costs an attacker the window's length every few tries. Kept in memory:
/// a restart forgets the counts, which costs an attacker a restart they cannot cause.
/// Behind a reverse proxy every client shares the proxy's address, hence the higher per-address limit.
actor LoginThrottle {
    private let perAccount: Int
    private let perAddress: Int
    private let window: Duration
    private let clock = ContinuousClock()
    private var failures: [String: [ContinuousClock.Instant]] = [:]

    init(_ configuration: PortalConfiguration) {
        perAccount = configuration.loginAttemptsPerAccount
        perAddress = configuration.loginAttemptsPerAddress
        window = configuration.loginWindow
    }

    /// Whether a sign-in for `login` from `address` must be refused before its password is even checked.
    func isBlocked(login: String, address: String?) -> Bool {
        recent(Self.accountKey(login)) >= perAccount || recent(Self.addressKey(address)) >= perAddress
    }

    func recordFailure(login: String, address: String?) {
        let now = clock.now
        if failures.count > 10_000 { failures = failures.filter { $0.value.contains { now - $0 < window } } }
        failures[Self.accountKey(login), default: []].append(now)
        failures[Self.addressKey(address), default: []].append(now)
    }

    /// A right password clears the account's count (not the address's: one success must not
    /// reset a guesser's budget over other accounts).
    func recordSuccess(login: String) {
        failures[Self.accountKey(login)] = nil
    }

    private func recent(_ key: String) -> Int {
        let now = clock.now
        let kept = (failures[key] ?? []).filter { now - $0 < window }
        failures[key] = kept.isEmpty ? nil : kept
        return kept.count
    }

    private static func accountKey(_ login: String) -> String { "account:" + login.lowercased() }
    private static func addressKey(_ address: String?) -> String { "address:" + (address ?? "unknown") }
}
