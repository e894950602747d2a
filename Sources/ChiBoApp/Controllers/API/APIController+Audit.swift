import ChiBoCore
import Fluent
import Vapor

/// GET /api/v1/audit.
extension APIController {
    struct AuditList: Content { let items: [AuditDTO] }

    struct AuditQuery: Content {
        var entityId: UUID?
        var limit: Int?
    }

    @Sendable static func audit(req: Request) async throws -> AuditList {
        let q = try req.query.decode(AuditQuery.self)
        let entries = try await AuditService.entries(req.db, try req.principal(), entityID: q.entityId, limit: q.limit ?? 100)
        return AuditList(items: entries.map(AuditDTO.init))
    }
}
