import ArgumentParser
import Foundation
import Portal
import Store

/// `juesuan admin`: accounts and API tokens, made on the server's own machine — how the first
/// admin comes to exist.
struct AdminCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "admin",
        abstract: "管理门户账户与 API 令牌 (accounts and API tokens)",
        subcommands: [CreateUser.self, CreateToken.self]
    )

    struct StoreOptions: ParsableArguments {
        @Option(name: .long, help: "存储位置：sqlite:PATH 或 postgres://… (store location)")
        var db: String = "sqlite:juesuan.sqlite"

        /// Runs `body` on the opened store and closes it, whether `body` succeeds or not; errors
        /// come out as the CLI reports them.
        func using<T>(_ body: (SQLDisclosureStore) async throws -> T) async throws -> T {
            let store: SQLDisclosureStore
            do {
                store = try await SQLDisclosureStore.open(try StoreLocation(parsing: db))
            } catch {
                throw CommandInput.fail(error)
            }
            let result: T
            do {
                result = try await body(store)
            } catch {
                try? await store.close()
                throw CommandInput.fail(error)
            }
            try await store.close()
            return result
        }
    }

    /// `juesuan admin create-user LOGIN --role admin|editor [--department CODE]…`; the password is
    /// read from standard input (one line), so it stays out of the shell history.
    struct CreateUser: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "create-user",
            abstract: "创建账户；密码从标准输入读取一行（至少 12 个字符）(create an account)"
        )

        @Argument(help: "登录名 (login)")
        var login: String

        @Option(name: .long, help: "角色：admin 或 editor (role)")
        var role: String = "editor"

        @Option(name: .long, help: "编辑负责的部门代码，可重复 (department code, repeatable)")
        var department: [String] = []

        @Option(name: .long, help: "显示名 (display name)")
        var name: String?

        @OptionGroup var store: StoreOptions

        func validate() throws {
            guard AccountRole(rawValue: role) != nil else { throw ValidationError("--role 须为 admin 或 editor") }
        }

        func run() async throws {
            guard let password = readLine(strippingNewline: true), !password.isEmpty else {
                throw ValidationError("请从标准输入提供密码，如 echo '…' | juesuan admin create-user \(login) --role \(role)")
            }
            let user = try await store.using { opened in
                try await AccountSetup(store: opened).createUser(
                    login: login, displayName: name, role: AccountRole(rawValue: role) ?? .editor, departmentCodes: department,
                    password: password, actor: "admin-cli")
            }
            print("已创建账户 \(user.login)（\(user.profile.role.rawValue)）")
        }
    }

    /// `juesuan admin create-token LOGIN`: prints a new API token once.
    struct CreateToken: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "create-token",
            abstract: "为账户创建 API 令牌，只显示这一次 (create an API token)"
        )

        @Argument(help: "登录名 (login)")
        var login: String

        @Option(name: .long, help: "令牌用途 (what the token is for)")
        var label: String = "script"

        @OptionGroup var store: StoreOptions

        func run() async throws {
            print(try await store.using { try await AccountSetup(store: $0).createToken(login: login, name: label, actor: "admin-cli") })
        }
    }
}
