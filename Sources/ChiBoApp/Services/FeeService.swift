import ChiBoCore
import Fluent
import Vapor

/// A cell's party fees for a month (`GET|POST /units/{id}/fees`, `GET|PUT /api/v1/units/{id}/fees`),
/// read once for the page and the API: every member on the month's roll with what they owe and
/// what they paid.
struct FeeSheet: Content {
    struct Line: Content, Equatable {
        let memberId: UUID
        let fullName: String
        let amount: Int
        let relief: FeeRelief
        /// nil: not paid.
        let paidOn: String?
        /// Exempt by 50 years of membership (suggested when nothing is recorded yet).
        let seniorityExempt: Bool
        let recorded: Bool
    }

    let unit: UnitDTO
    /// "2026-11".
    let month: String
    let lines: [Line]
    let collected: Int
    let unpaid: Int
    let canWrite: Bool

    static func load(_ db: any Database, _ principal: Principal, cellID: UUID, month: ReportPeriod.YearMonth) async throws -> FeeSheet {
        let unit = try await UnitService.find(db, principal, cellID, for: .readMembers)
        guard unit.kind.isCell else { throw DomainError.notFound() }
        let canWrite = try await Scope.allows(principal, .writeMembers, unit: cellID, on: db)
        let roll = try await FeeService.members(db, cellID: cellID, month: month)
        let fees = try await PartyFee.query(on: db).filter(\.$unit.$id == cellID).filter(\.$month == month.key).all()
        let byMember = Dictionary(fees.map { ($0.$member.id, $0) }, uniquingKeysWith: { a, _ in a })
        let first = CivilDate(year: month.year, month: month.month, day: 1)!
        let lines = roll.map { m -> Line in
            let senior = PartyFees.exemptBySeniority(admission: m.admissionDate, month: first)
            if let f = byMember[m.id!] {
                return Line(
                    memberId: m.id!, fullName: m.fullName, amount: f.amount, relief: f.relief, paidOn: f.paidOn?.iso,
                    seniorityExempt: senior, recorded: true)
            }
            return Line(
                memberId: m.id!, fullName: m.fullName, amount: 0, relief: senior ? .exempt : .none, paidOn: nil, seniorityExempt: senior,
                recorded: false)
        }
        let entries = fees.map { FeeEntry(amount: $0.amount, relief: $0.relief, paidOn: $0.paidOn) }
        return FeeSheet(
            unit: UnitDTO(unit), month: month.key, lines: lines,
            collected: entries.filter { $0.paidOn != nil }.reduce(0) { $0 + $1.amount }, unpaid: entries.filter(\.unpaid).count,
            canWrite: canWrite)
    }
}

/// Records a cell's fees for a month, all lines in one transaction.
enum FeeService {
    /// The members who owe a fee for the month: on the cell's roll on some day of it, not visiting.
    static func members(_ db: any Database, cellID: UUID, month: ReportPeriod.YearMonth) async throws -> [Member] {
        let first = CivilDate(year: month.year, month: month.month, day: 1)!
        var seen: [UUID: Member] = [:]
        for day in [first, month.lastDay] {
            for e in try await MeetingService.rollMembers(db, unitID: cellID, on: day) where e.day.transfer != .incoming {
                seen[e.member.id!] = e.member
            }
        }
        return seen.values.sorted { ($0.sortKey, $0.fullName) < ($1.sortKey, $1.fullName) }
    }

    struct Line: Sendable {
        let memberID: UUID
        let amount: Int?
        let relief: String?
        let paid: Bool
        let paidOn: String?
        /// The meeting the fee was collected at (one of the cell's).
        var meetingID: UUID? = nil
    }

    /// One line checked: the payment's day (today or the month's last day when not given), the amount.
    static func entry(
        _ line: Line, relief: FeeRelief, month: ReportPeriod.YearMonth, today: CivilDate
    ) -> Result<FeeEntry, ValidationErrors> {
        var paidOn: CivilDate?
        if line.paid {
            if let raw = line.paidOn, !raw.isEmpty {
                guard let d = CivilDate(parsing: raw) else {
                    return .failure(ValidationErrors([.badDate("paidOn", vi: "Ngày nộp", en: "Payment date")]))
                }
                paidOn = d
            } else {
                paidOn = min(today, month.lastDay)
            }
        }
        let first = CivilDate(year: month.year, month: month.month, day: 1)!
        return Result { () throws(ValidationErrors) -> FeeEntry in
            try PartyFees.check(amount: line.amount, relief: relief, paidOn: paidOn, month: first, today: today)
        }
    }

    static func record(
        _ db: any Database, _ principal: Principal, cellID: UUID, month: ReportPeriod.YearMonth, lines: [Line], today: CivilDate
    ) async throws {
        let unit = try await MemberService.requireCell(db, principal, cellID)
        let first = CivilDate(year: month.year, month: month.month, day: 1)!
        if first > today {
            throw DomainError(
                .invalid, code: "month.future", vi: "Chưa đến tháng này.", en: "This month has not started.", field: "month")
        }
        let owing = Set(try await members(db, cellID: cellID, month: month).map { $0.id! })
        var checked: [(UUID, FeeEntry, UUID?)] = []
        var errors: [DomainError] = []
        if Set(lines.map(\.memberID)).count != lines.count {
            errors.append(
                DomainError(
                    .invalid, code: "entries.duplicate", vi: "Một đảng viên có hai dòng đảng phí trong cùng tháng.",
                    en: "A member appears twice in the month.", field: "entries"))
        }
        let meetings = Set(
            try await Meeting.query(on: db).filter(\.$unit.$id == cellID).filter(\.$id ~~ lines.compactMap(\.meetingID)).all()
                .map { $0.id! })
        for line in lines {
            if let meeting = line.meetingID, !meetings.contains(meeting) {
                errors.append(
                    DomainError(
                        .invalid, code: "meetingId.notOfCell", vi: "Buổi sinh hoạt đã chọn không phải của chi bộ.",
                        en: "The meeting is not the cell's.", field: "meetingId"))
                continue
            }
            guard owing.contains(line.memberID) else {
                errors.append(
                    DomainError(
                        .invalid, code: "memberId.notOnRoll", vi: "Có người không thuộc chi bộ trong tháng này.",
                        en: "Someone was not a member of the cell that month.", field: "entries"))
                continue
            }
            guard let relief = FeeRelief(rawValue: line.relief ?? FeeRelief.none.rawValue) else {
                errors.append(
                    DomainError(
                        .invalid, code: "relief.invalid", vi: "Mức miễn, giảm không hợp lệ.", en: "Invalid relief.", field: "entries"))
                continue
            }
            switch entry(line, relief: relief, month: month, today: today) {
            case .success(let e): checked.append((line.memberID, e, line.meetingID))
            case .failure(let e): errors += e.errors
            }
        }
        guard errors.isEmpty else { throw ValidationErrors(errors) }
        let lines = checked
        try await db.write { tx in
            // A member's month is one row wherever it was recorded (a member who moved mid-month).
            let existing = try await PartyFee.query(on: tx).filter(\.$member.$id ~~ lines.map(\.0)).filter(\.$month == month.key).all()
            let byMember = Dictionary(existing.map { ($0.$member.id, $0) }, uniquingKeysWith: { a, _ in a })
            for (memberID, entry, meetingID) in lines {
                let fee = byMember[memberID] ?? PartyFee()
                fee.$unit.id = cellID
                fee.$member.id = memberID
                fee.month = month.key
                fee.amount = entry.amount
                fee.relief = entry.relief
                fee.paidOn = entry.paidOn
                fee.meetingID = entry.paidOn == nil ? nil : meetingID
                try await fee.save(on: tx)
            }
            try await Audit.record(
                tx, Actor(principal), action: "fees.record", entity: "fee", id: unit.id, unit: cellID, before: String?.none,
                after: ["month": month.key, "lines": "\(lines.count)"])
        }
    }
}
