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

    /// Above `SubtreeChoice.listedCells` cells (here forced to none) the cells to pick a model from
    /// are searched by name or code under the level; a small level keeps its whole lists; a text
    /// searches whatever the size; bad input is a clear error.
    @Test func aLargeLevelSearchesItsCells() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let admin = try await Fixture.admin(app)
            let whole = try await ModelsPage.load(app.db, admin, unitID: f.province!, year: 2026)
            #expect(whole.cellSearch == nil && !whole.cellsCut)
            #expect(Set(whole.rows.flatMap(\.cells).map(\.id)) == [f.cellA, f.cellB, f.cellE])

            let before = try await ModelsPage.load(app.db, admin, unitID: f.province!, year: 2026, listedCells: 0)
            #expect(before.cellSearch == ChoiceSearch(q: nil, more: false) && before.rows.allSatisfy { $0.cells.isEmpty })
            let byName = try await ModelsPage.load(app.db, admin, unitID: f.province!, year: 2026, q: "na", listedCells: 0)
            #expect(Set(byName.rows.flatMap(\.cells).map(\.id)) == [f.cellA, f.cellE], "Nà Thuôn and Nà Đông, folded")
            let byCode = try await ModelsPage.load(app.db, admin, unitID: f.province!, year: 2026, q: "CB02", listedCells: 0)
            #expect(byCode.rows.flatMap(\.cells).map(\.id) == [f.cellB])
            // Under the level only: the commune does not find commune 2's cell.
            let outside = try await ModelsPage.load(app.db, admin, unitID: f.commune!, year: 2026, q: "na dong")
            #expect(outside.rows.allSatisfy { $0.cells.isEmpty } && outside.cellSearch?.q == "na dong")

            // The API twin and the page: `q`, a GET form keeping the year, in Vietnamese and English.
            let api = try await APIClient.login(app, "admin")
            let json = try await api.send(.GET, "/api/v1/units/\(f.province!)/models?year=2026&q=b%E1%BA%A3n%20ch%E1%BB%A3").json()
            let cells = (json["rows"] as? [[String: Any]] ?? []).flatMap { $0["cells"] as? [[String: Any]] ?? [] }
            #expect(cells.compactMap { $0["id"] as? String } == [f.cellB!.uuidString])
            #expect((json["cellSearch"] as? [String: Any])?["q"] as? String == "bản chợ")
            let bad = try await api.send(.GET, "/api/v1/units/\(f.province!)/models?q=%21%21")
            #expect(bad.status == .unprocessableEntity)
            #expect(try codes(bad) == ["q.invalid"])
            let b = Browser(app)
            _ = try await b.login("admin")
            let page = try await b.get("/units/\(f.province!)/models?year=2025&q=thuon").body.string
            #expect(page.contains("<form id=\"cell-search\" class=\"search\" method=\"get\""))
            #expect(page.contains("<input type=\"hidden\" name=\"year\" value=\"2025\">") && page.contains("value=\"thuon\""))
            #expect(page.contains("gõ tên chi bộ") && page.contains(f.cellA!.uuidString))
            let refused = try await b.get("/units/\(f.province!)/models?q=%21%21")
            #expect(
                refused.status == .unprocessableEntity
                    && refused.body.string.contains("Gõ họ tên, số thẻ đảng viên hoặc tên chi bộ để tìm."))
            // Without a text a small level's page is as it was: every cell, no search box.
            let plain = try await b.get("/units/\(f.province!)/models").body.string
            #expect(!plain.contains("id=\"cell-search\"") && plain.contains(f.cellE!.uuidString))
        }
    }
}
