import ChiBoCore
import Fluent
import Vapor

/// GET /audit: the audit log (?entity= one record's entries).
extension HomeController {
    @Sendable static func audit(req: Request) async throws -> HTMLPage {
        let principal = try req.principal()
        let entity = (try? req.query.get(String.self, at: "entity")).flatMap(UUID.init(uuidString:))
        let entries = try await AuditService.entries(req.db, principal, entityID: entity, limit: 200)
        return HTMLPage(AuditView.page(await req.pageContext(), entries.map(AuditDTO.init)))
    }
}
