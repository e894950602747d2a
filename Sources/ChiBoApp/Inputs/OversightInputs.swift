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
