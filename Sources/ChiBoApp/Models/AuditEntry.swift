import ChiBoCore
import Fluent
import Vapor

/// One change: who, when, what, before and after (JSON).
package final class AuditEntry: Model, @unchecked Sendable {
    package static let schema = "audit_log"

    @ID(key: .id) package var id: UUID?
    @Field(key: "at") package var at: Date
    @OptionalField(key: "account_id") package var accountID: UUID?
    @Field(key: "username") package var username: String
    @Field(key: "action") package var action: String
    @Field(key: "entity") package var entity: String
    @OptionalField(key: "entity_id") package var entityID: UUID?
    @OptionalField(key: "unit_id") package var unitID: UUID?
    @OptionalField(key: "before") package var before: String?
    @OptionalField(key: "after") package var after: String?

    package init() {}

    package init(
        at: Date, accountID: UUID?, username: String, action: String, entity: String, entityID: UUID?,
        unitID: UUID?, before: String?, after: String?
    ) {
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
