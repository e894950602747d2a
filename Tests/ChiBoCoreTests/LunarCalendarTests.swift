import Testing

@testable import ChiBoCore

@Suite struct LunarCalendarTests {
    func date(_ iso: String) -> CivilDate { CivilDate(parsing: iso)! }

    @Test func tetFallsOnTheKnownDays() {
        #expect(LunarCalendar.newYear(2023) == date("2023-01-22"))
        #expect(LunarCalendar.newYear(2024) == date("2024-02-10"))
        #expect(LunarCalendar.newYear(2025) == date("2025-01-29"))
        #expect(LunarCalendar.newYear(2026) == date("2026-02-17"))
        #expect(LunarCalendar.newYear(2027) == date("2027-02-06"))
    }

    @Test func vietnamDiffersFromChinaWhereUTCPlus7Matters() {
        // China (UTC+8): 1985-02-20, 2007-02-18, 1968-01-30.
        #expect(LunarCalendar.newYear(1985) == date("1985-01-21"))
        #expect(LunarCalendar.newYear(2007) == date("2007-02-17"))
        #expect(LunarCalendar.newYear(1968) == date("1968-01-29"))
    }

    @Test func hungKingsDay() {
        #expect(LunarCalendar.hungKingsDay(2024) == date("2024-04-18"))
        #expect(LunarCalendar.hungKingsDay(2025) == date("2025-04-07"))
        #expect(LunarCalendar.hungKingsDay(2026) == date("2026-04-26"))
        // 2031 repeats the 3rd month: Giỗ Tổ is in the first one.
        #expect(LunarCalendar.leapMonth(inLunarYear: 2031) == 3)
        #expect(LunarCalendar.hungKingsDay(2031) == date("2031-04-01"))
        #expect(LunarCalendar.solar(lunarYear: 2031, month: 3, day: 10, leap: true) == date("2031-04-30"))
    }

    @Test func lunarOfSolar() {
        #expect(LunarCalendar.lunar(of: date("2026-02-16")) == LunarDate(year: 2025, month: 12, day: 29))
        #expect(LunarCalendar.lunar(of: date("2026-02-14")) == LunarDate(year: 2025, month: 12, day: 27))
        #expect(LunarCalendar.lunar(of: date("2026-02-22")) == LunarDate(year: 2026, month: 1, day: 6))
        #expect(LunarCalendar.lunar(of: date("2025-01-27")) == LunarDate(year: 2024, month: 12, day: 28))
        #expect(LunarCalendar.lunar(of: date("2025-07-25")) == LunarDate(year: 2025, month: 6, day: 1, leap: true))
        #expect(LunarCalendar.lunar(of: date("2025-07-24")) == LunarDate(year: 2025, month: 6, day: 30))
    }

    @Test func dayWherePublishedAlgorithmSaysZero() {
        // Hồ Ngọc Đức's code returns day 0 of month 4 here; it is the 30th of month 3.
        #expect(LunarCalendar.lunar(of: date("2054-05-07")) == LunarDate(year: 2054, month: 3, day: 30))
        #expect(LunarCalendar.lunar(of: date("2062-04-09")) == LunarDate(year: 2062, month: 2, day: 30))
        #expect(LunarCalendar.solar(lunarYear: 2054, month: 3, day: 30) == date("2054-05-07"))
    }

    @Test func leapMonths() {
        #expect(LunarCalendar.leapMonth(inLunarYear: 2020) == 4)
        #expect(LunarCalendar.leapMonth(inLunarYear: 2023) == 2)
        #expect(LunarCalendar.leapMonth(inLunarYear: 2025) == 6)
        #expect(LunarCalendar.leapMonth(inLunarYear: 2028) == 5)
        #expect(LunarCalendar.leapMonth(inLunarYear: 2026) == nil)
        #expect(LunarCalendar.leapMonth(inLunarYear: 2024) == nil)
    }

    @Test func datesThatDoNotExist() {
        #expect(LunarCalendar.solar(lunarYear: 2026, month: 3, day: 10, leap: true) == nil) // no leap month in 2026
        #expect(LunarCalendar.solar(lunarYear: 2025, month: 5, day: 1, leap: true) == nil) // 2025 repeats month 6
        #expect(LunarCalendar.solar(lunarYear: 2025, month: 12, day: 30) == nil) // Chạp Ất Tỵ has 29 days
        #expect(LunarCalendar.solar(lunarYear: 2025, month: 12, day: 29) == date("2026-02-16"))
        #expect(LunarCalendar.solar(lunarYear: 2025, month: 13, day: 1) == nil)
        #expect(LunarCalendar.solar(lunarYear: 2025, month: 1, day: 0) == nil)
        #expect(LunarCalendar.solar(lunarYear: 2300, month: 1, day: 1) == nil)
    }

    @Test func everyDayOfADecadeRoundTrips() {
        var d = date("2020-01-01")
        var previous = LunarCalendar.lunar(of: d.adding(days: -1))
        while d <= date("2030-12-31") {
            let l = LunarCalendar.lunar(of: d)
            #expect(LunarCalendar.solar(l) == d, "\(d) → \(l)")
            // Consecutive days: the next day of the month, or day 1 of a new month.
            #expect(l.day == previous.day + 1 || (l.day == 1 && (29...30).contains(previous.day)), "\(d) → \(l)")
            previous = l
            d = d.adding(days: 1)
        }
    }

    @Test func namesOfYears() {
        #expect(LunarDate(year: 2026, month: 3, day: 10).yearName == "Bính Ngọ")
        #expect(LunarDate(year: 2025, month: 1, day: 1).yearName == "Ất Tỵ")
        #expect(LunarDate(year: 2024, month: 1, day: 1).yearName == "Giáp Thìn")
        #expect(LunarDate(year: 2023, month: 1, day: 1).yearName == "Quý Mão")
        #expect(LunarDate(year: 2026, month: 3, day: 10).vietnamese == "10/3 năm Bính Ngọ")
        #expect(LunarDate(year: 2025, month: 6, day: 1, leap: true).vietnamese == "1/6 nhuận năm Ất Tỵ")
        #expect(LunarDate(year: 2025, month: 6, day: 1, leap: true).description == "2025-06L-01")
    }

    @Test func sineWithoutLibm() {
        func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) < 1e-14 }
        #expect(close(LunarCalendar.sinDegrees(30), 0.5))
        #expect(LunarCalendar.sinDegrees(90) == 1)
        #expect(LunarCalendar.sinDegrees(-90) == -1)
        #expect(close(LunarCalendar.sinDegrees(225), -0.70710678118654752))
        #expect(close(LunarCalendar.sinDegrees(1_000_000), -0.98480775301220806)) // 1e6° = 280°
        #expect(close(LunarCalendar.sinDegrees(-1_000_000), 0.98480775301220806))
    }
}
