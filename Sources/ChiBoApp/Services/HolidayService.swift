import ChiBoCore
import Fluent
import Vapor

/// The holiday calendar a year at a time (`GET /admin/holidays`, `GET /api/v1/holidays`), read
/// once: the computed and announced days, and the administrator's corrections.
struct HolidayPage: Content {
    struct Day: Content, Equatable {
        let date: String
        let kind: HolidayKind
        let name: String
        let source: String?
        /// An administrator's correction rather than a computed or announced day.
        let corrected: Bool
    }

    let year: Int
    let days: [Day]
    /// Working days in the year, with the corrections.
    let workingDays: Int

    static func load(_ db: any Database, year: Int, language: Language) async throws -> HolidayPage {
        let calendar = try await RecruitmentService.calendar(db)
        let corrected = Set(calendar.overrides.map(\.date))
        let first = CivilDate(year: year, month: 1, day: 1)!
        let last = CivilDate(year: year, month: 12, day: 31)!
        return HolidayPage(
            year: year,
            days: calendar.entries(in: year).map {
                Day(date: $0.date.iso, kind: $0.kind, name: $0.label(language), source: $0.source, corrected: corrected.contains($0.date))
            },
            workingDays: calendar.workingDays(from: first.adding(days: -1), through: last))
    }
}

/// An administrator corrects the calendar when the government moves a holiday: a day off
/// added, a computed one turned back into a working day, or a correction removed.
enum HolidayService {
    static func set(
        _ db: any Database, _ principal: Principal, date raw: String?, kind rawKind: String?, name rawName: String?, source: String?
    ) async throws -> HolidayOverride {
        guard principal.isGlobalAdmin else { throw DomainError.forbidden() }
        let date = try Read.date(raw, "date", vi: "Ngày", en: "Date")
        let kind = try Read.pick(rawKind, "kind", as: HolidayKind.self, vi: "loại ngày", en: "kind of day")
        let name = try Read.text(rawName, "name", max: 200, vi: "Tên ngày", en: "Name", required: true) ?? ""
        let source = try Read.text(source, "source", max: 300, vi: "Văn bản", en: "Source")
        return try await db.write { tx in
            let row = try await HolidayOverride.query(on: tx).filter(\.$date == date).first() ?? HolidayOverride()
            let before = row.id == nil ? nil : ["kind": row.kind.rawValue, "name": row.name]
            row.date = date
            row.kind = kind
            row.name = name
            row.source = source
            try await row.save(on: tx)
            try await Audit.record(
                tx, Actor(principal), action: "holiday.set", entity: "holiday", id: row.id, unit: nil, before: before,
                after: ["date": date.iso, "kind": kind.rawValue, "name": name])
            return row
        }
    }

    static func remove(_ db: any Database, _ principal: Principal, date raw: String?) async throws {
        guard principal.isGlobalAdmin else { throw DomainError.forbidden() }
        let date = try Read.date(raw, "date", vi: "Ngày", en: "Date")
        guard let row = try await HolidayOverride.query(on: db).filter(\.$date == date).first() else {
            throw DomainError.notFound("holiday")
        }
        try await db.write { tx in
            try await row.delete(on: tx)
            try await Audit.record(
                tx, Actor(principal), action: "holiday.remove", entity: "holiday", id: row.id, unit: nil,
                before: ["date": date.iso, "kind": row.kind.rawValue, "name": row.name], after: String?.none)
        }
    }
}
