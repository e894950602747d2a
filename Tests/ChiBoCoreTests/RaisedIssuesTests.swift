import Testing

@testable import ChiBoCore

/// Opinions and petitions raised at a meeting: the order of the levels, the raise's checks, every
/// refusal of a later step, and the answer's deadline in working days on the real calendar.
@Suite struct RaisedIssuesTests {
    @Test func theCachedDeadlineIsOverdueAsTheTrailIs() throws {
        let calendar = HolidayCalendar.vietnam()
        let d = { (s: String) in CivilDate(parsing: s)! }
        let trail = try RaisedIssueTrail.raise(
            on: d("2026-10-05"), responder: .cell, origin: .member, topic: .other, text: "Đường hỏng", today: d("2026-10-05"))
        let due = trail.deadline(calendar: calendar, workingDays: 15).due
        for today in [due, due.adding(days: 1), d("2026-10-06")] {
            #expect(trail.status.isOverdue(due: due, today: today) == trail.isOverdue(today: today, calendar: calendar, workingDays: 15))
        }
        #expect(!IssueStatus.answered.isOverdue(due: due, today: due.adding(days: 30)))
    }

    let calendar = HolidayCalendar.vietnam()
    let days = LocalSettings().issueAnswerWorkingDays
    let d = { (s: String) in CivilDate(parsing: s)! }
    var today: CivilDate { d("2026-06-30") }

    /// Raised at the cell's meeting of Monday 02/03/2026, for the cell to answer.
    func raised(_ on: String = "2026-03-02", responder: IssueResponder = .cell) throws -> RaisedIssueTrail {
        try RaisedIssueTrail.raise(
            on: d(on), responder: responder, origin: .publicOpinion, topic: .infrastructure,
            text: "Đoạn đường liên thôn bị sạt lở sau mưa, đề nghị xã sớm khắc phục.", raisedBy: "Nguyễn Văn An", today: today)
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

    // MARK: - Levels

    @Test func levelsRunFromTheCellUpInThisOrder() {
        #expect(IssueResponder.allCases == [.cell, .grassrootsCommittee, .localGovernment, .higherLevel])
        #expect(IssueResponder.allCases.map(\.rank) == [0, 1, 2, 3])
        #expect(IssueResponder.allCases.sorted() == IssueResponder.allCases)
        #expect(IssueResponder.cell < .grassrootsCommittee)
        #expect(IssueResponder.grassrootsCommittee < .localGovernment)
        #expect(IssueResponder.localGovernment < .higherLevel)
        #expect(IssueResponder.cell.higher == [.grassrootsCommittee, .localGovernment, .higherLevel])
        #expect(IssueResponder.localGovernment.higher == [.higherLevel])
        #expect(IssueResponder.higherLevel.higher.isEmpty)
    }

    // MARK: - Raising

    @Test func aNewIssueIsOpenWithItsFirstResponder() throws {
        let issue = try raised()
        #expect(issue.status == .open)
        #expect(issue.raisedOn == d("2026-03-02"))
        #expect(issue.currentResponder == .cell)
        #expect(issue.firstResponder == .cell)
        #expect(issue.since == d("2026-03-02"))
        #expect(!issue.escalated)
        #expect(issue.levelReached == .cell)
        #expect(issue.answeredOn == nil && issue.reportedOn == nil && issue.answer == nil)
        #expect(issue.escalationTargets == [.grassrootsCommittee, .localGovernment, .higherLevel])
        #expect(issue.raisedBy == "Nguyễn Văn An")
    }

    @Test func theMeetingMayPassAnIssueStraightToAHigherResponder() throws {
        let issue = try raised(responder: .localGovernment)
        #expect(issue.currentResponder == .localGovernment)
        #expect(!issue.escalated)
        #expect(issue.escalationTargets == [.higherLevel])
    }

    @Test func theTextIsStoredTrimmedAndComposed() throws {
        // "ý" typed as y + combining acute, with spaces and a control character around.
        let issue = try RaisedIssueTrail.raise(
            on: d("2026-03-02"), responder: .cell, origin: .member, topic: .partyBuilding, text: "  Y\u{301} kiến\u{0}\n ",
            raisedBy: "  ", today: today)
        #expect(issue.text == "Ý kiến")
        #expect(issue.raisedBy == nil)
    }

    @Test func raisingNeedsATextWithinTheLimitAndNoFutureDate() {
        #expect(
            codes {
                _ = try RaisedIssueTrail.raise(
                    on: d("2026-03-02"), responder: .cell, origin: .member, topic: .economy, text: " \n ", today: today)
            } == ["issue.text.required"])
        #expect(
            codes {
                _ = try RaisedIssueTrail.raise(
                    on: d("2026-03-02"), responder: .cell, origin: .member, topic: .economy,
                    text: String(repeating: "ý", count: RaisedIssueTrail.maxTextLength + 1), today: today)
            } == ["issue.text.tooLong"])
        #expect(
            codes {
                _ = try RaisedIssueTrail.raise(
                    on: d("2026-03-02"), responder: .cell, origin: .member, topic: .economy,
                    text: String(repeating: "ý", count: RaisedIssueTrail.maxTextLength), today: today)
            }.isEmpty)
        // Every problem at once.
        #expect(
            codes {
                _ = try RaisedIssueTrail.raise(
                    on: d("2026-07-01"), responder: .cell, origin: .member, topic: .economy, text: "",
                    raisedBy: String(repeating: "a", count: RaisedIssueTrail.maxNameLength + 1), today: today)
            } == ["issue.text.required", "issue.raisedBy.tooLong", "issue.date.future"])
    }

    @Test func everyRefusalSpeaksVietnameseAndEnglishAndNamesItsField() throws {
        let issue = try raised()
        do throws(ValidationErrors) {
            try issue.check(IssueStep(.escalated(to: .cell), on: d("2026-03-03")), today: today)
            Issue.record("expected a refusal")
        } catch {
            let e = try #require(error.errors.first)
            #expect(e.code == "issue.escalate.notHigher")
            #expect(e.category == .invalid)
            #expect(e.field == "responder")
            #expect(e.vi.contains("cấp cao hơn"))
            #expect(e.en.contains("above"))
        }
    }

    // MARK: - Escalation

    @Test func anIssueIsPassedUpOnlyToAHigherLevel() throws {
        let issue = try raised()
        let up = try issue.adding(
            IssueStep(.escalated(to: .grassrootsCommittee), on: d("2026-03-10"), note: "Vượt thẩm quyền chi bộ"), today: today)
        #expect(up.currentResponder == .grassrootsCommittee)
        #expect(up.since == d("2026-03-10"))
        #expect(up.escalated)
        #expect(up.levelReached == .grassrootsCommittee)
        #expect(up.status == .open)
        #expect(codes { try up.check(IssueStep(.escalated(to: .cell), on: d("2026-03-11")), today: today) } == ["issue.escalate.notHigher"])
        #expect(
            codes { try up.check(IssueStep(.escalated(to: .grassrootsCommittee), on: d("2026-03-11")), today: today) } == [
                "issue.escalate.notHigher"
            ])
        // Levels may be skipped.
        let top = try up.adding(IssueStep(.escalated(to: .higherLevel), on: d("2026-03-12")), today: today)
        #expect(top.currentResponder == .higherLevel)
        #expect(top.escalationTargets.isEmpty)
        #expect(
            codes { try top.check(IssueStep(.escalated(to: .higherLevel), on: d("2026-03-13")), today: today) } == [
                "issue.escalate.notHigher"
            ])
    }

    @Test func anAnsweredIssueIsNoLongerPassedUp() throws {
        let answered = try raised().adding(IssueStep(.answered, on: d("2026-03-05"), note: "Chi bộ đã giải thích."), today: today)
        #expect(answered.escalationTargets.isEmpty)
        #expect(
            codes { try answered.check(IssueStep(.escalated(to: .higherLevel), on: d("2026-03-06")), today: today) } == [
                "issue.escalate.notOpen"
            ])
    }

    // MARK: - Dates

    @Test func stepsAreDatedOnOrAfterThePreviousStepAndNotAfterToday() throws {
        let up = try raised().adding(IssueStep(.escalated(to: .grassrootsCommittee), on: d("2026-03-10")), today: today)
        #expect(
            codes { try up.check(IssueStep(.answered, on: d("2026-03-09"), note: "Đã xử lý."), today: today) } == [
                "issue.date.beforePrevious"
            ])
        #expect(codes { try up.check(IssueStep(.answered, on: d("2026-07-01"), note: "Đã xử lý."), today: today) } == ["issue.date.future"])
        // The same day as the previous step, and today itself, are fine.
        #expect(codes { try up.check(IssueStep(.answered, on: d("2026-03-10"), note: "Đã xử lý."), today: today) }.isEmpty)
        #expect(codes { try up.check(IssueStep(.answered, on: today, note: "Đã xử lý."), today: today) }.isEmpty)
    }

    // MARK: - Answer

    @Test func anAnswerIsGivenOnceWhileOpenAndIsWrittenDown() throws {
        let issue = try raised()
        #expect(codes { try issue.check(IssueStep(.answered, on: d("2026-03-05"), note: "  "), today: today) } == ["issue.answer.required"])
        #expect(codes { try issue.check(IssueStep(.answered, on: d("2026-03-05")), today: today) } == ["issue.answer.required"])
        #expect(
            codes {
                try issue.check(
                    IssueStep(.answered, on: d("2026-03-05"), note: String(repeating: "a", count: RaisedIssueTrail.maxNoteLength + 1)),
                    today: today)
            } == ["issue.note.tooLong"])
        let answered = try issue.adding(IssueStep(.answered, on: d("2026-03-05"), note: "  Xã đã bố trí kinh phí sửa chữa. "), today: today)
        #expect(answered.status == .answered)
        #expect(answered.answeredOn == d("2026-03-05"))
        #expect(answered.answer == "Xã đã bố trí kinh phí sửa chữa.")
        #expect(answered.currentResponder == .cell)
        #expect(
            codes { try answered.check(IssueStep(.answered, on: d("2026-03-06"), note: "Lần nữa"), today: today) } == [
                "issue.answer.notOpen"
            ])
    }

    @Test func theCellMayAnswerAtTheMeetingThatRaisedIt() throws {
        let answered = try raised().adding(IssueStep(.answered, on: d("2026-03-02"), note: "Chi bộ giải thích ngay."), today: today)
        #expect(answered.status == .answered)
        #expect(answered.workingDaysTaken(calendar: calendar) == 0)
    }

    // MARK: - Report

    @Test func theAnswerIsReportedOnlyOnceGivenAndAtALaterMeeting() throws {
        let issue = try raised()
        #expect(codes { try issue.check(IssueStep(.reported, on: d("2026-04-02")), today: today) } == ["issue.report.notAnswered"])
        let sameDay = try issue.adding(IssueStep(.answered, on: d("2026-03-02"), note: "Chi bộ giải thích ngay."), today: today)
        #expect(codes { try sameDay.check(IssueStep(.reported, on: d("2026-03-02")), today: today) } == ["issue.report.sameMeeting"])
        let answered = try issue.adding(IssueStep(.answered, on: d("2026-03-20"), note: "Xã đã sửa đường."), today: today)
        #expect(codes { try answered.check(IssueStep(.reported, on: d("2026-03-19")), today: today) } == ["issue.date.beforePrevious"])
        #expect(codes { try answered.check(IssueStep(.reported, on: d("2026-07-02")), today: today) } == ["issue.date.future"])
        let closed = try answered.adding(IssueStep(.reported, on: d("2026-04-02")), today: today)
        #expect(closed.status == .closed)
        #expect(closed.reportedOn == d("2026-04-02"))
        #expect(closed.steps.map(\.kind.code) == ["raised", "answered", "reported"])
    }

    @Test func nothingIsRecordedAfterTheIssueIsClosed() throws {
        let closed = try raised()
            .adding(IssueStep(.answered, on: d("2026-03-20"), note: "Xã đã sửa đường."), today: today)
            .adding(IssueStep(.reported, on: d("2026-04-02")), today: today)
        for kind in [IssueStep.Kind.escalated(to: .higherLevel), .answered, .reported, .raised(.cell)] {
            #expect(codes { try closed.check(IssueStep(kind, on: d("2026-05-04"), note: "x"), today: today) } == ["issue.closed"])
        }
    }

    @Test func anIssueIsRaisedOnlyOnce() throws {
        let issue = try raised()
        #expect(
            codes { try issue.check(IssueStep(.raised(.grassrootsCommittee), on: d("2026-03-03")), today: today) } == ["issue.raise.again"])
    }

    @Test func addingLeavesTheOriginalTrailUnchanged() throws {
        let issue = try raised()
        _ = try issue.adding(IssueStep(.escalated(to: .higherLevel), on: d("2026-03-03")), today: today)
        #expect(issue.steps.count == 1)
        #expect(issue.currentResponder == .cell)
    }

    // MARK: - Deadlines

    /// Raised on a Friday: the 15 working days start on Monday and skip two weekends.
    @Test func theAnswerIsDueFifteenWorkingDaysAfterTheRaiseSkippingWeekends() throws {
        #expect(days == 15)
        let issue = try raised("2026-03-06")
        let deadline = issue.deadline(calendar: calendar, workingDays: days)
        #expect(deadline.due == d("2026-03-27"))
        #expect(deadline.event == d("2026-03-06"))
        // With one working day: the Monday after.
        #expect(issue.deadline(calendar: calendar, workingDays: 1).due == d("2026-03-09"))
    }

    /// Raised on Thursday 05/02/2026: Tết Bính Ngọ (16–20/02) does not count; a week later than
    /// without holidays.
    @Test func theAnswerDeadlineSkipsTet() throws {
        let issue = try raised("2026-02-05")
        #expect(issue.deadline(calendar: calendar, workingDays: days).due == d("2026-03-05"))
        #expect(issue.deadline(calendar: HolidayCalendar([]), workingDays: days).due == d("2026-02-26"))
        // Nine working days are left on Friday 13/02, before Tết, and still nine a week later.
        #expect(issue.state(today: d("2026-02-13"), calendar: calendar, workingDays: days) == .pending(workingDaysLeft: 9))
        #expect(issue.state(today: d("2026-02-20"), calendar: calendar, workingDays: days) == .pending(workingDaysLeft: 9))
    }

    @Test func passingAnIssueUpGivesTheNewResponderItsOwnDeadline() throws {
        let up = try raised().adding(IssueStep(.escalated(to: .grassrootsCommittee), on: d("2026-03-16")), today: today)
        let deadline = up.deadline(calendar: calendar, workingDays: days)
        #expect(deadline.event == d("2026-03-16"))
        #expect(deadline.due == d("2026-04-06"))
    }

    @Test func whileOpenTheAnswerIsPendingThenDueSoonThenOverdue() throws {
        let issue = try raised("2026-03-06") // due Friday 27/03
        #expect(issue.state(today: d("2026-03-09"), calendar: calendar, workingDays: days) == .pending(workingDaysLeft: 14))
        #expect(issue.state(today: d("2026-03-20"), calendar: calendar, workingDays: days) == .dueSoon(workingDaysLeft: 5))
        #expect(issue.state(today: d("2026-03-27"), calendar: calendar, workingDays: days) == .dueSoon(workingDaysLeft: 0))
        #expect(issue.state(today: d("2026-03-20"), calendar: calendar, workingDays: days, soonWithin: 3) == .pending(workingDaysLeft: 5))
        // The weekend right after the due date: overdue by no working day yet.
        #expect(issue.state(today: d("2026-03-28"), calendar: calendar, workingDays: days) == .overdue(workingDaysLate: 0))
        #expect(issue.state(today: d("2026-04-01"), calendar: calendar, workingDays: days) == .overdue(workingDaysLate: 3))
        #expect(!issue.isOverdue(today: d("2026-03-27"), calendar: calendar, workingDays: days))
        #expect(issue.isOverdue(today: d("2026-03-28"), calendar: calendar, workingDays: days))
    }

    @Test func onceAnsweredTheDeadlineIsMetOnTimeOrLate() throws {
        let onTime = try raised("2026-03-06").adding(IssueStep(.answered, on: d("2026-03-27"), note: "Đã trả lời."), today: today)
        #expect(onTime.state(today: today, calendar: calendar, workingDays: days) == .met(workingDaysLate: 0))
        #expect(!onTime.isOverdue(today: today, calendar: calendar, workingDays: days))
        let late = try raised("2026-03-06").adding(IssueStep(.answered, on: d("2026-04-01"), note: "Đã trả lời."), today: today)
        #expect(late.state(today: today, calendar: calendar, workingDays: days) == .met(workingDaysLate: 3))
        #expect(!late.isOverdue(today: today, calendar: calendar, workingDays: days))
    }

    @Test func workingDaysTakenRunFromTheRaiseToTheAnswer() throws {
        let issue = try raised("2026-02-05")
        #expect(issue.workingDaysTaken(calendar: calendar) == nil)
        // Escalated before Tết, answered after it: counted from the raise, Tết left out.
        let answered = try issue.adding(IssueStep(.escalated(to: .localGovernment), on: d("2026-02-10")), today: today)
            .adding(IssueStep(.answered, on: d("2026-02-24"), note: "UBND xã trả lời."), today: today)
        #expect(answered.workingDaysTaken(calendar: calendar) == 8)
    }

    // MARK: - Stored trails

    @Test func aStoredTrailIsCheckedAgainStepByStep() throws {
        let steps = [
            IssueStep(.raised(.cell), on: d("2026-03-02")),
            IssueStep(.escalated(to: .grassrootsCommittee), on: d("2026-03-10")),
            IssueStep(.answered, on: d("2026-03-20"), note: "Đảng ủy xã trả lời."),
            IssueStep(.reported, on: d("2026-04-02")),
        ]
        let trail = try RaisedIssueTrail(origin: .member, topic: .partyBuilding, text: "Ý kiến", raisedBy: nil, steps: steps)
        #expect(trail.steps == steps)
        #expect(trail.status == .closed)
        #expect(trail.currentResponder == .grassrootsCommittee)
        #expect(
            codes {
                _ = try RaisedIssueTrail(origin: .member, topic: .other, text: "Ý kiến", raisedBy: nil, steps: Array(steps.dropFirst()))
            } == [
                "issue.steps.notRaised"
            ])
        #expect(
            codes { _ = try RaisedIssueTrail(origin: .member, topic: .other, text: "Ý kiến", raisedBy: nil, steps: []) } == [
                "issue.steps.notRaised"
            ])
        #expect(
            codes { _ = try RaisedIssueTrail(origin: .member, topic: .other, text: "Ý kiến", raisedBy: nil, steps: [steps[0], steps[3]]) }
                == [
                    "issue.report.notAnswered"
                ])
    }

    @Test func stepKindsRoundTripThroughTheirStoredCode() {
        let kinds: [IssueStep.Kind] =
            IssueResponder.allCases.map { .raised($0) } + IssueResponder.allCases.map { .escalated(to: $0) } + [.answered, .reported]
        for kind in kinds {
            #expect(IssueStep.Kind(code: kind.code, responder: kind.responder) == kind)
        }
        #expect(IssueStep.Kind(code: "raised", responder: nil) == nil)
        #expect(IssueStep.Kind(code: "answered", responder: .cell) == nil)
        #expect(IssueStep.Kind(code: "closed", responder: nil) == nil)
    }

    // MARK: - Labels

    @Test func everyLabelHasVietnameseAndEnglish() {
        var labelled: [any Labelled] = []
        labelled += IssueOrigin.allCases as [any Labelled]
        labelled += IssueTopic.allCases as [any Labelled]
        labelled += IssueResponder.allCases as [any Labelled]
        labelled += IssueStatus.allCases as [any Labelled]
        let kinds: [IssueStep.Kind] = [.raised(.cell), .escalated(to: .higherLevel), .answered, .reported]
        labelled += kinds as [any Labelled]
        for l in labelled {
            #expect(!l.label(.vi).isEmpty && !l.label(.en).isEmpty)
            #expect(l.label(.vi) != l.label(.en))
        }
        #expect(IssueOrigin.publicOpinion.label(.vi) == "Quần chúng nhân dân")
        #expect(IssueTopic.landEnvironment.label(.vi) == "Đất đai, môi trường")
        #expect(IssueResponder.grassrootsCommittee.label(.vi).hasPrefix("Đảng ủy xã"))
        #expect(IssueStatus.answered.label(.vi) == "Đã trả lời, chờ thông báo lại chi bộ")
        #expect(IssueStep.Kind.escalated(to: .higherLevel).label(.vi) == "Chuyển lên: Cấp trên")
    }
}
