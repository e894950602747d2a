import ChiBoCore
import Fluent
import Vapor

/// A login, optionally linked to a member.
package final class Account: Model, @unchecked Sendable {
    package static let schema = "accounts"

    @ID(key: .id) package var id: UUID?
    @Field(key: "username") package var username: String
    @Field(key: "password_hash") package var passwordHash: String
    @Field(key: "display_name") package var displayName: String
    @OptionalParent(key: "member_id") package var member: Member?
    @Field(key: "active") package var active: Bool
    @Children(for: \.$account) package var roles: [AccountRole]
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?

    package init() {}

    package init(id: UUID? = nil, username: String, passwordHash: String, displayName: String, memberID: UUID?) {
        self.id = id
        self.username = username
        self.passwordHash = passwordHash
        self.displayName = displayName
        self.$member.id = memberID
        self.active = true
    }
}

/// A role an account holds, scoped to a unit and everything under it.
package final class AccountRole: Model, @unchecked Sendable {
    package static let schema = "account_roles"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "account_id") package var account: Account
    @Field(key: "role") package var role: Role
    /// The unit the role covers with everything under it; nil: the whole installation (administrator).
    @OptionalParent(key: "unit_id") package var unit: OrgUnit?
    /// The first day the role no longer grants anything (M028); nil: open. An ended role stays as history.
    @OptionalField(key: "ended_on") package var endedOn: CivilDate?
    /// The account that ended it (nil: ended by the system following an event, or open).
    @OptionalField(key: "ended_by") package var endedBy: UUID?
    @OptionalField(key: "end_reason") package var endReason: RoleEndReason?
    /// The office (`unit_officers` row) the role came from: it ends with the office.
    @OptionalField(key: "officer_id") package var officerID: UUID?

    package init() {}

    package init(accountID: UUID, role: Role, unitID: UUID?, officerID: UUID? = nil) {
        self.$account.id = accountID
        self.role = role
        self.$unit.id = unitID
        self.officerID = officerID
    }

    /// Whether the role grants anything on `day`.
    func holds(on day: CivilDate) -> Bool { endedOn.map { $0 > day } ?? true }

    var held: HeldRole<UUID> { HeldRole(id: id!, role: role, unit: $unit.id, officer: officerID, endedOn: endedOn) }

}

/// A bearer token for the JSON API; only its SHA-256 is stored.
package final class APIToken: Model, @unchecked Sendable {
    package static let schema = "api_tokens"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "account_id") package var account: Account
    @Field(key: "token_hash") package var tokenHash: String
    @Field(key: "expires_at") package var expiresAt: Date
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?

    package init() {}

    package init(accountID: UUID, tokenHash: String, expiresAt: Date) {
        self.$account.id = accountID
        self.tokenHash = tokenHash
        self.expiresAt = expiresAt
    }
}

/// A browser session: the cookie carries a random token, the row only its SHA-256 (`M023`).
package final class WebSession: Model, @unchecked Sendable {
    package static let schema = "sessions"

    @ID(key: .id) package var id: UUID?
    @Field(key: "token_hash") package var tokenHash: String
    @Parent(key: "account_id") package var account: Account
    /// The session's CSRF token, which every form posted in it carries.
    @Field(key: "csrf") package var csrf: String
    @Field(key: "created_at") package var createdAt: Date
    @Field(key: "last_seen_at") package var lastSeenAt: Date
    /// The earlier of the idle limit after `lastSeenAt` and the absolute limit after `createdAt`.
    @Field(key: "expires_at") package var expiresAt: Date
    /// The client's address and browser at the login, to tell one's sessions apart.
    @Field(key: "ip") package var ip: String
    @Field(key: "user_agent") package var userAgent: String

    package init() {}

    package init(tokenHash: String, accountID: UUID, csrf: String, now: Date, expiresAt: Date, ip: String, userAgent: String) {
        self.tokenHash = tokenHash
        self.$account.id = accountID
        self.csrf = csrf
        self.createdAt = now
        self.lastSeenAt = now
        self.expiresAt = expiresAt
        self.ip = ip
        self.userAgent = userAgent
    }
}
