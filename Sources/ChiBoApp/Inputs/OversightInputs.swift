import ChiBoCore
import Vapor

/// A superior at a meeting: `POST /meetings/{id}/visits` and `POST /api/v1/meetings/{id}/visits`.
/// Name and position default to the account's; the committee to the nearest one above the cell.
struct VisitInput: Content {
    @Input var name: String?
    @Input var position: String?
    @Input var levelUnitId: String?
    @Input var remarks: String?
    @Input var takenUp: String?

    func level() throws -> UUID? { try Read.uuid(levelUnitId, "levelUnitId", vi: "Cấp ủy", en: "committee") }
}

/// The superior's evaluation on the rubric: points per criterion (`preparation`, `attendance`,
/// `procedure`, `content`, `discussion`, `resolution`), their assessment and what they took up.
/// `POST /meetings/{id}/visits/{visit}/evaluation` and its API.
struct EvaluationInput: Content {
    @Input var preparation: String?
    @Input var attendance: String?
    @Input var procedure: String?
    @Input var content: String?
    @Input var discussion: String?
    @Input var resolution: String?
    @Input var assessment: String?
    @Input var takenUp: String?

    /// The points as the rubric reads them; a value that is not a number is refused by its field.
    func evaluation() throws -> MeetingEvaluation {
        let raw: [RubricCriterion: String?] = [
            .preparation: preparation, .attendance: attendance, .procedure: procedure, .content: content,
            .discussion: discussion, .resolution: resolution,
        ]
        var points: [RubricCriterion: Int?] = [:]
        var errors: [DomainError] = []
        for c in RubricCriterion.allCases {
            do {
                points[c] = try Read.int(raw[c] ?? nil, c.rawValue, vi: "Điểm", en: "Points")
            } catch let e as DomainError {
                errors.append(e)
            }
        }
        guard errors.isEmpty else { throw ValidationErrors(errors) }
        return try MeetingEvaluation(points: points)
    }
}

/// A cell's monthly report: `POST /units/{id}/reports` and `POST /api/v1/units/{id}/reports`.
struct ReportInput: Content {
    @Input var month: String?
    @Input var membersThinking: String?
    @Input var publicOpinion: String?
    @Input var hotIssues: String?
    @Input var results: String?
    @Input var proposals: String?
    @Input var hotIssueCount: String?
    @Input var proposalCount: String?

    /// The draft, every field read with its own message; the month defaults to `today`'s.
    func draft(today: CivilDate) throws -> MonthlyReportDraft {
        var errors: [DomainError] = []
        var month = ReportPeriod.YearMonth(today.year, today.month)
        if let raw = self.month {
            if let m = ReportPeriod.YearMonth(parsing: raw) {
                month = m
            } else {
                errors.append(
                    DomainError(
                        .invalid, code: "month.invalid", vi: "Tháng không hợp lệ (dạng 2026-03).", en: "Invalid month (e.g. 2026-03).",
                        field: "month"))
            }
        }
        var counts: [Int] = []
        for (raw, field, vi, en) in [
            (hotIssueCount, "hotIssueCount", "Số vụ việc nổi cộm", "The number of pressing incidents"),
            (proposalCount, "proposalCount", "Số đề xuất, kiến nghị", "The number of proposals"),
        ] {
            do {
                counts.append(try Read.int(raw, field, vi: vi, en: en) ?? 0)
            } catch let e as DomainError {
                errors.append(e)
                counts.append(0)
            }
        }
        guard errors.isEmpty else { throw ValidationErrors(errors) }
        let texts: [MonthlyReportSection: String] = [
            .membersThinking: membersThinking ?? "", .publicOpinion: publicOpinion ?? "", .hotIssues: hotIssues ?? "",
            .results: results ?? "", .proposals: proposals ?? "",
        ]
        return MonthlyReportDraft(month: month, texts: texts, hotIssueCount: counts[0], proposalCount: counts[1])
    }
}

/// The committee's answer to a report: `POST /reports/{id}/answer` and its API.
struct AnswerInput: Content {
    @Input var answer: String?
}

/// An opinion raised at a meeting: `POST /meetings/{id}/issues` and its API.
struct IssueInput: Content {
    @Input var origin: String?
    @Input var topic: String?
    @Input var text: String?
    /// A member on the roll who raised it (or brought the public's opinion).
    @Input var memberId: String?
    /// Who raised it, when not a member of the roll (a citizen's name), or as the minutes name them.
    @Input var raisedBy: String?
    /// Who must answer: `cell` by default.
    @Input var responder: String?
    @Input var note: String?

    func member() throws -> UUID? { try Read.uuid(memberId, "memberId", vi: "Đảng viên", en: "member") }
    func originValue() throws -> IssueOrigin { try Read.value(origin, "origin", default: .member) }
    func topicValue() throws -> IssueTopic { try Read.value(topic, "topic", default: .other) }
    func responderValue() throws -> IssueResponder? { try Read.value(responder, "responder") }
}

/// The next step of an issue: `POST /issues/{id}/steps` and its API. `kind` is `escalated` (with
/// `responder`), `answered` (with the answer in `note`) or `reported` (with the `meetingId` of
/// the cell's meeting it was reported back at, or a `date`).
struct IssueStepInput: Content {
    @Input var kind: String?
    @Input var responder: String?
    @Input var date: String?
    @Input var note: String?
    @Input var meetingId: String?

    func meeting() throws -> UUID? { try Read.uuid(meetingId, "meetingId", vi: "Buổi sinh hoạt", en: "meeting") }
    func dateValue() throws -> CivilDate? { try Read.optionalDate(date, "date", vi: "Ngày", en: "Date") }

    func kindValue() throws -> IssueStep.Kind {
        switch kind {
        case "escalated":
            guard let r: IssueResponder = try Read.value(responder, "responder") else {
                throw DomainError.required("responder", vi: "cấp chuyển lên", en: "The level to pass it to")
            }
            return .escalated(to: r)
        case "answered": return .answered
        case "reported": return .reported
        default:
            throw DomainError(
                .invalid, code: "kind.invalid", vi: "Bước phải là chuyển lên, trả lời hoặc thông báo lại.",
                en: "The step is escalated, answered or reported.", field: "kind")
        }
    }
}

extension Read {
    /// One of an enum's values by its raw value; blank is `fallback`.
    static func value<T: RawRepresentable>(_ raw: String?, _ field: String, default fallback: T? = nil) throws -> T?
    where T.RawValue == String {
        guard let raw else { return fallback }
        guard let v = T(rawValue: raw) else {
            throw DomainError(
                .invalid, code: "\(field).invalid", vi: "Lựa chọn không hợp lệ.", en: "Not one of the choices.", field: field)
        }
        return v
    }

    static func value<T: RawRepresentable>(_ raw: String?, _ field: String, default fallback: T) throws -> T
    where T.RawValue == String {
        try value(raw, field, default: Optional(fallback)) ?? fallback
    }
}
