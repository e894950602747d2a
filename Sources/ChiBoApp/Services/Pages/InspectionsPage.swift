import ChiBoCore
import Fluent
import SQLKit
import Vapor

/// An item of a plan as the pages and the API show it.
struct InspectionDTO: Content, Equatable {
    let id: UUID
    let unitId: UUID
    let unitName: String
    let body: InspectionBody
    let year: Int
    let kind: InspectionKind
    let targetUnitId: UUID
    let targetName: String
    let targetMemberId: UUID?
    let content: String
    let reviewFrom: CivilDate
    let reviewTo: CivilDate
    let startOn: CivilDate
    let endOn: CivilDate
    let status: InspectionStatus
    let conclusion: String?
    let concludedOn: CivilDate?
    let concludedBy: String?

    init(_ i: Inspection) {
        id = i.id!
        unitId = i.$unit.id
        unitName = i.unit.name
        body = i.body
        year = i.year
        kind = i.kind
        targetUnitId = i.$target.id
        targetName = i.target.name
        targetMemberId = i.$targetMember.id
        content = i.content
        reviewFrom = i.reviewFrom
        reviewTo = i.reviewTo
        startOn = i.startOn
        endOn = i.endOn
        status = i.status
        conclusion = i.conclusion
        concludedOn = i.concludedOn
        concludedBy = i.concludedBy
    }
}

/// A unit's plan of inspection and supervision for a year (`GET /units/{id}/inspections` and its
/// API): its items with their status, the year's figures from the counters, and what the form needs:
/// the cells below it an item may target and the staff at or above it, whatever the size of its
/// subtree (issue 20).
struct InspectionsPage: Content {
    let unit: UnitDTO
    let year: Int
    let items: [InspectionDTO]
    let figures: OversightFigures
    /// The reader adopts items of the plan.
    let canPlan: Bool
    /// The cells below the unit an item may target: all of them (at most `cellChoices`, in code
    /// order) below a unit of at most `SubtreeChoice.listedCells` cells, else those the search
    /// `cellSearch` found.
    let cells: [Choice]
    /// More cells are below than `cells` lists or a search found.
    let cellsCut: Bool
    /// The cells are searched by name or code, not listed (a unit of more than
    /// `SubtreeChoice.listedCells` cells, or a text given); nil when listed whole.
    let cellSearch: ChoiceSearch?
    /// The accounts that may be on a team: roles held at the unit or above.
    let teamChoices: [Choice]
    static let cellChoices = 500 // not a rule: a bound on what a page reads

    static func load(
        _ db: any Database, _ principal: Principal, unitID: UUID, year: Int, today: CivilDate, q: String? = nil,
        listedCells: Int = SubtreeChoice.listedCells
    ) async throws -> InspectionsPage {
        // The plan's figures only (the inspector's role reads no meeting of its own).
        let (unit, figures) = try await StatisticsService.total(
            db, principal, unitID: unitID, period: .year(year), today: today, for: .inspect)
        let items = try await Inspection.query(on: db).filter(\.$unit.$id == unitID).filter(\.$year == year).with(\.$unit).with(\.$target)
            .sort(\.$startOn).sort(\.$id).all()
        let (cells, cut, search) = try await SubtreeChoice.cellChoices(
            db as! any SQLDatabase, under: unitID, q: q, limit: cellChoices, listed: listedCells)
        let accounts = try await UnitService.staffAtOrAbove(db, unitID: unitID)
        return InspectionsPage(
            unit: UnitDTO(unit), year: year, items: items.map(InspectionDTO.init), figures: figures.oversight, canPlan: true,
            cells: cells.map { Choice(id: $0.id!, name: $0.name) }, cellsCut: cut, cellSearch: search,
            teamChoices: accounts.map { Choice(id: $0.id!, name: $0.displayName) })
    }
}

/// One item with its team, the target's meetings of the period under review, the findings, the
/// conclusion and its remedies, and what the reader may do (`GET /inspections/{id}` and its API).
struct InspectionPage: Content {
    struct Finding: Content {
        let author: String
        let date: CivilDate
        let text: String
    }

    struct RemedyDTO: Content {
        let id: UUID
        let content: String
        let due: CivilDate
        let doneOn: CivilDate?
        let doneReport: String?
        let overdue: Bool
    }

    let inspection: InspectionDTO
    let team: [String]
    let meetings: [MeetingRow]
    let findings: [Finding]
    let remedies: [RemedyDTO]
    let canRecordFinding: Bool
    let canConclude: Bool
    let canReportRemedy: Bool

    static func load(_ db: any Database, _ principal: Principal, id: UUID, today: CivilDate) async throws -> InspectionPage {
        let i = try await InspectionService.find(db, principal, id)
        let team = try await InspectionTeamMember.query(on: db).filter(\.$inspection.$id == id).with(\.$account).all()
        let meetings = try await Meeting.query(on: db).filter(\.$unit.$id == i.$target.id)
            .filter(\.$date >= i.reviewFrom).filter(\.$date <= i.reviewTo).sort(\.$date).all()
        let findings = try await InspectionFinding.query(on: db).filter(\.$inspection.$id == id).sort(\.$date).sort(\.$createdAt).all()
        let remedies = try await InspectionRemedy.query(on: db).filter(\.$inspection.$id == id).sort(\.$position).all()
        let onTeam = team.contains { $0.$account.id == principal.accountID }
        let body = try await Scope.allows(principal, .inspect, unit: i.$unit.id, on: db)
        let cell = try await Scope.allows(principal, .runMeetings, unit: i.$target.id, on: db)
        return InspectionPage(
            inspection: InspectionDTO(i), team: team.map(\.account.displayName).sorted(by: VietnameseText.precedes),
            meetings: meetings.map(MeetingRow.init),
            findings: findings.map { Finding(author: $0.author, date: $0.date, text: $0.text) },
            remedies: remedies.map {
                RemedyDTO(
                    id: $0.id!, content: $0.content, due: $0.due, doneOn: $0.doneOn, doneReport: $0.doneReport,
                    overdue: $0.remedy.isOverdue(today: today))
            },
            canRecordFinding: onTeam && i.concludedOn == nil, canConclude: body && i.concludedOn == nil,
            canReportRemedy: (body || cell) && i.concludedOn != nil)
    }
}
