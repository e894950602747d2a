import Foundation
import Testing

@testable import ChiBoCore

@Suite struct StatisticsCoreTests {
    func d(_ y: Int, _ m: Int, _ day: Int) -> CivilDate { CivilDate(year: y, month: m, day: day)! }
    func t(_ date: CivilDate, _ h: Int, _ m: Int) -> LocalDateTime { LocalDateTime(date: date, hour: h, minute: m)! }

    /// A cell that met in January (too short, notice late) and twice in March (one thematic),
    /// with one member absent without reason in three months.
    var activity: CellActivity {
        var a = CellActivity()
        a.members.add(status: .official, exemption: nil, transfer: nil, count: 20)
        a.members.add(status: .probationary, exemption: nil, transfer: nil, count: 2)
        a.meetings = [
            .init(
                kind: .regular, date: d(2026, 1, 5), started: t(d(2026, 1, 5), 19, 30), ended: t(d(2026, 1, 5), 20, 0),
                notified: d(2026, 1, 5)),
            .init(
                kind: .regular, date: d(2026, 3, 5), started: t(d(2026, 3, 5), 19, 30), ended: t(d(2026, 3, 5), 21, 30),
                notified: d(2026, 2, 25)),
            .init(kind: .thematic, date: d(2026, 3, 20), started: nil, ended: nil, notified: nil),
        ]
        a.attendance = [
            .init(date: d(2026, 1, 5), member: RollMember(status: .official, attendance: .present), count: 18),
            .init(date: d(2026, 1, 5), member: RollMember(status: .official, attendance: .unexcused), count: 4),
            .init(date: d(2026, 3, 5), member: RollMember(status: .official, exempt: true, attendance: .present), count: 1),
        ]
        a.unexcusedMonths = [(2026, 3), (2026, 1)]
        a.openTaskDueDates = [d(2026, 2, 1), d(2026, 12, 1)]
        return a
    }

    @Test func aCellsCountersByPeriod() {
        let rows = activity.rows()
        #expect(rows["now"]?[.cells] == 1)
        #expect(rows["now"]?[.membersTotal] == 22)
        #expect(rows["now"]?[.tasksOpen] == 2)
        #expect(rows["2026-01"]?[.meetingsTooShort] == 1)
        #expect(rows["2026-01"]?[.noticesLate] == 1)
        #expect(rows["2026-01"]?[.attExpected] == 22)
        #expect(rows["2026-03"]?[.regularMonthsHeld] == 1)
        #expect(rows["2026-03"]?[.meetingsHeld] == 2)
        #expect(rows["2026-03"]?[.noticesOnTime] == 1)
        #expect(rows["2026-03"]?[.attExemptPresent] == 1)
        #expect(rows["2026-Q1"]?[.thematicQuartersHeld] == 1)
        #expect(rows["2026"]?[.membersAtStrikeOffRule] == 1)
        #expect(rows["D2026-02-01"]?[.tasksOpenDue] == 1)
        #expect(rows["2026-02"] == nil)
    }

    @Test func figuresDerivedForAPeriodCountWhatIsDueByTheDay() {
        let rows = activity.rows()
        let q1 = CellFigures.derive(rows: rows, period: .quarter(2026, 1), today: d(2026, 11, 22))
        #expect(q1.regularHeld == 2 && q1.regularDue == 3 && q1.regularLate == 1)
        #expect(q1.thematicQuartersHeld == 1 && q1.thematicQuartersLate == 0)
        #expect(q1.attendancePermille == 818)
        #expect(q1.tasksOverdue == 1)
        // Mid-March: March is not over, so it is not late yet.
        let early = CellFigures.derive(rows: rows, period: .quarter(2026, 1), today: d(2026, 3, 15))
        #expect(early.regularDue == 2 && early.regularLate == 1 && early.thematicQuartersDue == 0)
        // A year: Q2 and Q3 passed without a thematic meeting.
        let year = CellFigures.derive(rows: rows, period: .year(2026), today: d(2026, 11, 22))
        #expect(year.regularDue == 10 && year.regularLate == 8 && year.thematicQuartersLate == 2)
        // Two cells' counters summed give the sum of their figures.
        let two = CellFigures.derive(rows: rows + rows, period: .year(2026), today: d(2026, 11, 22))
        #expect(two == CellFigures.sum([year, year]))
    }

    /// A cell started in June owes nothing for the months before: a committee with it and a cell
    /// there all year counts 10 + 5 months over by 22/11, not twice ten; its reports, its
    /// quarters and its visit windows likewise; a cell started after a past year counts nothing in it.
    @Test func aCellCountsOnlyFromTheMonthItStarted() {
        var old = CellActivity()
        old.startedOn = d(2025, 5, 10)
        var new = CellActivity()
        new.startedOn = d(2026, 6, 10)
        let rows = old.rows() + new.rows()
        #expect(rows["2026-06"]?[.cellsStarted] == 1 && rows["2026"]?[.cellsStarted] == 1 && rows["2025"]?[.cellsStarted] == 1)
        let today = d(2026, 11, 22)
        let keys = ReportPeriod.year(2026).keys(countingCellsThrough: 2026)
        let loaded = rows.filter { keys.contains($0.key) || $0.key == PeriodKey.now }
        let f = CellFigures.derive(rows: loaded, period: .year(2026), today: today)
        #expect(f.cells == 2)
        #expect(f.regularDue == 15 && f.regularLate == 15)
        #expect(f.thematicQuartersDue == 3 + 2, "Q1–Q3 for the first, Q2 (ending 30/06) and Q3 for the second")
        #expect(f.oversight.windowsDue == 5 && f.oversight.reports.missing == 15)
        #expect(CellFigures.cells(loaded, now: 2, on: d(2026, 5, 31)) == 1)
        #expect(CellFigures.cells(loaded, now: 2, on: d(2026, 6, 30)) == 2)
        // 2025 read in 2026: the first cell from May, the second not at all.
        let last = ReportPeriod.year(2025)
        let y2025 = rows.filter { last.keys(countingCellsThrough: 2026).contains($0.key) || $0.key == PeriodKey.now }
        #expect(CellFigures.derive(rows: y2025, period: last, today: today).regularDue == 8)
        // A cell with no start recorded counts every month, as before.
        #expect(CellFigures.derive(rows: CellActivity().rows(), period: .year(2026), today: today).regularDue == 10)
    }

    @Test func periodsParseAndRefuseBadInputInBothLanguages() throws {
        #expect(
            try ReportPeriod.parse(period: nil, year: nil, month: nil, quarter: nil, from: nil, to: nil, defaultYear: 2026) == .year(2026))
        let custom = try ReportPeriod.parse(
            period: "custom", year: nil, month: nil, quarter: nil, from: "2025-11", to: "2026-02", defaultYear: 2026)
        #expect(custom.months.count == 4 && custom.quarters.isEmpty && custom.years == [2025, 2026])
        #expect(ReportPeriod.year(2026).quarters.count == 4)
        for (p, m, q, from, to, code) in [
            ("month", 13, nil, nil, nil, "month.invalid"), ("quarter", nil, 5, nil, nil, "quarter.invalid"),
            ("custom", nil, nil, "2026-05", "2026-01", "period.order"),
            ("custom", nil, nil, "2020-01", "2026-01", "period.tooLong"),
            ("custom", nil, nil, "2026-1", "2026-02", "from.invalid"), ("week", nil, nil, nil, nil, "period.invalid"),
        ]
            as [(String, Int?, Int?, String?, String?, String)]
        {
            do {
                _ = try ReportPeriod.parse(period: p, year: 2026, month: m, quarter: q, from: from, to: to, defaultYear: 2026)
                Issue.record("\(p) accepted")
            } catch let e as DomainError {
                #expect(e.code == code)
                #expect(!e.message(.vi).isEmpty && e.message(.vi) != e.message(.en))
            }
        }
        #expect(ReportPeriod.quarter(2026, 4).label(.vi) == "Quý 4/2026")
    }

    @Test func workbooksAreZipsWithOneSheetPerTable() throws {
        #expect(
            XlsxWriter.column(0) == "A" && XlsxWriter.column(25) == "Z" && XlsxWriter.column(26) == "AA" && XlsxWriter.column(701) == "ZZ")
        #expect(SpreadsheetCell.decimal(925, scale: 1).plain == "92.5" && SpreadsheetCell.decimal(5, scale: 1).plain == "0.5")
        let bytes = XlsxWriter.workbook([
            ("Thống kê: năm", [[.text("Chi bộ"), .text("Tỷ lệ")], [.text("Nà <Thuôn>"), .decimal(925, scale: 1)]])
        ])
        #expect(Array(bytes.prefix(2)) == [0x50, 0x4B])
        let sheet = XlsxWriter.sheet([[.text("a & b")], [.number(3)]])
        #expect(sheet.contains("a &amp; b") && sheet.contains("<v>3</v>"))
        #expect(XlsxWriter.sheetName("Thống kê: năm") == "Thống kê năm")
    }
}
