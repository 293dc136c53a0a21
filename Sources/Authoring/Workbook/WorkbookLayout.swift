/// The authoring workbook: one sheet per kind of base figure, Chinese sheet and column names,
/// each header cell carrying its validation hint and example (`金额（万元，非负，如 1847.89）`).
/// Reader and template writer share this one description so that they cannot drift apart.
enum WorkbookLayout {
    struct Column {
        var name: String
        var hint: String
        /// The header cell: name, then the hint in full-width parentheses.
        var header: String { hint.isEmpty ? name : "\(name)（\(hint)）" }
    }

    struct Sheet {
        var name: String
        var columns: [Column]
    }

    static let amountHint = "万元，非负，最多6位小数，如 1847.89"

    static let department = Sheet(name: "单位信息", columns: [Column(name: "项目", hint: "单位名称、单位代码、年度、单位性质、下属单位、职责、机构设置"),
                                                          Column(name: "内容", hint: "单位性质填 行政单位/参照公务员法管理事业单位/事业单位；职责每条一行")])
    static let lines = Sheet(name: "收支明细", columns: [
        Column(name: "功能分类科目代码", hint: "7位项级代码，如 2013801"),
        Column(name: "资金来源", hint: SourceOfFunds.allCases.map(\.rawValue).joined(separator: "/")),
        Column(name: "本年收入", hint: amountHint), Column(name: "基本支出", hint: amountHint), Column(name: "项目支出", hint: amountHint),
        Column(name: "上缴上级支出", hint: amountHint), Column(name: "经营支出", hint: amountHint), Column(name: "对附属单位补助支出", hint: amountHint),
    ])
    static let economic = Sheet(name: "基本支出经济分类", columns: [
        Column(name: "经济分类科目代码", hint: "5位款级代码，如 30101；仅一般公共预算财政拨款基本支出，合计须等于收支明细的一般公共预算基本支出"),
        Column(name: "金额", hint: amountHint),
    ])
    static let balances = Sheet(name: "结转结余", columns: [
        Column(name: "资金来源", hint: SourceOfFunds.allCases.map(\.rawValue).joined(separator: "/")),
        Column(name: "功能分类科目代码", hint: "可空；政府性基金按项填写"),
        Column(name: "年初结转和结余", hint: amountHint), Column(name: "年末结转和结余", hint: "须等于 年初+收入+使用结余−支出−结余分配"),
        Column(name: "使用非财政拨款结余", hint: amountHint), Column(name: "结余分配", hint: amountHint),
    ])
    static let budgets = Sheet(name: "年初预算", columns: [Column(name: "功能分类科目代码", hint: "7位项级代码"),
                                                      Column(name: "年初预算数", hint: "一般公共预算财政拨款，" + amountHint)])
    static let prior = Sheet(name: "上年数", columns: [Column(name: "项目", hint: PriorYearRows.allCases.map(\.rawValue).joined(separator: "、") + "，或3位类代码"),
                                                    Column(name: "金额", hint: "上年决算公开所印数字；上年决算文件填文件名")])
    static let threePublic = Sheet(name: "三公经费", columns: [Column(name: "项目", hint: ThreePublicItem.allCases.map(\.rawValue).joined(separator: "、")),
                                                          Column(name: "预算数", hint: amountHint), Column(name: "决算数", hint: amountHint),
                                                          Column(name: "主要用途", hint: "如 机要文件交换、公务活动所需车辆的燃油费等")])
    static let threePublicCounts = Sheet(name: "三公经费数量", columns: [Column(name: "项目", hint: ThreePublicCountRows.allCases.map(\.rawValue).joined(separator: "、")),
                                                                  Column(name: "数值", hint: "个数为非负整数，金额为万元")])
    static let procurement = Sheet(name: "政府采购", columns: [Column(name: "项目", hint: ProcurementRows.allCases.map(\.rawValue).joined(separator: "、")),
                                                          Column(name: "金额", hint: amountHint)])
    static let assets = Sheet(name: "资产", columns: [Column(name: "项目", hint: "车辆类别（如 执法执勤用车）或 单价100万元以上设备、截至日期"),
                                                   Column(name: "数量", hint: "非负整数")])
    static let reasons = Sheet(name: "变动原因", columns: [Column(name: "事项", hint: "收支总计、财政拨款收支总计、一般公共预算财政拨款支出、类代码（如 201）、三公经费及各项、机关运行经费"),
                                                       Column(name: "原因", hint: "与上年相比有增减的，须填写原因")])
    static let purposes = Sheet(name: "支出用途", columns: [Column(name: "科目代码", hint: "每个有一般公共预算财政拨款支出的项须填写；类可选"),
                                                        Column(name: "用途", hint: "如 主要用于机关人员工资福利和日常运转")])
    static let performance = Sheet(name: "绩效自评", columns: [Column(name: "项目", hint: "自评项目个数、涉及资金、等级名（优/良/中/差）、说明、其他需要说明的事项"),
                                                          Column(name: "内容", hint: "个数为整数，资金为万元")])
}

/// Rows of the 上年数 sheet.
enum PriorYearRows: String, CaseIterable {
    case disclosure = "上年决算文件"
    case incomeGrandTotal = "收入总计"
    case expenditureGrandTotal = "支出总计"
    case fiscalIncomeGrandTotal = "财政拨款收入总计"
    case fiscalExpenditureGrandTotal = "财政拨款支出总计"
    case generalBudget = "一般公共预算财政拨款支出"
    case threePublicTotal = "三公经费合计"
    case operatingCosts = "机关运行经费"
}

/// Rows of the 三公经费数量 sheet.
enum ThreePublicCountRows: String, CaseIterable {
    case overseasGroups = "出国（境）团组数"
    case overseasPersons = "出国（境）人次"
    case vehiclesPurchased = "购置公务用车数"
    case vehiclesHeld = "公务用车保有量"
    case receptionBatches = "公务接待批次"
    case receptionPersons = "公务接待人次"
    case foreignAmount = "外事接待费"
    case foreignBatches = "外事接待批次"
    case foreignPersons = "外事接待人次"
    case abroadAmount = "国（境）外接待费"
    case abroadBatches = "国（境）外接待批次"
    case abroadPersons = "国（境）外接待人次"
}

/// Rows of the 政府采购 sheet.
enum ProcurementRows: String, CaseIterable {
    case goods = "货物"
    case works = "工程"
    case services = "服务"
    case smallAndMedium = "授予中小企业合同金额"
    case smallAndMicro = "授予小微企业合同金额"
}
