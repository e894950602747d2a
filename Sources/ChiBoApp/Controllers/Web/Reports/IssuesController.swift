import ChiBoCore
import Fluent
import Vapor

/// Opinions and petitions: POST /meetings/{id}/issues, GET /issues/{id}, POST /issues/{id}/steps,
/// GET /units/{id}/issues[?status=open|answered|closed|all].
enum IssuesController {
    struct StatusQuery: Content {
        var status: String?
    }

    @Sendable static func raise(req: Request) async throws -> Response {
        let f = try req.content.decode(IssueInput.self)
        return try await MeetingsController.act(req) { p, id in
            _ = try await IssueService.raise(req.db, p, meetingID: id, input: f, today: req.clock.today)
            return req.language == .vi ? "Đã ghi ý kiến, kiến nghị." : "The opinion is recorded."
        }
    }

    @Sendable static func show(req: Request) async throws -> HTMLPage {
        let page = try await IssuePage.load(req.db, try req.principal(), id: try req.id(), today: req.clock.today)
        return HTMLPage(IssueViews.page(await req.pageContext(), page))
    }

    /// A step from the issue's page, or a report back from a meeting's page (back to that meeting).
    @Sendable static func step(req: Request) async throws -> Response {
        let f = try req.content.decode(IssueStepInput.self)
        let id = try req.id()
        let principal = try req.principal()
        switch try await req.attempt({ try await IssueService.step(req.db, principal, issueID: id, input: f, today: req.clock.today) }) {
        case .success:
            if f.kind == "reported", let meeting = try? f.meeting() { return req.redirect(to: SiteURL.meeting(meeting).path) }
            return req.redirect(to: SiteURL.issue(id).path)
        case .failure(let failure):
            let page = try await IssuePage.load(req.db, principal, id: id, today: req.clock.today)
            return try await HTMLPage(IssueViews.page(await req.pageContext(), page, errors: failure.errors), status: .unprocessableEntity)
                .encodeResponse(for: req)
        }
    }

    @Sendable static func list(req: Request) async throws -> HTMLPage {
        let q = try req.query.decode(StatusQuery.self)
        let page = try await IssuesPage.load(req.db, try req.principal(), unitID: try req.id(), status: q.status, today: req.clock.today)
        return HTMLPage(IssueViews.list(await req.pageContext(), page))
    }
}
