import Foundation
import Testing

@testable import ChiBoCore

/// The year's evaluation (QĐ 366): the bands, the caps, the share of "excellent", the steps.
@Suite struct EvaluationTests {
    let rules = Rulebook.inForce(on: CivilDate(year: 2026, month: 12, day: 1)!).evaluation

    func codes(_ body: () throws -> Void) -> [String] {
        do {
            try body()
            return []
        } catch let e as ValidationErrors { return e.errors.map(\.code) } catch { return ["?"] }
    }

    @Test func aScoreFallsInTheRulebooksBands() {
        #expect(EvaluationLevel.band(score: 90, rules: rules) == .excellent)
        #expect(EvaluationLevel.band(score: 89, rules: rules) == .good)
        #expect(EvaluationLevel.band(score: 70, rules: rules) == .good)
        #expect(EvaluationLevel.band(score: 69, rules: rules) == .completed)
        #expect(EvaluationLevel.band(score: 50, rules: rules) == .completed)
        #expect(EvaluationLevel.band(score: 49, rules: rules) == .notCompleted)
        #expect(EvaluationLevel.range(.good, rules: rules) == "70–<90")
    }

    @Test func aLevelAboveItsScoreOrItsCapsIsRefused() {
        #expect(codes { try EvaluationSteps.checkLevel(score: 92, level: .excellent, caps: [], rules: rules, exceeding: 35) } == [])
        #expect(
            codes { try EvaluationSteps.checkLevel(score: 92, level: .excellent, caps: [], rules: rules, exceeding: 20) } == [
                "level.exceeding"
            ])
        #expect(codes { try EvaluationSteps.checkLevel(score: 92, level: .excellent, caps: [], rules: rules) } == ["level.exceeding"])
        #expect(
            codes { try EvaluationSteps.checkLevel(score: 92, level: .good, caps: [], rules: rules, exceeding: 120) } == [
                "exceedingPercent.range"
            ])
        #expect(codes { try EvaluationSteps.checkLevel(score: 92, level: .good, caps: [], rules: rules) } == [])
        #expect(
            codes { try EvaluationSteps.checkLevel(score: 75, level: .excellent, caps: [], rules: rules, exceeding: 40) } == [
                "level.aboveScore"
            ])
        #expect(codes { try EvaluationSteps.checkLevel(score: 101, level: .good, caps: [], rules: rules) } == ["score.range"])
        #expect(codes { try EvaluationSteps.checkLevel(score: 80, level: nil, caps: [], rules: rules) } == ["level.required"])

        var facts = MemberRecordFacts()
        facts.tasksLate = 1
        let late = EvaluationSteps.caps(facts)
        #expect(EvaluationSteps.ceiling(late) == .good)
        #expect(
            codes { try EvaluationSteps.checkLevel(score: 95, level: .excellent, caps: late, rules: rules, exceeding: 40) } == [
                "level.capped"
            ])
        facts.measures = ["Khiển trách"]
        let disciplined = EvaluationSteps.caps(facts)
        #expect(EvaluationSteps.ceiling(disciplined) == .completed)
        #expect(codes { try EvaluationSteps.checkLevel(score: 80, level: .good, caps: disciplined, rules: rules) } == ["level.capped"])
        #expect(codes { try EvaluationSteps.checkLevel(score: 80, level: .completed, caps: disciplined, rules: rules) } == [])
        #expect(EvaluationSteps.caps(MemberRecordFacts()).isEmpty)
    }

    @Test func theShareOfExcellentIsCheckedWithItsArithmetic() {
        let within = ExcellentCap(share: 20, excellent: 4, good: 22)
        #expect(within.allowed == 4)
        #expect(!within.isBroken)
        let over = ExcellentCap(share: 20, excellent: 5, good: 22)
        #expect(over.isBroken)
        #expect(over.arithmetic(.vi) == "5 “Hoàn thành xuất sắc” > 20% × 22 “Hoàn thành tốt” = 4,4 → tối đa 4")
        #expect(over.arithmetic(.en) == "5 “Excellent” > 20% × 22 “Good” = 4.4 → at most 4")
        #expect(codes { try over.check() } == ["cap.excellent"])
        #expect(ExcellentCap(share: 20, levels: [.excellent, .good, .good, nil, .completed]).excellent == 1)
        #expect(ExcellentCap(share: 20, levels: [.excellent, .good, .good]).isBroken)
        #expect(
            codes {
                try EvaluationDecision.check(
                    membersPending: 2, orgsPending: 0, members: over, orgs: ExcellentCap(share: 20, excellent: 0, good: 3))
            } == ["members.pending", "cap.excellent"])
    }

    @Test func anOrganisationIsCappedByItsRecord() {
        var f = OrganisationRecordFacts()
        f.months = 11
        f.regularMonthsHeld = 11
        #expect(EvaluationSteps.caps(f, collectiveDisciplined: false).isEmpty)
        f.regularMonthsHeld = 10
        #expect(EvaluationSteps.ceiling(EvaluationSteps.caps(f, collectiveDisciplined: false)) == .good)
        #expect(EvaluationSteps.caps(f, collectiveDisciplined: true).count == 2)
    }

    @Test func stepsFollowTheirOrder() {
        let next = MemberEvaluationStep.next(selfDone: true, residenceNeeded: true, residenceDone: false, cellDone: false, appraised: false)
        #expect(next == .residence)
        #expect(codes { try MemberEvaluationStep.checkOrder(.cell, next: next) } == ["step.order"])
        #expect(codes { try MemberEvaluationStep.checkOrder(.selfAssessment, next: next) } == [])
        #expect(
            MemberEvaluationStep.next(selfDone: true, residenceNeeded: false, residenceDone: false, cellDone: true, appraised: false)
                == .appraisal)
        #expect(SelfAssessmentForm.suggested(isOfficer: true, cellType: .ruralVillage) == .leader)
        #expect(SelfAssessmentForm.suggested(isOfficer: false, cellType: .agency) == .employee)
        #expect(SelfAssessmentForm.suggested(isOfficer: false, cellType: .ruralVillage) == .other)
        #expect(EvaluationSteps.needsResidenceComment(form: .employee, cellType: .agency))
        #expect(!EvaluationSteps.needsResidenceComment(form: .other, cellType: .agency))
        #expect(!EvaluationSteps.needsResidenceComment(form: .leader, cellType: .ruralVillage))
    }

    @Test func aPeriodIsAYearAQuarterATermOrAOneOff() {
        let today = CivilDate(year: 2026, month: 12, day: 6)!
        #expect(codes { try EvaluationPeriod.year(2026).check(today: today) } == [])
        #expect(codes { try EvaluationPeriod.year(2027).check(today: today) } == ["period.future"])
        let q = EvaluationPeriod(
            kind: .quarter, first: CivilDate(year: 2026, month: 4, day: 1)!, last: CivilDate(year: 2026, month: 6, day: 30)!)
        #expect(codes { try q.check(today: today) } == [])
        let badQ = EvaluationPeriod(
            kind: .quarter, first: CivilDate(year: 2026, month: 4, day: 1)!, last: CivilDate(year: 2026, month: 7, day: 31)!)
        #expect(codes { try badQ.check(today: today) } == ["period.quarter"])
        let term = EvaluationPeriod(
            kind: .term, first: CivilDate(year: 2020, month: 10, day: 1)!, last: CivilDate(year: 2025, month: 9, day: 30)!)
        #expect(codes { try term.check(today: today) } == [])
        let long = EvaluationPeriod(
            kind: .oneOff, first: CivilDate(year: 2020, month: 1, day: 1)!, last: CivilDate(year: 2025, month: 1, day: 31)!)
        #expect(codes { try long.check(today: today) } == ["period.tooLong"])
        let backwards = EvaluationPeriod(
            kind: .oneOff, first: CivilDate(year: 2026, month: 5, day: 1)!, last: CivilDate(year: 2026, month: 4, day: 1)!)
        #expect(codes { try backwards.check(today: today) } == ["lastDay.order"])
    }

    @Test func aDecisionNumberIsWrittenInTheOfficialForm() throws {
        #expect(try EvaluationDecision.checkNumber("125-QĐ/ĐU").code == "125-QĐ/ĐU")
        #expect(try EvaluationDecision.checkNumber("Số 07-QĐ/ĐU").code == "07-QĐ/ĐU")
        #expect(codes { _ = try EvaluationDecision.checkNumber("quyết định 5") } == ["decisionNumber.invalid"])
        #expect(codes { _ = try EvaluationDecision.checkNumber("5-NQ/ĐU") } == ["decisionNumber.invalid"])
        #expect(codes { _ = try EvaluationDecision.checkNumber("5-NQ/ĐU") } == ["decisionNumber.invalid"])
        #expect(codes { _ = try EvaluationDecision.checkNumber(" ") } == ["decisionNumber.required"])
    }
}
