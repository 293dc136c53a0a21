import Disclosure
import Testing
@testable import Classification

@Suite struct CatalogueLookupTests {
    let catalogue: Catalogue

    init() throws {
        catalogue = try Catalogue.bundled()
    }

    private func code(_ digits: String) throws -> FunctionalCode {
        try #require(FunctionalCode(digits))
    }

    @Test func parentChainOfAnItemReachesItsClass() throws {
        let item = try code("2080505")
        #expect(catalogue.functional(item)?.name == "机关事业单位基本养老保险缴费支出")
        let section = try #require(catalogue.parent(of: item))
        #expect(section.code == "20805")
        #expect(section.name == "行政事业单位养老支出")
        let sectionCode = try code(section.code)
        let klass = try #require(catalogue.parent(of: sectionCode))
        #expect(klass.code == "208")
        #expect(klass.name == "社会保障和就业支出")
        #expect(catalogue.parent(of: try code("208")) == nil)
    }

    @Test(arguments: [
        ("一、一般公共服务支出", "201"),
        ("七、文化旅游体育与传媒支出", "207"),
        ("二十六、抗疫特别国债安排的支出", "234"),
        ("二十四、抗疫特别国债安排的支出", "234"),
        ("二十三、其他支出", "229"),
        ("十九、住房保障支出", "221"),
        ("文化旅游体育与传媒支出（类）", "207"),
        ("社会保障和就业支出(类)", "208"),
        ("（一）卫生健康支出", "210"),
        ("1.节能环保支出", "211"),
        ("二十二、灾害防治及应急管理 支出", "224"),
    ])
    func printedClassLabelMapsToItsCode(label: String, digits: String) {
        #expect(catalogue.functionalClass(named: label)?.digits == digits)
    }

    @Test func labelsThatAreNotClassesMapToNothing() {
        #expect(catalogue.functionalClass(named: "本年支出合计") == nil)
        #expect(catalogue.functionalClass(named: "一、一般公共预算财政拨款收入") == nil)
        // 行政运行 is a 项 name, never a 类.
        #expect(catalogue.functionalClass(named: "行政运行") == nil)
        #expect(catalogue.functionalClass(named: "") == nil)
    }

    @Test func formerClassNameMapsToTheCodeButIsNotCurrent() throws {
        #expect(catalogue.functionalClass(named: "七、文化体育与传媒支出")?.digits == "207")
        let culture = try code("207")
        #expect(!catalogue.isCurrentName("文化体育与传媒支出", for: culture))
        #expect(catalogue.isCurrentName("文化旅游体育与传媒支出", for: culture))
        let names = catalogue.names(of: culture).map(\.name)
        #expect(names == ["文化旅游体育与传媒支出", "文化体育与传媒支出"])
    }

    @Test func currentNameIgnoresSpacesAndParenthesisWidth() throws {
        let repairs = try #require(EconomicCode("30213"))
        #expect(catalogue.isCurrentName("维修(护)费", for: repairs))
        #expect(catalogue.isCurrentName("维修（护）费", for: repairs))
        #expect(catalogue.isCurrentName("机关事业单位基本养老保 险缴费支出", for: try code("2080505")))
        #expect(!catalogue.isCurrentName("维修费", for: repairs))
    }

    @Test func unknownCodesHaveNoEntryAndNoCurrentName() throws {
        let unknown = try code("2999999")
        #expect(catalogue.functional(unknown) == nil)
        #expect(catalogue.names(of: unknown).isEmpty)
        #expect(!catalogue.isCurrentName("行政运行", for: unknown))
    }

    @Test func economicCodesAreLookedUpInTheirOwnScheme() throws {
        // 301 is 工资福利支出 in the economic scheme and nothing in the functional one.
        #expect(catalogue.economic(try #require(EconomicCode("301")))?.name == "工资福利支出")
        #expect(catalogue.economic(try #require(EconomicCode("301 01")))?.name == "基本工资")
        #expect(catalogue.functional(try code("301")) == nil)
    }

    @Test func everyFunctionalClassOfTheStandardListIsPresent() {
        let classes = Set(catalogue.entries.filter { $0.scheme == .functional && $0.code.count == 3 }.map(\.code))
        let standard: Set = ["201", "202", "203", "204", "205", "206", "207", "208", "210", "211", "212", "213", "214", "215", "216", "217", "219", "220", "221", "222", "223", "224", "227", "229", "230", "231", "232", "233", "234"]
        #expect(classes == standard)
    }

    @Test func everyShippedEntryHasItsParentsAndOneNamePerEdition() throws {
        var seen: Set<String> = []
        for entry in catalogue.entries {
            #expect(seen.insert("\(entry.scheme) \(entry.code) \(entry.edition)").inserted, "duplicate \(entry)")
            #expect(!entry.source.isEmpty)
            switch entry.scheme {
            case .functional:
                let parent = try #require(FunctionalCode(entry.code)).parent
                if let parent { #expect(catalogue.functional(parent) != nil, "no parent for \(entry.code)") }
            case .economic:
                let parent = try #require(EconomicCode(entry.code)).parent
                if let parent { #expect(catalogue.economic(parent) != nil, "no parent for \(entry.code)") }
            }
        }
    }
}
