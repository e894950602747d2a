import ChiBoCore
import Fluent
import SQLKit
import Vapor

/// Reading the audit log within one's scope, newest first, a page at a time: the next page
/// starts after the last entry shown (its time and id in an opaque cursor), never at an offset.
enum AuditService {
    struct Page: Sendable {
        var entries: [AuditEntry]
        /// The cursor of the next (older) page; nil on the last one.
        var next: String?
    }

    static func entries(_ db: any Database, _ principal: Principal, entityID: UUID?, limit: Int) async throws -> [AuditEntry] {
        try await page(db, principal, entityID: entityID, before: nil, limit: limit).entries
    }

    static func page(
        _ db: any Database, _ principal: Principal, entityID: UUID?, before: String?, limit: Int
    ) async throws -> Page {
        var query = AuditEntry.query(on: db)
        if let roots = Scope.roots(principal, .readAudit) {
            if roots.isEmpty { throw DomainError.forbidden() }
            query = query.filter(try await Scope.inSubtreesByPlan(db, of: roots, column: "unit_id", table: AuditEntry.schema))
        }
        if let entityID { query = query.filter(\.$entityID == entityID) }
        if let cursor = KeyCursor(before), let id = UUID(uuidString: cursor.k) {
            // After the last entry shown, by its stored time (a time read back and bound again may
            // not compare equal): the first condition bounds the index range, the second the ties.
            let last = "SELECT l.at FROM audit_log l WHERE l.id = "
            query = query.filter(.sql("audit_log.at <= (\(unsafeRaw: last)\(bind: id))" as SQLQueryString))
                .filter(
                    .sql(
                        "(audit_log.at, audit_log.id) < (SELECT l.at, l.id FROM audit_log l WHERE l.id = \(bind: id))" as SQLQueryString))
        }
        let n = min(max(limit, 1), 500) // not a rule: a page of the log
        var entries = try await query.sort(\.$at, .descending).sort(\.$id, .descending).limit(n + 1).all()
        let more = entries.count > n
        if more { entries.removeLast() }
        let next = more ? entries.last.map { KeyCursor(s: "", k: $0.id?.uuidString ?? "").encoded } : nil
        return Page(entries: entries, next: next)
    }
}
