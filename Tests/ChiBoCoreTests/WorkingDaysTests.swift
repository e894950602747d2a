import Foundation
import Testing

@testable import ChiBoCore

@Suite struct WorkingDaysTests {
    let calendar = HolidayCalendar.vietnam()

    func date(_ iso: String) -> CivilDate { CivilDate(parsing: iso)! }

    func daysOff(_ days: [CalendarDay]) -> [String] { days.filter(\.isDayOff).map(\.date.iso) }

    // MARK: - Counting

    @Test func weekendsAreSkippedAndCountingStartsTheDayAfter() {
        // Friday 06/03/2026: the next working day is Monday 09/03.
        #expect(calendar.addingWorkingDays(1, to: date("2026-03-06")) == date("2026-03-09"))
        #expect(calendar.addingWorkingDays(10, to: date("2026-03-06")) == date("2026-03-20"))
        // An event on a Saturday counts from Monday.
        #expect(calendar.addingWorkingDays(1, to: date("2026-03-07")) == date("2026-03-09"))
        #expect(calendar.addingWorkingDays(0, to: date("2026-03-07")) == date("2026-03-07"))
        #expect(calendar.addingWorkingDays(-1, to: date("2026-03-09")) == date("2026-03-06"))
        #expect(calendar.isWorkingDay(date("2026-03-09")))
        #expect(!calendar.isWorkingDay(date("2026-03-07")))
        #expect(!calendar.isWorkingDay(date("2026-03-08")))
    }

    @Test func workingDaysBetweenDates() {
        #expect(calendar.workingDays(from: date("2026-03-06"), through: date("2026-03-09")) == 1)
        #expect(calendar.workingDays(from: date("2026-03-06"), through: date("2026-03-06")) == 0)
        #expect(calendar.workingDays(from: date("2026-03-06"), through: date("2026-03-08")) == 0)
        #expect(calendar.workingDays(from: date("2026-03-09"), through: date("2026-03-06")) == -1)
        // Across Tết Bính Ngọ: Friday 13/02 to Monday 23/02 is one working day.
        #expect(calendar.workingDays(from: date("2026-02-13"), through: date("2026-02-23")) == 1)
        #expect(calendar.workingDay(onOrAfter: date("2026-02-14")) == date("2026-02-23"))
        #expect(calendar.workingDay(onOrAfter: date("2026-02-23")) == date("2026-02-23"))
    }

    @Test func thirtyWorkingDaysAfterADecisionSkipTet2026() {
        // Admission decided Friday 30/01/2026: the ceremony is due within 30 working days.
        let due = calendar.addingWorkingDays(30, to: date("2026-01-30"))
        #expect(due == date("2026-03-20"))
        // Without holidays it would be a week earlier: Tết 16–20/02 takes five working days.
        #expect(HolidayCalendar([]).addingWorkingDays(30, to: date("2026-01-30")) == date("2026-03-13"))
        #expect(calendar.addingWorkingDays(-30, to: due) == date("2026-01-30"))
    }

    @Test func tet2025() {
        #expect(
            daysOff(calendar.entries(in: 2025)).filter { $0.hasPrefix("2025-01") } == [
                "2025-01-01", "2025-01-27", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31",
            ])
        // Friday 24/01/2025: off from Saturday 25/01 to Sunday 02/02.
        #expect(calendar.addingWorkingDays(1, to: date("2025-01-24")) == date("2025-02-03"))
        #expect(calendar.entry(on: date("2025-01-28"))?.label(.vi) == "Tết Nguyên đán (29 tháng Chạp)")
        #expect(calendar.entry(on: date("2025-01-29"))?.label(.vi) == "Tết Nguyên đán (mùng 1 Tết)")
        #expect(calendar.entry(on: date("2025-01-29"))?.label(.en) == "Lunar New Year (day 1)")
    }

    @Test func reunificationAndLabourDay2025WithTheSwap() {
        // Saturday 26/04 worked, Friday 02/05 off: off from 30/04 to 04/05.
        #expect(calendar.isWorkingDay(date("2025-04-26")))
        #expect(calendar.entry(on: date("2025-04-26"))?.kind == .makeUpDay)
        #expect(!calendar.isWorkingDay(date("2025-04-30")))
        #expect(!calendar.isWorkingDay(date("2025-05-01")))
        #expect(!calendar.isWorkingDay(date("2025-05-02")))
        #expect(calendar.entry(on: date("2025-05-02"))?.kind == .swappedDayOff)
        // Friday 25/04 + 5: Sat 26/04, Mon 28/04, Tue 29/04, then Mon 05/05, Tue 06/05.
        #expect(calendar.addingWorkingDays(1, to: date("2025-04-25")) == date("2025-04-26"))
        #expect(calendar.addingWorkingDays(5, to: date("2025-04-25")) == date("2025-05-06"))
        #expect(calendar.workingDays(from: date("2025-04-29"), through: date("2025-05-05")) == 1)
    }

    @Test func hungKings2026OnASundayIsGivenBackOnMonday() {
        #expect(calendar.entry(on: date("2026-04-26"))?.kind == .holiday)
        #expect(calendar.entry(on: date("2026-04-27"))?.kind == .compensatory)
        #expect(!calendar.isWorkingDay(date("2026-04-27")))
        // Friday 24/04: Tue 28/04, Wed 29/04, then 30/04–03/05 off, Mon 04/05, Tue 05/05.
        #expect(calendar.addingWorkingDays(1, to: date("2026-04-24")) == date("2026-04-28"))
        #expect(calendar.addingWorkingDays(4, to: date("2026-04-24")) == date("2026-05-05"))
        // The law alone gives the same Monday.
        #expect(HolidayCalendar.statutory(year: 2026).contains { $0.date == date("2026-04-27") && $0.kind == .compensatory })
    }

    @Test func newYearAndNationalDay2026Swaps() {
        // Friday 02/01 off, Saturday 10/01 worked.
        #expect(calendar.addingWorkingDays(1, to: date("2025-12-31")) == date("2026-01-05"))
        #expect(calendar.isWorkingDay(date("2026-01-10")))
        // Monday 31/08 off for Saturday 22/08; 01/09 and 02/09 holidays.
        #expect(calendar.addingWorkingDays(1, to: date("2026-08-21")) == date("2026-08-22"))
        #expect(calendar.addingWorkingDays(1, to: date("2026-08-28")) == date("2026-09-03"))
        #expect(daysOff(calendar.entries(in: 2026)).filter { $0 >= "2026-08" } == ["2026-08-31", "2026-09-01", "2026-09-02"])
    }

    @Test func bothYearsHave250WorkingDays() {
        // 261 weekdays each; 2025: 12 off, 1 Saturday worked; 2026: 13 off, 2 Saturdays worked.
        #expect(calendar.workingDays(from: date("2024-12-31"), through: date("2025-12-31")) == 250)
        #expect(calendar.workingDays(from: date("2025-12-31"), through: date("2026-12-31")) == 250)
    }

    // MARK: - The tables

    @Test func announcedTablesAreConsistent() {
        #expect(HolidayCalendar.announcedYears == [2025, 2026])
        for year in HolidayCalendar.announcedYears {
            let days = HolidayCalendar.announced(year: year) ?? []
            #expect(days.count == (year == 2025 ? 13 : 16))
            #expect(days.allSatisfy { $0.date.year == year && $0.source != nil })
            #expect(Set(days.map(\.date)).count == days.count)
            #expect(days.filter { $0.kind == .makeUpDay }.allSatisfy { $0.date.weekday == 5 })
            #expect(days.filter { $0.kind == .swappedDayOff || $0.kind == .compensatory }.allSatisfy { !$0.date.isWeekend })
            // Eleven holidays of Labour Code art. 112 each year.
            #expect(days.filter { $0.kind == .holiday }.count == 11)
        }
    }

    @Test func statutoryMatchesWhatWasAnnouncedExceptTheSwaps() {
        // Tết 2025 on a Wednesday and 2026 on a Tuesday: Monday to Friday.
        for year in [2025, 2026] {
            let announced = (HolidayCalendar.announced(year: year) ?? []).filter { $0.kind != .swappedDayOff && $0.kind != .makeUpDay }
            #expect(daysOff(HolidayCalendar.statutory(year: year)) == daysOff(announced))
        }
    }

    @Test func statutoryTetOfPastYearsGivesTheAnnouncedBreaks() {
        func tet(_ year: Int) -> [String] {
            daysOff(HolidayCalendar.statutory(year: year)).filter { $0.hasPrefix("\(year)-01") || $0.hasPrefix("\(year)-02") }
        }
        // 2024 (Tết on a Saturday): 08/02–14/02, 5 days and 2 given back.
        #expect(tet(2024) == ["2024-01-01"] + (8...14).map { "2024-02-\(CivilDate.pad($0, 2))" })
        // 2023 (Tết and 1/1 on a Sunday): 02/01 given back; 20/01–26/01.
        #expect(tet(2023) == ["2023-01-01", "2023-01-02"] + (20...26).map { "2023-01-\($0)" })
        // 2021 (Tết on a Friday): 10/02–16/02.
        #expect(tet(2021).filter { $0.hasPrefix("2021-02") } == (10...16).map { "2021-02-\($0)" })
    }

    @Test func statutoryNationalDayAdjacentDay() {
        func september(_ year: Int) -> [String] {
            daysOff(HolidayCalendar.statutory(year: year)).filter { $0.hasPrefix("\(year)-09") }
        }
        #expect(september(2021) == ["2021-09-02", "2021-09-03"]) // Thursday: and Friday
        #expect(september(2022) == ["2022-09-01", "2022-09-02"]) // Friday: and Thursday
        #expect(september(2023) == ["2023-09-01", "2023-09-02", "2023-09-04"]) // Saturday: Friday, and Monday back
        #expect(september(2024) == ["2024-09-02", "2024-09-03"]) // Monday: and Tuesday
        #expect(september(2029) == ["2029-09-02", "2029-09-03", "2029-09-04"]) // Sunday: Monday, and Tuesday back
        #expect(september(2020) == ["2020-09-02"]) // one day before the 2019 Labour Code
    }

    @Test func statutoryGivesWeekendHolidaysBack() {
        // 2022: 30/04 Saturday and 01/05 Sunday → Monday 02/05 and Tuesday 03/05.
        let may = HolidayCalendar.statutory(year: 2022).filter { $0.date.month == 5 || ($0.date.month == 4 && $0.date.day == 30) }
        #expect(may.map(\.date.iso) == ["2022-04-30", "2022-05-01", "2022-05-02", "2022-05-03"])
        #expect(may.map(\.kind) == [.holiday, .holiday, .compensatory, .compensatory])
        #expect(may[2].label(.vi) == "Nghỉ bù Ngày Chiến thắng (30/4)")
        #expect(may[3].label(.en) == "Day off in lieu of International Labour Day")
    }

    // MARK: - Overrides

    @Test func overrideAddsADayOff() {
        let cultureDay = CalendarDay(date("2026-11-24"), .dayOff, vi: "Ngày Văn hóa Việt Nam", en: "Vietnamese Culture Day")
        let withCultureDay = HolidayCalendar.vietnam(overrides: [cultureDay])
        #expect(calendar.isWorkingDay(date("2026-11-24")))
        #expect(!withCultureDay.isWorkingDay(date("2026-11-24")))
        #expect(withCultureDay.addingWorkingDays(1, to: date("2026-11-23")) == date("2026-11-25"))
        #expect(withCultureDay.entries(in: 2026).contains(cultureDay))
        #expect(withCultureDay.overrides == [cultureDay])
    }

    @Test func overrideRemovesAComputedDayOff() {
        // The administrator cancels the 2026 National Day swap: 31/08 worked, 22/08 an ordinary Saturday again.
        let corrected = HolidayCalendar.vietnam(overrides: [
            CalendarDay(date("2026-08-31"), .workingDay, vi: "Ngày làm việc", en: "Working day"),
            CalendarDay(date("2026-08-22"), .dayOff, vi: "Thứ Bảy", en: "Saturday"),
        ])
        #expect(corrected.isWorkingDay(date("2026-08-31")))
        #expect(!corrected.isWorkingDay(date("2026-08-22")))
        #expect(corrected.addingWorkingDays(1, to: date("2026-08-21")) == date("2026-08-24"))
        #expect(corrected.addingWorkingDays(1, to: date("2026-08-28")) == date("2026-08-31"))
        #expect(corrected.entry(on: date("2026-08-31"))?.kind == .workingDay)
        #expect(daysOff(corrected.entries(in: 2026)).filter { $0 >= "2026-08" } == ["2026-08-22", "2026-09-01", "2026-09-02"])
        // The base calendar is untouched.
        #expect(!calendar.isWorkingDay(date("2026-08-31")))
    }

    @Test func laterEntryWinsAndYearsOutsideTheTablesHaveWeekendsOnly() {
        let monday = date("2026-03-09")
        let cal = HolidayCalendar([
            CalendarDay(monday, .dayOff, vi: "Nghỉ", en: "Off"),
            CalendarDay(monday, .workingDay, vi: "Làm việc", en: "Working"),
        ])
        #expect(cal.isWorkingDay(monday))
        #expect(calendar.isWorkingDay(date("2101-01-03"))) // a Monday after the computed years
        #expect(!calendar.isWorkingDay(date("2100-01-01")))
    }

    // MARK: - Deadlines

    @Test func deadlineStates() {
        let d = calendar.deadline(workingDays: 30, after: date("2026-01-30"))
        #expect(d.due == date("2026-03-20"))
        #expect(d.state(today: date("2026-01-30")) == .pending(workingDaysLeft: 30))
        #expect(d.state(today: date("2026-03-13")) == .dueSoon(workingDaysLeft: 5))
        #expect(d.state(today: date("2026-03-20")) == .dueSoon(workingDaysLeft: 0))
        #expect(d.state(today: date("2026-03-21")) == .overdue(workingDaysLate: 0))
        #expect(d.state(today: date("2026-03-24")) == .overdue(workingDaysLate: 2))
        #expect(d.state(today: date("2026-03-24"), doneOn: date("2026-03-18")) == .met(workingDaysLate: 0))
        #expect(d.state(today: date("2026-03-24"), doneOn: date("2026-03-23")) == .met(workingDaysLate: 1))
        #expect(d.state(today: date("2026-03-10"), soonWithin: 10) == .dueSoon(workingDaysLeft: 8))
    }

    @Test func deadlineLabels() {
        #expect(DeadlineState.pending(workingDaysLeft: 12).label(.vi) == "Còn 12 ngày làm việc")
        #expect(DeadlineState.dueSoon(workingDaysLeft: 0).label(.vi) == "Đến hạn hôm nay")
        #expect(DeadlineState.dueSoon(workingDaysLeft: 2).label(.vi) == "Sắp đến hạn, còn 2 ngày làm việc")
        #expect(DeadlineState.overdue(workingDaysLate: 0).label(.vi) == "Quá hạn")
        #expect(DeadlineState.overdue(workingDaysLate: 3).label(.vi) == "Quá hạn 3 ngày làm việc")
        #expect(DeadlineState.overdue(workingDaysLate: 1).label(.en) == "Overdue by 1 working day")
        #expect(DeadlineState.met(workingDaysLate: 0).label(.vi) == "Đã thực hiện đúng hạn")
        #expect(DeadlineState.met(workingDaysLate: 2).label(.en) == "Done 2 working days late")
        #expect(HolidayKind.makeUpDay.label(.vi) == "Làm bù")
        #expect(HolidayKind.compensatory.label(.vi) == "Nghỉ bù")
    }

    @Test func calendarDayRoundTripsThroughJSON() throws {
        let day = try #require(HolidayCalendar.announced(year: 2026)?.first { $0.kind == .makeUpDay })
        let json = try JSONEncoder().encode(day)
        #expect(String(decoding: json, as: UTF8.self).contains("\"make_up_day\""))
        #expect(try JSONDecoder().decode(CalendarDay.self, from: json) == day)
    }
}
