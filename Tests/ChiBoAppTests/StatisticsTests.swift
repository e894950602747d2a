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
            let today = app.clock.today
            _ = try await DemoLoader.load(
                on: app.db, passwordHash: try app.password.hash("demo-password"), actor: Actor(system: "test"),
                today: today, force: false)
            let staff = try await APIClient.login(app, "vanphong", password: "demo-password")
            let commune = DemoLoader.id("unit:thuong-lam")
            let res = try await staff.send(.GET, "/api/v1/units/\(commune)/statistics?year=\(today.year)")
            #expect(res.status == .ok)
            let body = try res.json()
            let cells = body["units"] as? [[String: Any]] ?? []
            #expect(cells.count == 17)
            let total = body["total"] as? [String: Any] ?? [:]
            #expect((total["members"] as? [String: Any])?["total"] as? Int == 434)
            // Independently of the service: the raw attendance rows of the commune's held meetings.
            let sql = app.db as! any SQLDatabase
            let rows = try await sql.raw(
                """
                SELECT COUNT(*) AS n FROM meeting_attendance a JOIN meetings m ON m.id = a.meeting_id
                WHERE m.status IN ('ended', 'locked') AND a.attendance IN ('present', 'late') AND a.exempt = \(bind: false)
                  AND a.transfer_direction IS NULL AND a.suspended = \(bind: false) AND m.scheduled_date >= \(bind: "\(today.year)-01-01")
                """
            ).all()
            let attended = try rows[0].decode(column: "n", as: Int.self)
            let a = total["attendance"] as? [String: Any] ?? [:]
            #expect((a["present"] as? Int ?? 0) + (a["late"] as? Int ?? 0) == attended)
            // The absences without excuse, and the members who reached the striking-off rule
            // (unexcused absences in three or more months of the year: RULES.md, read from the
            // rulebook in force so the check follows the rule), also from the raw rows.
            let strikeOff = Rulebook.inForce(on: CivilDate(year: today.year, month: 12, day: 31)!).membership.strikeOffMonthsInYear
            let unexcused = try await sql.raw(
                """
                SELECT COUNT(*) AS n FROM meeting_attendance a JOIN meetings m ON m.id = a.meeting_id
                WHERE m.status IN ('ended', 'locked') AND a.attendance = 'unexcused' AND m.scheduled_date >= \(bind: "\(today.year)-01-01")
                """
            ).all()[0].decode(column: "n", as: Int.self)
            #expect(a["unexcused"] as? Int == unexcused)
            let atRule = try await sql.raw(
                """
                SELECT COUNT(*) AS n FROM (
                  SELECT a.member_id FROM meeting_attendance a JOIN meetings m ON m.id = a.meeting_id
                  WHERE m.status IN ('ended', 'locked') AND a.attendance = 'unexcused'
                    AND m.scheduled_date >= \(bind: "\(today.year)-01-01") AND m.scheduled_date <= \(bind: "\(today.year)-12-31")
                  GROUP BY m.unit_id, a.member_id HAVING COUNT(DISTINCT substr(m.scheduled_date, 1, 7)) >= \(bind: strikeOff)) x
                """
            ).all()[0].decode(column: "n", as: Int.self)
            #expect(atRule >= 1) // the demo's absentee missed January to March
            #expect(strikeOff == 3)
            #expect(total["membersAtStrikeOffRule"] as? Int == atRule)
            // Sum over cells, field by field.
            for key in ["regularHeld", "regularLate", "meetingsHeld", "tasksOpen"] {
                let sum = cells.compactMap { ($0["figures"] as? [String: Any])?[key] as? Int }.reduce(0, +)
                #expect(sum == total[key] as? Int, "\(key)")
            }
            // The roll-up equals the naive computation over the raw rows, for every period kind.
            for p: ReportPeriod in [
                .year(today.year), .month(today.year, 3), .quarter(today.year, 2),
                try .custom(from: .init(today.year - 1, 11), to: .init(today.year, 2)),
            ] {
                let naive = try await StatisticsService.naive(app.db, unitID: commune, period: p, today: today).total
                let res = try await staff.send(.GET, "/api/v1/units/\(commune)/statistics?\(p.query)")
                #expect(res.status == .ok)
                let figures = try JSONDecoder().decode(StatisticsProbe.self, from: Data(res.body.string.utf8)).total
                #expect(figures == naive, "\(p.label(.en))")
            }
            // Bad periods: a clear error in Vietnamese, never a 500.
            for q in ["period=month&month=13", "period=week", "year=abc", "period=custom&from=2026-05&to=2026-01", "period=custom&from=x"] {
                let bad = try await staff.send(.GET, "/api/v1/units/\(commune)/statistics?\(q)")
                #expect(bad.status == .unprocessableEntity, "\(q)")
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
            #expect(page.contains("434 đảng viên"))
            let csv = try await b.get("/units/\(commune)/statistics.csv")
            #expect(csv.headers.first(name: .contentType)?.hasPrefix("text/csv") == true)
            #expect(csv.body.string.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 19)
            let xlsx = try await b.get("/units/\(commune)/statistics.xlsx?period=quarter&year=\(today.year)&quarter=1")
            #expect(xlsx.status == .ok)
            #expect(xlsx.headers.first(name: .contentType)?.contains("spreadsheetml") == true)
            #expect(Array(xlsx.body.readableBytesView.prefix(2)) == [0x50, 0x4B])
            // Drill-down: the commune's page links each cell; a cell's page lists its meetings.
            #expect(page.contains("/units/\(DemoLoader.id("unit:cb01").uuidString.lowercased())/statistics?period=year"))
            let cellPage = try await b.get("/units/\(DemoLoader.id("unit:cb01"))/statistics?period=year&year=\(today.year)").body.string
            #expect(cellPage.contains("id=\"period-meetings\"") && cellPage.contains("href=\"/meetings/"))
            let badPage = try await b.get("/units/\(commune)/statistics?period=month&month=13")
            #expect(badPage.status == .unprocessableEntity && badPage.body.string.contains("Tháng phải từ 1 đến 12"))

            // A unit's totals alone (the issues' and the inspections' pages) are the report's total,
            // read without the sub-units' rows.
            let admin = try await Fixture.admin(app)
            for unit in [commune, DemoLoader.id("unit:cb01")] {
                for period in [ReportPeriod.year(today.year), .month(today.year, today.month), .year(today.year - 1)] {
                    let report = try await StatisticsService.report(app.db, admin, unitID: unit, period: period, today: today)
                    let alone = try await StatisticsService.total(app.db, admin, unitID: unit, period: period, today: today)
                    #expect(alone.figures == report.total && alone.unit.id == unit, "\(period)")
                    if period == .year(today.year) { #expect(alone.figures.members.total > 0) }
                }
            }
        }
    }
}

private struct StatisticsProbe: Decodable {
    let total: CellFigures
}
