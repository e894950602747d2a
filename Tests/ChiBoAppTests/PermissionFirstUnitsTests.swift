import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting

@testable import ChiBoApp
@testable import ChiBoCore

/// Issue 19, "no body parsed before the route needs it": a write on a unit, a meeting or an
/// account answers a refused account 403 (inside the scope, without the right) or 404 (outside
/// it) before its body is read; an empty body tells such an account nothing more, and writes
/// nothing. Someone who may act still gets the form's errors (422).
@Suite struct PermissionFirstUnitsTests {
    /// The audit's entries and the rows the routes below would write.
    func counts(_ app: Application) async throws -> [Int] {
        [
            try await AuditEntry.query(on: app.db).count(), try await UnitOfficer.query(on: app.db).count(),
            try await UnitSetting.query(on: app.db).count(), try await Attachment.query(on: app.db).count(),
            try await OrgUnit.query(on: app.db).count(), try await Account.query(on: app.db).count(),
        ]
    }

    @Test func anEmptyBodyIsRefusedByPermissionBeforeItIsRead() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let seca = try await APIClient.login(app, "seca")
            let created = try await seca.send(
                .POST, "/api/v1/units/\(f.cellA!)/meetings", json: #"{"kind":"regular","date":"\#(app.clock.today.iso)"}"#)
            #expect(created.status == .created, "\(created.body.string)")
            let meeting = try #require(try created.json()["id"] as? String)

            // dv.an is a member of cell A (reads it, may not act); secb is cell B's secretary
            // (cell A is outside its scope); the staff of the commune manage cell A, not cell E.
            let member = try await APIClient.login(app, "dv.an")
            let outsider = try await APIClient.login(app, "secb")
            let staff = try await APIClient.login(app, "staff")
            let before = try await counts(app)
            let writes: [(HTTPMethod, String)] = [
                (.POST, "/api/v1/units/\(f.cellA!)/officers"), (.PUT, "/api/v1/units/\(f.cellA!)/settings"),
                (.POST, "/api/v1/meetings/\(meeting)/attachments"),
            ]
            for (method, path) in writes {
                for body in ["{}", ""] {
                    let inside = try await member.send(method, path, json: body)
                    #expect(inside.status == .forbidden, "member: \(method) \(path) \(inside.status) \(inside.body.string)")
                    let outside = try await outsider.send(method, path, json: body)
                    #expect(outside.status == .notFound, "outsider: \(method) \(path) \(outside.status) \(outside.body.string)")
                }
            }
            let elsewhere = try await staff.send(.POST, "/api/v1/units/\(f.cellE!)/officers", json: "{}")
            #expect(elsewhere.status == .notFound, "\(elsewhere.body.string)")
            // The target is in the body: refused to whoever may create a unit or an account nowhere.
            #expect(try await member.send(.POST, "/api/v1/units", json: "{}").status == .forbidden)
            #expect(try await outsider.send(.POST, "/api/v1/accounts", json: "").status == .forbidden)

            // The web's twins, with an empty form.
            let web = Browser(app)
            #expect(try await web.login("dv.an").status == .seeOther)
            try await web.get("/")
            #expect(try await web.post("/units/\(f.cellA!)/officers", [:]).status == .forbidden)
            #expect(try await web.post("/units/\(f.cellA!)/settings", [:]).status == .forbidden)
            #expect(try await web.post("/accounts", [:]).status == .forbidden)
            let webOutsider = Browser(app)
            #expect(try await webOutsider.login("secb").status == .seeOther)
            try await webOutsider.get("/")
            #expect(try await webOutsider.post("/units/\(f.cellA!)/officers", [:]).status == .notFound)
            #expect(try await webOutsider.post("/meetings/\(meeting)/votes/\(UUID())/tally", [:]).status == .notFound)

            #expect(try await counts(app) == before, "a refused write wrote something")

            // Someone who may act reads the body as before: its errors, 422, and nothing written.
            let allowed = try await staff.send(.POST, "/api/v1/units/\(f.cellA!)/officers", json: "{}")
            #expect(allowed.status == .unprocessableEntity, "\(allowed.body.string)")
            #expect(try await counts(app) == before)
        }
    }
}
