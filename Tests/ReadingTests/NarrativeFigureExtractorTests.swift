import Disclosure
import Foundation
import Reading
import Testing

/// Paragraphs of real disclosures, read from the package's bundled documents at test time.
private enum Fixture {
    static let documents = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("data/documents")

    static func lines(_ name: String) -> [String] {
        let url = documents.appendingPathComponent(name)
        return ((try? String(contentsOf: url, encoding: .utf8)) ?? "").components(separatedBy: "\n")
    }

    static let seed = lines("datong-market-regulation-2024.txt")

    /// Line `number` (1-based) of the seed: each of its narrative paragraphs is one line.
    static func seedLine(_ number: Int) -> String {
        seed.indices.contains(number - 1) ? seed[number - 1] : ""
    }

    /// Lines `range` (1-based) of a sample, joined as the PDF extraction wrapped them, so that
    /// line breaks fall inside words and between numbers and units.
    static func sample(_ name: String, _ range: ClosedRange<Int>) -> String {
        let lines = lines(name)
        guard lines.count >= range.upperBound else { return "" }
        return lines[(range.lowerBound - 1)...(range.upperBound - 1)].joined(separator: "\n")
    }

    static let ecology = "putuo-ecology-bureau-2025.txt"
    static let culture = "putuo-culture-tourism-bureau-2025.txt"
}

/// One line per figure: kind, text as printed (line breaks shown as ⏎), exact value with its
/// printed decimals, unit, sentence, subject, direction and referent. A wrong digit, decimal,
/// unit or link changes the line.
private func summary(_ figure: NarrativeFigure) -> String {
    var line = "\(figure.kind.rawValue) \(figure.text.replacingOccurrences(of: "\n", with: "⏎")) =\(figure.value) \(figure.unit) s\(figure.sentence) 「\(figure.subject)」"
    if let direction = figure.direction { line += " \(direction.rawValue)" }
    if let refersTo = figure.refersTo { line += " →\(refersTo)" }
    return line
}

private func summaries(_ paragraph: String) -> [String] {
    NarrativeFigureExtractor.figures(in: paragraph).map(summary)
}

@Suite("Narrative figures in the seed's 情况说明")
struct SeedNarrativeFigureTests {
    @Test func totalsAndTheirChangeOnLastYear() {
        let paragraph = Fixture.seedLine(479)
        #expect(paragraph.hasPrefix("2024年度收入总计5,029.36万元"))
        let figures = NarrativeFigureExtractor.figures(in: paragraph)
        #expect(figures.map(summary) == [
            "amount 5,029.36万元 =5029.36 万元 s0 「2024年度收入总计」",
            "amount 5,029.36万元 =5029.36 万元 s0 「支出总计」",
            "amount 68.13万元 =68.13 万元 s1 「收入总计」 decrease →0",
            "percentage 1.34% =1.34 % s1 「」 decrease →2",
            "amount 68.13万元 =68.13 万元 s1 「支出总计」 decrease →1",
            "percentage 1.34% =1.34 % s1 「」 decrease →4",
        ])
        #expect(figures.map(\.offset) == [10, 25, 48, 58, 70, 80])
        #expect(figures.first?.value == ExactDecimal(units: 502_936, scale: 2))
        #expect(figures.first?.amount == Amount(fen: 5_029_360_000))
    }

    @Test func sharesReferToTheAmountTheyAreAShareOf() {
        #expect(summaries(Fixture.seedLine(491)) == [
            "amount 2,963.86万元 =2963.86 万元 s0 「基本支出」",
            "percentage 59.01% =59.01 % s0 「占比」 →0",
        ])
        #expect(summaries(Fixture.seedLine(485)) == [
            "amount 5,023.02万元 =5023.02 万元 s0 「财政拨款收入」",
            "percentage 100.00% =100.00 % s0 「占比」 →0",
        ])
        #expect(summaries(Fixture.seedLine(509)) == [
            "amount 3,864.28万元 =3864.28 万元 s0 「一般公共服务支出(类)」",
            "percentage 76.93% =76.93 % s0 「占比」 →0",
        ])
    }

    @Test func changeInALaterSentenceRefersToTheLevelWithTheSameSubject() {
        #expect(summaries(Fixture.seedLine(497)) == [
            "amount 5,023.02万元 =5023.02 万元 s0 「2024年度财政拨款收入总计」",
            "amount 5,023.02万元 =5023.02 万元 s0 「支出总计」",
            "amount 68.13万元 =68.13 万元 s1 「财政拨款收入总计」 decrease →0",
            "percentage 1.34% =1.34 % s1 「」 decrease →2",
            "amount 68.13万元 =68.13 万元 s2 「财政拨款支出总计」 decrease →1",
            "percentage 1.34% =1.34 % s2 「」 decrease →4",
        ])
        #expect(summaries(Fixture.seedLine(503)) == [
            "amount 5,023.02万元 =5023.02 万元 s0 「2024年一般公共预算财政拨款决算支出」",
            "percentage 100.00% =100.00 % s0 「占本年支出合计」 →0",
            "amount 139.69万元 =139.69 万元 s1 「一般公共预算财政拨款支出」 increase →0",
            "percentage 2.86% =2.86 % s1 「」 increase →2",
        ])
    }

    @Test func completionRateAndChangeOfAFunctionalClass() {
        #expect(summaries(Fixture.seedLine(521)) == [
            "amount 4,311.18万元 =4311.18 万元 s0 「一般公共服务支出年初预算」",
            "amount 3,864.28万元 =3864.28 万元 s0 「支出决算」",
            "percentage 89.63% =89.63 % s0 「完成年初预算」 →1",
            "amount 240.21万元 =240.21 万元 s1 「」 increase →1",
            "percentage 6.63% =6.63 % s1 「」 increase →3",
        ])
    }

    @Test func everyItemOfThePersonnelCostListWithItsName() {
        let figures = NarrativeFigureExtractor.figures(in: Fixture.seedLine(533))
        let items = figures.map { "\($0.subject) \($0.value)" }
        #expect(items == [
            "人员经费 2711.37", "基本工资 731.94", "津贴补贴 456.43", "奖金 406.66",
            "机关事业单位基本养老保险缴费 210.55", "职业年金缴费 76.78", "职工基本医疗保险缴费 92.58",
            "公务员医疗补助缴费 26.37", "其他社会保障缴费 2.78", "住房公积金 206.27", "其他工资福利支出 25.86",
            "离休费 15.27", "退休费 365.82", "抚恤金 58.78", "奖励金 35.29",
        ])
        #expect(figures.allSatisfy { $0.kind == .amount && $0.unit == "万元" && $0.sentence == 0 && $0.direction == nil && $0.refersTo == nil })
        // Exact values: the items add up to 2,711.38, one cent (10,000 fen) over the printed
        // total, the rounding difference a checker must report as a note.
        let itemSum = figures.dropFirst().compactMap(\.amount).reduce(Amount.zero, +)
        #expect(itemSum.fen - (figures.first?.amount?.fen ?? 0) == 10_000)
    }

    @Test func publicExpenseItemsKeepThePrintedDecimals() {
        let figures = NarrativeFigureExtractor.figures(in: Fixture.seedLine(535))
        #expect(figures.map(\.text).prefix(4) == ["252.49万元", "25万元", "2.96万元", "0.6万元"])
        #expect(figures[1].value == ExactDecimal(units: 25, scale: 0))
        #expect(figures[3].value == ExactDecimal(units: 6, scale: 1))
        #expect(figures.map(\.subject).suffix(3) == ["公务用车运行维护费", "其他交通费用", "其他商品和服务支出"])
        #expect(figures.count == 16)
    }

    @Test func threePublicExpensesTotalAndUnchangedItems() {
        #expect(summaries(Fixture.seedLine(549)) == [
            "amount 26.26万元 =26.26 万元 s0 「2024年度“三公”经费财政拨款支出全年预算」",
            "amount 26.26万元 =26.26 万元 s0 「支出决算」",
            "percentage 100.00% =100.00 % s0 「完成全年预算」 →1",
            "amount 9.59万元 =9.59 万元 s0 「」 decrease →1",
            "percentage 26.75% =26.75 % s0 「」 decrease →3",
        ])
        #expect(summaries(Fixture.seedLine(551)) == ["amount 0万元 =0 万元 s0 「因公出国（境）费支出」 unchanged"])
        #expect(summaries(Fixture.seedLine(557)) == [
            "amount 0.59万元 =0.59 万元 s0 「公务接待费支出」",
            "percentage 100.00% =100.00 % s0 「完成全年预算」 →0",
            "amount 0.12万元 =0.12 万元 s0 「」 decrease →0",
            "percentage 16.9% =16.9 % s0 「」 decrease →2",
        ])
    }

    @Test func receptionBatchesAndPersonTimes() {
        #expect(summaries(Fixture.seedLine(567)) == [
            "amount 0.59万元 =0.59 万元 s0 「公务接待费支出」",
            "count 9批次 =9 批次 s0 「接待」",
            "count 68人次 =68 人次 s0 「」",
            "amount 0.59万元 =0.59 万元 s1 「国内接待费」",
            "count 9批次 =9 批次 s1 「接待」",
            "count 68人次 =68 人次 s1 「」",
            "amount 0万元 =0 万元 s1 「外事接待费」",
            "count 0批次 =0 批次 s1 「接待」",
            "count 0人次 =0 人次 s1 「」",
            "amount 0万元 =0 万元 s2 「国（境）外接待费」",
            "count 0批次 =0 批次 s2 「接待国（境）外」",
            "count 0人次 =0 人次 s2 「」",
        ])
        #expect(summaries(Fixture.seedLine(561)) == [
            "amount 0万元 =0 万元 s0 「因公出国（境）费支出」",
            "count 0个 =0 个 s0 「出国（境）团组」",
            "count 0人次 =0 人次 s0 「」",
        ])
    }

    @Test func vehiclesAndEquipmentButNotTheDate() {
        let paragraph = Fixture.seedLine(581)
        #expect(paragraph.hasPrefix("截至2024年12月31日"))
        #expect(summaries(paragraph) == [
            "count 17辆 =17 辆 s0 「本部门（单位）共有车辆」",
            "count 1辆 =1 辆 s1 「机要通信用车」",
            "count 15辆 =15 辆 s1 「执法执勤用车」",
            "count 1辆 =1 辆 s1 「特种专业技术用车」",
            "count 0辆 =0 辆 s1 「其他用车」",
            "amount 100万元 =100 万元 s2 「单价」",
            "count 0台（套） =0 台（套） s2 「单价100万元（含）以上设备（不含车辆）」",
        ])
        #expect(summaries(Fixture.seedLine(565)).last == "count 14辆 =14 辆 s0 「使用财政拨款负担的公务用车保有量」")
    }

    @Test func selfEvaluationCountsPerGrade() {
        #expect(summaries(Fixture.seedLine(587)) == [
            "count 44个 =44 个 s0 「大同市市场监督管理局2024年二级项目绩效自评个数」",
            "amount 2592.68万元 =2592.68 万元 s0 「涉及资金」",
            "count 36个 =36 个 s0 「项目自评为“优”」",
            "count 6个 =6 个 s0 「项目自评为“良”」",
            "count 1个 =1 个 s0 「项目自评为“中”」",
            "count 1个 =1 个 s0 「项目自评为“差”」",
        ])
    }

    @Test func procurementListSeparatedByEnumerationCommas() {
        #expect(summaries(Fixture.seedLine(577)) == [
            "amount 1,242.27万元 =1242.27 万元 s0 「2024年度政府采购支出总额」",
            "amount 46.47万元 =46.47 万元 s0 「政府采购货物支出」",
            "amount 0万元 =0 万元 s0 「政府采购工程支出」",
            "amount 1,195.80万元 =1195.80 万元 s0 「政府采购服务支出」",
            "amount 655.56万元 =655.56 万元 s1 「政府采购授予中小企业合同金额」",
            "percentage 52.77% =52.77 % s1 「占政府采购支出总额」 →4",
            "amount 585.10万元 =585.10 万元 s2 「授予小微企业合同金额」",
            "percentage 47.10% =47.10 % s2 「占政府采购支出总额」 →6",
        ])
    }

    @Test func internalDivisionsInTheOverview() {
        #expect(summaries(Fixture.seedLine(103)) == ["count 34个 =34 个 s0 「大同市市场监督管理局设」"])
    }

    @Test func paragraphsWithoutFiguresGiveNone() {
        for line in [475, 477, 501, 539, 541, 569, 585, 589, 591] {
            #expect(summaries(Fixture.seedLine(line)) == [], "seed line \(line)")
        }
    }
}

@Suite("Narrative figures in wrapped sample text")
struct SampleNarrativeFigureTests {
    @Test func numbersAndUnitsSplitAcrossLines() {
        let paragraph = Fixture.sample(Fixture.ecology, 386...388)
        #expect(summaries(paragraph) == [
            "amount 4733.14⏎万元 =4733.14 万元 s0 「上海市普陀区生态环境局2025年度收入支出总计」",
            "amount 90.09 万元 =90.09 万元 s1 「收入支出总计」 increase →0",
            "percentage 1.94% =1.94 % s1 「」 increase →1",
        ])
    }

    @Test func changeVerbSplitAcrossLines() {
        let paragraph = Fixture.sample(Fixture.culture, 467...469)
        // A page break (form feed) falls inside the verb 增加.
        #expect(paragraph.contains("增\n\u{0C}加 6485.08"))
        #expect(summaries(paragraph) == [
            "amount 24535.67 万元 =24535.67 万元 s0 「一般公共预算财政拨款支出」",
            "percentage 92.45% =92.45 % s0 「占本年支出合计」 →0",
            "amount 6485.08 万元 =6485.08 万元 s1 「一般公共预算财政拨款支出」 increase →0",
            "percentage 35.93% =35.93 % s1 「」 increase →2",
        ])
    }

    @Test func threePublicExpensesAgainstBudgetAndLastYear() {
        let paragraph = Fixture.sample(Fixture.ecology, 519...530)
        #expect(summaries(paragraph) == [
            "amount 21.00 万元 =21.00 万元 s0 「“三公”经费财政拨款支出年初预算」",
            "amount 16.95 万元 =16.95 万元 s0 「支出决算」",
            "percentage 80.71% =80.71 % s0 「完成预算」 →1",
            "amount 0.00 万元 =0.00 万元 s0 「因公出国（境）费决算」",
            "percentage 0.00% =0.00 % s0 「完成预算」 →3",
            "amount 16.95 万元 =16.95 万元 s1 「公务用车购置及运行维护费支出决算」",
            "percentage 82.68% =82.68 % s1 「完成预算」 →5",
            "amount 0.00 万元 =0.00 万元 s2 「公务接待费支出决算」",
            "percentage 0.00% =0.00 % s2 「完成预算」 →7",
            "amount 5.07 万元 =5.07 万元 s4 「2025年度“三公”经费财政拨款支出决算数」 increase →1",
            "percentage 42.68% =42.68 % s4 「」 increase →9",
            "amount 0.00 万元 =0.00 万元 s4 「因公出国（境）费支出决算」 unchanged",
            "amount 5.07 万元 =5.07 万元 s5 「公务用车购置及运行维护费支出决算」 increase →5",
            "percentage 42.68% =42.68 % s5 「」 increase →12",
            // `减少为0.00万元，与2024年持平`: `减少为` names the new level, the remark says unchanged.
            "amount 0.00⏎万元 =0.00 万元 s6 「公务接待费支出决算」 unchanged",
        ])
    }

    @Test func changesOfTheThreePublicExpensesReferToTheirLevels() {
        let paragraph = Fixture.sample(Fixture.culture, 605...620)
        #expect(summaries(paragraph) == [
            "amount 11.49 万元 =11.49 万元 s0 「“三公”经费财政拨款支出年初预算」",
            "amount 3.04 万元 =3.04 万元 s0 「支出决算」",
            "percentage 26.46% =26.46 % s0 「完成预算」 →1",
            "amount 0 万元 =0 万元 s0 「因公出国（境）费决算」",
            "percentage 0% =0 % s0 「完成预算」 →3",
            "amount 2.64 万元 =2.64 万元 s1 「公务用车购置及运行维护费支出决算」",
            "percentage 28.15% =28.15 % s1 「完成预算」 →5",
            "amount 0.40 万元 =0.40 万元 s2 「公务接待费支出决算」",
            "percentage 18.96% =18.96 % s2 「完成预算」 →7",
            "amount 19.66 万元 =19.66 万元 s4 「2025年度“三公”经费财政拨款支出决算数」 decrease →1",
            "percentage 86.61% =86.61 % s4 「」 decrease →9",
            "amount 20.06 万元 =20.06 万元 s5 「公务用车购置及运行维护费支出决算」 decrease →5",
            "percentage 88.37% =88.37 % s5 「」 decrease →11",
            "amount 0.40 万元 =0.40 万元 s6 「公务接待费支出决算」 increase →7",
            "percentage 100% =100 % s6 「」 increase →13",
        ])
    }

    @Test func receptionWithBareTenThousandAndEnumeratedCounts() {
        let paragraph = Fixture.sample(Fixture.culture, 635...638)
        let figures = NarrativeFigureExtractor.figures(in: paragraph)
        #expect(figures.map(summary) == [
            "amount 0.40 万元 =0.40 万元 s0 「公务接待费支出」",
            "amount 0.40 万 =0.40 万 s1 「国内公务接待支出」",
            "amount 0 万元 =0 万元 s1 「含外宾接待支出」",
            "count 2 批次 =2 批次 s2 「公务接待」",
            "count 24 人次 =24 人次 s2 「」",
            "count 0 批次 =0 批次 s2 「接待外宾」",
            "count 0 人次 =0 人次 s2 「」",
        ])
        #expect(figures[1].amount == Amount(tenThousandYuan: ExactDecimal(units: 40, scale: 2)))
    }

    @Test func vehiclesByKindButNotTheDate() {
        let paragraph = Fixture.sample(Fixture.ecology, 587...591)
        #expect(paragraph.hasPrefix("截至 2025 年 12 月 31 日"))
        #expect(summaries(paragraph) == [
            "count 9 辆 =9 辆 s0 「上海市普陀区生态环境局部门共有车辆」",
            "count 0 辆 =0 辆 s0 「部级领导干部用车」",
            "count 0 辆 =0 辆 s0 「主要领导干部用车」",
            "count 0 辆 =0 辆 s0 「机要通信用车」",
            "count 1 辆 =1 辆 s0 「应急保障用车」",
            "count 0⏎辆 =0 辆 s0 「执法执勤用车」",
            "count 0 辆 =0 辆 s0 「特种专业技术用车」",
            "count 0 辆 =0 辆 s0 「离退休干部用车」",
            "count 8⏎辆 =8 辆 s0 「其他用车」",
            "amount 100 万元 =100 万元 s1 「单价」",
            "count 6 台（套） =6 台（套） s1 「单价100万元（含）以上设备（不含车辆）」",
        ])
    }

    @Test func performanceManagementProjectsScoresAndGrades() {
        let paragraph = Fixture.sample(Fixture.ecology, 554...569)
        #expect(summaries(paragraph) == [
            "count 28个 =28 个 s3 「编报绩效目标的2025年度项目」",
            "amount 1354.13万元 =1354.13 万元 s3 「涉及预算金额」",
            "count 28个 =28 个 s4 「绩效跟踪评价的2025年度项目」",
            "amount 1354.13万元 =1354.13 万元 s4 「涉及预算金额」",
            "count 28个 =28 个 s5 「绩效自评的2025年度项目」",
            "amount 1354.13万元 =1354.13 万元 s5 「涉及预算金额」",
            "count 99.86分 =99.86 分 s5 「平均得分」",
            "count 28个 =28 个 s5 「绩效评级为“优”的项目」",
            "count 0个 =0 个 s6 「绩效评级为“良”的项目」",
            "count 0个 =0 个 s7 「绩效评级为“合格”的项目」",
            "count 0个 =0 个 s8 「绩效评级为“不合格”的项目」",
            "count 3个 =3 个 s9 「绩效自评中共发现问题」",
            "count 3⏎个 =3 个 s9 「已经完成整改」",
            "count 0个 =0 个 s9 「正在整改」",
        ])
    }

    @Test func runningCostsChangeWithUnitSplitAcrossLines() {
        let paragraph = Fixture.sample(Fixture.culture, 670...671)
        #expect(summaries(paragraph) == [
            "amount 166.45 万元 =166.45 万元 s0 「机关运行经费支出」",
            "amount 22.50 万⏎元 =22.50 万元 s0 「」 decrease →0",
            "percentage 11.91% =11.91 % s0 「」 decrease →1",
        ])
    }
}

@Suite("Narrative figure rules")
struct NarrativeFigureRuleTests {
    @Test(arguments: [
        "截至2024年12月31日，本部门无车辆。",
        "2024年度部门决算，2023年同期。",
        "1、预算绩效管理工作开展情况",
        "（一）机关运行经费支出情况说明",
        "3.社会保障和就业支出（类）",
        "第三部分 情况说明",
        "第3批次项目于2024年6月完成，第12条规定。",
        "功能分类科目2080501，G20峰会。",
        "2024.12.31起施行",
        "2023-2024年度",
    ])
    func datesNumberingOrdinalsAndCodesAreNotFigures(_ paragraph: String) {
        #expect(summaries(paragraph) == [])
    }

    @Test func fullWidthDigitsAndPercentSign() {
        #expect(summaries("公务接待费下降１６．９％，占比７６．９３％。") == [
            "percentage １６．９％ =16.9 % s0 「公务接待费」 decrease",
            "percentage ７６．９３％ =76.93 % s0 「占比」",
        ])
    }

    @Test func moneyInYuanAndHundredMillionsStaysInItsPrintedUnit() {
        let figures = NarrativeFigureExtractor.figures(in: "收入总计1.2345亿元，其中捐赠5,000元，人均培训费400元/人/天。")
        #expect(figures.map(summary) == [
            "amount 1.2345亿元 =1.2345 亿元 s0 「收入总计」",
            "amount 5,000元 =5000 元 s0 「捐赠」",
            "amount 400元/人/天 =400 元/人/天 s0 「人均培训费」",
        ])
        #expect(figures[0].amount == Amount(tenThousandYuan: ExactDecimal(units: 12_345, scale: 0)))
        #expect(figures[1].amount == Amount(fen: 500_000, decimals: 4))
        #expect(figures[2].amount == nil)
    }

    @Test func directionWordsNearTheFigure() {
        #expect(summaries("办公费增长了5%；差旅费增幅为3.5%；印刷费增加到10万元；维修费降低约2个百分点；邮电费与上年持平，为0.6万元。") == [
            "percentage 5% =5 % s0 「办公费」 increase",
            "percentage 3.5% =3.5 % s1 「差旅费」 increase",
            "amount 10万元 =10 万元 s2 「印刷费」",
            "percentage 2个百分点 =2 个百分点 s3 「维修费」 decrease",
            "amount 0.6万元 =0.6 万元 s4 「」",
        ])
    }

    @Test func comparisonWordsAreNotPartOfTheSubject() {
        #expect(summaries("本年支出12.5万元，同比增长12.5%，较2023年度增加1.39万元。") == [
            "amount 12.5万元 =12.5 万元 s0 「本年支出」",
            "percentage 12.5% =12.5 % s0 「」 increase →0",
            "amount 1.39万元 =1.39 万元 s0 「」 increase →0",
        ])
    }

    @Test func listNumberingIsNotPartOfTheSubject() {
        #expect(summaries("（1）办公费5万元；①印刷费3万元；一、差旅费2万元；(2)培训费1万元；10.劳务费8万元。").map { $0.split(separator: " ")[5] } == [
            "「办公费」", "「印刷费」", "「差旅费」", "「培训费」", "「劳务费」",
        ])
    }

    @Test func countsChangeAgainstACountOfTheSameThings() {
        #expect(summaries("单价100万以上设备3台，新增2台；公务用车15辆，比上年减少2辆。") == [
            "amount 100万 =100 万 s0 「单价」",
            "count 3台 =3 台 s0 「单价100万以上设备」",
            "count 2台 =2 台 s0 「」 increase →1",
            "count 15辆 =15 辆 s1 「公务用车」",
            "count 2辆 =2 辆 s1 「」 decrease →3",
        ])
    }

    @Test func aRateThatNamesItselfIsNotAShareOfTheFigureBefore() {
        #expect(summaries("建设基站300座，覆盖率99.5%，占全市的12%。") == [
            "count 300座 =300 座 s0 「建设基站」",
            "percentage 99.5% =99.5 % s0 「覆盖率」",
            "percentage 12% =12 % s0 「占全市」 →0",
        ])
    }

    @Test func aChangeWordFarFromTheFigureIsNotItsDirection() {
        #expect(summaries("增加的主要原因是购置设备支出5万元。") == ["amount 5万元 =5 万元 s0 「增加的主要原因是购置设备支出」"])
    }

    @Test func comparisonWithTheBudgetIsNotUnchangedOnLastYear() {
        #expect(summaries("年初预算为 1.27 万元，支出决算为 1.27 万元，决算数与预算数持平。") == [
            "amount 1.27 万元 =1.27 万元 s0 「年初预算」",
            "amount 1.27 万元 =1.27 万元 s0 「支出决算」",
        ])
    }

    @Test func ordinaryCommaIsAClauseBreakButAThousandsSeparatorIsNot() {
        #expect(summaries("单价1,000万元以上设备2台,其中专用设备1台。") == [
            "amount 1,000万元 =1000 万元 s0 「单价」",
            "count 2台 =2 台 s0 「单价1,000万元以上设备」",
            "count 1台 =1 台 s0 「专用设备」",
        ])
    }

    @Test func sentencesEndAtEveryTerminator() {
        let figures = NarrativeFigureExtractor.figures(in: "甲1个。乙2个；丙3个;丁4个！戊5个？己6个。。庚7个")
        #expect(figures.map(\.sentence) == [0, 1, 2, 3, 4, 5, 6])
    }

    @Test func negativeAmount() {
        #expect(summaries("年末结转和结余-3.5万元。") == ["amount -3.5万元 =-3.5 万元 s0 「年末结转和结余」"])
    }

    /// Every figure's text is exactly what stands at its offset, and its sentence index is the
    /// number of sentences that end before it: the invariants a writer relies on to highlight it.
    @Test func textStandsAtItsOffsetInEveryNarrativeParagraph() {
        var paragraphs = (475...592).map(Fixture.seedLine)
        paragraphs.append(Fixture.sample(Fixture.ecology, 385...590))
        paragraphs.append(Fixture.sample(Fixture.culture, 450...688))
        var total = 0
        for paragraph in paragraphs {
            let characters = Array(paragraph)
            for figure in NarrativeFigureExtractor.figures(in: paragraph) {
                total += 1
                #expect(String(characters[figure.offset..<(figure.offset + figure.text.count)]) == figure.text)
                let before = String(characters[..<figure.offset])
                #expect(figure.sentence <= before.filter { "。；;！？".contains($0) }.count)
                if let refersTo = figure.refersTo { #expect(refersTo >= 0) }
            }
        }
        #expect(total > 400)
    }
}
