import Checking
import Classification
import Foundation
import Hummingbird
import Reading
import Store

/// The public portal over a store: pages, downloads, the `/api/v1` JSON API and the editors'
/// pages. Everything lasting lives in the store; what the portal holds of its own can be lost at
/// any time: the sign-in throttle's recent failures, which versions are published (`PublishedIndex`)
/// and the responses rendered from them (`RenderCache`).
public struct Portal: Sendable {
    let view: PublicView
    let responses: PublishedResponses
    let writer: VersionWriter
    let sessions: WebSessions
    let catalogue: Catalogue

    public init(store: any DisclosureStore, reader: DisclosureReader, checker: Checker, configuration: PortalConfiguration = .init()) {
        let index = PublishedIndex(store: store, maxAge: configuration.publicationMaxAge)
        view = PublicView(store: store, index: index)
        responses = PublishedResponses(view: view, cache: RenderCache(capacity: configuration.renderCacheBytes))
        writer = VersionWriter(store: store, index: index, reader: reader, checker: checker, uploadLimit: configuration.uploadLimit,
                               uploadLimitText: configuration.uploadLimitText)
        sessions = WebSessions(store: store, configuration: configuration)
        catalogue = reader.catalogue
    }

    public func router() -> Router<PortalContext> {
        let router = Router(context: PortalContext.self)
        router.add(middleware: ErrorPages())
        router.get("/") { request, _ in
            HomePage.render(try await view.published(), query: request.uri.queryParameters.get("q").map { String($0) } ?? "")
        }
        router.get("d/:department/:year") { request, context in
            let (code, yearText) = try Self.segments(context)
            let (year, format) = try Self.split(yearText)
            return try await responses.respond(request, department: code, year: try FiscalYearText.parse(year), format.map { .download($0) } ?? .page)
        }
        router.get("d/:department/:year/pdf") { request, context in
            try await download(request, context, .pdf)
        }
        router.get("d/:department/:year/datapackage.zip") { request, context in
            try await download(request, context, .datapackage)
        }
        router.get("compare") { request, _ in try await compare(request) }
        router.get("quality") { _, _ in QualityPage.render(try await view.published()) }
        router.get("city") { _, _ in
            let years = Set(try await view.published().map(\.fiscalYear))
            guard let first = years.min(), let last = years.max() else { return CityPage.render([], catalogue: catalogue) }
            return CityPage.render(try await view.store.aggregate(classCode: nil, fiscalYears: first...last), catalogue: catalogue)
        }
        APIRoutes(view: view, responses: responses, writer: writer).add(to: router)
        EditorRoutes(sessions: sessions, writer: writer).add(to: router)
        return router
    }

    /// Serves until the process is told to stop (SIGINT, SIGTERM); `onStart` gets the URL.
    public func run(host: String, port: Int, onStart: @escaping @Sendable (String) async -> Void) async throws {
        let app = Application(
            router: router(),
            configuration: .init(address: .hostname(host, port: port), serverName: "juesuan"),
            onServerRunning: { channel in await onStart("http://\(host):\(channel.localAddress?.port ?? port)/") }
        )
        try await app.runService()
    }

    private func download(_ request: Request, _ context: PortalContext, _ format: DownloadFormat) async throws -> Response {
        let (code, yearText) = try Self.segments(context)
        return try await responses.respond(request, department: code, year: try FiscalYearText.parse(yearText), .download(format))
    }

    private func compare(_ request: Request) async throws -> PortalPage {
        let query = request.uri.queryParameters
        if let code = query.get("department") {
            let department = try await view.department(code: String(code))
            var years = try FiscalYearText.list(query.get("years").map { String($0) })
            if years.isEmpty { years = try await view.published().filter { $0.department == department }.map(\.fiscalYear).sorted() }
            var columns: [ComparePage.Column] = []
            for year in years {
                let opened = try await view.open(department: department.code, year: year)
                columns.append(.init(heading: "\(year) 年度", link: DisclosurePaths.page(department.code, year), totals: ClassTotals(opened.model)))
            }
            return ComparePage.render(title: "\(department.name) 各年度比较", columns: columns)
        }
        if let yearText = query.get("year") {
            let year = try FiscalYearText.parse(String(yearText))
            var columns: [ComparePage.Column] = []
            for item in try await view.published() where item.fiscalYear == year {
                let opened = try await view.open(item)
                columns.append(.init(heading: item.department.name, link: DisclosurePaths.page(item.department.code, year), totals: ClassTotals(opened.model)))
            }
            return ComparePage.render(title: "\(year) 年度各部门比较", columns: columns)
        }
        return ComparePage.index(try await view.published())
    }

    private static func segments(_ context: PortalContext) throws -> (String, String) {
        guard let code = context.path("department"), let year = context.path("year") else { throw PortalError.notFound() }
        return (code, year)
    }

    /// `2024.xlsx` → (`2024`, `.xlsx`); `2024` → (`2024`, nil); an unknown suffix is not found.
    private static func split(_ text: String) throws -> (String, DownloadFormat?) {
        guard let dot = text.firstIndex(of: ".") else { return (text, nil) }
        let suffix = String(text[dot...])
        guard let format = DownloadFormat.allCases.first(where: { $0.pathSuffix == suffix }) else {
            throw PortalError.notFound("不支持的下载格式：\(suffix)")
        }
        return (String(text[..<dot]), format)
    }
}
