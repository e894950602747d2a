import Fluent

/// A member's ethnicity and home town (dân tộc, quê quán), as the member lists a commune imports
/// hold them. Frozen as shipped.
struct M025b_MemberOrigins: AsyncMigration {
    static let columns = ["ethnicity", "home_town"]

    func prepare(on database: any Database) async throws {
        // One column a statement: SQLite adds one at a time.
        for column in Self.columns {
            try await database.schema("members").field(.string(column), .string).update()
        }
    }

    func revert(on database: any Database) async throws {
        for column in Self.columns.reversed() {
            try await database.schema("members").deleteField(.string(column)).update()
        }
    }
}
