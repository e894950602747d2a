import Foundation

/// A calendar date with no time and no time zone: a birth date, an admission date, a meeting day.
public struct CivilDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Creates a date, or nil when the day does not exist (31/02, 29/02 of a common year).
    public init?(year: Int, month: Int, day: Int) {
        guard (1900...2200).contains(year), (1...12).contains(month),
            day >= 1, day <= CivilDate.daysIn(month: month, year: year)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Parses ISO "yyyy-MM-dd" (the API and HTML date inputs) or Vietnamese "dd/MM/yyyy".
    public init?(parsing text: String) {
        let t = text.trimmingCharactersInSet()
        if t.count == 10, t.contains("-") {
            let parts = t.split(separator: "-")
            guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
                parts[0].count == 4
            else { return nil }
            self.init(year: y, month: m, day: d)
        } else if t.contains("/") {
            let parts = t.split(separator: "/")
            guard parts.count == 3, let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]),
                parts[2].count == 4
            else { return nil }
            self.init(year: y, month: m, day: d)
        } else {
            return nil
        }
    }

    /// ISO form, "2026-02-05": what the database and the API store.
    public var iso: String {
        "\(CivilDate.pad(year, 4))-\(CivilDate.pad(month, 2))-\(CivilDate.pad(day, 2))"
    }

    /// Vietnamese form, "05/02/2026".
    public var vietnamese: String {
        "\(CivilDate.pad(day, 2))/\(CivilDate.pad(month, 2))/\(year)"
    }

    public var description: String { iso }

    public static func < (a: CivilDate, b: CivilDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    /// Days since 1970-01-01 (proleptic Gregorian).
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    public init(dayNumber z0: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    public func adding(days: Int) -> CivilDate { CivilDate(dayNumber: dayNumber + days) }

    /// Adds calendar months, clamping the day to the end of the month (probation: 12 months).
    public func adding(months: Int) -> CivilDate {
        let total = year * 12 + (month - 1) + months
        let y = total / 12
        let m = total % 12 + 1
        return CivilDate(year: y, month: m, day: min(day, CivilDate.daysIn(month: m, year: y)))!
    }

    /// 0 = Monday … 6 = Sunday.
    public var weekday: Int { ((dayNumber % 7) + 7 + 3) % 7 }

    /// Whole years from self to `other` (age on a date).
    public func years(until other: CivilDate) -> Int {
        var y = other.year - year
        if (other.month, other.day) < (month, day) { y -= 1 }
        return y
    }

    public static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}

extension CivilDate {
    /// Today's date in Vietnam (UTC+7), from seconds since 1970.
    public static func vietnamDate(secondsSince1970 seconds: Double) -> CivilDate {
        let local = Int((seconds + 7 * 3600).rounded(.down))
        let days = local >= 0 ? local / 86400 : (local - 86399) / 86400
        return CivilDate(dayNumber: days)
    }
}

extension CivilDate {
    /// Encoded as "yyyy-MM-dd".
    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        let s = try c.decode(String.self)
        guard let d = CivilDate(parsing: s) else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "Expected a date yyyy-MM-dd, got \(s)")
        }
        self = d
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(iso)
    }
}
