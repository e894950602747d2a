import ChiBoCore
import Foundation
import Vapor

/// Every address of the application, web and API. `routes.swift` registers each route with one
/// of these (`pattern`), and every link, form action and redirect is built from one (`path`), so a
/// URL is spelled once. `SiteURL.all` lists one of each; a test holds it equal to the routes the
/// application registers.
///
/// A parameter's value is ignored by `pattern`: routes are registered with `.key`
/// (`SiteURL.meeting(.key)` is `/meetings/:id`).
enum SiteURL: Sendable, Equatable {
    case home
    case healthz
    /// The readiness check (the database answers) and the Prometheus metrics.
    case health
    case metrics
    case css
    case printCSS
    case script
    case login(next: String? = nil)
    case logout
    case language(String?, back: String = "/")
    case setup
    case demo
    case holidays(year: Int? = nil)
    case rulebook
    case audit(entity: UUID? = nil, after: String? = nil)
    case ownAccount
    /// One's own browser sessions, and ending one.
    case ownSessions
    case ownSessionEnd(UUID?)

    case accounts(after: String? = nil)
    case newAccount(unit: UUID? = nil, member: UUID? = nil)
    case accountPassword(UUID?)
    /// One account for the staff managing it; deactivating and reactivating it; ending one of its roles.
    case account(UUID?)
    case accountAction(UUID?, AccountAction)
    case accountRoleEnd(UUID?, role: UUID?)

    case members(q: String? = nil, unit: UUID? = nil, after: String? = nil)
    case newMember(unit: UUID? = nil)
    case member(UUID?)
    case memberAction(UUID?, MemberAction)
    case memberDocument(UUID?, document: UUID?)

    case units
    case newUnit(parent: UUID? = nil)
    case unit(UUID?)
    case unitAction(UUID?, UnitAction)
    case unitOfficerEnd(UUID?, officer: UUID?)
    case unitLiaisonEnd(UUID?, liaison: UUID?)
    case unitStatistics(UUID?, ReportPeriod? = nil, format: ExportFormat = .html)
    case unitImport(UUID?)
    case unitMemberList(UUID?, MemberListFormat)
    case importFile(UUID?)
    case importAction(UUID?, ImportAction)
    case unitMeetings(UUID?, year: Int? = nil)
    case unitMeetingsPlan(UUID?)
    case unitRecruitment(UUID?)
    case unitFees(UUID?, month: String? = nil)
    case unitVisits(UUID?, year: Int? = nil)
    case unitReports(UUID?, month: String? = nil, q: String? = nil, after: String? = nil)
    case report(UUID?)
    case reportAnswer(UUID?)
    case unitIssues(UUID?, status: String? = nil)
    case unitInspections(UUID?, year: Int? = nil)
    case inspection(UUID?)
    case inspectionAction(UUID?, InspectionAction)
    case remedyDone(UUID?, remedy: UUID?)
    case unitModels(UUID?, year: Int? = nil)
    case unitSettings(UUID?)
    case model(UUID?)
    case modelAction(UUID?, ModelAction)
    case issue(UUID?)
    case issueSteps(UUID?)
    case sympathiser(UUID?)
    case sympathiserAction(UUID?, SympathiserAction)
    case sympathiserDocument(UUID?, document: UUID?)
    case unitEvaluations(UUID?)
    case evaluation(UUID?, cell: UUID? = nil, after: String? = nil)
    case evaluationAction(UUID?, EvaluationAction)
    case evaluationFile(UUID?, EvaluationFile)
    case memberEvaluation(UUID?)
    case memberEvaluationStep(UUID?, MemberEvaluationAction)
    case orgEvaluation(UUID?)
    case orgEvaluationAction(UUID?, OrgEvaluationAction)
    case unitTraining(UUID?, year: Int? = nil)
    case unitCourses(UUID?)
    case unitContests(UUID?)
    case course(UUID?)
    case courseAttendees(UUID?)
    case courseAttendee(UUID?, member: UUID?)
    case contest(UUID?)
    case contestEntrants(UUID?)
    case contestEntrant(UUID?, member: UUID?)

    case meeting(UUID?)
    case meetingAction(UUID?, MeetingAction)
    case meetingFile(UUID?, MeetingFile)
    case meetingAttendance(UUID?, member: UUID?)
    case agendaItem(UUID?, item: UUID?, AgendaItemAction)
    case vote(UUID?, vote: UUID?, VoteAction)
    case visitEvaluation(UUID?, visit: UUID?)
    case attachment(UUID?, UUID?)
    case taskClose(UUID?)

    case api(API)

    enum MemberAction: String, CaseIterable, Sendable {
        case edit, move, exemption, transfer, suspension, discipline, leaving, recognition, documents
        case memberFile = "member-file"
        case exemptionEnd = "exemption/end"
        case transferEnd = "transfer/end"
        case suspensionEnd = "suspension/end"
        case recognitionSteps = "recognition/steps"
        case movedAway = "moved-away"
    }

    /// The member list's files: the registry in the import's columns.
    enum MemberListFormat: String, CaseIterable, Sendable {
        case csv, xlsx
    }

    /// An uploaded member list's commands: map its columns, write it, follow its writing.
    enum ImportAction: String, CaseIterable, Sendable {
        case mapping, commit, progress
    }

    enum SympathiserAction: String, CaseIterable, Sendable {
        case steps, drop, documents
    }

    enum AccountAction: String, CaseIterable, Sendable {
        case deactivate, reactivate
    }

    enum UnitAction: String, CaseIterable, Sendable {
        case edit, move, officers, liaison
    }

    enum ModelAction: String, CaseIterable, Sendable {
        case meeting, lessons
    }

    enum InspectionAction: String, CaseIterable, Sendable {
        case findings, conclusion
    }

    /// A round's commands: appraise every proposal as it stands, decide, publish.
    enum EvaluationAction: String, CaseIterable, Sendable {
        case appraiseAll = "appraise-all"
        case decision, publication
    }

    /// A round's documents: the committee's decision, the summary report, the results workbook.
    enum EvaluationFile: String, CaseIterable, Sendable {
        case decisionDocx = "decision.docx"
        case reportDocx = "report.docx"
        case resultsXlsx = "results.xlsx"
    }

    /// A member's evaluation steps.
    enum MemberEvaluationAction: String, CaseIterable, Sendable {
        case selfAssessment = "self"
        case residence, cell, appraisal
    }

    /// An organisation's evaluation steps: its own report, the superior's rating.
    enum OrgEvaluationAction: String, CaseIterable, Sendable {
        case report, rating
    }

    enum ExportFormat: String, CaseIterable, Sendable {
        case html = "", csv, xlsx
    }

    /// A meeting's commands from the browser (`POST /meetings/{id}/…`).
    enum MeetingAction: String, CaseIterable, Sendable {
        case edit, notify, open, end, cancel, approve, minutes, amendments, checkin, guests, agenda
        case attendance, votes, tasks, attachments, visits, issues
    }

    /// What a meeting's page offers to open or download.
    enum MeetingFile: String, CaseIterable, Sendable {
        case print
        case minutesDocx = "minutes.docx"
        case resolutionDocx = "resolution.docx"
        case invite = "invite.ics"
    }

    enum AgendaItemAction: String, CaseIterable, Sendable {
        case speeches, conclusion
    }

    enum VoteAction: String, CaseIterable, Sendable {
        case tally, close, ballot
    }

    // MARK: Links

    /// The address to link to, with its query.
    var path: String {
        "/" + segments.map(\.value).joined(separator: "/") + (query.map { "?" + $0 } ?? "")
    }

    /// The route's components, to register it (`:id` for each parameter).
    var pattern: [PathComponent] {
        segments.map { $0.component }
    }

    /// The pattern as a string (`/meetings/:id/notify`), for docs and tests.
    var patternString: String {
        "/" + pattern.map(\.description).joined(separator: "/")
    }

    var segments: [Segment] {
        switch self {
        case .home: []
        case .healthz: ["healthz"]
        case .health: ["health"]
        case .metrics: ["metrics"]
        case .css: ["app.css"]
        case .printCSS: ["print.css"]
        case .script: ["app.js"]
        case .login: ["login"]
        case .logout: ["logout"]
        case .language(let code, _): ["lang", .text("code", code)]
        case .setup: ["setup"]
        case .demo: ["admin", "demo"]
        case .holidays: ["admin", "holidays"]
        case .rulebook: ["rulebook"]
        case .audit: ["audit"]
        case .ownAccount: ["account"]
        case .ownSessions: ["account", "sessions"]
        case .ownSessionEnd(let id): ["account", "sessions", .id("id", id), "end"]
        case .accounts: ["accounts"]
        case .newAccount: ["accounts", "new"]
        case .accountPassword(let id): ["accounts", .id("id", id), "password"]
        case .account(let id): ["accounts", .id("id", id)]
        case .accountAction(let id, let a): ["accounts", .id("id", id), .fixed(a.rawValue)]
        case .accountRoleEnd(let id, let role): ["accounts", .id("id", id), "roles", .id("role", role), "end"]
        case .members: ["members"]
        case .newMember: ["members", "new"]
        case .member(let id): ["members", .id("id", id)]
        case .memberAction(let id, let a): ["members", .id("id", id)] + Segment.path(a.rawValue)
        case .memberDocument(let id, let d): ["members", .id("id", id), "documents", .id("document", d)]
        case .units: ["units"]
        case .newUnit: ["units", "new"]
        case .unit(let id): ["units", .id("id", id)]
        case .unitAction(let id, let a): ["units", .id("id", id), .fixed(a.rawValue)]
        case .unitOfficerEnd(let id, let officer): ["units", .id("id", id), "officers", .id("officer", officer), "end"]
        case .unitLiaisonEnd(let id, let liaison): ["units", .id("id", id), "liaisons", .id("liaison", liaison), "end"]
        case .unitStatistics(let id, _, let format):
            ["units", .id("id", id), .fixed("statistics" + (format == .html ? "" : "." + format.rawValue))]
        case .unitImport(let id): ["units", .id("id", id), "import"]
        case .unitMemberList(let id, let f): ["units", .id("id", id), .fixed("members." + f.rawValue)]
        case .importFile(let id): ["imports", .id("id", id)]
        case .importAction(let id, let a): ["imports", .id("id", id), .fixed(a.rawValue)]
        case .unitMeetings(let id, _): ["units", .id("id", id), "meetings"]
        case .unitMeetingsPlan(let id): ["units", .id("id", id), "meetings", "plan"]
        case .unitRecruitment(let id): ["units", .id("id", id), "recruitment"]
        case .unitFees(let id, _): ["units", .id("id", id), "fees"]
        case .unitVisits(let id, _): ["units", .id("id", id), "visits"]
        case .unitReports(let id, _, _, _): ["units", .id("id", id), "reports"]
        case .report(let id): ["reports", .id("id", id)]
        case .reportAnswer(let id): ["reports", .id("id", id), "answer"]
        case .unitIssues(let id, _): ["units", .id("id", id), "issues"]
        case .issue(let id): ["issues", .id("id", id)]
        case .issueSteps(let id): ["issues", .id("id", id), "steps"]
        case .unitInspections(let id, _): ["units", .id("id", id), "inspections"]
        case .inspection(let id): ["inspections", .id("id", id)]
        case .inspectionAction(let id, let a): ["inspections", .id("id", id), .fixed(a.rawValue)]
        case .remedyDone(let id, let remedy): ["inspections", .id("id", id), "remedies", .id("remedy", remedy), "done"]
        case .unitModels(let id, _): ["units", .id("id", id), "models"]
        case .unitSettings(let id): ["units", .id("id", id), "settings"]
        case .model(let id): ["models", .id("id", id)]
        case .modelAction(let id, let a): ["models", .id("id", id), .fixed(a.rawValue)]
        case .sympathiser(let id): ["sympathisers", .id("id", id)]
        case .sympathiserAction(let id, let a): ["sympathisers", .id("id", id), .fixed(a.rawValue)]
        case .sympathiserDocument(let id, let d): ["sympathisers", .id("id", id), "documents", .id("document", d)]
        case .unitEvaluations(let id): ["units", .id("id", id), "evaluations"]
        case .evaluation(let id, _, _): ["evaluations", .id("id", id)]
        case .evaluationAction(let id, let a): ["evaluations", .id("id", id), .fixed(a.rawValue)]
        case .evaluationFile(let id, let f): ["evaluations", .id("id", id), .fixed(f.rawValue)]
        case .memberEvaluation(let id): ["member-evaluations", .id("id", id)]
        case .memberEvaluationStep(let id, let a): ["member-evaluations", .id("id", id), .fixed(a.rawValue)]
        case .orgEvaluation(let id): ["org-evaluations", .id("id", id)]
        case .orgEvaluationAction(let id, let a): ["org-evaluations", .id("id", id), .fixed(a.rawValue)]
        case .unitTraining(let id, _): ["units", .id("id", id), "training"]
        case .unitCourses(let id): ["units", .id("id", id), "courses"]
        case .unitContests(let id): ["units", .id("id", id), "contests"]
        case .course(let id): ["courses", .id("id", id)]
        case .courseAttendees(let id): ["courses", .id("id", id), "attendees"]
        case .courseAttendee(let id, let member): ["courses", .id("id", id), "attendees", .id("member", member)]
        case .contest(let id): ["contests", .id("id", id)]
        case .contestEntrants(let id): ["contests", .id("id", id), "entrants"]
        case .contestEntrant(let id, let member): ["contests", .id("id", id), "entrants", .id("member", member)]
        case .meeting(let id): ["meetings", .id("id", id)]
        case .meetingAction(let id, let a): ["meetings", .id("id", id), .fixed(a.rawValue)]
        case .meetingFile(let id, let f): ["meetings", .id("id", id), .fixed(f.rawValue)]
        case .meetingAttendance(let id, let member): ["meetings", .id("id", id), "attendance", .id("member", member)]
        case .agendaItem(let id, let item, let a): ["meetings", .id("id", id), "agenda", .id("item", item), .fixed(a.rawValue)]
        case .vote(let id, let vote, let a): ["meetings", .id("id", id), "votes", .id("vote", vote), .fixed(a.rawValue)]
        case .visitEvaluation(let id, let visit): ["meetings", .id("id", id), "visits", .id("visit", visit), "evaluation"]
        case .attachment(let id, let a): ["meetings", .id("id", id), "attachments", .id("attachment", a)]
        case .taskClose(let id): ["tasks", .id("id", id), "close"]
        case .api(let api): ["api", "v1"] + api.segments
        }
    }

    var query: String? {
        var items: [(String, String?)] = []
        switch self {
        case .login(let next):
            if let next, next != "/", Self.safeBack(next) != nil { items.append(("next", next)) }
        case .language(_, let back): items.append(("back", back))
        case .accounts(let after): items.append(("after", after))
        case .audit(let entity, let after):
            items.append(("entity", entity?.lowercased))
            items.append(("after", after))
        case .newAccount(let unit, let member):
            items.append(("unit", unit?.lowercased))
            items.append(("member", member?.lowercased))
        case .members(let q, let unit, let after):
            items.append(("q", q))
            items.append(("unit", unit?.lowercased))
            items.append(("after", after))
        case .newMember(let unit): items.append(("unit", unit?.lowercased))
        case .newUnit(let parent): items.append(("parent", parent?.lowercased))
        case .unitStatistics(_, let period, _): if let period { return period.query }
        case .unitMeetings(_, let year): items.append(("year", year.map(String.init)))
        case .unitFees(_, let month): items.append(("month", month))
        case .unitVisits(_, let year): items.append(("year", year.map(String.init)))
        case .unitIssues(_, let status): items.append(("status", status))
        case .unitInspections(_, let year), .unitModels(_, let year), .unitTraining(_, let year):
            items.append(("year", year.map(String.init)))
        case .unitReports(_, let month, let q, let after):
            items.append(("month", month))
            items.append(("q", q))
            items.append(("after", after))
        case .holidays(let year): items.append(("year", year.map(String.init)))
        case .evaluation(_, let cell, let after):
            items.append(("cell", cell?.lowercased))
            items.append(("after", after))
        case .api(let api): return api.query
        default: break
        }
        return Self.query(items)
    }

    static func query(_ items: [(String, String?)]) -> String? {
        let present = items.compactMap { k, v in v.flatMap { $0.isEmpty ? nil : k + "=" + encode($0) } }
        return present.isEmpty ? nil : present.joined(separator: "&")
    }

    /// A same-site relative path to go back to, or nil (never an absolute or protocol-relative URL).
    static func safeBack(_ s: String?) -> String? {
        guard let s, s.hasPrefix("/"), !s.hasPrefix("//"), !s.contains("\\"), s.count < 500,
            !s.unicodeScalars.contains(where: { $0.properties.isWhitespace || $0.value < 32 || $0.value == 127 })
        else { return nil }
        return s
    }

    static func encode(_ s: String) -> String {
        var allowed = CharacterSet.urlQueryAllowed
        allowed.remove(charactersIn: "&=+?#")
        return s.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }
}

/// One part of an address: a fixed word, or a parameter with its route name and its value.
enum Segment: Sendable, Equatable, ExpressibleByStringLiteral {
    case fixed(String)
    case id(String, UUID?)
    case text(String, String?)

    init(stringLiteral value: String) { self = .fixed(value) }

    static func path(_ s: String) -> [Segment] { s.split(separator: "/").map { .fixed(String($0)) } }

    var value: String {
        switch self {
        case .fixed(let s): s
        case .id(_, let id): id?.lowercased ?? ""
        case .text(_, let s): s.map(SiteURL.encode) ?? ""
        }
    }

    var component: PathComponent {
        switch self {
        case .fixed(let s): .constant(s)
        case .id(let name, _), .text(let name, _): .parameter(name)
        }
    }
}

extension Optional {
    /// The value given to a route's parameter when registering it: `SiteURL.meeting(.key)`.
    static var key: Self { nil }
}

extension UUID {
    var lowercased: String { uuidString.lowercased() }
}

extension Optional where Wrapped == UUID {
    var lowercased: String { self?.uuidString.lowercased() ?? "" }
}
