import ChiBoCore
import Fluent
import Vapor

/// Opinions and petitions: `GET|POST /api/v1/meetings/{id}/issues`, `GET /api/v1/issues/{id}`,
/// `POST /api/v1/issues/{id}/steps`, `GET /api/v1/units/{id}/issues`.
extension APIController {
    @Sendable static func meetingIssues(req: Request) async throws -> [IssueDTO] {
        try await MeetingsAPIController.detail(req, try req.id()).issues
    }

    @Sendable static func raiseIssue(req: Request) async throws -> Response {
        let f = try req.content.decode(IssueInput.self)
        let issue = try await IssueService.raise(req.db, try req.principal(), meetingID: try req.id(), input: f, today: req.clock.today)
        let page = try await IssuePage.load(req.db, try req.principal(), id: issue.id!, today: req.clock.today)
        return try await page.issue.encodeResponse(status: .created, for: req)
    }

    @Sendable static func issue(req: Request) async throws -> IssuePage {
        try await IssuePage.load(req.db, try req.principal(), id: try req.id(), today: req.clock.today)
    }

    @Sendable static func issueStep(req: Request) async throws -> IssuePage {
        let f = try req.content.decode(IssueStepInput.self)
        let principal = try req.principal()
        let id = try req.id()
        _ = try await IssueService.step(req.db, principal, issueID: id, input: f, today: req.clock.today)
        return try await IssuePage.load(req.db, principal, id: id, today: req.clock.today)
    }

    @Sendable static func unitIssues(req: Request) async throws -> IssuesPage {
        let q = try req.query.decode(IssuesController.StatusQuery.self)
        return try await IssuesPage.load(req.db, try req.principal(), unitID: try req.id(), status: q.status, today: req.clock.today)
    }
}
