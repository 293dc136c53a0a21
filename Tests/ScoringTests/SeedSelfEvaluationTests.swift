import Disclosure
import Scoring
import Testing

/// Every 项目支出绩效自评表 of the seed (lines 610–2026), with figures written from the document.
struct SeedSelfEvaluationTests {
    /// A project as printed: the line of its title, name, 预算单位 code, indicator rows, Σ 分值, Σ 得分,
    /// the scored fund line (source; 目标申报数, 预算编制数, 全年预算数, 全年执行数, 结余, 执行率, 得分;
    /// "" where not printed), 总分 and grade.
    struct Project: Sendable, CustomStringConvertible {
        var line: Int
        var name: String
        var unit: String
        var indicators: Int
        var weights: String
        var scores: String
        var source: String?
        var funds: [String]
        var total: String
        var grade: String
        var description: String { "\(line) \(name)" }
    }

    static let projects: [Project] = [
        Project(line: 616, name: "J市场监管经费", unit: "040001", indicators: 64, weights: "90", scores: "86", source: "资金总额",
                funds: ["0", "146.2", "190.7", "189.132", "1.568", "99.18", "9.92"], total: "95.92", grade: "优"),
        Project(line: 714, name: "J信用监管经费", unit: "040001", indicators: 21, weights: "90", scores: "87", source: "资金总额",
                funds: ["0", "15", "15", "13.092", "1.908", "87.28", "8.73"], total: "95.73", grade: "优"),
        Project(line: 764, name: "J知识产权保护工作经费", unit: "040001", indicators: 14, weights: "80", scores: "77.5", source: "市县区财政资金",
                funds: ["0", "12", "12", "10.63", "1.37", "88.58", "8.86"], total: "96.36", grade: "优"),
        Project(line: 806, name: "J执法办案经费", unit: "040001", indicators: 30, weights: "90", scores: "87.5", source: "资金总额",
                funds: ["0", "33", "33", "25.118", "7.882", "76.12", "7.61"], total: "95.11", grade: "优"),
        Project(line: 864, name: "J “两品一械”工作经费", unit: "040001", indicators: 11, weights: "50", scores: "43", source: "市县区财政资金",
                funds: ["0", "22", "22", "13.219", "8.781", "60.09", "6.01"], total: "86.01", grade: "良"),
        Project(line: 909, name: "J信息网络运维费", unit: "040001", indicators: 12, weights: "90", scores: "88", source: "资金总额",
                funds: ["0", "32", "32", "", "0", "100", "10"], total: "98", grade: "优"),
        Project(line: 948, name: "J非公经济组织活动经费", unit: "040001", indicators: 9, weights: "90", scores: "82", source: "资金总额",
                funds: ["0", "12", "12", "11.928", "0.072", "99.4", "9.94"], total: "91.94", grade: "优"),
        Project(line: 982, name: "J离退休党支部活动经费", unit: "040001", indicators: 14, weights: "90", scores: "90", source: "资金总额",
                funds: ["0", "4.8", "4.8", "", "0.25", "94.79", "9.48"], total: "99.48", grade: "优"),
        Project(line: 1025, name: "J残疾人保障金", unit: "040001", indicators: 6, weights: "90", scores: "90", source: "资金总额",
                funds: ["0", "25", "25", "24.951", "0.049", "99.81", "9.98"], total: "99.98", grade: "优"),
        Project(line: 1065, name: "Z标准化工作经费", unit: "040001", indicators: 34, weights: "90", scores: "85.5", source: "资金总额",
                funds: ["0", "100", "75", "58.326", "16.674", "77.77", "7.78"], total: "93.28", grade: "优"),
        Project(line: 1138, name: "Z个体工商户保险保障项目", unit: "040001", indicators: 7, weights: "90", scores: "88", source: "资金总额",
                funds: ["", "553.758", "553.758", "553.758", "", "", "10"], total: "98", grade: "优"),
        Project(line: 1192, name: "Z环保类等产品质量抽检费", unit: "040001", indicators: 9, weights: "90", scores: "90", source: "资金总额",
                funds: ["0", "165", "165", "145.133", "19.867", "87.96", "8.80"], total: "98.8", grade: "优"),
        Project(line: 1231, name: "Z食品抽检经费", unit: "040001", indicators: 8, weights: "90", scores: "88", source: "市县区财政资金",
                funds: ["0", "278", "278", "272.025", "5.975", "97.85", "9.79"], total: "97.79", grade: "优"),
        Project(line: 1272, name: "Z智慧监管综合服务平台建设经费", unit: "010001", indicators: 31, weights: "90", scores: "80", source: "资金总额",
                funds: ["477.2", "477.2", "477.2", "178.95", "298.25", "37.5", "3.75"], total: "83.75", grade: "良"),
        Project(line: 1338, name: "Z计量监管经费", unit: "040001", indicators: 10, weights: "90", scores: "79", source: "资金总额",
                funds: ["0", "33.75", "33.75", "12.789", "20.961", "37.89", "3.79"], total: "82.79", grade: "良"),
        Project(line: 1379, name: "Z食品安全监管经费", unit: "040001", indicators: 34, weights: "88", scores: "86.5", source: "市县区财政资金",
                funds: ["0", "70", "70", "65.158", "4.842", "93.08", "9.31"], total: "97.81", grade: "优"),
        Project(line: 1447, name: "Z特种设备监管费", unit: "040001", indicators: 11, weights: "83", scores: "83", source: "资金总额",
                funds: ["0", "102", "102", "12.716", "89.284", "12.47", "1.25"], total: "84.25", grade: "良"),
        Project(line: 1485, name: "Z气瓶信息化平台监管经费", unit: "040001", indicators: 7, weights: "90", scores: "85", source: "市县区财政资金",
                funds: ["108", "108", "108", "86.034", "21.966", "79.66", "7.97"], total: "92.97", grade: "优"),
        Project(line: 1517, name: "Z特种设备作业人员考试补贴经费", unit: "040001", indicators: 7, weights: "90", scores: "82", source: "资金总额",
                funds: ["0", "50", "30.5", "30.5", "0", "100", "10"], total: "92", grade: "优"),
        Project(line: 1558, name: "Z质量发展工作经费", unit: "040001", indicators: 17, weights: "90", scores: "67", source: "资金总额",
                funds: ["0", "61", "61", "32.669", "28.331", "53.55", "5.36"], total: "72.36", grade: "中"),
        Project(line: 1605, name: "Z驻村帮扶工作人员经费", unit: "040001", indicators: 6, weights: "90", scores: "88", source: "资金总额",
                funds: ["21", "21", "21", "21", "0", "100", "10"], total: "98", grade: "优"),
        Project(line: 1640, name: "Z援疆人员生活补助", unit: "040001", indicators: 7, weights: "90", scores: "87", source: "资金总额",
                funds: ["4.4", "4.4", "4.4", "4.4", "0", "100", "10"], total: "97", grade: "优"),
        Project(line: 1677, name: "放心消费创建项目", unit: "040001", indicators: 10, weights: "90", scores: "0", source: "资金总额",
                funds: ["13", "13", "0", "0", "0", "0", "0"], total: "0", grade: "差"),
        Project(line: 1716, name: "基层市场监管补助资金", unit: "040001", indicators: 8, weights: "90", scores: "89", source: "资金总额",
                funds: ["19.6", "19.6", "17.435", "17.435", "0", "100", "10"], total: "99", grade: "优"),
        Project(line: 1758, name: "两品一械抽样检验经费", unit: "040001", indicators: 13, weights: "90", scores: "84", source: "资金总额",
                funds: ["44.43", "44.43", "27.039", "27.039", "0", "100", "10"], total: "94", grade: "优"),
        Project(line: 1805, name: "2024年中央食品监管补助资金", unit: "040001", indicators: 36, weights: "90", scores: "87", source: "资金总额",
                funds: ["50", "50", "38.863", "38.863", "0", "100", ""], total: "97", grade: "优"),
        Project(line: 1876, name: "2024年中央药品监管补助资金", unit: "040001", indicators: 16, weights: "90", scores: "86", source: "资金总额",
                funds: ["49.5", "49.5", "12.972", "12.972", "0", "100", "10"], total: "96", grade: "优"),
        Project(line: 1922, name: "QT其他养人1", unit: "040001", indicators: 6, weights: "90", scores: "75", source: "资金总额",
                funds: ["", "7.465", "7.465", "", "0", "100.00", "10.00"], total: "85", grade: "良"),
        Project(line: 1958, name: "QT其他养人2", unit: "040001", indicators: 6, weights: "80", scores: "65", source: "资金总额",
                funds: ["7.465", "7.465", "7.465", "7.465", "", "", "10.00"], total: "85", grade: "良"),
        Project(line: 1992, name: "XM行政事业单位遗属补助经费", unit: "040001", indicators: 7, weights: "90", scores: "90", source: "资金总额",
                funds: ["0", "10.14", "10.14", "9.511", "0.629", "93.8", "9.38"], total: "99.38", grade: "优"),
    ]

    @Test func theAttachmentHoldsThirtyOneTablesInPrintedOrder() throws {
        let evaluations = try SeedDocument.read().selfEvaluations
        #expect(evaluations.count == 31)
        let lines = evaluations.compactMap(\.location?.line)
        #expect(lines == lines.sorted())
        #expect(Set(lines).isSuperset(of: Self.projects.map(\.line) + [1175]))
        #expect(evaluations.allSatisfy { $0.fiscalYear == 2024 || $0.isPublishedEmpty })
    }

    @Test(arguments: projects)
    func everyProjectIsReadWithItsFiguresExact(_ expected: Project) throws {
        let evaluation = try SeedDocument.evaluation(atLine: expected.line)
        #expect(evaluation.projectName == expected.name)
        #expect(evaluation.budgetUnit?.code == expected.unit)
        #expect(evaluation.indicators.count == expected.indicators)
        let weights = evaluation.indicators.compactMap(\.weight).reduce(ExactDecimal.zero, +)
        let scores = evaluation.indicators.compactMap(\.score).reduce(ExactDecimal.zero, +)
        #expect(weights.hasSameValue(as: ExactDecimal(parsing: expected.weights) ?? .zero), "Σ分值 \(weights)")
        #expect(scores.hasSameValue(as: ExactDecimal(parsing: expected.scores) ?? .zero), "Σ得分 \(scores)")
        #expect(evaluation.totalScore == d(expected.total))
        #expect(evaluation.grade == expected.grade)
        let line = try #require(SelfEvaluationScorer.scoredLine(of: evaluation))
        #expect(line.source == expected.source)
        let printed: [String] = [line.declaredBudget?.description, line.initialBudget?.description, line.annualBudget?.description,
                                 line.executed?.description, line.balance?.description, line.executionRate?.value.description,
                                 line.executionScore?.description].map { $0 ?? "" }
        #expect(printed == expected.funds)
    }

    @Test func theTablePublishedEmptyIsRecordedAsEmptyWithANote() throws {
        let disclosure = try SeedDocument.read()
        let empty = try SeedDocument.evaluation(atLine: 1175)
        #expect(empty.isPublishedEmpty)
        #expect(empty.projectName == "公平竞争审查经费")
        #expect(empty.fundLines.isEmpty && empty.indicators.isEmpty && empty.totalScore == nil)
        #expect(empty.remarks.count == 5)
        #expect(disclosure.provenance.readingNotes.contains { $0.kind == .missing && $0.location.line == 1175 })
    }

    @Test func commaDecimalsAreReadAsDecimalsAndNoted() throws {
        let disclosure = try SeedDocument.read()
        let credit = try SeedDocument.evaluation(atLine: 714)
        #expect(credit.fundLines.first?.executed == a("13.092"))
        #expect(credit.fundLines.first?.balance == a("1.908"))
        let notes = disclosure.provenance.readingNotes.filter { $0.location.line == 722 && $0.kind == .repaired }
        #expect(notes.map(\.message) == ["资金行未印出来源，按表头的“资金总额”补上", "“13,092”中的逗号是小数点，读作13.092", "“1,908”中的逗号是小数点，读作1.908"])
        let sampling = try SeedDocument.evaluation(atLine: 1192)
        #expect(sampling.fundLines.map(\.executed) == [a("145.133")])
        #expect(disclosure.provenance.readingNotes.contains { $0.location.line == 1199 && $0.message.contains("重复") })
    }

    @Test func indicatorRowsKeepEveryPrintedCellWhereverTheColumnsWandered() throws {
        let market = try SeedDocument.evaluation(atLine: 616)
        let monitoring = try #require(market.indicators.first { $0.location?.line == 643 })
        #expect(monitoring.name == "三方监测工作按计划完成")
        #expect(monitoring.target?.printed == "=100%" && monitoring.actual?.printed == "=0%")
        #expect(monitoring.weight == d("1") && monitoring.score == nil)
        #expect(monitoring.deviationReason == "网络第三方监测工作未开展")
        // Continued after the page break and watermark of lines 661–665.
        #expect(market.indicators.contains { $0.location?.line == 666 && $0.name == "广告监管工作的指导督查、调研" })

        let enforcement = try SeedDocument.evaluation(atLine: 806)
        let legal = try #require(enforcement.indicators.first { $0.location?.line == 837 })
        #expect(legal.name == "常规法律服务成本" && legal.weight == d("2.5") && legal.score == d("0") && legal.deviationReason == "按合同支付")
        let repeated = try #require(enforcement.indicators.first { $0.location?.line == 832 })
        #expect(repeated.name == "综合行政执法能力建设情况" && repeated.target?.printed == "按计划完成")

        let insurance = try SeedDocument.evaluation(atLine: 1138)
        let coverage = try #require(insurance.indicators.first)
        #expect(coverage.initialTarget == "=53.758" && coverage.target?.printed == "≥184586.758")
        #expect(coverage.actual?.value == d("229454.758") && coverage.weight == d("20") && coverage.score == d("20"))

        let credit = try SeedDocument.evaluation(atLine: 714)
        let checks = try #require(credit.indicators.first)
        #expect(checks.level1 == "产出指标" && checks.level2 == "数量指标")
        #expect(checks.target == IndicatorValue(printed: "≥300家次", kind: .quantitative, comparator: .atLeast, value: d("300"), unit: "家次"))
        #expect(checks.actual?.value == d("281") && checks.weight == d("8") && checks.score == d("7"))
    }

    @Test func codesAndDepartmentComeFromTheCodeRow() throws {
        let platform = try SeedDocument.evaluation(atLine: 1272)
        #expect(platform.supervisingDepartment == CodedName(code: "040", name: "大同市市场监督管理局[部门]"))
        #expect(platform.budgetUnit == CodedName(code: "010001", name: "大同市市场监督管理局"))
        let provincial = try SeedDocument.evaluation(atLine: 1677)
        #expect(provincial.supervisingDepartment?.code == "906")
        #expect(try SeedDocument.read().metadata.departmentCode == "040")
    }

    @Test func goalsAndAnalysesAreKept() throws {
        let credit = try SeedDocument.evaluation(atLine: 714)
        #expect(credit.annualGoal == "创新和加强事中事后监管,进一步优化营商环境,激发市场主体发展活力。")
        #expect(credit.actualCompletion?.hasPrefix("按照2024年大同市市场领域") == true)
        #expect(credit.analyses.map(\.heading) == ["项目实施和预算执行情况及分析", "支出结构及分析", "效益情况及分析", "满意度情况及分析",
                                                   "主要经验做法", "项目管理中存在的主要问题及原因分析", "下一步改进措施及管理建议"])
        let metrology = try SeedDocument.evaluation(atLine: 1338)
        let problems = try #require(metrology.analyses.first { $0.heading == "项目管理中存在的主要问题及原因分析" })
        #expect(problems.text.hasPrefix("1、燃气表强检数量较少"))
    }
}
