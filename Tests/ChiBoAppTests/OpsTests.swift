import Fluent
import Foundation
import Logging
import NIOConcurrencyHelpers
import NIOCore
import Testing
import Vapor
import VaporTesting

@testable import ChiBoApp
@testable import ChiBoCore

/// What an operator expects (issue 20): Prometheus metrics on `/metrics` for the operator only, a
/// request id on every request, a health check that asks the database, and a shutdown that writes
/// the check-ins queued.
@Suite struct OpsTests {
    static let token = "metrics-token-0123456789"

    func metrics(_ app: Application, token: String?) async throws -> TestingHTTPResponse {
        var headers = HTTPHeaders()
        if let token { headers.bearerAuthorization = .init(token: token) }
        return try await app.testing().sendRequest(.GET, "/metrics", headers: headers)
    }

    @Test func metricsCountRequestsByRoutePatternAndStatusClassForTheOperatorOnly() async throws {
        try await withApp { app in
            app.chibo.metricsToken = Self.token
            let f = try await Fixture.make(app)
            let sec = try await APIClient.login(app, "seca")
            #expect(try await sec.send(.GET, "/api/v1/units/\(f.cellA!)").status == .ok)
            let elsewhere = UUID()
            #expect(try await sec.send(.GET, "/api/v1/units/\(elsewhere)").status == .notFound)
            _ = try await app.testing().sendRequest(.GET, "/no/such/\(elsewhere)")

            // Without the token, or with another, there is nothing there.
            #expect(try await metrics(app, token: nil).status == .notFound)
            #expect(try await metrics(app, token: "metrics-token-9876543210").status == .notFound)
            let res = try await metrics(app, token: Self.token)
            #expect(res.status == .ok)
            #expect(res.headers.contentType?.subType == "plain")
            let text = res.body.string
            // By the route's pattern, never its path: no id is a label.
            #expect(text.contains(#"chibo_http_requests_total{method="GET",route="/api/v1/units/:id",status="2xx"}"#))
            #expect(text.contains(#"chibo_http_requests_total{method="GET",route="/api/v1/units/:id",status="4xx"}"#))
            #expect(text.contains(#"route="unmatched""#))
            #expect(!text.contains(f.cellA.uuidString.lowercased()) && !text.contains(elsewhere.uuidString.lowercased()))
            #expect(text.contains(#"chibo_http_request_duration_seconds_bucket{method="GET",route="/api/v1/units/:id",le="0.15"}"#))
            #expect(text.contains("chibo_http_requests_in_flight"))
            #expect(text.contains("chibo_db_pool_connections_max"))
            #expect(text.contains("chibo_checkin_queue 0"))
            #expect(text.contains("chibo_db_write_transactions_in_flight"))
        }
    }

    @Test func withoutATokenTheMetricsAnswerOnlyTheLoopbackUnforwarded() async throws {
        try await withApp { app in
            // The tests' requests have no peer address: not this machine.
            let anonymous = try await metrics(app, token: nil)
            #expect(anonymous.status == .notFound)
            let loop = app.eventLoopGroup.any()
            let local = Request(
                application: app, url: "/metrics", remoteAddress: try SocketAddress(ipAddress: "127.0.0.1", port: 4000), on: loop)
            let local6 = Request(
                application: app, url: "/metrics", remoteAddress: try SocketAddress(ipAddress: "::1", port: 4000), on: loop)
            let forwarded = Request(
                application: app, url: "/metrics", remoteAddress: try SocketAddress(ipAddress: "127.0.0.1", port: 4000), on: loop)
            forwarded.headers.add(name: .xForwardedFor, value: "203.0.113.7")
            let remote = Request(
                application: app, url: "/metrics", remoteAddress: try SocketAddress(ipAddress: "203.0.113.7", port: 4000), on: loop)
            #expect(OpsController.allowed(local))
            #expect(OpsController.allowed(local6))
            #expect(!OpsController.allowed(forwarded))
            #expect(!OpsController.allowed(remote))
        }
    }

    @Test func theMetricsTokenMustNotBeGuessable() throws {
        #expect(throws: ConfigError.self) { try AppConfig.fromEnvironment(["CHIBO_METRICS_TOKEN": "short"]) }
        #expect(try AppConfig.fromEnvironment(["CHIBO_METRICS_TOKEN": Self.token]).metricsToken == Self.token)
        #expect(try AppConfig.fromEnvironment([:]).metricsToken == nil)
    }

    /// Every log line of a request carries its id, which the response returns; a well-formed incoming
    /// `X-Request-Id` is kept, anything else replaced.
    @Test func everyRequestHasAnIdOnItsLogLinesAndItsResponse() async throws {
        try await withApp { app in
            let lines = NIOLockedValueBox<[(String, Logger.Metadata)]>([])
            app.logger = Logger(label: "test") { _ in CapturingLogHandler(lines: lines) }
            app.get("ops-test-log") { req -> String in
                req.logger.warning("a line of the request")
                return "ok"
            }
            func get(_ id: String?) async throws -> String? {
                var headers = HTTPHeaders()
                if let id { headers.add(name: .xRequestId, value: id) }
                let res = try await app.testing().sendRequest(.GET, "/ops-test-log", headers: headers)
                #expect(res.status == .ok)
                let answered = res.headers.first(name: .xRequestId)
                let logged = lines.withLockedValue { $0.last { $0.0 == "a line of the request" }?.1["request-id"] }
                #expect(logged.map { "\($0)" } == answered)
                return answered
            }
            let kept = try await get("edge-7f3a.c_9")
            #expect(kept == "edge-7f3a.c_9")
            for bad in ["has spaces", "<script>", String(repeating: "a", count: 65), ""] {
                let id = try await get(bad)
                #expect(id != bad && id.map(RequestOps.wellFormed) == true)
            }
            let first = try await get(nil)
            let second = try await get(nil)
            #expect(first != nil && first != second && first.map(RequestOps.wellFormed) == true)
        }
    }

    @Test func jsonLogLinesCarryTheMetadataAsFields() throws {
        let data = try #require(
            JSONLogHandler.line(
                level: .error, message: "GET /units/:id answered 500", metadata: ["request-id": "abc-1"], label: "codes.vapor.request",
                date: Date(timeIntervalSince1970: 1_796_000_000), file: "X.swift", line: 7))
        #expect(data.last == 0x0A)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: String])
        #expect(object["request-id"] == "abc-1")
        #expect(object["level"] == "error" && object["msg"] == "GET /units/:id answered 500")
        #expect(object["ts"]?.hasPrefix("2026-11-30T") == true && object["ts"]?.hasSuffix("Z") == true)
        #expect(object["source"] == "X.swift:7")
    }

    @Test func theHealthCheckAsksTheDatabase() async throws {
        try await withApp { app in
            let res = try await app.testing().sendRequest(.GET, "/health")
            #expect(res.status == .ok)
            #expect(res.headers.first(name: .cacheControl) == "no-store")
            let json = try JSONSerialization.jsonObject(with: Data(res.body.readableBytesView)) as? [String: Any]
            #expect(json?["status"] as? String == "ok" && json?["database"] as? String == "ok")
            #expect(json?["milliseconds"] is Double)
        }
        // A database that does not answer in time, or fails: unavailable, without waiting for it.
        let loop = MultiThreadedEventLoopGroup.singleton.any()
        let started = Date()
        let slow = await OpsController.probe(on: loop, timeout: .milliseconds(50)) { try await Task.sleep(for: .seconds(2)) }
        guard case .timeout = slow else {
            Issue.record("expected a timeout, got \(slow)")
            return
        }
        #expect(Date().timeIntervalSince(started) < 1.5)
        struct Down: Error {}
        let failed = await OpsController.probe(on: loop, timeout: .seconds(2)) { throw Down() }
        guard case .failed(let error) = failed, error is Down else {
            Issue.record("expected a failure, got \(failed)")
            return
        }
    }

    /// The application stops with check-ins queued for the writer: they are written before the
    /// database closes, every one acknowledged, and found by the next application on the database.
    @Test func aShutdownWritesTheCheckInsQueued() async throws {
        try await withTestDatabase { config in
            let app = try await makeTestApp(config, migrate: true)
            let checkIns = CheckInTests()
            let meetingID: UUID
            let principals: [Principal]
            var acknowledged: [Task<RollEntryDTO, any Error>] = []
            do {
                let f = try await Fixture.make(app)
                principals = try await checkIns.members(app, f, count: 40, name: "Người Về Muộn", username: "muon", cards: 3100).map(\.1)
                let (_, meeting, code) = try await checkIns.openMeeting(app, f)
                meetingID = UUID(uuidString: meeting)!
                // The writer holds the batch, as if a batch were being written when the stop came.
                await app.checkIns.hold()
                let now = app.clock.localNow
                for p in principals {
                    acknowledged.append(
                        Task { [app] in
                            try await MeetingService.checkIn(app.db, p, writer: app.checkIns, meetingID: meetingID, code: code, now: now)
                        })
                }
                let deadline = Date().addingTimeInterval(20)
                while await app.checkIns.queued < principals.count, Date() < deadline { try await Task.sleep(for: .milliseconds(5)) }
                #expect(await app.checkIns.queued == principals.count)
            } catch {
                try? await app.asyncShutdown()
                throw error
            }
            let writer = app.checkIns
            try await app.asyncShutdown()

            for task in acknowledged {
                let entry = try await task.value
                #expect(entry.attendance == .present && entry.selfCheckin)
            }
            // After the stop, a check-in is refused (503), not queued.
            let late = CheckInWriter.Item(
                rollID: UUID(), meetingID: meetingID, unitID: UUID(), memberID: UUID(), attendance: .present,
                actor: Actor(accountID: UUID(), username: "late"))
            await #expect(throws: Abort.self) { try await writer.submit(late, on: app.db) }

            let again = try await makeTestApp(config, migrate: false)
            do {
                let roll = try await MeetingService.roll(again.db, meetingID: meetingID)
                let checked = Set(principals.compactMap(\.memberID))
                #expect(roll.filter { checked.contains($0.$member.id) }.count == principals.count)
                #expect(roll.filter { checked.contains($0.$member.id) }.allSatisfy { $0.attendance == .present && $0.selfCheckin })
                let audit = try await AuditEntry.query(on: again.db).filter(\.$action == "meeting.checkin").count()
                #expect(audit == principals.count)
                #expect(OpsMetrics.registry.emitToString().contains("chibo_checkin_batch_size_bucket"))
            } catch {
                try? await again.asyncShutdown()
                throw error
            }
            try await again.asyncShutdown()
        }
    }
}

/// Keeps the message and metadata of every line logged.
struct CapturingLogHandler: LogHandler {
    let lines: NIOLockedValueBox<[(String, Logger.Metadata)]>
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let all = metadata.merging(event.metadata ?? [:]) { $1 }
        lines.withLockedValue { $0.append((event.message.description, all)) }
    }
}
