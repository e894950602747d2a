import Foundation

/// What can be done to a meeting, and in which of its statuses: the meeting's lifecycle.
///
/// ```
/// planned ─notify→ notified ─open→ open ─end→ ended ─approve→ locked ─amend→ locked
///    └──────────────┴─cancel→ cancelled
/// ```
/// Services call `MeetingCommand.check(status)` before a change and hold the meeting's row in the
/// command's `allowed` statuses inside the change's transaction, so nothing lands on minutes locked
/// in the meantime. No service compares statuses itself.
public enum MeetingCommand: String, Sendable, CaseIterable {
    /// Change the plan: title, date, place, draft content.
    case edit
    case notify
    case open
    case end
    case cancel
    /// The cell approves the minutes: they are numbered and locked.
    case approve
    /// A dated, signed amendment to locked minutes.
    case amend
    /// The minutes' own facts: times, chair, secretary, results, quality.
    case writeMinutes
    /// Mark a member's attendance (the secretary's roll).
    case markAttendance
    /// A member checks in with the meeting's code.
    case checkIn
    /// Add a guest, an agenda item, a conclusion.
    case prepare
    /// Record what a speaker said.
    case recordSpeech
    /// Put a question to the vote, record a show of hands, close a vote.
    case vote
    /// Open a vote that members answer on their phones, and cast a ballot.
    case voteByPhone
    /// Assign a task to a named member.
    case assignTask
    /// Record that a superior attended, with their remarks for the minutes.
    case recordVisit
    /// A superior's own evaluation of the meeting (kept apart from the minutes).
    case evaluateVisit
    /// Record an opinion or petition raised at the meeting, or report an answer back to it.
    case raiseIssue

    /// The statuses in which the command may run.
    public var allowed: Set<MeetingStatus> {
        switch self {
        case .edit, .prepare: [.planned, .notified, .open, .ended]
        case .notify, .open, .cancel: [.planned, .notified]
        case .end, .checkIn, .voteByPhone: [.open]
        case .approve: [.ended]
        case .amend: [.locked]
        case .writeMinutes, .markAttendance, .recordSpeech, .vote, .assignTask, .recordVisit, .raiseIssue: [.open, .ended]
        case .evaluateVisit: [.open, .ended, .locked]
        }
    }

    /// The status the meeting moves to, for the commands that move it.
    public func next(from status: MeetingStatus) -> MeetingStatus? {
        guard allowed.contains(status) else { return nil }
        switch self {
        case .notify: return .notified
        case .open: return .open
        case .end: return .ended
        case .cancel: return .cancelled
        case .approve: return .locked
        default: return status
        }
    }

    /// Refuses the command in this status, with a message that says why and what the status is.
    public func check(_ status: MeetingStatus) throws {
        guard !allowed.contains(status) else { return }
        switch status {
        case _ where self == .amend:
            throw DomainError(
                .conflict, code: "meeting.notLocked", vi: "Biên bản chưa khóa: sửa trực tiếp, không cần đính chính.",
                en: "The minutes are not locked yet: edit them directly.")
        case .locked:
            throw DomainError(
                .conflict, code: "meeting.locked",
                vi: "Biên bản đã được thông qua và khóa; chỉ có thể bổ sung bằng văn bản đính chính.",
                en: "The minutes are approved and locked; only an amendment can add to them.")
        case .cancelled:
            throw DomainError(.conflict, code: "meeting.cancelled", vi: "Buổi sinh hoạt đã bị hủy.", en: "The meeting was cancelled.")
        default:
            let (vi, en) = refusal
            throw DomainError(
                .conflict, code: "meeting.status", vi: vi + " (hiện: \(status.label(.vi))).",
                en: en + " (now: \(status.label(.en))).")
        }
    }

    /// Why the command is refused outside its statuses.
    var refusal: (vi: String, en: String) {
        switch self {
        case .edit, .prepare:
            ("Buổi sinh hoạt không còn sửa được", "The meeting can no longer be changed")
        case .notify:
            ("Chỉ thông báo được buổi sinh hoạt chưa diễn ra", "Only a meeting that has not taken place can be announced")
        case .open:
            ("Buổi sinh hoạt đã mở hoặc đã kết thúc", "The meeting is already open or over")
        case .end:
            ("Chỉ kết thúc được buổi sinh hoạt đang họp", "Only an open meeting can end")
        case .cancel:
            ("Chỉ hủy được buổi sinh hoạt chưa diễn ra", "Only a meeting not yet held can be cancelled")
        case .approve:
            ("Chỉ thông qua biên bản sau khi kết thúc buổi sinh hoạt", "Minutes are approved once the meeting has ended")
        case .amend:
            ("Chỉ đính chính biên bản đã thông qua", "Only approved minutes can be amended")
        case .writeMinutes:
            ("Chỉ ghi biên bản khi đang họp hoặc trước khi thông qua", "Minutes are written during the meeting or before approval")
        case .markAttendance:
            (
                "Chỉ điểm danh khi đang họp hoặc trước khi thông qua biên bản",
                "Attendance is taken during the meeting or before the minutes are approved"
            )
        case .checkIn:
            ("Buổi sinh hoạt không mở điểm danh", "The meeting is not open for check-in")
        case .recordSpeech:
            (
                "Chỉ ghi ý kiến phát biểu khi đang họp hoặc trước khi thông qua biên bản",
                "Speeches are recorded during the meeting or before the minutes are approved"
            )
        case .vote:
            ("Chỉ biểu quyết trong buổi sinh hoạt", "Votes are taken at the meeting")
        case .voteByPhone:
            ("Chỉ biểu quyết trên điện thoại khi đang họp", "Phone votes are taken while the meeting is open")
        case .assignTask:
            ("Chỉ phân công nhiệm vụ trong buổi sinh hoạt", "Tasks are assigned at the meeting")
        case .recordVisit:
            (
                "Chỉ ghi nhận cấp trên dự họp khi đang họp hoặc trước khi thông qua biên bản",
                "A superior's attendance is recorded during the meeting or before the minutes are approved"
            )
        case .evaluateVisit:
            ("Chỉ đánh giá buổi sinh hoạt đã diễn ra", "Only a meeting that has taken place can be evaluated")
        case .raiseIssue:
            (
                "Chỉ ghi ý kiến, kiến nghị khi đang họp hoặc trước khi thông qua biên bản",
                "Opinions are recorded during the meeting or before the minutes are approved"
            )
        }
    }
}

/// The rules of a self check-in, with their figures from the rulebook in force.
public struct CheckInRules: Sendable, Equatable {
    /// Minutes after the meeting opened from which a check-in counts as late.
    public var lateAfterMinutes: Int
    /// Wrong codes a member may send for one meeting within `windowMinutes`.
    public var wrongCodesAllowed: Int
    public var windowMinutes: Int

    public init(_ local: LocalSettings) {
        lateAfterMinutes = local.checkInLateAfterMinutes
        wrongCodesAllowed = local.checkInWrongCodesAllowed
        windowMinutes = local.checkInWindowMinutes
    }

    public var windowSeconds: TimeInterval { TimeInterval(windowMinutes * 60) }

    /// Present, or late when more than `lateAfterMinutes` have passed since the meeting opened.
    public func attendance(opened: LocalDateTime?, now: LocalDateTime) -> AttendanceStatus {
        guard let opened else { return .present }
        return now.minutesSinceEpoch - opened.minutesSinceEpoch > lateAfterMinutes ? .late : .present
    }

    /// Whether wrong codes hold the member back: as many as allowed, the last within the window.
    public func isHeldBack(failures: Int, lastFailure: Date?, now: Date) -> Bool {
        guard failures >= wrongCodesAllowed, let lastFailure else { return false }
        return lastFailure > now.addingTimeInterval(-windowSeconds)
    }

    /// The code as the member typed it (spaces and dashes dropped) matches the meeting's.
    public static func matches(sent: String?, expected: String?) -> Bool {
        guard let expected else { return false }
        return (sent ?? "").filter(\.isNumber) == expected
    }
}

extension MeetingStatus {
    /// The meeting took place: ended, or its minutes approved. What obligations count.
    public var wasHeld: Bool { self == .ended || self == .locked }
    /// The minutes are approved and locked: only an amendment can add to them.
    public var minutesLocked: Bool { self == .locked }
    /// Announced and not yet over: what members and liaisons see as a notice.
    public static let announced: [MeetingStatus] = [.notified, .open]
}
