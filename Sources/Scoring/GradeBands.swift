import Disclosure

/// The grade a 总分 earns. Bands are a setting: the central rule is 优/良/中/差 at 90/80/60,
/// and some regions print 优/良/合格/不合格.
public struct GradeBands: Sendable, Equatable {
    public struct Band: Sendable, Equatable {
        public var grade: String
        /// The lowest 总分 that earns `grade`.
        public var minimum: ExactDecimal

        public init(grade: String, minimum: ExactDecimal) {
            self.grade = grade
            self.minimum = minimum
        }
    }

    /// Highest band first.
    public var bands: [Band]

    /// Bands ordered from the highest minimum down, whatever order they are given in.
    public init(_ bands: [Band]) {
        self.bands = bands.sorted { ($1.minimum - $0.minimum).isNegative }
    }

    /// 优 ≥ 90, 良 80–<90, 中 60–<80, 差 < 60.
    public static let central = GradeBands([
        Band(grade: "优", minimum: ExactDecimal(90)), Band(grade: "良", minimum: ExactDecimal(80)),
        Band(grade: "中", minimum: ExactDecimal(60)), Band(grade: "差", minimum: ExactDecimal(0)),
    ])

    /// 优/良/合格/不合格 at the same limits.
    public static let passFail = GradeBands([
        Band(grade: "优", minimum: ExactDecimal(90)), Band(grade: "良", minimum: ExactDecimal(80)),
        Band(grade: "合格", minimum: ExactDecimal(60)), Band(grade: "不合格", minimum: ExactDecimal(0)),
    ])

    /// The grade of `total`; the lowest band's grade below every minimum.
    public func grade(for total: ExactDecimal) -> String? {
        bands.first { !(total - $0.minimum).isNegative }?.grade ?? bands.last?.grade
    }

    /// Every grade word the bands use, highest first.
    public var grades: [String] { bands.map(\.grade) }
}
