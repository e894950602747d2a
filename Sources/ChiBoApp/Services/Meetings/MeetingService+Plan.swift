import ChiBoCore
import Fluent
import FluentPostgresDriver
import SQLKit
import Vapor

/// A cell's year of meetings: listing, creating, editing, planning the year, what is due.
extension MeetingService {
    static func list(_ db: any Database, unitID: UUID, year: Int) async throws -> [Meeting] {
        try await Meeting.query(on: db).filter(\.$unit.$id == unitID)
            .filter(\.$date >= CivilDate(year: year, month: 1, day: 1)!).filter(\.$date <= CivilDate(year: year, month: 12, day: 31)!)
            .sort(\.$date).sort(\.$scheduledTime).all()
    }

    static func create(_ db: any Database, _ principal: Principal, unitID: UUID, draft: MeetingDraft) async throws -> Meeting {
        let unit = try await UnitService.find(db, principal, unitID, for: .runMeetings)
        guard unit.kind.isCell else {
            throw DomainError(
                .invalid, code: "unitId.notCell", vi: "Chỉ chi bộ mới tổ chức sinh hoạt chi bộ.",
                en: "Only a cell holds cell meetings.", field: "unitId")
        }
        let c = try draft.validated()
        return try await db.write { tx in
            let m = Meeting(unitID: unitID, c)
            try await m.create(on: tx)
            try await Audit.record(
                tx, Actor(principal), action: "meeting.create", entity: "meeting", id: m.id, unit: unitID,
                after: MeetingDTO(m))
            return m
        }
    }

    static func update(_ db: any Database, _ principal: Principal, id: UUID, draft: MeetingDraft) async throws -> Meeting {
        let m = try await editable(db, principal, id)
        let c = try draft.validated()
        return try await db.write { tx in
            try await hold(tx, m.id!, for: .edit)
            let before = MeetingDTO(m)
            m.apply(c)
            try await m.save(on: tx)
            try await Audit.record(
                tx, Actor(principal), action: "meeting.update", entity: "meeting", id: m.id, unit: m.$unit.id,
                before: before, after: MeetingDTO(m))
            return m
        }
    }

    /// Plans a year: a regular meeting every month that has none, and the thematic meetings of
    /// the quarters with a theme. Nothing already planned is touched.
    static func planYear(
        _ db: any Database, _ principal: Principal, unitID: UUID, year: Int, day: Int, time: String,
        location: String, themes: [String?]
    ) async throws -> [Meeting] {
        guard (2000...2100).contains(year) else {
            throw DomainError(.invalid, code: "year.invalid", vi: "Năm không hợp lệ.", en: "Invalid year.", field: "year")
        }
        guard (1...28).contains(day) else {
            throw DomainError(
                .invalid, code: "day.invalid", vi: "Ngày sinh hoạt hằng tháng phải từ 1 đến 28.",
                en: "The monthly meeting day must be 1 to 28.", field: "day")
        }
        _ = try await UnitService.find(db, principal, unitID, for: .runMeetings)
        let existing = try await list(db, unitID: unitID, year: year)
        var drafts: [MeetingDraft] = []
        for month in 1...12 where !existing.contains(where: { $0.kind.isRegular && $0.date.month == month && $0.status != .cancelled }) {
            drafts.append(
                MeetingDraft(
                    kind: MeetingKind.regular.rawValue, date: CivilDate(year: year, month: month, day: day)!.iso,
                    time: time, location: location))
        }
        for (q, theme) in themes.prefix(4).enumerated() {
            guard let theme, !VietnameseText.normalizeName(theme).isEmpty else { continue }
            let quarter = q + 1
            if existing.contains(where: { $0.kind.isThematic && ($0.date.month - 1) / 3 + 1 == quarter }) { continue }
            let month = quarter * 3 - 1
            drafts.append(
                MeetingDraft(
                    kind: MeetingKind.thematic.rawValue, theme: theme,
                    date: CivilDate(year: year, month: month, day: min(day + 14, 28))!.iso, time: time, location: location))
        }
        let checked = try drafts.map { try $0.validated() }
        return try await db.write { tx in
            var made: [Meeting] = []
            for c in checked {
                let m = Meeting(unitID: unitID, c)
                try await m.create(on: tx)
                made.append(m)
            }
            try await Audit.record(
                tx, Actor(principal), action: "meeting.planYear", entity: "unit", id: unitID, unit: unitID,
                after: ["year": "\(year)", "meetings": "\(made.count)"])
            return made
        }
    }

    /// Regular and thematic obligations of a cell for a year.
    static func obligations(_ db: any Database, unitID: UUID, year: Int, today: CivilDate) async throws -> MeetingObligations {
        let held = try await list(db, unitID: unitID, year: year)
            .filter { $0.status.wasHeld }
            .map { m in (m.kind, m.date) }
        return MeetingObligations.compute(
            year: year, held: held, today: today,
            rules: Rulebook.inForce(on: CivilDate(year: year, month: 12, day: 31)!).meetings)
    }
}
