import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import ChiBoApp
@testable import ChiBoCore

/// The holiday calendar an administrator corrects, and the deadlines that follow it.
@Suite struct HolidayTests {
    @Test func anAdministratorCorrectsTheCalendarAndDeadlinesMove() async throws {
        try await withApp { app in
            _ = try await Fixture.make(app)
            let admin = try await APIClient.login(app, "admin")
            let year = try await admin.send(.GET, "/api/v1/holidays?year=2026").json()
            #expect(year["workingDays"] as? Int == 250)
            let names = (year["days"] as? [[String: Any]] ?? []).compactMap { $0["date"] as? String }
            #expect(names.contains("2026-02-17") && names.contains("2026-04-27"), "Tết and Giỗ Tổ's day in lieu")
            let before = try await RecruitmentService.calendar(app.db).addingWorkingDays(30, to: CivilDate(parsing: "2026-10-30")!)
            // Ngày Văn hóa Việt Nam (24/11) made a day off.
            let set = try await admin.send(
                .PUT, "/api/v1/holidays/2026-11-24", json: #"{"kind":"day_off","name":"Ngày Văn hóa Việt Nam","source":"NQ 80-NQ/TW"}"#)
            #expect(set.status == .ok)
            #expect(try set.json()["workingDays"] as? Int == 249)
            let after = try await RecruitmentService.calendar(app.db).addingWorkingDays(30, to: CivilDate(parsing: "2026-10-30")!)
            let original = HolidayCalendar.vietnam()
            #expect(after == original.addingWorkingDays(1, to: before), "the deadline moves one working day later")
            #expect(
                try await admin.send(.PUT, "/api/v1/holidays/2026-11-25", json: #"{"kind":"nonsense","name":"x"}"#).status
                    == .unprocessableEntity)
            let staff = try await APIClient.login(app, "staff")
            #expect(
                try await staff.send(.PUT, "/api/v1/holidays/2026-11-25", json: #"{"kind":"day_off","name":"x"}"#).status == .forbidden)
            #expect(try await staff.send(.DELETE, "/api/v1/holidays/2026-11-24").status == .forbidden)
            #expect(try await admin.send(.DELETE, "/api/v1/holidays/2026-11-24").status == .noContent)
            #expect(try await admin.send(.DELETE, "/api/v1/holidays/2026-11-24").status == .notFound)
            let audit = try await admin.send(.GET, "/api/v1/audit").json()
            let actions = (audit["items"] as? [[String: Any]] ?? []).compactMap { $0["action"] as? String }
            #expect(actions.contains("holiday.set") && actions.contains("holiday.remove"))

            let b = Browser(app)
            _ = try await b.login("admin")
            let page = try await b.get("/admin/holidays?year=2026")
            #expect(page.body.string.contains("id=\"holidays\""))
            let saved = try await b.post("/admin/holidays", ["date": "2026-11-24", "kind": "day_off", "name": "Ngày Văn hóa Việt Nam"])
            #expect(saved.status == .seeOther)
            #expect(try await b.get("/admin/holidays?year=2026").body.string.contains("Ngày Văn hóa Việt Nam"))
            let s = Browser(app)
            _ = try await s.login("staff")
            #expect(try await s.get("/admin/holidays").status == .forbidden)
        }
    }
}
