import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import ChiBoApp
@testable import ChiBoCore

/// Issue 19, "no body parsed before the route needs it": a write sent with an empty body by an
/// account refused on its target gets the refusal — 403 inside the scope without the right, 404
/// outside it — not the form's errors, and nothing is written. (The authorisation matrix holds
/// every route; this suite holds a few members' and evaluations' routes by name.)
@Suite struct PermissionFirstTests {
    @Test func anEmptyBodyIsRefusedBeforeItIsRead() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let staff = try await APIClient.login(app, "staff")
            let opened = try await staff.send(.POST, "/api/v1/units/\(f.commune!)/evaluations", json: #"{"year":2026}"#)
            #expect(opened.status == .created)
            let members = try opened.json()["members"] as? [[String: Any]] ?? []
            let orgs = try opened.json()["organisations"] as? [[String: Any]] ?? []
            let eAn = members.first { $0["name"] as? String == "Nguyễn Văn An" }?["id"] as? String ?? ""
            let orgA = orgs.first { $0["unitId"] as? String == f.cellA.uuidString }?["id"] as? String ?? ""
            #expect(!eAn.isEmpty && !orgA.isEmpty)

            let an = try await APIClient.login(app, "dv.an")
            let seca = try await APIClient.login(app, "seca")
            let secb = try await APIClient.login(app, "secb")
            let inspector = try await APIClient.login(app, "inspector")
            func written() async throws -> [Int] {
                [
                    try await AuditEntry.query(on: app.db).count(), try await Member.query(on: app.db).count(),
                    try await MemberStatusPeriod.query(on: app.db).count(),
                ]
            }
            let before = try await written()

            // No body at all (no content type either): the target is checked first.
            let refused: [(String, APIClient, HTTPMethod, String, HTTPStatus)] = [
                ("a member on their own record", an, .PUT, "/api/v1/members/\(f.an!)/suspension", .forbidden),
                ("a member on another's record", an, .PUT, "/api/v1/members/\(f.anh!)/suspension", .notFound),
                ("another cell's secretary", secb, .POST, "/api/v1/members/\(f.an!)/discipline", .notFound),
                ("another commune's member", seca, .POST, "/api/v1/members/\(f.em!)/move", .notFound),
                ("a member adds a member", an, .POST, "/api/v1/members", .forbidden),
                ("an inspector adds a member", inspector, .POST, "/api/v1/members", .forbidden),
                ("a member appraises themselves", an, .POST, "/api/v1/member-evaluations/\(eAn)/appraisal", .forbidden),
                ("another cell's secretary proposes", secb, .POST, "/api/v1/member-evaluations/\(eAn)/cell", .notFound),
                ("the cell rates itself", seca, .POST, "/api/v1/org-evaluations/\(orgA)/rating", .forbidden),
                ("another cell reports", secb, .POST, "/api/v1/org-evaluations/\(orgA)/report", .notFound),
            ]
            for (who, client, method, path, expected) in refused {
                #expect(try await client.send(method, path).status == expected, "\(who): \(method) \(path)")
            }

            // The web's forms alike, posted empty (the CSRF token only).
            let web = Browser(app)
            _ = try await web.login("dv.an")
            #expect(try await web.post("/members/\(f.an!)/suspension", [:]).status == .forbidden)
            #expect(try await web.post("/members/\(f.anh!)/leaving", [:]).status == .notFound)
            #expect(try await web.post("/members", [:]).status == .forbidden)
            #expect(try await web.post("/member-evaluations/\(eAn)/appraisal", [:]).status == .forbidden)
            #expect(try await written() == before, "a refused write wrote something")

            // Someone with the right still gets the form's errors for the same empty body.
            let permitted = try await staff.send(.POST, "/api/v1/members/\(f.an!)/discipline", json: "{}")
            #expect(![401, 403, 404].contains(permitted.status.code) && permitted.status.code < 500)
            #expect(try await written() == before)
        }
    }
}
