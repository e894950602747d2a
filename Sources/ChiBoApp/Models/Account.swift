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

    package init() {}

    package init(accountID: UUID, role: Role, unitID: UUID?) {
        self.$account.id = accountID
        self.role = role
        self.$unit.id = unitID
    }

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

/// A login attempt, kept for throttling.
package final class LoginAttempt: Model, @unchecked Sendable {
    package static let schema = "login_attempts"

    @ID(key: .id) package var id: UUID?
    @Field(key: "username") package var username: String
    @Field(key: "ip") package var ip: String
    @Field(key: "success") package var success: Bool
    @Field(key: "at") package var at: Date

    package init() {}

    package init(username: String, ip: String, success: Bool, at: Date) {
        self.username = username
        self.ip = ip
        self.success = success
        self.at = at
    }
}
