import Checking
import Disclosure
import Store

/// The editor's pages: sign-in, "我的部门" and a version's preview. Server-rendered forms that
/// work without JavaScript; every value from the store or the user goes through `MarkupEscape`,
/// and every form carries its CSRF token in a hidden field.
enum EditorPages {
    static func login(token: String, login: String = "", message: String? = nil) -> PortalPage {
        var body = "<h1>编辑登录</h1>\n"
        if let message { body += "<p class=\"error\" role=\"alert\">\(MarkupEscape.text(message))</p>\n" }
        body += """
            <form method="post" action="/login">
            \(csrfField(token))
            <p><label>用户名 <input name="login" autocomplete="username" required value="\(MarkupEscape.text(login))"></label></p>
            <p><label>密码 <input name="password" type="password" autocomplete="current-password" required></label></p>
            <p><button type="submit">登录</button></p>
            </form>

            """
        return PortalPage(title: "编辑登录", body: body)
    }

    /// One department the user may edit, with its versions (drafts included).
    struct DepartmentVersions {
        let department: Department
        let versions: [VersionSummary]
    }

    static func dashboard(user: User, csrf: String, departments: [DepartmentVersions], uploadLimit: String) -> PortalPage {
        var body = "<h1>我的部门</h1>\n<p>\(MarkupEscape.text(user.profile.displayName))（\(user.profile.role == .admin ? "管理员" : "编辑")）</p>\n"
        body += "<form method=\"post\" action=\"/logout\">\(csrfField(csrf))<button type=\"submit\">退出登录</button></form>\n"
        if departments.isEmpty { body += "<p>尚无可编辑的部门。</p>\n" }
        for item in departments {
            let department = item.department
            body += "<section>\n<h2>\(MarkupEscape.text(department.name))（\(MarkupEscape.text(department.code))）</h2>\n"
            body += versionTable(item.versions)
            body += """
                <form method="post" action="/editor/d/\(MarkupEscape.urlComponent(department.code))/versions" enctype="multipart/form-data">
                \(csrfField(csrf))
                <p><label>年度 <input name="year" inputmode="numeric" pattern="[0-9]{4}" required size="4"></label>
                <label>文件（PDF、文本、XLSX、JSON 或编制工作簿，不超过 \(MarkupEscape.text(uploadLimit))）<input name="file" type="file" required></label>
                <button type="submit">上传新版本</button></p>
                </form>
                </section>

                """
        }
        return PortalPage(title: "我的部门", body: body)
    }

    private static func versionTable(_ versions: [VersionSummary]) -> String {
        guard !versions.isEmpty else { return "<p>尚无版本。</p>\n" }
        var out = "<table class=\"portal\"><thead><tr><th>年度</th><th>版本</th><th>源文件</th><th>上传</th><th>错误</th><th>警告</th><th>状态</th></tr></thead>\n<tbody>\n"
        for version in versions {
            out += "<tr><td>\(version.fiscalYear)</td><td><a href=\"/editor/versions/\(version.id)\">第 \(version.number) 版</a></td>"
            out += "<td>\(MarkupEscape.text(version.sourceFileName))</td><td>\(MarkupEscape.text(version.createdBy))</td>"
            out += "<td class=\"error\">\(version.findingCounts.errors)</td><td class=\"warning\">\(version.findingCounts.warnings)</td>"
            out += "<td>\(version.isPublished ? "已公开" : "草稿")</td></tr>\n"
        }
        return out + "</tbody></table>\n"
    }

    /// A version as the public would see it once published, with a banner and the publish form.
    static func preview(_ version: StoredVersion, department: Department, user: User, csrf: String) throws -> String {
        let summary = version.summary
        var header = "<aside class=\"portal-downloads\"><p><strong>\(summary.isPublished ? "预览（曾公开）" : "草稿预览，尚未公开")</strong> · "
        header += "\(MarkupEscape.text(department.name)) \(summary.fiscalYear) 年度 · 第 \(summary.number) 版 · 源文件 \(MarkupEscape.text(summary.sourceFileName))"
        header += " · 错误 \(summary.findingCounts.errors) 项</p>\n"
        header += "<form method=\"post\" action=\"/editor/versions/\(summary.id)/publish\">\(csrfField(csrf))"
        if summary.findingCounts.errors > 0 {
            if user.profile.role == .admin {
                header += "<p><label>有错误仍公开的理由（必填，将记入审计日志）<input name=\"reason\" required size=\"40\"></label> "
                header += "<button type=\"submit\">公开此版本</button></p>"
            } else {
                header += "<p class=\"error\">该版本有错误，须修正后重新上传，或由管理员注明理由后公开。</p>"
            }
        } else {
            header += "<p><button type=\"submit\">公开此版本</button></p>"
        }
        header += "</form>\n<p><a href=\"/editor\">返回我的部门</a></p></aside>\n"
        return DisclosurePage.html(try version.model(), findings: try version.findings(), header: header)
    }

    private static func csrfField(_ token: String) -> String {
        "<input type=\"hidden\" name=\"csrf\" value=\"\(MarkupEscape.text(token))\">"
    }
}
