import Foundation

/// Opinions and petitions (ý kiến, kiến nghị) raised at a cell meeting, followed until resolved
/// (RULES.md, "Oversight from above"; the running order's item "Ý kiến phản ánh của đảng viên và
/// nhân dân"; seeds 001, 002). The cell answers what it can and passes the rest upward; whoever
/// holds an issue answers it within the local number of working days
/// (`LocalSettings.issueAnswerWorkingDays`); the answer is reported back at a later meeting of the
/// cell, which closes the issue. Every step is dated, in order, and never in the future.

/// Who raised an issue.
public enum IssueOrigin: String, Sendable, CaseIterable, Codable, Labelled {
    /// A member of the cell (đảng viên).
    case member
    /// The public (quần chúng nhân dân), brought to the meeting by a member.
    case publicOpinion = "public_opinion"

    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.member, .vi): "Đảng viên"
        case (.member, .en): "Party member"
        case (.publicOpinion, .vi): "Quần chúng nhân dân"
        case (.publicOpinion, .en): "The public"
        }
    }
}

/// What an issue concerns.
public enum IssueTopic: String, Sendable, CaseIterable, Codable, Labelled {
    case partyBuilding = "party_building"
    case economy
    case landEnvironment = "land_environment"
    case infrastructure
    case socialPolicy = "social_policy"
    case securityOrder = "security_order"
    case other

    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.partyBuilding, .vi): "Xây dựng Đảng"
        case (.partyBuilding, .en): "Party building"
        case (.economy, .vi): "Kinh tế, sản xuất"
        case (.economy, .en): "Economy and production"
        case (.landEnvironment, .vi): "Đất đai, môi trường"
        case (.landEnvironment, .en): "Land and environment"
        case (.infrastructure, .vi): "Hạ tầng, giao thông"
        case (.infrastructure, .en): "Infrastructure and roads"
        case (.socialPolicy, .vi): "Chính sách xã hội"
        case (.socialPolicy, .en): "Social policy"
        case (.securityOrder, .vi): "An ninh, trật tự"
        case (.securityOrder, .en): "Security and public order"
        case (.other, .vi): "Khác"
        case (.other, .en): "Other"
        }
    }
}

/// Who must answer an issue, lowest level first. An issue only moves up: `rank` orders them.
public enum IssueResponder: String, Sendable, CaseIterable, Codable, Comparable, Labelled {
    /// The cell itself (chi bộ).
    case cell
    /// The commune's grassroots party committee (Đảng ủy xã, đảng ủy cơ sở).
    case grassrootsCommittee = "grassroots_committee"
    /// The commune's government (Ủy ban nhân dân xã).
    case localGovernment = "local_government"
    /// Above the commune (cấp trên).
    case higherLevel = "higher_level"

    /// The level: 0 for the cell, higher further up.
    public var rank: Int {
        switch self {
        case .cell: 0
        case .grassrootsCommittee: 1
        case .localGovernment: 2
        case .higherLevel: 3
        }
    }

    public static func < (a: IssueResponder, b: IssueResponder) -> Bool { a.rank < b.rank }

    /// The responders an issue held here may be passed up to, lowest first.
    public var higher: [IssueResponder] { IssueResponder.allCases.filter { $0 > self }.sorted() }

    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.cell, .vi): "Chi bộ"
        case (.cell, .en): "The cell"
        case (.grassrootsCommittee, .vi): "Đảng ủy xã (đảng ủy cơ sở)"
        case (.grassrootsCommittee, .en): "Commune party committee"
        case (.localGovernment, .vi): "Chính quyền xã (UBND xã)"
        case (.localGovernment, .en): "Commune government (People's Committee)"
        case (.higherLevel, .vi): "Cấp trên"
        case (.higherLevel, .en): "Higher level"
        }
    }
}

/// Where an issue stands.
public enum IssueStatus: String, Sendable, CaseIterable, Codable, Labelled {
    /// With its current responder, awaiting an answer.
    case open
    /// Answered; the answer is still to be reported back at a later meeting of the cell.
    case answered
    /// The answer was reported to the cell: nothing more happens.
    case closed

    /// Open and past the deadline of whoever holds it (`RaisedIssueTrail.deadline`'s due day).
    public func isOverdue(due: CivilDate, today: CivilDate) -> Bool { self == .open && due < today }

    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.open, .vi): "Đang chờ trả lời"
        case (.open, .en): "Awaiting an answer"
        case (.answered, .vi): "Đã trả lời, chờ thông báo lại chi bộ"
        case (.answered, .en): "Answered, to be reported to the cell"
        case (.closed, .vi): "Đã thông báo lại chi bộ"
        case (.closed, .en): "Closed: answer reported to the cell"
        }
    }
}

/// One dated step of an issue.
public struct IssueStep: Sendable, Hashable {
    public enum Kind: Sendable, Hashable, Labelled {
        /// Raised at a meeting and given to a responder: always the first step, and only that.
        case raised(IssueResponder)
        /// Passed up to a responder of a higher level.
        case escalated(to: IssueResponder)
        /// The current responder answered (the step's note holds the answer).
        case answered
        /// The answer was reported back at a meeting of the cell.
        case reported

        /// The responder the step gives the issue to: raised and escalated only.
        public var responder: IssueResponder? {
            switch self {
            case .raised(let r), .escalated(let r): r
            case .answered, .reported: nil
            }
        }

        /// A stable code for storage and the API: "raised", "escalated", "answered", "reported".
        public var code: String {
            switch self {
            case .raised: "raised"
            case .escalated: "escalated"
            case .answered: "answered"
            case .reported: "reported"
            }
        }

        /// The kind of a stored code and responder; nil when they do not fit (a raise without a responder).
        public init?(code: String, responder: IssueResponder?) {
            switch (code, responder) {
            case ("raised", let r?): self = .raised(r)
            case ("escalated", let r?): self = .escalated(to: r)
            case ("answered", nil): self = .answered
            case ("reported", nil): self = .reported
            default: return nil
            }
        }

        public func label(_ language: Language) -> String {
            switch (self, language) {
            case (.raised(let r), .vi): "Nêu tại buổi sinh hoạt; nơi trả lời: \(r.label(.vi))"
            case (.raised(let r), .en): "Raised at the meeting; to be answered by: \(r.label(.en))"
            case (.escalated(let r), .vi): "Chuyển lên: \(r.label(.vi))"
            case (.escalated(let r), .en): "Passed up to: \(r.label(.en))"
            case (.answered, .vi): "Đã trả lời"
            case (.answered, .en): "Answered"
            case (.reported, .vi): "Đã thông báo lại tại chi bộ"
            case (.reported, .en): "Reported back to the cell"
            }
        }
    }

    public var kind: Kind
    public var date: CivilDate
    /// What was done or said: the answer for `answered`, a reason for an escalation; nil when blank.
    public var note: String?

    public init(_ kind: Kind, on date: CivilDate, note: String? = nil) {
        self.kind = kind
        self.date = date
        self.note = note
    }
}

/// An issue and its steps, the first of them its raise. Built only through its rules: `raise` for a
/// new issue, `adding` for each later step, `init(origin:topic:text:raisedBy:steps:)` for a stored one.
public struct RaisedIssueTrail: Sendable, Hashable {
    public let origin: IssueOrigin
    public let topic: IssueTopic
    /// The opinion or petition, as raised.
    public let text: String
    /// Who raised it (a member, a citizen), when recorded.
    public let raisedBy: String?
    /// The steps in order; the first is `.raised`.
    public private(set) var steps: [IssueStep]

    public static let maxTextLength = 2000
    public static let maxNoteLength = 2000
    public static let maxNameLength = 100

    private init(origin: IssueOrigin, topic: IssueTopic, text: String, raisedBy: String?, raised: IssueStep) {
        self.origin = origin
        self.topic = topic
        self.text = text
        self.raisedBy = raisedBy
        self.steps = [raised]
    }

    /// A new issue raised on `date` and given to `responder` (usually the cell; the meeting may pass
    /// it straight to a higher responder). Checks the text, the name and the date; every problem at once.
    public static func raise(
        on date: CivilDate, responder: IssueResponder, origin: IssueOrigin, topic: IssueTopic, text: String,
        raisedBy: String? = nil, note: String? = nil, today: CivilDate
    ) throws(ValidationErrors) -> RaisedIssueTrail {
        var errors: [DomainError] = []
        let body = VietnameseText.normalizeText(text)
        if body == nil {
            errors.append(
                error(
                    "issue.text.required", "text", vi: "Chưa nhập nội dung ý kiến, kiến nghị.", en: "The opinion or petition is required."))
        } else if let body, body.count > maxTextLength {
            errors.append(
                error(
                    "issue.text.tooLong", "text", vi: "Nội dung ý kiến dài quá \(maxTextLength) ký tự.",
                    en: "The opinion is longer than \(maxTextLength) characters."))
        }
        let name = raisedBy.map(VietnameseText.normalizeName).flatMap { $0.isEmpty ? nil : $0 }
        if let name, name.count > maxNameLength {
            errors.append(
                error(
                    "issue.raisedBy.tooLong", "raisedBy", vi: "Họ tên người nêu ý kiến dài quá \(maxNameLength) ký tự.",
                    en: "The name is longer than \(maxNameLength) characters."))
        }
        let step = IssueStep(.raised(responder), on: date, note: VietnameseText.normalizeText(note))
        errors += noteProblems(step) + futureProblems(step, today: today)
        guard errors.isEmpty, let body else { throw ValidationErrors(errors) }
        return RaisedIssueTrail(origin: origin, topic: topic, text: body, raisedBy: name, raised: step)
    }

    /// A stored issue, its steps checked again in order (their dates against each other, not against
    /// today: they were checked against their own day when recorded).
    public init(
        origin: IssueOrigin, topic: IssueTopic, text: String, raisedBy: String?, steps: [IssueStep]
    ) throws(ValidationErrors) {
        guard let first = steps.first, case .raised(let responder) = first.kind else {
            throw Self.problem(
                "issue.steps.notRaised", "steps", vi: "Ý kiến phải bắt đầu bằng bước nêu tại buổi sinh hoạt.",
                en: "An issue's first step must be its raise.")
        }
        let latest = steps.map(\.date).max() ?? first.date
        var trail = try RaisedIssueTrail.raise(
            on: first.date, responder: responder, origin: origin, topic: topic, text: text, raisedBy: raisedBy,
            note: first.note, today: latest)
        for step in steps.dropFirst() { trail = try trail.adding(step, today: latest) }
        self = trail
    }

    // MARK: - Derived

    /// The first step: the meeting it was raised at.
    public var raised: IssueStep { steps[0] }
    public var raisedOn: CivilDate { raised.date }
    /// The responder it was first given to.
    public var firstResponder: IssueResponder { raised.kind.responder ?? .cell }

    public var status: IssueStatus {
        switch steps.last?.kind {
        case .reported: .closed
        case .answered: .answered
        default: .open
        }
    }

    /// The last step that gave the issue to a responder: the raise or the last escalation.
    private var handedOver: IssueStep { steps.last { $0.kind.responder != nil } ?? raised }

    /// Who holds the issue now (who answered it, once answered).
    public var currentResponder: IssueResponder { handedOver.kind.responder ?? firstResponder }
    /// The day the current responder got it: the raise or the last escalation.
    public var since: CivilDate { handedOver.date }
    /// Whether it was ever passed up.
    public var escalated: Bool { steps.contains { if case .escalated = $0.kind { true } else { false } } }
    /// The highest level it reached. Issues only move up, so this is the current responder.
    public var levelReached: IssueResponder { steps.compactMap(\.kind.responder).max() ?? firstResponder }

    public var answeredOn: CivilDate? { steps.first { $0.kind == .answered }?.date }
    /// The answer, as recorded.
    public var answer: String? { steps.first { $0.kind == .answered }?.note }
    public var reportedOn: CivilDate? { steps.first { $0.kind == .reported }?.date }

    /// The responders it may be passed up to now: none unless open.
    public var escalationTargets: [IssueResponder] { status == .open ? currentResponder.higher : [] }

    /// The current responder's deadline: `workingDays` (`LocalSettings.issueAnswerWorkingDays`) after
    /// the day they got it.
    public func deadline(calendar: HolidayCalendar, workingDays: Int) -> Deadline {
        calendar.deadline(workingDays: workingDays, after: since)
    }

    /// Where the answer stands: pending, due soon or overdue while open; met (and how late) once answered.
    public func state(today: CivilDate, calendar: HolidayCalendar, workingDays: Int, soonWithin: Int = 5) -> DeadlineState {
        deadline(calendar: calendar, workingDays: workingDays).state(today: today, doneOn: answeredOn, soonWithin: soonWithin)
    }

    /// Open and past its current responder's deadline.
    public func isOverdue(today: CivilDate, calendar: HolidayCalendar, workingDays: Int) -> Bool {
        if case .overdue = state(today: today, calendar: calendar, workingDays: workingDays) { return true }
        return false
    }

    /// Working days from the raise to the answer, escalations included; nil until answered.
    public func workingDaysTaken(calendar: HolidayCalendar) -> Int? {
        answeredOn.map { calendar.workingDays(from: raisedOn, through: $0) }
    }

    // MARK: - Steps

    /// Checks a step before it is recorded: nothing after the issue is closed, no second raise;
    /// passed up only while open and only to a higher level; answered only while open, with the
    /// answer written; reported only once answered, at a later meeting than the one that raised it;
    /// dated on or after the previous step and not after `today`. Every problem at once.
    public func check(_ step: IssueStep, today: CivilDate) throws(ValidationErrors) {
        if status == .closed {
            throw Self.problem(
                "issue.closed", "step", vi: "Ý kiến đã được thông báo lại tại chi bộ; không ghi thêm bước nào.",
                en: "The answer was reported to the cell; the issue is closed.")
        }
        var errors: [DomainError] = []
        switch step.kind {
        case .raised:
            throw Self.problem(
                "issue.raise.again", "step", vi: "Ý kiến đã được ghi nhận ngày \(raisedOn.vietnamese).",
                en: "The issue was already raised on \(raisedOn.iso).")
        case .escalated(let to):
            if status != .open {
                errors.append(
                    Self.error(
                        "issue.escalate.notOpen", "step", vi: "Ý kiến đã được trả lời, không chuyển lên cấp trên nữa.",
                        en: "The issue is answered; it can no longer be passed up."))
            } else if to <= currentResponder {
                errors.append(
                    Self.error(
                        "issue.escalate.notHigher", "responder",
                        vi: "Chỉ chuyển lên cấp cao hơn \(currentResponder.label(.vi)) (đang giải quyết).",
                        en: "An issue is passed only to a level above \(currentResponder.label(.en)), which holds it."))
            }
        case .answered:
            if status != .open {
                errors.append(
                    Self.error("issue.answer.notOpen", "step", vi: "Ý kiến đã được trả lời.", en: "The issue is already answered."))
            }
            if VietnameseText.normalizeText(step.note) == nil {
                errors.append(Self.error("issue.answer.required", "note", vi: "Chưa nhập nội dung trả lời.", en: "The answer is required."))
            }
        case .reported:
            if status != .answered {
                errors.append(
                    Self.error(
                        "issue.report.notAnswered", "step", vi: "Chưa có câu trả lời để thông báo lại chi bộ.",
                        en: "There is no answer to report to the cell yet."))
            }
            if step.date <= raisedOn {
                errors.append(
                    Self.error(
                        "issue.report.sameMeeting", "date",
                        vi: "Câu trả lời phải được thông báo lại tại một buổi sinh hoạt sau ngày nêu ý kiến (\(raisedOn.vietnamese)).",
                        en: "The answer is reported at a meeting after the one that raised the issue (\(raisedOn.iso))."))
            }
        }
        if let previous = steps.last, step.date < previous.date {
            errors.append(
                Self.error(
                    "issue.date.beforePrevious", "date",
                    vi: "Ngày không được trước bước “\(previous.kind.label(.vi))” (\(previous.date.vietnamese)).",
                    en: "The date cannot be before “\(previous.kind.label(.en))” (\(previous.date.iso))."))
        }
        errors += Self.futureProblems(step, today: today) + Self.noteProblems(step)
        guard errors.isEmpty else { throw ValidationErrors(errors) }
    }

    /// The trail with `step` recorded after `check`, its note cleaned.
    public func adding(_ step: IssueStep, today: CivilDate) throws(ValidationErrors) -> RaisedIssueTrail {
        try check(step, today: today)
        var next = self
        next.steps.append(IssueStep(step.kind, on: step.date, note: VietnameseText.normalizeText(step.note)))
        return next
    }

    // MARK: - Helpers

    private static func futureProblems(_ step: IssueStep, today: CivilDate) -> [DomainError] {
        guard step.date > today else { return [] }
        return [error("issue.date.future", "date", vi: "Ngày không được sau hôm nay.", en: "The date cannot be in the future.")]
    }

    private static func noteProblems(_ step: IssueStep) -> [DomainError] {
        guard let note = VietnameseText.normalizeText(step.note), note.count > maxNoteLength else { return [] }
        return [
            error(
                "issue.note.tooLong", "note", vi: "Nội dung dài quá \(maxNoteLength) ký tự.",
                en: "The text is longer than \(maxNoteLength) characters.")
        ]
    }

    private static func error(_ code: String, _ field: String, vi: String, en: String) -> DomainError {
        DomainError(.invalid, code: code, vi: vi, en: en, field: field)
    }

    private static func problem(_ code: String, _ field: String, vi: String, en: String) -> ValidationErrors {
        ValidationErrors([error(code, field, vi: vi, en: en)])
    }
}
