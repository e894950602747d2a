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

/// Names arrive composed or not, with the old encodings' eth for Đ: they are stored composed,
/// with Đ, and found and sorted as Vietnamese.
@Suite struct NameTextTests {
    @Test func aNameConvertedFromAnOldEncodingIsStoredAndFoundAsVietnamese() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let api = try await APIClient.login(app, "seca")
            let typed = "\u{00D0}o\u{0302}\u{0303} Thi\u{0323} Hoa"
            let body =
                #"{"unitId":"\#(f.cellA!)","fullName":"\#(typed)","birthDate":"1990-04-02","gender":"female","#
                + #""admissionDate":"2015-05-19","officialDate":"2016-05-19","status":"official"}"#
            let created = try await api.send(.POST, "/api/v1/members", json: body)
            #expect(created.status == .created)
            let stored = try #require(
                try await Member.query(on: app.db).filter(\.$cardNumber == nil).all()
                    .first { $0.fullName.hasSuffix("Hoa") })
            #expect(stored.fullName.unicodeScalars.elementsEqual("Đỗ Thị Hoa".unicodeScalars))
            let found = try await api.send(.GET, "/api/v1/members?q=do%20thi%20hoa").json()
            #expect((found["items"] as? [[String: Any]])?.compactMap { $0["fullName"] as? String } == ["Đỗ Thị Hoa"])
        }
    }
}

/// A visiting member belongs to the host cell's roll only while the temporary transfer runs.
@Suite struct VisitingMemberRollTests {
    @Test func aVisitorWhoseTransferHasEndedIsNotOnTheHostCellsRoll() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let sec = try await APIClient.login(app, "seca")
            let transfer = #"{"direction":"in","from":"2026-01-05","until":"2026-06-30","place":"Chi bộ thôn Khuổi Ích, xã Tân Sơn"}"#
            let put = try await sec.send(.PUT, "/api/v1/members/\(f.an!)/transfer", json: transfer)
            #expect(put.status == .ok, "\(put.body.string)")
            let created = try await sec.send(
                .POST, "/api/v1/units/\(f.cellA!)/meetings", json: #"{"kind":"regular","date":"\#(app.clock.today.iso)"}"#)
            let id = try #require(try created.json()["id"] as? String)
            #expect(try await sec.send(.POST, "/api/v1/meetings/\(id)/open").status == .ok)
            let roll = try await sec.send(.GET, "/api/v1/meetings/\(id)").json()["roll"] as? [[String: Any]] ?? []
            let onRoll = Set(roll.compactMap { $0["memberId"] as? String })
            #expect(onRoll.contains(f.anh!.uuidString) || onRoll.contains(f.anh!.uuidString.lowercased()))
            #expect(!onRoll.contains(f.an!.uuidString) && !onRoll.contains(f.an!.uuidString.lowercased()))
        }
    }
}
