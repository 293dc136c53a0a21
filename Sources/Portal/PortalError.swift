import Hummingbird

/// What a request can fail with, answered as a short Chinese page (or JSON under `/api`):
/// never a stack trace, a path or a database message.
struct PortalError: HTTPResponseError {
    let status: HTTPResponse.Status
    let message: String

    static func notFound(_ message: String = "找不到该页面") -> PortalError { PortalError(status: .notFound, message: message) }
    static func badRequest(_ message: String) -> PortalError { PortalError(status: .badRequest, message: message) }
    static func unauthorized(_ message: String = "需要有效的 API 令牌") -> PortalError { PortalError(status: .unauthorized, message: message) }
    static func forbidden(_ message: String = "无权执行此操作") -> PortalError { PortalError(status: .forbidden, message: message) }
    static func unavailable(_ message: String) -> PortalError { PortalError(status: .serviceUnavailable, message: message) }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        if request.uri.path.hasPrefix("/api/") {
            return try JSONBody(ErrorBody(error: message, status: Int(status.code))).response(status: status)
        }
        var body = "<h1>" + MarkupEscape.text("\(status.code)") + "</h1>\n<p>" + MarkupEscape.text(message) + "</p>\n"
        body += "<p><a href=\"/\">返回首页</a></p>\n"
        return PortalPage(title: message, body: body).response(status: status)
    }

    struct ErrorBody: Encodable {
        let error: String
        let status: Int
    }
}
