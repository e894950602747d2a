import ChiBoCore
import Fluent
import Vapor

/// The year's evaluation: GET|POST /units/{id}/evaluations, GET /evaluations/{id}[?cell=][&after=],
/// POST /evaluations/{id}/appraise-all|decision|publication, the round's documents,
/// GET|POST /member-evaluations/{id}[/self|residence|cell|appraisal], GET|POST /org-evaluations/{id}[/report|rating].
enum EvaluationsController {
    @Sendable static func list(req: Request) async throws -> HTMLPage {
        let page = try await EvaluationsPage.load(req.db, try req.principal(), unitID: try req.id(), today: req.clock.today)
        return HTMLPage(EvaluationViews.list(await req.pageContext(), page))
    }

    @Sendable static func open(req: Request) async throws -> Response {
        let f = try req.content.decode(RoundInput.self)
        let principal = try req.principal()
        let id = try req.id()
        let today = req.clock.today
        switch try await req.attempt({
            try await EvaluationService.open(req.db, principal, unitID: id, period: try f.period(today: today), today: today)
        }) {
        case .success(let r): return req.redirect(to: SiteURL.evaluation(r.id).path)
        case .failure(let failure):
            let page = try await EvaluationsPage.load(req.db, principal, unitID: id, today: today)
            return try await HTMLPage(
                EvaluationViews.list(await req.pageContext(), page, errors: failure.errors), status: .unprocessableEntity
            )
            .encodeResponse(for: req)
        }
    }

    static func cell(_ req: Request) throws -> UUID? {
        try Read.uuid(try? req.query.get(String.self, at: "cell"), "cell", vi: "Chi bộ", en: "cell")
    }

    /// The `next` cursor of the page before (`after=`); an unreadable one starts the list over.
    static func after(_ req: Request) -> String? { try? req.query.get(String.self, at: "after") }

    @Sendable static func show(req: Request) async throws -> HTMLPage {
        let page = try await EvaluationRoundPage.load(
            req.db, try req.principal(), id: try req.id(), cell: try cell(req), after: after(req), today: req.clock.today)
        return HTMLPage(EvaluationViews.round(await req.pageContext(), page))
    }

    /// Runs a command on the round and shows it again: its page, or its errors.
    static func act(_ req: Request, _ body: @escaping (Principal, UUID) async throws -> Void) async throws -> Response {
        let principal = try req.principal()
        let id = try req.id()
        switch try await req.attempt({ try await body(principal, id) }) {
        case .success: return req.redirect(to: SiteURL.evaluation(id).path)
        case .failure(let failure):
            let page = try await EvaluationRoundPage.load(req.db, principal, id: id, cell: nil, today: req.clock.today)
            return try await HTMLPage(
                EvaluationViews.round(await req.pageContext(), page, errors: failure.errors), status: .unprocessableEntity
            )
            .encodeResponse(for: req)
        }
    }

    @Sendable static func appraiseAll(req: Request) async throws -> Response {
        try await act(req) { p, id in _ = try await EvaluationService.appraiseAsProposed(req.db, p, roundID: id, today: req.clock.today) }
    }

    @Sendable static func decision(req: Request) async throws -> Response {
        let f = try req.content.decode(DecisionInput.self)
        return try await act(req) { p, id in try await decide(req, p, id, f) }
    }

    static func decide(_ req: Request, _ p: Principal, _ id: UUID, _ f: DecisionInput) async throws {
        let today = req.clock.today
        let date = try Read.optionalDate(f.decisionOn, "decisionOn", vi: "Ngày quyết định", en: "Decided on") ?? today
        try await EvaluationService.decide(req.db, p, roundID: id, number: f.decisionNumber, on: date, today: today)
    }

    @Sendable static func publication(req: Request) async throws -> Response {
        let f = try req.content.decode(DecisionInput.self)
        return try await act(req) { p, id in try await publish(req, p, id, f) }
    }

    static func publish(_ req: Request, _ p: Principal, _ id: UUID, _ f: DecisionInput) async throws {
        let today = req.clock.today
        let date = try Read.optionalDate(f.publishedOn, "publishedOn", vi: "Ngày công khai", en: "Published on") ?? today
        try await EvaluationService.publish(req.db, p, roundID: id, on: date, today: today)
    }

    @Sendable static func decisionDocx(req: Request) async throws -> Response { try await file(req, .decisionDocx) }
    @Sendable static func reportDocx(req: Request) async throws -> Response { try await file(req, .reportDocx) }
    @Sendable static func resultsXlsx(req: Request) async throws -> Response { try await file(req, .resultsXlsx) }

    static func file(_ req: Request, _ kind: SiteURL.EvaluationFile) async throws -> Response {
        let d = try await EvaluationDocuments.load(req.db, try req.principal(), roundID: try req.id(), today: req.clock.today)
        switch kind {
        case .decisionDocx:
            let doc = try EvaluationDocuments.decision(d)
            return Downloads.file(
                MeetingDocuments.docx(doc, date: doc.date), type: AttachmentRules.Kind.docx.mimeType, name: d.filename("quyet-dinh", "docx")
            )
        case .reportDocx:
            let doc = EvaluationDocuments.report(d)
            return Downloads.file(
                MeetingDocuments.docx(doc, date: doc.date), type: AttachmentRules.Kind.docx.mimeType, name: d.filename("bao-cao", "docx"))
        case .resultsXlsx:
            return Downloads.file(
                EvaluationDocuments.workbook(d), type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                name: d.filename("ket-qua", "xlsx"))
        }
    }

    // MARK: A member's evaluation

    @Sendable static func member(req: Request) async throws -> HTMLPage {
        let page = try await MemberEvaluationPage.load(req.db, try req.principal(), id: try req.id(), today: req.clock.today)
        return HTMLPage(EvaluationViews.member(await req.pageContext(), page))
    }

    static func memberAct(_ req: Request, _ body: @escaping (Principal, UUID) async throws -> Void) async throws -> Response {
        let principal = try req.principal()
        let id = try req.id()
        switch try await req.attempt({ try await body(principal, id) }) {
        case .success: return req.redirect(to: SiteURL.memberEvaluation(id).path)
        case .failure(let failure):
            let page = try await MemberEvaluationPage.load(req.db, principal, id: id, today: req.clock.today)
            return try await HTMLPage(
                EvaluationViews.member(await req.pageContext(), page, errors: failure.errors), status: .unprocessableEntity
            )
            .encodeResponse(for: req)
        }
    }

    /// A member's step, the same for the web and the API.
    static func memberStep(
        _ req: Request, _ p: Principal, _ id: UUID, _ step: SiteURL.MemberEvaluationAction, _ f: LevelStepInput
    )
        async throws
    {
        let today = req.clock.today
        switch step {
        case .selfAssessment:
            try await EvaluationService.selfAssess(req.db, p, id: id, form: try f.selfForm(), input: try f.read(), today: today)
        case .residence: try await EvaluationService.residence(req.db, p, id: id, comment: f.text, today: today)
        case .cell: try await EvaluationService.cellProposal(req.db, p, id: id, input: try f.read(), today: today)
        case .appraisal:
            try await EvaluationService.appraise(
                req.db, p, id: id, input: .init(score: nil, level: try f.read().level, text: f.text, exceeding: try f.read().exceeding),
                today: today)
        }
    }

    /// The account records this step of the member's evaluation (404 when it does not see it,
    /// 403 when it sees it without the right) before the body is read (issue 19): web and API.
    static func authorise(_ req: Request, _ step: SiteURL.MemberEvaluationAction) async throws {
        let recorded: MemberEvaluationStep =
            switch step {
            case .selfAssessment: .selfAssessment
            case .residence: .residence
            case .cell: .cell
            case .appraisal: .appraisal
            }
        try await EvaluationService.authorise(req.db, try req.principal(), id: try req.id(), step: recorded)
    }

    static func memberStepHandler(_ step: SiteURL.MemberEvaluationAction) -> @Sendable (Request) async throws -> Response {
        { req in
            try await authorise(req, step)
            let f = try req.content.decode(LevelStepInput.self)
            return try await memberAct(req) { p, id in try await memberStep(req, p, id, step, f) }
        }
    }

    // MARK: An organisation's evaluation

    @Sendable static func org(req: Request) async throws -> HTMLPage {
        let page = try await OrgEvaluationPage.load(req.db, try req.principal(), id: try req.id(), today: req.clock.today)
        return HTMLPage(EvaluationViews.org(await req.pageContext(), page))
    }

    static func orgStep(_ req: Request, _ p: Principal, _ id: UUID, _ step: SiteURL.OrgEvaluationAction, _ f: LevelStepInput) async throws {
        let today = req.clock.today
        switch step {
        case .report: try await EvaluationService.orgReport(req.db, p, id: id, input: try f.read(), today: today)
        case .rating:
            try await EvaluationService.rate(
                req.db, p, id: id, input: try f.read(), collectiveDisciplined: Read.flag(f.collectiveDisciplined), today: today)
        }
    }

    /// The account records this step of the organisation's evaluation (404/403) before the body
    /// is read (issue 19): web and API.
    static func authorise(_ req: Request, _ step: SiteURL.OrgEvaluationAction) async throws {
        try await EvaluationService.authoriseOrg(req.db, try req.principal(), id: try req.id(), rating: step == .rating)
    }

    static func orgStepHandler(_ step: SiteURL.OrgEvaluationAction) -> @Sendable (Request) async throws -> Response {
        { req in
            try await authorise(req, step)
            let f = try req.content.decode(LevelStepInput.self)
            let principal = try req.principal()
            let id = try req.id()
            switch try await req.attempt({ try await orgStep(req, principal, id, step, f) }) {
            case .success: return req.redirect(to: SiteURL.orgEvaluation(id).path)
            case .failure(let failure):
                let page = try await OrgEvaluationPage.load(req.db, principal, id: id, today: req.clock.today)
                return try await HTMLPage(
                    EvaluationViews.org(await req.pageContext(), page, errors: failure.errors), status: .unprocessableEntity
                )
                .encodeResponse(for: req)
            }
        }
    }
}
