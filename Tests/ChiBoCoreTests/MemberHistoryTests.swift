import Testing

@testable import ChiBoCore

/// A member's standing on a date, read from the dated periods, and the rules of the events
/// that add to them (RULES.md, "Members over time", "Leaving, suspension and discipline").
@Suite struct MemberHistoryTests {
    let d = { (s: String) in CivilDate(parsing: s)! }
    var today: CivilDate { d("2026-11-22") }

    func apply(_ h: MemberHistory, _ change: StatusChange) -> MemberHistory {
        var periods = h.periods
        for (i, last) in change.close { periods[i].until = last }
        return MemberHistory(periods + change.open)
    }

    @Test func theOpeningMembership() {
        let h = MemberHistory(MemberHistory.opening(admission: d("2020-03-01"), official: d("2021-03-01"), status: .official))
        #expect(h.standing(on: d("2020-02-29")) == nil, "not a member before the admission")
        #expect(h.standing(on: d("2020-03-01"))?.status == .probationary)
        #expect(h.standing(on: d("2021-02-28"))?.status == .probationary)
        #expect(h.standing(on: d("2021-03-01"))?.status == .official)
        let p = MemberHistory(MemberHistory.opening(admission: d("2026-05-10"), official: nil, status: .probationary))
        #expect(p.standing(on: today)?.status == .probationary)
        let legacy = MemberHistory(MemberHistory.opening(admission: d("1980-05-10"), official: nil, status: .official))
        #expect(legacy.standing(on: d("1980-05-10"))?.status == .official)
    }

    /// A roll typed in later for a past date sees what was true that day: an exemption, a
    /// transfer and a recognition that began and ended in between.
    @Test func aPastMeetingGetsThatDaysStanding() throws {
        var h = MemberHistory(MemberHistory.opening(admission: d("2025-03-01"), official: nil, status: .probationary))
        h = apply(h, try h.starting(.exempt, detail: ExemptionKind.temporary.rawValue, from: d("2025-06-01"), until: nil, today: today))
        h = apply(h, try h.ending(.exempt, last: d("2025-09-30"), today: today))
        h = apply(
            h,
            try h.starting(
                .transfer, detail: TransferDirection.outgoing.rawValue, from: d("2025-10-15"), until: d("2026-02-14"), today: today))
        let (recognition, official) = try h.recognising(decisionDate: d("2026-04-20"), today: today)
        #expect(official == d("2026-03-01"), "official from the end of the twelve months, dated back")
        h = apply(h, recognition)

        #expect(h.rollMember(on: d("2025-05-05")) == RollMember(status: .probationary, attendance: nil))
        #expect(h.rollMember(on: d("2025-07-05"))?.exempt == true)
        #expect(h.rollMember(on: d("2025-10-05"))?.exempt == false, "the exemption's period was closed, not erased")
        #expect(h.rollMember(on: d("2025-12-05"))?.transfer == .outgoing)
        #expect(h.rollMember(on: d("2026-02-15"))?.transfer == nil)
        #expect(h.rollMember(on: d("2026-02-28"))?.status == .probationary)
        #expect(h.rollMember(on: d("2026-03-05"))?.status == .official)
        #expect(h.periods.filter { $0.kind == .exempt }.count == 1)
    }

    @Test func theProbationsEndAndTheLettersDays() throws {
        let p = MemberHistory(MemberHistory.opening(admission: d("2026-01-10"), official: nil, status: .probationary))
        #expect(p.officialFrom == d("2027-01-10"))
        let o = MemberHistory(MemberHistory.opening(admission: d("2020-01-10"), official: d("2021-01-10"), status: .official))
        #expect(o.officialFrom == nil)
        let out = apply(o, try o.leaving(.transferredOut, on: d("2026-11-02"), today: today))
        #expect(out.letterValidUntil == d("2026-12-02"))
        #expect(MemberHistory.letterDaysLate(letter: d("2026-10-01"), arrived: d("2026-10-31")) == nil)
        #expect(MemberHistory.letterDaysLate(letter: d("2026-10-01"), arrived: d("2026-11-10")) == 10)
    }

    @Test func aRecognitionBeforeTheTwelveMonthsIsRefused() {
        let h = MemberHistory(MemberHistory.opening(admission: d("2026-01-10"), official: nil, status: .probationary))
        #expect(throws: ValidationErrors.self) { try h.recognising(decisionDate: d("2026-11-20"), today: today) }
        let official = MemberHistory(MemberHistory.opening(admission: d("2020-01-10"), official: d("2021-01-10"), status: .official))
        #expect(throws: ValidationErrors.self) { try official.recognising(decisionDate: d("2026-11-20"), today: today) }
    }

    /// A probationary member the cell did not propose for recognition is struck off by the
    /// committee: only on a vote held once the probation's months had run, and not before it.
    @Test func aFailedRecognitionLeadsToStrikingOff() throws {
        let h = MemberHistory(MemberHistory.opening(admission: d("2025-09-01"), official: nil, status: .probationary))
        func code(_ body: () throws -> StatusChange) -> String? {
            do {
                _ = try body()
                return nil
            } catch { return (error as? ValidationErrors)?.errors.first?.code }
        }
        #expect(
            code { try h.strikingOffAfterFailedRecognition(decisionDate: d("2026-11-20"), voteDate: d("2026-08-20"), today: today) }
                == "voteId.beforeProbationEnds")
        #expect(
            code { try h.strikingOffAfterFailedRecognition(decisionDate: d("2026-09-10"), voteDate: d("2026-09-15"), today: today) }
                == "date.beforeVote")
        let change = try h.strikingOffAfterFailedRecognition(decisionDate: d("2026-10-01"), voteDate: d("2026-09-15"), today: today)
        let after = apply(h, change)
        #expect(after.leaving?.leaving == .struckOff && after.leaving?.from == d("2026-10-01"))
        #expect(after.standing(on: d("2026-09-30"))?.status == .probationary && after.standing(on: d("2026-10-01")) == nil)
        let official = MemberHistory(MemberHistory.opening(admission: d("2020-01-10"), official: d("2021-01-10"), status: .official))
        #expect(
            code { try official.strikingOffAfterFailedRecognition(decisionDate: d("2026-10-01"), voteDate: d("2026-09-15"), today: today) }
                == "member.notProbationary")
    }

    /// A permanent transfer is due within 60 working days of the move, on the real calendar:
    /// from Monday 5 January 2026 the count skips the weekends and Tết (16–20 February) and counts
    /// Saturday 10 January, worked for the day off on 2 January: due Friday 3 April.
    @Test func thePermanentTransfersSixtyWorkingDays() {
        let calendar = HolidayCalendar.vietnam()
        #expect(MemberHistory.permanentTransferDeadline(movedOn: d("2026-01-05"), calendar).due == d("2026-04-03"))
        #expect(MemberHistory.permanentTransferLate(movedOn: d("2026-01-05"), transferred: d("2026-04-03"), calendar) == nil)
        #expect(MemberHistory.permanentTransferLate(movedOn: d("2026-01-05"), transferred: d("2026-04-08"), calendar) == 3)
    }

    /// Someone who left is on no roll from that day, keeps their history, and cannot leave twice.
    @Test func leavingClosesEverything() throws {
        var h = MemberHistory(MemberHistory.opening(admission: d("1970-01-01"), official: d("1971-01-01"), status: .official))
        h = apply(h, try h.starting(.exempt, detail: ExemptionKind.full.rawValue, from: d("2015-01-01"), until: nil, today: today))
        let change = try h.leaving(.death, on: d("2026-08-14"), today: today)
        h = apply(h, change)
        #expect(h.rollMember(on: d("2026-08-13"))?.exempt == true)
        #expect(h.rollMember(on: d("2026-08-14")) == nil)
        #expect(h.standing(on: d("2026-11-01")) == nil)
        #expect(h.periods.filter { $0.kind == .official || $0.kind == .exempt }.allSatisfy { $0.until == d("2026-08-13") })
        #expect(h.periods.first { $0.kind == .probationary }?.until == d("1970-12-31"), "a closed period keeps its end")
        #expect(h.leaving?.leaving == .death)
        let second = #expect(throws: ValidationErrors.self) { try h.leaving(.death, on: d("2026-09-01"), today: today) }
        #expect(second?.errors.first?.code == "member.left")
        #expect(throws: ValidationErrors.self) {
            try h.starting(.suspended, detail: SuspensionKind.detention.rawValue, from: d("2026-10-01"), until: nil, today: today)
        }
    }

    /// An event dated before a leaving recorded first must end before it; a leaving on the day a
    /// period starts is refused.
    @Test func eventsAroundALeaving() throws {
        var h = MemberHistory(MemberHistory.opening(admission: d("2000-01-01"), official: d("2001-01-01"), status: .official))
        h = apply(h, try h.leaving(.death, on: d("2026-08-14"), today: today))
        let open = #expect(throws: ValidationErrors.self) {
            try h.starting(.suspended, detail: SuspensionKind.suspension.rawValue, from: d("2026-07-01"), until: nil, today: today)
        }
        #expect(open?.errors.first?.code == "until.afterLeaving")
        #expect(throws: Never.self) {
            try h.starting(
                .suspended, detail: SuspensionKind.suspension.rawValue, from: d("2026-07-01"), until: d("2026-08-13"), today: today)
        }
        var e = MemberHistory(MemberHistory.opening(admission: d("2000-01-01"), official: d("2001-01-01"), status: .official))
        e = apply(e, try e.starting(.exempt, detail: ExemptionKind.full.rawValue, from: d("2026-05-01"), until: nil, today: today))
        #expect(throws: ValidationErrors.self) { try e.leaving(.death, on: d("2026-05-01"), today: today) }
    }

    @Test func leavingIsDatedWithinTheMembership() {
        let h = MemberHistory(MemberHistory.opening(admission: d("2000-01-01"), official: d("2001-01-01"), status: .official))
        #expect(throws: ValidationErrors.self) { try h.leaving(.request, on: d("1999-12-31"), today: today) }
        #expect(throws: ValidationErrors.self) { try h.leaving(.request, on: d("2026-12-01"), today: today) }
    }

    /// Suspended or detained: out of the vote base for those dates.
    @Test func suspensionLeavesTheBase() throws {
        var h = MemberHistory(MemberHistory.opening(admission: d("2000-01-01"), official: d("2001-01-01"), status: .official))
        h = apply(
            h,
            try h.starting(
                .suspended, detail: SuspensionKind.suspension.rawValue, from: d("2026-03-01"), until: d("2026-05-31"), today: today))
        var present = h.rollMember(on: d("2026-04-10"))!
        present.attendance = .unexcused
        #expect(VoteBase.compute([present, RollMember(status: .official, attendance: .present)]).base == 1)
        #expect(h.rollMember(on: d("2026-06-01"))?.suspended == false)
        #expect(throws: ValidationErrors.self) {
            try h.starting(.suspended, detail: SuspensionKind.detention.rawValue, from: d("2026-05-01"), until: nil, today: today)
        }
    }

    @Test func aCellDecidesOnlyReprimandOrWarning() throws {
        let h = MemberHistory(MemberHistory.opening(admission: d("2000-01-01"), official: d("2001-01-01"), status: .official))
        let beyond = #expect(throws: ValidationErrors.self) {
            try h.disciplining(.expulsion, by: .cell, on: d("2026-10-01"), until: nil, today: today)
        }
        #expect(beyond?.errors.first?.code == "discipline.beyondCell")
        #expect(throws: ValidationErrors.self) { try h.disciplining(.removal, by: .cell, on: d("2026-10-01"), until: nil, today: today) }
        let warning = try h.disciplining(.warning, by: .cell, on: d("2026-10-01"), until: nil, today: today)
        #expect(warning.open == [StatusPeriod(.disciplined, detail: "warning", from: d("2026-10-01"))])
        let expelled = apply(h, try h.disciplining(.expulsion, by: .committee, on: d("2026-10-01"), until: nil, today: today))
        #expect(expelled.leaving?.leaving == .expelled)
        #expect(expelled.standing(on: d("2026-10-01")) == nil)
    }

    /// A visiting member's record is on the host cell's roll only while the transfer runs.
    /// The competences per level are data: the grassroots committee removes from post by
    /// default and expels once a locality sets it so; a higher committee decides any measure.
    @Test func whoDecidesWhatIsALocalSetting() throws {
        let h = MemberHistory(MemberHistory.opening(admission: d("2000-01-01"), official: d("2001-01-01"), status: .official))
        let on = d("2026-10-01")
        var settings = LocalSettings()
        #expect(throws: Never.self) { try h.disciplining(.removal, by: .grassroots, on: on, until: nil, today: today, settings: settings) }
        let refused = #expect(throws: ValidationErrors.self) {
            try h.disciplining(.expulsion, by: .grassroots, on: on, until: nil, today: today, settings: settings)
        }
        #expect(refused?.errors.first?.code == "discipline.beyondBody")
        #expect(refused?.errors.first?.vi.contains("khiển trách, cảnh cáo, cách chức") == true)
        try LocalSettingKey.disciplineGrassrootsUpTo.set("expulsion", in: &settings)
        let expelled = try h.disciplining(.expulsion, by: .grassroots, on: on, until: nil, today: today, settings: settings)
        #expect(expelled.open.contains { $0.leaving == .expelled })
        // A locality that lets its cells decide only a reprimand.
        try LocalSettingKey.disciplineCellUpTo.set("reprimand", in: &settings)
        #expect(throws: ValidationErrors.self) {
            try h.disciplining(.warning, by: .cell, on: on, until: nil, today: today, settings: settings)
        }
        #expect(throws: ValidationErrors.self) { try LocalSettingKey.disciplineCellUpTo.set("khai trừ", in: &settings) }
        #expect(LocalSettingKey.disciplineCellUpTo.value(in: settings) == "reprimand")
    }

    @Test func aVisitorOnlyWhileTheTransferRuns() throws {
        var h = MemberHistory(MemberHistory.opening(admission: d("2010-01-01"), official: d("2011-01-01"), status: .official))
        h = apply(
            h,
            try h.starting(
                .transfer, detail: TransferDirection.incoming.rawValue, from: d("2026-01-01"), until: d("2026-06-30"), today: today))
        #expect(h.rollMember(on: d("2025-12-31")) == nil)
        #expect(h.rollMember(on: d("2026-03-01"))?.transfer == .incoming)
        #expect(h.rollMember(on: d("2026-07-01")) == nil)
    }

    @Test func endingAPeriod() throws {
        var h = MemberHistory(MemberHistory.opening(admission: d("2000-01-01"), official: d("2001-01-01"), status: .official))
        #expect(throws: ValidationErrors.self) { try h.ending(.exempt, last: today, today: today) }
        h = apply(h, try h.starting(.exempt, detail: ExemptionKind.full.rawValue, from: d("2026-05-01"), until: nil, today: today))
        #expect(throws: ValidationErrors.self) { try h.ending(.exempt, last: d("2026-04-30"), today: today) }
        #expect(throws: ValidationErrors.self) { try h.ending(.exempt, last: d("2026-12-30"), today: today) }
        #expect(try h.ending(.exempt, last: d("2026-11-01"), today: today).close == [2: d("2026-11-01")])
    }
}
