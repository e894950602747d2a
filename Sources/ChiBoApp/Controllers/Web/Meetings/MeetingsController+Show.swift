import ChiBoCore
import Fluent
import Vapor

/// GET /meetings/{id}: the meeting page, and the actions that come back to it.
extension MeetingsController {
    static func render(_ req: Request, _ id: UUID, errors: [DomainError] = [], notice: String? = nil) async throws -> HTMLPage {
        let page = try await MeetingPage.load(req.db, try req.principal(), id: id, today: req.clock.today)
        return HTMLPage(
            MeetingViews.page(await req.pageContext(), page, errors: errors, notice: notice),
            status: errors.isEmpty ? .ok : .unprocessableEntity)
    }

    @Sendable static func show(req: Request) async throws -> HTMLPage {
        try await render(req, try req.id())
    }

    /// Runs an action from the meeting page; its errors are shown on the page.
    static func act(
        _ req: Request, notice: String? = nil, _ body: @escaping (Principal, UUID) async throws -> String?
    ) async throws -> Response {
        let principal = try req.principal()
        let id = try req.id()
        switch try await req.attempt({ try await body(principal, id) }) {
        case .success(let message):
            if let message = message ?? notice {
                return try await render(req, id, notice: message).encodeResponse(for: req)
            }
            return req.redirect(to: SiteURL.meeting(id).path)
        case .failure(let f):
            return try await render(req, id, errors: f.errors).encodeResponse(for: req)
        }
    }
}
