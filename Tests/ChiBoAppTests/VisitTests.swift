import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting

@testable import ChiBoApp
@testable import ChiBoCore

/// Superiors at cell meetings over the API and the pages: who may record a visit, the remarks in
/// the minutes, the evaluation apart from the cell's own, and the figures.
@Suite struct VisitTests {
    func code(_ res: TestingHTTPResponse) throws -> String? {
        (try res.json()["error"] as? [String: Any])?["code"] as? String
    }

    /// A meeting of cell A today, opened by its secretary.
    func openMeeting(_ app: Application, _ f: Fixture) async throws -> (APIClient, String) {
        let sec = try await APIClient.login(app, "seca")
        let created = try await sec.send(
            .POST, "/api/v1/units/\(f.cellA!)/meetings",
            json: #"{"kind":"regular","date":"\#(app.clock.today.iso)","time":"07:30","location":"Nhà văn hóa"}"#)
        let id = try created.json()["id"] as! String
        #expect(try await sec.send(.POST, "/api/v1/meetings/\(id)/open").status == .ok)
        return (sec, id)
    }

    static let points = #""preparation":16,"attendance":16,"procedure":12,"content":14,"discussion":9,"resolution":5"#

    @Test func aCommitteeMemberRecordsAVisitAndEvaluatesTheMeeting() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let (sec, id) = try await openMeeting(app, f)
            let staff = try await APIClient.login(app, "staff")
            let body = #"{"position":"Phó Bí thư Đảng ủy","remarks":"Đề nghị chi bộ phân công cụ thể từng đồng chí."}"#

            // Not the cell's own officers, not an inspector, nobody from another cell.
            #expect(try await sec.send(.POST, "/api/v1/meetings/\(id)/visits", json: body).status == .forbidden)
            let inspector = try await APIClient.login(app, "inspector")
            #expect(try await inspector.send(.POST, "/api/v1/meetings/\(id)/visits", json: body).status == .notFound)
            let secb = try await APIClient.login(app, "secb")
            #expect(try await secb.send(.POST, "/api/v1/meetings/\(id)/visits", json: body).status == .notFound)
            #expect(try await secb.send(.GET, "/api/v1/meetings/\(id)/visits").status == .notFound)

            let recorded = try await staff.send(.POST, "/api/v1/meetings/\(id)/visits", json: body)
            #expect(recorded.status == .created, "\(recorded.body.string)")
            let visit = try recorded.json()
            let visitID = visit["id"] as! String
            #expect(visit["levelName"] as? String == "Đảng bộ xã Thượng Lâm")
            #expect(visit["visitorName"] as? String == "staff")
            // Recording again updates the same line; the visitor is among the guests once.
            #expect(try await staff.send(.POST, "/api/v1/meetings/\(id)/visits", json: body).status == .created)
            let detail = try await sec.send(.GET, "/api/v1/meetings/\(id)").json()
            #expect((detail["visits"] as? [[String: Any]])?.count == 1)
            let guests = detail["guests"] as? [[String: Any]] ?? []
            #expect(guests.count == 1 && guests.first?["fromSuperior"] as? Bool == true)

            // A committee the visitor does not belong to is refused.
            let other = try await staff.send(
                .POST, "/api/v1/meetings/\(id)/visits", json: #"{"levelUnitId":"\#(f.commune2!)"}"#)
            #expect(other.status == .unprocessableEntity)
            #expect(try code(other) == "levelUnitId.invalid")

            // The rubric's bounds; nothing saved on a refusal.
            let evaluation = "/api/v1/meetings/\(id)/visits/\(visitID)/evaluation"
            let over = try await staff.send(
                .POST, evaluation, json: #"{"preparation":25,"attendance":16,"procedure":12,"content":14,"discussion":9}"#)
            #expect(over.status == .unprocessableEntity)
            let fields = ((try over.json()["error"] as? [String: Any])?["fields"] as? [[String: Any]] ?? []).compactMap {
                $0["field"] as? String
            }
            #expect(fields == ["preparation", "resolution"])
            #expect(try await staff.send(.POST, evaluation, json: #"{"preparation":"nhiều"}"#).status == .unprocessableEntity)
            #expect(try await SuperiorVisit.find(UUID(uuidString: visitID), on: app.db)?.score == nil)
            // Only the visitor or their committee evaluates.
            #expect(try await sec.send(.POST, evaluation, json: "{\(Self.points)}").status == .forbidden)

            // The cell scores itself 95 (good); the superior 72 (fair): flagged as lower.
            #expect(try await sec.send(.PATCH, "/api/v1/meetings/\(id)/minutes", json: #"{"qualityScore":95}"#).status == .ok)
            let scored = try await staff.send(.POST, evaluation, json: #"{\#(Self.points),"assessment":"Nội dung còn chung chung."}"#)
            #expect(scored.status == .ok, "\(scored.body.string)")
            let s = try scored.json()
            #expect(s["score"] as? Int == 72)
            #expect(s["quality"] as? String == "fair")
            #expect(s["comparison"] as? String == "lower")

            // The remarks are in the locked minutes; the evaluation may still be written after.
            _ = try await sec.send(.PUT, "/api/v1/meetings/\(id)/attendance/\(f.an!)", json: #"{"attendance":"present"}"#)
            _ = try await sec.send(.PUT, "/api/v1/meetings/\(id)/attendance/\(f.anh!)", json: #"{"attendance":"present"}"#)
            #expect(try await sec.send(.POST, "/api/v1/meetings/\(id)/end").status == .ok)
            let day = app.clock.today.iso
            let minutes = try await sec.send(
                .PATCH, "/api/v1/meetings/\(id)/minutes",
                json: """
                    {"startedAt":"\(day)T07:30","endedAt":"\(day)T09:10","chairName":"Nguyễn Văn An","secretaryName":"Đỗ Thị Ánh",\
                    "results":"Hoàn thành các chỉ tiêu tháng.","nextTasks":"Làm đường liên thôn."}
                    """)
            #expect(minutes.status == .ok, "\(minutes.body.string)")
            let approved = try await sec.send(.POST, "/api/v1/meetings/\(id)/approve")
            #expect(approved.status == .ok, "\(approved.body.string)")
            let record = try await LockedRecord.query(on: app.db).filter(\.$meeting.$id == UUID(uuidString: id)!).first()
            #expect(record?.content.contains("Đề nghị chi bộ phân công cụ thể từng đồng chí.") == true)
            let docx = try await sec.send(.GET, "/api/v1/meetings/\(id)/minutes.docx")
            #expect(docx.status == .ok)
            #expect(try await staff.send(.POST, "/api/v1/meetings/\(id)/visits", json: body).status == .conflict, "minutes locked")
            let again = try await staff.send(
                .POST, evaluation, json: #"{"preparation":20,"attendance":20,"procedure":15,"content":20,"discussion":15,"resolution":10}"#)
            #expect(again.status == .ok)
            #expect(try again.json()["comparison"] as? String == "agrees")

            // The figures, equal to a recomputation from the raw rows.
            let stats = try await staff.send(.GET, "/api/v1/units/\(f.commune!)/statistics?period=year&year=2026").json()
            let oversight = (stats["total"] as? [String: Any])?["oversight"] as? [String: Any]
            #expect(oversight?["visits"] as? Int == 1)
            #expect(oversight?["evaluated"] as? Int == 1)
            #expect(oversight?["differing"] as? Int == 0)
            let today = app.clock.today
            let naive = try await StatisticsService.naive(app.db, unitID: f.commune, period: .year(2026), today: today)
            #expect(
                naive.total.oversight
                    == CellFigures.derive(
                        rows: try await RollupService.stored(app.db as! any SQLDatabase, units: [f.commune])[f.commune] ?? [:],
                        period: .year(2026), today: today
                    ).oversight)

            // The committee's year: cell A visited, cell B not; the visit listed.
            let year = try await staff.send(.GET, "/api/v1/units/\(f.commune!)/visits?year=2026").json()
            let rows = year["rows"] as? [[String: Any]] ?? []
            let byName = Dictionary(uniqueKeysWithValues: rows.map { (($0["unit"] as? [String: Any])?["name"] as? String ?? "", $0) })
            #expect((byName["Chi bộ thôn Nà Thuôn"]?["figures"] as? [String: Any])?["visits"] as? Int == 1)
            #expect(byName["Chi bộ thôn Nà Thuôn"]?["visitedThisWindow"] as? Bool == true)
            #expect(byName["Chi bộ thôn Bản Chợ"]?["visitedThisWindow"] as? Bool == false)
            #expect((year["visits"] as? [[String: Any]])?.count == 1)
            #expect(try await secb.send(.GET, "/api/v1/units/\(f.cellA!)/visits").status == .notFound)

            let actions = try await AuditEntry.query(on: app.db).filter(\.$entityID == UUID(uuidString: id)!).all().map(\.action)
            #expect(actions.contains("meeting.visit") && actions.contains("meeting.visit.evaluate"))
        }
    }

    @Test func aVisitNeedsTheMeetingToBeHeld() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let sec = try await APIClient.login(app, "seca")
            let created = try await sec.send(.POST, "/api/v1/units/\(f.cellA!)/meetings", json: #"{"kind":"regular","date":"2026-12-05"}"#)
            let id = try created.json()["id"] as! String
            let staff = try await APIClient.login(app, "staff")
            let early = try await staff.send(.POST, "/api/v1/meetings/\(id)/visits", json: "{}")
            #expect(early.status == .conflict)
            #expect(try code(early) == "meeting.status")
            // Committee staff of another commune do not see the meeting at all.
            let admin = try await Fixture.admin(app)
            _ = try await AccountService.create(
                app.db, admin, hasher: app.password.async(on: app.threadPool, hopTo: app.eventLoopGroup.any()),
                .init(
                    username: "staff2", password: Fixture.password, displayName: "staff2", memberID: nil,
                    role: Role.committeeStaff.rawValue, unitID: f.commune2))
            let staff2 = try await APIClient.login(app, "staff2")
            #expect(try await staff2.send(.POST, "/api/v1/meetings/\(id)/visits", json: "{}").status == .notFound)
            // A commune committee member who belongs to the cell does not oversee it from above
            // (An's member account closed first: a member has one active account).
            try await Account.query(on: app.db).filter(\.$member.$id == f.an!).set(\.$active, to: false).update()
            _ = try await AccountService.create(
                app.db, admin, hasher: app.password.async(on: app.threadPool, hopTo: app.eventLoopGroup.any()),
                .init(
                    username: "uv.an", password: Fixture.password, displayName: "Nguyễn Văn An", memberID: f.an,
                    role: Role.committeeStaff.rawValue, unitID: f.commune))
            let own = try await APIClient.login(app, "uv.an")
            let today = try await sec.send(
                .POST, "/api/v1/units/\(f.cellA!)/meetings", json: #"{"kind":"regular","date":"\#(app.clock.today.iso)"}"#)
            let held = try today.json()["id"] as! String
            #expect(try await sec.send(.POST, "/api/v1/meetings/\(held)/open").status == .ok)
            #expect(try await own.send(.POST, "/api/v1/meetings/\(held)/visits", json: "{}").status == .forbidden)
        }
    }

    @Test func theVisitorsPhonePages() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let (_, id) = try await openMeeting(app, f)
            let b = Browser(app)
            _ = try await b.login("staff")
            let page = try await b.get("/meetings/\(id)")
            #expect(page.body.string.contains("id=\"record-visit\""))
            let saved = try await b.post(
                "/meetings/\(id)/visits", ["position": "Ủy viên Ban Thường vụ", "remarks": "Chi bộ cần nắm chắc tư tưởng."])
            #expect(saved.status == .ok, "\(saved.body.string)")
            #expect(saved.body.string.contains("Đã ghi nhận đồng chí dự sinh hoạt."))
            let visit = try #require(try await SuperiorVisit.query(on: app.db).first())
            let bad = try await b.post("/meetings/\(id)/visits/\(visit.id!)/evaluation", ["preparation": "30"])
            #expect(bad.body.string.contains("Điểm tiêu chí “Chuẩn bị nội dung, chi ủy họp trước” từ 0 đến 20."))
            #expect(try await SuperiorVisit.find(visit.id, on: app.db)?.score == nil)
            let form = Dictionary(uniqueKeysWithValues: RubricCriterion.allCases.map { ($0.rawValue, String($0.maxPoints - 2)) })
            let scored = try await b.post("/meetings/\(id)/visits/\(visit.id!)/evaluation", form)
            #expect(scored.body.string.contains("Đã lưu đánh giá: 88 điểm, Khá."), "\(scored.body.string)")
            let year = try await b.get("/units/\(f.commune!)/visits")
            #expect(year.status == .ok)
            #expect(year.body.string.contains("id=\"visit-units\""))
            #expect(year.body.string.contains("Chi bộ thôn Nà Thuôn"))
            // The secretary sees the visit on the meeting's page, without the forms.
            let sec = Browser(app)
            _ = try await sec.login("seca")
            let seen = try await sec.get("/meetings/\(id)").body.string
            #expect(seen.contains("Chi bộ cần nắm chắc tư tưởng."))
            #expect(!seen.contains("id=\"record-visit\"") && !seen.contains("evaluate-visit"))
        }
    }
}
