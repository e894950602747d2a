import ChiBoCore
import Fluent
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

/// A round (`GET /evaluations/{id}[?cell=]` and its API): its members (those the reader may
/// see, of one cell when asked), its organisations, the share of "excellent" flagged at each
/// step, what the reader may do.
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

    let round: EvaluationRoundDTO
    let share: Int
    let members: [MemberEvaluationRow]
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
    let canAppraise: Bool
    let canDecide: Bool
    let canPublish: Bool
    let canPrint: Bool

    static func load(
        _ db: any Database, _ principal: Principal, id: UUID, cell: UUID?, today: CivilDate
    ) async throws
        -> EvaluationRoundPage
    {
        let (r, access) = try await EvaluationService.round(db, principal, id)
        let all = try await MemberEvaluation.query(on: db).filter(\.$round.$id == id).with(\.$unit).all()
        let orgs = try await OrgEvaluation.query(on: db).filter(\.$round.$id == id).with(\.$unit).all()
        let share = try await EvaluationService.share(db, r)
        let revealed = access.reader || !access.cells.isEmpty || r.status == .published
        let visible = all.filter { access.sees($0) && (cell == nil || $0.$unit.id == cell) }
            .sorted { ($0.unit.code, $0.sortKey) < ($1.unit.code, $1.sortKey) }
        func decisionShownFor(_ e: MemberEvaluation) -> Bool {
            revealed && (access.reader || access.cells.contains(e.$unit.id) || r.status == .published)
        }
        let rows = visible.map { e in
            let decisionShown = decisionShownFor(e)
            return MemberEvaluationRow(
                id: e.id!, memberId: e.$member.id, name: e.fullName, unitId: e.$unit.id, unitName: e.unit.name, form: e.form,
                next: e.next, selfScore: e.selfScore, selfLevel: e.selfLevel, cellScore: e.cellScore, cellLevel: e.cellLevel,
                appraisedLevel: decisionShown ? e.appraisedLevel : nil, finalLevel: decisionShown ? e.finalLevel : nil)
        }
        let orgRows = orgs.filter { access.sees(org: $0.$unit.id) }.sorted { $0.unit.code < $1.unit.code }.map {
            OrgRow(
                id: $0.id!, unitId: $0.$unit.id, unitName: $0.unit.name, selfScore: $0.selfScore, selfLevel: $0.selfLevel,
                score: $0.score, level: $0.level, finalLevel: $0.finalLevel)
        }
        var caps = revealed ? CapFlag.steps(share: share, members: all) : []
        if revealed && r.status != .open { caps.append(CapFlag(step: "final", ExcellentCap(share: share, levels: all.map(\.finalLevel)))) }
        let cells = Dictionary(all.map { ($0.$unit.id, $0.unit) }, uniquingKeysWith: { a, _ in a }).values
            .filter { access.reader || access.cells.contains($0.id!) }.sorted { $0.code < $1.code }
        let summaries = cells.map { c in
            let mine = all.filter { $0.$unit.id == c.id! }
            let levels = mine.map { e in decisionShownFor(e) ? (e.finalLevel ?? e.appraisedLevel ?? e.cellLevel) : e.cellLevel }
            return CellSummary(
                unitId: c.id!, name: c.name, members: mine.count, pending: mine.filter { $0.appraisedOn == nil }.count,
                excellent: levels.filter { $0 == .excellent }.count, good: levels.filter { $0 == .good }.count,
                completed: levels.filter { $0 == .completed }.count, notCompleted: levels.filter { $0 == .notCompleted }.count)
        }
        return EvaluationRoundPage(
            round: EvaluationRoundDTO(r), share: share, members: rows, organisations: orgRows, caps: caps,
            organisationCap: revealed
                ? CapFlag(step: "organisations", ExcellentCap(share: share, levels: orgs.map { $0.level ?? $0.selfLevel })) : nil,
            pending: all.filter { $0.appraisedOn == nil }.count, cells: cells.map { Choice(id: $0.id!, name: $0.name) },
            summaries: summaries, cell: cell,
            canAppraise: access.committee && r.status == .open, canDecide: access.committee && r.status == .open,
            canPublish: access.committee && r.status == .decided, canPrint: access.reader)
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
