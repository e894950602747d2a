import ChiBoCore
import Fluent
import Vapor

/// A committee's round of evaluation for a period: the members of the cells it decides for and
/// the organisations directly below it, each through its steps; then the committee's decision
/// (numbered, dated) and its publication.
package final class EvaluationRound: Model, @unchecked Sendable {
    package static let schema = "evaluation_rounds"

    @ID(key: .id) package var id: UUID?
    /// The deciding committee.
    @Parent(key: "unit_id") package var unit: OrgUnit
    @Field(key: "kind") package var kind: EvaluationPeriodKind
    @Field(key: "first_day") package var firstDay: CivilDate
    @Field(key: "last_day") package var lastDay: CivilDate
    /// The year the results count in (the last day's).
    @Field(key: "year") package var year: Int
    @Field(key: "status") package var status: EvaluationRoundStatus
    @Field(key: "opened_on") package var openedOn: CivilDate
    /// "Số 12-QĐ/ĐU".
    @OptionalField(key: "decision_number") package var decisionNumber: String?
    @OptionalField(key: "decision_on") package var decisionOn: CivilDate?
    @OptionalField(key: "decided_by") package var decidedBy: String?
    @OptionalField(key: "published_on") package var publishedOn: CivilDate?
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) package var updatedAt: Date?

    package init() {}

    var period: EvaluationPeriod { EvaluationPeriod(kind: kind, first: firstDay, last: lastDay) }
}

/// One member's evaluation in a round, step by step.
package final class MemberEvaluation: Model, @unchecked Sendable {
    package static let schema = "member_evaluations"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "round_id") package var round: EvaluationRound
    @Parent(key: "member_id") package var member: Member
    /// The member's cell when the round opened: whose secretary records the cell's steps.
    @Parent(key: "unit_id") package var unit: OrgUnit
    @Field(key: "full_name") package var fullName: String
    @Field(key: "sort_key") package var sortKey: String
    @Field(key: "form") package var form: SelfAssessmentForm
    /// A working member: the residence area comments before the cell proposes.
    @Field(key: "residence_needed") package var residenceNeeded: Bool
    @OptionalField(key: "self_score") package var selfScore: Int?
    @OptionalField(key: "self_level") package var selfLevel: EvaluationLevel?
    @OptionalField(key: "self_text") package var selfText: String?
    /// The share of criteria and targets exceeded the member declares (an "excellent" needs it).
    @OptionalField(key: "self_exceeding") package var selfExceeding: Int?
    @OptionalField(key: "self_on") package var selfOn: CivilDate?
    @OptionalField(key: "self_by") package var selfBy: String?
    @OptionalField(key: "residence_comment") package var residenceComment: String?
    @OptionalField(key: "residence_on") package var residenceOn: CivilDate?
    @OptionalField(key: "residence_by") package var residenceBy: String?
    @OptionalField(key: "cell_score") package var cellScore: Int?
    @OptionalField(key: "cell_level") package var cellLevel: EvaluationLevel?
    @OptionalField(key: "cell_comment") package var cellComment: String?
    @OptionalField(key: "cell_exceeding") package var cellExceeding: Int?
    @OptionalField(key: "cell_on") package var cellOn: CivilDate?
    @OptionalField(key: "cell_by") package var cellBy: String?
    @OptionalField(key: "appraised_level") package var appraisedLevel: EvaluationLevel?
    @OptionalField(key: "appraisal_note") package var appraisalNote: String?
    @OptionalField(key: "appraised_on") package var appraisedOn: CivilDate?
    @OptionalField(key: "appraised_by") package var appraisedBy: String?
    /// Set by the committee's decision.
    @OptionalField(key: "final_level") package var finalLevel: EvaluationLevel?
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) package var updatedAt: Date?

    package init() {}

    var next: MemberEvaluationStep {
        MemberEvaluationStep.next(
            selfDone: selfOn != nil, residenceNeeded: residenceNeeded, residenceDone: residenceOn != nil, cellDone: cellOn != nil,
            appraised: appraisedOn != nil)
    }
}

/// A party organisation's evaluation in its superior's round: its own report (form 01) and the
/// superior standing body's rating.
package final class OrgEvaluation: Model, @unchecked Sendable {
    package static let schema = "org_evaluations"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "round_id") package var round: EvaluationRound
    @Parent(key: "unit_id") package var unit: OrgUnit
    @OptionalField(key: "self_score") package var selfScore: Int?
    @OptionalField(key: "self_level") package var selfLevel: EvaluationLevel?
    @OptionalField(key: "self_report") package var selfReport: String?
    @OptionalField(key: "self_exceeding") package var selfExceeding: Int?
    @OptionalField(key: "self_on") package var selfOn: CivilDate?
    @OptionalField(key: "self_by") package var selfBy: String?
    @Field(key: "collective_disciplined") package var collectiveDisciplined: Bool
    @OptionalField(key: "score") package var score: Int?
    @OptionalField(key: "level") package var level: EvaluationLevel?
    @OptionalField(key: "comment") package var comment: String?
    @OptionalField(key: "exceeding") package var exceeding: Int?
    @OptionalField(key: "rated_on") package var ratedOn: CivilDate?
    @OptionalField(key: "rated_by") package var ratedBy: String?
    @OptionalField(key: "final_level") package var finalLevel: EvaluationLevel?
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) package var updatedAt: Date?

    package init() {}
}
