import Fluent

/// Wrong check-in codes are counted on the member's line of the roll (five within 15 minutes,
/// then wait), so that a check-in reads its throttle with the line instead of a query of its own.
struct M007_AddCheckinThrottle: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("meeting_attendance")
            .field("checkin_failures", .int, .required, .sql(.default(0)))
            .update()
        try await database.schema("meeting_attendance")
            .field("checkin_failed_at", .datetime)
            .update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("meeting_attendance").deleteField("checkin_failed_at").update()
        try await database.schema("meeting_attendance").deleteField("checkin_failures").update()
    }
}
