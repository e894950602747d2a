import ChiBoCore
import Fluent
import Vapor

/// Tasks assigned at meetings to named members.
enum TaskService {
    static func assign(
        _ db: any Database, _ principal: Principal, meetingID: UUID, memberID: UUID?, description: String?,
        dueDate: String?, today: CivilDate
    ) async throws -> MeetingTask {
        let m = try await MeetingService.editable(db, principal, meetingID, for: .assignTask)
        guard let memberID,
            try await Member.query(on: db).filter(\.$id == memberID).filter(\.$unit.$id == m.$unit.id)
                .filter(\.$leftDate == nil).first() != nil
        else {
            throw DomainError(
                .invalid, code: "memberId.notInCell", vi: "Chọn một đảng viên của chi bộ.",
                en: "Choose a member of the cell.", field: "memberId")
        }
        let text = (description ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty { throw DomainError.required("description", vi: "nội dung nhiệm vụ", en: "Task") }
        if text.count > 2000 {
            throw DomainError(.invalid, code: "description.tooLong", vi: "Nội dung quá dài.", en: "Too long.", field: "description")
        }
        guard let due = dueDate.flatMap(CivilDate.init(parsing:)) else {
            throw DomainError.badDate("dueDate", vi: "Hạn hoàn thành", en: "Due date")
        }
        if due < m.date {
            throw DomainError(
                .invalid, code: "dueDate.beforeMeeting", vi: "Hạn hoàn thành phải sau ngày sinh hoạt.",
                en: "The due date must be after the meeting.", field: "dueDate")
        }
        return try await db.write { tx in
            try await MeetingService.hold(tx, meetingID, for: .assignTask)
            let t = MeetingTask()
            t.$unit.id = m.$unit.id
            t.$meeting.id = meetingID
            t.$member.id = memberID
            t.description = text
            t.dueDate = due
            t.status = .open
            try await t.create(on: tx)
            try await Audit.record(
                tx, Actor(principal), action: "task.assign", entity: "task", id: t.id, unit: m.$unit.id,
                after: TaskDTO(t, today: today))
            return t
        }
    }

    /// Reports a task done (the member or the secretary) or drops it with a reason (the secretary).
    static func close(
        _ db: any Database, _ principal: Principal, taskID: UUID, outcome: String?, report: String?,
        today: CivilDate
    ) async throws -> MeetingTask {
        guard let t = try await MeetingTask.find(taskID, on: db) else { throw DomainError.notFound("task") }
        let own = principal.memberID == t.$member.id
        let canRun = try await Scope.allows(principal, .runMeetings, unit: t.$unit.id, on: db)
        guard own || canRun else {
            if try await Scope.allows(principal, .readMeetings, unit: t.$unit.id, on: db) { throw DomainError.forbidden() }
            throw DomainError.notFound("task")
        }
        guard t.status == .open else {
            throw DomainError(.conflict, code: "task.closed", vi: "Nhiệm vụ đã kết thúc.", en: "The task is already closed.")
        }
        guard let o = outcome.flatMap(TaskStatus.init(rawValue:)), o != .open else {
            throw DomainError(
                .invalid, code: "outcome.invalid", vi: "Chọn đã hoàn thành hoặc thôi thực hiện.",
                en: "Choose done or dropped.", field: "outcome")
        }
        let text = (report ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if o == .dropped {
            if !canRun { throw DomainError.forbidden() }
            if text.isEmpty { throw DomainError.required("report", vi: "lý do thôi thực hiện", en: "Reason for dropping") }
        }
        if text.count > 2000 {
            throw DomainError(.invalid, code: "report.tooLong", vi: "Nội dung quá dài.", en: "Too long.", field: "report")
        }
        return try await db.write { tx in
            let before = TaskDTO(t, today: today)
            t.status = o
            t.report = text.isEmpty ? nil : text
            t.closedOn = today
            try await t.save(on: tx)
            try await Audit.record(
                tx, Actor(principal), action: "task.\(o)", entity: "task", id: taskID, unit: t.$unit.id,
                before: before, after: TaskDTO(t, today: today))
            return t
        }
    }

    static func open(_ db: any Database, unitID: UUID) async throws -> [MeetingTask] {
        try await MeetingTask.query(on: db).filter(\.$unit.$id == unitID).filter(\.$status == .open).with(\.$member)
            .sort(\.$dueDate).all()
    }

    static func forMember(_ db: any Database, memberID: UUID) async throws -> [MeetingTask] {
        try await MeetingTask.query(on: db).filter(\.$member.$id == memberID).sort(\.$status, .descending).sort(\.$dueDate).all()
    }

    static func forMeeting(_ db: any Database, meetingID: UUID) async throws -> [MeetingTask] {
        try await MeetingTask.query(on: db).filter(\.$meeting.$id == meetingID).with(\.$member).sort(\.$dueDate).all()
    }
}
