import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting

@testable import ChiBoApp
@testable import ChiBoCore

/// The check-in route's answers, its audit entries and its fixed statements.
extension CheckInTests {
    /// The check-in route reads the token with the roll line, outside the token middleware; it
    /// answers as every other route does.
    @Test func theCheckInRouteAuthenticatesAsTheOtherRoutesDo() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let (_, meeting, code) = try await openMeeting(app, f)
            let path = "/api/v1/meetings/\(meeting)/checkin", body = #"{"code":"\#(code)"}"#
            func client(
                _ name: String, member: UUID, role: Role, at unit: UUID?, lifetime: Int = 3600,
                active: Bool = true
            ) async throws -> APIClient {
                // A member has one active account (M028): the member's earlier ones are closed first.
                if active { try await Account.query(on: app.db).filter(\.$member.$id == member).set(\.$active, to: false).update() }
                let account = Account(username: name, passwordHash: "x", displayName: name, memberID: member)
                account.active = active
                try await account.create(on: app.db)
                try await AccountRole(accountID: account.id!, role: role, unitID: unit).create(on: app.db)
                let principal = Principal(accountID: account.id!, username: name, displayName: name, memberID: member, grants: [])
                return APIClient(app: app, token: try await AccountService.issueToken(app.db, principal, lifetime: lifetime).0)
            }

            // No token, an unknown one, an expired one, a disabled account: 401, whatever the body or the id.
            var none: TestingHTTPResponse!
            try await app.testing().test(
                .POST, path,
                beforeRequest: { req in
                    req.headers.contentType = .json
                    req.body = ByteBuffer(string: body)
                }, afterResponse: { none = $0 })
            #expect(none.status == .unauthorized)
            let stranger = APIClient(app: app, token: "not-a-token")
            #expect(try await stranger.send(.POST, path, json: body).status == .unauthorized)
            #expect(try await stranger.send(.POST, path, json: "{").status == .unauthorized)
            #expect(try await stranger.send(.POST, "/api/v1/meetings/not-an-id/checkin", json: body).status == .unauthorized)
            let expired = try await client("x.expired", member: f.an, role: .member, at: f.cellA, lifetime: -60)
            #expect(try await expired.send(.POST, path, json: body).status == .unauthorized)
            let disabled = try await client("x.disabled", member: f.an, role: .member, at: f.cellA, active: false)
            #expect(try await disabled.send(.POST, path, json: body).status == .unauthorized)

            // A valid token: a malformed id or an unknown meeting is not found, a malformed body is a 400.
            let an = try await client("x.an", member: f.an, role: .member, at: f.cellA)
            #expect(try await an.send(.POST, "/api/v1/meetings/not-an-id/checkin", json: body).status == .notFound)
            #expect(try await an.send(.POST, "/api/v1/meetings/\(UUID())/checkin", json: body).status == .notFound)
            #expect(try await an.send(.POST, path, json: "{").status == .badRequest)
            // Role held in another cell: not found; not on the roll: forbidden (in the request's language).
            let elsewhere = try await client("x.elsewhere", member: f.anh, role: .member, at: f.cellB)
            #expect(try await elsewhere.send(.POST, path, json: body).status == .notFound)
            let binh = try await client("x.binh", member: f.binh, role: .member, at: f.cellA)
            let refused = try await binh.send(.POST, path, json: body)
            #expect(refused.status == .forbidden)
            #expect((try refused.json()["error"] as? [String: Any])?["code"] as? String == "checkin.notOnRoll")

            // A role string this version does not know grants nothing, in the read as in Swift.
            let unknown = try await client("x.unknown", member: f.anh, role: .member, at: f.cellA)
            try await (app.db as! any SQLDatabase).raw(
                "UPDATE account_roles SET role = 'auditor' WHERE account_id = (SELECT id FROM accounts WHERE username = 'x.unknown')"
            ).run()
            #expect(try await unknown.send(.POST, path, json: body).status == .notFound)
            #expect(try await unknown.send(.GET, "/api/v1/meetings/\(meeting)").status == .notFound)

            // The member checks in; the audit entry names the token's account.
            let ok = try await an.send(.POST, path, json: body)
            #expect(ok.status == .ok)
            #expect(try ok.json()["attendance"] as? String == "present")
            #expect(try ok.json()["memberId"] as? String == f.an.uuidString)
            let audit = try await AuditEntry.query(on: app.db).filter(\.$action == "meeting.checkin").all()
            #expect(audit.count == 1)
            #expect(audit.first?.username == "x.an")
            #expect(try await an.send(.POST, path, json: body).status == .ok)
        }
    }

    /// The writer writes a check-in's audit `after` by hand: byte for byte what `Audit.encode` writes.
    @Test func checkInAuditEntriesAreTheJSONEveryEntryStores() throws {
        for attendance in AttendanceStatus.allCases {
            let item = CheckInWriter.Item(
                rollID: UUID(), meetingID: UUID(), unitID: UUID(), memberID: UUID(), attendance: attendance,
                actor: Actor(system: "test"))
            #expect(
                CheckInWriter.auditAfter(item)
                    == (try Audit.encode(["memberId": item.memberID.uuidString, "attendance": attendance.rawValue])))
        }
    }

    @Test func fixedStatementsNumberTheirBindsInOrder() {
        #expect(numberedInOrder("SELECT 1 FROM t WHERE a = $1 AND b = $2", count: 2))
        #expect(numberedInOrder("SELECT $1, $1 + $2, $3", count: 3))
        #expect(!numberedInOrder("SELECT 1 FROM t JOIN u ON u.x = $2 WHERE t.y = $1", count: 2))
        #expect(!numberedInOrder("SELECT 1 WHERE a = $1", count: 2))
        #expect(!numberedInOrder("SELECT 1 WHERE a = $1 AND b = $3", count: 2))
    }
}
