import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting

@testable import ChiBoApp
@testable import ChiBoCore

/// The cell secretaries' monthly reports (trực báo) over the API and the pages: submitted by the
/// cell, late and missing ones flagged, answered by the committee, searched, counted.
@Suite struct ReportTests {
    func code(_ res: TestingHTTPResponse) throws -> String? {
        (try res.json()["error"] as? [String: Any])?["code"] as? String
    }

    func codes(_ res: TestingHTTPResponse) throws -> [String] {
        ((try res.json()["error"] as? [String: Any])?["fields"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
    }

    @Test func aSecretaryReportsAndTheCommitteeAnswers() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let sec = try await APIClient.login(app, "seca")
            let path = "/api/v1/units/\(f.cellA!)/reports"

            // Refused, nothing written: empty, a month not begun, a bad month, a negative count.
            let empty = try await sec.send(.POST, path, json: #"{"month":"2026-11"}"#)
            #expect(empty.status == .unprocessableEntity)
            #expect(try codes(empty) == ["monthlyReport.empty"])
            let future = try await sec.send(.POST, path, json: #"{"month":"2026-12","results":"Tốt"}"#)
            #expect(try codes(future) == ["monthlyReport.month.future"])
            #expect(try await sec.send(.POST, path, json: #"{"month":"2026-13","results":"Tốt"}"#).status == .unprocessableEntity)
            let negative = try await sec.send(.POST, path, json: #"{"month":"2026-11","results":"Tốt","hotIssueCount":-1}"#)
            #expect(try codes(negative) == ["monthlyReport.hotIssueCount.range"])
            #expect(try await MonthlyReport.query(on: app.db).count() == 0)

            // October's report on 22/11: 28 days late; November's on time.
            let october = try await sec.send(
                .POST, path,
                json:
                    #"{"month":"2026-10","membersThinking":"Đảng viên an tâm.","proposals":"Đề nghị làm ĐƯỜNG liên thôn.","proposalCount":1}"#
            )
            #expect(october.status == .created, "\(october.body.string)")
            #expect(try october.json()["state"] as? String == "late")
            #expect(try october.json()["daysLate"] as? Int == 28)
            let november = try await sec.send(.POST, path, json: #"{"month":"2026-11","results":"Hoàn thành thu đảng phí."}"#)
            #expect(try november.json()["state"] as? String == "on_time")
            let reportID = try november.json()["id"] as! String
            // Corrected before the answer: the same report, the first day kept.
            let corrected = try await sec.send(.POST, path, json: #"{"month":"2026-11","results":"Hoàn thành thu đảng phí 100%."}"#)
            #expect(try corrected.json()["id"] as? String == reportID)
            #expect(try await MonthlyReport.query(on: app.db).count() == 2)

            // Who sees it: not another cell, not a plain member, not the inspector.
            let secb = try await APIClient.login(app, "secb")
            #expect(try await secb.send(.GET, "/api/v1/reports/\(reportID)").status == .notFound)
            #expect(try await secb.send(.GET, path).status == .notFound)
            #expect(try await secb.send(.POST, path, json: #"{"results":"x"}"#).status == .notFound)
            let member = try await APIClient.login(app, "dv.an")
            #expect(try await member.send(.GET, "/api/v1/reports/\(reportID)").status == .forbidden)
            let inspector = try await APIClient.login(app, "inspector")
            #expect(try await inspector.send(.GET, path).status == .forbidden)

            // The committee answers; the secretary cannot answer, nor change it after.
            let staff = try await APIClient.login(app, "staff")
            #expect(try await sec.send(.POST, "/api/v1/reports/\(reportID)/answer", json: #"{"answer":"Tốt"}"#).status == .forbidden)
            #expect(
                try await staff.send(.POST, "/api/v1/reports/\(reportID)/answer", json: #"{"answer":"  "}"#).status == .unprocessableEntity)
            let answered = try await staff.send(.POST, "/api/v1/reports/\(reportID)/answer", json: #"{"answer":"Đảng ủy ghi nhận."}"#)
            #expect(answered.status == .ok)
            #expect(try answered.json()["answeredBy"] as? String == "staff")
            let late = try await sec.send(.POST, path, json: #"{"month":"2026-11","results":"Sửa lại."}"#)
            #expect(late.status == .conflict)
            #expect(try code(late) == "report.answered")

            // The commune's month: cell A on time, cell B still in time; October: B missing.
            let page = try await staff.send(.GET, "/api/v1/units/\(f.commune!)/reports?month=2026-11").json()
            let rows = page["rows"] as? [[String: Any]] ?? []
            #expect(rows.count == 2)
            #expect((rows[0]["report"] as? [String: Any])?["state"] as? String == "on_time")
            #expect((rows[1]["tally"] as? [String: Any])?["due"] as? Int == 1)
            let octoberPage = try await staff.send(.GET, "/api/v1/units/\(f.commune!)/reports?month=2026-10").json()
            #expect((octoberPage["total"] as? [String: Any])?["missing"] as? Int == 1)
            #expect((octoberPage["total"] as? [String: Any])?["late"] as? Int == 1)
            // Search folds diacritics and case.
            let found = try await staff.send(.GET, "/api/v1/units/\(f.commune!)/reports?q=duong%20lien").json()
            #expect(found["foundTotal"] as? Int == 1)
            #expect(try await staff.send(.GET, "/api/v1/units/\(f.commune!)/reports?month=2026-1x").status == .unprocessableEntity)

            // The year's figures: Jan–Oct due for both cells (20), one late, one on time.
            let stats = try await staff.send(.GET, "/api/v1/units/\(f.commune!)/statistics?period=year&year=2026").json()
            let oversight = (stats["total"] as? [String: Any])?["oversight"] as? [String: Any]
            let tally = oversight?["reports"] as? [String: Any]
            #expect(tally?["onTime"] as? Int == 1)
            #expect(tally?["late"] as? Int == 1)
            #expect(tally?["missing"] as? Int == 19)
            #expect(tally?["due"] as? Int == 1)
            #expect(oversight?["proposals"] as? Int == 1)
            let today = app.clock.today
            let naive = try await StatisticsService.naive(app.db, unitID: f.commune, period: .year(2026), today: today)
            let stored = try await RollupService.stored(app.db as! any SQLDatabase, units: [f.commune])[f.commune] ?? [:]
            #expect(naive.total.oversight == CellFigures.derive(rows: stored, period: .year(2026), today: today).oversight)

            let actions = try await AuditEntry.query(on: app.db).filter(\.$entity == "report").all().map(\.action)
            #expect(Set(actions) == ["report.submit", "report.update", "report.answer"])
        }
    }

    @Test func theSecretarysReportPages() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let b = Browser(app)
            _ = try await b.login("seca")
            let page = try await b.get("/units/\(f.cellA!)/reports")
            #expect(page.status == .ok)
            #expect(page.body.string.contains("id=\"report-form\""))
            let refused = try await b.post("/units/\(f.cellA!)/reports", ["month": "2026-11"])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("Báo cáo chưa có nội dung: cần viết ít nhất một mục."))
            let sent = try await b.post(
                "/units/\(f.cellA!)/reports",
                ["month": "2026-11", "publicOpinion": "Nhân dân phấn khởi.", "hotIssueCount": "0", "proposalCount": "0"])
            #expect(sent.status == .seeOther || sent.status == .found, "\(sent.body.string)")
            let report = try #require(try await MonthlyReport.query(on: app.db).first())
            let shown = try await b.get("/reports/\(report.id!)")
            #expect(shown.body.string.contains("Nhân dân phấn khởi."))
            #expect(shown.body.string.contains("Đúng hạn"))
            #expect(!shown.body.string.contains("id=\"answer-form\""))

            let staff = Browser(app)
            _ = try await staff.login("staff")
            #expect(try await staff.get("/reports/\(report.id!)").body.string.contains("id=\"answer-form\""))
            let answered = try await staff.post("/reports/\(report.id!)/answer", ["answer": "Đảng ủy ghi nhận ý kiến."])
            #expect(answered.status == .seeOther || answered.status == .found)
            let commune = try await staff.get("/units/\(f.commune!)/reports?month=2026-11")
            #expect(commune.body.string.contains("id=\"report-units\""))
            #expect(commune.body.string.contains("đã trả lời"))
        }
    }
}
