import Fluent
import SQLKit
import Vapor
import ChiBoCore

/// Figures for every cell under a unit over a year, computed directly from the raw tables (the
/// reference any faster roll-up must equal), and their sum.
enum StatisticsService {
    struct Report: Sendable {
        let unit: OrgUnit
        let year: Int
        let cells: [(OrgUnit, CellFigures)]
        let total: CellFigures
        let rulebook: Rulebook
    }

    static func report(_ db: any Database, _ principal: Principal, unitID: UUID, year: Int, today: CivilDate = Today.date()) async throws -> Report {
        guard (2000...2100).contains(year) else {
            throw DomainError(.invalid, code: "year.invalid", vi: "Năm không hợp lệ.", en: "Invalid year.", field: "year")
        }
        let unit = try await UnitService.find(db, principal, unitID, for: .readMeetings)
        let cells = try await UnitService.cells(db, under: unitID)
        let rulebook = Rulebook.inForce(on: min(today, CivilDate(year: year, month: 12, day: 31)!))
        var figures: [UUID: CellFigures] = Dictionary(uniqueKeysWithValues: cells.map { ($0.id!, CellFigures()) })
        let sql = db as! any SQLDatabase
        let subtree = SQLQueryString("SELECT descendant_id FROM unit_closure WHERE ancestor_id = \(bind: unitID)")
        let from = "\(year)-01-01", to = "\(year)-12-31"

        for row in try await sql.raw("""
            SELECT unit_id, status, exemption_kind, transfer_direction, COUNT(*) AS n FROM members
            WHERE unit_id IN (\(subtree)) GROUP BY unit_id, status, exemption_kind, transfer_direction
            """).all() {
            let id = try row.decode(column: "unit_id", as: UUID.self)
            figures[id, default: CellFigures()].members.add(
                status: MemberStatus(rawValue: try row.decode(column: "status", as: String.self)) ?? .official,
                exemption: try row.decode(column: "exemption_kind", as: String?.self).flatMap(ExemptionKind.init(rawValue:)),
                transfer: try row.decode(column: "transfer_direction", as: String?.self).flatMap(TransferDirection.init(rawValue:)),
                count: try row.decode(column: "n", as: Int.self))
        }

        var held: [UUID: [(MeetingKind, CivilDate)]] = [:]
        for row in try await sql.raw("""
            SELECT unit_id, kind, status, scheduled_date, started_at, ended_at, notified_on FROM meetings
            WHERE unit_id IN (\(subtree)) AND scheduled_date >= \(bind: from) AND scheduled_date <= \(bind: to)
            """).all() {
            let id = try row.decode(column: "unit_id", as: UUID.self)
            let status = MeetingStatus(rawValue: try row.decode(column: "status", as: String.self)) ?? .planned
            guard status == .ended || status == .locked,
                  let date = CivilDate(parsing: try row.decode(column: "scheduled_date", as: String.self)) else { continue }
            let kind = MeetingKind(rawValue: try row.decode(column: "kind", as: String.self)) ?? .regular
            held[id, default: []].append((kind, date))
            figures[id, default: CellFigures()].meetingsHeld += 1
            if let s = try row.decode(column: "started_at", as: String?.self).flatMap(LocalDateTime.init(parsing:)),
               let e = try row.decode(column: "ended_at", as: String?.self).flatMap(LocalDateTime.init(parsing:)),
               DurationCheck.check(kind: kind, minutes: e.minutesSinceEpoch - s.minutesSinceEpoch, rules: rulebook.meetings).tooShort {
                figures[id, default: CellFigures()].meetingsTooShort += 1
            }
            if let n = try row.decode(column: "notified_on", as: String?.self).flatMap(CivilDate.init(parsing:)) {
                if NoticeRules.isLate(notified: n, meeting: date, rules: rulebook.meetings) {
                    figures[id, default: CellFigures()].noticesLate += 1
                } else {
                    figures[id, default: CellFigures()].noticesOnTime += 1
                }
            } else {
                figures[id, default: CellFigures()].noticesLate += 1
            }
        }
        for cell in cells {
            let o = MeetingObligations.compute(year: year, held: held[cell.id!] ?? [], today: today, rules: rulebook.meetings)
            figures[cell.id!, default: CellFigures()].regularHeld = o.months.filter { $0.state == .held }.count
            figures[cell.id!, default: CellFigures()].regularLate = o.months.filter { $0.state == .late }.count
            figures[cell.id!, default: CellFigures()].thematicQuartersLate = o.quarters.filter { $0.state == .late }.count
        }

        for row in try await sql.raw("""
            SELECT m.unit_id AS unit_id, a.status AS status, a.exempt AS exempt, a.transfer_direction AS transfer,
                   a.attendance AS attendance, COUNT(*) AS n
            FROM meeting_attendance a JOIN meetings m ON m.id = a.meeting_id
            WHERE m.unit_id IN (\(subtree)) AND m.status IN ('ended', 'locked')
              AND m.scheduled_date >= \(bind: from) AND m.scheduled_date <= \(bind: to)
            GROUP BY m.unit_id, a.status, a.exempt, a.transfer_direction, a.attendance
            """).all() {
            let id = try row.decode(column: "unit_id", as: UUID.self)
            let member = RollMember(status: MemberStatus(rawValue: try row.decode(column: "status", as: String.self)) ?? .official,
                                    exempt: try row.decode(column: "exempt", as: Bool.self),
                                    transfer: try row.decode(column: "transfer", as: String?.self).flatMap(TransferDirection.init(rawValue:)),
                                    attendance: try row.decode(column: "attendance", as: String?.self).flatMap(AttendanceStatus.init(rawValue:)))
            figures[id, default: CellFigures()].attendance.add(member, count: try row.decode(column: "n", as: Int.self))
        }

        for row in try await sql.raw("""
            SELECT unit_id, due_date FROM tasks WHERE unit_id IN (\(subtree)) AND status = 'open'
            """).all() {
            let id = try row.decode(column: "unit_id", as: UUID.self)
            figures[id, default: CellFigures()].tasksOpen += 1
            if try row.decode(column: "due_date", as: String.self) < today.iso { figures[id, default: CellFigures()].tasksOverdue += 1 }
        }

        for row in try await sql.raw("""
            SELECT m.unit_id AS unit_id, a.member_id AS member_id, COUNT(DISTINCT substr(m.scheduled_date, 1, 7)) AS months
            FROM meeting_attendance a JOIN meetings m ON m.id = a.meeting_id
            WHERE m.unit_id IN (\(subtree)) AND m.status IN ('ended', 'locked') AND a.attendance = 'unexcused'
              AND m.scheduled_date >= \(bind: from) AND m.scheduled_date <= \(bind: to)
            GROUP BY m.unit_id, a.member_id
            """).all() where try row.decode(column: "months", as: Int.self) >= rulebook.membership.strikeOffMonthsInYear {
            figures[try row.decode(column: "unit_id", as: UUID.self), default: CellFigures()].membersAtStrikeOffRule += 1
        }

        let rows = cells.map { ($0, figures[$0.id!] ?? CellFigures()) }
        return Report(unit: unit, year: year, cells: rows, total: CellFigures.sum(rows.map(\.1)), rulebook: rulebook)
    }

    /// The report as CSV (UTF-8 with a byte-order mark so spreadsheets read the diacritics).
    static func csv(_ r: Report) -> String {
        func field(_ s: String) -> String { s.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s }
        func rate(_ f: CellFigures) -> String { f.attendancePermille.map { "\($0 / 10).\($0 % 10)" } ?? "" }
        var lines = ["Chi bộ,Mã,Đảng viên,Chính thức,Dự bị,Miễn sinh hoạt,Sinh hoạt thường kỳ đã tổ chức,Tháng quá hạn,Quý chuyên đề quá hạn,"
                     + "Tỷ lệ dự (%),Vắng không lý do,Buổi ngắn hơn quy định,Thông báo đúng hạn,Thông báo muộn,Nhiệm vụ đang mở,Nhiệm vụ quá hạn,"
                     + "Đảng viên vắng không lý do từ 3 tháng"]
        for (u, f) in r.cells + [(r.unit, r.total)] {
            lines.append([field(u.name), field(u.code), "\(f.members.total)", "\(f.members.official)", "\(f.members.probationary)",
                          "\(f.members.exemptFull + f.members.exemptTemporary)", "\(f.regularHeld)", "\(f.regularLate)", "\(f.thematicQuartersLate)",
                          rate(f), "\(f.attendance.unexcused)", "\(f.meetingsTooShort)", "\(f.noticesOnTime)", "\(f.noticesLate)", "\(f.tasksOpen)",
                          "\(f.tasksOverdue)", "\(f.membersAtStrikeOffRule)"].joined(separator: ","))
        }
        return "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n"
    }
}

extension CellFigures: Content {}
