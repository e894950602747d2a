import Fluent
import Foundation
import SQLKit

/// A member's party life as dated periods (`member_status_periods`), and the day and way a
/// membership ended on the member's row. The statuses the members table held move into periods
/// without loss: probationary from the admission (until the day before the official date),
/// official from the official date (from the admission for an official member recorded without
/// one), an exemption from its decision date, a temporary transfer from its start to its end.
/// Frozen as shipped: its own SQL, no application code.
struct M009_MemberStatusPeriods: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.withConnection { database in try await self.prepareSchema(on: database) }
    }

    private func prepareSchema(on database: any Database) async throws {
        try await database.schema("member_status_periods")
            .id()
            .field("member_id", .uuid, .required, .references("members", "id"))
            .field("kind", .string, .required)
            .field("detail", .string)
            .field("from_date", .string, .required)
            .field("until_date", .string)
            .field("reason", .string)
            .field("place", .string)
            .field("decided_by", .string)
            .field("decision_number", .string)
            .field("decision_date", .string)
            .field("vote_id", .uuid)
            .field("created_at", .datetime)
            .create()
        try await database.schema("members").field("left_date", .string).update()
        try await database.schema("members").field("left_kind", .string).update()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "member_status_periods_member_idx").on("member_status_periods").column("member_id").run()

        var rows: [SQLQueryString] = []
        func add(_ member: UUID, _ kind: String, _ detail: String?, _ from: String, _ until: String?, _ reason: String?, _ place: String?) {
            rows.append(
                "(\(bind: UUID()), \(bind: member), \(bind: kind), \(bind: detail), \(bind: from), \(bind: until), \(bind: reason), \(bind: place))"
            )
        }
        for row in try await sql.raw(
            """
            SELECT id, admission_date, official_date, status, exemption_kind, exemption_date, exemption_reason,
                   transfer_direction, transfer_from, transfer_until, transfer_place FROM members
            """
        ).all() {
            let id = try row.decode(column: "id", as: UUID.self)
            let admission = try row.decode(column: "admission_date", as: String.self)
            let official = try row.decode(column: "official_date", as: String?.self)
            if try row.decode(column: "status", as: String.self) == "official" {
                if let official, official > admission, let dayBefore = Self.dayBefore(official) {
                    add(id, "probationary", nil, admission, dayBefore, nil, nil)
                    add(id, "official", nil, official, nil, nil, nil)
                } else {
                    add(id, "official", nil, admission, nil, nil, nil)
                }
            } else {
                add(id, "probationary", nil, admission, nil, nil, nil)
            }
            if let kind = try row.decode(column: "exemption_kind", as: String?.self) {
                let from = try row.decode(column: "exemption_date", as: String?.self) ?? admission
                add(id, "exempt", kind, from, nil, try row.decode(column: "exemption_reason", as: String?.self), nil)
            }
            if let direction = try row.decode(column: "transfer_direction", as: String?.self) {
                let from = try row.decode(column: "transfer_from", as: String?.self) ?? admission
                add(
                    id, "transfer", direction, from, try row.decode(column: "transfer_until", as: String?.self), nil,
                    try row.decode(column: "transfer_place", as: String?.self))
            }
        }
        for start in stride(from: 0, to: rows.count, by: 400) {
            try await sql.raw(
                """
                INSERT INTO member_status_periods (id, member_id, kind, detail, from_date, until_date, reason, place)
                VALUES \(SQLList(Array(rows[start..<min(start + 400, rows.count)])))
                """
            ).run()
        }
    }

    /// The ISO day before an ISO date ("2021-03-01" → "2021-02-28").
    static func dayBefore(_ iso: String) -> String? {
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil } // not a rule: year, month, day
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard let date = calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2])),
            let before = calendar.date(byAdding: .day, value: -1, to: date)
        else { return nil }
        let c = calendar.dateComponents([.year, .month, .day], from: before)
        return String(format: "%04d-%02d-%02d", c.year!, c.month!, c.day!)
    }

    func revert(on database: any Database) async throws {
        try await database.schema("member_status_periods").delete()
        try await database.schema("members").deleteField("left_kind").update()
        try await database.schema("members").deleteField("left_date").update()
    }
}
