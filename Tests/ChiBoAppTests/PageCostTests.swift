import Fluent
import Foundation
import Logging
import NIOConcurrencyHelpers
import SQLKit
import Testing
import Vapor
import VaporTesting

@testable import ChiBoApp
@testable import ChiBoBench
@testable import ChiBoCore

/// What a page reads does not grow with the subtree it covers (issue 20): the same pages, opened
/// by the same national, provincial and commune accounts on a country and on one ten times larger
/// (the synthetic country: 50 cells, then 500), issue the same SQL statements, and on SQLite every
/// statement's plan is the same on both and never scans a whole table, and a statement that gathers a
/// subtree reads its table from the subtree's units (`readsPastSubtree`). On the larger country the
/// national scope (above `MemberService.smallScope` members) never gathers its subtree's rows to
/// count or sort them.
@Suite(.serialized) struct PageCostTests {
    /// Every SQL statement a request runs, read from the request's logger (SQLKit logs each one).
    final class Statements: @unchecked Sendable {
        private let lock = NIOLock()
        private var sql: [String] = []
        private var bound: [String: Int] = [:]
        var all: [String] { lock.withLock { sql } }
        /// The most values any run of each statement bound.
        var binds: [String: Int] { lock.withLock { bound } }
        func reset() { lock.withLock { (sql, bound) = ([], [:]) } }
        func add(_ s: String, binds: Int) {
            lock.withLock {
                sql.append(s)
                bound[s] = max(bound[s] ?? 0, binds)
            }
        }
    }

    struct Counting: LogHandler {
        let statements: Statements
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .trace
        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            guard case .string(let sql)? = event.metadata?["sql"] else { return }
            var binds = 0
            if case .array(let values)? = event.metadata?["binds"] { binds = values.count }
            statements.add(sql, binds: binds)
        }
    }

    struct CountingMiddleware: AsyncMiddleware {
        let statements: Statements
        func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
            let statements = statements
            request.logger = Logger(label: "chibo.test.sql") { _ in Counting(statements: statements) }
            return try await next.respond(to: request)
        }
    }

    /// A page as it was read: its statements and, on SQLite, their plans.
    struct Cost: Equatable, CustomStringConvertible {
        var statements: [String]
        var plans: [String]
        /// The most values a statement bound (a list of ids the size of the subtree shows here).
        var binds = 0
        /// The answer's size.
        var bytes = 0
        var description: String {
            "\(statements.count) statements\n" + zip(statements, plans).map { "\($0)\n  → \($1)" }.joined(separator: "\n")
        }
    }

    /// The pages, by name, opened on a country generated at `scale`.
    static func costs(scale: Double) async throws -> [String: Cost] {
        var out: [String: Cost] = [:]
        try await withApp { app in
            let today = app.clock.today
            _ = try await CountryGenerator(scale: scale, seed: 7, months: 1, today: today).run(app.db) { _ in }
            _ = try await Fixture.admin(app)
            var ids = SequentialIDs(seed: 7)
            let national = ids.next()
            let province = try #require(
                try await OrgUnit.query(on: app.db).filter(\.$parent.$id == national).sort(\.$code).first()?.id)
            let commune = try #require(try await OrgUnit.query(on: app.db).filter(\.$parent.$id == province).sort(\.$code).first()?.id)
            // A member of the commune's first cell: their record's page offers the move to the
            // commune's other cells, not to every cell of the account's scope.
            let firstCell = try #require(try await OrgUnit.query(on: app.db).filter(\.$parent.$id == commune).sort(\.$code).first()?.id)
            let member = try #require(try await Member.query(on: app.db).filter(\.$unit.$id == firstCell).sort(\.$sortKey).first()?.id)
            // An open opinion in the commune's first cell, so that every scope's issues list has one
            // to show on either country (the generator's are too few on the smaller).
            let meeting = try #require(try await Meeting.query(on: app.db).filter(\.$unit.$id == firstCell).first()?.id)
            try await (app.db as! any SQLDatabase).raw(
                """
                INSERT INTO raised_issues (id, unit_id, meeting_id, origin, topic, text, raised_on, responder, status, escalated, since, due)
                VALUES (\(bind: UUID()), \(bind: firstCell), \(bind: meeting), 'public_opinion', 'infrastructure', 'Đề nghị sửa đường.',
                        \(bind: today.iso), 'cell', 'open', \(bind: false), \(bind: today.iso), \(bind: today.adding(days: 21).iso))
                """
            ).run()
            try await RollupService.refresh(app.db, unit: firstCell)
            // The commune's round of evaluation (over a thousand members, more on the larger country):
            // its page reads one page of them and counts the rest in SQL.
            let round = try #require(try await EvaluationRound.query(on: app.db).filter(\.$unit.$id == commune).first()?.id)
            // Accounts and audit entries in proportion to the country: one secretary per cell, who
            // is its secretary (an officer) without training.
            let hash = try app.password.hash(Fixture.password)
            let cells = try await OrgUnit.query(on: app.db).filter(\.$kind == .cell).all()
            try await app.db.transaction { tx in
                for (i, cell) in cells.enumerated() {
                    if let first = try await Member.query(on: tx).filter(\.$unit.$id == cell.id!).sort(\.$sortKey).first() {
                        try await UnitOfficer(
                            unitID: cell.id!, memberID: first.id!, role: .secretary, from: CivilDate(year: 2025, month: 5, day: 1)!
                        ).create(on: tx)
                    }
                    let a = Account(username: "bt\(i)", passwordHash: hash, displayName: "Bí thư \(i)", memberID: nil)
                    try await a.create(on: tx)
                    try await AccountRole(accountID: a.id!, role: .cellSecretary, unitID: cell.id!).create(on: tx)
                    try await AuditEntry(
                        at: Date(timeIntervalSince1970: 1_790_000_000 + Double(i)), accountID: a.id, username: a.username,
                        action: "account.create", entity: "account", entityID: a.id, unitID: cell.id, before: nil, after: "{}"
                    ).create(on: tx)
                }
                for (name, unit) in [("tinh", province), ("xa", commune)] {
                    let a = Account(username: name, passwordHash: hash, displayName: name, memberID: nil)
                    try await a.create(on: tx)
                    try await AccountRole(accountID: a.id!, role: .administrator, unitID: unit).create(on: tx)
                }
            }
            // A course and a contest of each scope's unit: their pages offer whom to add from the
            // unit's subtree (a search above a few cells, never every member or secretary below).
            var courses: [UUID: UUID] = [:]
            var contests: [UUID: UUID] = [:]
            for unit in [national, province, commune] {
                let c = Course()
                c.$unit.id = unit
                c.year = today.year
                c.kind = .partyWork
                c.topic = "Nghiệp vụ công tác đảng"
                c.organiser = "Ban Tổ chức"
                c.startOn = today.adding(days: -30)
                c.endOn = today.adding(days: -20)
                c.createdBy = "test"
                try await c.create(on: app.db)
                courses[unit] = c.id!
                let k = Contest()
                k.$unit.id = unit
                k.year = today.year
                k.name = "Hội thi Bí thư chi bộ giỏi"
                k.startOn = today.adding(days: -30)
                k.endOn = today.adding(days: -20)
                k.createdBy = "test"
                try await k.create(on: app.db)
                contests[unit] = k.id!
            }
            let statements = Statements()
            app.middleware.use(CountingMiddleware(statements: statements))
            let sql = app.db as! any SQLDatabase
            let sqlite = sql.dialect.name == "sqlite"
            for (who, scope) in [("admin", national), ("tinh", province), ("xa", commune)] {
                let b = Browser(app)
                _ = try await b.login(who)
                let api = try await APIClient.login(app, who)
                let pages: [(String, () async throws -> TestingHTTPResponse)] = [
                    ("home", { try await b.get("/") }),
                    ("unit page", { try await b.get("/units/\(scope)") }),
                    ("counts API", { try await api.send(.GET, "/api/v1/units/\(scope)/counts") }),
                    ("members", { try await b.get("/members") }),
                    ("members API", { try await api.send(.GET, "/api/v1/members") }),
                    ("search nguyen", { try await b.get("/members?q=nguyen") }),
                    ("search API full name", { try await api.send(.GET, "/api/v1/members?q=nguyen%20van%20an") }),
                    ("search given name", { try await api.send(.GET, "/api/v1/members?q=an") }),
                    ("search card", { try await api.send(.GET, "/api/v1/members?q=1000") }),
                    ("accounts", { try await b.get("/accounts") }),
                    ("accounts API", { try await api.send(.GET, "/api/v1/accounts") }),
                    ("audit", { try await b.get("/audit") }),
                    ("audit API", { try await api.send(.GET, "/api/v1/audit") }),
                    ("member page", { try await b.get("/members/\(member)") }),
                    ("meeting page", { try await b.get("/meetings/\(meeting)") }),
                    ("meeting API", { try await api.send(.GET, "/api/v1/meetings/\(meeting)") }),
                    ("visits page", { try await b.get("/units/\(scope)/visits") }),
                    ("visits API", { try await api.send(.GET, "/api/v1/units/\(scope)/visits") }),
                    ("issues page", { try await b.get("/units/\(scope)/issues") }),
                    ("issues API", { try await api.send(.GET, "/api/v1/units/\(scope)/issues") }),
                    ("issues API, all", { try await api.send(.GET, "/api/v1/units/\(scope)/issues?status=all") }),
                    ("inspections page", { try await b.get("/units/\(scope)/inspections") }),
                    ("inspections API", { try await api.send(.GET, "/api/v1/units/\(scope)/inspections") }),
                    ("reports page", { try await b.get("/units/\(scope)/reports") }),
                    ("reports API", { try await api.send(.GET, "/api/v1/units/\(scope)/reports") }),
                    // Every generated report says "Nhân dân phấn khởi" (a common word); none a flood (a rare one).
                    ("reports search", { try await b.get("/units/\(scope)/reports?q=ph%E1%BA%A5n%20kh%E1%BB%9Fi") }),
                    ("reports search API", { try await api.send(.GET, "/api/v1/units/\(scope)/reports?q=phan%20khoi") }),
                    ("reports search, rare", { try await b.get("/units/\(scope)/reports?q=l%C5%A9%20l%E1%BB%A5t") }),
                    ("reports search API, rare", { try await api.send(.GET, "/api/v1/units/\(scope)/reports?q=lu%20lut") }),
                    ("training page", { try await b.get("/units/\(scope)/training") }),
                    ("training API", { try await api.send(.GET, "/api/v1/units/\(scope)/training") }),
                    ("models page", { try await b.get("/units/\(scope)/models") }),
                    ("models API", { try await api.send(.GET, "/api/v1/units/\(scope)/models") }),
                    ("evaluation round", { try await b.get("/evaluations/\(round)") }),
                    ("evaluation round, a cell", { try await b.get("/evaluations/\(round)?cell=\(firstCell)") }),
                    ("evaluation round API", { try await api.send(.GET, "/api/v1/evaluations/\(round)") }),
                    ("recruitment page", { try await b.get("/units/\(scope)/recruitment") }),
                    ("recruitment API", { try await api.send(.GET, "/api/v1/units/\(scope)/recruitment") }),
                    ("course page", { try await b.get("/courses/\(courses[scope]!)") }),
                    ("course API", { try await api.send(.GET, "/api/v1/courses/\(courses[scope]!)") }),
                    ("course search", { try await b.get("/courses/\(courses[scope]!)?q=nguyen") }),
                    ("course search API, card", { try await api.send(.GET, "/api/v1/courses/\(courses[scope]!)?q=1000") }),
                    ("contest page", { try await b.get("/contests/\(contests[scope]!)") }),
                    ("contest API", { try await api.send(.GET, "/api/v1/contests/\(contests[scope]!)") }),
                    ("contest search", { try await b.get("/contests/\(contests[scope]!)?q=chi%20bo%20so%201") }),
                    ("contest search API", { try await api.send(.GET, "/api/v1/contests/\(contests[scope]!)?q=nguyen") }),
                    ("models search", { try await b.get("/units/\(scope)/models?q=so%201") }),
                    ("models search API", { try await api.send(.GET, "/api/v1/units/\(scope)/models?q=cb01") }),
                ]
                for (name, open) in pages {
                    statements.reset()
                    let res = try await open()
                    #expect(res.status == .ok, "\(who) \(name): \(res.status)")
                    var seen = statements.all
                    if name.hasPrefix("evaluation round") {
                        // A page of the round's members, never all of them: its rows read by key, its
                        // figures counted by SQL.
                        let whole = seen.filter {
                            $0.contains("member_evaluations") && !$0.contains("LIMIT") && !$0.contains("GROUP BY")
                                && !$0.contains("DISTINCT")
                        }
                        #expect(whole.isEmpty, "\(who) \(name) reads every member of the round: \(whole)")
                    }
                    if name.hasPrefix("reports search API") {
                        // One page of what the search found, never more, the total bounded past it.
                        let json = try res.json()
                        let shown = (json["found"] as? [Any])?.count ?? 0
                        let total = json["foundTotal"] as? Int ?? -1
                        #expect(shown <= ReportsPage.searchLimit && total >= shown, "\(who) \(name): \(shown) found of \(total)")
                        #expect((shown > 0) == !name.hasSuffix("rare"), "\(who) \(name): \(shown) found")
                    }
                    if name == "evaluation round API" {
                        let json = try res.json()
                        let shown = (json["members"] as? [Any])?.count ?? 0
                        // One page (50) of the round's members, and a cursor when more follow.
                        let total = json["total"] as? Int ?? .max
                        #expect(
                            shown == min(total, 50) && (json["next"] is String) == (total > shown),
                            "\(who) \(name): \(shown) members at once, of \(total)")
                    }
                    // The sign-in's bookkeeping (the session's last use) is not the page's.
                    seen.removeAll { $0.hasPrefix("UPDATE") && $0.contains("sessions") }
                    // Statements that read at most a row whatever the table (Fluent's empty IN list,
                    // "is there any unit") are not the page's cost.
                    seen.removeAll { $0.contains("WHERE 1 = 0") || ($0.hasSuffix("LIMIT 1") && !$0.contains("ORDER BY")) }
                    var plans: [String] = []
                    if sqlite {
                        for s in seen {
                            let rows = try await sql.raw(SQLQueryString("EXPLAIN QUERY PLAN \(unsafeRaw: s)")).all()
                            plans.append(try rows.map { try $0.decode(column: "detail", as: String.self) }.joined(separator: "; "))
                        }
                    }
                    let bound = statements.binds
                    out["\(who) \(name)"] = Cost(
                        statements: seen, plans: plans, binds: seen.map { bound[$0] ?? 0 }.max() ?? 0, bytes: res.body.readableBytes)
                }
            }
        }
        return out
    }

    /// A plan that reads a whole table (no index), whatever the page shows.
    static func fullScans(_ plan: String) -> [String] {
        plan.components(separatedBy: "; ").filter { step in
            guard step.hasPrefix("SCAN ") else { return false }
            if step.contains("USING") || step.contains("VIRTUAL TABLE INDEX") { return false }
            // Tables that do not grow with the country: the rulebook's and the settings' few rows.
            let small = ["holiday_overrides", "unit_settings", "CONSTANT ROW", "json_each"]
            return !small.contains { step.contains($0) }
        }
    }

    /// A statement that gathers a subtree's rows (`Scope.inSubtrees`) to count them or to sort them
    /// for a page: it reads every row of the subtree, whatever it shows.
    static func gathersSubtree(_ sql: String, _ plan: String) -> Bool {
        guard sql.contains(#/IN \(SELECT "?descendant_id"? FROM "?unit_closure"?/#) else { return false }
        return sql.localizedCaseInsensitiveContains("count(") || plan.contains("TEMP B-TREE FOR ORDER BY")
    }
    /// A statement that gathers a subtree (`Scope.inSubtrees`) but does not read its table from the
    /// subtree's units: the plan walks another index of the table (one led by a standing, a kind,
    /// a date, or the list's order) over the whole country and checks each row against the
    /// subtree. SQLite takes an equality on any index's first column for selective until ANALYZE
    /// has seen the index, so a new index can turn a commune's page into a national walk without
    /// a whole-table scan (`fullScans` sees none). The table's step must search by the compared
    /// column, or by another key (`id`, `…_id`: a meeting's rows, one member's; a full name).
    static func readsPastSubtree(_ sql: String, _ plan: String) -> [String] {
        let gathered = #/(?:"?(\w+)"?\.)?"?(\w+)"? IN \(SELECT "?descendant_id"? FROM "?unit_closure"?/#
        return sql.matches(of: gathered).compactMap { match -> String? in
            let column = String(match.output.2)
            let table = match.output.1.map(String.init)
            // The steps reading the compared column's table (unnamed: the first outside the closure).
            let reads = plan.components(separatedBy: "; ").compactMap { step in
                step.firstMatch(of: #/^(?:SCAN|SEARCH) (\w+)(?: AS (\w+))?/#).map { (step, $0.output.1, $0.output.2) }
            }
            let steps =
                table.map { t in reads.filter { $0.1 == t || $0.2.map(String.init) == t }.map(\.0) }
                ?? Array(reads.first { $0.1 != "unit_closure" }.map { [$0.0] } ?? [])
            let keyed = steps.contains { step in
                guard step.hasPrefix("SEARCH "), let open = step.lastIndex(of: "(") else { return false }
                let constraints = step[step.index(after: open)...].split(separator: " AND ")
                return constraints.contains { c in
                    let name = c.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
                    // A member's folded full name (the search's exact tier) is as selective as a key.
                    return name == column || name == "id" || name.hasSuffix("_id") || name == "search_name"
                }
            }
            return keyed ? nil : "\(table ?? "?").\(column): \(steps)"
        }
    }

    /// The most values one statement may bind: the ids of a page's rows, not of a subtree.
    static let maxBinds = 200

    /// PostgreSQL compiles no statement (JIT): at the national scale its compilation cost about a
    /// second for reads that take 30 ms.
    @Test func postgresConnectionsRunWithoutJIT() async throws {
        guard TestDatabase.isPostgres else { return }
        try await withApp { app in
            let row = try await (app.db as! any SQLDatabase).raw("SELECT current_setting('jit') AS jit").first()
            #expect(try row?.decode(column: "jit", as: String.self) == "off")
        }
    }

    @Test func aPageReadsTheSameOnACountryTenTimesLarger() async throws {
        let small = try await Self.costs(scale: 0.0002)
        let large = try await Self.costs(scale: 0.002)
        #expect(Set(small.keys) == Set(large.keys))
        for name in small.keys.sorted() {
            let s = small[name]!, l = large[name]!
            // A search reads its tiers until the page is full: on the larger country the first tiers
            // may fill it and the last statements go unread; never more statements than on the smaller.
            #expect(l.statements.count <= s.statements.count, "\(name): \(s.statements.count) statements, then \(l.statements.count)\n\(l)")
            // The same statement is planned the same on both countries. (Above `MemberService.smallScope`
            // members a scope is walked by an index instead of gathered: another statement, not another plan.)
            let smallPlans = Dictionary(zip(s.statements, s.plans), uniquingKeysWith: { a, _ in a })
            let differ = zip(l.statements, l.plans).compactMap { sql, plan in
                smallPlans[sql].flatMap { $0 == plan ? nil : (sql, ($0, plan)) }
            }
            let shown = differ.map { "\($0.0)\n  \($0.1.0)\n  \($0.1.1)" }.joined(separator: "\n")
            #expect(differ.isEmpty, "\(name): the plans differ\n\(shown)")
            let scans = l.plans.flatMap(Self.fullScans)
            #expect(scans.isEmpty, "\(name): whole tables read: \(scans)\n\(l)")
            // The national scope of the larger country is above `MemberService.smallScope` members: its
            // lists are walked in their order and its totals come from the counters, never gathered.
            if name.hasPrefix("admin "), !l.plans.isEmpty {
                let gathered = zip(l.statements, l.plans).filter { Self.gathersSubtree($0, $1) }.map(\.0)
                #expect(gathered.isEmpty, "\(name): the subtree gathered to count or sort: \(gathered)\n\(l)")
            }
            let astray = zip(l.statements, l.plans).flatMap { sql, plan in Self.readsPastSubtree(sql, plan).map { "\($0)\n  \(sql)" } }
            #expect(astray.isEmpty, "\(name): a gathered subtree's table read down another index: \(astray)")
            // A statement binds the ids of what the page shows, never of every unit or member below.
            #expect(l.binds <= Self.maxBinds, "\(name): a statement bound \(l.binds) values\n\(l)")
        }
        // The country's pages that list a part of the subtree show no more of it on the larger one
        // (the smaller already has more cells and secretaries than a page).
        // The choices of a course, a contest and the model cells: the country's list on the smaller,
        // a search on the larger, never every member, secretary or cell below.
        let choices = ["course page", "course API", "contest page", "contest API", "models page", "models API"].map { "admin " + $0 }
        for name in ["admin training page", "admin training API"] + choices {
            let s = small[name]!, l = large[name]!
            #expect(l.bytes <= s.bytes * 3 / 2, "\(name): \(s.bytes) bytes, then \(l.bytes)")
        }
    }
}
