import Fluent
import Foundation
import SQLKit
import Testing
import Vapor

@testable import ChiBoApp
@testable import ChiBoCore

/// Statuses, kinds, modes and choices are stored as enums and dates as dates: a value the code
/// does not know is an error when read, never a silent default.
@Suite struct TypedStorageTests {
    @Test func anUnknownStoredStatusIsAnErrorNotADefault() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let admin = try await Fixture.admin(app)
            let m = try await MeetingService.create(
                app.db, admin, unitID: f.cellA,
                draft: MeetingDraft(
                    kind: "regular", title: nil, theme: nil, date: app.clock.today.iso, time: "19:30", location: "Nhà văn hóa",
                    draftContent: nil, draftResolution: nil))
            let loaded = try #require(try await Meeting.find(m.id, on: app.db))
            #expect(loaded.status == .planned && loaded.kind == .regular && loaded.date == app.clock.today)
            let sql = app.db as! any SQLDatabase
            try await sql.raw("UPDATE meetings SET status = 'postponed' WHERE id = \(bind: m.id!)").run()
            await #expect(throws: (any Error).self) { _ = try await Meeting.find(m.id, on: app.db) }
            try await sql.raw("UPDATE meetings SET status = 'planned', scheduled_date = '2026-02-30' WHERE id = \(bind: m.id!)").run()
            await #expect(throws: (any Error).self) { _ = try await Meeting.find(m.id, on: app.db) }
        }
    }
}
