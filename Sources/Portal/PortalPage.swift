import Hummingbird

/// A portal page: the common header, navigation and style around a body of escaped HTML.
/// Pages need no JavaScript.
struct PortalPage: ResponseGenerator {
    let title: String
    let body: String

    func response(from request: Request, context: some RequestContext) throws -> Response {
        response(status: .ok)
    }

    func response(status: HTTPResponse.Status) -> Response {
        Response(status: status, headers: Self.headers, body: .init(byteBuffer: ByteBuffer(string: document)))
    }

    static let headers: HTTPFields = [
        .contentType: "text/html; charset=utf-8",
        .xContentTypeOptions: "nosniff",
        .contentSecurityPolicy: "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:",
    ]

    var document: String {
        """
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(MarkupEscape.text(title)) · 部门决算公开平台</title>
        <style>\(Self.css)</style>
        </head>
        <body>
        \(Self.navigation)
        <main>
        \(body)
        </main>
        </body>
        </html>

        """
    }

    static let navigation = """
        <nav class="portal"><a href="/">部门决算公开平台</a> · <a href="/compare">比较</a> · <a href="/city">全市汇总</a> · <a href="/quality">数据质量</a> · <a href="/api/v1/openapi.json">API</a> · <a href="/editor">编辑登录</a></nav>
        """

    /// The navigation bar's style, shared with the disclosure page (which keeps the document's own style).
    static let navigationCSS = """
        nav.portal{background:#8b1a1a;padding:.6em 1em;font-family:"Noto Sans CJK SC",sans-serif}nav.portal a{color:#fff;text-decoration:none;margin-right:.5em}
        @media print{nav.portal,aside.portal-downloads{display:none}}
        """

    static let css = navigationCSS + """
        body{font-family:"Noto Sans CJK SC","Source Han Sans SC",sans-serif;margin:0;color:#222}
        main{padding:1em 2em;max-width:1200px}
        table.portal{border-collapse:collapse;margin:1em 0}table.portal th,table.portal td{border:1px solid #999;padding:.25em .6em}
        table.portal td.amount{text-align:right;font-variant-numeric:tabular-nums}
        .error{color:#a00}.warning{color:#a60}.note{color:#555}
        """
}
