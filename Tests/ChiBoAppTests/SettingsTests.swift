import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting

@testable import ChiBoApp
@testable import ChiBoCore

/// Local settings set per unit, dated, inherited, and used by the figures they concern.
@Suite struct SettingsTests {
    func codes(_ res: TestingHTTPResponse) throws -> [String] {
        let error = try res.json()["error"] as? [String: Any]
        let fields = (error?["fields"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
        return fields.isEmpty ? [(error?["code"] as? String) ?? ""] : fields
    }

    @Test func aCommuneSetsItsRulesAndTheFiguresFollow() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let staff = try await APIClient.login(app, "staff")
            let path = "/api/v1/units/\(f.commune!)/settings"
            #expect(
                try codes(try await staff.send(.PUT, path, json: #"{"key":"attendance_target_percent","value":"120"}"#)) == [
                    "value.invalid"
                ])
            #expect(try codes(try await staff.send(.PUT, path, json: #"{"key":"quality_fair_from","value":"95"}"#)) == ["bands.order"])
            #expect(try codes(try await staff.send(.PUT, path, json: #"{"key":"nope","value":"1"}"#)) == ["key.invalid"])
            let sec = try await APIClient.login(app, "seca")
            #expect(
                try await sec.send(.PUT, "/api/v1/units/\(f.cellA!)/settings", json: #"{"key":"monthly_report_due_day","value":"5"}"#)
                    .status == .forbidden)

            // The commune: reports due on the 10th from January; visits every month.
            #expect(
                try await staff.send(.PUT, path, json: #"{"key":"monthly_report_due_day","value":"10","from":"2026-01-01"}"#).status == .ok)
            let page = try await staff.send(.PUT, path, json: #"{"key":"superior_visit_every","value":"month","from":"2026-01-01"}"#).json()
            let lines = page["lines"] as? [[String: Any]] ?? []
            #expect(lines.first { $0["key"] as? String == "superior_visit_every" }?["setBy"] as? String == "Đảng bộ xã Thượng Lâm")
            // Inherited by the cell.
            let cell = try await sec.send(.GET, "/api/v1/units/\(f.cellA!)/settings").json()
            #expect(
                ((cell["lines"] as? [[String: Any]]) ?? []).first { $0["key"] as? String == "monthly_report_due_day" }?["value"] as? String
                    == "10")

            // A November report sent on 22/11 is 12 days late under the commune's day.
            let report = try await sec.send(.POST, "/api/v1/units/\(f.cellA!)/reports", json: #"{"month":"2026-11","results":"Tốt"}"#)
            #expect(try report.json()["daysLate"] as? Int == 12)
            let stats = try await staff.send(.GET, "/api/v1/units/\(f.commune!)/statistics?period=year&year=2026").json()
            let oversight = (stats["total"] as? [String: Any])?["oversight"] as? [String: Any]
            #expect(oversight?["window"] as? String == "month")
            #expect(oversight?["windowsDue"] as? Int == 20, "ten months over for two cells")
            #expect((oversight?["reports"] as? [String: Any])?["late"] as? Int == 1)
            // A cell with its own frequency is judged by it in the commune's table too, as on its
            // own page; the other cell by the commune's.
            #expect(
                try await staff.send(
                    .PUT, "/api/v1/units/\(f.cellB!)/settings", json: #"{"key":"superior_visit_every","value":"year","from":"2026-01-01"}"#
                ).status == .ok)
            let table = try await staff.send(.GET, "/api/v1/units/\(f.commune!)/statistics?period=year&year=2026").json()
            func row(_ id: UUID) -> [String: Any]? {
                let line = (table["units"] as? [[String: Any]])?.first {
                    ($0["unitId"] as? String)?.lowercased() == id.uuidString.lowercased()
                }
                return (line?["figures"] as? [String: Any])?["oversight"] as? [String: Any]
            }
            #expect(row(f.cellA)?["window"] as? String == "month" && row(f.cellA)?["windowsDue"] as? Int == 10)
            #expect(row(f.cellB)?["window"] as? String == "year" && row(f.cellB)?["windowsDue"] as? Int == 0)
            let own = try await staff.send(.GET, "/api/v1/units/\(f.cellB!)/statistics?period=year&year=2026").json()
            #expect(((own["total"] as? [String: Any])?["oversight"] as? [String: Any])?["windowsDue"] as? Int == 0)
            let audit = try await AuditEntry.query(on: app.db).filter(\.$action == "unit.setting").count()
            #expect(audit == 3)

            // The web page.
            let b = Browser(app)
            _ = try await b.login("staff")
            let shown = try await b.get("/units/\(f.commune!)/settings").body.string
            #expect(shown.contains("id=\"set-setting\"") && shown.contains("Hạn trực báo (ngày trong tháng)"))
            let refused = try await b.post("/units/\(f.commune!)/settings", ["key": "issue_answer_working_days", "value": "0"])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("phải là số nguyên từ 1 đến 90"))
        }
    }
}
