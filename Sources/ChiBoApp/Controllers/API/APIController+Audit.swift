import ChiBoCore
import Fluent
import Vapor

/// GET /api/v1/audit.
extension APIController {
    struct AuditDTO: Content {
        let at: Date
        let username: String
        let action: String
        let entity: String
        let entityId: UUID?
        let unitId: UUID?
        let before: String?
        let after: String?
    }

    struct AuditList: Content { let items: [AuditDTO] }

    struct AuditQuery: Content {
        var entityId: UUID?
        var limit: Int?
    }

    @Sendable static func audit(req: Request) async throws -> AuditList {
        let q = try req.query.decode(AuditQuery.self)
        let entries = try await AuditService.entries(req.db, try req.principal(), entityID: q.entityId, limit: q.limit ?? 100)
        return AuditList(
            items: entries.map {
                AuditDTO(
                    at: $0.at, username: $0.username, action: $0.action, entity: $0.entity, entityId: $0.entityID,
                    unitId: $0.unitID, before: $0.before, after: $0.after)
            })
    }
}
