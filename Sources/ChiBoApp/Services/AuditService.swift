import ChiBoCore
import Fluent
import SQLKit
import Vapor

/// Reading the audit log within one's scope.
enum AuditService {
    static func entries(_ db: any Database, _ principal: Principal, entityID: UUID?, limit: Int) async throws -> [AuditEntry] {
        var query = AuditEntry.query(on: db)
        if let roots = Scope.roots(principal, .readAudit) {
            if roots.isEmpty { throw DomainError.forbidden() }
            query = query.filter(Scope.inSubtrees(of: roots, column: "unit_id", table: AuditEntry.schema))
        }
        if let entityID { query = query.filter(\.$entityID == entityID) }
        return try await query.sort(\.$at, .descending).limit(min(max(limit, 1), 500)).all()
    }
}
