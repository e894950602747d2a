import Foundation
import Vapor

extension SiteURL {
    /// The JSON API's addresses, under `/api/v1` (`SiteURL.api(.meeting(id)).path`).
    enum API: Sendable, Equatable {
        case openapi
        case token
        case me
        case ownSessions
        case ownSession(UUID?)
        case rulebook
        case audit
        case accounts
        case account(UUID?)
        case accountAction(UUID?, SiteURL.AccountAction)
        case accountRoleEnd(UUID?, role: UUID?)
        case voteCalculator
        case holidays
        case holiday(String?)

        case units
        case unit(UUID?)
        case unitPart(UUID?, UnitPart)
        case unitLiaisonEnd(UUID?, liaison: UUID?)
        case unitStatistics(UUID?, period: String? = nil)
        case unitMemberList(UUID?, SiteURL.MemberListFormat)
        case importFile(UUID?)
        case importAction(UUID?, SiteURL.ImportAction)

        case members
        case member(UUID?)
        case memberPart(UUID?, MemberPart)
        case memberDocument(UUID?, document: UUID?)

        case sympathiser(UUID?)
        case sympathiserPart(UUID?, SiteURL.SympathiserAction)
        case sympathiserDocument(UUID?, document: UUID?)

        case unitMeetings(UUID?)
        case unitMeetingsPlan(UUID?)
        case meeting(UUID?)
        case meetingAction(UUID?, MeetingAction)
        case meetingFile(UUID?, MeetingFile)
        case meetingAttendance(UUID?, member: UUID?)
        case agendaItem(UUID?, item: UUID?)
        case agendaItemPart(UUID?, item: UUID?, AgendaItemAction)
        case vote(UUID?, vote: UUID?, VoteAction)
        case visitEvaluation(UUID?, visit: UUID?)
        case report(UUID?)
        case reportAnswer(UUID?)
        case issue(UUID?)
        case issueSteps(UUID?)
        case inspection(UUID?)
        case inspectionAction(UUID?, SiteURL.InspectionAction)
        case remedyDone(UUID?, remedy: UUID?)
        case model(UUID?)
        case modelAction(UUID?, SiteURL.ModelAction)
        case evaluation(UUID?)
        case evaluationAction(UUID?, SiteURL.EvaluationAction)
        case evaluationFile(UUID?, SiteURL.EvaluationFile)
        case memberEvaluation(UUID?)
        case memberEvaluationStep(UUID?, SiteURL.MemberEvaluationAction)
        case orgEvaluation(UUID?)
        case orgEvaluationAction(UUID?, SiteURL.OrgEvaluationAction)
        case attachment(UUID?, UUID?)
        case checkIn(UUID?)
        case taskClose(UUID?)
        case course(UUID?)
        case courseAttendees(UUID?)
        case courseAttendee(UUID?, member: UUID?)
        case contest(UUID?)
        case contestEntrants(UUID?)
        case contestEntrant(UUID?, member: UUID?)

        enum UnitPart: String, CaseIterable, Sendable {
            case children, counts, move, officers, liaison, liaisons, obligations, tasks, recruitment, sympathisers, fees, visits, reports,
                issues,
                inspections, models, settings, evaluations, training, courses, contests, imports
        }

        enum MemberPart: String, CaseIterable, Sendable {
            case move, history, exemption, transfer, life, suspension, discipline, leaving, recognition, training, documents
            case recognitionSteps = "recognition-steps"
            case movedAway = "moved-away"
            case memberFile = "member-file"
        }

        enum MeetingAction: String, CaseIterable, Sendable {
            case notify, open, end, cancel, minutes, approve, amendments, guests, agenda, votes, tasks, attachments, visits, issues
        }

        enum VoteAction: String, CaseIterable, Sendable {
            case tally, ballots, close
        }

        var segments: [Segment] {
            switch self {
            case .openapi: ["openapi.json"]
            case .token: ["auth", "token"]
            case .me: ["me"]
            case .ownSessions: ["me", "sessions"]
            case .ownSession(let id): ["me", "sessions", .id("id", id)]
            case .rulebook: ["rulebook"]
            case .audit: ["audit"]
            case .accounts: ["accounts"]
            case .account(let id): ["accounts", .id("id", id)]
            case .accountAction(let id, let a): ["accounts", .id("id", id), .fixed(a.rawValue)]
            case .accountRoleEnd(let id, let role): ["accounts", .id("id", id), "roles", .id("role", role), "end"]
            case .voteCalculator: ["votes", "calculate"]
            case .holidays: ["holidays"]
            case .holiday(let date): ["holidays", .text("date", date)]
            case .units: ["units"]
            case .unit(let id): ["units", .id("id", id)]
            case .unitPart(let id, let p): ["units", .id("id", id), .fixed(p.rawValue)]
            case .unitLiaisonEnd(let id, let liaison): ["units", .id("id", id), "liaisons", .id("liaison", liaison), "end"]
            case .unitStatistics(let id, _): ["units", .id("id", id), "statistics"]
            case .unitMemberList(let id, let f): ["units", .id("id", id), .fixed("members." + f.rawValue)]
            case .importFile(let id): ["imports", .id("id", id)]
            case .importAction(let id, let a): ["imports", .id("id", id), .fixed(a.rawValue)]
            case .members: ["members"]
            case .member(let id): ["members", .id("id", id)]
            case .memberPart(let id, let p): ["members", .id("id", id), .fixed(p.rawValue)]
            case .memberDocument(let id, let d): ["members", .id("id", id), "documents", .id("document", d)]
            case .sympathiser(let id): ["sympathisers", .id("id", id)]
            case .sympathiserPart(let id, let a): ["sympathisers", .id("id", id), .fixed(a.rawValue)]
            case .sympathiserDocument(let id, let d): ["sympathisers", .id("id", id), "documents", .id("document", d)]
            case .unitMeetings(let id): ["units", .id("id", id), "meetings"]
            case .unitMeetingsPlan(let id): ["units", .id("id", id), "meetings", "plan"]
            case .meeting(let id): ["meetings", .id("id", id)]
            case .meetingAction(let id, let a): ["meetings", .id("id", id), .fixed(a.rawValue)]
            case .meetingFile(let id, let f): ["meetings", .id("id", id), .fixed(f.rawValue)]
            case .meetingAttendance(let id, let member): ["meetings", .id("id", id), "attendance", .id("member", member)]
            case .agendaItem(let id, let item): ["meetings", .id("id", id), "agenda", .id("item", item)]
            case .agendaItemPart(let id, let item, let a): ["meetings", .id("id", id), "agenda", .id("item", item), .fixed(a.rawValue)]
            case .vote(let id, let vote, let a): ["meetings", .id("id", id), "votes", .id("vote", vote), .fixed(a.rawValue)]
            case .visitEvaluation(let id, let visit): ["meetings", .id("id", id), "visits", .id("visit", visit), "evaluation"]
            case .report(let id): ["reports", .id("id", id)]
            case .reportAnswer(let id): ["reports", .id("id", id), "answer"]
            case .issue(let id): ["issues", .id("id", id)]
            case .issueSteps(let id): ["issues", .id("id", id), "steps"]
            case .inspection(let id): ["inspections", .id("id", id)]
            case .inspectionAction(let id, let a): ["inspections", .id("id", id), .fixed(a.rawValue)]
            case .remedyDone(let id, let remedy): ["inspections", .id("id", id), "remedies", .id("remedy", remedy), "done"]
            case .model(let id): ["models", .id("id", id)]
            case .modelAction(let id, let a): ["models", .id("id", id), .fixed(a.rawValue)]
            case .evaluation(let id): ["evaluations", .id("id", id)]
            case .evaluationAction(let id, let a): ["evaluations", .id("id", id), .fixed(a.rawValue)]
            case .evaluationFile(let id, let f): ["evaluations", .id("id", id), .fixed(f.rawValue)]
            case .memberEvaluation(let id): ["member-evaluations", .id("id", id)]
            case .memberEvaluationStep(let id, let a): ["member-evaluations", .id("id", id), .fixed(a.rawValue)]
            case .orgEvaluation(let id): ["org-evaluations", .id("id", id)]
            case .orgEvaluationAction(let id, let a): ["org-evaluations", .id("id", id), .fixed(a.rawValue)]
            case .attachment(let id, let a): ["meetings", .id("id", id), "attachments", .id("attachment", a)]
            case .checkIn(let id): ["meetings", .id("id", id), "checkin"]
            case .taskClose(let id): ["tasks", .id("id", id), "close"]
            case .course(let id): ["courses", .id("id", id)]
            case .courseAttendees(let id): ["courses", .id("id", id), "attendees"]
            case .courseAttendee(let id, let member): ["courses", .id("id", id), "attendees", .id("member", member)]
            case .contest(let id): ["contests", .id("id", id)]
            case .contestEntrants(let id): ["contests", .id("id", id), "entrants"]
            case .contestEntrant(let id, let member): ["contests", .id("id", id), "entrants", .id("member", member)]
            }
        }

        var query: String? {
            switch self {
            case .unitStatistics(_, let period): SiteURL.query([("period", period)])
            default: nil
            }
        }
    }
}

extension SiteURL {
    /// One of every address, each parameter a `.key`: the routes `routes.swift` must register,
    /// no more and no fewer (`RouteTableTests`).
    static var all: [SiteURL] {
        var urls: [SiteURL] = [
            .home, .healthz, .health, .metrics, .css, .printCSS, .script, .login(), .logout, .language(.key), .setup, .demo, .holidays(),
            .rulebook, .audit(),
            .ownAccount, .ownSessions, .ownSessionEnd(.key),
            .accounts(), .newAccount(), .accountPassword(.key), .account(.key), .accountRoleEnd(.key, role: .key),
            .members(), .newMember(), .member(.key), .memberDocument(.key, document: .key), .sympathiserDocument(.key, document: .key),
            .units, .newUnit(), .unit(.key), .unitOfficerEnd(.key, officer: .key), .unitLiaisonEnd(.key, liaison: .key),
            .unitMeetings(.key), .unitMeetingsPlan(.key),
            .meeting(.key), .meetingAttendance(.key, member: .key), .attachment(.key, .key), .taskClose(.key),
            .unitRecruitment(.key), .sympathiser(.key), .unitFees(.key), .unitVisits(.key), .visitEvaluation(.key, visit: .key),
            .unitReports(.key), .report(.key), .reportAnswer(.key), .unitIssues(.key), .issue(.key), .issueSteps(.key),
            .unitInspections(.key), .inspection(.key), .remedyDone(.key, remedy: .key),
        ]
        urls += InspectionAction.allCases.map { .inspectionAction(.key, $0) }
        urls += [.unitModels(.key), .model(.key), .unitSettings(.key)] + ModelAction.allCases.map { .modelAction(.key, $0) }
        urls += SympathiserAction.allCases.map { .sympathiserAction(.key, $0) }
        urls += [.unitEvaluations(.key), .evaluation(.key), .memberEvaluation(.key), .orgEvaluation(.key)]
        urls += EvaluationAction.allCases.map { .evaluationAction(.key, $0) } + EvaluationFile.allCases.map { .evaluationFile(.key, $0) }
        urls += MemberEvaluationAction.allCases.map { .memberEvaluationStep(.key, $0) }
        urls += OrgEvaluationAction.allCases.map { .orgEvaluationAction(.key, $0) }
        urls += [
            .unitTraining(.key), .unitCourses(.key), .unitContests(.key), .course(.key), .courseAttendees(.key),
            .courseAttendee(.key, member: .key), .contest(.key), .contestEntrants(.key), .contestEntrant(.key, member: .key),
        ]
        urls += AccountAction.allCases.map { .accountAction(.key, $0) }
        urls += MemberAction.allCases.map { .memberAction(.key, $0) }
        urls += UnitAction.allCases.map { .unitAction(.key, $0) }
        urls += ExportFormat.allCases.map { .unitStatistics(.key, format: $0) }
        urls += [.unitImport(.key), .importFile(.key)] + MemberListFormat.allCases.map { .unitMemberList(.key, $0) }
        urls += ImportAction.allCases.map { .importAction(.key, $0) }
        urls += MeetingAction.allCases.map { .meetingAction(.key, $0) }
        urls += MeetingFile.allCases.map { .meetingFile(.key, $0) }
        urls += AgendaItemAction.allCases.map { .agendaItem(.key, item: .key, $0) }
        urls += VoteAction.allCases.map { .vote(.key, vote: .key, $0) }
        var api: [API] = [
            .openapi, .token, .me, .ownSessions, .ownSession(.key), .rulebook, .audit, .accounts, .voteCalculator, .holidays,
            .holiday(.key), .account(.key), .accountRoleEnd(.key, role: .key),
            .units, .unit(.key), .unitStatistics(.key), .members, .member(.key), .memberDocument(.key, document: .key),
            .sympathiserDocument(.key, document: .key),
            .unitMeetings(.key), .unitMeetingsPlan(.key), .meeting(.key), .meetingAttendance(.key, member: .key),
            .agendaItem(.key, item: .key), .attachment(.key, .key), .checkIn(.key), .taskClose(.key), .sympathiser(.key),
            .visitEvaluation(.key, visit: .key), .report(.key), .reportAnswer(.key), .issue(.key), .issueSteps(.key),
            .inspection(.key), .remedyDone(.key, remedy: .key),
        ]
        api += InspectionAction.allCases.map { .inspectionAction(.key, $0) }
        api += [.model(.key)] + ModelAction.allCases.map { .modelAction(.key, $0) }
        api += SympathiserAction.allCases.map { .sympathiserPart(.key, $0) }
        api += [.evaluation(.key), .memberEvaluation(.key), .orgEvaluation(.key)]
        api += EvaluationAction.allCases.map { .evaluationAction(.key, $0) } + EvaluationFile.allCases.map { .evaluationFile(.key, $0) }
        api += MemberEvaluationAction.allCases.map { .memberEvaluationStep(.key, $0) }
        api += OrgEvaluationAction.allCases.map { .orgEvaluationAction(.key, $0) }
        api += [
            .course(.key), .courseAttendees(.key), .courseAttendee(.key, member: .key), .contest(.key), .contestEntrants(.key),
            .contestEntrant(.key, member: .key),
        ]
        api += API.UnitPart.allCases.map { .unitPart(.key, $0) } + [.unitLiaisonEnd(.key, liaison: .key)]
        api += [.importFile(.key)] + MemberListFormat.allCases.map { .unitMemberList(.key, $0) }
        api += ImportAction.allCases.map { .importAction(.key, $0) }
        api += AccountAction.allCases.map { .accountAction(.key, $0) }
        api += API.MemberPart.allCases.map { .memberPart(.key, $0) }
        api += API.MeetingAction.allCases.map { .meetingAction(.key, $0) }
        api += [MeetingFile.minutesDocx, .resolutionDocx, .invite].map { .meetingFile(.key, $0) }
        api += AgendaItemAction.allCases.map { .agendaItemPart(.key, item: .key, $0) }
        api += API.VoteAction.allCases.map { .vote(.key, vote: .key, $0) }
        urls += api.map { .api($0) }
        return urls
    }
}
