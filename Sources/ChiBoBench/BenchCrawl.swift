import AsyncHTTPClient
import ChiBoApp
import ChiBoCore
import Fluent
import Foundation
import NIOCore
import NIOHTTP1
import SQLKit
import Vapor

/// The crawl (issue 20): four accounts — the national administrator, a province's committee staff,
/// a commune's committee staff, a cell's secretary — each open every page type and its API twin at
/// their own unit, with the same representative records (a member, a meeting, a report …) taken
/// from the crawl's cell or the nearest unit above it that has one.
struct CrawlPlan: Codable {
    struct Page: Codable {
        /// The page type, `page` or `api` after it (`unit page`, `unit api`).
        let type: String
        let path: String
        let api: Bool
    }

    struct Scope: Codable {
        /// national, province, commune, cell.
        let name: String
        let username: String
        let token: String
        let pages: [Page]
    }

    let password: String
    let scopes: [Scope]

    /// Makes the four accounts (a password the fixture holds, an API token each) and their pages.
    static func make(
        _ app: Application, national: OrgUnit, province: OrgUnit, commune: OrgUnit, cell: OrgUnit, year: Int, run: String
    ) async throws -> CrawlPlan {
        let db = app.db
        let sql = db as! any SQLDatabase
        let password = [UInt8].random(count: 18).base64URLEncoded
        let hash = try await app.password.async(on: app.threadPool, hopTo: app.eventLoopGroup.any()).hash(password)
        let chain = [cell.id!, commune.id!, province.id!, national.id!]

        /// The first row of `table` whose `column` is the crawl's cell, else under its commune, province, country.
        func representative(_ table: String, _ column: String = "unit_id", order: String = "id") async throws -> UUID? {
            for unit in chain {
                let row = try await sql.raw(
                    """
                    SELECT t.id AS id FROM \(ident: table) t JOIN unit_closure c ON c.descendant_id = t.\(ident: column)
                    WHERE c.ancestor_id = \(bind: unit) ORDER BY \(unsafeRaw: order) LIMIT 1
                    """
                ).first()
                if let id = try row?.decode(column: "id", as: UUID.self) { return id }
            }
            return nil
        }
        guard let member = try await Member.query(on: db).filter(\.$unit.$id == cell.id!).sort(\.$sortKey).first() else {
            throw Abort(.notFound, reason: "the crawl's cell has no member")
        }
        let meeting = try await representative("meetings", order: "t.scheduled_date DESC, t.id")
        let report = try await representative("monthly_reports", order: "t.month DESC, t.id")
        let issue = try await representative("raised_issues")
        let inspection = try await representative("inspections", "target_unit_id")
        let round = try await representative("evaluation_rounds")
        let memberEvaluation = try await representative("member_evaluations")
        let orgEvaluation = try await representative("org_evaluations")
        let sympathiser = try await representative("sympathisers")

        func id(_ u: UUID) -> String { u.uuidString.lowercased() }
        func query(_ s: String) -> String { s.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? s }
        func pages(unit: UUID) -> [Page] {
            let u = id(unit)
            var p: [Page] = []
            func both(_ type: String, _ web: String?, _ api: String?) {
                if let web { p.append(Page(type: "\(type) page", path: web, api: false)) }
                if let api { p.append(Page(type: "\(type) api", path: "/api/v1" + api, api: true)) }
            }
            both("home", "/", "/me")
            both("unit", "/units/\(u)", "/units/\(u)")
            both("unit counts", nil, "/units/\(u)/counts")
            both("unit children", nil, "/units/\(u)/children")
            both("unit tree", "/units", "/units")
            both("members list", "/members?unit=\(u)", "/members?unitId=\(u)")
            both("search nguyen", "/members?q=nguyen", "/members?q=nguyen")
            both("search full name", "/members?q=\(query(member.fullName))", "/members?q=\(query(member.fullName))")
            both("accounts", "/accounts", "/accounts")
            both("audit log", "/audit", "/audit")
            both("statistics", "/units/\(u)/statistics", "/units/\(u)/statistics?period=year&year=\(year)")
            both("meetings", "/units/\(u)/meetings", "/units/\(u)/meetings")
            both("obligations", nil, "/units/\(u)/obligations")
            both("tasks", nil, "/units/\(u)/tasks")
            both("recruitment", "/units/\(u)/recruitment", "/units/\(u)/recruitment")
            both("inspections", "/units/\(u)/inspections", "/units/\(u)/inspections")
            both("visits", "/units/\(u)/visits", "/units/\(u)/visits")
            both("issues", "/units/\(u)/issues", "/units/\(u)/issues")
            both("reports", "/units/\(u)/reports", "/units/\(u)/reports")
            // Every generated report says "Nhân dân phấn khởi" (a common word); none mentions a flood (a
            // rare one, which reads the search's bound of reports on a large scope).
            both("report search", "/units/\(u)/reports?q=\(query("phấn khởi"))", "/units/\(u)/reports?q=phan%20khoi")
            both("report search rare", "/units/\(u)/reports?q=\(query("lũ lụt"))", "/units/\(u)/reports?q=lu%20lut")
            both("evaluations", "/units/\(u)/evaluations", "/units/\(u)/evaluations")
            both("fees", "/units/\(u)/fees", "/units/\(u)/fees")
            both("models", "/units/\(u)/models", "/units/\(u)/models")
            both("settings", "/units/\(u)/settings", "/units/\(u)/settings")
            both("training", "/units/\(u)/training", "/units/\(u)/training")
            both("rulebook", "/rulebook", "/rulebook")
            both("holidays", "/admin/holidays", "/holidays")
            both("member", "/members/\(id(member.id!))", "/members/\(id(member.id!))")
            both("member life", nil, "/members/\(id(member.id!))/life")
            if let meeting { both("meeting", "/meetings/\(id(meeting))", "/meetings/\(id(meeting))") }
            if let report { both("report", "/reports/\(id(report))", "/reports/\(id(report))") }
            if let issue { both("issue", "/issues/\(id(issue))", "/issues/\(id(issue))") }
            if let inspection { both("inspection", "/inspections/\(id(inspection))", "/inspections/\(id(inspection))") }
            if let round { both("evaluation round", "/evaluations/\(id(round))", "/evaluations/\(id(round))") }
            if let memberEvaluation {
                both("member evaluation", "/member-evaluations/\(id(memberEvaluation))", "/member-evaluations/\(id(memberEvaluation))")
            }
            if let orgEvaluation {
                both("org evaluation", "/org-evaluations/\(id(orgEvaluation))", "/org-evaluations/\(id(orgEvaluation))")
            }
            if let sympathiser { both("sympathiser", "/sympathisers/\(id(sympathiser))", "/sympathisers/\(id(sympathiser))") }
            return p
        }

        var scopes: [Scope] = []
        let accounts: [(String, Role, OrgUnit, UUID?)] = [
            ("national", .administrator, national, nil), ("province", .committeeStaff, province, nil),
            ("commune", .committeeStaff, commune, nil), ("cell", .cellSecretary, cell, member.id),
        ]
        for (name, role, unit, memberID) in accounts {
            // A member has one account: on a country kept from an earlier run, the cell's member has
            // the earlier crawl's, which is taken over with this run's password.
            if let memberID, let earlier = try await Account.query(on: db).filter(\.$member.$id == memberID).first() {
                earlier.passwordHash = hash
                try await earlier.save(on: db)
                let token = try await AccountService.issueToken(
                    db, try await Principal.load(accountID: earlier.id!, today: app.clock.today, on: db)!, lifetime: 86_400
                ).0
                scopes.append(Scope(name: name, username: earlier.username, token: token, pages: pages(unit: unit.id!)))
                continue
            }
            let account = Account(
                username: "bench-crawl-\(run)-\(name)", passwordHash: hash, displayName: "Crawl \(name)", memberID: memberID)
            try await account.create(on: db)
            try await AccountRole(accountID: account.id!, role: role, unitID: role == .administrator ? nil : unit.id!).create(on: db)
            let token = try await AccountService.issueToken(
                db, try await Principal.load(accountID: account.id!, today: app.clock.today, on: db)!, lifetime: 86_400
            ).0
            scopes.append(Scope(name: name, username: account.username, token: token, pages: pages(unit: unit.id!)))
        }
        return CrawlPlan(password: password, scopes: scopes)
    }
}

/// `chibo-bench bench-crawl`: runs the crawl of a fixture against a running server, one request at a
/// time, and prints p50/p95/p99 per page type and scope as a Markdown table.
struct BenchCrawlCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "url", help: "The server (default http://127.0.0.1:8080)") var url: String?
        @Option(name: "fixture", help: "The file `chibo bench-prepare` wrote") var fixture: String?
        @Option(name: "requests", help: "Timed requests per page and scope (default 20), after 2 untimed") var requests: Int?
    }

    var help: String { "Opens every page type and its API twin as four accounts (national … cell) and prints p50/p95/p99" }

    func run(using context: CommandContext, signature: Signature) async throws {
        let base = signature.url ?? "http://127.0.0.1:8080"
        let fixture = try JSONDecoder().decode(
            BenchFixture.self, from: Data(contentsOf: URL(fileURLWithPath: signature.fixture ?? "bench-fixture.json")))
        guard let plan = fixture.crawl else { throw Abort(.badRequest, reason: "the fixture has no crawl: run bench-prepare again") }
        let n = max(1, signature.requests ?? 20)
        var configuration = HTTPClient.Configuration()
        configuration.redirectConfiguration = .disallow
        let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
        do {
            try await crawl(context, base: base, plan: plan, n: n, client: client)
        } catch {
            try? await client.shutdown()
            throw error
        }
        try await client.shutdown()
    }

    private func crawl(_ context: CommandContext, base: String, plan: CrawlPlan, n: Int, client: HTTPClient) async throws {

        func send(
            _ method: HTTPMethod, _ path: String, headers: HTTPHeaders, body: String? = nil
        ) async throws -> (
            UInt, HTTPHeaders, String, Double
        ) {
            var req = HTTPClientRequest(url: base + path)
            req.method = method
            req.headers = headers
            if let body {
                req.headers.add(name: "Content-Type", value: "application/x-www-form-urlencoded")
                req.body = .bytes(ByteBuffer(string: body))
            }
            let t0 = DispatchTime.now().uptimeNanoseconds
            let res = try await client.execute(req, timeout: .seconds(120))
            let bytes = try await res.body.collect(upTo: 256 << 20)
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9
            return (res.status.code, res.headers, String(buffer: bytes), seconds)
        }
        func cookie(_ name: String, in headers: HTTPHeaders) -> String? {
            for line in headers["Set-Cookie"] {
                let pair = line.split(separator: ";").first ?? ""
                if pair.hasPrefix("\(name)=") { return String(pair.dropFirst(name.count + 1)) }
            }
            return nil
        }

        // Each account logs in as a person would: the login page's CSRF token, then the form.
        var results: [String: [String: Stats]] = [:]
        var statuses: [String: [String: UInt]] = [:]
        var order: [String] = []
        for scope in plan.scopes {
            let (_, loginHeaders, loginPage, _) = try await send(.GET, "/login", headers: [:])
            guard let csrfCookie = cookie("chibo_csrf", in: loginHeaders),
                let range = loginPage.range(of: #"name="_csrf" value=""#),
                let end = loginPage[range.upperBound...].firstIndex(of: "\"")
            else { throw Abort(.internalServerError, reason: "no CSRF token on the login page") }
            let csrf = String(loginPage[range.upperBound..<end])
            let form = ["_csrf": csrf, "username": scope.username, "password": plan.password]
                .map { "\($0)=\($1.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? $1)" }.joined(separator: "&")
            let (status, headers, _, _) = try await send(.POST, "/login", headers: ["Cookie": "chibo_csrf=\(csrfCookie)"], body: form)
            guard let session = cookie("chibo_session", in: headers) else {
                throw Abort(.internalServerError, reason: "\(scope.name): the login answered \(status) without a session")
            }
            let web: HTTPHeaders = ["Cookie": "chibo_session=\(session)"]
            let api: HTTPHeaders = ["Authorization": "Bearer \(scope.token)"]
            let started = Date()
            for page in scope.pages {
                if !order.contains(page.type) { order.append(page.type) }
                var samples: [Double] = []
                var last: UInt = 0
                for k in 0..<(n + 2) {
                    let (status, _, _, seconds) = try await send(.GET, page.path, headers: page.api ? api : web)
                    last = status
                    if k >= 2 { samples.append(seconds) }
                }
                statuses[page.type, default: [:]][scope.name] = last
                results[page.type, default: [:]][scope.name] = BenchRunCommand.Stats(samples: samples)
            }
            context.console.print(
                "crawl \(scope.name): \(scope.pages.count) pages × \(n) in \(String(format: "%.0f", Date().timeIntervalSince(started))) s")
        }

        // The table: p50 / p95 / p99 in ms; a page not answered 200 shows its status instead.
        let names = plan.scopes.map(\.name)
        context.console.print("")
        context.console.print("| page type | " + names.joined(separator: " | ") + " |")
        context.console.print("|---|" + names.map { _ in "---|" }.joined())
        var over: [String] = []
        var ratio: [String] = []
        for type in order {
            var cells: [String] = []
            for name in names {
                guard let s = results[type]?[name], let status = statuses[type]?[name] else {
                    cells.append("—")
                    continue
                }
                if status != 200 {
                    cells.append("HTTP \(status)")
                    continue
                }
                cells.append(String(format: "%.0f / %.0f / %.0f", s.p(0.5) * 1000, s.p(0.95) * 1000, s.p(0.99) * 1000))
                if s.p(0.95) > 0.150 { over.append("\(type) (\(name), p95 \(String(format: "%.0f", s.p(0.95) * 1000)) ms)") }
            }
            context.console.print("| \(type) | " + cells.joined(separator: " | ") + " |")
            if statuses[type]?["national"] == 200, statuses[type]?["commune"] == 200, let national = results[type]?["national"],
                let commune = results[type]?["commune"], national.p(0.95) > 3 * commune.p(0.95)
            {
                ratio.append(String(format: "%@ (%.1f ×)", type, national.p(0.95) / commune.p(0.95)))
            }
        }
        context.console.print("")
        context.console.print("p95 over 150 ms: " + (over.isEmpty ? "none" : over.joined(separator: "; ")))
        context.console.print("national p95 > 3 × commune p95: " + (ratio.isEmpty ? "none" : ratio.joined(separator: "; ")))
    }

    typealias Stats = BenchRunCommand.Stats
}
