import ChiBoCore
import Fluent
import Vapor

/// GET /api/v1/units/{id}/statistics.
extension MeetingsAPIController {
    struct UnitStatistics: Content {
        let unitId: UUID
        let name: String
        let code: String
        let kind: String
        let figures: CellFigures
        let attendancePermille: Int?
    }

    struct PeriodDTO: Content {
        let kind: String
        let from: String
        let to: String
        let label: String
    }

    /// A line of a cell's list at the striking-off rule (`StatisticsService.StrikeOffCase`).
    struct StrikeOffLine: Content {
        let memberId: UUID
        let fullName: String
        let months: Int
        let left: Bool
    }

    struct StatisticsResponse: Content {
        let unitId: UUID
        let period: PeriodDTO
        let asOf: String
        let rulebookVersions: [String]
        let total: CellFigures
        let attendancePermille: Int?
        let units: [UnitStatistics]
        /// A cell's only, as its page shows it: a plain member sees only their own line.
        let strikeOff: [StrikeOffLine]?
    }

    @Sendable static func statistics(req: Request) async throws -> StatisticsResponse {
        let r = try await StatisticsService.report(
            req.db, try req.principal(), unitID: try req.id(),
            period: try req.query.decode(PeriodInput.self).reportPeriod(today: req.clock.today), today: req.clock.today)
        let p = r.period
        return StatisticsResponse(
            unitId: r.unit.id!,
            period: PeriodDTO(
                kind: p.kind.rawValue, from: p.firstDay.iso, to: p.lastDay.iso,
                label: p.label(req.language)),
            asOf: r.today.iso, rulebookVersions: r.rulebookVersions, total: r.total,
            attendancePermille: r.total.attendancePermille,
            units: r.rows.map {
                UnitStatistics(
                    unitId: $0.0.id!, name: $0.0.name, code: $0.0.code, kind: $0.0.kind.rawValue,
                    figures: $0.1, attendancePermille: $0.1.attendancePermille)
            },
            strikeOff: r.cellDetail?.strikeOff.map {
                StrikeOffLine(memberId: $0.memberID, fullName: $0.name, months: $0.months, left: $0.left)
            })
    }
}
