/// Working days and deadlines "within N working days" (RULES.md, "Working days").
///
/// The law:
/// - Civil Code 2015 art. 147: a period counted in days starts on the day after the event; art. 148: a period whose
///   last day is a day off ends at the end of the next working day.
/// - Labour Code 2019 art. 112(1): paid public holidays — 1 January; Tết Nguyên đán 5 days; Giỗ Tổ Hùng Vương
///   (10/3 lunar); 30 April; 1 May; Quốc khánh 2 September and one adjacent day (1 or 3 September).
///   Art. 112(3): the Prime Minister fixes each year the days of Tết and the adjacent day of Quốc khánh.
///   Art. 111(3): a weekly day off that coincides with a holiday is given back on the next working day (nghỉ bù).
/// - Civil servants work Monday to Friday (Quyết định 188/1999/QĐ-TTg, the 40-hour week); each year the
///   Government also swaps working days (hoán đổi) to join holidays to weekends, worked back on a Saturday (làm bù).
///
/// `HolidayCalendar.statutory(year:)` computes what the law alone says; `HolidayCalendar.announced(year:)` holds
/// what the Government actually announced for civil servants (2025, 2026); an administrator's overrides correct
/// either, date by date.

/// What a calendar entry makes of its date.
public enum HolidayKind: String, Sendable, CaseIterable, Codable, Labelled {
    /// A public holiday of Labour Code art. 112 (ngày nghỉ lễ, Tết).
    case holiday
    /// A holiday fell on a Saturday or Sunday and is given back on this day (nghỉ bù, art. 111(3)).
    case compensatory
    /// A working day given off to join a holiday to a weekend, worked back on a Saturday (nghỉ hoán đổi).
    case swappedDayOff = "swapped_day_off"
    /// A Saturday worked in exchange for a swapped day off (làm bù): a working day.
    case makeUpDay = "make_up_day"
    /// Another day off: a local decision, a new holiday an administrator adds.
    case dayOff = "day_off"
    /// An ordinary working day: an administrator's override that removes a computed day off.
    case workingDay = "working_day"

    /// Whether the date is a day off; false for `makeUpDay` and `workingDay`.
    public var isDayOff: Bool {
        switch self {
        case .holiday, .compensatory, .swappedDayOff, .dayOff: true
        case .makeUpDay, .workingDay: false
        }
    }

    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.holiday, .vi): "Nghỉ lễ, Tết"
        case (.holiday, .en): "Public holiday"
        case (.compensatory, .vi): "Nghỉ bù"
        case (.compensatory, .en): "Day off in lieu"
        case (.swappedDayOff, .vi): "Nghỉ hoán đổi"
        case (.swappedDayOff, .en): "Swapped day off"
        case (.makeUpDay, .vi): "Làm bù"
        case (.makeUpDay, .en): "Make-up working day"
        case (.dayOff, .vi): "Ngày nghỉ"
        case (.dayOff, .en): "Day off"
        case (.workingDay, .vi): "Ngày làm việc"
        case (.workingDay, .en): "Working day"
        }
    }
}

/// One date of a holiday calendar: a day off on a weekday, or a working Saturday, with its name and its source.
public struct CalendarDay: Sendable, Hashable, Codable, Comparable, Labelled {
    public let date: CivilDate
    public let kind: HolidayKind
    /// Name in Vietnamese, "Giỗ Tổ Hùng Vương".
    public let nameVi: String
    /// Name in English, "Hùng Kings' Commemoration Day".
    public let nameEn: String
    /// The text it comes from ("Thông báo 9441/TB-BNV ngày 16/10/2025"), or nil.
    public let source: String?

    public init(_ date: CivilDate, _ kind: HolidayKind, vi: String, en: String, source: String? = nil) {
        self.date = date
        self.kind = kind
        self.nameVi = vi
        self.nameEn = en
        self.source = source
    }

    public var isDayOff: Bool { kind.isDayOff }

    public func label(_ language: Language) -> String {
        language == .vi ? nameVi : nameEn
    }

    /// By date, then kind (a calendar holds one entry per date).
    public static func < (a: CalendarDay, b: CalendarDay) -> Bool {
        (a.date, a.kind.rawValue) < (b.date, b.kind.rawValue)
    }
}

/// Which days are working days: Monday to Friday, except the days off of its entries, plus the Saturdays or Sundays
/// its entries make working days. Entries come from a base list (the computed or announced holidays) and from
/// overrides (an administrator's corrections), which replace the base entry of their date.
public struct HolidayCalendar: Sendable {
    private let base: [Int: CalendarDay]
    private let overridden: [Int: CalendarDay]

    /// A calendar of exactly these entries; for a date listed twice, the later entry counts.
    public init(_ days: [CalendarDay], overrides: [CalendarDay] = []) {
        self.init(base: HolidayCalendar.byDay(days), overrides: overrides)
    }

    private init(base: [Int: CalendarDay], overrides: [CalendarDay]) {
        self.base = base
        self.overridden = HolidayCalendar.byDay(overrides)
    }

    private static func byDay(_ days: [CalendarDay]) -> [Int: CalendarDay] {
        Dictionary(days.map { ($0.date.dayNumber, $0) }, uniquingKeysWith: { _, later in later })
    }

    /// Vietnam's calendar for civil servants: for each year of `vietnamYears`, the announced days
    /// (`announced(year:)`) where the table has the year, else the statutory ones (`statutory(year:)`);
    /// then `overrides`, the administrator's table, replacing the entry of their date.
    public static func vietnam(overrides: [CalendarDay] = []) -> HolidayCalendar {
        HolidayCalendar(base: vietnamBase, overrides: overrides)
    }

    /// The years `vietnam(overrides:)` computes; outside them only weekends (and overrides) are days off.
    public static let vietnamYears = 2000...2100

    private static let vietnamBase: [Int: CalendarDay] = byDay(vietnamYears.flatMap { standard(year: $0) })

    /// The entries `vietnam(overrides:)` starts from for a year: announced if the table has the year, else statutory.
    public static func standard(year: Int) -> [CalendarDay] {
        announced(year: year) ?? statutory(year: year)
    }

    // MARK: - Queries

    /// The entry that decides `date`, override first, or nil for an ordinary weekday or weekend.
    public func entry(on date: CivilDate) -> CalendarDay? {
        overridden[date.dayNumber] ?? base[date.dayNumber]
    }

    /// The entries of a year, overrides applied, by date: what an administrator sees and corrects.
    public func entries(in year: Int) -> [CalendarDay] {
        var days: [Int: CalendarDay] = [:]
        for (n, d) in base where d.date.year == year { days[n] = d }
        for (n, d) in overridden where d.date.year == year { days[n] = d }
        return days.values.sorted()
    }

    /// The administrator's overrides, by date.
    public var overrides: [CalendarDay] { overridden.values.sorted() }

    /// Whether `date` is a working day: its entry decides; without one, Monday to Friday are.
    public func isWorkingDay(_ date: CivilDate) -> Bool {
        if let e = entry(on: date) { return !e.isDayOff }
        return !date.isWeekend
    }

    /// The deadline of "within `n` working days of `event`": the n-th working day counting from the day after the
    /// event (Civil Code art. 147). n = 0 gives the event itself; a negative n counts back, the |n|-th working day
    /// before the event.
    public func addingWorkingDays(_ n: Int, to event: CivilDate) -> CivilDate {
        let step = n < 0 ? -1 : 1
        var remaining = abs(n)
        var d = event
        while remaining > 0 {
            d = d.adding(days: step)
            if isWorkingDay(d) { remaining -= 1 }
        }
        return d
    }

    /// Working days after `from` up to and including `through`: 1 from a Friday through the next Monday;
    /// how late something done on `through` is against a deadline `from`. Negative when `through` is before `from`.
    public func workingDays(from: CivilDate, through: CivilDate) -> Int {
        if through < from { return -workingDays(from: through, through: from) }
        var count = 0
        var d = from.adding(days: 1)
        while d <= through {
            if isWorkingDay(d) { count += 1 }
            d = d.adding(days: 1)
        }
        return count
    }

    /// `date` if it is a working day, else the next one: the end of a period counted in calendar days whose last
    /// day is a day off (Civil Code art. 148).
    public func workingDay(onOrAfter date: CivilDate) -> CivilDate {
        var d = date
        while !isWorkingDay(d) { d = d.adding(days: 1) }
        return d
    }

    /// The deadline "within `n` working days" of `event` on this calendar.
    public func deadline(workingDays n: Int, after event: CivilDate) -> Deadline {
        Deadline(workingDays: n, after: event, calendar: self)
    }
}

// MARK: - Statutory holidays

extension HolidayCalendar {
    static let labourCode = "Bộ luật Lao động 2019, Điều 112"
    static let labourCodeComputed = "Bộ luật Lao động 2019, Điều 112 (tính theo luật; ngày cụ thể do Chính phủ thông báo)"
    static let compensation = "Bộ luật Lao động 2019, Điều 111 khoản 3"

    /// The days off the Labour Code alone gives for `year`, with their weekend compensation, as computed here before
    /// (or without) the Government's announcement:
    /// - 1 January, 30 April, 1 May, 2 September.
    /// - Giỗ Tổ Hùng Vương, 10/3 lunar (a holiday since 2007).
    /// - Quốc khánh's adjacent day (since 2021): the one that joins the holiday to a weekend or makes the break
    ///   longest — 3/9 when 2/9 is a Monday, Thursday or Sunday, 1/9 otherwise; the choice of every year 2021–2026.
    /// - Tết, 5 days (4 before 2013): the Government chooses between 1, 2 or 3 days before the lunar new year (and
    ///   4, 3 or 2 after). When Tết falls on a Tuesday, Wednesday or Thursday, the 5 days that make Monday–Friday
    ///   (2026: 16–20/02, the last day of the old year and 4 days; 2025: 27–31/01, 2 days and 3); otherwise the
    ///   last 2 days of the old year and the first 3 of the new, which gives the 7-day breaks announced for 2020
    ///   (23–29/01), 2021 (10–16/02), 2023 (20–26/01) and 2024 (08–14/02).
    /// - Each holiday on a Saturday or Sunday gives a day off on the next weekday that is not already off.
    /// Swaps with make-up Saturdays are never computed: they exist only when announced.
    public static func statutory(year: Int) -> [CalendarDay] {
        var holidays: [CalendarDay] = []
        func fixed(_ month: Int, _ day: Int, vi: String, en: String) {
            if let d = CivilDate(year: year, month: month, day: day) {
                holidays.append(CalendarDay(d, .holiday, vi: vi, en: en, source: labourCode))
            }
        }
        fixed(1, 1, vi: newYearVi, en: newYearEn)
        if let tet = LunarCalendar.newYear(year) {
            let before: Int
            if year < 2013 {
                before = 1
            } else {
                switch tet.weekday {
                case 1: before = 1 // Tuesday: Monday is the last day of the old year
                case 2: before = 2
                case 3: before = 3
                default: before = 2
                }
            }
            let count = year < 2013 ? 4 : 5
            for i in 0..<count {
                holidays.append(tetDay(tet.adding(days: i - before), .holiday, source: labourCodeComputed))
            }
        }
        if year >= 2007, let hungKings = LunarCalendar.hungKingsDay(year) {
            holidays.append(CalendarDay(hungKings, .holiday, vi: hungKingsVi, en: hungKingsEn, source: labourCode))
        }
        fixed(4, 30, vi: victoryVi, en: victoryEn)
        fixed(5, 1, vi: labourDayVi, en: labourDayEn)
        fixed(9, 2, vi: nationalDayVi, en: nationalDayEn)
        if year >= 2021, let second = CivilDate(year: year, month: 9, day: 2) {
            let after = [0, 3, 6].contains(second.weekday) // Monday, Thursday, Sunday
            holidays.append(
                CalendarDay(
                    second.adding(days: after ? 1 : -1), .holiday, vi: nationalDayAdjacentVi, en: nationalDayAdjacentEn,
                    source: labourCodeComputed))
        }
        holidays.sort()
        var taken = Set(holidays.map(\.date.dayNumber))
        var days = holidays
        for h in holidays where h.date.isWeekend {
            var d = h.date.adding(days: 1)
            while d.isWeekend || taken.contains(d.dayNumber) { d = d.adding(days: 1) }
            taken.insert(d.dayNumber)
            days.append(
                CalendarDay(d, .compensatory, vi: "Nghỉ bù \(h.nameVi)", en: "Day off in lieu of \(h.nameEn)", source: compensation))
        }
        return days.sorted()
    }

    /// A day of the Tết holiday, named by its lunar date: "Tết Nguyên đán (29 tháng Chạp)", "Tết Nguyên đán (mùng 1 Tết)".
    static func tetDay(_ date: CivilDate, _ kind: HolidayKind, source: String) -> CalendarDay {
        let l = LunarCalendar.lunar(of: date)
        if l.month == 1 {
            return CalendarDay(
                date, kind, vi: "Tết Nguyên đán (mùng \(l.day) Tết)", en: "Lunar New Year (day \(l.day))", source: source)
        }
        return CalendarDay(
            date, kind, vi: "Tết Nguyên đán (\(l.day) tháng Chạp)", en: "Lunar New Year (\(l.day) of the 12th lunar month)",
            source: source)
    }

    static let newYearVi = "Tết Dương lịch"
    static let newYearEn = "New Year's Day"
    static let hungKingsVi = "Giỗ Tổ Hùng Vương (10/3 âm lịch)"
    static let hungKingsEn = "Hùng Kings' Commemoration Day"
    static let victoryVi = "Ngày Chiến thắng (30/4)"
    static let victoryEn = "Reunification Day"
    static let labourDayVi = "Ngày Quốc tế Lao động (1/5)"
    static let labourDayEn = "International Labour Day"
    static let nationalDayVi = "Quốc khánh (2/9)"
    static let nationalDayEn = "National Day"
    static let nationalDayAdjacentVi = "Quốc khánh (ngày liền kề)"
    static let nationalDayAdjacentEn = "National Day (adjacent day)"
}

// MARK: - Announced days

extension HolidayCalendar {
    /// The days off and make-up days the Government announced for civil servants (cán bộ, công chức, viên chức),
    /// complete for each year it holds, or nil for a year it does not hold. Sources, each cited on its entries:
    ///
    /// 2025
    /// - 1/1 (Wednesday): Labour Code art. 112, no swap.
    /// - Tết Ất Tỵ: 27–31/01 (28 tháng Chạp to mùng 3), with the weekends 25/01–02/02, 9 days, no swap:
    ///   Văn bản 8726/VPCP-KGVX of 26/11/2024 (the Prime Minister agrees) and Thông báo 6150/TB-BLĐTBXH of
    ///   03/12/2024.
    /// - Giỗ Tổ: Monday 07/04, Labour Code art. 112.
    /// - 30/4 and 1/5 (Wednesday, Thursday) with Friday 02/05 swapped for Saturday 26/04 (làm bù), off 30/04–04/05:
    ///   Thông báo 6150/TB-BLĐTBXH.
    /// - Quốc khánh: 01/09 and 02/09 (Monday, Tuesday), off 30/08–02/09: Thông báo 6150/TB-BLĐTBXH.
    ///
    /// 2026
    /// - 1/1 (Thursday) with Friday 02/01 swapped for Saturday 10/01, off 01–04/01: Văn bản 12729/VPCP-KGVX of
    ///   25/12/2025.
    /// - Tết Bính Ngọ: 16–20/02 (29 tháng Chạp to mùng 4), with the weekends 14–22/02, 9 days, no swap:
    ///   Văn bản 9859/VPCP-KGVX of 13/10/2025 (on the Ministry of Home Affairs' 8764/BNV-CVL of 01/10/2025) and
    ///   Thông báo 9441/TB-BNV of 16/10/2025.
    /// - Giỗ Tổ: Sunday 26/04, given back Monday 27/04 (Labour Code art. 111(3)); 30/4 and 1/5 (Thursday, Friday),
    ///   no swap.
    /// - Quốc khánh: 01/09 and 02/09 (Tuesday, Wednesday) with Monday 31/08 swapped for Saturday 22/08, off
    ///   29/08–02/09: Văn bản 9859/VPCP-KGVX and Thông báo 9441/TB-BNV.
    ///
    /// Not included: 24 November, "Ngày Văn hóa Việt Nam". Nghị quyết 80-NQ/TW of the Politburo (07/01/2026) makes it
    /// a paid day off in principle and Nghị quyết 30/NQ-CP (February 2026) asks for Labour Code art. 112(1) to be
    /// amended; until the amendment is in force it is no holiday. An administrator adds it as an override
    /// (`HolidayKind.dayOff`) when it is.
    public static func announced(year: Int) -> [CalendarDay]? {
        announcedTable[year]
    }

    /// The years `announced(year:)` holds.
    public static var announcedYears: [Int] { announcedTable.keys.sorted() }

    private static let announcedTable: [Int: [CalendarDay]] = {
        let notice2025 = "Thông báo 6150/TB-BLĐTBXH ngày 03/12/2024"
        let tet2025 = "Văn bản 8726/VPCP-KGVX ngày 26/11/2024; Thông báo 6150/TB-BLĐTBXH ngày 03/12/2024"
        let newYear2026 = "Văn bản 12729/VPCP-KGVX ngày 25/12/2025"
        let notice2026 = "Văn bản 9859/VPCP-KGVX ngày 13/10/2025; Thông báo 9441/TB-BNV ngày 16/10/2025"
        let y2025: [CalendarDay?] = [
            day(2025, 1, 1, .holiday, vi: newYearVi, en: newYearEn, source: labourCode),
            tet(2025, 1, 27, source: tet2025),
            tet(2025, 1, 28, source: tet2025),
            tet(2025, 1, 29, source: tet2025),
            tet(2025, 1, 30, source: tet2025),
            tet(2025, 1, 31, source: tet2025),
            day(2025, 4, 7, .holiday, vi: hungKingsVi, en: hungKingsEn, source: labourCode),
            day(2025, 4, 26, .makeUpDay, vi: "Làm bù cho thứ Sáu 02/05/2025", en: "Worked for Friday 2 May 2025", source: notice2025),
            day(2025, 4, 30, .holiday, vi: victoryVi, en: victoryEn, source: notice2025),
            day(2025, 5, 1, .holiday, vi: labourDayVi, en: labourDayEn, source: notice2025),
            day(
                2025, 5, 2, .swappedDayOff, vi: "Nghỉ hoán đổi (làm bù thứ Bảy 26/04/2025)",
                en: "Swapped day off (worked on Saturday 26 April 2025)", source: notice2025),
            day(2025, 9, 1, .holiday, vi: nationalDayAdjacentVi, en: nationalDayAdjacentEn, source: notice2025),
            day(2025, 9, 2, .holiday, vi: nationalDayVi, en: nationalDayEn, source: notice2025),
        ]
        let y2026: [CalendarDay?] = [
            day(2026, 1, 1, .holiday, vi: newYearVi, en: newYearEn, source: newYear2026),
            day(
                2026, 1, 2, .swappedDayOff, vi: "Nghỉ hoán đổi (làm bù thứ Bảy 10/01/2026)",
                en: "Swapped day off (worked on Saturday 10 January 2026)", source: newYear2026),
            day(2026, 1, 10, .makeUpDay, vi: "Làm bù cho thứ Sáu 02/01/2026", en: "Worked for Friday 2 January 2026", source: newYear2026),
            tet(2026, 2, 16, source: notice2026),
            tet(2026, 2, 17, source: notice2026),
            tet(2026, 2, 18, source: notice2026),
            tet(2026, 2, 19, source: notice2026),
            tet(2026, 2, 20, source: notice2026),
            day(2026, 4, 26, .holiday, vi: hungKingsVi, en: hungKingsEn, source: labourCode),
            day(
                2026, 4, 27, .compensatory, vi: "Nghỉ bù \(hungKingsVi)", en: "Day off in lieu of \(hungKingsEn)",
                source: compensation),
            day(2026, 4, 30, .holiday, vi: victoryVi, en: victoryEn, source: labourCode),
            day(2026, 5, 1, .holiday, vi: labourDayVi, en: labourDayEn, source: labourCode),
            day(2026, 8, 22, .makeUpDay, vi: "Làm bù cho thứ Hai 31/08/2026", en: "Worked for Monday 31 August 2026", source: notice2026),
            day(
                2026, 8, 31, .swappedDayOff, vi: "Nghỉ hoán đổi (làm bù thứ Bảy 22/08/2026)",
                en: "Swapped day off (worked on Saturday 22 August 2026)", source: notice2026),
            day(2026, 9, 1, .holiday, vi: nationalDayAdjacentVi, en: nationalDayAdjacentEn, source: notice2026),
            day(2026, 9, 2, .holiday, vi: nationalDayVi, en: nationalDayEn, source: notice2026),
        ]
        return [2025: y2025.compactMap { $0 }, 2026: y2026.compactMap { $0 }]
    }()

    private static func day(
        _ year: Int, _ month: Int, _ day: Int, _ kind: HolidayKind, vi: String, en: String, source: String
    ) -> CalendarDay? {
        CivilDate(year: year, month: month, day: day).map { CalendarDay($0, kind, vi: vi, en: en, source: source) }
    }

    private static func tet(_ year: Int, _ month: Int, _ day: Int, source: String) -> CalendarDay? {
        CivilDate(year: year, month: month, day: day).map { tetDay($0, .holiday, source: source) }
    }
}

// MARK: - Deadlines

/// A deadline "within N working days" of an event, on a holiday calendar.
public struct Deadline: Sendable {
    /// The event the period runs from (a decision, a ceremony).
    public let event: CivilDate
    /// N.
    public let workingDays: Int
    /// The last day to act: the N-th working day after the event.
    public let due: CivilDate
    let calendar: HolidayCalendar

    public init(workingDays n: Int, after event: CivilDate, calendar: HolidayCalendar) {
        self.event = event
        self.workingDays = n
        self.due = calendar.addingWorkingDays(n, to: event)
        self.calendar = calendar
    }

    /// Where the deadline stands on `today`: done (`doneOn`, on time or how late), overdue, due within
    /// `soonWithin` working days, or further off. Counts are in working days.
    public func state(today: CivilDate, doneOn: CivilDate? = nil, soonWithin: Int = 5) -> DeadlineState {
        if let done = doneOn {
            return .met(workingDaysLate: done > due ? calendar.workingDays(from: due, through: done) : 0)
        }
        if today > due {
            return .overdue(workingDaysLate: calendar.workingDays(from: due, through: today))
        }
        let left = calendar.workingDays(from: today, through: due)
        return left <= soonWithin ? .dueSoon(workingDaysLeft: left) : .pending(workingDaysLeft: left)
    }
}

/// Where a deadline stands on a day.
public enum DeadlineState: Sendable, Hashable, Labelled {
    /// Not done, more working days left than the warning window.
    case pending(workingDaysLeft: Int)
    /// Not done, within the warning window; 0 when due today.
    case dueSoon(workingDaysLeft: Int)
    /// Not done, the due date has passed; 0 on the weekend or holiday right after it.
    case overdue(workingDaysLate: Int)
    /// Done; 0 when on time.
    case met(workingDaysLate: Int)

    public func label(_ language: Language) -> String {
        func days(_ n: Int) -> String {
            language == .vi ? "\(n) ngày làm việc" : "\(n) working day\(n == 1 ? "" : "s")"
        }
        switch (self, language) {
        case (.pending(let n), .vi): return "Còn \(days(n))"
        case (.pending(let n), .en): return "\(days(n)) left"
        case (.dueSoon(0), .vi): return "Đến hạn hôm nay"
        case (.dueSoon(0), .en): return "Due today"
        case (.dueSoon(let n), .vi): return "Sắp đến hạn, còn \(days(n))"
        case (.dueSoon(let n), .en): return "Due soon, \(days(n)) left"
        case (.overdue(0), .vi): return "Quá hạn"
        case (.overdue(0), .en): return "Overdue"
        case (.overdue(let n), .vi): return "Quá hạn \(days(n))"
        case (.overdue(let n), .en): return "Overdue by \(days(n))"
        case (.met(0), .vi): return "Đã thực hiện đúng hạn"
        case (.met(0), .en): return "Done on time"
        case (.met(let n), .vi): return "Đã thực hiện, chậm \(days(n))"
        case (.met(let n), .en): return "Done \(days(n)) late"
        }
    }
}

extension CivilDate {
    /// Saturday or Sunday (`weekday` 5 or 6; 0 is Monday).
    var isWeekend: Bool { weekday >= 5 }
}
