import Checking
import Disclosure
import Foundation
import Hummingbird
import Store

/// `/api/v1`: the public data as JSON (published versions only) and, for API tokens, upload
/// and publish. Shapes are documented in `OpenAPIDocument`.
struct APIRoutes: Sendable {
    let view: PublicView
    let responses: PublishedResponses
    let writer: VersionWriter

    func add(to router: Router<PortalContext>) {
        let api = router.group("api/v1")
        api.get("openapi.json") { _, _ in
            Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
                     body: .init(byteBuffer: ByteBuffer(string: OpenAPIDocument.json)))
        }
        api.get("departments") { _, _ in
            JSONBody(try await view.store.departments().map(DepartmentBody.init))
        }
        api.get("disclosures") { _, _ in
            JSONBody(try await view.published().map(DisclosureBody.init))
        }
        api.get("disclosures/:department/:year") { request, context in
            let (code, year) = try Self.key(context)
            return try await responses.respond(request, department: code, year: year, .disclosureJSON)
        }
        api.get("disclosures/:department/:year/versions") { _, context in
            let (code, year) = try Self.key(context)
            return JSONBody(try await view.publishedVersions(department: code, year: year))
        }
        api.get("disclosures/:department/:year/findings") { request, context in
            let (code, year) = try Self.key(context)
            return try await responses.respond(request, department: code, year: year, .findingsJSON)
        }
        api.get("disclosures/:department/:year/tables") { request, context in
            let (code, year) = try Self.key(context)
            return try await responses.respond(request, department: code, year: year, .tablesJSON)
        }
        api.get("aggregate") { request, _ in
            let query = request.uri.queryParameters
            let classCode = query.get("class")
            if let classCode, FunctionalCode(classCode) == nil {
                throw PortalError.badRequest("class 须为 3、5 或 7 位功能分类科目代码")
            }
            let years = try FiscalYearText.list(query.get("years"))
            guard let first = years.first, let last = years.last else { throw PortalError.badRequest("请用 years=2024,2025 指定年度") }
            let totals = try await view.store.aggregate(classCode: classCode, fiscalYears: first...last).filter { years.contains($0.fiscalYear) }
            return JSONBody(totals)
        }
        api.post("disclosures/:department/:year/versions") { request, context in
            let (code, year) = try Self.key(context)
            let fileName = request.uri.queryParameters.get("name").map { String($0) } ?? "upload"
            return try await writer.upload(request, department: code, year: year, fileName: fileName)
        }
        api.post("versions/:id/publish") { request, context in
            try await writer.publish(request, version: try context.versionID())
        }
    }

    static func key(_ context: PortalContext) throws -> (String, Int) {
        guard let code = context.path("department") else { throw PortalError.notFound() }
        return (code, try FiscalYearText.parse(context.path("year")))
    }

    struct DepartmentBody: Encodable, Sendable {
        let code: String
        let name: String

        init(_ department: Department) {
            code = department.code
            name = department.name
        }
    }

    struct DisclosureBody: Encodable, Sendable {
        let department: DepartmentBody
        let fiscalYear: Int
        let version: VersionSummary

        init(_ published: PublishedDisclosure) {
            department = DepartmentBody(published.department)
            fiscalYear = published.fiscalYear
            version = published.version
        }
    }
}
