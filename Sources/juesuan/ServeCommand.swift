import ArgumentParser
import Checking
import Foundation
import Portal
import Reading
import Store

/// `juesuan serve`: the portal over a store; an empty store is first filled with the bundled
/// documents, so a fresh start has something to browse.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "启动部门决算公开门户网站 (serve the portal)",
        discussion: """
        --db 为 sqlite:文件路径 或 postgres://用户@主机/数据库 地址。存储为空时，先载入 --documents 目录中的决算文件
        （读取、核对、保存并公开，操作人 system）。按 Ctrl-C 停止。
        编辑在 /login 登录（账户由 juesuan admin 创建），在 /editor 上传、预览和公开本部门的决算。
        经 HTTPS（反向代理）对外提供服务时，须加 --secure-cookies。
        """
    )

    @Option(name: .long, help: "存储位置：sqlite:PATH 或 postgres://… (store location)")
    var db: String = "sqlite:juesuan.sqlite"

    @Option(name: .long, help: "监听地址 (host to listen on)")
    var host: String = "127.0.0.1"

    @Option(name: .long, help: "监听端口；0 表示任选空闲端口 (port; 0 picks a free one)")
    var port: Int = 8080

    @Option(name: .long, help: "存储为空时载入的决算文件目录 (documents loaded into an empty store)")
    var documents: String = "data/documents"

    @Option(name: .long, help: "补充分类目录文件（TSV）(extra classification catalogue)")
    var catalogue: String?

    @Flag(name: .long, help: "会话 Cookie 加 Secure 标记，仅经 HTTPS 发送；经 HTTPS 对外服务时必须开启 (mark the session cookie Secure)")
    var secureCookies = false

    @Option(name: .long, help: "上传文件大小上限，单位 MB (largest upload, in MB)")
    var uploadLimitMb: Int = 50

    @Option(name: .long, help: "每个账户在时间窗内允许的登录失败次数 (failed sign-ins allowed per account)")
    var loginAttempts: Int = 5

    @Option(name: .long, help: "每个客户端地址在时间窗内允许的登录失败次数 (failed sign-ins allowed per client address)")
    var loginAttemptsPerAddress: Int = 20

    @Option(name: .long, help: "登录失败计数的时间窗，单位分钟 (sign-in throttling window, in minutes)")
    var loginWindowMinutes: Int = 15

    @Option(name: .long, help: "其他进程（同一存储上的另一门户、脚本）公开或回退后，本门户最迟多少毫秒显示；本门户自己的公开立即显示；0 表示每次请求都查询存储 (how stale the list of publications may be, in ms)")
    var publicationRefreshMs: Int = 1000

    @Option(name: .long, help: "内存中保留的已生成网页、下载文件与 API 应答的总大小上限，单位 MB (rendered responses kept in memory, in MB)")
    var renderCacheMb: Int = 32

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port 须在 0 到 65535 之间") }
        guard (1...1024).contains(uploadLimitMb) else { throw ValidationError("--upload-limit-mb 须在 1 到 1024 之间") }
        guard loginAttempts >= 1, loginAttemptsPerAddress >= 1 else { throw ValidationError("登录失败次数上限须至少为 1") }
        guard (1...24 * 60).contains(loginWindowMinutes) else { throw ValidationError("--login-window-minutes 须在 1 到 1440 之间") }
        guard (0...60_000).contains(publicationRefreshMs) else { throw ValidationError("--publication-refresh-ms 须在 0 到 60000 之间") }
        guard (1...4096).contains(renderCacheMb) else { throw ValidationError("--render-cache-mb 须在 1 到 4096 之间") }
    }

    private var configuration: PortalConfiguration {
        PortalConfiguration(uploadLimit: uploadLimitMb * 1024 * 1024, secureCookies: secureCookies, loginAttemptsPerAccount: loginAttempts,
                            loginAttemptsPerAddress: loginAttemptsPerAddress, loginWindow: .seconds(loginWindowMinutes * 60),
                            publicationMaxAge: .milliseconds(publicationRefreshMs), renderCacheBytes: renderCacheMb * 1024 * 1024)
    }

    func run() async throws {
        MallocArenas.limit(to: 2)
        let location: StoreLocation
        do {
            location = try StoreLocation(parsing: db)
        } catch {
            throw ValidationError("--db 须为 sqlite:PATH 或 postgres://… 地址")
        }
        let reader = try CommandInput.reader(catalogue: catalogue)
        let checker = Checker(catalogue: RuleCatalogue(classification: reader.catalogue))
        let store: SQLDisclosureStore
        do {
            store = try await SQLDisclosureStore.open(location)
        } catch {
            throw CommandInput.fail(error)
        }
        if DisclosureReader.isFolder(documents) {
            for line in try await SeedLoader(reader: reader, checker: checker).loadIfEmpty(store, folder: documents) {
                Self.say(line)
            }
        }
        do {
            try await Portal(store: store, reader: reader, checker: checker, configuration: configuration).run(host: host, port: port) { url in
                Self.say("门户已启动：\(url)")
            }
        } catch {
            try? await store.close()
            throw CommandInput.fail(error)
        }
        try await store.close()
    }

    /// A line on standard output at once, even into a pipe: a test waits for the URL.
    private static func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }
}
