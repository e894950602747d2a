import ChiBoCore
import Fluent
import SQLKit
import Vapor

/// A committee's view of its superiors at cell meetings over a year (`GET /units/{id}/visits`
/// and `GET /api/v1/units/{id}/visits`): each direct sub-unit's visits, evaluations and the
/// windows of the local frequency missed, from the statistics counters; for a cell below, whether
/// the current window has had its visit and who follows it; the year's latest visits in the
/// subtree with the evaluations that differ from the cells' own first. It reads the sub-units and
/// one page of visits, whatever the size of the subtree (`Scope.SubtreePlan`).
struct VisitsPage: Content {
    struct Row: Content {
        let unit: UnitDTO
        let figures: OversightFigures
        /// For a cell: a superior attended a meeting in the current window.
        let visitedThisWindow: Bool?
        /// For a cell: the members of committees above assigned to follow it, the nearest first.
        let liaison: String?
    }

    let unit: UnitDTO
    let year: Int
    /// The local frequency the figures follow.
    let window: VisitWindow
    let total: OversightFigures
    let rows: [Row]
    /// The year's visits in the subtree, the latest first, at most `limit`.
    let visits: [VisitDTO]
    /// The year's visits in the subtree, from the counters (`total.visits`).
    let visitsTotal: Int
    /// The cells the listed visits were at.
    let cellNames: [String: String]
    static let limit = 100

    static func load(_ db: any Database, _ principal: Principal, unitID: UUID, year: Int, today: CivilDate) async throws -> VisitsPage {
        let report = try await StatisticsService.report(db, principal, unitID: unitID, period: .year(year), today: today)
        let window = report.total.oversight.window
        // The current window only means something in the current year.
        let cells = year == today.year ? report.rows.map(\.0).filter(\.kind.isCell).compactMap(\.id) : []
        var visited: Set<UUID> = []
        var liaisons: [UUID: String] = [:]
        if !cells.isEmpty {
            let current = VisitRules.window(containing: today, window)
            for v in try await SuperiorVisit.query(on: db).filter(\.$unit.$id ~~ cells).filter(\.$meetingDate >= current.first)
                .filter(\.$meetingDate <= current.last).all()
            {
                visited.insert(v.$unit.id)
            }
            // Every committee's member following the cell, the nearest committee (the deepest) first.
            let rows = try await UnitLiaison.query(on: db).filter(\.$unit.$id ~~ cells).filter(\.$untilDate == nil)
                .with(\.$account).with(\.$level).all()
            for l in rows.sorted(by: { ($0.$level.value??.depth ?? Int.max) > ($1.$level.value??.depth ?? Int.max) }) {
                let before = liaisons[l.$unit.id]
                liaisons[l.$unit.id] = (before.map { $0 + ", " } ?? "") + l.account.displayName
            }
        }
        let rows = report.rows.map { u, f in
            Row(
                unit: UnitDTO(u), figures: f.oversight,
                visitedThisWindow: u.kind.isCell && year == today.year ? visited.contains(u.id!) : nil,
                liaison: liaisons[u.id!])
        }

        let first = CivilDate(year: year, month: 1, day: 1)!, last = CivilDate(year: year, month: 12, day: 31)!
        // The year's visits in the subtree are the counters' (the report's total), not counted; a
        // large subtree's latest are read down the date index (M035), each checked against the closure.
        let scope = try await Scope.SubtreePlan(db, of: [unitID])
        let listed = try await SuperiorVisit.query(on: db)
            .filter(scope.filter(column: "unit_id", table: SuperiorVisit.schema))
            .filter(\.$meetingDate >= first).filter(\.$meetingDate <= last)
            .sort(\.$meetingDate, .descending).sort(\.$id).limit(limit).all()
        // The cells', the levels' names and the meetings' own evaluations, the columns only.
        let names = try await MemberService.unitNames(db, listed.flatMap { [$0.$unit.id, $0.$level.id] })
        let qualities = try await meetingQualities(db as! any SQLDatabase, listed.map { $0.$meeting.id })
        var dtos = listed.map { VisitDTO($0, levelName: names[$0.$level.id] ?? "", cellQuality: qualities[$0.$meeting.id]) }
        // Differences first: what a committee looks at before the rest.
        dtos = dtos.filter { $0.comparison?.differs == true } + dtos.filter { $0.comparison?.differs != true }
        return VisitsPage(
            unit: UnitDTO(report.unit), year: year, window: window, total: report.total.oversight, rows: rows, visits: dtos,
            visitsTotal: report.total.oversight.visits,
            cellNames: Dictionary(listed.map { ($0.$unit.id.uuidString, names[$0.$unit.id] ?? "") }, uniquingKeysWith: { a, _ in a }))
    }

    /// The cells' own evaluations of the meetings (`quality`), by meeting; those not evaluated are absent.
    static func meetingQualities(_ sql: any SQLDatabase, _ ids: [UUID]) async throws -> [UUID: MeetingQuality] {
        guard !ids.isEmpty else { return [:] }
        var out: [UUID: MeetingQuality] = [:]
        for row in try await sql.raw("SELECT id, quality FROM meetings WHERE id IN (\(binds: Array(Set(ids)))) AND quality IS NOT NULL")
            .all()
        {
            out[try row.decode(column: "id", as: UUID.self)] = try row.decode(enumColumn: "quality", as: MeetingQuality.self)
        }
        return out
    }

}
