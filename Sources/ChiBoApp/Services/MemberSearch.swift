import ChiBoCore
import Fluent
import FluentSQL
import Foundation
import SQLKit

/// The member list and member search, paged by key (the last row's key in an opaque `next`
/// cursor), never by offset, so a page reads about what it shows whatever the size of the scope.
///
/// Without text the list is in Vietnamese order (`sort_key`, then id). With text, a card number
/// (digits) is looked up by its prefix; a name is folded (`VietnameseText.fold`: no diacritics,
/// đ → d) and ranked in three tiers: the exact full name first, then names starting with the text,
/// then names where the text starts a later word ("van an" finds "Nguyễn Văn An"). Where the scope
/// holds few members (the counters say so) its rows are read and filtered; otherwise an index on
/// the name (M029: FTS5 on SQLite, trigrams on PostgreSQL) or the list's order is walked, and the
/// scope is checked row by row against the closure table.
extension MemberService {
    struct Search: Sendable {
        var text: String?
        var unitID: UUID?
        /// The `next` of the page before; nil for the first page.
        var after: String?
        var per: Int = 50
        /// Those who left the party instead of the members.
        var former = false
    }

    struct SearchResult: Sendable {
        var items: [Member]
        /// The cursor of the next page; nil on the last one.
        var next: String?
        /// How many members the list holds, from the counters; nil for a search (not counted).
        var total: Int?
    }

    /// Below this many members in scope, the scope's rows are read and filtered; above it, an
    /// index in the page's order is walked.
    static let smallScope = 5_000 // not a rule: a query plan's threshold

    /// Members in scope matching the search, one page after `search.after`.
    static func search(_ db: any Database, _ principal: Principal, _ search: Search) async throws -> SearchResult {
        let sql = db as! any SQLDatabase
        var roots = Scope.roots(principal, .readMembers)
        if let unitID = search.unitID {
            _ = try await UnitService.find(db, principal, unitID, for: .readMembers)
            roots = [unitID]
        }
        if roots?.isEmpty == true { return SearchResult(items: [], next: nil, total: 0) }
        let per = min(max(search.per, 1), 200) // not a rule: a page of the list
        let size = try await scopeSize(sql, roots: roots)
        let small = roots != nil && size <= smallScope
        let plan = Plan(
            sqlite: sql.dialect.name == "sqlite", roots: roots, small: small, former: search.former, limit: per + 1)
        let text = MemberSearchText(search.text ?? "")
        var cursor = KeyCursor(search.after)
        var rows: [(Member, KeyCursor)] = []
        if text.isEmpty {
            if cursor?.t != -1 { cursor = nil }
            rows = try await plan.list(sql, after: cursor)
        } else if text.isCardNumber {
            rows = try await plan.cards(sql, text, after: cursor)
        } else {
            rows = try await plan.names(sql, text, after: cursor)
        }
        let more = rows.count > per
        if more { rows.removeLast() }
        return SearchResult(
            items: rows.map(\.0), next: more ? rows.last?.1.encoded : nil,
            total: text.isEmpty && !search.former ? size : nil)
    }

    /// The members counted under `roots` (everywhere when nil), from the counters.
    static func scopeSize(_ sql: any SQLDatabase, roots: [UUID]?) async throws -> Int {
        var units = roots ?? []
        if roots == nil {
            units = try await sql.raw("SELECT id FROM units WHERE parent_id IS NULL").all()
                .map { try $0.decode(column: "id", as: UUID.self) }
        }
        let figures = try await RollupService.stored(sql, units: units, keys: [PeriodKey.now])
        return figures.values.reduce(0) { $0 + ($1[PeriodKey.now]?[.membersTotal] ?? 0) }
    }

    /// One search's SQL: the scope, the standing, the database's row key.
    struct Plan {
        let sqlite: Bool
        let roots: [UUID]?
        let small: Bool
        let former: Bool
        let limit: Int

        /// The cursor's tier of a card number search (the name tiers are 0, 1, 2; the list's -1).
        static let cardTier = 10 // not a rule: a cursor's tag

        /// The row key: SQLite's rowid (the order of its FTS5 index), PostgreSQL's id.
        var key: String { sqlite ? "m.rowid" : "m.id" }

        /// The scope and standing, as a condition on `m`.
        var scope: SQLQueryString {
            var s: SQLQueryString = former ? "m.left_date IS NOT NULL" : "m.left_date IS NULL"
            guard let roots else { return s }
            if small {
                s = s + " AND m.unit_id IN (SELECT descendant_id FROM unit_closure WHERE ancestor_id IN (\(binds: roots)))"
            } else {
                s =
                    s
                    + " AND EXISTS (SELECT 1 FROM unit_closure c WHERE c.descendant_id = m.unit_id AND c.ancestor_id IN (\(binds: roots)))"
            }
            return s
        }

        /// A column compared byte by byte (the C collation on PostgreSQL).
        func bytes(_ column: String) -> String { sqlite ? column : "\(column) COLLATE \"C\"" }

        func keyBind(_ k: String) -> SQLQueryString {
            if sqlite { return "\(bind: Int64(k) ?? 0)" }
            return "\(bind: UUID(uuidString: k) ?? UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)))"
        }

        func fetch(_ sql: any SQLDatabase, _ query: SQLQueryString, tier: Int, s: (Member) -> String) async throws -> [(Member, KeyCursor)]
        {
            try await sql.raw(query).all().map { row in
                let member = try row.decode(fluentModel: Member.self)
                let k = sqlite ? String(try row.decode(column: "row_key", as: Int64.self)) : (member.id?.uuidString ?? "")
                return (member, KeyCursor(t: tier, s: s(member), k: k))
            }
        }

        /// The plain list in Vietnamese order.
        func list(_ sql: any SQLDatabase, after: KeyCursor?) async throws -> [(Member, KeyCursor)] {
            var q: SQLQueryString = "SELECT m.*, \(unsafeRaw: key) AS row_key FROM members m WHERE " + scope
            if let after, let id = UUID(uuidString: after.k) {
                q = q + " AND (m.sort_key, m.id) > (\(bind: after.s), \(bind: id))"
            }
            q = q + " ORDER BY m.sort_key, m.id LIMIT \(unsafeRaw: String(limit))"
            return try await sql.raw(q).all().map { row in
                let member = try row.decode(fluentModel: Member.self)
                return (member, KeyCursor(t: -1, s: member.sortKey, k: member.id?.uuidString ?? ""))
            }
        }

        /// A card number: the exact number, then the numbers starting with it.
        func cards(_ sql: any SQLDatabase, _ text: MemberSearchText, after: KeyCursor?) async throws -> [(Member, KeyCursor)] {
            let card = bytes("m.card_number")
            let digits = text.folded
            var q: SQLQueryString =
                "SELECT m.*, \(unsafeRaw: key) AS row_key FROM members m WHERE "
                + scope + " AND \(unsafeRaw: card) >= \(bind: digits) AND \(unsafeRaw: card) < \(bind: text.prefixEnd)"
            if let after, after.t == Self.cardTier {
                q = q + " AND (\(unsafeRaw: card), \(unsafeRaw: key)) > (\(bind: after.s), " + keyBind(after.k) + ")"
            }
            q = q + " ORDER BY \(unsafeRaw: card), \(unsafeRaw: key) LIMIT \(unsafeRaw: String(limit))"
            return try await fetch(sql, q, tier: Self.cardTier, s: { $0.cardNumber ?? "" })
        }

        /// A name in three tiers: the exact full name, the names it starts, a later word it starts.
        func names(_ sql: any SQLDatabase, _ search: MemberSearchText, after: KeyCursor?) async throws -> [(Member, KeyCursor)] {
            let name = bytes("m.search_name")
            let text = search.folded
            let end = search.prefixEnd
            var out: [(Member, KeyCursor)] = []
            let start = (after.map { (0...2).contains($0.t) } ?? false) ? after!.t : 0
            for tier in start...2 {
                let from = after?.t == tier ? after : nil
                let want = limit - out.count
                guard want > 0 else { break }
                var q: SQLQueryString
                switch tier {
                case 0:
                    q = "SELECT m.*, \(unsafeRaw: key) AS row_key FROM members m WHERE " + scope + " AND \(unsafeRaw: name) = \(bind: text)"
                    if let from { q = q + " AND \(unsafeRaw: key) > " + keyBind(from.k) }
                    q = q + " ORDER BY \(unsafeRaw: key)"
                case 1:
                    q =
                        "SELECT m.*, \(unsafeRaw: key) AS row_key FROM members m WHERE " + scope
                        + " AND \(unsafeRaw: name) > \(bind: text) AND \(unsafeRaw: name) < \(bind: end)"
                    if let from { q = q + " AND (\(unsafeRaw: name), \(unsafeRaw: key)) > (\(bind: from.s), " + keyBind(from.k) + ")" }
                    q = q + " ORDER BY \(unsafeRaw: name), \(unsafeRaw: key)"
                default:
                    guard search.hasWords else { continue }
                    if sqlite && !small {
                        q =
                            "SELECT m.*, m.rowid AS row_key FROM member_search f JOIN members m ON m.rowid = f.rowid"
                            + " WHERE member_search MATCH \(bind: search.phrase) AND " + scope
                    } else {
                        q = "SELECT m.*, \(unsafeRaw: key) AS row_key FROM members m WHERE " + scope
                        if !sqlite { q = q + " AND m.search_name LIKE \(bind: search.anywherePattern)" }
                    }
                    q =
                        q + " AND (' ' || m.search_name) LIKE \(bind: search.wordPattern)"
                        + " AND NOT (\(unsafeRaw: name) >= \(bind: text) AND \(unsafeRaw: name) < \(bind: end))"
                    if let from { q = q + " AND \(unsafeRaw: key) > " + keyBind(from.k) }
                    q = q + " ORDER BY \(unsafeRaw: key)"
                }
                q = q + " LIMIT \(unsafeRaw: String(want))"
                out += try await fetch(sql, q, tier: tier, s: { $0.searchName })
            }
            return out
        }
    }
}
