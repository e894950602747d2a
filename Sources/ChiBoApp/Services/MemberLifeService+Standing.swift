import ChiBoCore
import Fluent
import NIOConcurrencyHelpers
import SQLKit
import Vapor

/// The standing cached on `members` (status, the running exemption and transfer, used by the lists
/// and by the counters of members "now") follows the periods as the days pass: an exemption, a
/// transfer or a suspension that ends on a given day, or one recorded ahead that starts on it, changes
/// a member's standing with no one writing anything. Rolls, bases and the sign-in read the periods of
/// the day themselves; this brings the cache and the cells' counters up to date.
extension MemberLifeService {
    /// Refreshes the members whose standing changed between `since` (when it was last right) and
    /// `today`: a period whose last day falls in [since, today − 1], or whose first day falls in
    /// (since, today]. Returns how many members' standing changed.
    /// Members read at once when looking for standings to refresh.
    static let refreshChunk = 200 // not a rule: a statement's binds

    @discardableResult
    static func refreshStandings(_ db: any Database, since: CivilDate, today: CivilDate) async throws -> Int {
        guard since < today else { return 0 }
        let sql = db as! any SQLDatabase
        let ids = try await sql.raw(
            """
            SELECT DISTINCT member_id FROM member_status_periods
            WHERE (until_date >= \(bind: since.iso) AND until_date < \(bind: today.iso))
               OR (from_date > \(bind: since.iso) AND from_date <= \(bind: today.iso))
            """
        ).all().map { try $0.decode(column: "member_id", as: UUID.self) }
        // Read first, a chunk of members and their periods at a time: most are already right (a
        // restart looks back a month; another instance may have done it), and only those whose
        // standing differs take a write transaction, which checks them again.
        var stale: [UUID] = []
        for chunk in stride(from: 0, to: ids.count, by: Self.refreshChunk).map({ ids[$0..<min($0 + Self.refreshChunk, ids.count)] }) {
            let members = try await Member.query(on: db).filter(\.$id ~~ Array(chunk)).all()
            let periods = Dictionary(
                grouping: try await MemberStatusPeriod.query(on: db).filter(\.$member.$id ~~ Array(chunk)).all(), by: { $0.$member.id })
            for member in members {
                let before = MemberDTO(member)
                refresh(member, sorted(periods[member.id!] ?? []), today: today)
                if MemberDTO(member) != before { stale.append(member.id!) }
            }
        }
        var changed = 0
        for id in stale {
            let did = try await db.write { tx -> Bool in
                try await tx.holdRow("members", id)
                guard let member = try await Member.find(id, on: tx) else { return false }
                let before = MemberDTO(member)
                refresh(member, try await periods(tx, memberID: id), today: today)
                guard MemberDTO(member) != before else { return false }
                try await member.save(on: tx)
                try await RollupService.refresh(tx, unit: member.$unit.id)
                return true
            }
            if did { changed += 1 }
        }
        return changed
    }
}

/// Runs `refreshStandings` when the server starts (over the last `catchUpDays`) and then once a day,
/// shortly after midnight in Vietnam, in every instance (it is idempotent: a second instance finds
/// nothing left to change). Only `chibo serve` uses it.
struct StandingRefresher: LifecycleHandler {
    /// A server down longer than this is brought up to date with `chibo refresh-standings --since`.
    static let catchUpDays = 31 // not a rule: how far back a start looks
    private let task = NIOLockedValueBox<Task<Void, Never>?>(nil)

    func didBootAsync(_ app: Application) async throws {
        let started = Task {
            var since = app.clock.today.adding(days: -Self.catchUpDays)
            while !Task.isCancelled {
                let today = app.clock.today
                if since < today {
                    do {
                        let n = try await MemberLifeService.refreshStandings(app.db, since: since, today: today)
                        app.logger.info(
                            "standings refreshed", metadata: ["since": "\(since.iso)", "today": "\(today.iso)", "changed": "\(n)"])
                        since = today
                    } catch {
                        app.logger.report(error: error)
                    }
                }
                try? await Task.sleep(for: .seconds(600))
            }
        }
        task.withLockedValue { $0 = started }
    }

    func shutdownAsync(_ app: Application) async {
        task.withLockedValue { $0?.cancel() }
    }
}

/// `chibo refresh-standings [--since yyyy-MM-dd]`: brings the cached standings and the counters up
/// to date after a long stop (by default over the last 31 days).
struct RefreshStandingsCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "since", help: "The first day to look from (yyyy-MM-dd); default 31 days ago.")
        var since: String?
    }

    var help: String { "Brings members' standings (exemptions, transfers, suspensions by their dates) and the counters up to date." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        let today = app.clock.today
        guard let since = signature.since.map(CivilDate.init(parsing:)) ?? today.adding(days: -StandingRefresher.catchUpDays) else {
            context.console.error("--since: a date as yyyy-MM-dd")
            throw RefreshFailed()
        }
        let n = try await MemberLifeService.refreshStandings(app.db, since: since, today: today)
        context.console.print("\(n) member(s) changed standing between \(since.iso) and \(today.iso).")
    }

    struct RefreshFailed: Error, CustomStringConvertible {
        var description: String { "refresh failed" }
    }
}
