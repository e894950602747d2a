import ChiBoCore
import Vapor

/// What a unit's statistics page shows (`GET /units/{id}/statistics`, `StatisticsView`), made from
/// the service's report (`StatisticsService.report`): the unit and its sub-units as DTOs, a cell's
/// meetings as rows, no Fluent model.
struct StatisticsPage: Sendable {
    /// A sub-unit with its figures: a line of the table, a bar of the chart.
    struct Row: Sendable {
        let unit: UnitDTO
        let figures: CellFigures
    }

    /// For a cell: the meetings behind its figures, and the members at the striking-off rule.
    struct CellDetail: Sendable {
        let meetings: [MeetingRow]
        let strikeOff: [StatisticsService.StrikeOffCase]
    }

    let unit: UnitDTO
    let period: ReportPeriod
    let today: CivilDate
    let total: CellFigures
    /// The direct sub-units (or nothing for a cell).
    let rows: [Row]
    /// The unit's figures month by month.
    let monthly: [(ReportPeriod.YearMonth, CellFigures)]
    let cellDetail: CellDetail?
    let rulebookVersions: [String]
    /// The rulebook the figures are judged by.
    let rulebook: Rulebook
    /// The unit's local settings the figures used, and where each came from.
    let local: LocalSettings
    let localSources: [LocalSettingKey: LocalSettingVersion]
    /// The classification decided in the period's last year and the two before.
    let classificationYears: [(year: Int, figures: ClassificationFigures)]

    init(_ r: StatisticsService.Report) {
        unit = UnitDTO(r.unit)
        period = r.period
        today = r.today
        total = r.total
        rows = r.rows.map { Row(unit: UnitDTO($0.0), figures: $0.1) }
        monthly = r.monthly
        cellDetail = r.cellDetail.map { CellDetail(meetings: $0.meetings.map(MeetingRow.init), strikeOff: $0.strikeOff) }
        rulebookVersions = r.rulebookVersions
        rulebook = r.rulebook
        local = r.local
        localSources = r.localSources
        classificationYears = r.classificationYears
    }
}
