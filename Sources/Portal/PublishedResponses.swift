import Hummingbird
import Store
import Writing

/// The public routes that send one published disclosure — its page, downloads and API reads —
/// answered from `RenderCache`: the version from the index, the bytes rendered once per version.
struct PublishedResponses: Sendable {
    let view: PublicView
    let cache: RenderCache

    func respond(_ request: Request, department code: String, year: Int, _ rendering: RenderCache.Rendering) async throws -> Response {
        let published = try await view.current(department: code, year: year)
        let view = self.view
        return try await cache.rendered(rendering, of: published.version.id, department: published.department.id, fiscalYear: published.fiscalYear) {
            try await Self.render(rendering, of: published, view: view)
        }.response(to: request)
    }

    private static func render(_ rendering: RenderCache.Rendering, of published: PublishedDisclosure, view: PublicView) async throws -> Rendered {
        switch rendering {
        case .page:
            Rendered(headers: PortalPage.headers, body: ByteBuffer(string: DisclosurePage(opened: try await view.open(published)).html))
        case .download(let format):
            try Download.rendered(try await view.open(published), format: format)
        case .disclosureJSON:
            try JSONBody(APIRoutes.DisclosureBody(published)).rendered()
        case .findingsJSON:
            try JSONBody(try await view.open(published).findings).rendered()
        case .tablesJSON:
            try JSONBody(try await view.open(published).model.tables).rendered()
        }
    }
}
