import Foundation
import Hummingbird
import HummingbirdTesting
import Store
import Testing
@testable import Portal

/// `juesuan admin`'s logic: bcrypt-hashed accounts and tokens that the API accepts.
@Suite struct AccountSetupTests {
    @Test func firstAdminGetsABcryptHashAndAWorkingToken() async throws {
        let fixture = try await PortalFixture.make()
        let setup = AccountSetup(store: fixture.store)
        let admin = try await setup.createUser(login: "root", displayName: nil, role: .admin, departmentCodes: [],
                                               password: "correct horse battery", actor: "test")
        #expect(admin.profile.passwordHash.hasPrefix("$2"))
        #expect(!admin.profile.passwordHash.contains("correct horse"))
        let secret = try await setup.createToken(login: "root", name: "test", actor: "test")
        #expect(try await fixture.store.tokens(user: admin.id).allSatisfy { $0.tokenHash != secret })
        let path = fixture.path
        let seed = ByteBuffer(bytes: try Data(contentsOf: PortalFixture.seedDocument))
        let current = try #require(try await fixture.store.publishedDisclosures().first).version.id
        try await fixture.test { client in
            let headers: HTTPFields = [.authorization: "Bearer \(secret)"]
            try await client.execute(uri: "/api/v1/versions/\(current)/publish", method: .post, headers: headers) { response in
                #expect(response.status == .conflict, "already the published version")
            }
            let draft = try await client.execute(uri: "/api/v1/disclosures/\(path)/2024/versions?name=seed.txt", method: .post,
                                                 headers: headers, body: seed) { response in
                #expect(response.status == .created)
                let body = try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any]
                return try #require(body?["id"] as? Int)
            }
            try await client.execute(uri: "/api/v1/versions/\(draft)/publish", method: .post, headers: headers,
                                     body: ByteBuffer(string: #"{"reason": "管理员确认"}"#)) { response in
                #expect(response.status == .ok)
            }
        }
    }

    @Test func weakPasswordsUnknownDepartmentsAndEditorsWithoutDepartmentsAreRefused() async throws {
        let fixture = try await PortalFixture.make()
        let setup = AccountSetup(store: fixture.store)
        await #expect(throws: AccountSetupError.self) {
            try await setup.createUser(login: "a", displayName: nil, role: .admin, departmentCodes: [], password: "short", actor: "test")
        }
        await #expect(throws: AccountSetupError.self) {
            try await setup.createUser(login: "b", displayName: nil, role: .editor, departmentCodes: ["nowhere"], password: "long enough password", actor: "test")
        }
        await #expect(throws: AccountSetupError.self) {
            try await setup.createUser(login: "c", displayName: nil, role: .editor, departmentCodes: [], password: "long enough password", actor: "test")
        }
        await #expect(throws: AccountSetupError.self) {
            try await setup.createToken(login: "nobody", name: "x", actor: "test")
        }
        try await fixture.store.close()
        try? FileManager.default.removeItem(at: fixture.folder)
    }
}
