import ChiBoCore
import Fluent
import SQLKit
import Vapor

/// A round as lists show it, with how far its members have come.
struct EvaluationRoundDTO: Content, Equatable {
    let id: UUID
    let unitId: UUID
    let unitName: String
    let kind: EvaluationPeriodKind
    let firstDay: CivilDate
    let lastDay: CivilDate
    let year: Int
    let status: EvaluationRoundStatus
    let openedOn: CivilDate
    let decisionNumber: String?
    let decisionOn: CivilDate?
    let publishedOn: CivilDate?

    init(_ r: EvaluationRound) {
        id = r.id!
        unitId = r.$unit.id
        unitName = r.unit.name
        kind = r.kind
        firstDay = r.firstDay
        lastDay = r.lastDay
        year = r.year
        status = r.status
        openedOn = r.openedOn
        decisionNumber = r.decisionNumber
        decisionOn = r.decisionOn
        publishedOn = r.publishedOn
    }
}

/// The share of "excellent" at one step, as every step flags it.
struct CapFlag: Content, Equatable {
    /// `self`, `cell`, `appraisal`, `final`.
    let step: String
    let excellent: Int
    let good: Int
    let allowed: Int
    let broken: Bool
    let vi: String
    let en: String

    init(step: String, _ cap: ExcellentCap) {
        self.step = step
        excellent = cap.excellent
        good = cap.good
        allowed = cap.allowed
        broken = cap.isBroken
        vi = cap.arithmetic(.vi)
        en = cap.arithmetic(.en)
    }

    static func steps(share: Int, members: [MemberEvaluation]) -> [CapFlag] {
        [
            CapFlag(step: "self", ExcellentCap(share: share, levels: members.map(\.selfLevel))),
            CapFlag(step: "cell", ExcellentCap(share: share, levels: members.map(\.cellLevel))),
            CapFlag(step: "appraisal", ExcellentCap(share: share, levels: members.map(\.appraisedLevel))),
        ]
    }
}

/// A unit's rounds (`GET /units/{id}/evaluations` and its API): the committee's own, or for a
/// cell the rounds its members are in; the form to open one.
struct EvaluationsPage: Content {
    let unit: UnitDTO
    let rounds: [EvaluationRoundDTO]
    let canOpen: Bool
    /// The form's default: this year.
    let year: Int

    static func load(_ db: any Database, _ principal: Principal, unitID: UUID, today: CivilDate) async throws -> EvaluationsPage {
        let unit = try await UnitService.find(db, principal, unitID, for: .readMeetings)
        let rounds = try await EvaluationService.rounds(db, unitID: unitID)
        let decides = try await Scope.allows(principal, .recordDecisions, unit: unitID, on: db)
        let canOpen = decides && !unit.kind.isCell
        return EvaluationsPage(unit: UnitDTO(unit), rounds: rounds.map(EvaluationRoundDTO.init), canOpen: canOpen, year: today.year)
    }
}

/// One member's row in a round.
struct MemberEvaluationRow: Content, Equatable {
    let id: UUID
    let memberId: UUID
    let name: String
    let unitId: UUID
    let unitName: String
    let form: SelfAssessmentForm
    let next: MemberEvaluationStep
    let selfScore: Int?
    let selfLevel: EvaluationLevel?
    let cellScore: Int?
    let cellLevel: EvaluationLevel?
    /// The committee's appraisal and decision: shown to the cell and the committee, to the member
    /// once published.
    let appraisedLevel: EvaluationLevel?
    let finalLevel: EvaluationLevel?
}

/// A round's figures by aggregate SQL, never its rows: the members counted by cell and by their
/// level at each step, with how many of them the committee has not appraised yet. The caps, the
/// pending count and the cells' summaries all come from these groups (`EvaluationRoundPageTests`
/// compares them with a count over the rows).
struct RoundTally: Sendable, Equatable {
    struct Group: Sendable, Equatable {
        let unitID: UUID
        let selfLevel: EvaluationLevel?
        let cellLevel: EvaluationLevel?
        let appraisedLevel: EvaluationLevel?
        let finalLevel: EvaluationLevel?
        let count: Int
        /// Of them, not yet appraised.
        let pending: Int
    }

    let groups: [Group]

    static func load(_ db: any Database, roundID: UUID) async throws -> RoundTally {
        let sql = db as! any SQLDatabase
        let rows = try await sql.raw(
            """
            SELECT unit_id, self_level, cell_level, appraised_level, final_level, COUNT(*) AS n, \
            SUM(CASE WHEN appraised_on IS NULL THEN 1 ELSE 0 END) AS pending \
            FROM member_evaluations WHERE round_id = \(bind: roundID) \
            GROUP BY unit_id, self_level, cell_level, appraised_level, final_level
            """
        ).all()
        return RoundTally(
            groups: try rows.map { row in
                Group(
                    unitID: try row.decode(column: "unit_id", as: UUID.self),
                    selfLevel: try row.decode(enumColumn: "self_level", as: EvaluationLevel?.self),
                    cellLevel: try row.decode(enumColumn: "cell_level", as: EvaluationLevel?.self),
                    appraisedLevel: try row.decode(enumColumn: "appraised_level", as: EvaluationLevel?.self),
                    finalLevel: try row.decode(enumColumn: "final_level", as: EvaluationLevel?.self),
                    count: Int(try row.decode(column: "n", as: Int64.self)),
                    pending: Int(try row.decode(column: "pending", as: Int64.self)))
            })
    }

    /// The share of "excellent" at a step over the whole round.
    func cap(share: Int, _ level: (Group) -> EvaluationLevel?) -> ExcellentCap {
        ExcellentCap(
            share: share, excellent: groups.filter { level($0) == .excellent }.reduce(0) { $0 + $1.count },
            good: groups.filter { level($0) == .good }.reduce(0) { $0 + $1.count })
    }

    var pending: Int { groups.reduce(0) { $0 + $1.pending } }

    /// The cells the round's members are in.
    var cells: Set<UUID> { Set(groups.map(\.unitID)) }

    /// The members of the cells given.
    func members(in cells: Set<UUID>) -> Int { groups.filter { cells.contains($0.unitID) }.reduce(0) { $0 + $1.count } }

    /// A cell's line: its members, those not appraised, and by level as it stands (the decision's
    /// levels when `decisionShown`, else the cell's proposal).
    func summary(_ cell: OrgUnit, decisionShown: Bool) -> EvaluationRoundPage.CellSummary {
        let mine = groups.filter { $0.unitID == cell.id! }
        func count(_ l: EvaluationLevel) -> Int {
            mine.filter { g in (decisionShown ? (g.finalLevel ?? g.appraisedLevel ?? g.cellLevel) : g.cellLevel) == l }
                .reduce(0) { $0 + $1.count }
        }
        return EvaluationRoundPage.CellSummary(
            unitId: cell.id!, name: cell.name, members: mine.reduce(0) { $0 + $1.count },
            pending: mine.reduce(0) { $0 + $1.pending }, excellent: count(.excellent), good: count(.good),
            completed: count(.completed), notCompleted: count(.notCompleted))
    }
}

/// A round (`GET /evaluations/{id}[?cell=][&after=]` and its API): one page of its members (those
/// the reader may see, of one cell when asked) in Vietnamese order, paged by key; its
/// organisations; the share of "excellent" flagged at each step and the cells' lines, counted by
/// SQL (`RoundTally`); what the reader may do. The round's actions (appraise all, decide, publish)
/// act on the whole round whatever page is shown.
struct EvaluationRoundPage: Content {
    struct OrgRow: Content, Equatable {
        let id: UUID
        let unitId: UUID
        let unitName: String
        let selfScore: Int?
        let selfLevel: EvaluationLevel?
        let score: Int?
        let level: EvaluationLevel?
        let finalLevel: EvaluationLevel?
    }

    /// A cell's members in the round: how many, how many still before the appraisal, and by level
    /// as it stands (the latest step recorded).
    struct CellSummary: Content, Equatable {
        let unitId: UUID
        let name: String
        let members: Int
        let pending: Int
        let excellent: Int
        let good: Int
        let completed: Int
        let notCompleted: Int
    }

    /// A page of the members' list.
    static let perPage = 50 // not a rule: a page of the list

    let round: EvaluationRoundDTO
    let share: Int
    /// One page of the members the reader sees, in Vietnamese order (`sort_key`, then id).
    let members: [MemberEvaluationRow]
    /// How many members the list holds over all its pages.
    let total: Int
    /// The cursor of the next page (`after=`); nil on the last one.
    let next: String?
    let organisations: [OrgRow]
    /// The members' share of "excellent" at each step over the whole round, and the organisations'.
    /// Shown to the committee, the readers of the round and the cells' secretaries, or once
    /// published; a member sees their own row only.
    let caps: [CapFlag]
    let organisationCap: CapFlag?
    /// Counts of the round by level as it stands (the latest step of each member).
    let pending: Int
    let cells: [Choice]
    /// By cell, for a reader of several cells (the page shows these, then one cell's members).
    let summaries: [CellSummary]
    let cell: UUID?
    /// A later page than the first is shown.
    let later: Bool
    let canAppraise: Bool
    let canDecide: Bool
    let canPublish: Bool
    let canPrint: Bool

    static func load(
        _ db: any Database, _ principal: Principal, id: UUID, cell: UUID?, after: String? = nil, today: CivilDate
    ) async throws
        -> EvaluationRoundPage
    {
        let (r, access) = try await EvaluationService.round(db, principal, id)
        let tally = try await RoundTally.load(db, roundID: id)
        let orgs = try await OrgEvaluation.query(on: db).filter(\.$round.$id == id).with(\.$unit).all()
        let share = try await EvaluationService.share(db, r)
        let revealed = access.reader || !access.cells.isEmpty || r.status == .published
        func decisionShown(in unit: UUID) -> Bool {
            revealed && (access.reader || access.cells.contains(unit) || r.status == .published)
        }
        let units = try await OrgUnit.query(on: db).filter(\.$id ~~ Array(tally.cells)).all()
        let names = Dictionary(units.map { ($0.id!, $0.name) }, uniquingKeysWith: { a, _ in a })
        // The cells whose members the reader sees, of the one asked for; a member their own row too.
        var listed = access.reader ? tally.cells : tally.cells.intersection(access.cells)
        if let cell { listed = listed.intersection([cell]) }
        var own: MemberEvaluation? = nil
        if !access.reader, let m = access.member,
            let e = try await MemberEvaluation.query(on: db).filter(\.$round.$id == id).filter(\.$member.$id == m).first(),
            !listed.contains(e.$unit.id), cell == nil || e.$unit.id == cell
        {
            own = e
        }
        let cursor = KeyCursor(after)
        var page = try await Self.page(db, roundID: id, units: access.reader ? cell.map { Set([$0]) } : listed, after: cursor)
        if let own, cursor.map({ (own.sortKey, own.id!.uuidString) > ($0.s, $0.k.uppercased()) }) ?? true {
            page.append(own)
            page.sort { ($0.sortKey, $0.id!.uuidString) < ($1.sortKey, $1.id!.uuidString) }
        }
        let more = page.count > perPage
        if more { page.removeLast(page.count - perPage) }
        let rows = page.map { e in
            let shown = decisionShown(in: e.$unit.id)
            return MemberEvaluationRow(
                id: e.id!, memberId: e.$member.id, name: e.fullName, unitId: e.$unit.id, unitName: names[e.$unit.id] ?? "", form: e.form,
                next: e.next, selfScore: e.selfScore, selfLevel: e.selfLevel, cellScore: e.cellScore, cellLevel: e.cellLevel,
                appraisedLevel: shown ? e.appraisedLevel : nil, finalLevel: shown ? e.finalLevel : nil)
        }
        let orgRows = orgs.filter { access.sees(org: $0.$unit.id) }.sorted { $0.unit.code < $1.unit.code }.map {
            OrgRow(
                id: $0.id!, unitId: $0.$unit.id, unitName: $0.unit.name, selfScore: $0.selfScore, selfLevel: $0.selfLevel,
                score: $0.score, level: $0.level, finalLevel: $0.finalLevel)
        }
        var caps =
            revealed
            ? [
                CapFlag(step: "self", tally.cap(share: share, \.selfLevel)), CapFlag(step: "cell", tally.cap(share: share, \.cellLevel)),
                CapFlag(step: "appraisal", tally.cap(share: share, \.appraisedLevel)),
            ] : []
        if revealed && r.status != .open { caps.append(CapFlag(step: "final", tally.cap(share: share, \.finalLevel))) }
        let cells = units.filter { access.reader || access.cells.contains($0.id!) }.sorted { $0.code < $1.code }
        return EvaluationRoundPage(
            round: EvaluationRoundDTO(r), share: share, members: rows, total: tally.members(in: listed) + (own == nil ? 0 : 1),
            next: more ? page.last.map { KeyCursor(s: $0.sortKey, k: $0.id!.uuidString).encoded } : nil, organisations: orgRows,
            caps: caps,
            organisationCap: revealed
                ? CapFlag(step: "organisations", ExcellentCap(share: share, levels: orgs.map { $0.level ?? $0.selfLevel })) : nil,
            pending: tally.pending, cells: cells.map { Choice(id: $0.id!, name: $0.name) },
            summaries: cells.map { tally.summary($0, decisionShown: decisionShown(in: $0.id!)) }, cell: cell,
            later: cursor != nil, canAppraise: access.committee && r.status == .open, canDecide: access.committee && r.status == .open,
            canPublish: access.committee && r.status == .decided, canPrint: access.reader)
    }

    /// One page of a round's members after the cursor, in Vietnamese order, of the cells given
    /// (every cell when nil): one more than a page, to tell whether another follows.
    static func page(_ db: any Database, roundID: UUID, units: Set<UUID>?, after: KeyCursor?) async throws -> [MemberEvaluation] {
        if units?.isEmpty == true { return [] }
        var query = MemberEvaluation.query(on: db).filter(\.$round.$id == roundID)
        if let units, units.count == 1, let unit = units.first {
            query = query.filter(\.$unit.$id == unit)
        } else if let units {
            query = query.filter(\.$unit.$id ~~ Array(units))
        }
        if let after, let key = UUID(uuidString: after.k) {
            query = query.filter(
                .sql(
                    "(member_evaluations.sort_key, member_evaluations.id) > (\(bind: after.s), \(bind: key))" as SQLQueryString))
        }
        return try await query.sort(\.$sortKey).sort(\.$id).limit(perPage + 1).all()
    }
}

/// A member's evaluation (`GET /member-evaluations/{id}` and its API): the steps recorded, what
/// ChiBo knows of the member over the period beside the form, the caps, what the reader may do.
struct MemberEvaluationPage: Content {
    struct Step: Content, Equatable {
        let score: Int?
        let level: EvaluationLevel?
        let text: String?
        let on: CivilDate?
        let by: String?
        /// The share of criteria and targets exceeded it declares.
        var exceeding: Int? = nil
    }

    let round: EvaluationRoundDTO
    let id: UUID
    let memberId: UUID
    let name: String
    let unitId: UUID
    let unitName: String
    let form: SelfAssessmentForm
    let residenceNeeded: Bool
    let next: MemberEvaluationStep
    let selfAssessment: Step
    let residence: Step
    let cell: Step
    let appraisal: Step?
    let finalLevel: EvaluationLevel?
    let facts: MemberRecordFacts
    let caps: [LevelCap]
    /// The highest level the caps allow.
    let ceiling: EvaluationLevel
    let rules: EvaluationRules
    let canSelf: Bool
    let canResidence: Bool
    let canCell: Bool
    let canAppraise: Bool

    static func load(_ db: any Database, _ principal: Principal, id: UUID, today: CivilDate) async throws -> MemberEvaluationPage {
        let (e, r, access) = try await EvaluationService.evaluation(db, principal, id)
        let facts = try await EvaluationService.facts(db, memberID: e.$member.id, period: r.period, today: today)
        let caps = EvaluationSteps.caps(facts)
        let open = r.status == .open
        let cellStaff = access.cells.contains(e.$unit.id) || access.committee
        let own = e.$member.id == access.member
        let decisionShown = access.reader || access.cells.contains(e.$unit.id) || r.status == .published
        return MemberEvaluationPage(
            round: EvaluationRoundDTO(r), id: e.id!, memberId: e.$member.id, name: e.fullName, unitId: e.$unit.id, unitName: e.unit.name,
            form: e.form, residenceNeeded: e.residenceNeeded, next: e.next,
            selfAssessment: Step(
                score: e.selfScore, level: e.selfLevel, text: e.selfText, on: e.selfOn, by: e.selfBy, exceeding: e.selfExceeding),
            residence: Step(score: nil, level: nil, text: e.residenceComment, on: e.residenceOn, by: e.residenceBy),
            cell: Step(score: e.cellScore, level: e.cellLevel, text: e.cellComment, on: e.cellOn, by: e.cellBy, exceeding: e.cellExceeding),
            appraisal: decisionShown
                ? Step(score: nil, level: e.appraisedLevel, text: e.appraisalNote, on: e.appraisedOn, by: e.appraisedBy) : nil,
            finalLevel: decisionShown ? e.finalLevel : nil, facts: facts, caps: caps, ceiling: EvaluationSteps.ceiling(caps),
            rules: EvaluationService.rules(r),
            canSelf: open && (own || cellStaff) && e.residenceOn == nil && e.cellOn == nil,
            canResidence: open && cellStaff && e.residenceNeeded && e.selfOn != nil && e.cellOn == nil,
            canCell: open && cellStaff && e.next != .selfAssessment && e.next != .residence && e.appraisedOn == nil,
            canAppraise: open && access.committee && e.cellOn != nil)
    }
}

/// A party organisation's evaluation (`GET /org-evaluations/{id}` and its API): its report, the
/// superior's rating, ChiBo's figures for the period, the caps.
struct OrgEvaluationPage: Content {
    let round: EvaluationRoundDTO
    let id: UUID
    let unitId: UUID
    let unitName: String
    let selfReport: MemberEvaluationPage.Step
    let rating: MemberEvaluationPage.Step
    let collectiveDisciplined: Bool
    let finalLevel: EvaluationLevel?
    let facts: OrganisationRecordFacts
    let caps: [LevelCap]
    let ceiling: EvaluationLevel
    let rules: EvaluationRules
    let canReport: Bool
    let canRate: Bool

    static func load(_ db: any Database, _ principal: Principal, id: UUID, today: CivilDate) async throws -> OrgEvaluationPage {
        let (o, r, access) = try await EvaluationService.org(db, principal, id)
        let facts = try await EvaluationService.orgFacts(db, unitID: o.$unit.id, round: r, today: today)
        let caps = EvaluationSteps.caps(facts, collectiveDisciplined: o.collectiveDisciplined)
        let open = r.status == .open
        return OrgEvaluationPage(
            round: EvaluationRoundDTO(r), id: o.id!, unitId: o.$unit.id, unitName: o.unit.name,
            selfReport: .init(
                score: o.selfScore, level: o.selfLevel, text: o.selfReport, on: o.selfOn, by: o.selfBy, exceeding: o.selfExceeding),
            rating: .init(score: o.score, level: o.level, text: o.comment, on: o.ratedOn, by: o.ratedBy, exceeding: o.exceeding),
            collectiveDisciplined: o.collectiveDisciplined, finalLevel: o.finalLevel, facts: facts, caps: caps,
            ceiling: EvaluationSteps.ceiling(caps), rules: EvaluationService.rules(r),
            canReport: open && (access.cells.contains(o.$unit.id) || access.committee) && o.ratedOn == nil,
            canRate: open && access.committee && o.selfOn != nil)
    }
}

/// A member's own evaluation as their home page lists it: the round, the next step, the level
/// once published.
struct OwnEvaluation: Content, Equatable {
    let id: UUID
    let round: EvaluationRoundDTO
    let next: MemberEvaluationStep
    let finalLevel: EvaluationLevel?

    /// The member's latest three.
    static func load(_ db: any Database, memberID: UUID) async throws -> [OwnEvaluation] {
        try await MemberEvaluation.query(on: db).filter(\.$member.$id == memberID)
            .join(EvaluationRound.self, on: \MemberEvaluation.$round.$id == \EvaluationRound.$id)
            .sort(EvaluationRound.self, \.$lastDay, .descending).limit(3).with(\.$round) { $0.with(\.$unit) }.all()
            .map { e in
                OwnEvaluation(
                    id: e.id!, round: EvaluationRoundDTO(e.round), next: e.next,
                    finalLevel: e.round.status == .published ? e.finalLevel : nil)
            }
    }
}
