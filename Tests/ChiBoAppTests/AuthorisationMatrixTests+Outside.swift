import Fluent
import Foundation
import SQLKit
import Testing
import Vapor

@testable import ChiBoApp
@testable import ChiBoCore

/// The matrix's records outside the demo commune: the sibling commune (its cell, member and
/// meeting are made in `MatrixWorld.make`) and the province get one record of each kind a route
/// takes, so that the sibling and parent columns of the matrix are exercised instead of skipped.
/// Most are copies of a demo record (`clone`), moved to the unit and re-linked to the copies of
/// their parents; what a copy keeps of its source (dates, texts) does not matter to a refusal.
extension MatrixWorld {
    /// How many route × place pairs outside the own units may still find no record (the test fails above it).
    static let maxThin = 0

    static func furnishOutside(
        _ app: Application, admin: Principal, commune: UUID, cells: (UUID, UUID, UUID), province: UUID, siblingCommune: UUID,
        siblingCell: UUID
    ) async throws {
        let (cb01, cb02, cb08) = cells
        let sql = app.db as! any SQLDatabase
        let em = try #require(try await Member.query(on: app.db).filter(\.$unit.$id == siblingCell).first()?.id)
        let meeting = try #require(try await Meeting.query(on: app.db).filter(\.$unit.$id == siblingCell).first()?.id)
        let cb01Meetings: SQLQueryString = "meeting_id IN (SELECT id FROM meetings WHERE unit_id = \(bind: cb01))"

        /// Copies the first row of `table` that `condition` finds with a new id and the columns
        /// `set` changed (nil: NULL); the copy's id.
        @discardableResult
        func clone(_ table: String, _ condition: SQLQueryString, _ set: [String: (any Encodable & Sendable)?] = [:]) async throws -> UUID {
            let row = try #require(
                try await sql.raw("SELECT * FROM \(ident: table) WHERE \(condition) ORDER BY id LIMIT 1").first(),
                "no \(table) to copy")
            let source = try row.decode(column: "id", as: UUID.self)
            let id = UUID()
            let columns = row.allColumns
            let values: [any SQLExpression] = columns.map { c in
                if c == "id" { return SQLBind(id) }
                if let value = set[c], let value { return SQLBind(value) }
                return SQLIdentifier(c)
            }
            try await sql.raw(
                """
                INSERT INTO \(ident: table) (\(SQLList(columns.map { SQLIdentifier($0) })))
                SELECT \(SQLList(values)) FROM \(ident: table) WHERE id = \(bind: source)
                """
            ).run()
            // NULLs after the copy: an untyped NULL in the copy's SELECT is not every database's column type.
            for (c, value) in set where value == nil {
                try await sql.raw("UPDATE \(ident: table) SET \(ident: c) = NULL WHERE id = \(bind: id)").run()
            }
            return id
        }

        // The sibling cell's records, on its meeting and its member.
        try await clone("tasks", "unit_id = \(bind: cb01)", ["unit_id": siblingCell, "meeting_id": meeting, "member_id": em])
        try await clone("votes", "\(cb01Meetings) AND subject_member_id IS NULL", ["meeting_id": meeting])
        try await clone("agenda_items", cb01Meetings, ["meeting_id": meeting])
        if try await sql.raw("SELECT id FROM meeting_attendance WHERE meeting_id = \(bind: meeting)").first() == nil {
            try await clone("meeting_attendance", cb01Meetings, ["meeting_id": meeting, "member_id": em])
        }
        let guest = try await clone("meeting_guests", "id IN (SELECT guest_id FROM superior_visits)", ["meeting_id": meeting])
        try await clone(
            "superior_visits", "1 = 1",
            ["meeting_id": meeting, "unit_id": siblingCell, "guest_id": guest, "level_unit_id": siblingCommune, "account_id": nil])
        try await clone("monthly_reports", "unit_id = \(bind: cb01)", ["unit_id": siblingCell, "account_id": nil])
        try await clone("raised_issues", "unit_id = \(bind: cb01)", ["unit_id": siblingCell, "meeting_id": meeting, "member_id": em])
        let sympathiser = try await clone(
            "sympathisers", "1 = 1", ["unit_id": siblingCell, "helper_member_id": em, "member_id": nil])
        try await clone("file_documents", "member_id IS NOT NULL", ["member_id": nil, "sympathiser_id": sympathiser])
        // The demo's cells lack two: a document of a CB02 sympathiser, an issue raised in CB08 (the inspector's).
        let cb02Sympathiser = try #require(
            try await sql.raw("SELECT id FROM sympathisers WHERE unit_id = \(bind: cb02) ORDER BY id LIMIT 1").first()?.decode(
                column: "id", as: UUID.self))
        try await clone("file_documents", "member_id IS NOT NULL", ["member_id": nil, "sympathiser_id": cb02Sympathiser])
        let cb08Meeting = try #require(try await Meeting.query(on: app.db).filter(\.$unit.$id == cb08).sort(\.$date).first()?.id)
        try await clone("raised_issues", "unit_id = \(bind: cb01)", ["unit_id": cb08, "meeting_id": cb08Meeting, "member_id": nil])

        // The committees' records: the sibling commune's on its cell, the province's on the sibling commune.
        for (committee, target) in [(siblingCommune, siblingCell), (province, siblingCommune)] {
            let round = try await clone(
                "evaluation_rounds", "unit_id = \(bind: commune) AND decision_number IS NOT NULL", ["unit_id": committee])
            if committee == siblingCommune {
                try await clone("org_evaluations", "1 = 1", ["round_id": round, "unit_id": siblingCell])
                try await clone("member_evaluations", "1 = 1", ["round_id": round, "member_id": em, "unit_id": siblingCell])
            } else {
                // The province's round evaluates the demo commune: its staff read it, as a cell reads its commune's.
                try await clone("org_evaluations", "1 = 1", ["round_id": round, "unit_id": commune])
            }
            let inspection = try await clone(
                "inspections", "unit_id = \(bind: commune) AND id IN (SELECT inspection_id FROM inspection_remedies)",
                ["unit_id": committee, "target_unit_id": target, "target_member_id": nil])
            try await clone("inspection_remedies", "1 = 1", ["inspection_id": inspection])
            try await clone(
                "model_meetings", "unit_id = \(bind: commune)", ["unit_id": committee, "cell_id": siblingCell, "meeting_id": nil])
            let course = try await clone("courses", "unit_id = \(bind: commune)", ["unit_id": committee])
            try await clone("course_attendees", "1 = 1", ["course_id": course, "member_id": em])
            let contest = try await clone("contests", "unit_id = \(bind: commune)", ["unit_id": committee])
            try await clone("contest_entrants", "1 = 1", ["contest_id": contest, "member_id": em, "cell_id": siblingCell])
            // An officer of the committee, and an account of its staff.
            try await UnitOfficer(unitID: committee, memberID: em, role: .committeeMember, from: CivilDate(year: 2025, month: 5, day: 10)!)
                .create(on: app.db)
            let staff = try await AccountService.create(
                app.db, admin, hasher: app.password.async(on: app.threadPool, hopTo: app.eventLoopGroup.any()),
                .init(
                    username: committee == province ? "matrix.province" : "matrix.sibling", password: Fixture.password,
                    displayName: "Văn phòng", memberID: nil, role: Role.committeeStaff.rawValue, unitID: committee))
            // A liaison of the committee on the unit below it it follows.
            try await clone(
                "unit_liaisons", "until_date IS NULL AND level_id = \(bind: commune)",
                ["unit_id": target, "level_id": committee, "account_id": staff.id!])
        }
    }
}
