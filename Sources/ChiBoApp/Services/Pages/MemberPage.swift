import ChiBoCore
import Fluent
import Vapor

/// A member's party life as the record page and `GET /api/v1/members/{id}/life` show it: every
/// dated period with its decision, the standing today, and what waits on a decision.
struct MemberLife: Content, Equatable {
    /// A passed vote of the cell on this member that no decision has used yet.
    struct PendingVote: Content, Equatable {
        let voteId: UUID
        let kind: VoteKind
        let meetingId: UUID
        let date: String
        let explanation: String?
    }

    /// The day the standing is read for (today).
    let asOf: String
    /// Periods, oldest first.
    let periods: [StatusPeriodDTO]
    /// The standing today; nil when not a member today (not yet admitted, or left).
    let today: StandingDTO?
    /// A probationary member: the last day of the probation and the official date it leads to.
    let probationEnds: String?
    let officialFrom: String?
    let pendingVotes: [PendingVote]
    /// A permanent transfer out: the introduction letter is valid until this day (the rulebook's days).
    let letterValidUntil: String?
    /// A probationary member's recognition file so far (forms 10–14-KNĐ), and the steps open now.
    let recognitionSteps: [RecognitionStepDTO]
    let recognitionOpen: [RecognitionStep]
    /// A probationary member the cell did not propose for recognition: its vote, which the
    /// committee's striking off rests on.
    let failedRecognition: PendingVote?
    /// A member who moved away: the last day for the permanent transfer while it is not made,
    /// or, once made, the working days it came late (nil when on time).
    let transferDue: String?
    /// The permanent transfer's deadline has passed (`Deadline.state`, working days).
    let transferOverdue: Bool
    let transferLateDays: Int?
    /// The admission file the member came through, when they were recruited here.
    let admission: AdmissionFile?
    /// The documents on the member's file: next to its periods (decisions), its recognition
    /// steps and its admission steps (`target`, `targetId`).
    let documents: [FileDocumentDTO]

    struct RecognitionStepDTO: Content, Equatable {
        let id: UUID?
        let step: RecognitionStep
        let form: String
        let date: String
        let documentNumber: String?
        let voteId: UUID?
    }

    /// A recruited member's admission file, its steps up to the ceremony and the member's file after it.
    struct AdmissionFile: Content, Equatable {
        let sympathiserId: UUID
        let steps: [AdmissionStepDTO]
        /// Admitted, and the member's file (1-HSĐV, 2-HSĐV) not yet completed.
        let awaitingMemberFile: Bool
    }

    /// The period of `kind` running today or to come, if any.
    func running(_ kind: StatusKind) -> StatusPeriodDTO? {
        periods.last { $0.kind == kind && ($0.until.map { $0 >= asOf } ?? true) }
    }
}

/// `ChiBoCore.Standing` as the API shows it.
struct StandingDTO: Content, Equatable {
    let status: MemberStatus
    let exemption: ExemptionKind?
    let transfer: TransferDirection?
    let suspension: SuspensionKind?
    let discipline: DisciplineKind?

    init(_ s: Standing) {
        status = s.status
        exemption = s.exemption
        transfer = s.transfer
        suspension = s.suspension
        discipline = s.discipline
    }
}

/// What a member's record page shows (`GET /members/{id}`, `MemberViews.page`), read once.
struct MemberPage: Sendable {
    let member: MemberDTO
    let unit: UnitDTO
    let cells: [MemberPeriodDTO]
    let life: MemberLife
    let tasks: [TaskDTO]
    /// Courses attended and contests entered.
    let training: MemberTraining
    /// The cells the member may be moved to.
    let moveTargets: [UnitDTO]
    let canWrite: Bool
    /// May record the committee's decisions (suspension, recognition, striking off …).
    let canDecide: Bool
    let canReport: Bool
    /// The periods and steps the principal may attach a document to: whoever records them.
    let attachable: Set<UUID>
}

extension MemberLife {
    static func load(_ db: any Database, member: Member, today: CivilDate) async throws -> MemberLife {
        let rows = try await MemberLifeService.periods(db, memberID: member.id!)
        let history = MemberHistory(rows.map(\.period))
        let officialFrom = history.officialFrom
        let used = Set(rows.compactMap(\.voteID))
        let votes = try await Vote.query(on: db).filter(\.$subjectMember.$id == member.id!).filter(\.$passed == true)
            .with(\.$meeting).all()
        let pending = votes.filter { !used.contains($0.id!) && $0.kind != .resolution && $0.kind != .admission }
            .sorted { $0.meeting.date < $1.meeting.date }
            .map {
                PendingVote(
                    voteId: $0.id!, kind: $0.kind, meetingId: $0.$meeting.id, date: $0.meeting.date.iso, explanation: $0.explanation)
            }
        let steps = try await MemberLifeService.recognitionSteps(db, memberID: member.id!)
        let done = Set(steps.map(\.step))
        var failed: PendingVote?
        if let officialFrom {
            // Only a vote the striking off may rest on: held once the probation was over (the rule's own check).
            failed = try await Vote.query(on: db).filter(\.$subjectMember.$id == member.id!).filter(\.$kind == .recognition)
                .filter(\.$status == .closed).filter(\.$passed == false).with(\.$meeting).all()
                .filter { $0.meeting.$unit.id == member.$unit.id && $0.meeting.date >= officialFrom }
                .max { $0.meeting.date < $1.meeting.date }
                .map {
                    PendingVote(
                        voteId: $0.id!, kind: $0.kind, meetingId: $0.$meeting.id, date: $0.meeting.date.iso, explanation: $0.explanation)
                }
        }
        var transferDue: String?
        var transferOverdue = false
        var transferLate: Int?
        if let movedOn = member.movedOn {
            let calendar = try await RecruitmentService.calendar(db)
            if let left = history.leaving {
                if left.leaving == .transferredOut {
                    transferLate = MemberHistory.permanentTransferLate(movedOn: movedOn, transferred: left.from, calendar)
                }
            } else {
                let deadline = MemberHistory.permanentTransferDeadline(movedOn: movedOn, calendar)
                transferDue = deadline.due.iso
                if case .overdue = deadline.state(today: today) { transferOverdue = true }
            }
        }
        var admission: AdmissionFile?
        if let s = try await Sympathiser.query(on: db).filter(\.$member.$id == member.id!).first(), let sid = s.id {
            let rows = try await RecruitmentService.steps(db, [sid])[sid] ?? []
            admission = AdmissionFile(
                sympathiserId: sid, steps: rows.map { AdmissionStepDTO($0, introducerName: $0.introducer?.fullName) },
                awaitingMemberFile: AdmissionCase(birthDate: s.birthDate, steps: rows.map(\.recorded)).awaitingMemberFile)
        }
        return MemberLife(
            asOf: today.iso, periods: rows.map(StatusPeriodDTO.init), today: history.standing(on: today).map(StandingDTO.init),
            probationEnds: officialFrom?.adding(days: -1).iso, officialFrom: officialFrom?.iso,
            pendingVotes: history.leaving == nil ? pending : [],
            letterValidUntil: history.letterValidUntil?.iso,
            recognitionSteps: steps.map {
                RecognitionStepDTO(
                    id: $0.id, step: $0.step, form: $0.step.form, date: $0.date.iso, documentNumber: $0.documentNumber, voteId: $0.voteID)
            },
            recognitionOpen: officialFrom != nil
                ? RecognitionStep.allCases.filter { !done.contains($0) && $0.requires.allSatisfy(done.contains) } : [],
            failedRecognition: failed, transferDue: transferDue, transferOverdue: transferOverdue, transferLateDays: transferLate,
            admission: admission,
            documents: try await FileDocumentService.list(db, sympathiserID: admission?.sympathiserId, memberID: member.id!))
    }
}

extension MemberPage {
    static func load(_ db: any Database, _ principal: Principal, id: UUID, today: CivilDate) async throws -> MemberPage {
        let member = try await MemberService.find(db, principal, id)
        guard let unit = try await OrgUnit.find(member.$unit.id, on: db) else { throw DomainError.notFound() }
        let canWrite = try await Scope.allows(principal, .writeMembers, unit: unit.id!, on: db)
        let runs = try await Scope.allows(principal, .runMeetings, unit: unit.id!, on: db)
        let canDecide = try await Scope.allows(principal, .recordDecisions, unit: unit.id!, on: db)
        let cells = canWrite && member.leftDate == nil ? try await UnitService.moveTargets(db, principal, from: unit) : []
        let life = try await MemberLife.load(db, member: member, today: today)
        // Documents are attached by whoever records the step or the decision.
        func may(_ committee: Bool) -> Bool { committee ? canDecide : canWrite }
        var attachable = Set<UUID>()
        for p in life.periods where may(StatusPeriod(p.kind, detail: p.detail, from: today).committeeRecords(decidedBy: p.decidedBy)) {
            if let id = p.id { attachable.insert(id) }
        }
        for r in life.recognitionSteps where may(r.step.committeeRecords) { if let id = r.id { attachable.insert(id) } }
        for a in life.admission?.steps ?? [] where may(a.step.committeeRecords) { if let id = a.id { attachable.insert(id) } }
        return MemberPage(
            member: MemberDTO(member), unit: UnitDTO(unit), cells: try await MemberService.history(db, memberID: id),
            life: life,
            tasks: try await TaskService.forMember(db, memberID: id).map { TaskDTO($0, today: today) },
            training: try await MemberTraining.load(db, principal, member: member, today: today),
            moveTargets: cells.filter { $0.id != unit.id }.map(UnitDTO.init), canWrite: canWrite, canDecide: canDecide,
            canReport: principal.memberID == id || runs, attachable: attachable)
    }
}
