import Foundation
import Hummingbird
import Store

/// The editor's workflow in the browser: sign in, "我的部门", upload, preview, publish, sign
/// out. Pages need a session (else they send the browser to `/login`); every form POST needs
/// the session's CSRF token (else 403) and the same rights as the API: an editor only for its
/// departments, an admin for all.
struct EditorRoutes: Sendable {
    let sessions: WebSessions
    let writer: VersionWriter

    func add(to router: Router<PortalContext>) {
        router.get("login") { _, _ in
            let (token, cookie) = sessions.loginToken()
            return Self.respond(EditorPages.login(token: token), cookies: [cookie])
        }
        router.post("login") { request, context in
            let form = try await FormFields.read(request)
            try sessions.checkLoginToken(request, token: form["csrf"])
            let login = form["login"] ?? ""
            do {
                let cookie = try await sessions.signIn(login: login, password: form["password"] ?? "", address: context.clientAddress)
                return Self.redirect("/editor", cookies: [cookie])
            } catch let error as PortalError where [.unauthorized, .tooManyRequests].contains(error.status) {
                let (token, cookie) = sessions.loginToken()
                return Self.respond(EditorPages.login(token: token, login: login, message: error.message), status: error.status, cookies: [cookie])
            }
        }
        router.post("logout") { request, _ in
            let form = try await FormFields.read(request)
            let signedIn = try await sessions.requireForm(request, token: form["csrf"])
            return Self.redirect("/", cookies: [try await sessions.signOut(signedIn)])
        }
        router.get("editor") { request, _ in
            guard let signedIn = try await sessions.current(request) else { return Self.redirect("/login") }
            let user = signedIn.user
            var items: [EditorPages.DepartmentVersions] = []
            for department in try await writer.store.departments()
            where user.profile.role == .admin || user.profile.departments.contains(department.id) {
                items.append(.init(department: department, versions: try await writer.store.versions(department: department.id)))
            }
            return Self.respond(EditorPages.dashboard(user: user, csrf: signedIn.session.csrfToken, departments: items,
                                                      uploadLimit: writer.uploadLimitText))
        }
        router.post("editor/d/:department/versions") { request, context in
            // Refuse before reading the body: no session, a department the user may not write for.
            guard let signedIn = try await sessions.current(request) else { throw PortalError.forbidden("请先登录后再提交表单") }
            guard let code = context.path("department") else { throw PortalError.notFound() }
            let department = try await writer.department(code: code, for: signedIn.user)
            // The file may be as large as the limit; the other fields and the part headers fit in 64 KB.
            let body = try await writer.collect(request.body, limit: writer.uploadLimit + FormFields.limit)
            let form: MultipartForm
            do {
                form = try MultipartForm(body: body, contentType: request.headers[.contentType] ?? "")
            } catch {
                throw PortalError.badRequest("上传表单格式有误（须为 multipart/form-data）")
            }
            _ = try await sessions.requireForm(request, token: form.field("csrf"))
            let year = try FiscalYearText.parse(form.field("year")?.trimmingCharacters(in: .whitespaces))
            guard let file = form.file("file"), !file.data.isEmpty else { throw PortalError.badRequest("请选择要上传的文件") }
            guard file.data.count <= writer.uploadLimit else {
                throw PortalError(status: .contentTooLarge, message: "上传文件不得超过 \(writer.uploadLimitText)")
            }
            let version = try await writer.addVersion(file.data, fileName: file.fileName.flatMap { $0.isEmpty ? nil : $0 } ?? "upload",
                                                      department: department, year: year, user: signedIn.user)
            return Self.redirect("/editor/versions/\(version.id)")
        }
        router.get("editor/versions/:id") { request, context in
            guard let signedIn = try await sessions.current(request) else { return Self.redirect("/login") }
            let version = try await writer.version(id: try context.versionID(), for: signedIn.user)
            guard let department = try await writer.store.department(id: version.summary.department) else { throw PortalError.notFound() }
            let html = try EditorPages.preview(version, department: department, user: signedIn.user, csrf: signedIn.session.csrfToken)
            var response = Response(status: .ok, headers: PortalPage.headers, body: .init(byteBuffer: ByteBuffer(string: html)))
            response.headers[.cacheControl] = "no-store"
            return response
        }
        router.post("editor/versions/:id/publish") { request, context in
            let form = try await FormFields.read(request)
            let signedIn = try await sessions.requireForm(request, token: form["csrf"])
            let version = try await writer.version(id: try context.versionID(), for: signedIn.user)
            _ = try await writer.publish(version.summary, user: signedIn.user, reason: VersionWriter.reason(form["reason"]))
            return Self.redirect("/editor/versions/\(version.id)")
        }
    }

    /// A page that is the user's alone: never kept by a cache.
    private static func respond(_ page: PortalPage, status: HTTPResponse.Status = .ok, cookies: [Cookie] = []) -> Response {
        var response = page.response(status: status)
        response.headers[.cacheControl] = "no-store"
        for cookie in cookies { response.setCookie(cookie) }
        return response
    }

    /// 303 See Other: after a form, the browser loads the next page with GET.
    private static func redirect(_ location: String, cookies: [Cookie] = []) -> Response {
        var response = Response(status: .seeOther, headers: [.location: location, .cacheControl: "no-store"])
        for cookie in cookies { response.setCookie(cookie) }
        return response
    }
}
