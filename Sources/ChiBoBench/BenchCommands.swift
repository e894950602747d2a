import AsyncHTTPClient
import ChiBoApp
import ChiBoCore
import Fluent
import Foundation
import NIOCore
import SQLKit
import Vapor

/// What `chibo bench-prepare` leaves for `chibo bench-run`: tokens, the units of each level,
/// the meetings open for check-in.
struct BenchFixture: Codable {
    struct CheckIn: Codable {
        let meeting: UUID
        let token: String
        let code: String
    }
    let adminToken: String
    let year: Int
    /// national, province, commune, cell.
    let levels: [String: UUID]
    let checkins: [CheckIn]
    /// The crawl's accounts and pages (`bench-crawl`).
    var crawl: CrawlPlan?
}

/// `chibo bench-prepare`: on a generated country, picks a unit of each level, opens today's
/// meetings in enough cells for `--checkins` members, gives those members and an administrator
/// API tokens, and times the naive national figure against the roll-up.
struct BenchPrepareCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "out", help: "Where to write the fixture (JSON)") var out: String?
        @Option(name: "checkins", help: "Members to check in (default 10000)") var checkins: Int?
    }

    var help: String {
        "Prepares a generated country for `chibo bench-run` (tokens, open meetings) and times the naive national statistics"
    }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application, db = app.db
        let sql = db as! any SQLDatabase
        let today = app.clock.today
        guard let national = try await OrgUnit.query(on: db).filter(\.$parent.$id == nil).filter(\.$code == "TQ").first() else {
            context.console.error("No generated country here: run `chibo country` first.")
            throw Abort(.notFound)
        }
        func firstChild(_ id: UUID) async throws -> OrgUnit {
            guard let u = try await OrgUnit.query(on: db).filter(\.$parent.$id == id).sort(\.$code).first() else { throw Abort(.notFound) }
            return u
        }
        let province = try await firstChild(national.id!)
        let commune = try await firstChild(province.id!)
        let cell = try await firstChild(commune.id!)
        let year = today.month == 1 ? today.year - 1 : today.year

        // An administrator's token. The accounts get a real hash of a password nobody knows: they
        // use tokens only, and a login attempt on them fails like any wrong password.
        let run = UUID().uuidString.prefix(8).lowercased()
        let hash = try await app.password.async(on: app.threadPool, hopTo: app.eventLoopGroup.any())
            .hash([UInt8].random(count: 24).base64URLEncoded)
        let admin = Account(username: "bench-admin-\(run)", passwordHash: hash, displayName: "Benchmark", memberID: nil)
        try await admin.create(on: db)
        try await AccountRole(accountID: admin.id!, role: .administrator, unitID: nil).create(on: db)
        let adminToken = try await AccountService.issueToken(
            db, try await Principal.load(accountID: admin.id!, today: app.clock.today, on: db)!, lifetime: 86_400
        )
        .0

        // Today's meetings, open, in cells from the last province backwards until enough members are on their rolls.
        let wanted = signature.checkins ?? 10_000
        let cellRows = try await sql.raw(
            """
            SELECT u.id AS id FROM units u JOIN unit_closure c ON c.descendant_id = u.id
            WHERE c.ancestor_id = \(bind: national.id!) AND u.kind = 'cell' ORDER BY u.code DESC, u.id
            """
        ).all().map { try $0.decode(column: "id", as: UUID.self) }
        var checkins: [BenchFixture.CheckIn] = []
        let now = app.clock.localNow
        for cellID in cellRows where checkins.count < wanted {
            let entries = try await MeetingService.rollMembers(db, unitID: cellID, on: today)
            let members = entries.map(\.member)
            let meeting = Meeting(
                unitID: cellID, try MeetingDraft(kind: "regular", date: today.iso, time: "19:30", location: "Hội trường").validated())
            meeting.status = MeetingStatus.open
            meeting.startedAt = now
            meeting.checkinCode = String(format: "%06d", Int.random(in: 0..<1_000_000))
            try await meeting.create(on: db)
            try await MeetingService.writeRoll(db, meetingID: meeting.id!, members: entries)
            for m in members where checkins.count < wanted {
                let account = Account(
                    username: "bench-\(run)-\(m.id!.uuidString.lowercased())", passwordHash: hash, displayName: m.fullName, memberID: m.id)
                try await account.create(on: db)
                try await AccountRole(accountID: account.id!, role: .member, unitID: cellID).create(on: db)
                let token = try await AccountService.issueToken(
                    db, try await Principal.load(accountID: account.id!, today: app.clock.today, on: db)!, lifetime: 86_400
                ).0
                checkins.append(.init(meeting: meeting.id!, token: token, code: meeting.checkinCode!))
            }
        }

        // On a meeting day the members arriving at one moment are spread over many meetings:
        // the load takes them round-robin, meeting after meeting.
        var byMeeting: [UUID: [BenchFixture.CheckIn]] = [:]
        var order: [UUID] = []
        for c in checkins {
            if byMeeting[c.meeting] == nil { order.append(c.meeting) }
            byMeeting[c.meeting, default: []].append(c)
        }
        var spread: [BenchFixture.CheckIn] = []
        for round in 0..<(byMeeting.values.map(\.count).max() ?? 0) {
            for id in order where round < byMeeting[id]!.count { spread.append(byMeeting[id]![round]) }
        }
        checkins = spread

        // The naive national figure (every cell from its raw rows) against the roll-up; only the
        // commune's with CHIBO_BENCH_NAIVE=commune (the national one takes minutes at scale 1, and a
        // country measured again has been checked once).
        let period = ReportPeriod.year(year)
        let naiveLevels = [("commune", commune)] + (Environment.get("CHIBO_BENCH_NAIVE") == "commune" ? [] : [("national", national)])
        for (name, unit) in naiveLevels {
            let t0 = Date()
            let naive = try await StatisticsService.naive(db, unitID: unit.id!, period: period, today: today).total
            let naiveSeconds = Date().timeIntervalSince(t0)
            let t1 = Date()
            let stored = try await RollupService.stored(sql, units: [unit.id!], keys: period.keys, overdueBefore: today)[unit.id!] ?? [:]
            let rolled = CellFigures.derive(rows: stored, period: period, today: today)
            let rollupSeconds = Date().timeIntervalSince(t1)
            context.console.print(
                """
                naive \(name) statistics for \(year): \(String(format: "%.0f", naiveSeconds * 1000)) ms over \(naive.cells) cells \
                (roll-up read in-process: \(String(format: "%.1f", rollupSeconds * 1000)) ms); roll-up equals naive: \(naive == rolled ? "yes" : "NO")
                """)
            if naive != rolled { throw Abort(.internalServerError, reason: "roll-up differs from the naive computation") }
        }
        let crawl = try await CrawlPlan.make(
            app, national: national, province: province, commune: commune, cell: cell, year: year, run: run)
        let fixture = BenchFixture(
            adminToken: adminToken, year: year,
            levels: [
                "national": national.id!, "province": province.id!,
                "commune": commune.id!, "cell": cell.id!,
            ], checkins: checkins, crawl: crawl)
        let data = try JSONEncoder().encode(fixture)
        try data.write(to: URL(fileURLWithPath: signature.out ?? "bench-fixture.json"))
        context.console.print("fixture: \(checkins.count) check-ins ready in \(Set(checkins.map(\.meeting)).count) open meetings")
    }
}

/// `chibo bench-run`: the HTTP benchmarks against a running server.
struct BenchRunCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "url", help: "The server (default http://127.0.0.1:8080)") var url: String?
        @Option(name: "fixture", help: "The file `chibo bench-prepare` wrote") var fixture: String?
        @Option(name: "requests", help: "Dashboard requests per level (default 200)") var requests: Int?
        @Option(name: "concurrency", help: "Concurrent connections for the load test (default 64)") var concurrency: Int?
        @Option(name: "seconds", help: "Duration of the trivial-endpoint run (default 10)") var seconds: Int?
    }

    var help: String { "Runs the dashboard, check-in and trivial-endpoint benchmarks against a running server" }

    /// What the search measurement reads of a page: its cursor.
    struct Page: Decodable {
        let next: String?
    }

    struct Stats {
        var samples: [Double]
        func p(_ q: Double) -> Double {
            let s = samples.sorted()
            return s.isEmpty ? 0 : s[min(s.count - 1, Int((Double(s.count) * q).rounded(.up)) - 1)]
        }
        var line: String {
            String(format: "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, n=%d", p(0.5) * 1000, p(0.95) * 1000, p(0.99) * 1000, samples.count)
        }
    }

    func run(using context: CommandContext, signature: Signature) async throws {
        let base = signature.url ?? "http://127.0.0.1:8080"
        let fixture = try JSONDecoder().decode(
            BenchFixture.self, from: Data(contentsOf: URL(fileURLWithPath: signature.fixture ?? "bench-fixture.json")))
        let concurrency = signature.concurrency ?? 64
        // The client's connections on event loops of their own, spread over the cores: on the
        // application's loops every request would stay on the loop its task runs on, and one thread
        // cannot load the server (the trivial endpoint measured the client, not the server).
        let loops = MultiThreadedEventLoopGroup(numberOfThreads: System.coreCount)
        let client = HTTPClient(
            eventLoopGroupProvider: .shared(loops),
            configuration: .init(
                connectionPool: .init(idleTimeout: .seconds(60), concurrentHTTP1ConnectionsPerHostSoftLimit: concurrency)))

        func request(_ method: HTTPMethod, _ path: String, token: String?, body: String? = nil) async throws -> (UInt, Double) {
            var req = HTTPClientRequest(url: base + path)
            req.method = method
            if let token { req.headers.add(name: "Authorization", value: "Bearer \(token)") }
            if let body {
                req.headers.add(name: "Content-Type", value: "application/json")
                req.body = .bytes(ByteBuffer(string: body))
            }
            let t0 = DispatchTime.now().uptimeNanoseconds
            let res = try await client.execute(req, timeout: .seconds(30))
            _ = try await res.body.collect(upTo: 64 << 20)
            return (res.status.code, Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9)
        }

        // 1. The year's dashboard at each level, one request at a time.
        var p95: [String: Double] = [:]
        for level in ["national", "province", "commune", "cell"] {
            let path = "/api/v1/units/\(fixture.levels[level]!.uuidString.lowercased())/statistics?period=year&year=\(fixture.year)"
            for _ in 0..<10 { _ = try await request(.GET, path, token: fixture.adminToken) }
            var samples: [Double] = []
            for _ in 0..<(signature.requests ?? 200) {
                let (status, t) = try await request(.GET, path, token: fixture.adminToken)
                guard status == 200 else { throw Abort(.internalServerError, reason: "dashboard \(level): HTTP \(status)") }
                samples.append(t)
            }
            let s = Stats(samples: samples)
            p95[level] = s.p(0.95)
            context.console.print("dashboard \(level): \(s.line)")
        }
        context.console.print(String(format: "dashboard national/commune p95 ratio: %.2f", p95["national"]! / p95["commune"]!))

        // 1b. Member search and the member list (issue 20), one request at a time: a common family
        // name, a full name, a given name, a card number, and the list's first page and a page
        // reached by its cursor, over the whole country and within a commune.
        let commune = fixture.levels["commune"]!.uuidString.lowercased()
        var firstNext = ""
        let searches: [(String, String)] = [
            ("search \"nguyen\" national", "/api/v1/members?q=nguyen"),
            ("search \"Nguyễn Văn An\" national", "/api/v1/members?q=Nguy%E1%BB%85n%20V%C4%83n%20An"),
            ("search \"an\" (given name) national", "/api/v1/members?q=an"),
            ("search card \"1000123\" national", "/api/v1/members?q=1000123"),
            ("members list national", "/api/v1/members"),
            ("search \"nguyen\" commune", "/api/v1/members?q=nguyen&unitId=\(commune)"),
            ("search \"Nguyễn Văn An\" commune", "/api/v1/members?q=Nguy%E1%BB%85n%20V%C4%83n%20An&unitId=\(commune)"),
            ("members list commune", "/api/v1/members?unitId=\(commune)"),
        ]
        for (name, path) in searches {
            for _ in 0..<5 { _ = try await request(.GET, path, token: fixture.adminToken) }
            var samples: [Double] = []
            for _ in 0..<max(1, (signature.requests ?? 200) / 2) {
                let (status, t) = try await request(.GET, path, token: fixture.adminToken)
                guard status == 200 else { throw Abort(.internalServerError, reason: "\(name): HTTP \(status)") }
                samples.append(t)
            }
            context.console.print("\(name): \(Stats(samples: samples).line)")
        }
        // The tenth page of "nguyen", reached by following the cursors; then that page alone.
        var path = "/api/v1/members?q=nguyen"
        for _ in 0..<9 {
            var req = HTTPClientRequest(url: base + path)
            req.headers.add(name: "Authorization", value: "Bearer \(fixture.adminToken)")
            let res = try await client.execute(req, timeout: .seconds(30))
            let body = try await res.body.collect(upTo: 64 << 20)
            guard let next = try? JSONDecoder().decode(Page.self, from: body).next else { break }
            firstNext = next
            path = "/api/v1/members?q=nguyen&after=\(next)"
        }
        if !firstNext.isEmpty {
            var samples: [Double] = []
            for _ in 0..<max(1, (signature.requests ?? 200) / 2) {
                let (status, t) = try await request(.GET, path, token: fixture.adminToken)
                guard status == 200 else { throw Abort(.internalServerError, reason: "search page 10: HTTP \(status)") }
                samples.append(t)
            }
            context.console.print("search \"nguyen\" national, 10th page: \(Stats(samples: samples).line)")
        }

        // 2. The trivial endpoint at full concurrency, for the same server's ceiling.
        let seconds = Double(signature.seconds ?? 10)
        let trivialStart = Date()
        let trivial = try await withThrowingTaskGroup(of: (Int, Int).self) { group in
            for _ in 0..<concurrency {
                group.addTask {
                    var n = 0, errors = 0
                    while Date().timeIntervalSince(trivialStart) < seconds {
                        let (status, _) = try await request(.GET, "/healthz", token: nil)
                        if status == 200 { n += 1 } else { errors += 1 }
                    }
                    return (n, errors)
                }
            }
            return try await group.reduce((0, 0)) { ($0.0 + $1.0, $0.1 + $1.1) }
        }
        let trivialRate = Double(trivial.0) / Date().timeIntervalSince(trivialStart)
        context.console.print(
            String(format: "trivial endpoint: %.0f requests/s with %d connections, %d errors", trivialRate, concurrency, trivial.1))

        // 3. Meeting-day load: every prepared member checks in once, 64 at a time.
        let queue = fixture.checkins
        let next = Counter()
        let checkinStart = Date()
        let results = try await withThrowingTaskGroup(of: ([Double], Int).self) { group in
            for _ in 0..<concurrency {
                group.addTask {
                    var times: [Double] = [], errors = 0
                    while true {
                        let i = await next.next()
                        guard i < queue.count else { break }
                        let c = queue[i]
                        let (status, t) = try await request(
                            .POST, "/api/v1/meetings/\(c.meeting.uuidString.lowercased())/checkin",
                            token: c.token, body: "{\"code\":\"\(c.code)\"}")
                        if status == 200 { times.append(t) } else { errors += 1 }
                    }
                    return (times, errors)
                }
            }
            return try await group.reduce(([Double](), 0)) { ($0.0 + $1.0, $0.1 + $1.1) }
        }
        let elapsed = Date().timeIntervalSince(checkinStart)
        let rate = Double(results.0.count) / elapsed
        let s = Stats(samples: results.0)
        context.console.print(
            String(
                format: "check-ins: %d in %.1f s = %.0f/s (%.0f%% of the trivial endpoint), %d errors; ",
                results.0.count, elapsed, rate, rate / trivialRate * 100, results.1) + s.line)

        // Every check-in found afterwards, on the meetings' rolls.
        var found = 0
        for meeting in Set(queue.map(\.meeting)) {
            var req = HTTPClientRequest(url: base + "/api/v1/meetings/\(meeting.uuidString.lowercased())")
            req.headers.add(name: "Authorization", value: "Bearer \(fixture.adminToken)")
            let res = try await client.execute(req, timeout: .seconds(30))
            let body = try await res.body.collect(upTo: 64 << 20)
            let json = try JSONSerialization.jsonObject(with: Data(buffer: body)) as? [String: Any]
            found += (json?["roll"] as? [[String: Any]] ?? []).filter { $0["selfCheckin"] as? Bool == true }.count
        }
        context.console.print("check-ins found afterwards: \(found) of \(queue.count)")
        try await client.shutdown()
        try await loops.shutdownGracefully()
        if found != queue.count || results.1 > 0 { throw Abort(.internalServerError, reason: "check-ins lost or refused") }
    }
}

private actor Counter {
    private var value = 0
    func next() -> Int {
        defer { value += 1 }
        return value
    }
}

/// The benchmark's commands, for `chibo-bench`.
public func registerBenchCommands(_ app: Application) {
    app.asyncCommands.use(CountryCommand(), as: "country")
    app.asyncCommands.use(BenchPrepareCommand(), as: "bench-prepare")
    app.asyncCommands.use(BenchRunCommand(), as: "bench-run")
    app.asyncCommands.use(BenchCrawlCommand(), as: "bench-crawl")
    app.asyncCommands.use(ImportFileCommand(), as: "import-file")
}
