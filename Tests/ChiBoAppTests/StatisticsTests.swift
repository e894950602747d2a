import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting
@testable import ChiBoApp
@testable import ChiBoCore

@Suite struct StatisticsTests {
    @Test func theCommunesFiguresAreItsCellsFiguresAndMatchTheRawRows() async throws {
        try await withApp { app in
            let today = Today.date()
            _ = try await DemoLoader.load(on: app.db, passwordHash: try app.password.hash("demo-password"), actor: Actor(system: "test"),
                                          today: today, force: false)
            let staff = try await APIClient.login(app, "vanphong", password: "demo-password")
            let commune = DemoLoader.id("unit:thuong-lam")
            let res = try await staff.send(.GET, "/api/v1/units/\(commune)/statistics?year=\(today.year)")
            #expect(res.status == .ok)
            let body = try res.json()
            let cells = body["cells"] as? [[String: Any]] ?? []
            #expect(cells.count == 17)
            let total = body["total"] as? [String: Any] ?? [:]
            #expect((total["members"] as? [String: Any])?["total"] as? Int == 435)
            // Independently of the service: the raw attendance rows of the commune's held meetings.
            let sql = app.db as! any SQLDatabase
            let rows = try await sql.raw("""
                SELECT COUNT(*) AS n FROM meeting_attendance a JOIN meetings m ON m.id = a.meeting_id
                WHERE m.status IN ('ended', 'locked') AND a.attendance IN ('present', 'late') AND a.exempt = \(bind: false)
                  AND a.transfer_direction IS NULL AND m.scheduled_date >= \(bind: "\(today.year)-01-01")
                """).all()
            let attended = try rows[0].decode(column: "n", as: Int.self)
            let a = total["attendance"] as? [String: Any] ?? [:]
            #expect((a["present"] as? Int ?? 0) + (a["late"] as? Int ?? 0) == attended)
            // Sum over cells, field by field.
            for key in ["regularHeld", "regularLate", "meetingsHeld", "tasksOpen"] {
                let sum = cells.compactMap { ($0["figures"] as? [String: Any])?[key] as? Int }.reduce(0, +)
                #expect(sum == total[key] as? Int, "\(key)")
            }
            let cb04 = cells.first { $0["code"] as? String == "CB04" }?["figures"] as? [String: Any]
            #expect(cb04?["regularLate"] as? Int ?? 0 >= 1)
            // A cell's secretary cannot read the commune's statistics.
            let bt01 = try await APIClient.login(app, "bt01", password: "demo-password")
            #expect(try await bt01.send(.GET, "/api/v1/units/\(commune)/statistics").status == .notFound)
            // The page and its CSV.
            let b = Browser(app)
            _ = try await b.login("vanphong", password: "demo-password")
            let page = try await b.get("/units/\(commune)/statistics").body.string
            #expect(page.contains("id=\"attendance-chart\""))
            #expect(page.contains("435 đảng viên"))
            let csv = try await b.get("/units/\(commune)/statistics.csv")
            #expect(csv.headers.first(name: .contentType)?.hasPrefix("text/csv") == true)
            #expect(csv.body.string.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 19)
        }
    }
}
