import Foundation

/// Inspection and supervision (QĐ 296-QĐ/TW, 30-5-2025; RULES.md, "Oversight from above"): the
/// committee and its inspection committee adopt yearly plans; supervision is regular or
/// thematic, inspection targets organisations or members; a team reviews a period (the cell's
/// meetings and minutes of that period, seeds 000 and 003: "việc chấp hành nội dung sinh hoạt"),
/// the body concludes, and the remedies it requires have deadlines and are followed to closure.

/// What kind of work an item of the plan is.
public enum InspectionKind: String, Sendable, CaseIterable, Codable, Labelled {
    /// Regular supervision (giám sát thường xuyên).
    case regularSupervision = "regular_supervision"
    /// Thematic supervision (giám sát chuyên đề).
    case thematicSupervision = "thematic_supervision"
    /// Inspection of a party organisation (kiểm tra tổ chức đảng).
    case organisationInspection = "organisation_inspection"
    /// Inspection of a member (kiểm tra đảng viên).
    case memberInspection = "member_inspection"
    /// Inspection where there are signs of violation (kiểm tra khi có dấu hiệu vi phạm).
    case signsOfViolation = "signs_of_violation"

    /// Whether the work targets a member rather than an organisation.
    public var targetsMember: Bool { self == .memberInspection }

    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.regularSupervision, .vi): "Giám sát thường xuyên"
        case (.regularSupervision, .en): "Regular supervision"
        case (.thematicSupervision, .vi): "Giám sát chuyên đề"
        case (.thematicSupervision, .en): "Thematic supervision"
        case (.organisationInspection, .vi): "Kiểm tra tổ chức đảng"
        case (.organisationInspection, .en): "Inspection of an organisation"
        case (.memberInspection, .vi): "Kiểm tra đảng viên"
        case (.memberInspection, .en): "Inspection of a member"
        case (.signsOfViolation, .vi): "Kiểm tra khi có dấu hiệu vi phạm"
        case (.signsOfViolation, .en): "Inspection on signs of violation"
        }
    }
}

/// Whose plan it is: the committee's or its inspection committee's.
public enum InspectionBody: String, Sendable, CaseIterable, Codable, Labelled {
    case committee
    case inspectionCommittee = "inspection_committee"

    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.committee, .vi): "Cấp ủy"
        case (.committee, .en): "The committee"
        case (.inspectionCommittee, .vi): "Ủy ban kiểm tra"
        case (.inspectionCommittee, .en): "The inspection committee"
        }
    }
}

/// Where an item of the plan stands, derived from what was recorded.
public enum InspectionStatus: String, Sendable, CaseIterable, Codable, Labelled {
    /// In the plan; the team has recorded nothing yet.
    case planned
    /// The team has recorded findings.
    case inProgress = "in_progress"
    /// Concluded; some remedies are still open.
    case concluded
    /// Concluded and every remedy done.
    case closed

    public static func of(findings: Int, concluded: Bool, remediesOpen: Int) -> InspectionStatus {
        if concluded { return remediesOpen > 0 ? .concluded : .closed }
        return findings > 0 ? .inProgress : .planned
    }

    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.planned, .vi): "Trong kế hoạch"
        case (.planned, .en): "Planned"
        case (.inProgress, .vi): "Đang tiến hành"
        case (.inProgress, .en): "In progress"
        case (.concluded, .vi): "Đã kết luận, đang khắc phục"
        case (.concluded, .en): "Concluded, remedies open"
        case (.closed, .vi): "Đã hoàn thành"
        case (.closed, .en): "Closed"
        }
    }
}

/// An item of a yearly plan as its author writes it.
public struct InspectionDraft: Sendable, Equatable {
    public var kind: InspectionKind
    public var content: String
    /// The period under review.
    public var reviewFrom: CivilDate
    public var reviewTo: CivilDate
    /// When the team works.
    public var startOn: CivilDate
    public var endOn: CivilDate
    /// The plan's year.
    public var year: Int

    public static let maxContentLength = 2000

    public init(
        kind: InspectionKind, content: String, reviewFrom: CivilDate, reviewTo: CivilDate, startOn: CivilDate, endOn: CivilDate,
        year: Int
    ) {
        self.kind = kind
        self.content = content
        self.reviewFrom = reviewFrom
        self.reviewTo = reviewTo
        self.startOn = startOn
        self.endOn = endOn
        self.year = year
    }

    /// Checks the item: its content, a period under review in order and over before the work
    /// ends, the work's dates in order and within the plan's year. Every problem at once.
    public func check() throws(ValidationErrors) {
        var errors: [DomainError] = []
        let text = VietnameseText.normalizeText(content)
        if text == nil {
            errors.append(.required("content", vi: "nội dung kiểm tra, giám sát", en: "The content"))
        } else if let text, text.count > Self.maxContentLength {
            errors.append(
                DomainError(
                    .invalid, code: "content.tooLong", vi: "Nội dung dài quá \(Self.maxContentLength) ký tự.",
                    en: "The content is longer than \(Self.maxContentLength) characters.", field: "content"))
        }
        if reviewFrom > reviewTo {
            errors.append(
                DomainError(
                    .invalid, code: "reviewTo.order", vi: "Thời kỳ kiểm tra: ngày kết thúc không được trước ngày bắt đầu.",
                    en: "The period under review must end after it begins.", field: "reviewTo"))
        }
        if startOn > endOn {
            errors.append(
                DomainError(
                    .invalid, code: "endOn.order", vi: "Ngày kết thúc không được trước ngày bắt đầu tiến hành.",
                    en: "The work must end after it starts.", field: "endOn"))
        }
        if startOn.year != year || endOn.year != year {
            errors.append(
                DomainError(
                    .invalid, code: "startOn.year", vi: "Thời gian tiến hành phải trong năm của kế hoạch (\(year)).",
                    en: "The work must take place within the plan's year (\(year)).", field: "startOn"))
        }
        if reviewTo > endOn {
            errors.append(
                DomainError(
                    .invalid, code: "reviewTo.afterWork", vi: "Thời kỳ kiểm tra phải kết thúc trước khi đoàn làm việc xong.",
                    en: "The period under review must end before the work does.", field: "reviewTo"))
        }
        guard errors.isEmpty else { throw ValidationErrors(errors) }
    }
}

/// A remedy the conclusion requires, with its deadline.
public struct Remedy: Sendable, Equatable {
    public var content: String
    public var due: CivilDate
    public var doneOn: CivilDate?

    public init(content: String, due: CivilDate, doneOn: CivilDate? = nil) {
        self.content = content
        self.due = due
        self.doneOn = doneOn
    }

    /// Open and past its deadline.
    public func isOverdue(today: CivilDate) -> Bool { doneOn == nil && due < today }
}

/// What a conclusion and the follow-up must satisfy.
public enum InspectionRules {
    public static let maxTextLength = 4000
    public static let maxRemedies = 20

    /// A conclusion: its text, on a day not before the work started nor after today, after at
    /// least one finding; each remedy with its content and a deadline after the conclusion.
    public static func checkConclusion(
        text: String?, on date: CivilDate, startOn: CivilDate, findings: Int, remedies: [Remedy], today: CivilDate
    ) throws(ValidationErrors) {
        var errors: [DomainError] = []
        if VietnameseText.normalizeText(text) == nil {
            errors.append(.required("conclusion", vi: "nội dung kết luận", en: "The conclusion"))
        } else if (text?.count ?? 0) > maxTextLength {
            errors.append(
                DomainError(
                    .invalid, code: "conclusion.tooLong", vi: "Kết luận dài quá \(maxTextLength) ký tự.",
                    en: "The conclusion is longer than \(maxTextLength) characters.", field: "conclusion"))
        }
        if findings == 0 {
            errors.append(
                DomainError(
                    .invalid, code: "conclusion.noFindings", vi: "Đoàn chưa ghi nhận kết quả kiểm tra nào; chưa thể kết luận.",
                    en: "The team has recorded no findings; nothing to conclude yet.", field: "conclusion"))
        }
        if date < startOn || date > today {
            errors.append(
                DomainError(
                    .invalid, code: "concludedOn.range", vi: "Ngày kết luận phải từ ngày bắt đầu tiến hành đến hôm nay.",
                    en: "The conclusion is dated between the start of the work and today.", field: "concludedOn"))
        }
        if remedies.count > maxRemedies {
            errors.append(
                DomainError(
                    .invalid, code: "remedies.tooMany", vi: "Tối đa \(maxRemedies) yêu cầu khắc phục.",
                    en: "At most \(maxRemedies) remedies.", field: "remedies"))
        }
        for (i, r) in remedies.enumerated() {
            if VietnameseText.normalizeText(r.content) == nil || r.content.count > maxTextLength {
                errors.append(
                    DomainError(
                        .invalid, code: "remedy.content", vi: "Yêu cầu khắc phục \(i + 1): chưa có nội dung hoặc quá dài.",
                        en: "Remedy \(i + 1): no content, or too long.", field: "remedies"))
            }
            if r.due <= date {
                errors.append(
                    DomainError(
                        .invalid, code: "remedy.due", vi: "Yêu cầu khắc phục \(i + 1): thời hạn phải sau ngày kết luận.",
                        en: "Remedy \(i + 1): the deadline must come after the conclusion.", field: "remedies"))
            }
        }
        guard errors.isEmpty else { throw ValidationErrors(errors) }
    }

    /// A remedy reported done: once, on a day not before the conclusion nor after today.
    public static func checkDone(_ remedy: Remedy, on date: CivilDate, concludedOn: CivilDate, today: CivilDate) throws(ValidationErrors) {
        if remedy.doneOn != nil {
            throw ValidationErrors([
                DomainError(
                    .invalid, code: "remedy.done", vi: "Yêu cầu này đã được khắc phục.", en: "This remedy is already done.", field: "doneOn"
                )
            ])
        }
        if date < concludedOn || date > today {
            throw ValidationErrors([
                DomainError(
                    .invalid, code: "doneOn.range", vi: "Ngày khắc phục phải từ ngày kết luận đến hôm nay.",
                    en: "The remedy is done between the conclusion and today.", field: "doneOn")
            ])
        }
    }

    /// Whether a meeting of the target falls in the period under review: what the team may read.
    public static func covers(reviewFrom: CivilDate, reviewTo: CivilDate, meeting: CivilDate) -> Bool {
        reviewFrom <= meeting && meeting <= reviewTo
    }
}

/// What an item of the plan lets its team read (issue 17: "inspectors read what they are assigned
/// to, nothing more"). The inspector's role reads the units' pages and the plans of its subtree
/// (`Role.allows`); everything else comes from an item whose team it is on, while the item is
/// not closed: the meetings of the cell under review held in the period under review (with
/// their minutes, roll, votes and documents) and, for the inspection of a member, that member's
/// record. Not the cell's other periods, other cells, nor the other members' records.
public struct InspectionAssignment: Sendable, Equatable {
    public var targetUnit: UUID
    public var targetMember: UUID?
    public var reviewFrom: CivilDate
    public var reviewTo: CivilDate
    public var status: InspectionStatus

    public init(targetUnit: UUID, targetMember: UUID?, reviewFrom: CivilDate, reviewTo: CivilDate, status: InspectionStatus) {
        self.targetUnit = targetUnit
        self.targetMember = targetMember
        self.reviewFrom = reviewFrom
        self.reviewTo = reviewTo
        self.status = status
    }

    /// The team's access ends with its work: a closed item reads nothing.
    public var isOpen: Bool { status != .closed }

    /// A meeting of `unit` held on `date`: the cell under review, within the period under review.
    public func readsMeeting(unit: UUID, on date: CivilDate) -> Bool {
        isOpen && unit == targetUnit && InspectionRules.covers(reviewFrom: reviewFrom, reviewTo: reviewTo, meeting: date)
    }

    /// A member's record: only the member an inspection of a member concerns.
    public func readsMember(_ member: UUID) -> Bool {
        isOpen && targetMember == member
    }
}

extension Sequence where Element == InspectionAssignment {
    /// Whether any of a team member's items lets it read the meeting.
    public func readMeeting(unit: UUID, on date: CivilDate) -> Bool { contains { $0.readsMeeting(unit: unit, on: date) } }

    /// Whether any of a team member's items lets it read the member's record.
    public func readMember(_ member: UUID) -> Bool { contains { $0.readsMember(member) } }
}
