import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting

@testable import ChiBoApp
@testable import ChiBoCore

/// Inspection and supervision over the API and the pages: the plan's item, a team that reads the
/// cell's meetings of the period under review and nothing else, the conclusion with remedies,
/// the cell reporting them done, and the figures.
@Suite struct InspectionTests {
    func codes(_ res: TestingHTTPResponse) throws -> [String] {
        let error = try res.json()["error"] as? [String: Any]
        let fields = (error?["fields"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
        return fields.isEmpty ? [(error?["code"] as? String) ?? ""] : fields
    }

    @Test func aSupervisionFromPlanToClosedRemedies() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let admin = try await Fixture.admin(app)
            // A member of the team who holds no role over the cells: an account of commune 2's staff.
            _ = try await AccountService.create(
                app.db, admin, hasher: app.password.async(on: app.threadPool, hopTo: app.eventLoopGroup.any()),
                .init(
                    username: "outsider", password: Fixture.password, displayName: "Cán bộ tăng cường", memberID: nil,
                    role: Role.committeeStaff.rawValue, unitID: f.commune2))
            let outsider = try await Account.query(on: app.db).filter(\.$username == "outsider").first()!.id!
            let inspectorAccount = try await Account.query(on: app.db).filter(\.$username == "inspector").first()!.id!

            // Two meetings of cell A: one in the period under review, one after it.
            let sec = try await APIClient.login(app, "seca")
            var meetings: [String] = []
            for day in ["2026-03-05", "2026-09-05"] {
                let created = try await sec.send(.POST, "/api/v1/units/\(f.cellA!)/meetings", json: #"{"kind":"regular","date":"\#(day)"}"#)
                meetings.append(try created.json()["id"] as! String)
            }
            let inspector = try await APIClient.login(app, "inspector")
            let path = "/api/v1/units/\(f.commune!)/inspections"
            let body = #"""
                {"kind":"thematic_supervision","body":"inspection_committee","year":2026,"targetUnitId":"\#(f.cellA!)",
                 "content":"Việc chấp hành nội dung sinh hoạt chi bộ","reviewFrom":"2026-01-01","reviewTo":"2026-06-30",
                 "startOn":"2026-07-06","endOn":"2026-07-17","team":["\#(inspectorAccount)","\#(outsider)"]}
                """#

            // Refused: a cell outside the plan's unit, the work before the period ends, no team; the secretary plans nothing.
            let elsewhere = try await inspector.send(
                .POST, path, json: body.replacingOccurrences(of: f.cellA!.uuidString, with: f.cellE!.uuidString))
            #expect(try codes(elsewhere) == ["targetUnitId.invalid"])
            let order = try await inspector.send(.POST, path, json: body.replacingOccurrences(of: "2026-07-17", with: "2026-06-01"))
            #expect(try codes(order).contains("reviewTo.afterWork"))
            let noTeam = try await inspector.send(
                .POST, path, json: body.replacingOccurrences(of: #""team":["\#(inspectorAccount)","\#(outsider)"]"#, with: #""team":[]"#))
            #expect(try codes(noTeam) == ["team.required"])
            #expect(try await sec.send(.POST, path, json: body).status == .notFound)
            #expect(try await Inspection.query(on: app.db).count() == 0)

            let created = try await inspector.send(.POST, path, json: body)
            #expect(created.status == .created, "\(created.body.string)")
            let id = (try created.json()["inspection"] as? [String: Any])?["id"] as! String
            let page = try created.json()
            #expect((page["meetings"] as? [[String: Any]])?.count == 1, "the period under review")

            // The outsider on the team reads the March meeting, not September's, not the cell's page.
            let team = try await APIClient.login(app, "outsider")
            #expect(try await team.send(.GET, "/api/v1/meetings/\(meetings[0])").status == .ok)
            #expect(try await team.send(.GET, "/api/v1/meetings/\(meetings[1])").status == .notFound)
            #expect(try await team.send(.GET, "/api/v1/units/\(f.cellA!)").status == .notFound)
            #expect(try await team.send(.GET, "/api/v1/inspections/\(id)").status == .ok)
            // Another cell's secretary sees nothing of it.
            let secb = try await APIClient.login(app, "secb")
            #expect(try await secb.send(.GET, "/api/v1/inspections/\(id)").status == .notFound)

            // No conclusion before a finding; the team records one (the secretary may not).
            let conclusion = "/api/v1/inspections/\(id)/conclusion"
            let early = try await inspector.send(.POST, conclusion, json: #"{"conclusion":"Kết luận","concludedOn":"2026-07-20"}"#)
            #expect(try codes(early) == ["conclusion.noFindings"])
            #expect(try await sec.send(.POST, "/api/v1/inspections/\(id)/findings", json: #"{"text":"x"}"#).status == .forbidden)
            let found = try await team.send(
                .POST, "/api/v1/inspections/\(id)/findings", json: #"{"text":"Nghị quyết chưa phân công cụ thể."}"#)
            #expect(found.status == .ok)
            #expect((try found.json()["inspection"] as? [String: Any])?["status"] as? String == "in_progress")

            // The conclusion with two remedies; a remedy due before it is refused.
            let badRemedy = try await inspector.send(
                .POST, conclusion,
                json:
                    #"{"conclusion":"Kết luận","concludedOn":"2026-07-20","remedies":[{"content":"Phân công cụ thể","due":"2026-07-01"}]}"#)
            #expect(try codes(badRemedy) == ["remedy.due"])
            let concluded = try await inspector.send(
                .POST, conclusion,
                json: #"""
                    {"conclusion":"Chi bộ cần phân công nhiệm vụ cụ thể.","concludedOn":"2026-07-20",
                     "remedies":[{"content":"Nghị quyết phân công từng đảng viên","due":"2026-08-31"},{"content":"Chi ủy họp trước kỳ sinh hoạt","due":"2026-12-31"}]}
                    """#)
            #expect(concluded.status == .ok, "\(concluded.body.string)")
            #expect(try await inspector.send(.POST, conclusion, json: #"{"conclusion":"Lại"}"#).status == .conflict)
            let remedies = try concluded.json()["remedies"] as? [[String: Any]] ?? []
            #expect(remedies.map { $0["overdue"] as? Bool } == [true, false])

            // The cell reports both done; the inspection closes.
            for r in remedies {
                let done = try await sec.send(
                    .POST, "/api/v1/inspections/\(id)/remedies/\(r["id"] as! String)/done",
                    json: #"{"doneOn":"2026-11-20","report":"Đã thực hiện."}"#)
                #expect(done.status == .ok, "\(done.body.string)")
            }
            let twice = try await sec.send(.POST, "/api/v1/inspections/\(id)/remedies/\(remedies[0]["id"] as! String)/done", json: "{}")
            #expect(try codes(twice) == ["remedy.done"])
            let closed = try await inspector.send(.GET, "/api/v1/inspections/\(id)").json()
            #expect((closed["inspection"] as? [String: Any])?["status"] as? String == "closed")
            // The team's access ended with its work.
            #expect(try await team.send(.GET, "/api/v1/meetings/\(meetings[0])").status == .notFound)

            // The figures, equal to a recomputation.
            let plan = try await inspector.send(.GET, path + "?year=2026").json()
            let figures = plan["figures"] as? [String: Any] ?? [:]
            #expect(figures["inspectionsConcluded"] as? Int == 1)
            #expect(figures["remediesDone"] as? Int == 2)
            #expect(figures["remediesOpen"] as? Int == 0)
            let today = app.clock.today
            let naive = try await StatisticsService.naive(app.db, unitID: f.commune, period: .year(2026), today: today)
            let stored = try await RollupService.stored(app.db as! any SQLDatabase, units: [f.commune])[f.commune] ?? [:]
            #expect(naive.total.oversight == CellFigures.derive(rows: stored, period: .year(2026), today: today).oversight)
            let actions = Set(try await AuditEntry.query(on: app.db).filter(\.$entity == "inspection").all().map(\.action))
            #expect(actions == ["inspection.plan", "inspection.finding", "inspection.conclude", "inspection.remedy"])
        }
    }

    @Test func thePlanPages() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let inspectorAccount = try await Account.query(on: app.db).filter(\.$username == "inspector").first()!.id!
            let b = Browser(app)
            _ = try await b.login("inspector")
            let list = try await b.get("/units/\(f.commune!)/inspections?year=2026")
            #expect(list.body.string.contains("id=\"new-inspection\""))
            let refused = try await b.post(
                "/units/\(f.commune!)/inspections",
                [
                    "kind": "thematic_supervision", "year": "2026", "targetUnitId": f.cellA!.uuidString, "content": "",
                    "reviewFrom": "2026-01-01",
                    "reviewTo": "2026-06-30", "startOn": "2026-07-06", "endOn": "2026-07-17", "team[]": inspectorAccount.uuidString,
                ])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("Chưa nhập nội dung kiểm tra, giám sát."))
            let saved = try await b.post(
                "/units/\(f.commune!)/inspections",
                [
                    "kind": "thematic_supervision", "year": "2026", "targetUnitId": f.cellA!.uuidString, "content": "Sinh hoạt chi bộ",
                    "reviewFrom": "2026-01-01", "reviewTo": "2026-06-30", "startOn": "2026-07-06", "endOn": "2026-07-17",
                    "team[]": inspectorAccount.uuidString,
                ])
            #expect(saved.status == .seeOther || saved.status == .found, "\(saved.body.string)")
            let item = try #require(try await Inspection.query(on: app.db).first())
            let page = try await b.get("/inspections/\(item.id!)").body.string
            #expect(page.contains("id=\"add-finding\"") && page.contains("id=\"conclude-inspection\""))
            _ = try await b.post("/inspections/\(item.id!)/findings", ["text": "Nội dung còn chung chung."])
            let concluded = try await b.post(
                "/inspections/\(item.id!)/conclusion",
                [
                    "conclusion": "Cần đổi mới nội dung.", "concludedOn": "2026-07-20", "remedy.0.content": "Phân công cụ thể",
                    "remedy.0.due": "2026-08-31",
                ])
            #expect(concluded.status == .seeOther || concluded.status == .found, "\(concluded.body.string)")
            let after = try await b.get("/inspections/\(item.id!)").body.string
            #expect(after.contains("Cần đổi mới nội dung.") && after.contains("Phân công cụ thể"))
            // The cell's secretary sees it and reports the remedy done.
            let sec = Browser(app)
            _ = try await sec.login("seca")
            let seen = try await sec.get("/inspections/\(item.id!)").body.string
            #expect(seen.contains("remedy-done") && !seen.contains("id=\"conclude-inspection\""))
        }
    }

    /// Above `SubtreeChoice.listedCells` cells (here forced to none) the plan's target cell is
    /// searched by name or code under the unit, not listed; a small unit keeps its whole list; a
    /// text searches whatever the size; a refused text is a clear error (issue 20).
    @Test func aLargeUnitSearchesItsTargetCells() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let admin = try await Fixture.admin(app)
            let whole = try await InspectionsPage.load(app.db, admin, unitID: f.province!, year: 2026, today: app.clock.today)
            #expect(whole.cellSearch == nil && !whole.cellsCut)
            #expect(Set(whole.cells.map(\.id)) == [f.cellA, f.cellB, f.cellE])
            let before = try await InspectionsPage.load(
                app.db, admin, unitID: f.province!, year: 2026, today: app.clock.today, listedCells: 0)
            #expect(before.cellSearch == ChoiceSearch(q: nil, more: false) && before.cells.isEmpty)
            let byName = try await InspectionsPage.load(
                app.db, admin, unitID: f.province!, year: 2026, today: app.clock.today, q: "na", listedCells: 0)
            #expect(Set(byName.cells.map(\.id)) == [f.cellA, f.cellE], "Nà Thuôn and Nà Đông, folded")
            let byCode = try await InspectionsPage.load(
                app.db, admin, unitID: f.province!, year: 2026, today: app.clock.today, q: "CB02", listedCells: 0)
            #expect(byCode.cells.map(\.id) == [f.cellB])
            let outside = try await InspectionsPage.load(
                app.db, admin, unitID: f.commune!, year: 2026, today: app.clock.today, q: "na dong")
            #expect(outside.cells.isEmpty && outside.cellSearch?.q == "na dong")

            // The API twin and the page: `q`, a GET form keeping the year, the plan's form open on the results.
            let api = try await APIClient.login(app, "admin")
            let json = try await api.send(.GET, "/api/v1/units/\(f.province!)/inspections?year=2026&q=b%E1%BA%A3n%20ch%E1%BB%A3").json()
            #expect((json["cells"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String } == [f.cellB!.uuidString])
            #expect((json["cellSearch"] as? [String: Any])?["q"] as? String == "bản chợ")
            let bad = try await api.send(.GET, "/api/v1/units/\(f.province!)/inspections?q=%21%21")
            #expect(bad.status == .unprocessableEntity)
            #expect(try codes(bad) == ["q.invalid"])
            let b = Browser(app)
            _ = try await b.login("admin")
            let page = try await b.get("/units/\(f.province!)/inspections?year=2025&q=thuon").body.string
            #expect(page.contains("<form id=\"cell-search\" class=\"search\" method=\"get\""))
            #expect(page.contains("<input type=\"hidden\" name=\"year\" value=\"2025\">") && page.contains("value=\"thuon\""))
            #expect(page.contains("<details open>") && page.contains("<option value=\"\(f.cellA!.uuidString)\">"))
            #expect(!page.contains(f.cellB!.uuidString))
            let none = try await b.get("/units/\(f.province!)/inspections?q=zzz").body.string
            #expect(none.contains("id=\"target-hint\"") && none.contains("Không có chi bộ nào khớp."))
            let refused = try await b.get("/units/\(f.province!)/inspections?q=%21%21")
            #expect(
                refused.status == .unprocessableEntity
                    && refused.body.string.contains("Gõ họ tên, số thẻ đảng viên hoặc tên chi bộ để tìm."))
            // Without a text a small unit's page is as it was: every cell, no search box.
            let plain = try await b.get("/units/\(f.province!)/inspections").body.string
            #expect(!plain.contains("id=\"cell-search\"") && plain.contains(f.cellE!.uuidString))
        }
    }
}
