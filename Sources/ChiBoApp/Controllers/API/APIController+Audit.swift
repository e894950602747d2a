import ChiBoCore
import Fluent
import Vapor

/// GET /api/v1/audit.
extension APIController {
    struct AuditList: Content {
        let items: [AuditDTO]
        /// The cursor of the next (older) page; absent on the last one.
        let next: String?
    }

    struct AuditQuery: Content {
        var entityId: UUID?
        var limit: Int?
        var after: String?
    }

    @Sendable static func audit(req: Request) async throws -> AuditList {
        let q = try req.query.decode(AuditQuery.self)
        let page = try await AuditService.page(
            req.db, try req.principal(), entityID: q.entityId, before: q.after, limit: q.limit ?? 100) // not a rule: a page of the log
        return AuditList(items: page.entries.map(AuditDTO.init), next: page.next)
    }
}
