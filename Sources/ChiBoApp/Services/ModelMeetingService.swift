import ChiBoCore
import Fluent
import SQLKit
import Vapor

/// Model meetings by cell group (sinh hoạt điểm): a level picks a model cell per group for the
/// year with a working group; the group attends the model meeting (recording visits and
/// evaluations like any superior) and records the lessons; the cells of the same group below that
/// level open them.
enum ModelMeetingService {
    /// Picks the model cell of a group for the year, with its working group.
    static func choose(
        _ db: any Database, _ principal: Principal, unitID: UUID, year: Int, group: CellGroup, cellID: UUID, team: [UUID]
    ) async throws -> ModelMeeting {
        let unit = try await UnitService.find(db, principal, unitID, for: .oversee)
        guard !unit.kind.isCell else {
            throw DomainError(
                .invalid, code: "unit.cell", vi: "Chi bộ điểm do cấp ủy cấp trên chọn.", en: "Model cells are picked by a committee above.")
        }
        guard let cell = try await UnitService.cell(db, cellID, below: unitID) else {
            throw DomainError(
                .invalid, code: "cellId.invalid", vi: "Chọn một chi bộ trực thuộc.", en: "Choose a cell below.", field: "cellId")
        }
        let taken =
            try await ModelMeeting.query(on: db).filter(\.$unit.$id == unitID).filter(\.$year == year)
            .filter(\.$group == group).first() != nil
        try ModelMeetingRules.checkChoice(group: group, cellType: cell.cellType, alreadyChosen: taken)
        let members = Array(Set(team))
        guard !members.isEmpty, try await Account.query(on: db).filter(\.$id ~~ members).count() == members.count else {
            throw DomainError(
                .invalid, code: "team.required", vi: "Chọn thành viên tổ công tác.", en: "Choose the working group.", field: "team")
        }
        return try await db.write { tx in
            let m = ModelMeeting()
            m.$unit.id = unitID
            m.year = year
            m.group = group
            m.$cell.id = cellID
            try await m.create(on: tx)
            for a in members {
                let g = ModelMeetingGroupMember()
                g.$model.id = m.id!
                g.$account.id = a
                try await g.create(on: tx)
            }
            try await Audit.record(
                tx, Actor(principal), action: "model.choose", entity: "model", id: m.id, unit: unitID,
                after: ["group": group.rawValue, "cell": cell.name, "year": String(year)])
            return m
        }
    }

    /// A model its reader may open: the level's overseers, the working group, the cells of the
    /// same group below the level.
    static func find(_ db: any Database, _ principal: Principal, _ id: UUID) async throws -> ModelMeeting {
        guard let m = try await ModelMeeting.query(on: db).filter(\.$id == id).with(\.$unit).with(\.$cell).first() else {
            throw DomainError.notFound("model")
        }
        if try await Scope.allows(principal, .oversee, unit: m.$unit.id, on: db) { return m }
        if try await inGroup(db, principal, m.id!) { return m }
        if try await sameGroupCell(db, principal, m) != nil { return m }
        if try await Scope.allows(principal, .readUnit, unit: m.$unit.id, on: db) { throw DomainError.forbidden() }
        throw DomainError.notFound("model")
    }

    static func inGroup(_ db: any Database, _ principal: Principal, _ id: UUID) async throws -> Bool {
        try await ModelMeetingGroupMember.query(on: db).filter(\.$model.$id == id).filter(\.$account.$id == principal.accountID).first()
            != nil
    }

    /// A cell of the model's group below its level that the principal runs, if any.
    static func sameGroupCell(_ db: any Database, _ principal: Principal, _ m: ModelMeeting) async throws -> UUID? {
        for unitID in principal.units(allowing: .runMeetings) {
            guard let u = try await OrgUnit.find(unitID, on: db), u.kind.isCell, u.cellType.map(CellGroup.of) == m.group else { continue }
            let below = try await UnitClosure.query(on: db).filter(\.$ancestor.$id == m.$unit.id).filter(\.$descendant.$id == unitID)
                .first()
            if below != nil { return unitID }
        }
        return nil
    }

    /// A model the principal oversees (its level's overseers set its meeting): not found or
    /// forbidden as `find`, forbidden to its other readers; checked before a command's body is read.
    static func overseen(_ db: any Database, _ principal: Principal, _ id: UUID) async throws -> ModelMeeting {
        let m = try await find(db, principal, id)
        guard try await Scope.allows(principal, .oversee, unit: m.$unit.id, on: db) else { throw DomainError.forbidden() }
        return m
    }

    /// Sets the model meeting: a meeting of the model cell in the year.
    static func setMeeting(_ db: any Database, _ principal: Principal, id: UUID, meetingID: UUID) async throws {
        let m = try await overseen(db, principal, id)
        guard let meeting = try await Meeting.find(meetingID, on: db) else { throw DomainError.notFound("meeting") }
        try ModelMeetingRules.checkMeeting(meetingCell: meeting.$unit.id == m.$cell.id, meetingYear: meeting.date.year, year: m.year)
        try await db.write { tx in
            m.$meeting.id = meetingID
            try await m.save(on: tx)
            try await Audit.record(
                tx, Actor(principal), action: "model.meeting", entity: "model", id: id, unit: m.$unit.id,
                after: ["meeting": meetingID.uuidString])
        }
    }

    /// The working group's lessons, once the model meeting has taken place.
    static func recordLessons(_ db: any Database, _ principal: Principal, id: UUID, text: String?, today: CivilDate) async throws {
        let m = try await find(db, principal, id)
        let oversees = try await Scope.allows(principal, .oversee, unit: m.$unit.id, on: db)
        let member = try await inGroup(db, principal, id)
        guard oversees || member else { throw DomainError.forbidden() }
        let meeting = try await m.$meeting.id.asyncMap { try await Meeting.find($0, on: db) } ?? nil
        let held = meeting?.status.wasHeld ?? false
        try ModelMeetingRules.checkLessons(text, meetingHeld: held)
        try await db.write { tx in
            m.lessons = VietnameseText.normalizeText(text)
            m.lessonsOn = today
            m.lessonsBy = principal.displayName
            try await m.save(on: tx)
            try await Audit.record(
                tx, Actor(principal), action: "model.lessons", entity: "model", id: id, unit: m.$unit.id, after: ["on": today.iso])
        }
    }
}

/// A model meeting as the pages and the API show it.
struct ModelMeetingDTO: Content, Equatable {
    let id: UUID
    let unitId: UUID
    let unitName: String
    let year: Int
    let group: CellGroup
    let cellId: UUID
    let cellName: String
    let meetingId: UUID?
    let lessons: String?
    let lessonsOn: CivilDate?
    let lessonsBy: String?

    init(_ m: ModelMeeting) {
        id = m.id!
        unitId = m.$unit.id
        unitName = m.unit.name
        year = m.year
        group = m.group
        cellId = m.$cell.id
        cellName = m.cell.name
        meetingId = m.$meeting.id
        lessons = m.lessons
        lessonsOn = m.lessonsOn
        lessonsBy = m.lessonsBy
    }
}

/// A level's model meetings for a year, a group a row (`GET /units/{id}/models`), or for a cell the
/// models of its group chosen above it; what the form needs.
struct ModelsPage: Content {
    struct GroupRow: Content {
        let group: CellGroup
        let model: ModelMeetingDTO?
        /// The cells of the group below the level, to choose from: all of them below a small level,
        /// else those the search `cellSearch` found.
        let cells: [Choice]
    }

    let unit: UnitDTO
    let year: Int
    let isCell: Bool
    let rows: [GroupRow]
    /// For a cell: the models of its group chosen above it.
    let models: [ModelMeetingDTO]
    let canChoose: Bool
    let teamChoices: [Choice]
    /// The cells offered are only some of those below the level (at most `choices` listed, or
    /// `SubtreeChoice.results` found): a search finds the others.
    let cellsCut: Bool
    /// The cells are searched by name or code, not listed (a level of more than
    /// `SubtreeChoice.listedCells` cells, or a text given); nil when listed whole.
    let cellSearch: ChoiceSearch?

    /// The most cells offered to choose a model from.
    static let choices = 500 // not a rule: a bound on what a page reads

    /// The level's year; its cells to choose from searched with `q` (`SubtreeChoice.query`), or
    /// listed whole under a level of at most `listedCells` cells.
    static func load(
        _ db: any Database, _ principal: Principal, unitID: UUID, year: Int, q: String? = nil, choices: Int = choices,
        listedCells: Int = SubtreeChoice.listedCells
    ) async throws -> ModelsPage {
        let unit = try await UnitService.find(db, principal, unitID, for: .readMeetings)
        if unit.kind.isCell {
            guard let group = unit.cellType.map(CellGroup.of) else {
                return ModelsPage(
                    unit: UnitDTO(unit), year: year, isCell: true, rows: [], models: [], canChoose: false, teamChoices: [], cellsCut: false,
                    cellSearch: nil)
            }
            let above = try await UnitClosure.query(on: db).filter(\.$descendant.$id == unitID).filter(\.$depth > 0).all().map {
                $0.$ancestor.id
            }
            let models = try await ModelMeeting.query(on: db).filter(\.$unit.$id ~~ above).filter(\.$group == group)
                .with(\.$unit).with(\.$cell).sort(\.$year, .descending).limit(50).all()
            return ModelsPage(
                unit: UnitDTO(unit), year: year, isCell: true, rows: [], models: models.map(ModelMeetingDTO.init), canChoose: false,
                teamChoices: [], cellsCut: false, cellSearch: nil)
        }
        let canChoose = try await Scope.allows(principal, .oversee, unit: unitID, on: db)
        let chosen = try await ModelMeeting.query(on: db).filter(\.$unit.$id == unitID).filter(\.$year == year).with(\.$unit).with(\.$cell)
            .all()
        let (cells, cut, search) = try await SubtreeChoice.cellChoices(
            db as! any SQLDatabase, under: unitID, q: q, limit: choices, listed: listedCells)
        let rows = CellGroup.allCases.map { g in
            GroupRow(
                group: g, model: chosen.first { $0.group == g }.map(ModelMeetingDTO.init),
                cells: cells.filter { $0.cellType.map(CellGroup.of) == g }.map { Choice(id: $0.id!, name: $0.name) })
        }
        var team: [Choice] = []
        if canChoose {
            team = try await UnitService.staffAtOrAbove(db, unitID: unitID).map { Choice(id: $0.id!, name: $0.displayName) }
        }
        return ModelsPage(
            unit: UnitDTO(unit), year: year, isCell: false, rows: rows, models: [], canChoose: canChoose, teamChoices: team,
            cellsCut: cut, cellSearch: search)
    }
}

/// One model meeting: the cell, its meeting and the working group's evaluations, the lessons.
struct ModelPage: Content {
    let model: ModelMeetingDTO
    let team: [String]
    let meeting: MeetingRow?
    /// The working group's (and any superior's) evaluations of the model meeting.
    let visits: [VisitDTO]
    /// The cell's meetings of the year, to pick the model meeting from.
    let meetingChoices: [MeetingRow]
    let canSetMeeting: Bool
    let canRecordLessons: Bool

    static func load(_ db: any Database, _ principal: Principal, id: UUID) async throws -> ModelPage {
        let m = try await ModelMeetingService.find(db, principal, id)
        let team = try await ModelMeetingGroupMember.query(on: db).filter(\.$model.$id == id).with(\.$account).all()
        let meeting = try await m.$meeting.id.asyncMap { try await Meeting.find($0, on: db) } ?? nil
        let visits = try await m.$meeting.id.asyncMap { try await VisitService.forMeeting(db, meetingID: $0) } ?? []
        let oversees = try await Scope.allows(principal, .oversee, unit: m.$unit.id, on: db)
        let member = try await ModelMeetingService.inGroup(db, principal, id)
        var choices: [Meeting] = []
        if oversees {
            choices = try await Meeting.query(on: db).filter(\.$unit.$id == m.$cell.id)
                .filter(\.$date >= CivilDate(year: m.year, month: 1, day: 1)!).filter(
                    \.$date <= CivilDate(year: m.year, month: 12, day: 31)!
                )
                .filter(\.$status != .cancelled).sort(\.$date).all()
        }
        return ModelPage(
            model: ModelMeetingDTO(m), team: team.map(\.account.displayName).sorted(by: VietnameseText.precedes),
            meeting: meeting.map(MeetingRow.init),
            visits: visits.map { VisitDTO($0, levelName: $0.level.name, cellQuality: meeting?.quality) },
            meetingChoices: choices.map(MeetingRow.init), canSetMeeting: oversees, canRecordLessons: oversees || member)
    }
}
