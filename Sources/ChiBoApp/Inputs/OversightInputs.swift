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
        do {
            if let m = try Read.month(self.month) { month = m }
        } catch let e as DomainError {
            errors.append(e)
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
    func originValue() throws -> IssueOrigin {
        try Read.pick(origin, "origin", as: IssueOrigin.self, vi: "người nêu", en: "origin", default: .member)
    }
    func topicValue() throws -> IssueTopic {
        try Read.pick(topic, "topic", as: IssueTopic.self, vi: "lĩnh vực", en: "topic", default: .other)
    }
    func responderValue() throws -> IssueResponder {
        try Read.pick(responder, "responder", as: IssueResponder.self, vi: "nơi trả lời", en: "responder", default: .cell)
    }
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
            return .escalated(
                to: try Read.pick(responder, "responder", as: IssueResponder.self, vi: "cấp chuyển lên", en: "level to pass it to"))
        case "answered": return .answered
        case "reported": return .reported
        default:
            throw DomainError(
                .invalid, code: "kind.invalid", vi: "Bước phải là chuyển lên, trả lời hoặc thông báo lại.",
                en: "The step is escalated, answered or reported.", field: "kind")
        }
    }
}

/// An item of the plan: `POST /units/{id}/inspections` and its API. `team` is one account id, or
/// several (the form's checkboxes `team`; the API's array or comma-separated text).
struct InspectionInput: Content {
    @Input var kind: String?
    @Input var body: String?
    @Input var year: String?
    @Input var targetUnitId: String?
    @Input var targetMemberId: String?
    @Input var content: String?
    @Input var reviewFrom: String?
    @Input var reviewTo: String?
    @Input var startOn: String?
    @Input var endOn: String?
    var team: [String]?

    enum CodingKeys: String, CodingKey {
        case kind, body, year, targetUnitId, targetMemberId, content, reviewFrom, reviewTo, startOn, endOn, team
    }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        _kind = try c.decode(Input.self, forKey: .kind)
        _body = try c.decode(Input.self, forKey: .body)
        _year = try c.decode(Input.self, forKey: .year)
        _targetUnitId = try c.decode(Input.self, forKey: .targetUnitId)
        _targetMemberId = try c.decode(Input.self, forKey: .targetMemberId)
        _content = try c.decode(Input.self, forKey: .content)
        _reviewFrom = try c.decode(Input.self, forKey: .reviewFrom)
        _reviewTo = try c.decode(Input.self, forKey: .reviewTo)
        _startOn = try c.decode(Input.self, forKey: .startOn)
        _endOn = try c.decode(Input.self, forKey: .endOn)
        team = c.team(forKey: .team)
    }

    func draft(today: CivilDate) throws -> InspectionService.Draft {
        var errors: [DomainError] = []
        let kind = Read.collect(&errors) { try Read.pick(self.kind, "kind", as: InspectionKind.self, vi: "hình thức", en: "kind") }
        let body = Read.collect(&errors) {
            try Read.pick(self.body, "body", as: InspectionBody.self, vi: "chủ thể", en: "body", default: .committee)
        }
        let year = Read.collect(&errors) { try Read.year(self.year, default: today.year) } ?? today.year
        let target = Read.collect(&errors) { try Read.choice(targetUnitId, "targetUnitId") }
        let member = Read.collect(&errors) { try Read.uuid(targetMemberId, "targetMemberId", vi: "Đảng viên", en: "member") } ?? nil
        let reviewFrom = Read.collect(&errors) { try Read.date(self.reviewFrom, "reviewFrom", vi: "Từ ngày", en: "From") }
        let reviewTo = Read.collect(&errors) { try Read.date(self.reviewTo, "reviewTo", vi: "Đến ngày", en: "To") }
        let startOn = Read.collect(&errors) { try Read.date(self.startOn, "startOn", vi: "Ngày bắt đầu", en: "Start") }
        let endOn = Read.collect(&errors) { try Read.date(self.endOn, "endOn", vi: "Ngày kết thúc", en: "End") }
        let team = (self.team ?? []).filter { !$0.isEmpty }.compactMap { raw in
            Read.collect(&errors) { try Read.choice(raw, "team") }
        }
        guard errors.isEmpty, let kind, let body, let target, let reviewFrom, let reviewTo, let startOn, let endOn else {
            throw ValidationErrors(errors)
        }
        return InspectionService.Draft(
            checked: InspectionDraft(
                kind: kind, content: content ?? "", reviewFrom: reviewFrom, reviewTo: reviewTo, startOn: startOn, endOn: endOn,
                year: year),
            body: body, targetUnitID: target, targetMemberID: member, team: team)
    }
}

/// A finding: `POST /inspections/{id}/findings`.
struct FindingInput: Content {
    @Input var text: String?
}

/// The conclusion: `POST /inspections/{id}/conclusion`. Remedies as `remedies` (API: an array of
/// `{content, due}`), or the form's rows `remedy.N.content` / `remedy.N.due`.
struct ConclusionInput: Content {
    struct RemedyLine: Content {
        @Input var content: String?
        @Input var due: String?
    }
    @Input var conclusion: String?
    @Input var concludedOn: String?
    var remedies: [RemedyLine]?

    func remedyList() throws -> [Remedy] {
        try (remedies ?? []).filter { $0.content != nil || $0.due != nil }.map { line in
            Remedy(content: line.content ?? "", due: try Read.date(line.due, "remedies", vi: "Thời hạn khắc phục", en: "Deadline"))
        }
    }
}

/// A remedy reported done: `POST /inspections/{id}/remedies/{remedy}/done`.
struct RemedyDoneInput: Content {
    @Input var doneOn: String?
    @Input var report: String?
}

/// A model cell for a group: `POST /units/{id}/models` and its API (`team` as for an inspection).
struct ModelInput: Content {
    @Input var year: String?
    @Input var group: String?
    @Input var cellId: String?
    var team: [String]?

    enum CodingKeys: String, CodingKey { case year, group, cellId, team }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        _year = try c.decode(Input.self, forKey: .year)
        _group = try c.decode(Input.self, forKey: .group)
        _cellId = try c.decode(Input.self, forKey: .cellId)
        team = c.team(forKey: .team)
    }

    func values(today: CivilDate) throws -> (year: Int, group: CellGroup, cell: UUID, team: [UUID]) {
        let g = try Read.pick(group, "group", as: CellGroup.self, vi: "nhóm chi bộ", en: "group")
        return (
            try Read.year(year, default: today.year), g, try Read.choice(cellId, "cellId"),
            try (team ?? []).filter { !$0.isEmpty }.map { try Read.choice($0, "team") }
        )
    }
}

/// `POST /models/{id}/meeting` (`meetingId`) and `POST /models/{id}/lessons` (`lessons`).
struct ModelMeetingInput: Content {
    @Input var meetingId: String?
}

struct LessonsInput: Content {
    @Input var lessons: String?
}

/// A local setting from a day: `POST /units/{id}/settings` and `PUT /api/v1/units/{id}/settings`.
struct SettingInput: Content {
    @Input var key: String?
    @Input var value: String?
    @Input var from: String?

    func values(today: CivilDate) throws -> (key: LocalSettingKey, from: CivilDate) {
        let k = try Read.pick(key, "key", as: LocalSettingKey.self, vi: "thiết lập", en: "setting")
        return (k, try Read.optionalDate(from, "from", vi: "Ngày áp dụng", en: "From") ?? today)
    }
}

extension KeyedDecodingContainer {
    /// A team's account ids: a JSON array, a form's repeated `team[]`, or comma-separated text.
    func team(forKey key: Key) -> [String]? {
        if let many = try? decodeIfPresent([String].self, forKey: key) { return many }
        if let one = try? decodeIfPresent(String.self, forKey: key) {
            return one.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        }
        return nil
    }
}
