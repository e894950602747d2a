import ChiBoCore
import Fluent
import SQLKit
import Vapor

/// What a unit's page shows (`GET /units/{id}`, `UnitViews.page`), read once by `load` from what
/// the services return: DTOs, no Fluent model.
struct UnitPage: Sendable {
    /// A unit directly under a committee with its meetings over this year without them: the
    /// cell-months without a regular meeting and the cell-quarters without a thematic one, summed
    /// over its cells; for a cell, which months and quarters.
    struct SubUnitLate: Sendable, Equatable {
        let unit: UnitDTO
        let cells: Int
        let lateCount: Int
        /// For a cell: "T3", "Q1" … the months and quarters over without their meeting.
        let periods: [String]
    }

    /// An account the page offers to follow the cell.
    struct LiaisonAccount: Sendable, Equatable {
        let id: UUID?
        let username: String
        let displayName: String

        init(_ a: Account) {
            id = a.id
            username = a.username
            displayName = a.displayName
        }
    }

    let unit: UnitDTO
    let ancestors: [UnitDTO]
    let children: [UnitDTO]
    let counts: MembershipCounts
    let officers: [OfficerDTO]
    /// A cell's members; for a committee the reader manages, those the form appointing an officer
    /// offers: every member below a committee of at most `listedCandidates` members, else those
    /// the search `officerSearch` found.
    let members: [MemberDTO]
    /// The members to appoint are searched by name or card number, not listed (a committee of
    /// more than `listedCandidates` members, or a text given); nil when listed whole.
    let officerSearch: ChoiceSearch?
    let canReadMembers: Bool
    let canWriteMembers: Bool
    let canManage: Bool
    /// A committee whose plan of inspection and supervision the reader keeps.
    let canInspect: Bool
    let moveTargets: [UnitDTO]
    /// For a committee: the units directly under it with what is late this year, the latest first.
    let lateBelow: [SubUnitLate]
    /// For a cell: who follows it from above now, one for each committee, the nearest first.
    let liaisons: [LiaisonDTO]
    /// The assignments the reader may end: those of the committees they manage.
    let liaisonsEndable: Set<UUID>
    let liaisonCandidates: [LiaisonAccount]
    let errors: [DomainError]

    /// The members the page offers for an office: official ones, as `UnitService.setOfficer` requires.
    var officerCandidates: [MemberDTO] { members.filter { OfficerRole.mayHold($0.status) } }
}

extension UnitPage {
    /// Up to this many members below a committee, its page lists them all to appoint an officer.
    static let listedCandidates = 200 // not a rule: a bound on what a page reads

    /// Reads everything the page shows, for the principal; `q` searches the members to appoint.
    static func load(
        _ db: any Database, _ principal: Principal, id: UUID, today: CivilDate, q: String? = nil,
        listedCandidates: Int = listedCandidates, errors: [DomainError] = []
    ) async throws
        -> UnitPage
    {
        let unit = try await UnitService.find(db, principal, id)
        let canRead = try await Scope.allows(principal, .readMembers, unit: id, on: db)
        let canManage = try await Scope.allows(principal, .manageUnits, unit: id, on: db)
        var members: [Member] = []
        var officerSearch: ChoiceSearch?
        if canRead && unit.kind.isCell {
            members = try await Member.query(on: db).filter(\.$unit.$id == id).filter(\.$leftDate == nil)
                .sort(\.$sortKey).sort(\.$fullName).all()
        } else if canManage {
            // A larger committee's members are searched (issue 20): the first 200 of a province by
            // name were most of its page's time, and a list no one could choose from.
            if q == nil, try await SubtreeChoice.size(db as! any SQLDatabase, of: id).members <= listedCandidates {
                members = try await MemberService.search(db, principal, .init(unitID: id, per: listedCandidates)).items
            } else {
                var more = false
                if let q {
                    let found = try await MemberService.search(db, principal, .init(text: q, unitID: id, per: SubtreeChoice.results))
                    (members, more) = (found.items, found.next != nil)
                }
                officerSearch = ChoiceSearch(q: q, more: more)
            }
        }
        var targets: [OrgUnit] = []
        if canManage, let parentID = unit.$parent.id, let grand = try await OrgUnit.find(parentID, on: db)?.$parent.id {
            // Siblings of the current parent under the grandparent, a common reorganisation (checked
            // in one read: a commune's page checked the country's 34 provinces one by one).
            let siblings = try await UnitService.children(db, of: grand).filter { $0.id != parentID && !$0.kind.isCell }
            let allowed = try await Scope.allowed(principal, .manageUnits, units: siblings.compactMap(\.id), on: db)
            targets = siblings.filter { allowed.contains($0.id!) }
        }
        let candidates = canManage && unit.kind.isCell ? try await UnitService.liaisonCandidates(db, principal, unit: unit) : []
        let canInspect = try await Scope.allows(principal, .inspect, unit: id, on: db) && !unit.kind.isCell
        let liaisons = unit.kind.isCell ? try await UnitService.liaisons(db, unitID: id) : []
        var endable: Set<UUID> = []
        for l in liaisons where canManage {
            if try await UnitService.mayEnd(db, principal, l, parent: unit.$parent.id) { endable.insert(l.id) }
        }
        let children = try await UnitService.children(db, of: id)
        return UnitPage(
            unit: UnitDTO(unit), ancestors: try await UnitService.visibleAncestors(db, principal, of: id).map(UnitDTO.init),
            children: children.map(UnitDTO.init),
            counts: try await UnitService.counts(db, unitID: id),
            officers: try await UnitService.officers(db, unitID: id).map { OfficerDTO($0.0, member: $0.1) },
            members: members.map(MemberDTO.init), officerSearch: officerSearch,
            canReadMembers: canRead, canWriteMembers: try await Scope.allows(principal, .writeMembers, unit: id, on: db),
            canManage: canManage, canInspect: canInspect, moveTargets: targets.map(UnitDTO.init),
            lateBelow: try await lateBelow(db, unit, children: children, today: today),
            liaisons: liaisons, liaisonsEndable: endable,
            liaisonCandidates: candidates.map(UnitPage.LiaisonAccount.init),
            errors: errors)
    }

    /// The units directly under a committee with their meetings late this year, from their
    /// counters (one read for all of them, whatever the size of their subtrees), the latest first.
    /// `children`: the unit's, when the caller has read them already.
    static func lateBelow(
        _ db: any Database, _ unit: OrgUnit, children known: [OrgUnit]? = nil, today: CivilDate
    ) async throws -> [UnitPage.SubUnitLate] {
        guard !unit.kind.isCell else { return [] }
        var children = known ?? []
        if known == nil { children = try await UnitService.children(db, of: unit.id!) }
        let year = ReportPeriod.year(today.year)
        let keys = [PeriodKey.now] + (1...12).map { PeriodKey.month(today.year, $0) } + (1...4).map { PeriodKey.quarter(today.year, $0) }
        let stored = try await RollupService.stored(db as! any SQLDatabase, units: children.compactMap(\.id), keys: keys)
        let rows = children.enumerated().map { index, child -> (Int, UnitPage.SubUnitLate) in
            let counters = stored[child.id!] ?? [:]
            let f = CellFigures.derive(rows: counters, period: year, today: today)
            var periods: [String] = []
            if child.kind.isCell {
                for m in 1...12 where today > ReportPeriod.YearMonth(today.year, m).lastDay {
                    if (counters[PeriodKey.month(today.year, m)]?[.regularMonthsHeld] ?? 0) == 0 { periods.append("T\(m)") }
                }
                for q in 1...4 where today > ReportPeriod.YearMonth(today.year, q * 3).lastDay {
                    if (counters[PeriodKey.quarter(today.year, q)]?[.thematicQuartersHeld] ?? 0) == 0 { periods.append("Q\(q)") }
                }
            }
            return (
                index,
                UnitPage.SubUnitLate(
                    unit: UnitDTO(child), cells: f.cells, lateCount: f.regularLate + f.thematicQuartersLate, periods: periods)
            )
        }
        let ordered = rows.sorted { (a: (Int, UnitPage.SubUnitLate), b: (Int, UnitPage.SubUnitLate)) -> Bool in
            if a.1.lateCount != b.1.lateCount { return a.1.lateCount > b.1.lateCount }
            return a.0 < b.0
        }
        return ordered.map { $0.1 }
    }
}
