import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import ChiBoApp
@testable import ChiBoCore

/// Model meetings over the API and the pages: a level picks a model cell per group, its meeting,
/// the working group's lessons, opened by the other cells of the group.
@Suite struct ModelMeetingTests {
    func codes(_ res: TestingHTTPResponse) throws -> [String] {
        let error = try res.json()["error"] as? [String: Any]
        let fields = (error?["fields"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
        return fields.isEmpty ? [(error?["code"] as? String) ?? ""] : fields
    }

    @Test func aModelCellItsMeetingAndItsLessons() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let staffAccount = try await Account.query(on: app.db).filter(\.$username == "staff").first()!.id!
            let staff = try await APIClient.login(app, "staff")
            let path = "/api/v1/units/\(f.commune!)/models"
            let body = #"{"year":2026,"group":"residential","cellId":"\#(f.cellA!)","team":["\#(staffAccount)"]}"#
            let wrong = try await staff.send(.POST, path, json: body.replacingOccurrences(of: "residential", with: "agency"))
            #expect(try codes(wrong) == ["cellId.group"])
            let sec = try await APIClient.login(app, "seca")
            #expect(try await sec.send(.POST, path, json: body).status == .notFound)
            let chosen = try await staff.send(.POST, path, json: body)
            #expect(chosen.status == .created, "\(chosen.body.string)")
            let id = (try chosen.json()["model"] as? [String: Any])?["id"] as! String
            #expect(try codes(try await staff.send(.POST, path, json: body)) == ["group.taken"])

            // The model meeting; no lessons before it is held.
            let created = try await sec.send(.POST, "/api/v1/units/\(f.cellA!)/meetings", json: #"{"kind":"regular","date":"2026-11-20"}"#)
            let meeting = try created.json()["id"] as! String
            #expect(try await staff.send(.POST, "/api/v1/models/\(id)/meeting", json: #"{"meetingId":"\#(meeting)"}"#).status == .ok)
            let early = try await staff.send(.POST, "/api/v1/models/\(id)/lessons", json: #"{"lessons":"Chuẩn bị kỹ."}"#)
            #expect(try codes(early) == ["lessons.notHeld"])
            #expect(try await sec.send(.POST, "/api/v1/meetings/\(meeting)/open").status == .ok)
            let during = try await staff.send(.POST, "/api/v1/models/\(id)/lessons", json: #"{"lessons":"Chuẩn bị kỹ."}"#)
            #expect(try codes(during) == ["lessons.notHeld"], "not while it is still going on")
            #expect(try await sec.send(.POST, "/api/v1/meetings/\(meeting)/end").status == .ok)
            let lessons = try await staff.send(.POST, "/api/v1/models/\(id)/lessons", json: #"{"lessons":"Chuẩn bị kỹ, phân công rõ."}"#)
            #expect(lessons.status == .ok)
            #expect((try lessons.json()["model"] as? [String: Any])?["lessons"] as? String == "Chuẩn bị kỹ, phân công rõ.")

            // Cell B (a village too) opens it; a cell of another commune does not, nor may B write lessons.
            let secb = try await APIClient.login(app, "secb")
            #expect(try await secb.send(.GET, "/api/v1/models/\(id)").status == .ok)
            #expect(try await secb.send(.POST, "/api/v1/models/\(id)/lessons", json: #"{"lessons":"x"}"#).status == .forbidden)
            let mine = try await secb.send(.GET, "/api/v1/units/\(f.cellB!)/models").json()
            #expect((mine["models"] as? [[String: Any]])?.count == 1)
            let admin = try await Fixture.admin(app)
            _ = try await AccountService.create(
                app.db, admin, hasher: app.password.async(on: app.threadPool, hopTo: app.eventLoopGroup.any()),
                .init(
                    username: "sece", password: Fixture.password, displayName: "sece", memberID: nil, role: Role.cellSecretary.rawValue,
                    unitID: f.cellE))
            let sece = try await APIClient.login(app, "sece")
            #expect(try await sece.send(.GET, "/api/v1/models/\(id)").status == .notFound)
            let actions = Set(try await AuditEntry.query(on: app.db).filter(\.$entity == "model").all().map(\.action))
            #expect(actions == ["model.choose", "model.meeting", "model.lessons"])
        }
    }

    @Test func theModelPages() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let staffAccount = try await Account.query(on: app.db).filter(\.$username == "staff").first()!.id!
            let b = Browser(app)
            _ = try await b.login("staff")
            let list = try await b.get("/units/\(f.commune!)/models?year=2026")
            #expect(list.body.string.contains("id=\"model-groups\"") && list.body.string.contains("choose-model"))
            let saved = try await b.post(
                "/units/\(f.commune!)/models",
                ["year": "2026", "group": "residential", "cellId": f.cellB!.uuidString, "team[]": staffAccount.uuidString])
            #expect(saved.status == .seeOther || saved.status == .found, "\(saved.body.string)")
            let model = try #require(try await ModelMeeting.query(on: app.db).first())
            let page = try await b.get("/models/\(model.id!)").body.string
            #expect(page.contains("id=\"model-lessons\""))
            let refused = try await b.post("/models/\(model.id!)/lessons", ["lessons": "Tốt."])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("Buổi sinh hoạt điểm chưa diễn ra"))
        }
    }
}
