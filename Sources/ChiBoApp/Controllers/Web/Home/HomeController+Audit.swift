import ChiBoCore
import Fluent
import Vapor

/// GET /audit: the audit log (?entity= one record's entries), a page at a time (?after= the next page's cursor).
extension HomeController {
    @Sendable static func audit(req: Request) async throws -> HTMLPage {
        let principal = try req.principal()
        let entity = (try? req.query.get(String.self, at: "entity")).flatMap(UUID.init(uuidString:))
        let after = try? req.query.get(String.self, at: "after")
        let per = 100 // not a rule: a page of the log
        let page = try await AuditService.page(req.db, principal, entityID: entity, before: after, limit: per)
        return HTMLPage(
            AuditView.page(
                await req.pageContext(), page.entries.map(AuditDTO.init),
                first: after?.isEmpty == false ? SiteURL.audit(entity: entity).path : nil,
                next: page.next.map { SiteURL.audit(entity: entity, after: $0).path }))
    }
}
