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
        var first: CivilDate?
        var last: CivilDate?
        do { first = try Read.date(firstDay, "firstDay", vi: "Từ ngày", en: "From") } catch let e as DomainError { errors.append(e) }
        do { last = try Read.date(lastDay, "lastDay", vi: "Đến ngày", en: "To") } catch let e as DomainError { errors.append(e) }
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
        var score: Int?
        var level: EvaluationLevel?
        var exceeding: Int?
        do {
            exceeding = try Read.int(exceedingPercent, "exceedingPercent", vi: "Tỷ lệ vượt mức", en: "The share exceeded")
        } catch let e as DomainError { errors.append(e) }
        do { score = try Read.int(self.score, "score", vi: "Điểm", en: "The score") } catch let e as DomainError { errors.append(e) }
        do { level = try Read.pick(self.level, "level", as: EvaluationLevel.self, vi: "mức xếp loại", en: "level") } catch let e
            as DomainError
        {
            errors.append(e)
        }
        guard errors.isEmpty else { throw ValidationErrors(errors) }
        return EvaluationService.LevelInput(score: score, level: level, text: text, exceeding: exceeding)
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
