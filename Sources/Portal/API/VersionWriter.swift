import Authoring
import Checking
import Disclosure
import Foundation
import Hummingbird
import Reading
import Store

/// Upload and publish, for the API (with a token, `Authorization: Bearer …`) and for the
/// editor's forms (with a session): one path from bytes to a stored version and one publishing
/// rule, whoever asks. An editor acts only for the departments the account is given.
struct VersionWriter: Sendable {
    let store: any DisclosureStore
    /// Told of every publication, so the public sees it at once.
    let index: PublishedIndex
    let reader: DisclosureReader
    let checker: Checker
    /// The largest file an upload may carry.
    let uploadLimit: Int
    let uploadLimitText: String

    func upload(_ request: Request, department code: String, year: Int, fileName: String) async throws -> Response {
        let user = try await authenticate(request)
        let department = try await department(code: code, for: user)
        let bytes = try await collect(request.body, limit: uploadLimit)
        return try JSONBody(try await addVersion(bytes, fileName: fileName, department: department, year: year, user: user)).response(status: .created)
    }

    func publish(_ request: Request, version id: VersionID) async throws -> Response {
        let user = try await authenticate(request)
        let version = try await version(id: id, for: user)
        let reason = try await Self.reason(request)
        return try JSONBody(try await publish(version.summary, user: user, reason: reason)).response(status: .ok)
    }

    /// The department, if it exists and the user may write for it (404, 403 otherwise).
    func department(code: String, for user: User) async throws -> Department {
        guard let department = try await store.department(code: code) else { throw PortalError.notFound("找不到部门：\(code)") }
        try Self.authorize(user, for: department.id)
        return department
    }

    /// The version, draft or not, if it exists and the user may act on its department.
    func version(id: VersionID, for user: User) async throws -> StoredVersion {
        guard let version = try await store.version(id: id) else { throw PortalError.notFound("找不到版本 \(id)") }
        try Self.authorize(user, for: version.summary.department)
        return version
    }

    /// A body of at most `limit` bytes; a larger one is refused whole (413) and nothing is kept.
    func collect(_ body: RequestBody, limit: Int) async throws -> Data {
        do {
            return Data(try await body.collect(upTo: limit).readableBytesView)
        } catch {
            throw PortalError(status: .contentTooLarge, message: "上传文件不得超过 \(uploadLimitText)")
        }
    }

    /// Reads (sniffing the format), checks and stores a new draft version.
    func addVersion(_ bytes: Data, fileName: String, department: Department, year: Int, user: User) async throws -> VersionSummary {
        let (reader, checker) = (self.reader, self.checker)
        let (model, findings) = try await OffPool.run {
            let model = try Self.read(bytes, fileName: fileName, reader: reader)
            return (model, checker.check(model).findings)
        }
        let source = SourceFile(fileName: fileName, bytes: bytes, reader: model.provenance.reader)
        let id = try await store.addVersion(
            VersionUpload(department: department.id, fiscalYear: year, source: source, model: model, findings: findings), actor: user.login)
        guard let stored = try await store.version(id: id) else { throw PortalError.notFound() }
        return stored.summary
    }

    /// A published document (PDF, text, XLSX, canonical JSON) as the reader sniffs it; failing
    /// that, an authoring input (workbook, JSON or YAML of base figures) authored into one.
    /// When neither reads, the reader's message is the one shown: most uploads are documents.
    private static func read(_ bytes: Data, fileName: String, reader: DisclosureReader) throws -> Disclosure {
        do {
            return try reader.read(bytes, fileName: fileName)
        } catch {
            if AuthoringFile.Format(path: fileName) != nil, let authored = try? AuthoringFile(catalogue: reader.catalogue).disclosure(data: bytes, fileName: fileName) {
                return authored
            }
            throw PortalError(status: .unprocessableContent, message: "无法读取上传的文件：\(error)")
        }
    }

    /// Publishes, unless error findings stand and no admin gave a reason (409).
    func publish(_ version: VersionSummary, user: User, reason: String?) async throws -> Publication {
        if version.findingCounts.errors > 0 {
            guard user.profile.role == .admin, reason != nil else {
                throw PortalError(status: .conflict, message: "该版本有 \(version.findingCounts.errors) 项错误，须由管理员注明理由后才能公开")
            }
        }
        // Also after a failure: the publication may have committed before the answer was lost.
        defer { index.invalidate() }
        do {
            return try await store.publish(version: version.id, actor: user.login, reason: reason)
        } catch StoreError.alreadyCurrent {
            throw PortalError(status: .conflict, message: "版本 \(version.id) 已是当前公开的版本")
        }
    }

    static func authorize(_ user: User, for department: DepartmentID) throws {
        guard user.profile.role == .admin || user.profile.departments.contains(department) else { throw PortalError.forbidden() }
    }

    /// A reason as given, or nil when it is only blank.
    static func reason(_ text: String?) -> String? {
        text.flatMap { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : $0 }
    }

    private func authenticate(_ request: Request) async throws -> User {
        guard let header = request.headers[.authorization], header.hasPrefix("Bearer ") else { throw PortalError.unauthorized() }
        let secret = String(header.dropFirst("Bearer ".count))
        guard let token = try await store.token(hash: APITokenSecret.hash(secret)), !token.isRevoked,
              let user = try await store.user(id: token.user) else { throw PortalError.unauthorized() }
        return user
    }

    private static func reason(_ request: Request) async throws -> String? {
        struct Body: Decodable { let reason: String? }
        let buffer = try await request.body.collect(upTo: 64 * 1024)
        guard buffer.readableBytes > 0 else { return nil }
        guard let body = try? JSONDecoder().decode(Body.self, from: Data(buffer.readableBytesView)) else {
            throw PortalError.badRequest("请求体须为 JSON，如 {\"reason\": \"…\"}")
        }
        return reason(body.reason)
    }
}
