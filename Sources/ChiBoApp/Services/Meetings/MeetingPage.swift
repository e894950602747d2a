import ChiBoCore
import Fluent
import Vapor

/// Everything a meeting's page shows, read once (`load`) for both sides: the web page
/// (`GET /meetings/{id}`, `MeetingViews.page`) and the API (`GET /api/v1/meetings/{id}`,
/// `MeetingsAPIController.MeetingDetail`). What the reader may do comes from the meeting's
/// lifecycle (`offers`), never from a status compared in a view.
struct MeetingPage: Sendable {
    let meeting: MeetingDTO
    let date: CivilDate
    let unitName: String
    let roll: [RollEntryDTO]
    let attendance: AttendanceSummary
    let guests: [GuestDTO]
    /// Superiors at the meeting (they are among the guests too), with their evaluations.
    let visits: [VisitDTO]
    /// The committees above the cell the reader may attend for; empty: they record no visit.
    let visitLevels: [UnitDTO]
    /// The visits whose evaluation the reader may write.
    let evaluable: Set<UUID>
    /// Opinions and petitions raised at this meeting.
    let issues: [IssueDTO]
    /// The cell's answered issues still to be reported back: offered while the meeting is held.
    let issuesToReport: [IssueDTO]
    let agenda: [AgendaItemDTO]
    let votes: [VoteDTO]
    let tasks: [TaskDTO]
    /// Tasks of earlier meetings still open: "results of last month's resolution".
    let carriedTasks: [TaskDTO]
    /// The names of the members the tasks are assigned to.
    let memberNames: [UUID: String]
    let attachments: [AttachmentDTO]
    let records: [RecordDTO]
    let duration: DurationCheck?
    /// Whether the notice went out too late; nil before it went out.
    let noticeLate: Bool?
    /// Shown only to those who run the meeting, while it is open.
    let checkinCode: String?
    let canRun: Bool
    /// The reader's own line on the roll, and their ballots.
    let mine: RollEntryDTO?
    let myBallots: [UUID: BallotChoice]
    let rulebookVersion: String

    var status: MeetingStatus { meeting.status }

    /// Whether the page offers the command to its reader: they run the meeting and its status allows it.
    func offers(_ command: MeetingCommand) -> Bool {
        switch command {
        case .checkIn, .voteByPhone: command.allowed.contains(status) && mine != nil
        case .recordVisit: command.allowed.contains(status) && !visitLevels.isEmpty
        case .raiseIssue: canRun && command.allowed.contains(status)
        case .evaluateVisit: command.allowed.contains(status) && !evaluable.isEmpty
        default: canRun && command.allowed.contains(status)
        }
    }

    /// The meeting is taking place or has just ended: the roll, the votes and the tasks are being written.
    var isLive: Bool { MeetingCommand.markAttendance.allowed.contains(status) }
    /// Members may check in (the secretary shows the code).
    var isOpenForCheckIn: Bool { MeetingCommand.checkIn.allowed.contains(status) }
    /// Not yet held: the preparation (content, draft resolution) is still being written.
    var isBeforeTheMeeting: Bool { MeetingCommand.open.allowed.contains(status) }

    static func load(_ db: any Database, _ principal: Principal, id: UUID, today: CivilDate) async throws -> MeetingPage {
        let m = try await MeetingService.find(db, principal, id)
        guard let unit = try await OrgUnit.find(m.$unit.id, on: db) else { throw DomainError.notFound() }
        let rules = Rulebook.inForce(on: m.date)
        let roll = try await MeetingService.roll(db, meetingID: id)
        let canRun = try await Scope.allows(principal, .runMeetings, unit: m.$unit.id, on: db)
        // Absence reasons are for those who read the cell's members (its secretary, the committee,
        // an inspector); a plain member sees only their own. The approved minutes, the cell's
        // record, are read whole (`records`, the print and the documents).
        let readsReasons = try await Scope.allows(principal, .readMembers, unit: m.$unit.id, on: db)
        let rollLines = roll.map { a -> RollEntryDTO in
            var line = RollEntryDTO(a)
            if !readsReasons && a.$member.id != principal.memberID { line.reason = nil }
            return line
        }
        var duration: DurationCheck?
        if let s = m.startedAt, let e = m.endedAt {
            duration = .check(kind: m.kind, minutes: e.minutesSinceEpoch - s.minutesSinceEpoch, rules: rules.meetings)
        }
        let noticeLate = m.notifiedOn.map { n in
            NoticeRules.isLate(notified: n, meeting: m.date, rules: rules.meetings)
        }
        let votes = try await VoteService.votes(db, meetingID: id)
        var myBallots: [UUID: BallotChoice] = [:]
        if let memberID = principal.memberID {
            for b in try await MemberVote.query(on: db).filter(\.$member.$id == memberID).filter(\.$vote.$id ~~ votes.compactMap(\.id))
                .all()
            {
                myBallots[b.$vote.id] = b.choice
            }
        }
        let tasks = try await TaskService.forMeeting(db, meetingID: id)
        // An inspection team reading this meeting sees it, not the cell's other tasks.
        let inScope = try await Scope.allows(principal, .readMeetings, unit: m.$unit.id, on: db)
        let carried =
            m.status.minutesLocked || !inScope ? [] : try await TaskService.open(db, unitID: unit.id!).filter { $0.$meeting.id != id }
        var names: [UUID: String] = [:]
        for t in tasks + carried { names[t.$member.id] = t.member.fullName }
        let visits = try await VisitService.forMeeting(db, meetingID: id)
        var evaluable: Set<UUID> = []
        for v in visits where try await VisitService.mayEvaluate(db, principal, v) { evaluable.insert(v.id!) }
        let live = canRun && MeetingCommand.raiseIssue.allowed.contains(m.status)
        let toReport = live ? try await IssueService.toReport(db, cellID: unit.id!) : []
        return MeetingPage(
            meeting: MeetingDTO(m), date: m.date, unitName: unit.name, roll: rollLines,
            attendance: AttendanceSummary.compute(roll.map(\.rollMember)),
            guests: try await MeetingGuest.query(on: db).filter(\.$meeting.$id == id).all().map(GuestDTO.init),
            visits: visits.map { VisitDTO($0, levelName: $0.level.name, cellQuality: m.quality) },
            visitLevels: try await VisitService.levels(db, principal, cellID: m.$unit.id).map(UnitDTO.init),
            evaluable: evaluable,
            issues: try await IssueService.forMeeting(db, meetingID: id).map { IssueDTO($0, unitName: unit.name, today: today) },
            issuesToReport: toReport.map { IssueDTO($0, unitName: unit.name, today: today) },
            agenda: try await MeetingService.agenda(db, meetingID: id).map(AgendaItemDTO.init),
            votes: votes.map { VoteDTO($0, escalateAfter: rules.votes.escalateAfterFailures) },
            tasks: tasks.map { TaskDTO($0, today: today) }, carriedTasks: carried.map { TaskDTO($0, today: today) },
            memberNames: names,
            attachments: try await AttachmentService.list(db, meetingID: id).map(AttachmentDTO.init),
            records: try await MinutesService.records(db, meetingID: id).map(RecordDTO.init),
            duration: duration, noticeLate: noticeLate, checkinCode: canRun ? m.checkinCode : nil, canRun: canRun,
            mine: roll.first { $0.$member.id == principal.memberID }.map(RollEntryDTO.init), myBallots: myBallots,
            rulebookVersion: rules.versionID)
    }
}

/// One record of a meeting's hash chain: the approved minutes or an amendment.
struct RecordDTO: Content, Equatable {
    let sequence: Int
    let kind: LockedRecordKind
    let hash: String
    let prevHash: String
    let signedBy: String
    let signedOn: String
    let docNumber: String?
    let content: String

    init(_ r: LockedRecord) {
        sequence = r.sequence
        kind = r.kind
        hash = r.hash
        prevHash = r.prevHash
        signedBy = r.signedBy
        signedOn = r.signedOn
        docNumber = r.docNumber
        content = r.content
    }
}
