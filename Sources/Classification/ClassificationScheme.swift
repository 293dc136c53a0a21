/// The two classifications a disclosure prints codes from. They share digits (`301` is an
/// economic class, `201` a functional one), so every lookup names its scheme.
public enum ClassificationScheme: String, Sendable, Hashable, Codable, CaseIterable {
    /// 支出功能分类科目: what the money was spent for (类/款/项, 3/5/7 digits).
    case functional
    /// 支出经济分类科目: what kind of spending it was (类/款, 3/5 digits).
    case economic
}
