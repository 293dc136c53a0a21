import Checking
import Disclosure
import Foundation
import Hummingbird
import Reading
import Store

/// Upload and publish through the API: only with a valid token (`Authorization: Bearer …`),
/// and an editor only for the departments the account is given.
struct VersionWriter: Sendable {
    let store: any DisclosureStore
    let reader: DisclosureReader
    let checker: Checker

    /// The largest file an upload may carry.
    static let uploadLimit = 50 * 1024 * 1024

    func upload(_ request: Request, department code: String, year: Int, fileName: String) async throws -> Response {
        let user = try await authenticate(request)
        guard let department = try await store.department(code: code) else { throw PortalError.notFound("找不到部门：\(code)") }
        try authorize(user, for: department.id)
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: Self.uploadLimit)
        } catch {
            throw PortalError(status: .contentTooLarge, message: "上传文件不得超过 50 MB")
        }
        let bytes = Data(buffer.readableBytesView)
        let model: Disclosure
        do {
            model = try reader.read(bytes, fileName: fileName)
        } catch {
            throw PortalError(status: .unprocessableContent, message: "无法读取上传的文件：\(error)")
        }
        let findings = checker.check(model).findings
        let source = SourceFile(fileName: fileName, bytes: bytes, reader: model.provenance.reader)
        let id = try await store.addVersion(
            VersionUpload(department: department.id, fiscalYear: year, source: source, model: model, findings: findings), actor: user.login)
        guard let stored = try await store.version(id: id) else { throw PortalError.notFound() }
        return try JSONBody(stored.summary).response(status: .created)
    }

    func publish(_ request: Request, version id: VersionID) async throws -> Response {
        let user = try await authenticate(request)
        guard let version = try await store.version(id: id) else { throw PortalError.notFound("找不到版本 \(id)") }
        try authorize(user, for: version.summary.department)
        let reason = try await Self.reason(request)
        if version.summary.findingCounts.errors > 0 {
            guard user.profile.role == .admin, reason != nil else {
                throw PortalError(status: .conflict, message: "该版本有 \(version.summary.findingCounts.errors) 项错误，须由管理员注明理由后才能公开")
            }
        }
        do {
            return try JSONBody(try await store.publish(version: id, actor: user.login, reason: reason)).response(status: .ok)
        } catch StoreError.alreadyCurrent {
            throw PortalError(status: .conflict, message: "版本 \(id) 已是当前公开的版本")
        }
    }

    private func authenticate(_ request: Request) async throws -> User {
        guard let header = request.headers[.authorization], header.hasPrefix("Bearer ") else { throw PortalError.unauthorized() }
        let secret = String(header.dropFirst("Bearer ".count))
        guard let token = try await store.token(hash: APITokenSecret.hash(secret)), !token.isRevoked,
              let user = try await store.user(id: token.user) else { throw PortalError.unauthorized() }
        return user
    }

    private func authorize(_ user: User, for department: DepartmentID) throws {
        guard user.profile.role == .admin || user.profile.departments.contains(department) else { throw PortalError.forbidden() }
    }

    private static func reason(_ request: Request) async throws -> String? {
        struct Body: Decodable { let reason: String? }
        let buffer = try await request.body.collect(upTo: 64 * 1024)
        guard buffer.readableBytes > 0 else { return nil }
        guard let body = try? JSONDecoder().decode(Body.self, from: Data(buffer.readableBytesView)) else {
            throw PortalError.badRequest("请求体须为 JSON，如 {\"reason\": \"…\"}")
        }
        return body.reason.flatMap { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : $0 }
    }
}
