import Fluent
import Vapor
import ChiBoCore

/// A login, optionally linked to a member.
final class Account: Model, @unchecked Sendable {
    static let schema = "accounts"

    @ID(key: .id) var id: UUID?
    @Field(key: "username") var username: String
    @Field(key: "password_hash") var passwordHash: String
    @Field(key: "display_name") var displayName: String
    @OptionalParent(key: "member_id") var member: Member?
    @Field(key: "active") var active: Bool
    @Children(for: \.$account) var roles: [AccountRole]
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(id: UUID? = nil, username: String, passwordHash: String, displayName: String, memberID: UUID?) {
        self.id = id
        self.username = username
        self.passwordHash = passwordHash
        self.displayName = displayName
        self.$member.id = memberID
        self.active = true
    }
}

/// A role an account holds, scoped to a unit and everything under it.
final class AccountRole: Model, @unchecked Sendable {
    static let schema = "account_roles"

    @ID(key: .id) var id: UUID?
    @Parent(key: "account_id") var account: Account
    @Field(key: "role") var roleRaw: String
    /// The unit the role covers with everything under it; nil: the whole installation (administrator).
    @OptionalParent(key: "unit_id") var unit: OrgUnit?

    init() {}

    init(accountID: UUID, role: Role, unitID: UUID?) {
        self.$account.id = accountID
        self.roleRaw = role.rawValue
        self.$unit.id = unitID
    }

    var role: Role { Role(rawValue: roleRaw) ?? .member }
}

/// A bearer token for the JSON API; only its SHA-256 is stored.
final class APIToken: Model, @unchecked Sendable {
    static let schema = "api_tokens"

    @ID(key: .id) var id: UUID?
    @Parent(key: "account_id") var account: Account
    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "expires_at") var expiresAt: Date
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(accountID: UUID, tokenHash: String, expiresAt: Date) {
        self.$account.id = accountID
        self.tokenHash = tokenHash
        self.expiresAt = expiresAt
    }
}

/// A login attempt, kept for throttling.
final class LoginAttempt: Model, @unchecked Sendable {
    static let schema = "login_attempts"

    @ID(key: .id) var id: UUID?
    @Field(key: "username") var username: String
    @Field(key: "ip") var ip: String
    @Field(key: "success") var success: Bool
    @Field(key: "at") var at: Date

    init() {}

    init(username: String, ip: String, success: Bool, at: Date) {
        self.username = username
        self.ip = ip
        self.success = success
        self.at = at
    }
}
