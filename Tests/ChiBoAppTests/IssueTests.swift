import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting

@testable import ChiBoApp
@testable import ChiBoCore

/// Opinions and petitions raised at meetings over the API and the pages: recorded by the cell,
/// passed up to the commune committee and its government, answered, reported back and closed;
/// who may act at each step; the member who raised it follows it; the figures.
@Suite struct IssueTests {
    func codes(_ res: TestingHTTPResponse) throws -> [String] {
        let error = try res.json()["error"] as? [String: Any]
        let fields = (error?["fields"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
        return fields.isEmpty ? [(error?["code"] as? String) ?? ""] : fields
    }

    /// A meeting of cell A on `date`, opened (typed in later when past).
    func meeting(_ sec: APIClient, _ f: Fixture, on date: String) async throws -> String {
        let created = try await sec.send(.POST, "/api/v1/units/\(f.cellA!)/meetings", json: #"{"kind":"regular","date":"\#(date)"}"#)
        let id = try created.json()["id"] as! String
        #expect(try await sec.send(.POST, "/api/v1/meetings/\(id)/open").status == .ok)
        return id
    }

    @Test func anOpinionFromCB01ReachesTheCommuneGovernmentAndComesBackClosed() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let sec = try await APIClient.login(app, "seca")
            let first = try await meeting(sec, f, on: "2026-10-05")

            // Bad input is refused, nothing written.
            let empty = try await sec.send(.POST, "/api/v1/meetings/\(first)/issues", json: #"{"text":"  "}"#)
            #expect(try codes(empty) == ["issue.text.required"])
            let badTopic = try await sec.send(.POST, "/api/v1/meetings/\(first)/issues", json: #"{"text":"x","topic":"roads"}"#)
            #expect(try codes(badTopic) == ["topic.invalid"])
            let stranger = try await sec.send(
                .POST, "/api/v1/meetings/\(first)/issues", json: #"{"text":"x","memberId":"\#(f.binh!)"}"#)
            #expect(try codes(stranger) == ["memberId.notOnRoll"])
            let secb = try await APIClient.login(app, "secb")
            #expect(try await secb.send(.POST, "/api/v1/meetings/\(first)/issues", json: #"{"text":"x"}"#).status == .notFound)
            #expect(try await RaisedIssue.query(on: app.db).count() == 0)

            // An raises the villagers' petition about the road.
            let raised = try await sec.send(
                .POST, "/api/v1/meetings/\(first)/issues",
                json:
                    #"{"text":"Đường liên thôn bị sạt lở, đề nghị sửa chữa.","origin":"public_opinion","topic":"infrastructure","memberId":"\#(f.an!)"}"#
            )
            #expect(raised.status == .created, "\(raised.body.string)")
            let issue = try raised.json()
            let id = issue["id"] as! String
            #expect(issue["responder"] as? String == "cell")
            #expect(issue["raisedBy"] as? String == "Nguyễn Văn An")
            // Raised 05/10: 15 working days (local) later is 26/10, long past on 22/11.
            #expect(issue["due"] as? String == "2026-10-26")
            #expect(issue["overdue"] as? Bool == true)

            let steps = "/api/v1/issues/\(id)/steps"
            // The cell cannot answer for the committee; it passes it up.
            let future = try await sec.send(
                .POST, steps, json: #"{"kind":"escalated","responder":"grassroots_committee","date":"2026-12-31"}"#)
            #expect(try codes(future) == ["issue.date.future"])
            let down = try await sec.send(.POST, steps, json: #"{"kind":"escalated","responder":"cell"}"#)
            #expect(try codes(down) == ["issue.escalate.notHigher"])
            let up = try await sec.send(.POST, steps, json: #"{"kind":"escalated","responder":"grassroots_committee","date":"2026-10-07"}"#)
            #expect(up.status == .ok, "\(up.body.string)")
            // Now the committee holds it: the secretary may no longer act, staff may.
            #expect(try await sec.send(.POST, steps, json: #"{"kind":"answered","note":"Đã sửa."}"#).status == .forbidden)
            let staff = try await APIClient.login(app, "staff")
            let page = try await staff.send(.GET, "/api/v1/issues/\(id)").json()
            #expect(page["escalateTo"] as? [String] == ["local_government", "higher_level"])
            #expect(
                try await staff.send(.POST, steps, json: #"{"kind":"escalated","responder":"local_government","date":"2026-10-09"}"#).status
                    == .ok)
            let noAnswer = try await staff.send(.POST, steps, json: #"{"kind":"answered"}"#)
            #expect(try codes(noAnswer) == ["issue.answer.required"])
            let tooEarly = try await staff.send(
                .POST, steps, json: #"{"kind":"answered","note":"Đã bố trí kinh phí.","date":"2026-10-08"}"#)
            #expect(try codes(tooEarly) == ["issue.date.beforePrevious"])
            let answered = try await staff.send(
                .POST, steps, json: #"{"kind":"answered","note":"UBND xã đã bố trí kinh phí sửa chữa.","date":"2026-10-20"}"#)
            #expect(answered.status == .ok)
            let a = (try answered.json()["issue"] as? [String: Any]) ?? [:]
            #expect(a["status"] as? String == "answered")
            #expect(a["answerDays"] as? Int == 11)

            // The member who raised it sees where it stands; another member would not.
            let an = try await APIClient.login(app, "dv.an")
            #expect(try await an.send(.GET, "/api/v1/issues/\(id)").status == .ok)
            #expect(try await secb.send(.GET, "/api/v1/issues/\(id)").status == .notFound)

            // Reported back at the next meeting: closed, and nothing more.
            let second = try await meeting(sec, f, on: "2026-11-05")
            let detail = try await sec.send(.GET, "/api/v1/meetings/\(second)").json()
            #expect((detail["issues"] as? [[String: Any]])?.isEmpty == true)
            let reported = try await sec.send(.POST, steps, json: #"{"kind":"reported","meetingId":"\#(second)"}"#)
            #expect(reported.status == .ok, "\(reported.body.string)")
            let closed = (try reported.json()["issue"] as? [String: Any]) ?? [:]
            #expect(closed["status"] as? String == "closed")
            #expect(closed["reportedOn"] as? String == "2026-11-05")
            #expect(
                (closed["steps"] as? [[String: Any]])?.map { $0["kind"] as? String } == [
                    "raised", "escalated", "escalated", "answered", "reported",
                ])
            #expect(try codes(try await sec.send(.POST, steps, json: #"{"kind":"reported"}"#)) == ["issue.closed"])

            // Two more: one open and overdue at the committee, one open in time at the cell.
            let other = try await sec.send(
                .POST, "/api/v1/meetings/\(first)/issues", json: #"{"text":"Khai thác cát trái phép.","responder":"grassroots_committee"}"#)
            #expect(other.status == .created)
            let today = app.clock.today
            let third = try await meeting(sec, f, on: today.iso)
            #expect(
                try await sec.send(.POST, "/api/v1/meetings/\(third)/issues", json: #"{"text":"Thiếu nước sinh hoạt."}"#).status == .created
            )

            // The commune's list and figures, equal to a recomputation.
            let list = try await staff.send(.GET, "/api/v1/units/\(f.commune!)/issues").json()
            let open = list["issues"] as? [[String: Any]] ?? []
            #expect(open.count == 2)
            #expect(open.first?["overdue"] as? Bool == true, "the overdue first")
            let figures = list["figures"] as? [String: Any] ?? [:]
            #expect(figures["issuesRaised"] as? Int == 3)
            #expect(figures["issuesEscalated"] as? Int == 1)
            #expect(figures["issuesAnswered"] as? Int == 1)
            #expect(figures["issuesClosed"] as? Int == 1)
            #expect(figures["issuesOpen"] as? Int == 2)
            #expect(figures["issuesOverdue"] as? Int == 1)
            let naive = try await StatisticsService.naive(app.db, unitID: f.commune, period: .year(2026), today: today)
            let stored = try await RollupService.stored(app.db as! any SQLDatabase, units: [f.commune])[f.commune] ?? [:]
            #expect(naive.total.oversight == CellFigures.derive(rows: stored, period: .year(2026), today: today).oversight)
            #expect(try await secb.send(.GET, "/api/v1/units/\(f.cellA!)/issues").status == .notFound)
            #expect(try await staff.send(.GET, "/api/v1/units/\(f.commune!)/issues?status=nope").status == .unprocessableEntity)
            let actions = Set(try await AuditEntry.query(on: app.db).filter(\.$entity == "issue").all().map(\.action))
            #expect(actions == ["issue.raise", "issue.escalated", "issue.answered", "issue.reported"])
        }
    }

    @Test func theIssuePages() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let sec = try await APIClient.login(app, "seca")
            let id = try await meeting(sec, f, on: app.clock.today.iso)
            let b = Browser(app)
            _ = try await b.login("seca")
            let page = try await b.get("/meetings/\(id)")
            #expect(page.body.string.contains("id=\"raise-issue\""))
            let saved = try await b.post(
                "/meetings/\(id)/issues",
                ["text": "Đề nghị lắp đèn đường.", "origin": "public_opinion", "topic": "infrastructure", "responder": "cell"])
            #expect(saved.body.string.contains("Đã ghi ý kiến, kiến nghị."), "\(saved.body.string)")
            let issue = try #require(try await RaisedIssue.query(on: app.db).first())
            let shown = try await b.get("/issues/\(issue.id!)").body.string
            #expect(shown.contains("id=\"escalate-issue\"") && shown.contains("id=\"answer-issue\""))
            let refused = try await b.post("/issues/\(issue.id!)/steps", ["kind": "answered", "note": ""])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("Chưa nhập nội dung trả lời."))
            let up = try await b.post("/issues/\(issue.id!)/steps", ["kind": "escalated", "responder": "grassroots_committee"])
            #expect(up.status == .seeOther || up.status == .found)
            let after = try await b.get("/issues/\(issue.id!)").body.string
            #expect(!after.contains("id=\"answer-issue\""), "the committee holds it now")
            let staff = Browser(app)
            _ = try await staff.login("staff")
            #expect(try await staff.get("/issues/\(issue.id!)").body.string.contains("id=\"answer-issue\""))
            let list = try await staff.get("/units/\(f.commune!)/issues")
            #expect(list.body.string.contains("id=\"issue-list\"") && list.body.string.contains("Đề nghị lắp đèn đường."))
        }
    }
}
