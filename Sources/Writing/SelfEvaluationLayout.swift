import Disclosure

/// The seed's layout of a 项目支出绩效自评表 as rows of cells, shared by the Markdown and HTML
/// writers so both print the same figures in the same places. Nothing is computed here.
struct SelfEvaluationLayout {
    struct Block {
        var heading: String?
        var header: [String]
        var rows: [[String]]
    }

    static let fundHeader = ["资金来源", "年初预算数·目标申报数", "年初预算数·预算编制数", "全年预算数", "全年执行数", "资金结(转)余", "执行率", "得分", "偏差原因"]
    static let indicatorHeader = ["一级指标", "二级指标", "三级指标", "年初指标值", "调整后指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]

    static func blocks(_ evaluation: SelfEvaluation) -> [Block] {
        let year = evaluation.fiscalYear.map { "(\($0)年度)" }
        var blocks: [Block] = [Block(heading: year, header: ["项目名称", evaluation.projectName], rows: [
            ["主管部门及代码", evaluation.supervisingDepartment?.description ?? ""],
            ["预算单位", evaluation.budgetUnit?.description ?? ""],
        ])]
        let fundRows = evaluation.fundLines.map { line in
            [line.source ?? "", text(line.declaredBudget), text(line.initialBudget), text(line.annualBudget), text(line.executed), text(line.balance),
             line.executionRate.map { $0.value.description } ?? "", line.executionScore?.description ?? "", line.deviationReason ?? ""]
        }
        blocks.append(Block(heading: "项目资金预算安排及执行进度(万元)", header: fundHeader, rows: fundRows))
        blocks.append(Block(heading: "项目年度绩效目标", header: ["年度目标", "实际完成情况"],
                            rows: [[evaluation.annualGoal ?? "", evaluation.actualCompletion ?? ""]]))
        let indicatorRows = evaluation.indicators.map { indicator in
            [indicator.level1 ?? "", indicator.level2 ?? "", indicator.name, indicator.initialTarget ?? "", indicator.target?.printed ?? "",
             indicator.actual?.printed ?? "", indicator.weight?.description ?? "", indicator.score?.description ?? "", indicator.deviationReason ?? ""]
        }
        blocks.append(Block(heading: "绩效指标", header: indicatorHeader,
                            rows: indicatorRows + [["总分", "", "", "", "", "", "", evaluation.totalScore?.description ?? "", evaluation.grade ?? ""]]))
        blocks.append(Block(heading: "项目绩效分析", header: ["分析", "内容"], rows: evaluation.analyses.map { [$0.heading, $0.text] }))
        return blocks
    }

    static func text(_ amount: Amount?) -> String { amount?.description ?? "" }
}
