import ChiBoCore
import Fluent
import FluentPostgresDriver
import SQLKit
import Vapor

/// A role held by an account at a unit (nil unit: the whole installation).
struct Grant: Sendable, Equatable, Codable {
    let role: Role
    let unitID: UUID?
}

/// The logged-in person: an account with its grants.
package struct Principal: Authenticatable, Sendable {
    let accountID: UUID
    let username: String
    let displayName: String
    let memberID: UUID?
    let grants: [Grant]

    /// An administrator of the whole installation.
    var isGlobalAdmin: Bool { grants.contains { $0.role == .administrator && $0.unitID == nil } }

    /// The units where a role allowing `action` is held.
    func units(allowing action: Action) -> [UUID] {
        grants.filter { $0.role.allows(action) }.compactMap(\.unitID)
    }

    /// The most powerful role held, for display.
    var mainRole: Role? {
        let order: [Role] = [.administrator, .committeeStaff, .inspector, .cellSecretary, .member]
        return order.first { r in grants.contains { $0.role == r } }
    }

    /// Loads an active account and its grants: the roles not ended on or before `today`.
    /// An account whose member is suspended or out of the party on `today` is not loaded: the
    /// sign-in follows the member's periods by date (a suspension that ends on a given day gives
    /// the sign-in back the day after, with no one recording anything).
    package static func load(accountID: UUID, today: CivilDate, on db: any Database) async throws -> Principal? {
        try await load(ByAccount(today: today.iso, accountID: accountID), on: db)
    }

    /// The account behind an API token that has not expired.
    static func load(tokenHash: String, today: CivilDate, on db: any Database) async throws -> Principal? {
        try await load(ByToken(today: today.iso, now: Date(), tokenHash: tokenHash), on: db)
    }

    /// Every request runs one of these: the account and its roles in one statement.
    private static func load(_ statement: some FixedStatement, on db: any Database) async throws -> Principal? {
        let rows = try await db.rows(statement)
        guard let first = rows.first, try first.decode(column: "active", as: Bool.self),
            try first.decode(column: "barred", as: Int.self) == 0
        else { return nil }
        // A role this version does not know grants nothing (the check-in's SQL scope list agrees).
        let grants = try rows.compactMap { row -> Grant? in
            guard let raw = try row.decode(column: "role", as: String?.self), let role = Role(rawValue: raw) else { return nil }
            return Grant(role: role, unitID: try row.decode(column: "unit_id", as: UUID?.self))
        }
        return Principal(
            accountID: try first.decode(column: "id", as: UUID.self), username: try first.decode(column: "username", as: String.self),
            displayName: try first.decode(column: "display_name", as: String.self),
            memberID: try first.decode(column: "member_id", as: UUID?.self), grants: grants)
    }
}

/// The account, its roles, and how many suspension or leaving periods of its member cover the day `$1`.
private let selectPrincipal = """
    SELECT a.id, a.username, a.display_name, a.member_id, a.active, r.role, r.unit_id,
           (SELECT COUNT(*) FROM member_status_periods p
            WHERE p.member_id = a.member_id AND p.kind IN ('\(StatusKind.suspended.rawValue)', '\(StatusKind.left.rawValue)')
              AND p.from_date <= $1 AND (p.until_date IS NULL OR p.until_date >= $1)) AS barred
    FROM
    """

/// A role `r` still held on the day `$1`: not ended on or before it.
private let heldOn1 = "AND (r.ended_on IS NULL OR r.ended_on > $1)"

private struct ByAccount: FixedStatement {
    static let sql = selectPrincipal + " accounts a LEFT JOIN account_roles r ON r.account_id = a.id \(heldOn1) WHERE a.id = $2"
    let today: String
    let accountID: UUID
    var binds: [any PostgresEncodable & Encodable & Sendable] { [today, accountID] }
}

private struct ByToken: FixedStatement {
    static let sql =
        selectPrincipal + """
             api_tokens t JOIN accounts a ON a.id = t.account_id LEFT JOIN account_roles r ON r.account_id = a.id \(heldOn1)
            WHERE t.expires_at > $2 AND t.token_hash = $3
            """
    let today: String
    let now: Date
    let tokenHash: String
    var binds: [any PostgresEncodable & Encodable & Sendable] { [today, now, tokenHash] }
}
