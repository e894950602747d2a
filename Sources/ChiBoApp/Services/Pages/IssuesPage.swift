import ChiBoCore
import Fluent
import Vapor

/// One raised issue with its trail and what its reader may do next (`GET /issues/{id}` and its API).
struct IssuePage: Content {
    let issue: IssueDTO
    /// The levels the reader may pass it up to: they hold it and it is open.
    let escalateTo: [IssueResponder]
    /// The reader holds it and may record the answer.
    let canAnswer: Bool

    static func load(_ db: any Database, _ principal: Principal, id: UUID, today: CivilDate) async throws -> IssuePage {
        let issue = try await IssueService.find(db, principal, id)
        let steps = try await IssueService.steps(db, issueID: id)
        let trail = try IssueService.trail(issue, steps: steps)
        let mayHandle = try await IssueService.mayHandle(db, principal, issue)
        let holds = trail.status == .open && mayHandle
        return IssuePage(
            issue: IssueDTO(issue, unitName: issue.unit.name, today: today, steps: steps),
            escalateTo: holds ? trail.escalationTargets : [], canAnswer: holds)
    }
}

/// A unit's opinions and petitions (`GET /units/{id}/issues` and its API): the year's figures from
/// the statistics counters, and the issues below it in one state, the open ones by deadline (the
/// overdue first), the others the latest first; one page of them. The open ones are counted by the
/// counters; the others are counted on a small subtree, and on a large one (`Scope.SubtreePlan`)
/// read down an index in the list's order (M035) one page at a time, their total bounded by it.
struct IssuesPage: Content {
    let unit: UnitDTO
    let year: Int
    /// `open`, `answered`, `closed` or `all`.
    let status: String
    let figures: OversightFigures
    let issues: [IssueDTO]
    /// The issues in the state below the unit; with `moreThanTotal`, a lower bound.
    let total: Int
    /// The list holds more than `total` issues (a large subtree's are not counted).
    let moreThanTotal: Bool
    static let limit = 100

    static func load(
        _ db: any Database, _ principal: Principal, unitID: UUID, status raw: String?, today: CivilDate
    ) async throws -> IssuesPage {
        let unit = try await UnitService.find(db, principal, unitID, for: .runMeetings)
        let status = raw ?? IssueStatus.open.rawValue
        guard status == "all" || IssueStatus(rawValue: status) != nil else {
            throw DomainError(
                .invalid, code: "status.invalid", vi: "Trạng thái không hợp lệ.", en: "Invalid status.", field: "status")
        }
        let figures = try await StatisticsService.total(db, principal, unitID: unitID, period: .year(today.year), today: today).figures
        let scope = try await Scope.SubtreePlan(db, of: [unitID])
        func query() -> QueryBuilder<RaisedIssue> {
            let q = RaisedIssue.query(on: db).filter(scope.filter(column: "unit_id", table: RaisedIssue.schema))
            return IssueStatus(rawValue: status).map { q.filter(scope.equal("status", table: RaisedIssue.schema, $0.rawValue)) } ?? q
        }
        let open = status == IssueStatus.open.rawValue
        var q = query()
        q = open ? q.sort(\.$due).sort(\.$raisedOn) : q.sort(\.$raisedOn, .descending)
        var issues = try await q.sort(\.$id).limit(limit + 1).all()
        let more = issues.count > limit
        if more { issues.removeLast() }
        // The open ones are the counters' (`issuesOpen`); the others are counted where that is cheap.
        var total = issues.count, moreThanTotal = false
        if open {
            total = figures.oversight.issuesOpen
        } else if more && scope.small {
            total = try await query().count()
        } else if more {
            moreThanTotal = true
        }
        let names = try await MemberService.unitNames(db, issues.map { $0.$unit.id })
        return IssuesPage(
            unit: UnitDTO(unit), year: today.year, status: status, figures: figures.oversight,
            issues: issues.map { IssueDTO($0, unitName: names[$0.$unit.id] ?? "", today: today) }, total: total,
            moreThanTotal: moreThanTotal)
    }
}
