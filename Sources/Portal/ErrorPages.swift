import Hummingbird

/// Turns every failure into a `PortalError` page: an unknown route's 404 gets the same Chinese
/// page as any other, and an unexpected error (a database down, a bug) is logged and answered
/// as a plain 500 — never a trace, a path or a SQL message.
struct ErrorPages<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as PortalError {
            throw error
        } catch let error as HTTPResponseError {
            throw PortalError(status: error.status, message: Self.message(for: error.status))
        } catch {
            context.logger.error("request failed", metadata: ["path": .string(request.uri.path), "error": .string("\(error)")])
            throw PortalError(status: .internalServerError, message: Self.message(for: .internalServerError))
        }
    }

    static func message(for status: HTTPResponse.Status) -> String {
        switch status {
        case .notFound: "找不到该页面"
        case .methodNotAllowed: "不支持该请求方法"
        case .contentTooLarge: "请求内容过大"
        case .badRequest: "请求格式有误"
        case .internalServerError: "服务器内部错误，请稍后再试"
        default: "请求未能完成（\(status.code)）"
        }
    }
}
