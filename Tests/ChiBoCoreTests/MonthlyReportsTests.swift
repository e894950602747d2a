import Testing

@testable import ChiBoCore

/// The secretary's monthly report: the draft's checks, the due day clamped to the month, where a
/// report stands in calendar days, and the committee's tally.
@Suite struct MonthlyReportsTests {
    @Test func aStateReadsBackFromItsCode() {
        for s: MonthlyReportState in [.notYetDue, .due, .onTime, .late(daysLate: 3), .missing] {
            #expect(MonthlyReportState(code: s.code, daysLate: 3) == s)
        }
        #expect(MonthlyReportState(code: "nope") == nil)
    }

    let d = { (s: String) in CivilDate(parsing: s)! }
    let dueDay = LocalSettings().monthlyReportDueDay
    let march = ReportPeriod.YearMonth(2026, 3)

    func state(_ month: ReportPeriod.YearMonth, submitted: String? = nil, today: String) -> MonthlyReportState {
        MonthlyReportRules.state(month: month, submittedOn: submitted.map(d), today: d(today), dueDay: dueDay)
    }

    /// The codes of the refusal `body` throws, in order; none when it passes.
    func codes(_ body: () throws -> Void) -> [String] {
        do {
            try body()
            return []
        } catch {
            return (error as? ValidationErrors)?.errors.map(\.code) ?? ["not a ValidationErrors: \(error)"]
        }
    }

    var written: MonthlyReportDraft {
        MonthlyReportDraft(
            month: march,
            texts: [
                .membersThinking: "Đảng viên yên tâm, tin tưởng vào sự lãnh đạo của Đảng.",
                .publicOpinion: "Nhân dân phấn khởi trước kết quả làm đường liên thôn.",
            ], hotIssueCount: 1, proposalCount: 2)
    }

    // MARK: - Due date

    @Test func theDueDayIsTheLocalSettingDefaultingToThe25th() {
        #expect(dueDay == 25)
        #expect(MonthlyReportRules.due(month: march, dueDay: dueDay) == d("2026-03-25"))
    }

    @Test func aDueDayPastTheMonthsEndIsClampedToItsLastDay() {
        #expect(MonthlyReportRules.due(month: .init(2026, 2), dueDay: 31) == d("2026-02-28"))
        #expect(MonthlyReportRules.due(month: .init(2026, 2), dueDay: 29) == d("2026-02-28"))
        #expect(MonthlyReportRules.due(month: .init(2028, 2), dueDay: 31) == d("2028-02-29"))
        #expect(MonthlyReportRules.due(month: .init(2026, 4), dueDay: 31) == d("2026-04-30"))
        #expect(MonthlyReportRules.due(month: .init(2026, 1), dueDay: 31) == d("2026-01-31"))
        #expect(MonthlyReportRules.due(month: .init(2026, 2), dueDay: 0) == d("2026-02-01"))
    }

    // MARK: - State

    @Test func beforeItsMonthAReportIsNotYetDue() {
        #expect(state(march, today: "2026-02-28") == .notYetDue)
        #expect(state(.init(2027, 1), today: "2026-12-31") == .notYetDue)
    }

    @Test func fromTheFirstOfTheMonthToTheDueDayAnUnsubmittedReportIsDue() {
        #expect(state(march, today: "2026-03-01") == .due)
        #expect(state(march, today: "2026-03-25") == .due)
    }

    @Test func afterTheDueDayAnUnsubmittedReportIsMissing() {
        #expect(state(march, today: "2026-03-26") == .missing)
        #expect(state(march, today: "2026-06-01") == .missing)
        // February 2026 with the due day on the 31st: missing from 01/03.
        let february = ReportPeriod.YearMonth(2026, 2)
        #expect(MonthlyReportRules.state(month: february, submittedOn: nil, today: d("2026-02-28"), dueDay: 31) == .due)
        #expect(MonthlyReportRules.state(month: february, submittedOn: nil, today: d("2026-03-01"), dueDay: 31) == .missing)
    }

    @Test func aReportSubmittedByTheDueDayIsOnTime() {
        #expect(state(march, submitted: "2026-03-25", today: "2026-03-25") == .onTime)
        #expect(state(march, submitted: "2026-03-02", today: "2026-04-10") == .onTime)
    }

    /// Lateness counts calendar days: Wednesday 25/03 to Monday 30/03 is five days, weekend included.
    @Test func lateReportsCountCalendarDaysNotWorkingDays() {
        #expect(state(march, submitted: "2026-03-26", today: "2026-04-10") == .late(daysLate: 1))
        #expect(state(march, submitted: "2026-03-30", today: "2026-04-10") == .late(daysLate: 5))
        // Saturday 25/04/2026 is the due day even though it is a weekend: Monday 27/04 is two days late.
        #expect(state(.init(2026, 4), submitted: "2026-04-27", today: "2026-04-27") == .late(daysLate: 2))
        // Submitted after Tết (16–20/02/2026) for February, due Wednesday 25/02: the holiday is not left out.
        #expect(state(.init(2026, 2), submitted: "2026-03-02", today: "2026-03-02") == .late(daysLate: 5))
    }

    @Test func stateLabelsAndCodes() {
        #expect(MonthlyReportState.onTime.label(.vi) == "Đúng hạn")
        #expect(MonthlyReportState.late(daysLate: 3).label(.vi) == "Nộp muộn 3 ngày")
        #expect(MonthlyReportState.late(daysLate: 1).label(.en) == "Submitted 1 day late")
        #expect(MonthlyReportState.late(daysLate: 3).label(.en) == "Submitted 3 days late")
        #expect(MonthlyReportState.missing.label(.vi) == "Chưa nộp — quá hạn")
        let all: [MonthlyReportState] = [.notYetDue, .due, .onTime, .late(daysLate: 2), .missing]
        #expect(all.map(\.code) == ["not_yet_due", "due", "on_time", "late", "missing"])
        #expect(all.map(\.isSubmitted) == [false, false, true, true, false])
        for s in all { #expect(!s.label(.vi).isEmpty && s.label(.vi) != s.label(.en)) }
    }

    // MARK: - Draft

    @Test func aDraftWithAtLeastOneSectionForAPastOrCurrentMonthPasses() {
        #expect(codes { try written.check(today: d("2026-03-20")) }.isEmpty)
        #expect(codes { try written.check(today: d("2026-05-01")) }.isEmpty)
        #expect(written.written == [.membersThinking, .publicOpinion])
    }

    @Test func anEmptyOrBlankDraftIsRefused() {
        #expect(codes { try MonthlyReportDraft(month: march).check(today: d("2026-03-20")) } == ["monthlyReport.empty"])
        let blank = MonthlyReportDraft(month: march, texts: [.results: "  \n\t ", .proposals: ""])
        #expect(blank.written.isEmpty)
        #expect(codes { try blank.check(today: d("2026-03-20")) } == ["monthlyReport.empty"])
    }

    @Test func noSectionIsLongerThanTheLimit() throws {
        var draft = written
        draft.texts[.hotIssues] = String(repeating: "ổ", count: MonthlyReportDraft.maxSectionLength)
        #expect(codes { try draft.check(today: d("2026-03-20")) }.isEmpty)
        draft.texts[.hotIssues] = String(repeating: "ổ", count: MonthlyReportDraft.maxSectionLength + 1)
        do {
            try draft.check(today: d("2026-03-20"))
            Issue.record("expected a refusal")
        } catch {
            let e = try #require(error.errors.first)
            #expect(error.errors.count == 1)
            #expect(e.code == "monthlyReport.section.tooLong")
            #expect(e.field == "hotIssues")
            #expect(e.vi.contains("Vấn đề nổi cộm"))
            #expect(e.en.contains("Pressing issues"))
        }
    }

    @Test func aMonthThatHasNotBegunCannotBeReported() {
        #expect(codes { try written.check(today: d("2026-02-28")) } == ["monthlyReport.month.future"])
        var invalid = written
        invalid.month = .init(2026, 13)
        #expect(codes { try invalid.check(today: d("2027-06-01")) } == ["monthlyReport.month.invalid"])
    }

    @Test func countsAreFromZeroToTheLimit() {
        var draft = written
        draft.hotIssueCount = 0
        draft.proposalCount = MonthlyReportDraft.maxCount
        #expect(codes { try draft.check(today: d("2026-03-20")) }.isEmpty)
        draft.hotIssueCount = -1
        draft.proposalCount = MonthlyReportDraft.maxCount + 1
        #expect(
            codes { try draft.check(today: d("2026-03-20")) } == ["monthlyReport.hotIssueCount.range", "monthlyReport.proposalCount.range"])
    }

    @Test func everyProblemIsReportedAtOnce() {
        let draft = MonthlyReportDraft(month: .init(2026, 4), hotIssueCount: -2)
        #expect(
            codes { try draft.check(today: d("2026-03-20")) } == [
                "monthlyReport.month.future", "monthlyReport.empty", "monthlyReport.hotIssueCount.range",
            ])
    }

    @Test func sectionsAreLabelledInOrder() {
        #expect(MonthlyReportSection.allCases == [.membersThinking, .publicOpinion, .hotIssues, .results, .proposals])
        #expect(
            MonthlyReportSection.allCases.map { $0.label(.vi) } == [
                "Tình hình tư tưởng đảng viên", "Dư luận trong nhân dân", "Vấn đề nổi cộm", "Kết quả thực hiện nhiệm vụ",
                "Đề xuất, kiến nghị",
            ])
        for s in MonthlyReportSection.allCases { #expect(!s.label(.en).isEmpty) }
    }

    // MARK: - Tally

    /// Three cells over March and April 2026, on 10/04: on time, late, missing, and April's still due.
    @Test func aTallyCountsReportsByWhereTheyStand() {
        let today = "2026-04-10"
        let april = ReportPeriod.YearMonth(2026, 4)
        let rows: [(cell: String, month: ReportPeriod.YearMonth, state: MonthlyReportState)] = [
            ("Thôn 1", march, state(march, submitted: "2026-03-20", today: today)),
            ("Thôn 2", march, state(march, submitted: "2026-03-28", today: today)),
            ("Thôn 3", march, state(march, today: today)),
            ("Thôn 1", april, state(april, submitted: "2026-04-09", today: today)),
            ("Thôn 2", april, state(april, today: today)),
            ("Thôn 3", april, state(april, today: today)),
            ("Thôn 1", .init(2026, 5), state(.init(2026, 5), today: today)),
        ]
        var tally = MonthlyReportTally()
        for row in rows { tally.add(row.state) }
        #expect(tally.onTime == 2)
        #expect(tally.late == 1)
        #expect(tally.daysLate == 3)
        #expect(tally.missing == 1)
        #expect(tally.due == 2)
        #expect(tally.notYetDue == 1)
        #expect(tally.submitted == 3)
        #expect(tally.expected == 4)
        #expect(tally.total == rows.count)
        #expect(tally.onTimePermille == 500)
        #expect(MonthlyReportTally(rows.map(\.state)) == tally)
    }

    @Test func tallyRollsUpAndHasNoRateBeforeAnythingIsExpected() {
        var committee = MonthlyReportTally([.due, .notYetDue])
        #expect(committee.onTimePermille == nil)
        committee.add(MonthlyReportTally([.onTime, .late(daysLate: 4), .missing]))
        #expect(committee.total == 5)
        #expect(committee.daysLate == 4)
        // One of three, to one decimal: 33.3%.
        #expect(committee.onTimePermille == 333)
        #expect(MonthlyReportTally([.onTime, .onTime, .late(daysLate: 1)]).onTimePermille == 667)
    }
}
