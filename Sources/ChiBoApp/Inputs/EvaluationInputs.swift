import ChiBoCore
import Vapor

/// A round opened: `POST /units/{id}/evaluations` and its API. A yearly round needs only its
/// `year`; a term, a quarter or a one-off its `firstDay` and `lastDay`.
struct RoundInput: Content {
    @Input var kind: String?
    @Input var year: String?
    @Input var firstDay: String?
    @Input var lastDay: String?

    func period(today: CivilDate) throws -> EvaluationPeriod {
        let kind = try Read.pick(self.kind, "kind", as: EvaluationPeriodKind.self, vi: "kỳ đánh giá", en: "period", default: .year)
        if kind == .year {
            return .year(try Read.year(year, default: today.year))
        }
        var errors: [DomainError] = []
        let first = Read.collect(&errors) { try Read.date(firstDay, "firstDay", vi: "Từ ngày", en: "From") }
        let last = Read.collect(&errors) { try Read.date(lastDay, "lastDay", vi: "Đến ngày", en: "To") }
        guard errors.isEmpty, let first, let last else { throw ValidationErrors(errors) }
        return EvaluationPeriod(kind: kind, first: first, last: last)
    }
}

/// A step with a score and a level: a self-assessment (with its `form`), the cell's proposal, the
/// committee's appraisal (no score), an organisation's report or rating (`collectiveDisciplined`).
/// `text` is the step's paragraph (the self-assessment, the comment, the reason).
struct LevelStepInput: Content {
    @Input var form: String?
    @Input var score: String?
    @Input var level: String?
    @Input var text: String?
    @Input var collectiveDisciplined: String?
    /// The share of criteria and targets exceeded, percent (required for "excellent").
    @Input var exceedingPercent: String?

    func read() throws -> EvaluationService.LevelInput {
        var errors: [DomainError] = []
        let exceeding = Read.collect(&errors) {
            try Read.int(exceedingPercent, "exceedingPercent", vi: "Tỷ lệ vượt mức", en: "The share exceeded")
        }
        let score = Read.collect(&errors) { try Read.int(self.score, "score", vi: "Điểm", en: "The score") }
        let level = Read.collect(&errors) {
            try Read.pick(self.level, "level", as: EvaluationLevel.self, vi: "mức xếp loại", en: "level")
        }
        guard errors.isEmpty else { throw ValidationErrors(errors) }
        return EvaluationService.LevelInput(score: score ?? nil, level: level, text: text, exceeding: exceeding ?? nil)
    }

    func selfForm() throws -> SelfAssessmentForm? {
        guard form != nil else { return nil }
        return try Read.pick(form, "form", as: SelfAssessmentForm.self, vi: "mẫu tự kiểm điểm", en: "form")
    }
}

/// The committee's decision: `POST /evaluations/{id}/decision`; publication: `…/publication`.
struct DecisionInput: Content {
    @Input var decisionNumber: String?
    @Input var decisionOn: String?
    @Input var publishedOn: String?
}

extension LevelCap: Content {}
extension MemberRecordFacts: Content {}
extension OrganisationRecordFacts: Content {}
