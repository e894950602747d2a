import ChiBoCore
import Fluent
import SQLKit
import Vapor

/// Keeps `unit_figures` equal to the sum over each unit's cells, in the transaction of every
/// change: a change to a cell's data recomputes that cell's counters from its own rows (a few
/// indexed queries on one cell) and adds the difference to the cell and each of its ancestors.
/// A dashboard then reads one unit's rows, whatever the size of its subtree.
package enum RollupService {
    static let table = "unit_figures"
    private static let columns = FigureColumn.ordered.map(\.rawValue)
    /// A row's counters read as one text value, "3,0,12,…" in `columns`' order (`||` means the same
    /// on both databases): one value decoded a row instead of one per counter, which was most of
    /// a dashboard's time once a row had 74 of them.
    private static let packed = columns.joined(separator: " || ',' || ")

    /// The counters of a row read as `packed`.
    static func unpack(_ text: String) throws -> FigureRow {
        var values: [Int] = []
        values.reserveCapacity(columns.count)
        var value = 0, negative = false, digits = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
            case UInt8(ascii: "-") where digits == 0 && !negative: negative = true
            case UInt8(ascii: ",") where digits > 0:
                values.append(negative ? -value : value)
                (value, negative, digits) = (0, false, 0)
            default: throw Abort(.internalServerError, reason: "unit_figures: unreadable counters \(text)")
            }
        }
        guard digits > 0 else { throw Abort(.internalServerError, reason: "unit_figures: unreadable counters \(text)") }
        values.append(negative ? -value : value)
        guard values.count == columns.count else {
            throw Abort(.internalServerError, reason: "unit_figures: \(values.count) counters, not \(columns.count)")
        }
        return FigureRow(values: values)
    }

    /// After a change to a unit's data (a cell's members, meetings, roll or tasks; a new cell):
    /// brings its counters and its ancestors' up to date. Does nothing for a committee.
    static func refresh(_ db: any Database, unit id: UUID) async throws {
        let sql = db as! any SQLDatabase
        // Serialises the refreshes of one cell (a row lock on PostgreSQL; SQLite serialises writers).
        let isCell = try await sql.raw(
            """
            UPDATE units SET kind = kind WHERE id = \(bind: id) AND kind = \(bind: UnitKind.cell.rawValue) RETURNING id
            """
        ).all()
        guard !isCell.isEmpty else { return }
        let activity = try await StatisticsService.activities(sql, cells: [id], from: nil, to: nil)[id] ?? CellActivity()
        let new = activity.rows()
        let old = try await stored(sql, units: [id])[id] ?? [:]
        var delta: [String: FigureRow] = [:]
        for key in Set(new.keys).union(old.keys) {
            let d = (new[key] ?? FigureRow()) - (old[key] ?? FigureRow())
            if !d.isZero { delta[key] = d }
        }
        guard !delta.isEmpty else { return }
        let ancestors = try await sql.raw("SELECT ancestor_id FROM unit_closure WHERE descendant_id = \(bind: id)").all()
            .map { try $0.decode(column: "ancestor_id", as: UUID.self) }
        try await add(sql, delta, to: ancestors)
        // A key the cell no longer has (its last admission moved on, a task closed) leaves no
        // empty row behind where no other cell has it: the rows are those a rebuild writes.
        let gone = old.keys.filter { new[$0] == nil }.sorted()
        if !gone.isEmpty {
            try await sql.raw(
                """
                DELETE FROM unit_figures WHERE unit_id IN (\(binds: ancestors)) AND period IN (\(binds: gone))
                AND \(unsafeRaw: columns.map { "\($0) = 0" }.joined(separator: " AND "))
                """
            ).run()
        }
    }

    /// A unit moving under another parent takes its subtree's counters from its old ancestors
    /// to its new ones. Call `detach` before the closure changes and `attach` after.
    static func detach(_ db: any Database, unit id: UUID) async throws -> [String: FigureRow] {
        let sql = db as! any SQLDatabase
        // The cells of the subtree first, as a refresh does: one running meanwhile either has
        // committed (its change is read below) or waits and then finds the new ancestors.
        try await sql.raw(
            "UPDATE units SET kind = kind WHERE id IN (SELECT descendant_id FROM unit_closure WHERE ancestor_id = \(bind: id))"
        ).run()
        let rows = try await stored(sql, units: [id])[id] ?? [:]
        try await add(sql, rows.mapValues { -$0 }, to: try ancestors(sql, of: id))
        return rows
    }

    static func attach(_ db: any Database, unit id: UUID, _ rows: [String: FigureRow]) async throws {
        let sql = db as! any SQLDatabase
        try await add(sql, rows, to: try ancestors(sql, of: id))
    }

    private static func ancestors(_ sql: any SQLDatabase, of id: UUID) async throws -> [UUID] {
        try await sql.raw("SELECT ancestor_id FROM unit_closure WHERE descendant_id = \(bind: id) AND depth > 0").all()
            .map { try $0.decode(column: "ancestor_id", as: UUID.self) }
    }

    /// The stored counters of `units`: every key, or only `keys` plus `now` and the open tasks
    /// due before `overdueBefore`.
    package static func stored(
        _ sql: any SQLDatabase, units: [UUID], keys: [String]? = nil,
        overdueBefore: CivilDate? = nil
    ) async throws -> [UUID: [String: FigureRow]] {
        guard !units.isEmpty else { return [:] }
        var out: [UUID: [String: FigureRow]] = [:]
        guard let keys else {
            for row in try await sql.raw(
                """
                SELECT unit_id, period, \(unsafeRaw: packed) AS figures FROM unit_figures WHERE unit_id IN (\(binds: units))
                """
            ).all() {
                out[try row.decode(column: "unit_id", as: UUID.self), default: [:]][try row.decode(column: "period", as: String.self)] =
                    try unpack(row.decode(column: "figures", as: String.self))
            }
            return out
        }
        for row in try await sql.raw(
            """
            SELECT unit_id, period, \(unsafeRaw: packed) AS figures FROM unit_figures
            WHERE unit_id IN (\(binds: units)) AND period IN (\(binds: keys + [PeriodKey.now]))
            """
        ).all() {
            out[try row.decode(column: "unit_id", as: UUID.self), default: [:]][try row.decode(column: "period", as: String.self)] =
                try unpack(row.decode(column: "figures", as: String.self))
        }
        // The day rows before `overdueBefore` (a unit has one per deadline still open: hundreds for a
        // province) summed in the database into one row per unit, under a day key before any other.
        let day = PeriodKey.day(overdueBefore ?? CivilDate(year: 2000, month: 1, day: 1)!)
        let due = FigureColumn.dayColumns
        for row in try await sql.raw(
            """
            SELECT unit_id, \(unsafeRaw: due.map { "CAST(SUM(\($0.rawValue)) AS BIGINT) AS \($0.rawValue)" }.joined(separator: ", ")) FROM unit_figures
            WHERE unit_id IN (\(binds: units)) AND period >= \(bind: PeriodKey.firstDay) AND period < \(bind: day) GROUP BY unit_id
            """
        ).all() {
            var r = FigureRow()
            for c in due { r[c] = try row.decode(column: c.rawValue, as: Int?.self) ?? 0 }
            if !r.isZero { out[try row.decode(column: "unit_id", as: UUID.self), default: [:]][PeriodKey.overdueSum] = r }
        }
        return out
    }

    /// Adds `delta` to the rows of every unit in `units` (creating them), in a fixed order so
    /// that concurrent writers on PostgreSQL take the shared ancestors' row locks in the same order.
    static func add(_ sql: any SQLDatabase, _ delta: [String: FigureRow], to units: [UUID]) async throws {
        let pairs = units.sorted { $0.uuidString < $1.uuidString }.flatMap { u in delta.keys.sorted().map { (u, $0) } }
        let set = columns.map { "\($0) = \(table).\($0) + excluded.\($0)" }.joined(separator: ", ")
        for chunk in stride(from: 0, to: pairs.count, by: 400).map({ Array(pairs[$0..<min($0 + 400, pairs.count)]) }) {
            let values = chunk.map { u, key in
                SQLQueryString("(\(bind: u), \(bind: key), \(binds: delta[key]!.values))")
            }
            try await sql.raw(
                """
                INSERT INTO unit_figures (unit_id, period, \(unsafeRaw: columns.joined(separator: ", ")))
                VALUES \(SQLList(values))
                ON CONFLICT (unit_id, period) DO UPDATE SET \(unsafeRaw: set)
                """
            ).run()
        }
    }

    /// Recomputes every counter from the raw rows: each cell's, then each committee's as the
    /// sum over its cells. For a fresh table, bulk loads and checks. `progress` hears the number
    /// of cells done and of all cells after each batch.
    package static func rebuild(
        _ db: any Database, batch: Int = 500,
        progress: (@Sendable (_ done: Int, _ of: Int) -> Void)? = nil
    ) async throws {
        let sql = db as! any SQLDatabase
        try await sql.raw("DELETE FROM unit_figures").run()
        let cells = try await sql.raw("SELECT id FROM units WHERE kind = \(bind: UnitKind.cell.rawValue)").all()
            .map { try $0.decode(column: "id", as: UUID.self) }
        for start in stride(from: 0, to: cells.count, by: batch) {
            let ids = Array(cells[start..<min(start + batch, cells.count)])
            let activities = try await StatisticsService.activities(sql, cells: ids, from: nil, to: nil)
            let rows = ids.flatMap { id in (activities[id] ?? CellActivity()).rows().map { (id, $0.key, $0.value) } }
            try await insert(sql, rows)
            progress?(min(start + batch, cells.count), cells.count)
        }
        let sums = columns.map { "SUM(f.\($0))" }.joined(separator: ", ")
        try await sql.raw(
            """
            INSERT INTO unit_figures (unit_id, period, \(unsafeRaw: columns.joined(separator: ", ")))
            SELECT c.ancestor_id, f.period, \(unsafeRaw: sums)
            FROM unit_figures f JOIN unit_closure c ON c.descendant_id = f.unit_id
            WHERE c.depth > 0 GROUP BY c.ancestor_id, f.period
            """
        ).run()
    }

    /// Plain inserts of new rows (unit, key, counters).
    static func insert(_ sql: any SQLDatabase, _ rows: [(UUID, String, FigureRow)]) async throws {
        for start in stride(from: 0, to: rows.count, by: 400) {
            let values = rows[start..<min(start + 400, rows.count)].map { u, key, row in
                SQLQueryString("(\(bind: u), \(bind: key), \(binds: row.values))")
            }
            try await sql.raw(
                """
                INSERT INTO unit_figures (unit_id, period, \(unsafeRaw: columns.joined(separator: ", "))) VALUES \(SQLList(values))
                """
            ).run()
        }
    }
}
