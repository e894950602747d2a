import Fluent
import Vapor
import ChiBoCore

/// One change: who, when, what, before and after (JSON).
final class AuditEntry: Model, @unchecked Sendable {
    static let schema = "audit_log"

    @ID(key: .id) var id: UUID?
    @Field(key: "at") var at: Date
    @OptionalField(key: "account_id") var accountID: UUID?
    @Field(key: "username") var username: String
    @Field(key: "action") var action: String
    @Field(key: "entity") var entity: String
    @OptionalField(key: "entity_id") var entityID: UUID?
    @OptionalField(key: "unit_id") var unitID: UUID?
    @OptionalField(key: "before") var before: String?
    @OptionalField(key: "after") var after: String?

    init() {}

    init(at: Date, accountID: UUID?, username: String, action: String, entity: String, entityID: UUID?,
         unitID: UUID?, before: String?, after: String?) {
        self.unitID = unitID
        self.at = at
        self.accountID = accountID
        self.username = username
        self.action = action
        self.entity = entity
        self.entityID = entityID
        self.before = before
        self.after = after
    }
}
