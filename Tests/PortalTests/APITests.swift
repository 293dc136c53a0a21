import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import Portal

/// The `/api/v1` JSON routes: shapes, published data only, and the OpenAPI document.
@Suite struct APITests {
    private static func json(_ response: TestResponse) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView))
    }

    @Test func departmentsDisclosuresAndVersionsHaveTheirShapes() async throws {
        let fixture = try await PortalFixture.make()
        let path = fixture.path
        try await fixture.test { client in
            try await client.execute(uri: "/api/v1/departments", method: .get) { response in
                #expect(response.status == .ok)
                let list = try #require(try Self.json(response) as? [[String: Any]])
                #expect(list.first?["name"] as? String == "大同市市场监督管理局")
                #expect(list.first?["code"] is String)
            }
            try await client.execute(uri: "/api/v1/disclosures", method: .get) { response in
                let list = try #require(try Self.json(response) as? [[String: Any]])
                #expect(list.first?["fiscalYear"] as? Int == 2024)
                let version = try #require(list.first?["version"] as? [String: Any])
                #expect(version["id"] is Int)
                #expect(version["isPublished"] as? Bool == true)
            }
            try await client.execute(uri: "/api/v1/disclosures/\(path)/2024/versions", method: .get) { response in
                let list = try #require(try Self.json(response) as? [[String: Any]])
                #expect(list.count == 1)
                #expect(list.first?["sourceSHA256"] is String)
            }
            try await client.execute(uri: "/api/v1/disclosures/\(path)/2024/findings", method: .get) { response in
                #expect(response.status == .ok)
                let findings = try Self.json(response)
                #expect(findings is [Any])
            }
            try await client.execute(uri: "/api/v1/disclosures/\(path)/2030", method: .get) { response in
                #expect(response.status == .notFound)
                let body = try #require(try Self.json(response) as? [String: Any])
                #expect(body["status"] as? Int == 404)
            }
        }
    }

    @Test func tablesAndAggregateCarryExactAmounts() async throws {
        let fixture = try await PortalFixture.make()
        let path = fixture.path
        try await fixture.test { client in
            try await client.execute(uri: "/api/v1/disclosures/\(path)/2024/tables", method: .get) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body).contains("\"5029.36\""))
            }
            try await client.execute(uri: "/api/v1/aggregate?years=2024,2025", method: .get) { response in
                let list = try #require(try Self.json(response) as? [[String: Any]])
                #expect(!list.isEmpty)
                #expect(list.allSatisfy { $0["total"] is String && $0["fiscalYear"] as? Int == 2024 })
            }
            try await client.execute(uri: "/api/v1/aggregate?class=201&years=2024", method: .get) { response in
                let list = try #require(try Self.json(response) as? [[String: Any]])
                #expect(list.map { $0["code"] as? String } == ["201"])
            }
            for uri in ["/api/v1/aggregate?class=abc&years=2024", "/api/v1/aggregate", "/api/v1/aggregate?years=20245"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .badRequest, "\(uri)")
                }
            }
        }
    }

    @Test func openAPIDocumentIsAcceptedByTheValidator() async throws {
        let fixture = try await PortalFixture.make()
        let file = fixture.folder.appendingPathComponent("openapi.json")
        try await fixture.test { client in
            try await client.execute(uri: "/api/v1/openapi.json", method: .get) { response in
                #expect(response.status == .ok)
                try Data(response.body.readableBytesView).write(to: file)
            }
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["python3", "-c", "import sys, json; from openapi_spec_validator import validate; validate(json.load(open(sys.argv[1]))); print('valid')", file.path]
            let output = Pipe()
            process.standardOutput = output
            process.standardError = output
            try process.run()
            let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "\(text)")
        }
    }
}
