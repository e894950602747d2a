import ChiBoCore
import Fluent
import SQLKit
import Vapor

/// Opinions and petitions raised at cell meetings (ý kiến, kiến nghị), followed until resolved:
/// the cell records them at the meeting, answers what it can and passes the rest up; the
/// committee above answers or passes them further (recording the commune government's or a higher
/// level's answer); the cell reports the answer back at a later meeting. Whoever holds an issue acts
/// on it: the cell's secretary while the cell holds it, someone overseeing the cell from above after.
enum IssueService {
    /// The trail of an issue, from its stored steps.
    static func trail(_ issue: RaisedIssue, steps: [RaisedIssueStep]) throws -> RaisedIssueTrail {
        try RaisedIssueTrail(
            origin: issue.origin, topic: issue.topic, text: issue.text, raisedBy: issue.raisedBy, steps: try steps.map { try $0.step() })
    }

    static func steps(_ db: any Database, issueID: UUID) async throws -> [RaisedIssueStep] {
        try await RaisedIssueStep.query(on: db).filter(\.$issue.$id == issueID).sort(\.$position).all()
    }

    /// The working days a responder has, by the cell's committees' setting of that day.
    static func answerDays(_ db: any Database, cellID: UUID, on date: CivilDate) async throws -> Int {
        try await SettingsService.effective(db, unitID: cellID, on: date).settings.issueAnswerWorkingDays
    }

    /// Records an opinion raised at the meeting, given to the cell or straight to a level above.
    static func raise(
        _ db: any Database, _ principal: Principal, meetingID: UUID, input f: IssueInput, today: CivilDate
    ) async throws -> RaisedIssue {
        let m = try await MeetingService.editable(db, principal, meetingID, for: .raiseIssue)
        guard try await OrgUnit.find(m.$unit.id, on: db)?.kind.isCell == true else {
            throw DomainError(
                .invalid, code: "meeting.notCell", vi: "Ý kiến, kiến nghị được ghi tại sinh hoạt chi bộ.",
                en: "Opinions are recorded at cells' meetings.")
        }
        let memberID = try f.member()
        var raisedBy = f.raisedBy
        if let memberID {
            guard
                let line = try await MeetingAttendance.query(on: db).filter(\.$meeting.$id == meetingID)
                    .filter(\.$member.$id == memberID).first()
            else {
                throw DomainError(
                    .invalid, code: "memberId.notOnRoll", vi: "Đảng viên này không có trong danh sách buổi sinh hoạt.",
                    en: "This member is not on the meeting's roll.", field: "memberId")
            }
            raisedBy = raisedBy ?? line.fullName
        }
        let trail = try RaisedIssueTrail.raise(
            on: m.date, responder: try f.responderValue(), origin: try f.originValue(), topic: try f.topicValue(),
            text: f.text ?? "", raisedBy: raisedBy, note: f.note, today: max(today, m.date))
        let calendar = try await RecruitmentService.calendar(db)
        let days = try await answerDays(db, cellID: m.$unit.id, on: trail.raisedOn)
        return try await db.write { tx in
            try await MeetingService.hold(tx, meetingID, for: .raiseIssue)
            let issue = RaisedIssue()
            issue.$unit.id = m.$unit.id
            issue.$meeting.id = meetingID
            issue.$member.id = memberID
            issue.raisedBy = trail.raisedBy
            issue.origin = trail.origin
            issue.topic = trail.topic
            issue.text = trail.text
            issue.raisedOn = trail.raisedOn
            issue.cache(trail, calendar: calendar, workingDays: days)
            try await issue.create(on: tx)
            try await create(tx, issue: issue.id!, position: 0, trail.raised, meetingID: meetingID, principal: principal)
            try await Audit.record(
                tx, Actor(principal), action: "issue.raise", entity: "issue", id: issue.id, unit: m.$unit.id,
                after: ["meeting": meetingID.uuidString, "responder": trail.currentResponder.rawValue, "topic": trail.topic.rawValue])
            return issue
        }
    }

    /// Records the next step: passed up, answered, or reported back at a later meeting of the cell.
    static func step(
        _ db: any Database, _ principal: Principal, issueID: UUID, input f: IssueStepInput, today: CivilDate
    ) async throws -> RaisedIssue {
        let issue = try await find(db, principal, issueID)
        let kind = try f.kindValue()
        var date = try f.dateValue() ?? today
        var meetingID: UUID?
        if case .reported = kind {
            // The cell reports the answer back at one of its meetings, held on the step's day.
            guard try await Scope.allows(principal, .runMeetings, unit: issue.$unit.id, on: db) else { throw DomainError.forbidden() }
            if let id = try f.meeting() {
                let m = try await MeetingService.editable(db, principal, id, for: .raiseIssue)
                guard m.$unit.id == issue.$unit.id else {
                    throw DomainError(
                        .invalid, code: "meetingId.otherCell", vi: "Buổi sinh hoạt không phải của chi bộ này.",
                        en: "The meeting is not this cell's.", field: "meetingId")
                }
                meetingID = id
                date = m.date
            }
        } else {
            guard try await mayHandle(db, principal, issue) else { throw DomainError.forbidden() }
        }
        let step = IssueStep(kind, on: date, note: f.note)
        let calendar = try await RecruitmentService.calendar(db)
        // A step is dated today or earlier; a report back takes its meeting's day (a meeting held on its day).
        let (day, meeting, checkedOn) = (date, meetingID, meetingID == nil ? today : max(today, date))
        return try await db.write { tx in
            // Held: two steps sent at once are checked one after the other.
            try await tx.holdRow("raised_issues", issueID)
            guard let held = try await RaisedIssue.find(issueID, on: tx) else { throw DomainError.notFound("issue") }
            // Who holds it is read again under the lock: an issue passed up meanwhile is no longer the cell's to answer.
            if kind.code != IssueStep.Kind.reported.code, !(try await mayHandle(tx, principal, held)) { throw DomainError.forbidden() }
            let steps = try await steps(tx, issueID: issueID)
            let next = try trail(held, steps: steps).adding(step, today: checkedOn)
            if let meeting { try await MeetingService.hold(tx, meeting, for: .raiseIssue) }
            try await create(tx, issue: issueID, position: steps.count, next.steps.last!, meetingID: meeting, principal: principal)
            held.cache(next, calendar: calendar, workingDays: try await answerDays(tx, cellID: held.$unit.id, on: next.since))
            try await held.save(on: tx)
            try await Audit.record(
                tx, Actor(principal), action: "issue." + kind.code, entity: "issue", id: issueID, unit: held.$unit.id,
                after: ["responder": next.currentResponder.rawValue, "status": next.status.rawValue, "date": day.iso])
            return held
        }
    }

    private static func create(
        _ db: any Database, issue: UUID, position: Int, _ step: IssueStep, meetingID: UUID?, principal: Principal
    ) async throws {
        let s = RaisedIssueStep()
        s.$issue.id = issue
        s.position = position
        s.kind = step.kind.code
        s.responder = step.kind.responder
        s.date = step.date
        s.note = step.note
        s.$meeting.id = meetingID
        s.$account.id = principal.accountID
        try await s.create(on: db)
    }

    /// Whoever holds the issue acts on it: the cell's secretary while the cell holds it, someone
    /// overseeing the cell from above once it is passed up.
    static func mayHandle(_ db: any Database, _ principal: Principal, _ issue: RaisedIssue) async throws -> Bool {
        if issue.responder == .cell { return try await Scope.allows(principal, .runMeetings, unit: issue.$unit.id, on: db) }
        return try await ReportService.mayAnswer(db, principal, cellID: issue.$unit.id)
    }

    /// An issue its reader may see: the member who raised it, the cell's secretary, a committee above.
    static func find(_ db: any Database, _ principal: Principal, _ id: UUID) async throws -> RaisedIssue {
        guard let issue = try await RaisedIssue.query(on: db).filter(\.$id == id).with(\.$unit).first() else {
            throw DomainError.notFound("issue")
        }
        if let me = principal.memberID, issue.$member.id == me { return issue }
        _ = try await UnitService.find(db, principal, issue.$unit.id, for: .runMeetings)
        return issue
    }

    /// The issues raised at a meeting, in the order raised.
    static func forMeeting(_ db: any Database, meetingID: UUID) async throws -> [RaisedIssue] {
        try await RaisedIssue.query(on: db).filter(\.$meeting.$id == meetingID).sort(\.$createdAt).sort(\.$id).all()
    }

    /// The cell's answered issues still to be reported back: what a meeting offers to report.
    static func toReport(_ db: any Database, cellID: UUID) async throws -> [RaisedIssue] {
        try await RaisedIssue.query(on: db).filter(\.$unit.$id == cellID).filter(\.$status == .answered).sort(\.$raisedOn).all()
    }
}

/// A raised issue as the pages and the API show it.
struct IssueDTO: Content, Equatable {
    struct Step: Content, Equatable {
        /// `raised`, `escalated`, `answered`, `reported`.
        let kind: String
        let responder: IssueResponder?
        let date: CivilDate
        let note: String?
        let meetingId: UUID?
    }

    let id: UUID
    let unitId: UUID
    let unitName: String
    let meetingId: UUID
    let memberId: UUID?
    let raisedBy: String?
    let origin: IssueOrigin
    let topic: IssueTopic
    let text: String
    let raisedOn: CivilDate
    let responder: IssueResponder
    let status: IssueStatus
    let escalated: Bool
    let since: CivilDate
    /// The current responder's deadline.
    let due: CivilDate
    /// Open and past its deadline.
    let overdue: Bool
    let answeredOn: CivilDate?
    let answerDays: Int?
    let reportedOn: CivilDate?
    let steps: [Step]?

    init(_ i: RaisedIssue, unitName: String, today: CivilDate, steps: [RaisedIssueStep]? = nil) {
        id = i.id!
        unitId = i.$unit.id
        self.unitName = unitName
        meetingId = i.$meeting.id
        memberId = i.$member.id
        raisedBy = i.raisedBy
        origin = i.origin
        topic = i.topic
        text = i.text
        raisedOn = i.raisedOn
        responder = i.responder
        status = i.status
        escalated = i.escalated
        since = i.since
        due = i.due
        overdue = i.status.isOverdue(due: i.due, today: today)
        answeredOn = i.answeredOn
        answerDays = i.answerDays
        reportedOn = i.reportedOn
        self.steps = steps?.map { Step(kind: $0.kind, responder: $0.responder, date: $0.date, note: $0.note, meetingId: $0.$meeting.id) }
    }
}
