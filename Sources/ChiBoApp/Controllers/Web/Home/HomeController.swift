import ChiBoCore
import Fluent
import Vapor

/// The home page, the demo loader for a fresh installation, the rulebook and the audit log.
enum HomeController {
    @Sendable static func home(req: Request) async throws -> HTMLPage {
        let principal = try req.principal()
        let roots = try await UnitService.scopeRoots(req.db, principal)
        var units: [UnitSummary] = []
        for unit in roots.prefix(20) {
            units.append(UnitSummary(unit: UnitDTO(unit), counts: try await UnitService.counts(req.db, unitID: unit.id!)))
        }
        let own = try await principal.memberID.asyncMap { try await Member.find($0, on: req.db) }?.map(MemberDTO.init)
        // Whether there is any unit at all (one row read), not how many: a count reads the whole table.
        var canLoadDemo = false
        if principal.isGlobalAdmin { canLoadDemo = try await OrgUnit.query(on: req.db).first() == nil }
        let notice =
            (try? req.query.get(String.self, at: "notice")) == "demo"
            ? (req.language == .vi ? "Đã nạp dữ liệu mẫu." : "The demo commune is loaded.") : nil
        let today = req.clock.today
        var meetings = try await principal.memberID.asyncMap { try await MeetingService.notices(req.db, memberID: $0, today: today) } ?? []
        for m in try await MeetingService.liaisonNotices(req.db, accountID: principal.accountID, today: today)
        where !meetings.contains(where: { $0.id == m.id }) {
            meetings.append(m)
        }
        let tasks =
            try await principal.memberID.asyncMap { try await TaskService.forMember(req.db, memberID: $0).filter { $0.status == .open } }
            ?? []
        // The opinions the member raised, where they stand (the latest ten).
        let issues =
            try await principal.memberID.asyncMap {
                try await RaisedIssue.query(on: req.db).filter(\.$member.$id == $0).with(\.$unit).sort(\.$raisedOn, .descending)
                    .limit(10).all()
            } ?? []
        let evaluations = try await principal.memberID.asyncMap { try await OwnEvaluation.load(req.db, memberID: $0) } ?? []
        return HTMLPage(
            HomeView.page(
                await req.pageContext(), units: units, ownMember: own, canLoadDemo: canLoadDemo, notice: notice,
                meetings: meetings.map(MeetingRow.init), tasks: tasks.map { TaskDTO($0, today: today) },
                issues: issues.map { IssueDTO($0, unitName: $0.unit.name, today: today) }, evaluations: evaluations))
    }
}
