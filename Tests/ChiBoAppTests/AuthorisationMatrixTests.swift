import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting

@testable import ChiBoApp
@testable import ChiBoCore

/// Issue 19's authorisation matrix: every route of the web and the API (the route table,
/// `app.routes.all`) × every role (and no one) × a target in the role's own unit, a sibling unit
/// and a parent unit (and, for the inspector, a cell its inspection assigns it: issue 17). The
/// expected outcome of each cell is declared below, route by route, by the rules of
/// `AuthorisationMatrix`; a route without an entry fails the first test. One demo commune (with a
/// sibling commune beside it) serves the whole matrix; writes that are refused must write
/// nothing (the audit and the tables keep their counts).
@Suite struct AuthorisationMatrixTests {
    @Test func everyRouteHasAnEntry() async throws {
        try await withApp { app in
            let registered = Set(app.routes.all.map(AuthorisationMatrix.key))
            let declared = AuthorisationMatrix.declared
            let missing = registered.subtracting(declared.keys).sorted()
            #expect(missing == [], "routes without an entry in the matrix:\n\(missing.joined(separator: "\n"))")
            #expect(Set(declared.keys).subtracting(registered).sorted() == [], "entries for routes that do not exist")
            #expect(AuthorisationMatrix.duplicates == [], "routes with two entries")
        }
    }

    @Test func everyRoleGetsWhatTheMatrixSays() async throws {
        try await withApp { app in
            app.chibo.apiRateLimit = 10_000_000
            let clock = ContinuousClock()
            let start = clock.now
            let world = try await MatrixWorld.make(app)
            let built = clock.now
            var failures: [String: [String]] = [:]
            var unresolved: Set<String> = [], thin: Set<String> = []
            var ran = 0
            let routes = app.routes.all.map { ($0, AuthorisationMatrix.key($0)) }.sorted { $0.1 < $1.1 }
            struct Case {
                let key: String
                let route: Route
                let actor: MatrixWorld.Caller
                let relation: Relation
                let path: String
                let expected: Outcome
            }
            var cases: [Case] = []
            var paths: [String: String?] = [:]
            for (route, key) in routes {
                guard let rule = AuthorisationMatrix.declared[key] else { continue }
                for actor in world.actors {
                    for (relation, place) in actor.places(for: key) {
                        let expected = rule.outcome(actor.role, relation)
                        if expected == .notExercised { continue }
                        let resolved: String?
                        if let known = paths["\(key) @ \(place)"] {
                            resolved = known
                        } else {
                            resolved = try await world.path(for: route, at: place)
                            paths["\(key) @ \(place)"] = .some(resolved)
                        }
                        guard let path = resolved else {
                            // Every route finds a record in each role's own unit; the sibling
                            // commune and the province may hold fewer (counted: at most `maxThin`).
                            if relation == .own { unresolved.insert("\(key) @ \(place)") } else { thin.insert("\(key) @ \(place)") }
                            continue
                        }
                        // No such record can stand there (a cell's records above a cell, a plan in a cell).
                        if path.isEmpty { continue }
                        cases.append(Case(key: key, route: route, actor: actor, relation: relation, path: path, expected: expected))
                    }
                }
            }
            // Reads first, then the refused writes (which must write nothing), then the allowed
            // writes (with a body that stops short of writing when one is needed).
            let reads = cases.filter { $0.route.method == .GET }
            let refused = cases.filter { $0.route.method != .GET && !$0.expected.allows }
            let allowed = cases.filter { $0.route.method != .GET && $0.expected.allows }
            let before = try await world.counts()
            for batch in [reads, refused, allowed] {
                for c in batch {
                    let api = c.key.contains(" /api/")
                    let status = try await world.send(c.route.method, c.path, as: c.actor, api: api)
                    ran += 1
                    if !c.expected.accepts(status, write: c.route.method != .GET, api: api) {
                        failures[c.key, default: []].append("\(c.actor.name).\(c.relation) expected \(c.expected) got \(status.code)")
                    }
                }
                if batch.first.map({ $0.route.method != .GET && !$0.expected.allows }) == true {
                    let after = try await world.counts()
                    #expect(after == before, "a refused write wrote something")
                }
            }
            print("matrix: \(thin.count) route×place pairs with no record outside the own units")
            #expect(
                thin.count <= MatrixWorld.maxThin,
                "more pairs without a record outside the own units than \(MatrixWorld.maxThin):\n\(thin.sorted().joined(separator: "\n"))")
            print("matrix: world in \(built - start), \(ran) requests in \(clock.now - built)")
            let report = failures.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value.joined(separator: "; "))" }
            #expect(report == [], "\n\(report.joined(separator: "\n"))")
            #expect(unresolved.sorted() == [], "no fixture for:\n\(unresolved.sorted().joined(separator: "\n"))")
            #expect(ran > 3000)
        }
    }
}

/// How the target stands to the role's own unit.
enum Relation: String, Sendable, CustomStringConvertible {
    case own, sibling, parent
    /// The inspector, on a cell an open item of the plan assigns it to (issue 17).
    case assigned
    /// A route with no unit in its address (a list, one's own account): once per role.
    case none
    var description: String { rawValue }
}

/// What a cell of the matrix expects.
enum Outcome: Equatable, Sendable, CustomStringConvertible {
    /// 2xx or 3xx; for a write sent with a body that cannot be carried out, anything but a refusal
    /// (401, 403, 404) or a failure (5xx): the route let the request through to its rules.
    case ok
    case forbidden
    case hidden
    /// No one logged in: the web redirects to the login page, the API answers 401.
    case login
    /// Not sent (logging oneself out, ending one's own token).
    case notExercised
    /// A refusal, 403 or 404: where two addresses of one record answer the same refusal differently.
    case refused
    /// A status of its own (a form that needs its query; a login without a password).
    case status(Int)

    var allows: Bool { self == .ok }

    func accepts(_ status: HTTPStatus, write: Bool, api: Bool) -> Bool {
        switch self {
        case .ok:
            if write { return ![401, 403, 404].contains(status.code) && status.code < 500 }
            return (200..<400).contains(status.code)
        case .forbidden: return status == .forbidden
        case .hidden: return status == .notFound
        // A form posted with no session is refused by its CSRF check before anything else.
        case .login: return status == .unauthorized || status == .seeOther || status == .found || (write && !api && status == .forbidden)
        case .notExercised: return true
        case .refused: return status == .forbidden || status == .notFound
        case .status(let code): return status.code == code
        }
    }

    var description: String {
        switch self {
        case .ok: "ok"
        case .forbidden: "403"
        case .hidden: "404"
        case .login: "login"
        case .notExercised: "-"
        case .refused: "403/404"
        case .status(let code): "\(code)"
        }
    }
}

/// A rule for a group of routes: what each role gets on a target in its own unit, and on one
/// outside it (sibling, parent). The administrator of the installation is allowed everywhere; no
/// one logged in is sent to log in, unless the route is open.
struct Rule: Sendable {
    var own: [Role: Outcome]
    /// A role not named in `own`.
    var otherwise: Outcome = .forbidden
    /// The inspector on a cell its inspection covers; nil: as on its own unit.
    var assigned: Outcome?
    /// A target outside the role's subtree.
    var outside: Outcome = .hidden
    /// A cell's role on its committee's record, where it differs from `outside`.
    var parent: Outcome?
    /// A role's answer outside its subtree where it differs from `outside` (a right the role
    /// lacks everywhere is refused before any record is looked up).
    var outsideFor: [Role: Outcome] = [:]
    var anonymous: Outcome = .login
    var administrator: Outcome = .ok

    func outcome(_ role: Role?, _ relation: Relation) -> Outcome {
        guard let role else { return anonymous }
        if role == .administrator { return administrator }
        switch relation {
        case .sibling: return outsideFor[role] ?? outside
        case .parent: return outsideFor[role] ?? parent ?? outside
        case .assigned: return assigned ?? own[role] ?? otherwise
        case .own, .none: return own[role] ?? otherwise
        }
    }
}

/// The expected outcomes, route by route.
enum AuthorisationMatrix {
    static func key(_ route: Route) -> String {
        "\(route.method.rawValue) /" + route.path.map(\.description).joined(separator: "/")
    }

    typealias R = Rule
    static let M = Role.member, S = Role.cellSecretary, T = Role.committeeStaff, I = Role.inspector

    // MARK: the rules

    /// Open to everyone, logged in or not.
    static let open = R(own: [:], otherwise: .ok, outside: .ok, anonymous: .ok)
    /// Any account, about itself (its home, its account and sessions); no unit in the address.
    static let signedIn = R(own: [:], otherwise: .ok)
    /// One's own session by id: someone else's session (the fixture's) is not found, for everyone.
    static let ownSessionOnly = R(own: [:], otherwise: .hidden, anonymous: .login, administrator: .hidden)
    /// Routes that would end the matrix's own session or token, or load the demo over itself.
    static let notExercised = R(own: [:], otherwise: .notExercised, outside: .notExercised, anonymous: .login, administrator: .notExercised)
    /// The installation's administrator only (the holiday calendar's corrections, the demo).
    static let administrator = R(own: [:])

    /// A unit's page and what any member of it reads (RULES: a member sees their cell).
    static let readUnit = R(own: [M: .ok, S: .ok, T: .ok, I: .ok])
    /// A unit's meetings, figures, visits and plans: its members, secretary and committee; not the
    /// inspector, whose role reads no meeting of its own (issue 17).
    static let readMeetings = R(own: [M: .ok, S: .ok, T: .ok])
    /// One meeting (and what hangs on it): hidden from whoever may not read the cell's meetings;
    /// the inspector reads it when an open item covers it.
    static let meeting = R(own: [M: .ok, S: .ok, T: .ok, I: .hidden], assigned: .ok)
    /// Running a meeting: the secretary and the committee; a member reads but may not act; the
    /// inspector sees nothing, or reads an assigned one without acting.
    static let runMeeting = R(own: [S: .ok, T: .ok, I: .hidden], assigned: .forbidden)
    /// A unit's members and their records listed: the secretary and the committee.
    static let readMembers = R(own: [S: .ok, T: .ok])
    /// One member's record: someone else's record is not found for a member or an inspector; the
    /// inspector reads the member an open item of the plan concerns.
    static let member = R(own: [S: .ok, T: .ok, M: .hidden, I: .hidden], assigned: .ok)
    /// Writing a member's record: the secretary and the committee.
    static let writeMember = R(own: [S: .ok, T: .ok, M: .hidden, I: .hidden], assigned: .forbidden)
    /// What only the committee decides about a member (RULES: the cell proposes).
    static let decideMember = R(own: [T: .ok, S: .forbidden, M: .hidden, I: .hidden], assigned: .forbidden)
    /// Creating and changing units, officers, settings, imports: the committee's staff.
    static let manageUnits = R(own: [T: .ok])
    /// A unit's writes of its members (fees, recruitment): the secretary and the committee.
    static let writeMembers = R(own: [S: .ok, T: .ok])
    /// Running a unit's meetings (creating one, the plan): the secretary and the committee.
    static let runMeetings = R(own: [S: .ok, T: .ok])
    /// A plan of inspection and supervision: the committee's staff and the inspector.
    static let inspect = R(own: [T: .ok, I: .ok])
    /// Accounts: the committee's staff (and the administrator).
    static let manageAccounts = R(own: [T: .ok])
    /// The metrics are the operator's scraper's (a token, or a loopback peer not forwarded:
    /// `OpsTests`), no account's: these requests come with neither.
    static let operatorOnly = R(own: [:], otherwise: .hidden, outside: .hidden, anonymous: .hidden, administrator: .hidden)
    /// One account's page and its actions (another's password among them): the committee's staff
    /// over accounts whose every role is in their scope; a role without the right to manage
    /// accounts is refused whatever the account.
    static let accountRecord = R(own: [T: .ok], outsideFor: [M: .forbidden, S: .forbidden, I: .forbidden])
    /// The audit: the secretary and the committee's staff, over their subtree.
    static let readAudit = R(own: [S: .ok, T: .ok])

    /// Logging in with no name or password: refused as a wrong login, for everyone.
    static let loginForm = R(own: [:], otherwise: .status(401), outside: .status(401), anonymous: .status(401), administrator: .status(401))
    /// The form for a new member needs the cell in its query (`?unit=`); without it, 422 for everyone.
    static let needsUnit = R(own: [:], otherwise: .status(422), anonymous: .login, administrator: .status(422))
    /// Removing a holiday correction that was never made: not found.
    static let noCorrection = R(own: [:], administrator: .status(404))
    /// The members' search: the secretary and the committee; no one else sees a member list
    /// (the API answers the same search with the empty list of what the account may read).
    static let searchMembers = R(own: [S: .ok, T: .ok, M: .hidden, I: .hidden])
    /// A cell's raised issues: its secretary and committee (the member who raised one follows it
    /// from the meeting); in scope without the right, 403.
    static let issues = R(own: [S: .ok, T: .ok], assigned: .forbidden)
    /// A cell's record read by its secretary and committee: a monthly report, an evaluation.
    static let cellRecord = R(own: [S: .ok, T: .ok], assigned: .forbidden)
    /// A member's or a cell's evaluation: as a cell's record, but someone else's is not found to a member.
    static let evaluationRecord = R(own: [S: .ok, T: .ok, M: .hidden], assigned: .forbidden)

    /// An evaluation's step by the cell (the member's own self-assessment is the member's):
    /// refused to a member on someone else's (403 or 404 by the address), to the inspector.
    static let evaluationStep = R(own: [S: .ok, T: .ok, M: .refused], assigned: .forbidden)
    /// The committee's appraisal or rating: not the cell, not the member.
    static let evaluationDecision = R(own: [T: .ok, S: .forbidden, M: .refused], assigned: .forbidden)
    /// The committee's evaluation round: its cells read it (they take part), the committee runs it.
    /// The inspector takes part in no round: one above is not found to it.
    static let round = R(own: [T: .ok], parent: .ok, outsideFor: [I: .hidden])
    /// The round's documents and commands: the committee only; its cells are refused (403).
    static let roundFiles = R(own: [T: .ok], parent: .forbidden, outsideFor: [I: .hidden])
    /// An uploaded member list is its uploader's preview until written: not found to anyone else
    /// (the matrix's lists were uploaded by the administrator).
    static let uploaderOnly = R(own: [:], otherwise: .hidden)
    /// A finding is the team's: not the committee's staff, not the administrator, who are not on it.
    static let teamOnly = R(own: [I: .ok, T: .forbidden], administrator: .forbidden)
    /// A superior's visit and evaluation: the committee above; the cell's own officers may not.
    static let oversee = R(own: [T: .ok, I: .hidden], assigned: .forbidden)
    /// A sympathiser's file: the secretary and the committee; no inspection opens it.
    static let sympathiser = R(own: [S: .ok, T: .ok, M: .hidden, I: .hidden], assigned: .hidden)
    static let writeSympathiser = R(own: [S: .ok, T: .ok, M: .hidden, I: .hidden], assigned: .hidden)
    /// A task: the secretary and the committee close it; the inspector reads no task.
    static let task = R(own: [S: .ok, T: .ok, I: .hidden], assigned: .hidden)

    // MARK: the table: every route, under its rule

    static let entries: [(Rule, [String])] = [
        (
            open,
            [
                "GET /healthz", "GET /health", "GET /app.css", "GET /print.css", "GET /app.js", "GET /login", "GET /lang/:code",
                "GET /setup", "POST /setup", "GET /api/v1/openapi.json", "POST /api/v1/auth/token", "GET /api/v1/rulebook",
                "POST /api/v1/votes/calculate",
            ]
        ),
        (notExercised, ["POST /logout", "DELETE /api/v1/auth/token"]),
        (operatorOnly, ["GET /metrics"]),
        (
            signedIn,
            [
                "GET /", "GET /rulebook", "GET /account", "GET /account/sessions", "GET /units", "GET /api/v1/me",
                "GET /api/v1/me/sessions", "GET /api/v1/units", "GET /api/v1/holidays",
            ]
        ),
        (ownSessionOnly, ["POST /account/sessions/:id/end", "DELETE /api/v1/me/sessions/:id"]),
        (administrator, ["POST /admin/demo", "POST /admin/holidays", "PUT /api/v1/holidays/:date"]),
        (readAudit, ["GET /audit", "GET /api/v1/audit"]),
        (
            manageAccounts,
            [
                "GET /accounts", "GET /accounts/new", "POST /accounts", "GET /api/v1/accounts",
                "POST /api/v1/accounts",
            ]
        ),
        (
            accountRecord,
            [
                "GET /accounts/:id", "GET /api/v1/accounts/:id", "POST /accounts/:id/password", "POST /accounts/:id/deactivate",
                "POST /accounts/:id/reactivate",
                "POST /accounts/:id/roles/:role/end", "POST /api/v1/accounts/:id/deactivate", "POST /api/v1/accounts/:id/reactivate",
                "POST /api/v1/accounts/:id/roles/:role/end",
            ]
        ),
        (
            readUnit,
            [
                "GET /units/:id", "GET /api/v1/units/:id", "GET /api/v1/units/:id/children", "GET /api/v1/units/:id/counts",
                "GET /api/v1/units/:id/officers", "GET /api/v1/units/:id/liaisons",
            ]
        ),
        (
            manageUnits,
            [
                "POST /units", "GET /units/:id/edit", "POST /units/:id/edit", "POST /units/:id/move",
                "POST /units/:id/officers", "POST /units/:id/officers/:officer/end", "POST /units/:id/liaison", "POST /api/v1/units",
                "PATCH /api/v1/units/:id", "POST /api/v1/units/:id/move", "POST /api/v1/units/:id/officers",
                "PUT /api/v1/units/:id/liaison", "POST /units/:id/liaisons/:liaison/end", "POST /api/v1/units/:id/liaisons/:liaison/end",
                "GET /units/:id/import", "POST /units/:id/import",
                "POST /api/v1/units/:id/imports",
                "POST /units/:id/settings",
                "PUT /api/v1/units/:id/settings", "POST /units/:id/models", "POST /api/v1/units/:id/models", "POST /models/:id/meeting",
                "POST /models/:id/lessons", "POST /api/v1/models/:id/meeting", "POST /api/v1/models/:id/lessons",
                "POST /units/:id/evaluations", "POST /api/v1/units/:id/evaluations",

                "POST /units/:id/courses",
                "POST /units/:id/contests", "POST /api/v1/units/:id/courses", "POST /api/v1/units/:id/contests", "GET /courses/:id",
                "POST /courses/:id/attendees", "POST /courses/:id/attendees/:member", "GET /contests/:id", "POST /contests/:id/entrants",
                "POST /contests/:id/entrants/:member", "GET /api/v1/courses/:id", "POST /api/v1/courses/:id/attendees",
                "POST /api/v1/courses/:id/attendees/:member", "GET /api/v1/contests/:id", "POST /api/v1/contests/:id/entrants",
                "POST /api/v1/contests/:id/entrants/:member",

                "POST /reports/:id/answer", "POST /api/v1/reports/:id/answer",

            ]
        ),
        (
            readMeetings,
            [
                "GET /units/:id/statistics", "GET /units/:id/statistics.csv", "GET /units/:id/statistics.xlsx", "GET /units/:id/meetings",
                "GET /api/v1/units/:id/meetings", "GET /api/v1/units/:id/statistics", "GET /api/v1/units/:id/obligations",
                "GET /api/v1/units/:id/tasks", "GET /units/:id/visits", "GET /api/v1/units/:id/visits",
                "GET /units/:id/models", "GET /api/v1/units/:id/models",
                "GET /units/:id/evaluations", "GET /api/v1/units/:id/evaluations", "GET /models/:id",
                "GET /api/v1/models/:id",
            ]
        ),
        (
            readMembers,
            [
                "GET /units/:id/members.csv", "GET /units/:id/members.xlsx",
                "GET /api/v1/units/:id/members.csv", "GET /api/v1/units/:id/members.xlsx", "GET /units/:id/fees",
                "GET /api/v1/units/:id/fees",
                "GET /units/:id/recruitment", "GET /api/v1/units/:id/recruitment", "GET /units/:id/reports",
                "GET /api/v1/units/:id/reports",
            ]
        ),
        (
            writeMembers,
            [
                "POST /members", "POST /api/v1/members", "POST /units/:id/fees", "PUT /api/v1/units/:id/fees",
                "POST /units/:id/recruitment", "POST /api/v1/units/:id/sympathisers", "POST /units/:id/reports",
                "POST /api/v1/units/:id/reports",
            ]
        ),
        (
            runMeetings,
            [
                "POST /units/:id/meetings", "POST /units/:id/meetings/plan", "POST /api/v1/units/:id/meetings",
                "POST /api/v1/units/:id/meetings/plan",
            ]
        ),
        (
            inspect,
            [
                "GET /units/:id/inspections", "POST /units/:id/inspections", "GET /api/v1/units/:id/inspections",
                "POST /api/v1/units/:id/inspections",
            ]
        ),
        (
            member,
            [
                "GET /members/:id", "GET /api/v1/members/:id", "GET /api/v1/members/:id/history", "GET /api/v1/members/:id/life",
                "GET /api/v1/members/:id/training", "GET /members/:id/documents/:document", "GET /api/v1/members/:id/documents/:document",

            ]
        ),
        (
            writeMember,
            [
                "GET /members/:id/edit", "POST /members/:id/edit", "POST /members/:id/move", "POST /members/:id/exemption",
                "POST /members/:id/exemption/end", "POST /members/:id/transfer", "POST /members/:id/transfer/end",
                "POST /members/:id/suspension", "POST /members/:id/discipline", "POST /members/:id/leaving",
                "POST /members/:id/recognition", "POST /members/:id/recognition/steps", "POST /members/:id/moved-away",
                "POST /members/:id/member-file", "POST /members/:id/documents", "PATCH /api/v1/members/:id",
                "POST /api/v1/members/:id/move",
                "PUT /api/v1/members/:id/exemption", "DELETE /api/v1/members/:id/exemption", "PUT /api/v1/members/:id/transfer",
                "DELETE /api/v1/members/:id/transfer", "PUT /api/v1/members/:id/suspension",
                "POST /api/v1/members/:id/discipline", "POST /api/v1/members/:id/leaving", "POST /api/v1/members/:id/recognition",
                "POST /api/v1/members/:id/recognition-steps", "PUT /api/v1/members/:id/moved-away", "POST /api/v1/members/:id/member-file",
                "POST /api/v1/members/:id/documents",

            ]
        ),
        (
            meeting,
            [
                "GET /meetings/:id", "GET /api/v1/meetings/:id", "GET /meetings/:id/print", "GET /meetings/:id/minutes.docx",
                "GET /meetings/:id/resolution.docx", "GET /meetings/:id/invite.ics", "GET /meetings/:id/attachments/:attachment",
                "GET /api/v1/meetings/:id/minutes.docx", "GET /api/v1/meetings/:id/resolution.docx", "GET /api/v1/meetings/:id/invite.ics",
                "GET /api/v1/meetings/:id/attachments/:attachment", "GET /api/v1/meetings/:id/visits", "GET /api/v1/meetings/:id/issues",
                "POST /meetings/:id/checkin", "POST /api/v1/meetings/:id/checkin",
                "POST /meetings/:id/votes/:vote/ballot", "POST /api/v1/meetings/:id/votes/:vote/ballots",
            ]
        ),
        (
            runMeeting,
            [
                "POST /meetings/:id/edit", "POST /meetings/:id/notify", "POST /meetings/:id/open", "POST /meetings/:id/end",
                "POST /meetings/:id/cancel", "POST /meetings/:id/approve", "POST /meetings/:id/minutes", "POST /meetings/:id/amendments",
                "POST /meetings/:id/guests", "POST /meetings/:id/agenda", "POST /meetings/:id/attendance", "POST /meetings/:id/votes",
                "POST /meetings/:id/tasks", "POST /meetings/:id/issues", "POST /meetings/:id/attachments",
                "POST /meetings/:id/attendance/:member", "POST /meetings/:id/agenda/:item/speeches",
                "POST /meetings/:id/agenda/:item/conclusion",
                "POST /meetings/:id/votes/:vote/tally", "POST /meetings/:id/votes/:vote/close",
                "PATCH /api/v1/meetings/:id", "POST /api/v1/meetings/:id/notify", "POST /api/v1/meetings/:id/open",
                "POST /api/v1/meetings/:id/end", "POST /api/v1/meetings/:id/cancel", "PATCH /api/v1/meetings/:id/minutes",
                "POST /api/v1/meetings/:id/approve", "POST /api/v1/meetings/:id/amendments", "PUT /api/v1/meetings/:id/attendance/:member",
                "POST /api/v1/meetings/:id/guests", "POST /api/v1/meetings/:id/agenda", "DELETE /api/v1/meetings/:id/agenda/:item",
                "PUT /api/v1/meetings/:id/agenda/:item/conclusion", "POST /api/v1/meetings/:id/agenda/:item/speeches",
                "POST /api/v1/meetings/:id/votes", "POST /api/v1/meetings/:id/votes/:vote/tally",
                "POST /api/v1/meetings/:id/votes/:vote/close",
                "POST /api/v1/meetings/:id/tasks",
                "POST /api/v1/meetings/:id/issues", "POST /api/v1/meetings/:id/attachments",

            ]
        ),
        (
            R(own: [T: .ok, I: .ok]),
            [
                "GET /inspections/:id", "GET /api/v1/inspections/:id", "POST /inspections/:id/conclusion",
                "POST /inspections/:id/remedies/:remedy/done",
                "POST /api/v1/inspections/:id/conclusion", "POST /api/v1/inspections/:id/remedies/:remedy/done",
            ]
        ),
        (loginForm, ["POST /login"]),
        (administrator, ["GET /admin/holidays", "GET /units/new"]),
        (noCorrection, ["DELETE /api/v1/holidays/:date"]),
        (needsUnit, ["GET /members/new"]),
        (searchMembers, ["GET /members"]),
        (signedIn, ["GET /api/v1/members"]),
        (readUnit, ["GET /units/:id/settings", "GET /api/v1/units/:id/settings"]),
        (readMembers, ["GET /units/:id/training", "GET /api/v1/units/:id/training"]),
        (
            issues,
            [
                "GET /units/:id/issues", "GET /api/v1/units/:id/issues", "GET /issues/:id", "GET /api/v1/issues/:id",
                "POST /issues/:id/steps", "POST /api/v1/issues/:id/steps",
            ]
        ),
        (cellRecord, ["GET /reports/:id", "GET /api/v1/reports/:id"]),
        (
            evaluationRecord,
            [
                "GET /member-evaluations/:id", "GET /api/v1/member-evaluations/:id", "GET /org-evaluations/:id",
                "GET /api/v1/org-evaluations/:id",
            ]
        ),
        (
            evaluationStep,
            [
                "POST /member-evaluations/:id/self", "POST /member-evaluations/:id/residence", "POST /member-evaluations/:id/cell",
                "POST /api/v1/member-evaluations/:id/self", "POST /api/v1/member-evaluations/:id/residence",
                "POST /api/v1/member-evaluations/:id/cell", "POST /org-evaluations/:id/report", "POST /api/v1/org-evaluations/:id/report",
            ]
        ),
        (
            evaluationDecision,
            [
                "POST /member-evaluations/:id/appraisal", "POST /api/v1/member-evaluations/:id/appraisal",
                "POST /org-evaluations/:id/rating", "POST /api/v1/org-evaluations/:id/rating",
            ]
        ),
        (round, ["GET /evaluations/:id", "GET /api/v1/evaluations/:id"]),
        (
            roundFiles,
            [
                "GET /evaluations/:id/decision.docx", "GET /api/v1/evaluations/:id/decision.docx", "GET /evaluations/:id/report.docx",
                "GET /evaluations/:id/results.xlsx", "GET /api/v1/evaluations/:id/report.docx", "GET /api/v1/evaluations/:id/results.xlsx",
                "POST /evaluations/:id/appraise-all", "POST /evaluations/:id/decision", "POST /evaluations/:id/publication",
                "POST /api/v1/evaluations/:id/appraise-all", "POST /api/v1/evaluations/:id/decision",
                "POST /api/v1/evaluations/:id/publication",
            ]
        ),
        (
            uploaderOnly,
            [
                "GET /imports/:id", "POST /imports/:id/mapping", "POST /imports/:id/commit", "GET /imports/:id/progress",
                "GET /api/v1/imports/:id", "POST /api/v1/imports/:id/mapping", "POST /api/v1/imports/:id/commit",
                "GET /api/v1/imports/:id/progress",
            ]
        ),
        (teamOnly, ["POST /inspections/:id/findings", "POST /api/v1/inspections/:id/findings"]),
        (
            oversee,
            [
                "POST /meetings/:id/visits", "POST /api/v1/meetings/:id/visits", "POST /meetings/:id/visits/:visit/evaluation",
                "POST /api/v1/meetings/:id/visits/:visit/evaluation",
            ]
        ),
        (decideMember, ["POST /members/:id/suspension/end", "DELETE /api/v1/members/:id/suspension"]),
        (
            sympathiser,
            [
                "GET /sympathisers/:id", "GET /api/v1/sympathisers/:id", "GET /sympathisers/:id/documents/:document",
                "GET /api/v1/sympathisers/:id/documents/:document",
            ]
        ),
        (
            writeSympathiser,
            [
                "POST /sympathisers/:id/steps", "POST /sympathisers/:id/drop", "POST /sympathisers/:id/documents",
                "POST /api/v1/sympathisers/:id/steps", "POST /api/v1/sympathisers/:id/drop", "POST /api/v1/sympathisers/:id/documents",
            ]
        ),
        (task, ["POST /tasks/:id/close", "POST /api/v1/tasks/:id/close"]),
    ]

    static let declared: [String: Rule] = {
        var d: [String: Rule] = [:]
        for (rule, keys) in entries { for k in keys { d[k] = rule } }
        return d
    }()

    static let duplicates: [String] = {
        var seen: Set<String> = [], twice: [String] = []
        for (_, keys) in entries { for k in keys where !seen.insert(k).inserted { twice.append(k) } }
        return twice
    }()
}

/// The demo commune, a sibling commune beside it, an account per role, and where each route's
/// parameters find a record of each place.
struct MatrixWorld {
    /// Where a target is taken from.
    enum Place: String, CustomStringConvertible {
        case cb01, cb02, commune, communeAbove, sibling, province, assigned
        var description: String { rawValue }
    }

    struct Caller: @unchecked Sendable {
        let name: String
        let role: Role?
        let browser: Browser
        let api: APIClient?
        /// Own, sibling and parent targets, by place.
        let relations: [(Relation, Place)]

        /// A route with a unit's record in its address takes each relation; one without (a list,
        /// one's own account, a holiday's date) is sent once.
        func places(for key: String) -> [(Relation, Place)] {
            let placeless = !key.contains(":") || [":date", ":code", "sessions/:id"].contains { key.contains($0) }
            return placeless ? [(.none, .commune)] : relations
        }
    }

    let app: Application
    let actors: [Caller]
    let commune: UUID, cb01: UUID, cb02: UUID, cb08: UUID, province: UUID
    let siblingCommune: UUID, siblingCell: UUID
    /// The matrix's member account's own record (never the target of a member's route).
    let ownMember: UUID
    /// The period the inspector's open item on CB08 reviews, and the member its member inspection concerns.
    let review: (CivilDate, CivilDate)
    let inspected: UUID

    static let demoPassword = "demo-password"

    static func make(_ app: Application) async throws -> MatrixWorld {
        _ = try await DemoLoader.load(
            on: app.db, passwordHash: try app.password.hash(demoPassword), actor: Actor(system: "test"), today: app.clock.today,
            force: false)
        let admin = try await Fixture.admin(app)
        let cb01 = DemoLoader.id("unit:cb01"), cb02 = DemoLoader.id("unit:cb02"), cb08 = DemoLoader.id("unit:cb08")
        let commune = DemoLoader.id("unit:" + DemoCommune.communeKey)
        let province = try #require(try await OrgUnit.find(commune, on: app.db)?.$parent.id)
        // The sibling commune: a commune beside the demo's, with a cell, a member and a meeting.
        func unit(_ parent: UUID, _ name: String, _ code: String, _ kind: UnitKind, _ type: CellType? = nil) async throws -> UUID {
            try await UnitService.create(
                app.db, admin, parentID: parent,
                draft: UnitDraft(
                    name: name, code: code, kind: kind.rawValue, cellType: type?.rawValue, termLabel: "2025–2030",
                    termStart: "2025-05-10"), today: app.clock.today
            ).id!
        }
        let siblingCommune = try await unit(province, "Đảng bộ xã Lăng Can", "ĐU", .grassroots)
        let siblingCell = try await unit(siblingCommune, "Chi bộ thôn Nà Đông", "CB01", .cell, .ruralVillage)
        _ = try await MemberService.create(
            app.db, admin, unitID: siblingCell,
            draft: MemberDraft(
                fullName: "Hà Thị Em", birthDate: "1970-03-15", gender: "female", cardNumber: "99000004", admissionDate: "1995-06-01",
                officialDate: "1996-06-01", status: "official"), today: CivilDate(year: 2026, month: 11, day: 1)!)
        let adminAPI = try await APIClient.login(app, "admin")
        let created = try await adminAPI.send(
            .POST, SiteURL.api(.unitMeetings(siblingCell)).path, json: #"{"kind":"regular","date":"2026-11-10"}"#)
        #expect(created.status == .ok || created.status == .created, "\(created.body.string)")

        // An uploaded member list (not committed) in each place.
        for unit in [cb01, cb02, cb08, commune, siblingCommune, province] {
            let file = ImportAppTests.header + "\r\n1,Ma Văn Tùng,02/01/1990,Nam,Tày,Thượng Lâm,,03/02/2026,,Chi bộ thôn Nà Thuôn"
            let uploaded = try await adminAPI.send(.POST, SiteURL.api(.unitPart(unit, .imports)).path, json: ImportAppTests.body(file))
            #expect(uploaded.status.code < 300, "\(uploaded.body.string)")
        }

        // A document on a meeting of each cell (the one the routes take) and on a member's file.
        let sql = app.db as! any SQLDatabase
        for cell in [cb01, cb02, cb08, siblingCell] {
            let inReview =
                cell == cb08
                ? try await Inspection.query(on: app.db).filter(\.$target.$id == cb08).filter(\.$status != .closed).first() : nil
            let range: SQLQueryString =
                inReview.map { "AND m.scheduled_date >= \(bind: $0.reviewFrom.iso) AND m.scheduled_date <= \(bind: $0.reviewTo.iso)" } ?? ""
            if let m = try await sql.raw("SELECT m.id FROM meetings m WHERE m.unit_id = \(bind: cell) \(range) \(unsafeRaw: meetingOrder)")
                .first()?
                .decode(column: "id", as: UUID.self)
            {
                let a = Attachment()
                a.$meeting.id = m
                (a.filename, a.contentType, a.size, a.sha256, a.data, a.uploadedBy) = (
                    "bien-ban.pdf", "application/pdf", 4, String(repeating: "0", count: 64), Data("%PDF".utf8), "test"
                )
                try await a.create(on: app.db)
            }
        }
        for cell in [cb01, cb02, cb08, siblingCell] {
            for m in try await Member.query(on: app.db).filter(\.$unit.$id == cell).sort(\.$sortKey).range(0..<2).all() {
                let d = FileDocument()
                d.$member.id = m.id!
                d.target = .statusPeriod
                d.targetID = UUID()
                (d.filename, d.contentType, d.size, d.sha256, d.data, d.uploadedBy) = (
                    "quyet-dinh.pdf", "application/pdf", 4, String(repeating: "0", count: 64), Data("%PDF".utf8), "test"
                )
                try await d.create(on: app.db)
            }
        }

        // A record of each kind in the sibling commune and the province.
        try await furnishOutside(
            app, admin: admin, commune: commune, cells: (cb01, cb02, cb08), province: province, siblingCommune: siblingCommune,
            siblingCell: siblingCell)

        // An officer of the commune's committee (a member of CB01), for the routes that end one.
        let officer = try #require(try await Member.query(on: app.db).filter(\.$unit.$id == cb01).sort(\.$sortKey).first())
        try await UnitOfficer(unitID: commune, memberID: officer.id!, role: .deputy, from: CivilDate(year: 2025, month: 5, day: 10)!)
            .create(on: app.db)

        // The member account: the last member of CB01 (the routes' targets are the first ones).
        let ownMember = try #require(
            try await Member.query(on: app.db).filter(\.$unit.$id == cb01).sort(\.$sortKey, .descending).first()?.id)
        _ = try await AccountService.create(
            app.db, admin, hasher: app.password.async(on: app.threadPool, hopTo: app.eventLoopGroup.any()),
            .init(
                username: "matrix.member", password: Fixture.password, displayName: "Đảng viên", memberID: ownMember,
                role: Role.member.rawValue, unitID: cb01))

        // The inspector (kiemtra) is on the team of the demo's item on CB08; a member inspection of
        // one of CB08's members, by the same team, opens that member's record to it.
        let item = try #require(
            try await Inspection.query(on: app.db).filter(\.$target.$id == cb08).filter(\.$status != .closed).first())
        let inspected = try #require(try await Member.query(on: app.db).filter(\.$unit.$id == cb08).sort(\.$sortKey).first()?.id)
        let onMember = Inspection()
        onMember.$unit.id = commune
        onMember.body = .inspectionCommittee
        onMember.year = item.year
        onMember.kind = .memberInspection
        onMember.$target.id = cb08
        onMember.$targetMember.id = inspected
        onMember.content = "Kiểm tra đảng viên chấp hành sinh hoạt chi bộ"
        onMember.reviewFrom = item.reviewFrom
        onMember.reviewTo = item.reviewTo
        onMember.startOn = item.startOn
        onMember.endOn = item.endOn
        onMember.status = .planned
        try await onMember.create(on: app.db)
        let team = InspectionTeamMember()
        team.$inspection.id = onMember.id!
        team.$account.id = DemoLoader.id("account:kiemtra")
        try await team.create(on: app.db)

        func actor(
            _ name: String, _ role: Role?, _ username: String?, _ password: String, _ relations: [(Relation, Place)]
        ) async throws
            -> Caller
        {
            let b = Browser(app)
            var api: APIClient?
            if let username {
                let res = try await b.login(username, password: password)
                #expect(res.status == .seeOther, "\(username) logs in")
                try await b.get("/")
                api = try await APIClient.login(app, username, password: password)
            }
            return Caller(name: name, role: role, browser: b, api: api, relations: relations)
        }
        let cellRelations: [(Relation, Place)] = [(.own, .cb01), (.sibling, .cb02), (.parent, .communeAbove)]
        let communeRelations: [(Relation, Place)] = [(.own, .commune), (.sibling, .sibling), (.parent, .province)]
        let actors = [
            try await actor("anonymous", nil, nil, "", [(.own, .commune)]),
            try await actor("member", .member, "matrix.member", Fixture.password, cellRelations),
            try await actor("secretary", .cellSecretary, "bt01", demoPassword, cellRelations),
            try await actor("staff", .committeeStaff, "vanphong", demoPassword, communeRelations),
            try await actor("inspector", .inspector, "kiemtra", demoPassword, communeRelations + [(.assigned, .assigned)]),
            // The installation's administrator: everywhere is its own.
            try await actor("administrator", .administrator, "admin", Fixture.password, [(.own, .commune)]),
        ]
        return MatrixWorld(
            app: app, actors: actors, commune: commune, cb01: cb01, cb02: cb02, cb08: cb08, province: province,
            siblingCommune: siblingCommune, siblingCell: siblingCell, ownMember: ownMember, review: (item.reviewFrom, item.reviewTo),
            inspected: inspected)
    }

    /// The place's unit (a unit's own routes).
    func unit(_ place: Place) -> UUID {
        switch place {
        case .cb01: cb01
        case .cb02: cb02
        case .commune, .communeAbove: commune
        case .sibling: siblingCommune
        case .province: province
        case .assigned: cb08
        }
    }

    /// The cell whose records stand for the place (a committee's own: its first cell); none where
    /// the place's records would be the role's own (a cell's parent) or where there is no cell.
    func cell(_ place: Place) -> UUID? {
        switch place {
        case .cb01, .commune: cb01
        case .cb02: cb02
        case .sibling: siblingCell
        case .assigned: cb08
        case .communeAbove, .province: nil
        }
    }

    /// The committee whose records (plans, rounds, courses) stand for the place.
    func committee(_ place: Place) -> UUID? {
        switch place {
        case .commune, .communeAbove: commune
        case .sibling: siblingCommune
        case .province: province
        case .cb01, .cb02, .assigned: nil
        }
    }

    var sql: any SQLDatabase { app.db as! any SQLDatabase }

    func first(_ query: SQLQueryString) async throws -> UUID? {
        try await sql.raw(query).first()?.decode(column: "id", as: UUID.self)
    }

    func firstPair(_ query: SQLQueryString) async throws -> (UUID, UUID)? {
        guard let row = try await sql.raw(query).first() else { return nil }
        return (try row.decode(column: "a", as: UUID.self), try row.decode(column: "b", as: UUID.self))
    }

    /// Locked meetings first (their documents exist), the latest first.
    static let meetingOrder = "ORDER BY CASE WHEN m.status = 'locked' THEN 0 ELSE 1 END, m.scheduled_date DESC, m.id LIMIT 1"

    /// The meetings the place's routes may take: the assigned place's within the period under review.
    func meetingFilter(_ place: Place) -> SQLQueryString {
        place == .assigned ? "AND m.scheduled_date >= \(bind: review.0.iso) AND m.scheduled_date <= \(bind: review.1.iso)" : ""
    }

    /// The route's address with a real record of the place in each parameter; nil when the place
    /// has no such record.
    func key(_ route: Route) -> String { AuthorisationMatrix.key(route) }

    /// The route's address; "" where the place can hold no such record.
    func path(for route: Route, at place: Place) async throws -> String? {
        var components = route.path.map(\.description)
        let offset = components.starts(with: ["api", "v1"]) ? 2 : 0
        let resource = components.count > offset ? components[offset] : ""
        let names = components.enumerated().filter { $0.element.hasPrefix(":") }
        guard !names.isEmpty else { return "/" + components.joined(separator: "/") }
        let second = names.count > 1 ? components[names[1].offset - 1] : ""
        var values: [String: UUID] = [:]
        var texts: [String: String] = [:]
        let cell = cell(place), committee = committee(place)
        let notOwn = place == .assigned ? inspected : nil
        switch (resource, second) {
        case ("units", ""):
            // A cell's own pages (its fees) take the place's cell.
            if key(route).hasSuffix("/fees") {
                guard let cell else { return "" }
                values[":id"] = cell
            } else {
                values[":id"] = unit(place)
            }
        case ("units", "officers"):
            guard let pair = try await firstPair("SELECT unit_id AS a, id AS b FROM unit_officers WHERE unit_id = \(bind: unit(place))")
            else { return nil }
            (values[":id"], values[":officer"]) = pair
        case ("members", ""):
            guard let cell else { return "" }
            if let notOwn {
                values[":id"] = notOwn
            } else {
                values[":id"] = try await first(
                    "SELECT id FROM members WHERE unit_id = \(bind: cell) AND id <> \(bind: ownMember) ORDER BY sort_key LIMIT 1")
            }
        case ("members", "documents"):
            guard let cell else { return "" }
            guard
                let pair = try await firstPair(
                    """
                    SELECT d.member_id AS a, d.id AS b FROM file_documents d JOIN members m ON m.id = d.member_id
                    WHERE m.unit_id = \(bind: cell) AND m.id <> \(bind: ownMember) \(place == .assigned ? "AND m.id = \(bind: inspected)" as SQLQueryString : "") ORDER BY d.id LIMIT 1
                    """)
            else { return nil }
            (values[":id"], values[":document"]) = pair
        case ("meetings", ""), ("tasks", ""):
            guard let cell else { return "" }
            if resource == "tasks" {
                values[":id"] = try await first("SELECT id FROM tasks WHERE unit_id = \(bind: cell) ORDER BY id LIMIT 1")
            } else {
                values[":id"] = try await first(
                    "SELECT m.id FROM meetings m WHERE m.unit_id = \(bind: cell) \(meetingFilter(place)) \(unsafeRaw: Self.meetingOrder)")
            }
        case ("meetings", let part):
            guard let cell else { return "" }
            let (table, column, name): (String, String, String) =
                switch part {
                case "votes": ("votes", "id", ":vote")
                case "agenda": ("agenda_items", "id", ":item")
                case "visits": ("superior_visits", "id", ":visit")
                case "attachments": ("attachments", "id", ":attachment")
                default: ("meeting_attendance", "member_id", ":member")
                }
            guard
                let pair = try await firstPair(
                    """
                    SELECT m.id AS a, x.\(unsafeRaw: column) AS b FROM meetings m JOIN \(unsafeRaw: table) x ON x.meeting_id = m.id
                    WHERE m.unit_id = \(bind: cell) \(meetingFilter(place)) ORDER BY m.scheduled_date DESC, x.id LIMIT 1
                    """)
            else { return nil }
            (values[":id"], values[name]) = pair
        case ("imports", ""):
            values[":id"] = try await first("SELECT id FROM import_files WHERE unit_id = \(bind: unit(place)) ORDER BY id LIMIT 1")
        case ("reports", ""), ("issues", ""), ("sympathisers", ""), ("org-evaluations", ""):
            guard let cell else { return "" }
            let table =
                [
                    "reports": "monthly_reports", "issues": "raised_issues", "sympathisers": "sympathisers",
                    "org-evaluations": "org_evaluations",
                ][
                    resource]!
            values[":id"] = try await first("SELECT id FROM \(unsafeRaw: table) WHERE unit_id = \(bind: cell) ORDER BY id LIMIT 1")
        case ("member-evaluations", ""):
            guard let cell else { return "" }
            values[":id"] = try await first(
                "SELECT id FROM member_evaluations WHERE unit_id = \(bind: cell) AND member_id <> \(bind: ownMember) ORDER BY id LIMIT 1")
        case ("sympathisers", "documents"):
            guard let cell else { return "" }
            guard
                let pair = try await firstPair(
                    """
                    SELECT d.sympathiser_id AS a, d.id AS b FROM file_documents d JOIN sympathisers s ON s.id = d.sympathiser_id
                    WHERE s.unit_id = \(bind: cell) ORDER BY d.id LIMIT 1
                    """)
            else { return nil }
            (values[":id"], values[":document"]) = pair
        case ("inspections", ""), ("models", ""), ("evaluations", ""), ("courses", ""), ("contests", ""):
            guard let committee else { return "" }
            let table =
                [
                    "inspections": "inspections", "models": "model_meetings", "evaluations": "evaluation_rounds", "courses": "courses",
                    "contests": "contests",
                ][resource]!
            // A round: one with its decision (its documents exist).
            // A model: one of another group than the villages' (CB01, CB02 are villages, which may
            // open their own group's model): a cell's role does not find it.
            let order =
                resource == "evaluations"
                ? "ORDER BY CASE WHEN decision_number IS NULL THEN 1 ELSE 0 END, first_day DESC, id"
                : resource == "models" ? "ORDER BY CASE WHEN cell_group = 'residential' THEN 1 ELSE 0 END, cell_group, id" : "ORDER BY id"
            values[":id"] = try await first(
                "SELECT id FROM \(unsafeRaw: table) WHERE unit_id = \(bind: committee) \(unsafeRaw: order) LIMIT 1")
        case ("inspections", "remedies"):
            guard let committee else { return "" }
            guard
                let pair = try await firstPair(
                    """
                    SELECT i.id AS a, r.id AS b FROM inspections i JOIN inspection_remedies r ON r.inspection_id = i.id
                    WHERE i.unit_id = \(bind: committee) ORDER BY r.id LIMIT 1
                    """)
            else { return nil }
            (values[":id"], values[":remedy"]) = pair
        case ("courses", "attendees"), ("contests", "entrants"):
            guard let committee else { return "" }
            let (parent, table, key) =
                resource == "courses" ? ("courses", "course_attendees", "course_id") : ("contests", "contest_entrants", "contest_id")
            guard
                let pair = try await firstPair(
                    """
                    SELECT p.id AS a, x.member_id AS b FROM \(unsafeRaw: parent) p JOIN \(unsafeRaw: table) x ON x.\(unsafeRaw: key) = p.id
                    WHERE p.unit_id = \(bind: committee) ORDER BY x.id LIMIT 1
                    """)
            else { return nil }
            (values[":id"], values[":member"]) = pair
        case ("accounts", ""):
            // Not an account the matrix signs in with: an allowed write may deactivate it.
            values[":id"] = try await first(
                """
                SELECT r.account_id AS id FROM account_roles r JOIN accounts a ON a.id = r.account_id
                WHERE r.unit_id = \(bind: unit(place)) AND a.username NOT IN ('vanphong', 'kiemtra', 'admin', 'bt01', 'matrix.member')
                ORDER BY a.username LIMIT 1
                """)
        case ("accounts", "roles"):
            guard
                let pair = try await firstPair(
                    """
                    SELECT r.account_id AS a, r.id AS b FROM account_roles r JOIN accounts a ON a.id = r.account_id
                    WHERE r.unit_id = \(bind: unit(place)) AND a.username NOT IN ('vanphong', 'kiemtra', 'admin', 'bt01', 'matrix.member')
                    ORDER BY a.username LIMIT 1
                    """)
            else { return nil }
            (values[":id"], values[":role"]) = pair
        case ("units", "liaisons"):
            // A cell under the place followed by its own committee (the cell's parent); outside the
            // cell's own place, not the member's own cell.
            guard
                let pair = try await firstPair(
                    """
                    SELECT l.unit_id AS a, l.id AS b FROM unit_liaisons l JOIN unit_closure c ON c.descendant_id = l.unit_id
                    JOIN units u ON u.id = l.unit_id
                    WHERE c.ancestor_id = \(bind: unit(place)) AND l.until_date IS NULL AND l.level_id = u.parent_id
                      AND (l.unit_id = \(bind: unit(place)) OR (u.parent_id = \(bind: unit(place)) AND l.unit_id <> \(bind: cb01)))
                    ORDER BY u.code LIMIT 1
                    """)
            else { return nil }
            (values[":id"], values[":liaison"]) = pair
        case ("account", _), ("me", _):
            // Someone else's session: the administrator's first.
            values[":id"] = UUID()
        case ("holidays", _):
            texts[":date"] = "2026-12-31"
        case ("lang", _):
            texts[":code"] = "vi"
        default:
            return nil
        }
        for (n, c) in components.enumerated() where c.hasPrefix(":") {
            if let v = values[c] {
                components[n] = v.lowercased
            } else if let t = texts[c] {
                components[n] = t
            } else {
                return nil
            }
        }
        return "/" + components.joined(separator: "/")
    }

    /// Sends the request as the actor; a write carries an empty form (web) or an empty object (API).
    func send(_ method: HTTPMethod, _ path: String, as actor: Caller, api: Bool) async throws -> HTTPStatus {
        if api {
            var status = HTTPStatus.internalServerError
            try await app.testing().test(
                method, path,
                beforeRequest: { req in
                    if let token = actor.api?.token { req.headers.bearerAuthorization = BearerAuthorization(token: token) }
                    if method != .GET {
                        req.headers.contentType = .json
                        req.body = ByteBuffer(string: "{}")
                    }
                }, afterResponse: { res in status = res.status })
            return status
        }
        if method == .GET { return try await actor.browser.get(path).status }
        return try await actor.browser.post(path, [:]).status
    }

    /// Rows of the tables a write would touch, and the audit.
    func counts() async throws -> [String: Int] {
        var out: [String: Int] = [:]
        for table in [
            "audit_log", "units", "members", "member_status_periods", "meetings", "meeting_attendance", "agenda_items", "votes", "tasks",
            "attachments", "accounts", "account_roles", "raised_issues", "monthly_reports", "inspections", "inspection_findings",
            "inspection_remedies", "sympathisers", "admission_steps", "file_documents", "courses", "contests", "evaluation_rounds",
            "member_evaluations", "org_evaluations", "unit_settings", "party_fees", "superior_visits", "holiday_overrides", "import_files",
            "unit_officers", "model_meetings", "speeches", "meeting_guests",
        ] {
            out[table] = try await sql.raw("SELECT COUNT(*) AS n FROM \(unsafeRaw: table)").first()?.decode(column: "n", as: Int.self)
        }
        return out
    }
}
