import Testing
@testable import Classification

@Suite struct PrintedNameTests {
    @Test(arguments: [
        ("一、一般公共服务支出", "一般公共服务支出"),
        ("二十六、抗疫特别国债安排的支出", "抗疫特别国债安排的支出"),
        ("（一）教育支出", "教育支出"),
        ("(二)教育支出", "教育支出"),
        ("3、教育支出（类）", "教育支出"),
        ("12. 教育支出 (类)", "教育支出"),
        ("  教育\u{3000}支出 ", "教育支出"),
        // Names that merely begin with a numeral keep it.
        ("一般公共服务支出", "一般公共服务支出"),
    ])
    func classLabelIsReducedToTheBareName(label: String, name: String) {
        #expect(PrintedName.className(fromLabel: label) == name)
    }

    @Test func comparableFormFoldsParenthesesAndSpaces() {
        #expect(PrintedName.comparable("退职(役) 费") == "退职（役）费")
    }
}
