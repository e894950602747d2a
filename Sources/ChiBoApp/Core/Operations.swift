import CoreMetrics
import Foundation
import NIOConcurrencyHelpers
import NIOCore
import Prometheus
import SQLKit
import Vapor

/// What an operator watches (DEPLOYMENT.md, "Watching a meeting evening"): the process's metrics
/// in Prometheus's text format on `/metrics`, a request id on every request's log lines and
/// response, and `/health`, which answers 200 only when the database answers.
///
/// The metrics are swift-metrics' (`Counter`, `Timer`, `Meter`, `Recorder`) on swift-prometheus's
/// factory, bootstrapped once per process (`OpsMetrics.bootstrap()`; the tests make many
/// applications in one process): one registry per process, whatever the number of applications.
enum OpsMetrics {
    /// The process's registry, which `/metrics` prints.
    static let registry = PrometheusCollectorRegistry()

    static let requests = "chibo_http_requests_total"
    static let duration = "chibo_http_request_duration_seconds"
    static let inFlight = "chibo_http_requests_in_flight"
    static let connections = "chibo_db_connections"
    static let writesInFlight = "chibo_db_write_transactions_in_flight"
    static let sqliteWritersWaiting = "chibo_sqlite_writers_waiting"
    static let poolSize = "chibo_db_pool_connections_max"
    static let batchSize = "chibo_checkin_batch_size"
    static let batchDuration = "chibo_checkin_batch_duration_seconds"
    static let checkIns = "chibo_checkins_total"
    static let checkInQueue = "chibo_checkin_queue"
    static let health = "chibo_health_database_seconds"
    static let residentMemory = "process_resident_memory_bytes"

    /// Bootstraps swift-metrics with the Prometheus factory, the first time only (a second
    /// `MetricsSystem.bootstrap` would trap).
    static func bootstrap() { _ = bootstrapped }

    private static let bootstrapped: Bool = {
        var factory = PrometheusMetricsFactory(registry: registry)
        // Latencies from 5 ms to 10 s, with the 150 ms that a page must stay under (issue 20).
        factory.defaultDurationHistogramBuckets = [5, 10, 25, 50, 100, 150, 250, 500, 1000, 2500, 5000, 10_000].map {
            Duration.milliseconds($0)
        }
        // A check-in batch holds 1 to `CheckInWriter.batchLimit` check-ins.
        factory.valueHistogramBuckets[batchSize] = [1, 2, 4, 8, 16, 32, 64, 128, 256]
        MetricsSystem.bootstrap(factory)
        return true
    }()

    /// The route's pattern (`/units/:id`), never the path: no id becomes a label. A request no route
    /// matches is `unmatched`.
    static func routeLabel(_ request: Request) -> String {
        guard let route = request.route else { return "unmatched" }
        return "/" + route.path.map(\.description).joined(separator: "/")
    }

    /// `2xx`, `4xx`, `5xx` …
    static func statusClass(_ status: HTTPResponseStatus) -> String {
        "\(status.code / 100)xx" // not a rule: HTTP's status classes
    }

    /// The text `/metrics` answers, with the gauges that are read when asked for (the check-in
    /// writer's queue, the pool's size, the resident memory) brought up to date first.
    static func exposition(_ app: Application) async -> String {
        let queued = await app.checkIns.queued
        Gauge(label: checkInQueue).record(queued)
        Gauge(label: poolSize).record(app.chibo.poolConnections(loops: Array(app.eventLoopGroup.makeIterator()).count))
        if let rss = residentBytes() { Gauge(label: residentMemory).record(rss) }
        if case .postgres = app.chibo.database { await postgresConnections(app.db as! any SQLDatabase) }
        return registry.emitToString()
    }

    /// PostgreSQL: the connections to this database by state (`active` is the queries in flight, of
    /// every instance) and by application (the check-in writer's is named), from pg_stat_activity.
    /// Fluent's pool counts nothing it lets us read; SQLite has no such view.
    static func postgresConnections(_ sql: any SQLDatabase) async {
        let rows =
            (try? await sql.raw(
                """
                SELECT COALESCE(state, 'unknown') AS state, application_name AS app, count(*) AS n FROM pg_stat_activity
                WHERE datname = current_database() AND pid <> pg_backend_pid() GROUP BY 1, 2
                """
            ).all()) ?? []
        var counts: [String: Int] = ["active": 0, "idle": 0, "idle in transaction": 0]
        var writer = 0
        for row in rows {
            guard let state = try? row.decode(column: "state", as: String.self), let n = try? row.decode(column: "n", as: Int.self) else {
                continue
            }
            counts[state, default: 0] += n
            if (try? row.decode(column: "app", as: String.self)) == PostgresBatchConnection.applicationName { writer += n }
        }
        for (state, n) in counts { Gauge(label: connections, dimensions: [("state", state)]).record(n) }
        Gauge(label: connections, dimensions: [("state", "checkin_writer")]).record(writer)
    }

    /// VmRSS of /proc/self/status, in bytes (Linux; nil elsewhere).
    static func residentBytes() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
            let kB = Int(line.split(separator: " ").dropFirst().first ?? "")
        else { return nil }
        return kB * 1024 // not a rule: kB to bytes
    }
}

extension AppConfig {
    /// The database connections the application may open: its pool's, per event loop.
    func poolConnections(loops: Int) -> Int {
        switch database {
        case .sqlite: loops * DatabasePool.sqlitePerLoop
        case .postgres: loops * DatabasePool.postgresPerLoop
        }
    }
}

/// The connection pool's sizes (`configure`).
enum DatabasePool {
    static let sqlitePerLoop = 1
    static let postgresPerLoop = 8
}

/// A request's id and its metrics. The id: an incoming `X-Request-Id` if it is well formed (1 to 64
/// letters, digits, `-`, `_`, `.`), else a new one; on the request's logger (so every line it logs,
/// the database's included, carries `request-id`) and on the response. The metrics: the request
/// counted by method, route pattern and status class, its duration by method and route, and the
/// requests in flight. A 5xx is logged as an error, a request slower than `slowSeconds` as a warning.
struct RequestOps: AsyncMiddleware {
    static let header: HTTPHeaders.Name = .xRequestId
    static let slowSeconds = 1.0

    static func wellFormed(_ id: String) -> Bool {
        !id.isEmpty && id.utf8.count <= 64 // not a rule: the longest id kept
            && id.utf8.allSatisfy { c in
                (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == 0x2D || c == 0x5F || c == 0x2E
            }
    }

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let incoming = request.headers.first(name: Self.header)
        let id = incoming.flatMap { Self.wellFormed($0) ? $0 : nil } ?? UUID().uuidString.lowercased()
        request.logger[metadataKey: "request-id"] = .string(id)
        let route = OpsMetrics.routeLabel(request)
        let method = request.method.rawValue
        let inFlight = Meter(label: OpsMetrics.inFlight)
        inFlight.increment()
        let start = DispatchTime.now().uptimeNanoseconds
        let response: Response
        do {
            response = try await next.respond(to: request)
        } catch {
            // ErrorRenderer answers every error; one that passes it is counted as a 500.
            inFlight.decrement()
            record(request, method: method, route: route, status: .internalServerError, start: start)
            throw error
        }
        inFlight.decrement()
        record(request, method: method, route: route, status: response.status, start: start)
        response.headers.replaceOrAdd(name: Self.header, value: id)
        return response
    }

    private func record(_ request: Request, method: String, route: String, status: HTTPResponseStatus, start: UInt64) {
        let nanoseconds = DispatchTime.now().uptimeNanoseconds - start
        Counter(
            label: OpsMetrics.requests, dimensions: [("method", method), ("route", route), ("status", OpsMetrics.statusClass(status))]
        ).increment()
        CoreMetrics.Timer(label: OpsMetrics.duration, dimensions: [("method", method), ("route", route)]).recordNanoseconds(
            Int64(nanoseconds))
        let seconds = Double(nanoseconds) / 1e9
        if status.code >= 500 { // not a rule: HTTP's server errors
            request.logger.error("\(method) \(route) answered \(status.code) in \(Int(seconds * 1000)) ms")
        } else if seconds > Self.slowSeconds {
            request.logger.warning("\(method) \(route) answered \(status.code) in \(Int(seconds * 1000)) ms (slow)")
        }
    }
}

/// `/health` and `/metrics`.
enum OpsController {
    /// How long the database has to answer `SELECT 1`.
    static let healthTimeout: TimeAmount = .seconds(2)

    struct Health: Content {
        let status: String
        let database: String
        let milliseconds: Double?
    }

    /// 200 `{"status":"ok","database":"ok","milliseconds":…}` when `SELECT 1` answers within
    /// `healthTimeout`; 503 with `"database":"timeout"` or `"error"` otherwise. Never cached.
    static func health(_ req: Request) async throws -> Response {
        let db = req.db as! any SQLDatabase
        let result = await probe(on: req.eventLoop, timeout: healthTimeout) {
            _ = try await db.raw("SELECT 1 AS ok").all()
        }
        let health: Health
        switch result {
        case .ok(let seconds):
            CoreMetrics.Timer(label: OpsMetrics.health).recordNanoseconds(Int64(seconds * 1e9))
            health = Health(status: "ok", database: "ok", milliseconds: (seconds * 10_000).rounded() / 10)
        case .timeout:
            req.logger.error("health: the database did not answer within \(healthTimeout.nanoseconds / 1_000_000) ms")
            health = Health(status: "unavailable", database: "timeout", milliseconds: nil)
        case .failed(let error):
            req.logger.error("health: the database failed: \(String(reflecting: error))")
            health = Health(status: "unavailable", database: "error", milliseconds: nil)
        }
        let response = Response(status: health.status == "ok" ? .ok : .serviceUnavailable)
        try response.content.encode(health, as: .json)
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }

    enum ProbeResult: Sendable {
        case ok(seconds: Double)
        case timeout
        case failed(any Error)
    }

    /// Runs `check`, answering `.timeout` once `timeout` has passed even if the check goes on (a
    /// database that hangs does not hang the health check).
    static func probe(
        on loop: any EventLoop, timeout: TimeAmount, _ check: @escaping @Sendable () async throws -> Void
    ) async -> ProbeResult {
        let promise = loop.makePromise(of: ProbeResult.self)
        let done = NIOLockedValueBox(false)
        @Sendable func complete(_ result: ProbeResult) {
            let first = done.withLockedValue { done in
                defer { done = true }
                return !done
            }
            if first { promise.succeed(result) }
        }
        let timer = loop.scheduleTask(in: timeout) { complete(.timeout) }
        let start = DispatchTime.now().uptimeNanoseconds
        Task {
            do {
                try await check()
                complete(.ok(seconds: Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9))
            } catch {
                complete(.failed(error))
            }
            timer.cancel()
        }
        return (try? await promise.futureResult.get()) ?? .timeout
    }

    /// The metrics, to an operator only: with `CHIBO_METRICS_TOKEN` set, to a request bearing it
    /// (`Authorization: Bearer …`); without it, to a request from this machine (a loopback peer)
    /// that no proxy forwarded. Anyone else gets 404, as for an address that does not exist.
    static func metrics(_ req: Request) async throws -> Response {
        guard allowed(req) else { throw Abort(.notFound) }
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "text", subType: "plain", parameters: ["version": "0.0.4", "charset": "utf-8"])
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return Response(status: .ok, headers: headers, body: .init(string: await OpsMetrics.exposition(req.application)))
    }

    static func allowed(_ req: Request) -> Bool {
        if let token = req.chibo.metricsToken {
            guard let bearer = req.headers.bearerAuthorization?.token else { return false }
            // Compared in a time that does not depend on where they differ.
            let a = Array(bearer.utf8), b = Array(token.utf8)
            guard a.count == b.count else { return false }
            return zip(a, b).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
        }
        guard req.headers[.xForwardedFor].isEmpty, req.headers[.forwarded].isEmpty, let ip = req.remoteAddress?.ipAddress else {
            return false
        }
        return ip.hasPrefix("127.") || ip == "::1" || ip.hasPrefix("::ffff:127.")
    }
}
