import Vapor

/// One entry of the audit log as its page shows it (`GET /audit`, `AuditView.page`): who did what
/// to which record, with the record before and after as stored.
struct AuditRow: Sendable, Equatable {
    let at: Date
    let username: String
    let action: String
    let entity: String
    let before: String?
    let after: String?

    init(_ e: AuditEntry) {
        at = e.at
        username = e.username
        action = e.action
        entity = e.entity
        before = e.before
        after = e.after
    }
}
