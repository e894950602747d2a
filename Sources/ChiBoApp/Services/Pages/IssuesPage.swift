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
/// overdue first), the others the latest first; one page of them.
struct IssuesPage: Content {
    let unit: UnitDTO
    let year: Int
    /// `open`, `answered`, `closed` or `all`.
    let status: String
    let figures: OversightFigures
    let issues: [IssueDTO]
    let total: Int
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
        let report = try await StatisticsService.report(db, principal, unitID: unitID, period: .year(today.year), today: today)
        func query() -> QueryBuilder<RaisedIssue> {
            let q = RaisedIssue.query(on: db).filter(Scope.inSubtrees(of: [unitID], column: "unit_id", table: RaisedIssue.schema))
            return IssueStatus(rawValue: status).map { q.filter(\.$status == $0) } ?? q
        }
        let total = try await query().count()
        var q = query().with(\.$unit)
        q = status == IssueStatus.open.rawValue ? q.sort(\.$due).sort(\.$raisedOn) : q.sort(\.$raisedOn, .descending)
        let issues = try await q.sort(\.$id).limit(limit).all()
        return IssuesPage(
            unit: UnitDTO(unit), year: today.year, status: status, figures: report.total.oversight,
            issues: issues.map { IssueDTO($0, unitName: $0.unit.name, today: today) }, total: total)
    }
}
