/// The Vietnamese lunisolar calendar (âm lịch): Tết Nguyên đán, Giỗ Tổ Hùng Vương and the lunar dates people know.
///
/// Algorithm: Hồ Ngọc Đức, "Thuật toán tính âm lịch" (2004, https://www.informatik.uni-leipzig.de/~duc/amlich/),
/// itself built on the new-moon and solar-longitude series of Jean Meeus, "Astronomical Algorithms" (1998).
/// A lunar month starts on the day (local time) of a new moon; month 11 is the month containing the winter
/// solstice; a year with 13 months repeats, as a leap month (tháng nhuận), the first month containing no major
/// solar term (trung khí). Everything is computed for Vietnam's time zone, UTC+7: that is why the Vietnamese
/// calendar differs from the Chinese one (UTC+8) in some years — Tết 1985 fell on 21 January in Vietnam and on
/// 20 February in China, Tết 2007 on 17 February against 18 February. The North computed its calendar for UTC+7
/// from 1968 (that year's Tết was 29 January in the North, 30 January in the South); earlier dates are computed for
/// UTC+7 all the same and may differ from the calendars printed then.
///
/// Pure Swift: the sine is computed here (no libm), so results are the same on every platform.

/// A date of the Vietnamese lunar calendar.
public struct LunarDate: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The lunar year, numbered by the Gregorian year in which its month 1 starts
    /// (the year of Tết: 2026 for Bính Ngọ, which starts on 17/02/2026).
    public let year: Int
    /// 1…12 (tháng Giêng = 1, tháng Chạp = 12).
    public let month: Int
    /// 1…30.
    public let day: Int
    /// The leap month (tháng nhuận) repeating `month`.
    public let leap: Bool

    /// A lunar date as written; whether it exists is checked by `LunarCalendar.solar(_:)`.
    public init(year: Int, month: Int, day: Int, leap: Bool = false) {
        self.year = year
        self.month = month
        self.day = day
        self.leap = leap
    }

    /// Name of the year in the sexagenary cycle (can chi), "Bính Ngọ" for 2026.
    public var yearName: String {
        LunarDate.stems[((year + 6) % 10 + 10) % 10] + " " + LunarDate.branches[((year + 8) % 12 + 12) % 12]
    }

    /// Vietnamese form, "10/3 năm Bính Ngọ", "15/6 nhuận năm Giáp Thìn".
    public var vietnamese: String {
        "\(day)/\(month)\(leap ? " nhuận" : "") năm \(yearName)"
    }

    /// "2026-03-10" style, with "L" after the month for a leap month: "2025-06L-01".
    public var description: String {
        "\(CivilDate.pad(year, 4))-\(CivilDate.pad(month, 2))\(leap ? "L" : "")-\(CivilDate.pad(day, 2))"
    }

    /// Heavenly stems (thiên can).
    static let stems = ["Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"]
    /// Earthly branches (địa chi), with the Vietnamese Mão (cat) for the fourth.
    static let branches = ["Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi"]
}

/// Conversions between the Gregorian calendar (`CivilDate`) and the Vietnamese lunar calendar (`LunarDate`).
public enum LunarCalendar {
    /// Hours east of UTC of the meridian the calendar is computed for: Vietnam, UTC+7.
    static let timeZone = 7.0

    /// The lunar date of a Gregorian date.
    public static func lunar(of date: CivilDate) -> LunarDate {
        let jd = julianDay(date)
        // The estimate k can be one lunation late (2054-05-07, 2062-04-09): step back until the month has begun,
        // where the published algorithm stops after one step and returns day 0.
        var k = floor((Double(jd) - 2415021.076998695) / 29.530588853) + 1
        var monthStart = newMoonDay(k)
        while monthStart > jd {
            k -= 1
            monthStart = newMoonDay(k)
        }
        var a11 = lunarMonth11(date.year)
        var b11 = a11
        var lunarYear: Int
        if a11 >= monthStart {
            lunarYear = date.year
            a11 = lunarMonth11(date.year - 1)
        } else {
            lunarYear = date.year + 1
            b11 = lunarMonth11(date.year + 1)
        }
        let day = jd - monthStart + 1
        let diff = (monthStart - a11) / 29
        var month = diff + 11
        var leap = false
        if b11 - a11 > 365 {
            let leapDiff = leapMonthOffset(a11)
            if diff >= leapDiff {
                month = diff + 10
                leap = diff == leapDiff
            }
        }
        if month > 12 {
            month -= 12
        }
        if month >= 11 && diff < 4 {
            lunarYear -= 1
        }
        return LunarDate(year: lunarYear, month: month, day: day, leap: leap)
    }

    /// The Gregorian date of a lunar date, or nil when it does not exist (a 30th in a 29-day month, a leap month
    /// the year does not have) or falls outside the years `CivilDate` holds.
    public static func solar(lunarYear: Int, month: Int, day: Int, leap: Bool = false) -> CivilDate? {
        guard (1...12).contains(month), (1...30).contains(day), (1899...2200).contains(lunarYear) else { return nil }
        let a11: Int
        let b11: Int
        if month < 11 {
            a11 = lunarMonth11(lunarYear - 1)
            b11 = lunarMonth11(lunarYear)
        } else {
            a11 = lunarMonth11(lunarYear)
            b11 = lunarMonth11(lunarYear + 1)
        }
        let k = floor(0.5 + (Double(a11) - 2415021.076998695) / 29.530588853)
        var offset = month - 11
        if offset < 0 {
            offset += 12
        }
        if b11 - a11 > 365 {
            let leapOffset = leapMonthOffset(a11)
            var leapMonth = leapOffset - 2
            if leapMonth < 0 {
                leapMonth += 12
            }
            if leap && month != leapMonth {
                return nil
            } else if leap || offset >= leapOffset {
                offset += 1
            }
        } else if leap {
            return nil
        }
        let monthStart = newMoonDay(k + Double(offset))
        let nextMonthStart = newMoonDay(k + Double(offset) + 1)
        guard day <= nextMonthStart - monthStart else { return nil }
        let solar = CivilDate(dayNumber: monthStart + day - 1 - julianDayOfEpoch)
        return CivilDate(year: solar.year, month: solar.month, day: solar.day)
    }

    /// The Gregorian date of a lunar date (see `solar(lunarYear:month:day:leap:)`).
    public static func solar(_ date: LunarDate) -> CivilDate? {
        solar(lunarYear: date.year, month: date.month, day: date.day, leap: date.leap)
    }

    /// Tết Nguyên đán, the first day of the first month of lunar year `year`.
    public static func newYear(_ year: Int) -> CivilDate? {
        solar(lunarYear: year, month: 1, day: 1)
    }

    /// Giỗ Tổ Hùng Vương, the 10th day of the 3rd lunar month of `year` (the regular month, not a leap repetition).
    public static func hungKingsDay(_ year: Int) -> CivilDate? {
        solar(lunarYear: year, month: 3, day: 10)
    }

    /// The month that has a leap repetition in lunar year `year` (the leap month comes after it), or nil.
    public static func leapMonth(inLunarYear year: Int) -> Int? {
        for month in 1...12 where solar(lunarYear: year, month: month, day: 1, leap: true) != nil {
            return month
        }
        return nil
    }

    // MARK: - Hồ Ngọc Đức's algorithm

    /// Julian day number of 1970-01-01, day 0 of `CivilDate.dayNumber`.
    static let julianDayOfEpoch = 2440588

    static func julianDay(_ date: CivilDate) -> Int { date.dayNumber + julianDayOfEpoch }

    /// Julian day number of a proleptic Gregorian date, for the years around `CivilDate`'s range.
    static func julianDay(year: Int, month: Int, day: Int) -> Int {
        let a = (14 - month) / 12
        let y = year + 4800 - a
        let m = month + 12 * a - 3
        return day + (153 * m + 2) / 5 + 365 * y + y / 4 - y / 100 + y / 400 - 32045
    }

    /// Time of the k-th new moon after the one of 1900-01-01 13:52 UTC, as a Julian date (Meeus, ch. 49).
    static func newMoon(_ k: Double) -> Double {
        let t = k / 1236.85
        let t2 = t * t
        let t3 = t2 * t
        var jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
        jd1 += 0.00033 * sinDegrees(166.56 + 132.87 * t - 0.009173 * t2)
        let m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3 // Sun's mean anomaly
        let mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3 // Moon's mean anomaly
        let f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3 // Moon's argument of latitude
        var c1 = (0.1734 - 0.000393 * t) * sinDegrees(m) + 0.0021 * sinDegrees(2 * m)
        c1 += -0.4068 * sinDegrees(mpr) + 0.0161 * sinDegrees(2 * mpr)
        c1 += -0.0004 * sinDegrees(3 * mpr)
        c1 += 0.0104 * sinDegrees(2 * f) - 0.0051 * sinDegrees(m + mpr)
        c1 += -0.0074 * sinDegrees(m - mpr) + 0.0004 * sinDegrees(2 * f + m)
        c1 += -0.0004 * sinDegrees(2 * f - m) - 0.0006 * sinDegrees(2 * f + mpr)
        c1 += 0.0010 * sinDegrees(2 * f - mpr) + 0.0005 * sinDegrees(2 * mpr + m)
        let deltaT: Double
        if t < -11 {
            deltaT = 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
        } else {
            deltaT = -0.000278 + 0.000265 * t + 0.000262 * t2
        }
        return jd1 + c1 - deltaT
    }

    /// Julian day number of the local day of the k-th new moon.
    static func newMoonDay(_ k: Double) -> Int {
        Int(floor(newMoon(k) + 0.5 + timeZone / 24))
    }

    /// The Sun's apparent longitude at a Julian date, in degrees, 0 ≤ L < 360 (Meeus, ch. 25, low precision).
    static func sunLongitude(_ jd: Double) -> Double {
        let t = (jd - 2451545.0) / 36525
        let t2 = t * t
        let m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2
        let l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2
        var dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * sinDegrees(m)
        dl += (0.019993 - 0.000101 * t) * sinDegrees(2 * m) + 0.000290 * sinDegrees(3 * m)
        let l = l0 + dl
        return l - 360 * floor(l / 360)
    }

    /// Which 30° sector (0…11, 0 from the March equinox) the Sun is in at local midnight starting day `jd`.
    static func sunSector(_ jd: Int) -> Int {
        Int(floor(sunLongitude(Double(jd) - 0.5 - timeZone / 24) / 30))
    }

    /// Julian day number of the first day of lunar month 11 (the month of the winter solstice) of Gregorian `year`.
    static func lunarMonth11(_ year: Int) -> Int {
        let off = Double(julianDay(year: year, month: 12, day: 31) - 2415021)
        let k = floor(off / 29.530588853)
        let nm = newMoonDay(k)
        return sunSector(nm) >= 9 ? newMoonDay(k - 1) : nm
    }

    /// Index, counted from the month 11 starting on `a11`, of the leap month of a 13-month year.
    static func leapMonthOffset(_ a11: Int) -> Int {
        let k = floor((Double(a11) - 2415021.076998695) / 29.530588853 + 0.5)
        var i = 1
        var arc = sunSector(newMoonDay(k + Double(i)))
        var last: Int
        repeat {
            last = arc
            i += 1
            arc = sunSector(newMoonDay(k + Double(i)))
        } while arc != last && i < 14
        return i - 1
    }

    static func floor(_ x: Double) -> Double { x.rounded(.down) }

    /// Sine of an angle in degrees. The angle is reduced exactly (remainder by 360°, then to ±45° around a
    /// quadrant) and the sine or cosine of the rest is summed from its Taylor series, exact to about 1e-16.
    static func sinDegrees(_ degrees: Double) -> Double {
        var d = degrees.truncatingRemainder(dividingBy: 360)
        if d < 0 {
            d += 360
        }
        let quadrant = (d / 90).rounded(.toNearestOrEven)
        let r = (d - quadrant * 90) * (Double.pi / 180)
        switch Int(quadrant) % 4 {
        case 0: return sinSeries(r)
        case 1: return cosSeries(r)
        case 2: return -sinSeries(r)
        default: return -cosSeries(r)
        }
    }

    /// sin r for |r| ≤ π/4, to r¹⁵/15!.
    static func sinSeries(_ r: Double) -> Double {
        let r2 = r * r
        var term = r
        var sum = r
        for n in stride(from: 2, through: 14, by: 2) {
            term *= -r2 / Double(n * (n + 1))
            sum += term
        }
        return sum
    }

    /// cos r for |r| ≤ π/4, to r¹⁶/16!.
    static func cosSeries(_ r: Double) -> Double {
        let r2 = r * r
        var term = 1.0
        var sum = 1.0
        for n in stride(from: 1, through: 15, by: 2) {
            term *= -r2 / Double(n * (n + 1))
            sum += term
        }
        return sum
    }
}
