import ChiBoCore
import Fluent
import Vapor

/// The year's evaluation: `GET|POST /api/v1/units/{id}/evaluations`, `GET /api/v1/evaluations/{id}[?cell=][&after=]`,
/// `POST /api/v1/evaluations/{id}/appraise-all|decision|publication`, `GET|POST /api/v1/member-evaluations/{id}[/…]`,
/// `GET|POST /api/v1/org-evaluations/{id}[/…]`; the documents as on the web.
extension APIController {
    @Sendable static func evaluations(req: Request) async throws -> EvaluationsPage {
        try await EvaluationsPage.load(req.db, try req.principal(), unitID: try req.id(), today: req.clock.today)
    }

    @Sendable static func openEvaluation(req: Request) async throws -> Response {
        let f = try req.content.decode(RoundInput.self)
        let principal = try req.principal()
        let today = req.clock.today
        let r = try await EvaluationService.open(req.db, principal, unitID: try req.id(), period: try f.period(today: today), today: today)
        return try await EvaluationRoundPage.load(req.db, principal, id: r.id!, cell: nil, today: today).encodeResponse(
            status: .created, for: req)
    }

    @Sendable static func evaluation(req: Request) async throws -> EvaluationRoundPage {
        try await EvaluationRoundPage.load(
            req.db, try req.principal(), id: try req.id(), cell: try EvaluationsController.cell(req),
            after: EvaluationsController.after(req), today: req.clock.today)
    }

    static func roundAction(_ action: SiteURL.EvaluationAction) -> @Sendable (Request) async throws -> EvaluationRoundPage {
        { req in
            let principal = try req.principal()
            let id = try req.id()
            switch action {
            case .appraiseAll: _ = try await EvaluationService.appraiseAsProposed(req.db, principal, roundID: id, today: req.clock.today)
            case .decision: try await EvaluationsController.decide(req, principal, id, try req.content.decode(DecisionInput.self))
            case .publication: try await EvaluationsController.publish(req, principal, id, try req.content.decode(DecisionInput.self))
            }
            return try await EvaluationRoundPage.load(req.db, principal, id: id, cell: nil, today: req.clock.today)
        }
    }

    @Sendable static func memberEvaluation(req: Request) async throws -> MemberEvaluationPage {
        try await MemberEvaluationPage.load(req.db, try req.principal(), id: try req.id(), today: req.clock.today)
    }

    static func memberEvaluationStep(_ step: SiteURL.MemberEvaluationAction) -> @Sendable (Request) async throws -> MemberEvaluationPage {
        { req in
            try await EvaluationsController.authorise(req, step)
            let f = try req.content.decode(LevelStepInput.self)
            let principal = try req.principal()
            try await EvaluationsController.memberStep(req, principal, try req.id(), step, f)
            return try await MemberEvaluationPage.load(req.db, principal, id: try req.id(), today: req.clock.today)
        }
    }

    @Sendable static func orgEvaluation(req: Request) async throws -> OrgEvaluationPage {
        try await OrgEvaluationPage.load(req.db, try req.principal(), id: try req.id(), today: req.clock.today)
    }

    static func orgEvaluationStep(_ step: SiteURL.OrgEvaluationAction) -> @Sendable (Request) async throws -> OrgEvaluationPage {
        { req in
            try await EvaluationsController.authorise(req, step)
            let f = try req.content.decode(LevelStepInput.self)
            let principal = try req.principal()
            try await EvaluationsController.orgStep(req, principal, try req.id(), step, f)
            return try await OrgEvaluationPage.load(req.db, principal, id: try req.id(), today: req.clock.today)
        }
    }
}
