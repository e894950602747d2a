import Fluent
import Vapor

/// The route table: every route of the application, its method, its address (`SiteURL`) and its
/// handler. A handler `XController.f` lives in `Controllers/Web/X/` (or `Controllers/API/…`), in the
/// file named after the feature (`MeetingsController+Votes.swift`).
func routes(_ app: Application) throws {
    // Liveness: the process answers (on the event loop, nothing awaited). Readiness: the database
    // answers `SELECT 1` in time. The metrics, to an operator only (`OpsController`).
    app.get(.healthz) { _ in "ok" }
    app.get(.health, use: OpsController.health)
    app.get(.metrics, use: OpsController.metrics)
    // The stylesheets and the script: no page carries inline style or script (the CSP forbids them).
    app.get(.css) { _ in staticText(Layout.css, .css) }
    app.get(.printCSS) { _ in staticText(OfficialDocumentView.css, .css) }
    app.get(.script) { _ in staticText(Layout.script, HTTPMediaType(type: "text", subType: "javascript", parameters: ["charset": "utf-8"]))
    }
    webRoutes(app.grouped(SessionMiddleware()))
    apiRoutes(app)
}

/// The pages: a session (`SessionMiddleware`) and CSRF protection; all but login and set-up need a
/// logged-in account, checked before a form's body is read.
private func webRoutes(_ sessions: any RoutesBuilder) {
    let web = sessions.grouped(CSRFProtection())
    web.get(.login(), use: AuthController.loginPage)
    web.post(.login(), use: AuthController.login)
    web.post(.logout, use: AuthController.logout)
    web.get(.language(.key), use: AuthController.language)
    web.get(.setup, use: SetupController.page)
    web.post(.setup, use: SetupController.create)

    let r = sessions.grouped(RequireLogin(), CSRFProtection())
    r.get(.home, use: HomeController.home)
    r.post(.demo, use: HomeController.loadDemo)
    r.get(.holidays(), use: HomeController.holidays)
    r.post(.holidays(), use: HomeController.correctHoliday)
    r.get(.rulebook, use: HomeController.rulebook)
    r.get(.audit(), use: HomeController.audit)

    r.get(.accounts(), use: AccountsController.list)
    r.get(.newAccount(), use: AccountsController.newForm)
    r.post(.accounts(), use: AccountsController.create)
    r.post(.accountPassword(.key), use: AccountsController.password)
    r.get(.account(.key), use: AccountsController.show)
    r.post(.accountAction(.key, .deactivate), use: AccountsController.deactivate)
    r.post(.accountAction(.key, .reactivate), use: AccountsController.reactivate)
    r.post(.accountRoleEnd(.key, role: .key), use: AccountsController.endRole)
    r.get(.ownAccount, use: AccountsController.own)
    r.get(.ownSessions, use: AccountsController.sessions)
    r.post(.ownSessionEnd(.key), use: AccountsController.endSession)

    r.get(.units, use: UnitsController.tree)
    r.get(.newUnit(), use: UnitsController.newForm)
    r.post(.units, use: UnitsController.create)
    r.get(.unit(.key), use: UnitsController.show)
    r.get(.unitAction(.key, .edit), use: UnitsController.editForm)
    r.post(.unitAction(.key, .edit), use: UnitsController.update)
    r.post(.unitAction(.key, .move), use: UnitsController.move)
    r.post(.unitAction(.key, .officers), use: UnitsController.setOfficer)
    r.post(.unitOfficerEnd(.key, officer: .key), use: UnitsController.endOfficer)
    r.post(.unitAction(.key, .liaison), use: UnitsController.setLiaison)
    r.post(.unitLiaisonEnd(.key, liaison: .key), use: UnitsController.endLiaison)
    r.get(.unitStatistics(.key), use: UnitsController.statistics)
    r.get(.unitStatistics(.key, format: .csv), use: UnitsController.statisticsCSV)
    r.get(.unitStatistics(.key, format: .xlsx), use: UnitsController.statisticsXLSX)
    r.get(.unitImport(.key), use: ImportsController.uploadPage)
    r.on(.POST, SiteURL.unitImport(.key).pattern, body: .collect(maxSize: "40mb"), use: ImportsController.upload)
    r.get(.unitMemberList(.key, .csv), use: ImportsController.exportCSV)
    r.get(.unitMemberList(.key, .xlsx), use: ImportsController.exportXLSX)
    r.get(.importFile(.key), use: ImportsController.preview)
    r.post(.importAction(.key, .mapping), use: ImportsController.mapping)
    r.post(.importAction(.key, .commit), use: ImportsController.commit)
    r.get(.importAction(.key, .progress), use: ImportsController.progress)

    r.get(.members(), use: MembersController.search)
    r.get(.newMember(), use: MembersController.newForm)
    r.post(.members(), use: MembersController.create)
    r.get(.member(.key), use: MembersController.show)
    r.get(.memberAction(.key, .edit), use: MembersController.editForm)
    r.post(.memberAction(.key, .edit), use: MembersController.update)
    r.post(.memberAction(.key, .move), use: MembersController.move)
    r.post(.memberAction(.key, .exemption), use: MembersController.exempt)
    r.post(.memberAction(.key, .exemptionEnd), use: MembersController.endExemption)
    r.post(.memberAction(.key, .transfer), use: MembersController.transfer)
    r.post(.memberAction(.key, .transferEnd), use: MembersController.endTransfer)
    r.post(.memberAction(.key, .suspension), use: MembersController.suspend)
    r.post(.memberAction(.key, .suspensionEnd), use: MembersController.endSuspension)
    r.post(.memberAction(.key, .discipline), use: MembersController.discipline)
    r.post(.memberAction(.key, .leaving), use: MembersController.leave)
    r.post(.memberAction(.key, .recognition), use: MembersController.recognise)
    r.post(.memberAction(.key, .recognitionSteps), use: MembersController.recognitionStep)
    r.post(.memberAction(.key, .movedAway), use: MembersController.moveAway)
    r.post(.memberAction(.key, .memberFile), use: MembersController.memberFile)
    r.on(
        .POST, SiteURL.memberAction(.key, .documents).pattern, body: .collect(maxSize: Uploads.maxRequestSize),
        use: MembersController.attach)
    r.get(.memberDocument(.key, document: .key), use: MembersController.document)

    r.get(.unitFees(.key), use: UnitsController.fees)
    r.get(.unitVisits(.key), use: UnitsController.visits)
    r.get(.unitReports(.key), use: UnitsController.reports)
    r.post(.unitReports(.key), use: UnitsController.submitReport)
    r.get(.report(.key), use: ReportsController.show)
    r.post(.reportAnswer(.key), use: ReportsController.answer)
    r.get(.unitIssues(.key), use: IssuesController.list)
    r.get(.issue(.key), use: IssuesController.show)
    r.post(.issueSteps(.key), use: IssuesController.step)
    r.get(.unitInspections(.key), use: InspectionsController.list)
    r.post(.unitInspections(.key), use: InspectionsController.create)
    r.get(.inspection(.key), use: InspectionsController.show)
    r.post(.inspectionAction(.key, .findings), use: InspectionsController.finding)
    r.post(.inspectionAction(.key, .conclusion), use: InspectionsController.conclude)
    r.post(.remedyDone(.key, remedy: .key), use: InspectionsController.remedyDone)
    r.get(.unitModels(.key), use: ModelsController.list)
    r.get(.unitSettings(.key), use: UnitsController.settings)
    r.post(.unitSettings(.key), use: UnitsController.setSetting)
    r.post(.unitModels(.key), use: ModelsController.choose)
    r.get(.model(.key), use: ModelsController.show)
    r.post(.modelAction(.key, .meeting), use: ModelsController.meeting)
    r.post(.modelAction(.key, .lessons), use: ModelsController.lessons)
    r.post(.unitFees(.key), use: UnitsController.recordFees)
    r.get(.unitEvaluations(.key), use: EvaluationsController.list)
    r.post(.unitEvaluations(.key), use: EvaluationsController.open)
    r.get(.evaluation(.key), use: EvaluationsController.show)
    r.post(.evaluationAction(.key, .appraiseAll), use: EvaluationsController.appraiseAll)
    r.post(.evaluationAction(.key, .decision), use: EvaluationsController.decision)
    r.post(.evaluationAction(.key, .publication), use: EvaluationsController.publication)
    r.get(.evaluationFile(.key, .decisionDocx), use: EvaluationsController.decisionDocx)
    r.get(.evaluationFile(.key, .reportDocx), use: EvaluationsController.reportDocx)
    r.get(.evaluationFile(.key, .resultsXlsx), use: EvaluationsController.resultsXlsx)
    r.get(.memberEvaluation(.key), use: EvaluationsController.member)
    for step in SiteURL.MemberEvaluationAction.allCases {
        r.post(.memberEvaluationStep(.key, step), use: EvaluationsController.memberStepHandler(step))
    }
    r.get(.orgEvaluation(.key), use: EvaluationsController.org)
    for step in SiteURL.OrgEvaluationAction.allCases {
        r.post(.orgEvaluationAction(.key, step), use: EvaluationsController.orgStepHandler(step))
    }
    r.get(.unitRecruitment(.key), use: RecruitmentController.show)
    r.post(.unitRecruitment(.key), use: RecruitmentController.add)
    r.get(.sympathiser(.key), use: RecruitmentController.sympathiser)
    r.post(.sympathiserAction(.key, .steps), use: RecruitmentController.step)
    r.post(.sympathiserAction(.key, .drop), use: RecruitmentController.drop)
    r.on(
        .POST, SiteURL.sympathiserAction(.key, .documents).pattern, body: .collect(maxSize: Uploads.maxRequestSize),
        use: RecruitmentController.attach)
    r.get(.sympathiserDocument(.key, document: .key), use: RecruitmentController.document)
    r.get(.unitTraining(.key), use: TrainingController.list)
    r.post(.unitCourses(.key), use: TrainingController.createCourse)
    r.post(.unitContests(.key), use: TrainingController.createContest)
    r.get(.course(.key), use: TrainingController.course)
    r.post(.courseAttendees(.key), use: TrainingController.addAttendees)
    r.post(.courseAttendee(.key, member: .key), use: TrainingController.recordAttendance)
    r.get(.contest(.key), use: TrainingController.contest)
    r.post(.contestEntrants(.key), use: TrainingController.addEntrants)
    r.post(.contestEntrant(.key, member: .key), use: TrainingController.recordResult)

    r.get(.unitMeetings(.key), use: MeetingsController.list)
    r.post(.unitMeetings(.key), use: MeetingsController.create)
    r.post(.unitMeetingsPlan(.key), use: MeetingsController.plan)
    r.get(.meeting(.key), use: MeetingsController.show)
    let actions: [(SiteURL.MeetingAction, @Sendable (Request) async throws -> Response)] = [
        (.edit, MeetingsController.edit), (.notify, MeetingsController.notify), (.open, MeetingsController.open),
        (.end, MeetingsController.end), (.cancel, MeetingsController.cancel), (.approve, MeetingsController.approve),
        (.minutes, MeetingsController.minutes), (.amendments, MeetingsController.amend), (.checkin, MeetingsController.checkIn),
        (.guests, MeetingsController.guest), (.agenda, MeetingsController.addItem), (.attendance, MeetingsController.markAll),
        (.votes, MeetingsController.openVote), (.tasks, MeetingsController.assign), (.visits, MeetingsController.recordVisit),
        (.issues, IssuesController.raise),
    ]
    for (action, handler) in actions { r.post(.meetingAction(.key, action), use: handler) }
    r.on(
        .POST, SiteURL.meetingAction(.key, .attachments).pattern, body: .collect(maxSize: Uploads.maxRequestSize),
        use: MeetingsController.upload)
    r.post(.meetingAttendance(.key, member: .key), use: MeetingsController.mark)
    r.post(.agendaItem(.key, item: .key, .speeches), use: MeetingsController.speech)
    r.post(.agendaItem(.key, item: .key, .conclusion), use: MeetingsController.conclusion)
    r.post(.vote(.key, vote: .key, .tally), use: MeetingsController.tally)
    r.post(.vote(.key, vote: .key, .close), use: MeetingsController.closeVote)
    r.post(.vote(.key, vote: .key, .ballot), use: MeetingsController.ballot)
    r.post(.visitEvaluation(.key, visit: .key), use: MeetingsController.evaluateVisit)
    r.get(.meetingFile(.key, .print), use: MeetingsController.printView)
    r.get(.meetingFile(.key, .minutesDocx), use: MeetingsController.minutesDocx)
    r.get(.meetingFile(.key, .resolutionDocx), use: MeetingsController.resolutionDocx)
    r.get(.meetingFile(.key, .invite), use: MeetingsController.invite)
    r.get(.attachment(.key, .key), use: MeetingsController.download)
    r.post(.taskClose(.key), use: MeetingsController.closeTask)
}

/// The JSON API under /api/v1: a bearer token (`TokenAuthenticator`), required by all but the token
/// itself, the document, the rulebook and the vote calculator. A tap of the check-in is read by the
/// check-in writer, outside the token middleware.
private func apiRoutes(_ app: Application) {
    app.get(.api(.openapi)) { _ -> Response in
        var headers = HTTPHeaders()
        headers.contentType = .json
        return Response(status: .ok, headers: headers, body: .init(string: OpenAPIDocument.json))
    }
    app.grouped(APIRateLimit()).post(.api(.checkIn(.key)), use: CheckInAPIController.checkIn)

    let open = app.grouped(TokenAuthenticator())
    // A login's body is small: read within 16 kB.
    open.on(.POST, SiteURL.api(.token).pattern, body: .collect(maxSize: "16kb"), use: APIController.token)
    open.get(.api(.rulebook), use: APIController.rulebook)
    open.post(.api(.voteCalculator), use: MeetingsAPIController.calculate)

    let r = open.grouped(RequireToken(), APIRateLimit())
    r.delete(.api(.token), use: APIController.revoke)
    r.get(.api(.me), use: APIController.me)
    r.get(.api(.ownSessions), use: APIController.sessions)
    r.delete(.api(.ownSession(.key)), use: APIController.endSession)
    r.get(.api(.accounts), use: APIController.accounts)
    r.post(.api(.accounts), use: APIController.createAccount)
    r.get(.api(.account(.key)), use: APIController.account)
    r.post(.api(.accountAction(.key, .deactivate)), use: APIController.deactivateAccount)
    r.post(.api(.accountAction(.key, .reactivate)), use: APIController.reactivateAccount)
    r.post(.api(.accountRoleEnd(.key, role: .key)), use: APIController.endAccountRole)
    r.get(.api(.audit), use: APIController.audit)

    r.get(.api(.units), use: APIController.units)
    r.post(.api(.units), use: APIController.createUnit)
    r.get(.api(.unit(.key)), use: APIController.unit)
    r.patch(.api(.unit(.key)), use: APIController.updateUnit)
    r.get(.api(.unitPart(.key, .children)), use: APIController.children)
    r.get(.api(.unitPart(.key, .counts)), use: APIController.counts)
    r.post(.api(.unitPart(.key, .move)), use: APIController.moveUnit)
    r.get(.api(.unitPart(.key, .officers)), use: APIController.officers)
    r.post(.api(.unitPart(.key, .officers)), use: APIController.setOfficer)
    r.put(.api(.unitPart(.key, .liaison)), use: APIController.setLiaison)
    r.get(.api(.unitPart(.key, .liaisons)), use: APIController.liaisons)
    r.post(.api(.unitLiaisonEnd(.key, liaison: .key)), use: APIController.endLiaison)
    r.get(.api(.unitPart(.key, .obligations)), use: MeetingsAPIController.obligations)
    r.get(.api(.unitPart(.key, .tasks)), use: MeetingsAPIController.unitTasks)
    r.get(.api(.unitStatistics(.key)), use: MeetingsAPIController.statistics)
    r.on(.POST, SiteURL.api(.unitPart(.key, .imports)).pattern, body: .collect(maxSize: "60mb"), use: APIController.uploadImport)
    r.get(.api(.unitMemberList(.key, .csv)), use: ImportsController.exportCSV)
    r.get(.api(.unitMemberList(.key, .xlsx)), use: ImportsController.exportXLSX)
    r.get(.api(.importFile(.key)), use: APIController.importFile)
    r.post(.api(.importAction(.key, .mapping)), use: APIController.mapImport)
    r.post(.api(.importAction(.key, .commit)), use: APIController.commitImport)
    r.get(.api(.importAction(.key, .progress)), use: ImportsController.progress)

    r.get(.api(.members), use: APIController.members)
    r.post(.api(.members), use: APIController.createMember)
    r.get(.api(.member(.key)), use: APIController.member)
    r.patch(.api(.member(.key)), use: APIController.updateMember)
    r.post(.api(.memberPart(.key, .move)), use: APIController.moveMember)
    r.get(.api(.memberPart(.key, .history)), use: APIController.history)
    r.put(.api(.memberPart(.key, .exemption)), use: APIController.setExemption)
    r.delete(.api(.memberPart(.key, .exemption)), use: APIController.endExemption)
    r.put(.api(.memberPart(.key, .transfer)), use: APIController.setTransfer)
    r.delete(.api(.memberPart(.key, .transfer)), use: APIController.endTransfer)
    r.get(.api(.memberPart(.key, .life)), use: APIController.life)
    r.put(.api(.memberPart(.key, .suspension)), use: APIController.suspend)
    r.delete(.api(.memberPart(.key, .suspension)), use: APIController.endSuspension)
    r.post(.api(.memberPart(.key, .discipline)), use: APIController.discipline)
    r.post(.api(.memberPart(.key, .leaving)), use: APIController.leave)
    r.post(.api(.memberPart(.key, .recognition)), use: APIController.recognise)
    r.post(.api(.memberPart(.key, .recognitionSteps)), use: APIController.recognitionStep)
    r.put(.api(.memberPart(.key, .movedAway)), use: APIController.moveAway)
    r.post(.api(.memberPart(.key, .memberFile)), use: APIController.memberFile)
    r.on(
        .POST, SiteURL.api(.memberPart(.key, .documents)).pattern, body: .collect(maxSize: Uploads.maxRequestSize),
        use: APIController.attachDocument)
    r.get(.api(.memberDocument(.key, document: .key)), use: APIController.document)

    r.get(.api(.holidays), use: APIController.holidays)
    r.put(.api(.holiday(.key)), use: APIController.setHoliday)
    r.delete(.api(.holiday(.key)), use: APIController.removeHoliday)
    r.get(.api(.unitPart(.key, .fees)), use: APIController.fees)
    r.put(.api(.unitPart(.key, .fees)), use: APIController.recordFees)
    r.get(.api(.unitPart(.key, .recruitment)), use: RecruitmentAPIController.recruitment)
    r.post(.api(.unitPart(.key, .sympathisers)), use: RecruitmentAPIController.add)
    r.get(.api(.sympathiser(.key)), use: RecruitmentAPIController.sympathiser)
    r.post(.api(.sympathiserPart(.key, .steps)), use: RecruitmentAPIController.step)
    r.post(.api(.sympathiserPart(.key, .drop)), use: RecruitmentAPIController.drop)
    r.on(
        .POST, SiteURL.api(.sympathiserPart(.key, .documents)).pattern, body: .collect(maxSize: Uploads.maxRequestSize),
        use: RecruitmentAPIController.attach)
    r.get(.api(.sympathiserDocument(.key, document: .key)), use: RecruitmentAPIController.document)

    r.get(.api(.unitMeetings(.key)), use: MeetingsAPIController.list)
    r.post(.api(.unitMeetings(.key)), use: MeetingsAPIController.create)
    r.post(.api(.unitMeetingsPlan(.key)), use: MeetingsAPIController.plan)
    r.get(.api(.meeting(.key)), use: MeetingsAPIController.detail(req:))
    r.patch(.api(.meeting(.key)), use: MeetingsAPIController.update)
    r.post(.api(.meetingAction(.key, .notify)), use: MeetingsAPIController.notify)
    r.post(.api(.meetingAction(.key, .open)), use: MeetingsAPIController.open)
    r.post(.api(.meetingAction(.key, .end)), use: MeetingsAPIController.end)
    r.post(.api(.meetingAction(.key, .cancel)), use: MeetingsAPIController.cancel)
    r.patch(.api(.meetingAction(.key, .minutes)), use: MeetingsAPIController.minutes)
    r.post(.api(.meetingAction(.key, .approve)), use: MeetingsAPIController.approve)
    r.post(.api(.meetingAction(.key, .amendments)), use: MeetingsAPIController.amend)
    r.put(.api(.meetingAttendance(.key, member: .key)), use: MeetingsAPIController.mark)
    r.post(.api(.meetingAction(.key, .guests)), use: MeetingsAPIController.addGuest)
    r.post(.api(.meetingAction(.key, .agenda)), use: MeetingsAPIController.addItem)
    r.delete(.api(.agendaItem(.key, item: .key)), use: MeetingsAPIController.removeItem)
    r.put(.api(.agendaItemPart(.key, item: .key, .conclusion)), use: MeetingsAPIController.conclusion)
    r.post(.api(.agendaItemPart(.key, item: .key, .speeches)), use: MeetingsAPIController.speech)
    r.post(.api(.meetingAction(.key, .votes)), use: MeetingsAPIController.openVote)
    r.post(.api(.vote(.key, vote: .key, .tally)), use: MeetingsAPIController.tally)
    r.post(.api(.vote(.key, vote: .key, .ballots)), use: MeetingsAPIController.ballot)
    r.post(.api(.vote(.key, vote: .key, .close)), use: MeetingsAPIController.closeVote)
    r.post(.api(.meetingAction(.key, .tasks)), use: MeetingsAPIController.assign)
    r.get(.api(.meetingAction(.key, .visits)), use: MeetingsAPIController.visits)
    r.post(.api(.meetingAction(.key, .visits)), use: MeetingsAPIController.recordVisit)
    r.post(.api(.visitEvaluation(.key, visit: .key)), use: MeetingsAPIController.evaluateVisit)
    r.get(.api(.unitPart(.key, .visits)), use: MeetingsAPIController.unitVisits)
    r.get(.api(.unitPart(.key, .reports)), use: APIController.reports)
    r.post(.api(.unitPart(.key, .reports)), use: APIController.submitReport)
    r.get(.api(.report(.key)), use: APIController.report)
    r.post(.api(.reportAnswer(.key)), use: APIController.answerReport)
    r.get(.api(.meetingAction(.key, .issues)), use: APIController.meetingIssues)
    r.post(.api(.meetingAction(.key, .issues)), use: APIController.raiseIssue)
    r.get(.api(.issue(.key)), use: APIController.issue)
    r.post(.api(.issueSteps(.key)), use: APIController.issueStep)
    r.get(.api(.unitPart(.key, .issues)), use: APIController.unitIssues)
    r.get(.api(.unitPart(.key, .inspections)), use: APIController.inspections)
    r.post(.api(.unitPart(.key, .inspections)), use: APIController.createInspection)
    r.get(.api(.inspection(.key)), use: APIController.inspection)
    r.post(.api(.inspectionAction(.key, .findings)), use: APIController.inspectionFinding)
    r.post(.api(.inspectionAction(.key, .conclusion)), use: APIController.inspectionConclusion)
    r.post(.api(.remedyDone(.key, remedy: .key)), use: APIController.remedyDone)
    r.get(.api(.unitPart(.key, .models)), use: APIController.models)
    r.get(.api(.unitPart(.key, .evaluations)), use: APIController.evaluations)
    r.post(.api(.unitPart(.key, .evaluations)), use: APIController.openEvaluation)
    r.get(.api(.evaluation(.key)), use: APIController.evaluation)
    for action in SiteURL.EvaluationAction.allCases {
        r.post(.api(.evaluationAction(.key, action)), use: APIController.roundAction(action))
    }
    r.get(.api(.evaluationFile(.key, .decisionDocx)), use: EvaluationsController.decisionDocx)
    r.get(.api(.evaluationFile(.key, .reportDocx)), use: EvaluationsController.reportDocx)
    r.get(.api(.evaluationFile(.key, .resultsXlsx)), use: EvaluationsController.resultsXlsx)
    r.get(.api(.memberEvaluation(.key)), use: APIController.memberEvaluation)
    for step in SiteURL.MemberEvaluationAction.allCases {
        r.post(.api(.memberEvaluationStep(.key, step)), use: APIController.memberEvaluationStep(step))
    }
    r.get(.api(.orgEvaluation(.key)), use: APIController.orgEvaluation)
    for step in SiteURL.OrgEvaluationAction.allCases {
        r.post(.api(.orgEvaluationAction(.key, step)), use: APIController.orgEvaluationStep(step))
    }
    r.get(.api(.unitPart(.key, .settings)), use: APIController.settings)
    r.put(.api(.unitPart(.key, .settings)), use: APIController.setSetting)
    r.post(.api(.unitPart(.key, .models)), use: APIController.chooseModel)
    r.get(.api(.model(.key)), use: APIController.model)
    r.post(.api(.modelAction(.key, .meeting)), use: APIController.modelMeeting)
    r.post(.api(.modelAction(.key, .lessons)), use: APIController.modelLessons)
    r.get(.api(.unitPart(.key, .training)), use: APIController.training)
    r.post(.api(.unitPart(.key, .courses)), use: APIController.createCourse)
    r.post(.api(.unitPart(.key, .contests)), use: APIController.createContest)
    r.get(.api(.course(.key)), use: APIController.course)
    r.post(.api(.courseAttendees(.key)), use: APIController.addAttendees)
    r.post(.api(.courseAttendee(.key, member: .key)), use: APIController.recordAttendance)
    r.get(.api(.contest(.key)), use: APIController.contest)
    r.post(.api(.contestEntrants(.key)), use: APIController.addEntrants)
    r.post(.api(.contestEntrant(.key, member: .key)), use: APIController.recordResult)
    r.get(.api(.memberPart(.key, .training)), use: APIController.memberTraining)
    r.on(
        .POST, SiteURL.api(.meetingAction(.key, .attachments)).pattern, body: .collect(maxSize: Uploads.maxRequestSize),
        use: MeetingsAPIController.upload)
    r.get(.api(.attachment(.key, .key)), use: MeetingsAPIController.download)
    r.get(.api(.meetingFile(.key, .minutesDocx)), use: MeetingsController.minutesDocx)
    r.get(.api(.meetingFile(.key, .resolutionDocx)), use: MeetingsController.resolutionDocx)
    r.get(.api(.meetingFile(.key, .invite)), use: MeetingsController.invite)
    r.post(.api(.taskClose(.key)), use: MeetingsAPIController.closeTask)
}

/// A stylesheet or script held in the source, cached for an hour.
private func staticText(_ text: String, _ type: HTTPMediaType) -> Response {
    var headers = HTTPHeaders()
    headers.contentType = type
    headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=3600")
    return Response(status: .ok, headers: headers, body: .init(string: text))
}

extension RoutesBuilder {
    /// A route whose handler does not wait for anything (`/healthz`, `/app.css`): answered on the
    /// event loop, without a task.
    @discardableResult
    func get<R: ResponseEncodable>(_ url: SiteURL, use handler: @Sendable @escaping (Request) throws -> R) -> Route {
        on(.GET, url.pattern, use: handler)
    }

    @discardableResult
    func get<R: AsyncResponseEncodable>(_ url: SiteURL, use handler: @Sendable @escaping (Request) async throws -> R) -> Route {
        on(.GET, url.pattern, use: handler)
    }

    @discardableResult
    func post<R: AsyncResponseEncodable>(_ url: SiteURL, use handler: @Sendable @escaping (Request) async throws -> R) -> Route {
        on(.POST, url.pattern, use: handler)
    }

    @discardableResult
    func put<R: AsyncResponseEncodable>(_ url: SiteURL, use handler: @Sendable @escaping (Request) async throws -> R) -> Route {
        on(.PUT, url.pattern, use: handler)
    }

    @discardableResult
    func patch<R: AsyncResponseEncodable>(_ url: SiteURL, use handler: @Sendable @escaping (Request) async throws -> R) -> Route {
        on(.PATCH, url.pattern, use: handler)
    }

    @discardableResult
    func delete<R: AsyncResponseEncodable>(_ url: SiteURL, use handler: @Sendable @escaping (Request) async throws -> R) -> Route {
        on(.DELETE, url.pattern, use: handler)
    }
}
