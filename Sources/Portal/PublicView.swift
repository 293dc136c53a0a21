import Foundation
import Checking
import Disclosure
import Store

/// What the public may see of the store: published versions only, never drafts. Every page and
/// every anonymous API route reads through this; which version is published comes from `index`.
struct PublicView: Sendable {
    let store: any DisclosureStore
    let index: PublishedIndex

    /// A published disclosure with its model and findings decoded.
    struct Opened: Sendable {
        let department: Department
        let version: StoredVersion
        let model: Disclosure
        let findings: [Finding]
        var fiscalYear: Int { version.summary.fiscalYear }

        init(department: Department, version: StoredVersion) throws {
            self.department = department
            self.version = version
            model = try version.model()
            findings = try version.findings()
        }
    }

    /// Every published disclosure, by department name, latest year first.
    func published() async throws -> [PublishedDisclosure] {
        try await index.snapshot().list
    }

    func department(code: String) async throws -> Department {
        guard let department = try await store.department(code: code) else { throw PortalError.notFound("找不到部门：\(code)") }
        return department
    }

    /// Which version of a disclosure is published now, without reading it. One the index does not
    /// hold is asked of the store: published since by another process, or not found.
    func current(department code: String, year: Int) async throws -> PublishedDisclosure {
        if let published = try await index.snapshot().byKey[.init(department: code, fiscalYear: year)] { return published }
        if let published = try await store.publishedDisclosure(departmentCode: code, fiscalYear: year) { return published }
        let department = try await department(code: code)
        throw PortalError.notFound("\(department.name) \(year) 年度决算尚未公开")
    }

    func open(department code: String, year: Int) async throws -> Opened {
        try await open(try await current(department: code, year: year))
    }

    /// A version `current` named, read whole.
    func open(_ published: PublishedDisclosure) async throws -> Opened {
        guard let version = try await store.version(id: published.version.id) else { throw PortalError.notFound() }
        return try Opened(department: published.department, version: version)
    }

    /// The versions of a disclosure that have been published at some time: drafts stay hidden.
    func publishedVersions(department code: String, year: Int) async throws -> [VersionSummary] {
        let department = try await department(code: code)
        let versions = try await store.versions(department: department.id, fiscalYear: year).filter(\.isPublished)
        guard !versions.isEmpty else { throw PortalError.notFound("\(department.name) \(year) 年度决算尚未公开") }
        return versions
    }
}

/// A year as it stands in a URL: digits only, within the range a disclosure can have.
enum FiscalYearText {
    static func parse(_ text: String?) throws -> Int {
        guard let text, text.count == 4, text.allSatisfy(\.isASCII), let year = Int(text), (1990...2200).contains(year) else {
            throw PortalError.badRequest("年度须为四位数字，如 2024")
        }
        return year
    }

    /// `2024,2025` → the years, sorted and distinct.
    static func list(_ text: String?) throws -> [Int] {
        guard let text, !text.isEmpty else { return [] }
        let years = try text.split(separator: ",").map { try parse(String($0).trimmingCharacters(in: .whitespaces)) }
        guard years.count <= 50 else { throw PortalError.badRequest("一次最多比较 50 个年度") }
        return Array(Set(years)).sorted()
    }
}
