import Fluent
import Vapor
import ChiBoCore

/// The home page, the demo loader for a fresh installation, the rulebook and the audit log.
struct HomeController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(use: home)
        routes.post("admin", "demo", use: loadDemo)
        routes.get("rulebook", use: rulebook)
        routes.get("audit", use: audit)
    }

    @Sendable func home(req: Request) async throws -> HTMLPage {
        let principal = try req.principal()
        let roots = try await UnitService.scopeRoots(req.db, principal)
        var units: [(OrgUnit, MembershipCounts)] = []
        for unit in roots.prefix(20) {
            units.append((unit, try await UnitService.counts(req.db, unitID: unit.id!)))
        }
        let own = try await principal.memberID.asyncMap { try await Member.find($0, on: req.db) } ?? nil
        let unitCount = try await OrgUnit.query(on: req.db).count()
        let canLoadDemo = principal.isGlobalAdmin && unitCount == 0
        let notice = (try? req.query.get(String.self, at: "notice")) == "demo"
            ? (req.language == .vi ? "Đã nạp dữ liệu mẫu." : "The demo commune is loaded.") : nil
        let today = Today.date()
        var meetings = try await principal.memberID.asyncMap { try await MeetingService.notices(req.db, memberID: $0, today: today) } ?? []
        for m in try await MeetingService.liaisonNotices(req.db, accountID: principal.accountID, today: today)
        where !meetings.contains(where: { $0.id == m.id }) {
            meetings.append(m)
        }
        let tasks = try await principal.memberID.asyncMap { try await TaskService.forMember(req.db, memberID: $0).filter { $0.status == "open" } } ?? []
        return HTMLPage(HomeView.page(await req.pageContext(), units: units, ownMember: own, canLoadDemo: canLoadDemo, notice: notice,
                                      meetings: meetings, tasks: tasks))
    }

    struct DemoForm: Content { var password: String? }

    @Sendable func loadDemo(req: Request) async throws -> Response {
        let principal = try req.principal()
        guard principal.isGlobalAdmin else { throw DomainError.forbidden() }
        let form = try req.content.decode(DemoForm.self)
        let password = try AccountRules.password(form.password)
        let hash = try await req.password.async.hash(password)
        _ = try await DemoLoader.load(on: req.db, passwordHash: hash, actor: Actor(principal), today: Today.date(), force: false)
        return req.redirect(to: "/?notice=demo")
    }

    @Sendable func rulebook(req: Request) async throws -> HTMLPage {
        let date = (try? req.query.get(String.self, at: "date")).flatMap(CivilDate.init(parsing:)) ?? Today.date()
        return HTMLPage(RulebookView.page(await req.pageContext(), Rulebook.inForce(on: date)))
    }

    @Sendable func audit(req: Request) async throws -> HTMLPage {
        let principal = try req.principal()
        let entity = (try? req.query.get(String.self, at: "entity")).flatMap(UUID.init(uuidString:))
        let entries = try await AuditService.entries(req.db, principal, entityID: entity, limit: 200)
        return HTMLPage(AuditView.page(await req.pageContext(), entries))
    }
}

extension Optional {
    func asyncMap<T>(_ f: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let v = self else { return nil }
        return try await f(v)
    }
}
