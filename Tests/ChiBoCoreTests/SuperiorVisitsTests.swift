import Foundation
import Testing

@testable import ChiBoCore

/// Superiors at cell meetings: the rubric, the superior's band against the cell's own, and the
/// windows of the local visit frequency.
@Suite struct SuperiorVisitsTests {
    func date(_ iso: String) -> CivilDate { CivilDate(parsing: iso)! }

    func points(_ values: [Int]) -> [RubricCriterion: Int?] {
        Dictionary(uniqueKeysWithValues: zip(RubricCriterion.allCases, values.map { Optional($0) }))
    }

    @Test func theRubricIsOutOfAHundred() {
        #expect(MeetingEvaluation.fullMarks == 100)
        #expect(RubricCriterion.allCases.map(\.maxPoints) == [20, 20, 15, 20, 15, 10])
    }

    @Test func anEvaluationAddsItsPointsAndFallsInTheLocalBands() throws {
        let local = LocalSettings()
        let good = try MeetingEvaluation(points: points([20, 18, 15, 18, 12, 9]))
        #expect(good.score == 92)
        #expect(good.quality(local) == .good)
        #expect(try MeetingEvaluation(points: points([14, 14, 10, 14, 10, 8])).quality(local) == .fair)
        #expect(try MeetingEvaluation(points: points([10, 10, 8, 10, 8, 4])).quality(local) == .average)
        #expect(try MeetingEvaluation(points: points([0, 0, 0, 0, 0, 0])).quality(local) == .poor)
        var strict = LocalSettings()
        strict.qualityGoodFrom = 95
        #expect(good.quality(strict) == .fair, "the bands are the locality's")
    }

    @Test func everyCriterionMustBeScoredWithinItsPoints() {
        var p = points([21, 18, 15, 18, 12, 9])
        p[.resolution] = nil
        p[.discussion] = .some(-1)
        do {
            _ = try MeetingEvaluation(points: p)
            Issue.record("expected a refusal")
        } catch {
            #expect(error.errors.map(\.field) == ["preparation", "discussion", "resolution"])
            #expect(error.errors.map(\.code) == ["rubric.range", "rubric.range", "rubric.required"])
            #expect(error.errors[0].message(.vi) == "Điểm tiêu chí “Chuẩn bị nội dung, chi ủy họp trước” từ 0 đến 20.")
        }
    }

    @Test func theSuperiorsBandIsComparedWithTheCellsOwn() {
        #expect(EvaluationComparison.compare(superior: .fair, cell: .good) == .lower)
        #expect(EvaluationComparison.compare(superior: .good, cell: .fair) == .higher)
        #expect(EvaluationComparison.compare(superior: .good, cell: .good) == .agrees)
        #expect(EvaluationComparison.compare(superior: .poor, cell: nil) == .noSelfAssessment)
        #expect(EvaluationComparison.lower.differs && EvaluationComparison.higher.differs)
        #expect(!EvaluationComparison.agrees.differs && !EvaluationComparison.noSelfAssessment.differs)
    }

    @Test func aVisitorsTextsAreChecked() {
        #expect(throws: ValidationErrors.self) { try VisitRules.check(name: "", position: "", remarks: nil, takenUp: nil) }
        #expect(throws: ValidationErrors.self) {
            try VisitRules.check(name: "Hà Văn Tú", position: "", remarks: String(repeating: "a", count: 4001), takenUp: nil)
        }
        #expect(throws: Never.self) { try VisitRules.check(name: "Hà Văn Tú", position: "Phó Bí thư", remarks: "Tốt", takenUp: nil) }
    }

    @Test func windowsFollowTheLocalFrequency() {
        #expect(VisitRules.window(containing: date("2026-11-22"), .quarter) == (date("2026-10-01"), date("2026-12-31")))
        #expect(VisitRules.window(containing: date("2026-02-10"), .month) == (date("2026-02-01"), date("2026-02-28")))
        #expect(VisitRules.window(containing: date("2026-02-10"), .year) == (date("2026-01-01"), date("2026-12-31")))
        #expect(VisitRules.key(of: date("2026-05-04"), .quarter) == "2026-Q2")
        // On 22/11 three quarters are over; visits in Q1 and Q3 leave Q2 missed.
        let c = VisitRules.coverage(
            visitDates: [date("2026-01-05"), date("2026-03-05"), date("2026-07-05"), date("2025-04-05")], year: 2026, window: .quarter,
            today: date("2026-11-22"))
        #expect(c.due == 3 && c.missed == 1)
        let monthly = VisitRules.coverage(visitDates: [date("2026-01-05")], year: 2026, window: .month, today: date("2026-03-01"))
        #expect(monthly.due == 2 && monthly.missed == 1)
    }

    @Test func theCountersGiveTheVisitsAndTheMissedWindows() {
        var a = CellActivity()
        a.visits = [
            (date("2026-01-05"), true, false), (date("2026-02-05"), true, true), (date("2026-07-05"), false, false),
        ]
        let rows = a.rows()
        #expect(rows["2026-01"]?[.visits] == 1)
        #expect(rows["2026-Q1"]?[.visitedQuarters] == 1, "two visits in a quarter cover it once")
        #expect(rows["2026"]?[.visitedYears] == 1)
        let f = CellFigures.derive(rows: rows, period: .year(2026), today: date("2026-11-22"))
        #expect(f.oversight.visits == 3)
        #expect(f.oversight.evaluated == 2)
        #expect(f.oversight.differing == 1)
        #expect(f.oversight.window == .quarter)
        #expect(f.oversight.windowsDue == 3 && f.oversight.windowsMissed == 1)
        // The same by a recomputation from the dates.
        let c = VisitRules.coverage(visitDates: a.visits.map(\.date), year: 2026, window: .quarter, today: date("2026-11-22"))
        #expect((c.due, c.missed) == (f.oversight.windowsDue, f.oversight.windowsMissed))
        // A committee's figures are the sum of its cells'.
        let sum = CellFigures.sum([f, CellFigures.derive(rows: CellActivity().rows(), period: .year(2026), today: date("2026-11-22"))])
        #expect(sum.oversight.windowsDue == 6 && sum.oversight.windowsMissed == 4)
    }
}
