import ChiBoCore
import Fluent
import SQLKit
import Vapor

/// Local settings per unit: set by a unit's committee staff from a day, inherited by the units
/// below unless they set their own (`LocalSettings.resolve`). Every figure that depends on one
/// reads it here for its unit and day.
enum SettingsService {
    /// The versions set by the unit and its ancestors, each with its distance above the unit.
    static func versions(_ db: any Database, unitID: UUID, keys: [LocalSettingKey]? = nil) async throws -> [LocalSettingVersion] {
        try await versions(db, unitIDs: [unitID], keys: keys)[unitID] ?? []
    }

    /// The same for several units at once (a committee's sub-units), by unit.
    static func versions(
        _ db: any Database, unitIDs: [UUID], keys: [LocalSettingKey]? = nil
    ) async throws -> [UUID: [LocalSettingVersion]] {
        guard !unitIDs.isEmpty else { return [:] }
        let sql = db as! any SQLDatabase
        let filter: SQLQueryString = keys.map { " AND s.key IN (\(binds: $0.map(\.rawValue)))" } ?? ""
        var out: [UUID: [LocalSettingVersion]] = [:]
        for row in try await sql.raw(
            """
            SELECT c.descendant_id AS unit, s.key AS key, s.value AS value, s.from_date AS from_date, c.depth AS depth, u.name AS name
            FROM unit_closure c JOIN unit_settings s ON s.unit_id = c.ancestor_id JOIN units u ON u.id = c.ancestor_id
            WHERE c.descendant_id IN (\(binds: unitIDs))\(filter)
            """
        ).all() {
            out[try row.decode(column: "unit", as: UUID.self), default: []].append(
                LocalSettingVersion(
                    key: try row.decode(enumColumn: "key", as: LocalSettingKey.self),
                    value: try row.decode(column: "value", as: String.self),
                    from: try row.decode(column: "from_date", as: CivilDate.self), depth: try row.decode(column: "depth", as: Int.self),
                    unitName: try row.decode(column: "name", as: String.self)))
        }
        return out
    }

    /// The settings in force on `date` for each of several units (a committee's sub-units, each
    /// judged by its own), read at once.
    static func effective(_ db: any Database, unitIDs: [UUID], on date: CivilDate) async throws -> [UUID: LocalSettings] {
        let versions = try await versions(db, unitIDs: unitIDs)
        let base = Rulebook.inForce(on: date).local
        return Dictionary(
            uniqueKeysWithValues: unitIDs.map { ($0, LocalSettings.resolve(versions[$0] ?? [], on: date, base: base).settings) })
    }

    /// The settings in force for the unit on `date`, and where each came from.
    static func effective(
        _ db: any Database, unitID: UUID, on date: CivilDate
    ) async throws -> (settings: LocalSettings, sources: [LocalSettingKey: LocalSettingVersion]) {
        LocalSettings.resolve(try await versions(db, unitID: unitID), on: date, base: Rulebook.inForce(on: date).local)
    }

    /// Sets a value from a day: checked as the setting's own rule and with the bands in order.
    static func set(
        _ db: any Database, _ principal: Principal, unitID: UUID, key: LocalSettingKey, value raw: String?, from: CivilDate,
        today: CivilDate
    ) async throws {
        let unit = try await UnitService.find(db, principal, unitID, for: .manageUnits)
        var (settings, _) = try await effective(db, unitID: unitID, on: from)
        let value = (raw ?? "").trimmingCharacters(in: .whitespaces)
        try key.set(value, in: &settings)
        try settings.checkBands()
        guard from.year >= 2000, from <= today.adding(days: 366) else { // not a rule: a date a typo makes
            throw DomainError(
                .invalid, code: "from.invalid", vi: "Ngày áp dụng không hợp lệ.", en: "Invalid date from which it applies.", field: "from")
        }
        try await db.write { tx in
            try await UnitSetting.query(on: tx).filter(\.$unit.$id == unitID).filter(\.$key == key).filter(\.$from == from).delete()
            let s = UnitSetting()
            s.$unit.id = unitID
            s.key = key
            s.value = value
            s.from = from
            s.setBy = principal.displayName
            try await s.create(on: tx)
            try await Audit.record(
                tx, Actor(principal), action: "unit.setting", entity: "setting", id: unitID, unit: unitID,
                after: ["key": key.rawValue, "value": value, "from": from.iso, "unit": unit.name])
            // The monthly reports' counters follow the due day: the cells below are counted again.
            if key == .monthlyReportDueDay {
                let cells = try await (tx as! any SQLDatabase).raw(
                    """
                    SELECT u.id AS id FROM units u JOIN unit_closure c ON c.descendant_id = u.id
                    WHERE c.ancestor_id = \(bind: unitID) AND u.kind = \(bind: UnitKind.cell.rawValue)
                    """
                ).all().map { try $0.decode(column: "id", as: UUID.self) }
                for cell in cells { try await RollupService.refresh(tx, unit: cell) }
            }
        }
    }
}

/// A unit's local settings (`GET /units/{id}/settings` and its API): each setting in force today,
/// where it comes from, the national default, and the unit's own dated values.
struct SettingsPage: Content {
    struct Line: Content {
        let key: LocalSettingKey
        let value: String
        let defaultValue: String
        /// The unit that set it and from when; nil: the national default.
        let setBy: String?
        let from: CivilDate?
    }
    struct Own: Content {
        let key: LocalSettingKey
        let value: String
        let from: CivilDate
        let setBy: String
    }

    let unit: UnitDTO
    let lines: [Line]
    let own: [Own]
    let canSet: Bool

    static func load(_ db: any Database, _ principal: Principal, unitID: UUID, today: CivilDate) async throws -> SettingsPage {
        let unit = try await UnitService.find(db, principal, unitID)
        let (settings, sources) = try await SettingsService.effective(db, unitID: unitID, on: today)
        let base = Rulebook.inForce(on: today).local
        let own = try await UnitSetting.query(on: db).filter(\.$unit.$id == unitID).sort(\.$key).sort(\.$from, .descending).all()
        return SettingsPage(
            unit: UnitDTO(unit),
            lines: LocalSettingKey.allCases.map { k in
                Line(
                    key: k, value: k.value(in: settings), defaultValue: k.value(in: base), setBy: sources[k]?.unitName,
                    from: sources[k]?.from)
            },
            own: own.map { Own(key: $0.key, value: $0.value, from: $0.from, setBy: $0.setBy) },
            canSet: try await Scope.allows(principal, .manageUnits, unit: unitID, on: db))
    }
}
