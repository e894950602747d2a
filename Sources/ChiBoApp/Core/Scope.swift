import ChiBoCore
import Fluent
import SQLKit
import Vapor

/// Scope checks against the closure table: a role at unit X covers X and everything under it.
/// Nothing outside the scope is revealed: a unit or member one may not read is "not found".
enum Scope {
    /// Whether `principal` holds a role allowing `action` at `unitID` or one of its ancestors.
    static func allows(_ principal: Principal, _ action: Action, unit unitID: UUID, on db: any Database) async throws -> Bool {
        if principal.grants.contains(where: { $0.unitID == nil && $0.role.allows(action) }) { return true }
        let roots = principal.units(allowing: action)
        guard !roots.isEmpty else { return false }
        let hit = try await UnitClosure.query(on: db)
            .filter(\.$descendant.$id == unitID)
            .filter(\.$ancestor.$id ~~ roots)
            .first()
        return hit != nil
    }

    /// The units of `unitIDs` where `action` is allowed, in one read.
    static func allowed(_ principal: Principal, _ action: Action, units unitIDs: [UUID], on db: any Database) async throws -> Set<UUID> {
        if principal.grants.contains(where: { $0.unitID == nil && $0.role.allows(action) }) { return Set(unitIDs) }
        let roots = principal.units(allowing: action)
        guard !roots.isEmpty, !unitIDs.isEmpty else { return [] }
        let hits = try await UnitClosure.query(on: db)
            .filter(\.$descendant.$id ~~ unitIDs)
            .filter(\.$ancestor.$id ~~ roots)
            .all()
        return Set(hits.map { $0.$descendant.id })
    }

    /// Throws "not found" when the unit cannot be read, "forbidden" when it can but `action` is not allowed.
    static func require(_ principal: Principal, _ action: Action, unit unitID: UUID, on db: any Database) async throws {
        if try await allows(principal, action, unit: unitID, on: db) { return }
        if action != .readUnit, try await allows(principal, .readUnit, unit: unitID, on: db) {
            throw DomainError.forbidden()
        }
        throw DomainError.notFound("unit")
    }

    /// Refuses (403) an account that may do `action` nowhere, before anything is read (a form's
    /// body, a list): the one check behind every "create" route and the accounts pages.
    static func requireAnywhere(_ principal: Principal, _ action: Action) throws {
        guard roots(principal, action)?.isEmpty != true else { throw DomainError.forbidden() }
    }

    /// The unit ids under which `action` is allowed; nil means everywhere.
    static func roots(_ principal: Principal, _ action: Action) -> [UUID]? {
        if principal.grants.contains(where: { $0.unitID == nil && $0.role.allows(action) }) { return nil }
        return principal.units(allowing: action)
    }

    /// Restricts a member query to the subtrees where `action` is allowed.
    static func restrict(_ query: QueryBuilder<Member>, _ principal: Principal, _ action: Action) -> QueryBuilder<Member> {
        guard let roots = roots(principal, action) else { return query }
        if roots.isEmpty { return query.filter(\.$id == UUID()) }
        return query.filter(inSubtrees(of: roots, column: "unit_id", table: Member.schema))
    }

    /// "Under `roots`" as the size of the scope asks: for few members (the counters say so) the
    /// subtree's rows are gathered (`inSubtrees`); for many, each row read in the page's order is
    /// checked against the closure table (`EXISTS`), so a page reads about what it shows.
    static func inSubtreesByPlan(
        _ db: any Database, of roots: [UUID], column: String, table: String
    ) async throws
        -> DatabaseQuery.Filter
    {
        try await SubtreePlan(db, of: roots).filter(column: column, table: table)
    }

    /// How a list reads "under `roots`": gathered when the counters say the scope holds at most
    /// `MemberService.smallScope` members, else walked in the list's order (`inSubtreesByPlan`).
    /// A page that counts its list counts it only when `small`; a large scope's total comes from
    /// the counters or is bounded.
    struct SubtreePlan: Sendable {
        let roots: [UUID]
        let small: Bool

        init(_ db: any Database, of roots: [UUID]) async throws {
            self.roots = roots
            small = try await MemberService.scopeSize(db as! any SQLDatabase, roots: roots) <= MemberService.smallScope
        }

        func filter(column: String, table: String) -> DatabaseQuery.Filter {
            Scope.inSubtrees(of: roots, column: column, table: table, small: small)
        }

        /// `table.column = value`, with a column that starts an index in a list's order: on a large
        /// scope the index is walked; on a small one the column is compared as an expression no
        /// index serves, so that the subtree's rows are gathered first (without statistics, SQLite
        /// would take `column = ?` for selective and walk that index over the whole country).
        func equal(_ column: String, table: String, _ value: String) -> DatabaseQuery.Filter {
            .sql(Scope.equal(column, table: table, value, indexed: !small))
        }
    }

    /// `table.column = value`; unless `indexed`, written so that no index serves it (`column || ''`):
    /// an index led by the column, made after the last ANALYZE, would otherwise be taken for
    /// selective and walked over the whole country before the subtree's rows are gathered.
    static func equal(_ column: String, table: String, _ value: String, indexed: Bool) -> SQLQueryString {
        indexed
            ? "\(ident: table).\(ident: column) = \(bind: value)"
            : "(\(ident: table).\(ident: column) || '') = \(bind: value)"
    }

    /// "Under `roots`", the scope's size already read: gathered when `small`, else `EXISTS`.
    static func inSubtrees(of roots: [UUID], column: String, table: String, small: Bool) -> DatabaseQuery.Filter {
        if small { return inSubtrees(of: roots, column: column, table: table) }
        let exists: SQLQueryString =
            "EXISTS (SELECT 1 FROM unit_closure c WHERE c.descendant_id = \(ident: table).\(ident: column) AND c.ancestor_id IN (\(binds: roots)))"
        return .sql(exists)
    }

    /// `table.column IN (SELECT descendant_id FROM unit_closure WHERE ancestor_id IN roots)`.
    static func inSubtrees(of roots: [UUID], column: String, table: String) -> DatabaseQuery.Filter {
        let subquery = SQLSubquery.select { sub in
            sub.column("descendant_id").from(UnitClosure.schema)
                .where(SQLColumn("ancestor_id"), .in, SQLBind.group(roots))
        }
        return .sql(SQLBinaryExpression(SQLColumn(column, table: table), .in, subquery))
    }
}
