import Disclosure
import Foundation

// TEMPORARY stub until the catalogue branch lands.
public struct Catalogue: Sendable {
    public static func bundled() throws -> Catalogue { Catalogue() }
    public static func load(extension url: URL?) throws -> Catalogue { Catalogue() }
    public func functionalClass(named printed: String) -> FunctionalCode? {
        let names = ["201": "一般公共服务支出", "208": "社会保障和就业支出", "210": "卫生健康支出", "221": "住房保障支出"]
        return names.first { printed.contains($0.value) }.flatMap { FunctionalCode($0.key) }
    }
}
