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
