import Testing

@testable import ChiBoCore

/// An admission file's order, dates, age, certificate and introducers; the ceremony's and the
/// recognition's deadlines in working days on the real calendar.
@Suite struct RecruitmentTests {
    let d = { (s: String) in CivilDate(parsing: s)! }
    var today: CivilDate { d("2026-11-22") }

    func file(_ steps: [(AdmissionStep, String, String?)], born: String = "1995-04-02") -> AdmissionCase {
        AdmissionCase(birthDate: d(born), steps: steps.map { RecordedStep($0.0, on: d($0.1), introducer: $0.2) })
    }

    var ready: AdmissionCase {
        file([
            (.course, "2026-03-01", nil), (.application, "2026-06-01", nil), (.personalHistory, "2026-06-05", nil),
            (.introduction, "2026-06-10", "a"), (.introduction, "2026-06-11", "b"), (.residence, "2026-06-20", nil),
        ])
    }

    @Test func stepsComeInOrder() throws {
        #expect(file([]).next == .course)
        #expect(ready.next == .cellResolution)
        let early = #expect(throws: ValidationErrors.self) { try ready.check(.decision, on: d("2026-08-01"), today: today) }
        #expect(early?.errors.first?.code == "step.outOfOrder")
        try ready.check(.cellResolution, on: d("2026-07-05"), today: today)
        let before = #expect(throws: ValidationErrors.self) { try ready.check(.cellResolution, on: d("2026-06-15"), today: today) }
        #expect(before?.errors.first?.code == "date.beforePrevious")
        #expect(throws: ValidationErrors.self) { try ready.check(.application, on: d("2026-06-02"), today: today) }
        #expect(throws: ValidationErrors.self) { try file([]).check(.course, on: d("2026-12-01"), today: today) }
    }

    @Test func introductionsAreTwoMembersOrOneAndTheYouthUnion() {
        #expect(!file([(.introduction, "2026-06-10", "a")]).introduced)
        #expect(!file([(.introduction, "2026-06-10", "a"), (.introduction, "2026-06-11", "a")]).introduced)
        #expect(file([(.introduction, "2026-06-10", "a"), (.introduction, "2026-06-11", nil)]).introduced)
        #expect(throws: ValidationErrors.self) {
            try AdmissionCase.checkIntroducer(official: false, knownSince: d("2020-01-01"), on: d("2026-06-10"))
        }
        #expect(throws: ValidationErrors.self) {
            try AdmissionCase.checkIntroducer(official: true, knownSince: d("2025-07-01"), on: d("2026-06-10"))
        }
        #expect(throws: Never.self) { try AdmissionCase.checkIntroducer(official: true, knownSince: d("2025-06-10"), on: d("2026-06-10")) }
    }

    @Test func theDecisionChecksAgeAndCertificate() throws {
        var decided = ready
        decided.steps += [RecordedStep(.cellResolution, on: d("2026-07-05")), RecordedStep(.committeeResolution, on: d("2026-08-01"))]
        try decided.check(.decision, on: d("2026-08-20"), today: today)
        var young = decided
        young.birthDate = d("2008-09-01")
        #expect(throws: ValidationErrors.self) { try young.check(.decision, on: d("2026-08-20"), today: today) }
        var stale = decided
        stale.steps[0].date = d("2021-03-01")
        let expired = #expect(throws: ValidationErrors.self) { try stale.check(.decision, on: d("2026-08-20"), today: today) }
        #expect(expired?.errors.first?.code == "decision.courseExpired")
    }

    /// The ceremony within 30 working days of the decision: Tết 2026 (16–20/02) does not count.
    @Test func theCeremonysDeadlineSkipsTet() {
        var decided = ready
        decided.steps += [
            RecordedStep(.cellResolution, on: d("2025-12-05")), RecordedStep(.committeeResolution, on: d("2026-01-10")),
            RecordedStep(.decision, on: d("2026-01-30")),
        ]
        let deadline = decided.ceremonyDeadline(.vietnam())
        #expect(deadline?.due == d("2026-03-20"))
        #expect(deadline?.state(today: d("2026-03-23")) == .overdue(workingDaysLate: 1))
        var late = decided
        late.steps.append(RecordedStep(.ceremony, on: d("2026-03-24")))
        #expect(late.ceremonyLate(.vietnam()) == 2, "held two working days after the deadline")
        decided.steps.append(RecordedStep(.ceremony, on: d("2026-03-02")))
        #expect(decided.ceremonyDeadline(.vietnam()) == nil)
        #expect(decided.ceremonyLate(.vietnam()) == nil)
        #expect(decided.next == .memberFile, "after the ceremony, the member's file")
        #expect(decided.admitted && decided.awaitingMemberFile)
    }

    /// The member's file (1-HSĐV, 2-HSĐV) is the file's last step: after the ceremony, dated on
    /// or after it, not in the future, once; the case counts as admitted from the ceremony.
    @Test func theMembersFileIsTheLastStep() throws {
        var held = ready
        held.steps += [
            RecordedStep(.cellResolution, on: d("2026-07-05")), RecordedStep(.committeeResolution, on: d("2026-08-01")),
            RecordedStep(.decision, on: d("2026-08-20")),
        ]
        let early = #expect(throws: ValidationErrors.self) { try held.check(.memberFile, on: d("2026-09-20"), today: today) }
        #expect(early?.errors.first?.code == "step.outOfOrder", "no member's file before the ceremony")
        #expect(!held.admitted && !held.awaitingMemberFile)
        held.steps.append(RecordedStep(.ceremony, on: d("2026-09-10")))
        #expect(held.admitted && held.awaitingMemberFile && held.next == .memberFile)
        let before = #expect(throws: ValidationErrors.self) { try held.check(.memberFile, on: d("2026-09-09"), today: today) }
        #expect(before?.errors.first?.code == "date.beforePrevious")
        let future = #expect(throws: ValidationErrors.self) { try held.check(.memberFile, on: d("2026-11-23"), today: today) }
        #expect(future?.errors.first?.code == "date.future")
        try held.check(.memberFile, on: d("2026-09-30"), today: today)
        held.steps.append(RecordedStep(.memberFile, on: d("2026-09-30")))
        #expect(held.admitted && !held.awaitingMemberFile && held.next == nil)
        let again = #expect(throws: ValidationErrors.self) { try held.check(.memberFile, on: d("2026-10-01"), today: today) }
        #expect(again?.errors.first?.code == "step.done")
        #expect(AdmissionStep.memberFile.form == "1-HSĐV, 2-HSĐV" && !AdmissionStep.memberFile.committeeRecords)
    }

    /// A document is attached by whoever records its step or decision.
    @Test func documentsAreAttachedByWhoRecords() {
        #expect(AdmissionStep.allCases.filter(\.committeeRecords) == [.committeeResolution, .decision])
        #expect(RecognitionStep.allCases.filter(\.committeeRecords) == [.committeeResolution])
        let on = d("2026-01-01")
        #expect(StatusPeriod(.probationary, from: on).committeeRecords(decidedBy: nil))
        #expect(StatusPeriod(.official, from: on).committeeRecords(decidedBy: nil))
        #expect(StatusPeriod(.suspended, detail: "suspension", from: on).committeeRecords(decidedBy: nil))
        #expect(!StatusPeriod(.exempt, detail: "full", from: on).committeeRecords(decidedBy: nil))
        #expect(!StatusPeriod(.transfer, detail: "out", from: on).committeeRecords(decidedBy: nil))
        #expect(!StatusPeriod(.disciplined, detail: "warning", from: on).committeeRecords(decidedBy: "cell"))
        #expect(StatusPeriod(.disciplined, detail: "removal", from: on).committeeRecords(decidedBy: "committee"))
        #expect(!StatusPeriod(.left, detail: "death", from: on).committeeRecords(decidedBy: nil))
        #expect(StatusPeriod(.left, detail: "struck_off", from: on).committeeRecords(decidedBy: nil))
    }

    @Test func theRecognitionFilesSteps() throws {
        let from = d("2026-09-15")
        let done: [RecognitionStep: CivilDate] = [.selfReview: d("2026-09-01"), .helperReview: d("2026-09-02")]
        let order = #expect(throws: ValidationErrors.self) {
            try AdmissionCase.checkRecognitionStep(.cellResolution, on: d("2026-09-20"), done: done, officialFrom: from, today: today)
        }
        #expect(order?.errors.first?.code == "step.outOfOrder")
        var all = done
        all[.residence] = d("2026-09-05")
        let early = #expect(throws: ValidationErrors.self) {
            try AdmissionCase.checkRecognitionStep(.cellResolution, on: d("2026-09-14"), done: all, officialFrom: from, today: today)
        }
        #expect(early?.errors.first?.code == "date.beforeProbationEnds")
        try AdmissionCase.checkRecognitionStep(.cellResolution, on: d("2026-09-15"), done: all, officialFrom: from, today: today)
        #expect(throws: ValidationErrors.self) {
            try AdmissionCase.checkRecognitionStep(.selfReview, on: d("2026-09-15"), done: all, officialFrom: from, today: today)
        }
        #expect(RecognitionStep.cellResolution.form == "13-KNĐ")
    }

    /// The recognition within 30 working days after the probation (ends the day before `officialFrom`).
    @Test func theRecognitionsDeadline() {
        let deadline = AdmissionCase.recognitionDeadline(officialFrom: d("2026-04-28"), .vietnam())
        // 27/04 (probation's last day) is Giỗ Tổ's day in lieu; 30/04 and 01/05 are holidays.
        #expect(deadline.event == d("2026-04-27"))
        #expect(deadline.due == d("2026-06-10"))
    }
}
