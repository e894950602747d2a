import Foundation
import Testing

@testable import ChiBoCore

/// Training and contests for cell secretaries: a course, an attendance and its certificate, a
/// contest and its results, who is without training, and the counters.
@Suite struct TrainingTests {
    func date(_ iso: String) -> CivilDate { CivilDate(parsing: iso)! }
    let today = CivilDate(year: 2026, month: 11, day: 22)!

    func codes(_ body: () throws -> Void) -> [String] {
        do {
            try body()
            return []
        } catch let error as ValidationErrors { return error.errors.map(\.code) } catch { return ["\(error)"] }
    }

    @Test func aCourseIsChecked() {
        let course = CourseDraft(
            kind: .partyWork, topic: "Kỹ năng tổ chức sinh hoạt chi bộ", organiser: "Ban Tổ chức Đảng ủy xã",
            startOn: date("2026-03-02"), endOn: date("2026-03-06"))
        #expect(codes { try course.check() } == [])
        #expect(course.year == 2026)
        var bad = course
        bad.topic = "  "
        bad.organiser = String(repeating: "x", count: CourseDraft.maxOrganiserLength + 1)
        bad.location = String(repeating: "y", count: CourseDraft.maxLocationLength + 1)
        bad.endOn = date("2026-03-01")
        #expect(codes { try bad.check() } == ["topic.required", "organiser.tooLong", "location.tooLong", "endOn.order"])
        do {
            try bad.check()
        } catch {
            #expect(error.errors.first?.vi == "Chưa nhập chủ đề lớp học.")
            #expect(error.errors.first?.en == "The topic is required.")
            #expect(error.errors.map(\.field) == ["topic", "organiser", "location", "endOn"])
        }
    }

    @Test func aCertificateIsForACompletedCourseDatedFromItsEndToToday() {
        let end = date("2026-03-06")
        func check(_ a: CourseAttendance, end: CivilDate = date("2026-03-06")) -> [String] {
            codes { try a.check(courseEnd: end, today: today) }
        }
        #expect(check(CourseAttendance(completed: false)) == [])
        #expect(check(CourseAttendance(completed: true)) == [])
        #expect(check(CourseAttendance(completed: true, certificateNumber: "12/CN-ĐU", certificateDate: end)) == [])
        #expect(check(CourseAttendance(completed: true, certificateNumber: "12/CN-ĐU", certificateDate: today)) == [])
        // Not completed: no certificate.
        #expect(check(CourseAttendance(completed: false, certificateNumber: "12/CN-ĐU")) == ["certificate.notCompleted"])
        // Before the end, after today; a number without its date and the reverse.
        #expect(
            check(CourseAttendance(completed: true, certificateNumber: "12", certificateDate: date("2026-03-05")))
                == ["certificateDate.range"])
        #expect(
            check(CourseAttendance(completed: true, certificateNumber: "12", certificateDate: date("2026-11-23")))
                == ["certificateDate.range"])
        #expect(check(CourseAttendance(completed: true, certificateNumber: "12")) == ["certificateDate.required"])
        #expect(check(CourseAttendance(completed: true, certificateDate: end)) == ["certificateNumber.required"])
        #expect(
            check(CourseAttendance(completed: true, certificateNumber: String(repeating: "9", count: 51), certificateDate: end))
                == ["certificateNumber.tooLong"])
        // A course still running has no one who completed it.
        #expect(
            check(CourseAttendance(completed: true, certificateNumber: "1", certificateDate: today), end: date("2026-12-01"))
                == ["completed.notEnded", "certificateDate.range"])
    }

    @Test func aContestIsCheckedAndItsResultsWaitForItsEnd() {
        let contest = ContestDraft(
            name: "Hội thi Bí thư chi bộ giỏi", year: 2026, startOn: date("2026-09-15"), endOn: date("2026-09-16"))
        #expect(codes { try contest.check() } == [])
        let bad = ContestDraft(name: "", year: 2026, startOn: date("2026-12-30"), endOn: date("2027-01-02"))
        #expect(codes { try bad.check() } == ["name.required", "startOn.year"])
        let backwards = ContestDraft(name: "Hội thi", year: 2026, startOn: date("2026-09-16"), endOn: date("2026-09-15"))
        #expect(codes { try backwards.check() } == ["endOn.order"])
        #expect(codes { try TrainingRules.checkResult(contestEnd: date("2026-09-16"), today: today) } == [])
        #expect(codes { try TrainingRules.checkResult(contestEnd: today, today: today) } == [])
        #expect(codes { try TrainingRules.checkResult(contestEnd: date("2026-11-23"), today: today) } == ["prize.notEnded"])
        let long = String(repeating: "x", count: TrainingRules.maxNoteLength + 1)
        #expect(codes { try TrainingRules.checkResult(contestEnd: today, note: long, today: today) } == ["note.tooLong"])
        #expect(ContestPrize.allCases.filter(\.isPrize) == [.first, .second, .third, .consolation])
        #expect(ContestPrize.first.label(.vi) == "Giải Nhất" && ContestPrize.participated.label(.en) == "Took part")
    }

    @Test func aSecretaryWithoutACompletedCourseInTheLastYearsIsWithoutTraining() {
        #expect(TrainingRules.recentYears == 5)
        #expect(TrainingRules.recentSince(today: today) == date("2021-11-22"))
        #expect(TrainingRules.lacksTraining(completed: [], today: today))
        #expect(!TrainingRules.lacksTraining(completed: [date("2021-11-22")], today: today))
        #expect(TrainingRules.lacksTraining(completed: [date("2021-11-21"), date("2019-05-01")], today: today))
        #expect(!TrainingRules.lacksTraining(completed: [date("2019-05-01"), date("2026-03-06")], today: today))
        // A course ending after today is not training had.
        #expect(TrainingRules.lacksTraining(completed: [date("2026-12-01")], today: today))
        #expect(
            TrainingRules.lastTraining(completed: [date("2019-05-01"), date("2026-03-06"), date("2026-12-01")], today: today)
                == date("2026-03-06"))
        #expect(TrainingRules.lastTraining(completed: [], today: today) == nil)
        #expect(TrainingRules.hasEnded(today, today: today) && !TrainingRules.hasEnded(date("2026-11-23"), today: today))
        #expect(TrainingRules.isSecretary(.secretary) && TrainingRules.isSecretary(.deputy))
        #expect(!TrainingRules.isSecretary(.committeeMember))
        #expect(CourseKind.partyWork.label(.vi).hasPrefix("Bồi dưỡng nghiệp vụ công tác đảng"))
    }

    @Test func theCountersFollowTheMonthTheCourseOrContestEnded() throws {
        var a = CellActivity()
        a.trainingCompleted = [date("2026-03-06"), date("2026-03-06"), date("2025-10-10")]
        a.contestEntries = [(date("2026-09-16"), .first), (date("2026-09-16"), .participated), (date("2026-09-16"), nil)]
        let rows = a.rows()
        #expect(rows["2026-03"]?[.trainingCompleted] == 2)
        #expect(rows["2025-10"]?[.trainingCompleted] == 1)
        #expect(rows["2026-09"]?[.contestEntrants] == 3)
        #expect(rows["2026-09"]?[.contestPrizes] == 1)
        let f = CellFigures.derive(rows: rows, period: .year(2026), today: today)
        #expect(
            f.training
                == {
                    var t = TrainingFigures()
                    t.completed = 2
                    t.contestEntrants = 3
                    t.contestPrizes = 1
                    return t
                }())
        #expect(CellFigures.sum([f, f]).training.completed == 4)
        #expect(CellFigures.derive(rows: rows, period: .quarter(2026, 1), today: today).training.contestEntrants == 0)
        // The training figures alone, as a page of many sub-units reads them: the same as the whole
        // derivation's, for every period.
        for period in [ReportPeriod.year(2026), .year(2025), .quarter(2026, 1), .quarter(2026, 3), .month(2026, 3)] {
            #expect(
                TrainingFigures.derive(rows: rows, period: period) == CellFigures.derive(rows: rows, period: period, today: today).training)
        }
        #expect(TrainingFigures.derive(rows: rows, period: .year(2025)).completed == 1)
        // The training columns, in M021's order (the columns' order against the migrations: RollupTests).
        let all = FigureColumn.allCases
        let at = try #require(all.firstIndex(of: .trainingCompleted))
        #expect(Array(all[at..<at + 3]) == [.trainingCompleted, .contestEntrants, .contestPrizes])
    }
}
