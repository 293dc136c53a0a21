import Disclosure

/// The 支出功能分类 类 that 收入支出决算总表 and 财政拨款收入支出决算总表 print, one line each, in
/// the order of the 2024 forms; names come from the catalogue.
enum StandardClasses {
    static let codes: [String] = [
        "201", "202", "203", "204", "205", "206", "207", "208", "210", "211", "212", "213", "214", "215", "216", "217",
        "219", "220", "221", "222", "223", "224", "229", "231", "232", "234",
    ]

    /// `一`, `二`, … `二十六`: the forms number their lines in Chinese.
    static func numeral(_ number: Int) -> String {
        let digits = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        guard number >= 10 else { return digits[number] }
        let tens = number / 10
        return (tens == 1 ? "" : digits[tens]) + "十" + digits[number % 10]
    }
}
