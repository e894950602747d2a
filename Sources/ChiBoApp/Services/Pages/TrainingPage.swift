import ChiBoCore
import Fluent
import SQLKit
import Vapor

/// A course as the pages and the API show it, with how many attended and completed it.
struct CourseDTO: Content, Equatable {
    let id: UUID
    let unitId: UUID
    let unitName: String
    let year: Int
    let kind: CourseKind
    let topic: String
    let organiser: String
    let location: String?
    let startOn: CivilDate
    let endOn: CivilDate
    let attendees: Int
    let completed: Int

    init(_ c: Course, attendees: Int, completed: Int) {
        id = c.id!
        unitId = c.$unit.id
        unitName = c.unit.name
        year = c.year
        kind = c.kind
        topic = c.topic
        organiser = c.organiser
        location = c.location
        startOn = c.startOn
        endOn = c.endOn
        self.attendees = attendees
        self.completed = completed
    }
}

/// A contest as the pages and the API show it, with its entrants and prizes.
struct ContestDTO: Content, Equatable {
    let id: UUID
    let unitId: UUID
    let unitName: String
    let year: Int
    let name: String
    let startOn: CivilDate
    let endOn: CivilDate
    let entrants: Int
    let prizes: Int

    init(_ c: Contest, entrants: Int, prizes: Int) {
        id = c.id!
        unitId = c.$unit.id
        unitName = c.unit.name
        year = c.year
        name = c.name
        startOn = c.startOn
        endOn = c.endOn
        self.entrants = entrants
        self.prizes = prizes
    }
}

/// A cell's secretary or deputy, with the last day of the last course they completed.
struct SecretaryDTO: Content, Equatable {
    let memberId: UUID
    let fullName: String
    let cellId: UUID
    let cellName: String
    let office: OfficerRole
    let lastTrainedOn: CivilDate?
}

/// A member someone may add to a course or a contest.
struct TrainingCandidate: Content, Equatable {
    let id: UUID
    let fullName: String
    let cellName: String
    /// The member's office when a cell's secretary or deputy.
    let office: OfficerRole?
}

/// A committee's direct sub-unit on a training page above a commune: its cells now and the
/// year's training figures, from its counters.
struct TrainingSubUnit: Content, Equatable {
    let unitId: UUID
    let name: String
    let kind: UnitKind
    let cells: Int
    let figures: TrainingFigures
}

/// A unit's training and contests for a year (`GET /units/{id}/training` and its API): the courses
/// and contests it recorded, the year's figures from the counters, and the secretaries and
/// deputies of its cells without training (`TrainingRules.lacksTraining`), in Vietnamese order.
///
/// What it reads does not grow with the subtree (issue 20). A cell, a commune and what lies below
/// a commune list every secretary and deputy of their cells. Above a commune, the page gives each
/// direct sub-unit's figures from the counters and lists at most `pageSize` of those without
/// training, found among at most `walkedCells` cells walked through the closure table (the
/// deepest first); `untrainedCut` then says that the list may not be whole: a sub-unit's page
/// lists its own.
struct TrainingPage: Content {
    let unit: UnitDTO
    let year: Int
    let courses: [CourseDTO]
    let contests: [ContestDTO]
    /// Completed attendances, contest entries and prizes of the year, at the cells below.
    let figures: TrainingFigures
    /// How many secretaries and deputies the cells below have now; not counted above a commune.
    let secretaries: Int?
    let untrained: [SecretaryDTO]
    /// Above a commune: the list holds only some of those without training (at most a page, from
    /// some of the cells); each sub-unit's page lists its own.
    let untrainedCut: Bool
    /// Above a commune: each direct sub-unit's cells and figures of the year; empty otherwise.
    let subUnits: [TrainingSubUnit]
    /// The years a completed course counts (`TrainingRules.recentYears`).
    let recentYears: Int
    /// The reader records courses and contests here.
    let canManage: Bool

    /// The most secretaries without training a page lists above a commune.
    static let pageSize = 50 // not a rule: a page of the list
    /// The most cells whose secretaries a page above a commune reads.
    static let walkedCells = 100 // not a rule: a bound on what a page reads

    /// Whether the page lists every secretary of its cells: a cell, a commune (grassroots
    /// committee) and a sub-committee; not a district, a province or the country.
    static func listsAll(_ kind: UnitKind) -> Bool { kind == .cell || kind == .grassroots || kind == .subcommittee }

    static func load(
        _ db: any Database, _ principal: Principal, unitID: UUID, year: Int, today: CivilDate, walk: Int = walkedCells
    ) async throws -> TrainingPage {
        let unit = try await UnitService.find(db, principal, unitID, for: .readMembers)
        let sql = db as! any SQLDatabase
        let courses = try await Course.query(on: db).filter(\.$unit.$id == unitID).filter(\.$year == year).with(\.$unit)
            .sort(\.$startOn).sort(\.$id).all()
        let contests = try await Contest.query(on: db).filter(\.$unit.$id == unitID).filter(\.$year == year).with(\.$unit)
            .sort(\.$startOn).sort(\.$id).all()
        var attendees: [CourseAttendee] = []
        if !courses.isEmpty { attendees = try await CourseAttendee.query(on: db).filter(\.$course.$id ~~ courses.map { $0.id! }).all() }
        var entrants: [ContestEntrant] = []
        if !contests.isEmpty { entrants = try await ContestEntrant.query(on: db).filter(\.$contest.$id ~~ contests.map { $0.id! }).all() }
        let all = listsAll(unit.kind)
        let officers: [TrainingService.Officer]
        var cut = false
        var subUnits: [TrainingSubUnit] = []
        let period = ReportPeriod.year(year)
        if all {
            officers = try await TrainingService.secretaries(db, under: unitID)
        } else {
            let found = try await TrainingService.untrainedSecretaries(sql, under: unitID, today: today, cells: walk, limit: pageSize + 1)
            cut = found.walkedAll == false || found.officers.count > pageSize
            officers = found.officers
            subUnits = try await Self.subUnits(db, sql, of: unitID, period: period, today: today)
        }
        let completed = try await TrainingService.completedCourses(db, memberIDs: officers.map { $0.member.id! })
        let lacking = officers.filter { TrainingRules.lacksTraining(completed: completed[$0.member.id!] ?? [], today: today) }
            .map {
                SecretaryDTO(
                    memberId: $0.member.id!, fullName: $0.member.fullName, cellId: $0.cell.id!, cellName: $0.cell.name,
                    office: $0.role, lastTrainedOn: TrainingRules.lastTraining(completed: completed[$0.member.id!] ?? [], today: today))
            }
        var untrained = VietnameseText.sorted(lacking, byName: \.fullName)
        if !all && untrained.count > pageSize { untrained = Array(untrained.prefix(pageSize)) }
        let manages = try await Scope.allows(principal, .manageUnits, unit: unitID, on: db)
        let stored = try await RollupService.stored(sql, units: [unitID], keys: period.months.map(\.key))[unitID] ?? [:]
        return TrainingPage(
            unit: UnitDTO(unit), year: year,
            courses: courses.map { c in
                let mine = attendees.filter { $0.$course.id == c.id }
                return CourseDTO(c, attendees: mine.count, completed: mine.filter(\.completed).count)
            },
            contests: contests.map { c in
                let mine = entrants.filter { $0.$contest.id == c.id }
                return ContestDTO(c, entrants: mine.count, prizes: mine.filter { $0.prize?.isPrize == true }.count)
            },
            figures: TrainingFigures.derive(rows: stored, period: period), secretaries: all ? officers.count : nil,
            untrained: untrained, untrainedCut: cut, subUnits: subUnits, recentYears: TrainingRules.recentYears,
            canManage: manages && !unit.kind.isCell)
    }

    /// The direct sub-units of `unitID` in code order, each with its cells now and its training
    /// figures of the period, from the counters.
    static func subUnits(
        _ db: any Database, _ sql: any SQLDatabase, of unitID: UUID, period: ReportPeriod, today: CivilDate
    ) async throws -> [TrainingSubUnit] {
        let children = try await OrgUnit.query(on: db).filter(\.$parent.$id == unitID).sort(\.$code).sort(\.$name).all()
        guard !children.isEmpty else { return [] }
        // Only the months' rows and the cells now: deriving every figure of 98 communes was a tenth of
        // a province's page (issue 20).
        let stored = try await RollupService.stored(sql, units: children.map { $0.id! }, keys: period.months.map(\.key))
        return children.map { u in
            let rows = stored[u.id!] ?? [:]
            return TrainingSubUnit(
                unitId: u.id!, name: u.name, kind: u.kind, cells: u.kind.isCell ? 1 : (rows[PeriodKey.now] ?? FigureRow())[.cells],
                figures: TrainingFigures.derive(rows: rows, period: period))
        }
    }
}

/// One course with its attendees, and whom it may add (`GET /courses/{id}` and its API).
struct CoursePage: Content {
    struct Attendee: Content, Equatable {
        let memberId: UUID
        let fullName: String
        let cellId: UUID
        let cellName: String
        let completed: Bool
        let certificateNumber: String?
        let certificateDate: CivilDate?
    }

    let course: CourseDTO
    /// In Vietnamese order.
    let attendees: [Attendee]
    /// Members of the cells below not on the course yet, the secretaries and deputies first (for
    /// a reader who manages the course): all of them under a small unit, else those the search
    /// `candidateSearch` found.
    let candidates: [TrainingCandidate]
    /// The candidates are searched, not listed (a unit of more than `SubtreeChoice.listedCells`
    /// cells or `SubtreeChoice.listedMembers` members, or a text given); nil when listed whole.
    let candidateSearch: ChoiceSearch?
    /// The course has ended: who completed it may be recorded.
    let ended: Bool
    let canManage: Bool

    /// The course; its candidates searched with `q` (`SubtreeChoice.query`), or listed whole
    /// under a unit of at most `listedCells` cells and `listedMembers` members.
    static func load(
        _ db: any Database, _ principal: Principal, id: UUID, today: CivilDate, q: String? = nil,
        listedCells: Int = SubtreeChoice.listedCells, listedMembers: Int = SubtreeChoice.listedMembers
    ) async throws -> CoursePage {
        let c = try await TrainingService.course(db, principal, id)
        let rows = try await CourseAttendee.query(on: db).filter(\.$course.$id == id).with(\.$member).all()
        let cells = try await names(db, Set(rows.map { $0.member.$unit.id }))
        let attendees = VietnameseText.sorted(
            rows.map {
                Attendee(
                    memberId: $0.$member.id, fullName: $0.member.fullName, cellId: $0.member.$unit.id,
                    cellName: cells[$0.member.$unit.id] ?? "", completed: $0.completed, certificateNumber: $0.certificateNumber,
                    certificateDate: $0.certificateDate)
            }, byName: \.fullName)
        let canManage = try await Scope.allows(principal, .manageUnits, unit: c.$unit.id, on: db)
        var candidates: [TrainingCandidate] = []
        var search: ChoiceSearch?
        if canManage {
            let taken = Set(rows.map { $0.$member.id })
            var size: (cells: Int, members: Int)?
            if q == nil { size = try await SubtreeChoice.size(db as! any SQLDatabase, of: c.$unit.id) }
            if let size, size.cells <= listedCells, size.members <= listedMembers {
                candidates = try await TrainingCandidates.members(db, under: c.$unit.id).filter { !taken.contains($0.id) }
            } else {
                let found = try await TrainingCandidates.members(db, principal, under: c.$unit.id, matching: q)
                candidates = found.candidates.filter { !taken.contains($0.id) }
                search = ChoiceSearch(q: q, more: found.more)
            }
        }
        return CoursePage(
            course: CourseDTO(c, attendees: rows.count, completed: rows.filter(\.completed).count), attendees: attendees,
            candidates: candidates, candidateSearch: search, ended: TrainingRules.hasEnded(c.endOn, today: today),
            canManage: canManage)
    }

    static func names(_ db: any Database, _ ids: Set<UUID>) async throws -> [UUID: String] {
        guard !ids.isEmpty else { return [:] }
        return Dictionary(uniqueKeysWithValues: try await OrgUnit.query(on: db).filter(\.$id ~~ Array(ids)).all().map { ($0.id!, $0.name) })
    }
}

/// One contest with its entrants and their results (`GET /contests/{id}` and its API).
struct ContestPage: Content {
    struct Entrant: Content, Equatable {
        let memberId: UUID
        let fullName: String
        let cellId: UUID
        let cellName: String
        /// The office they held when entered.
        let office: OfficerRole
        let prize: ContestPrize?
        let note: String?
    }

    let contest: ContestDTO
    /// The prize winners first (first prize down), then the others, each in Vietnamese order.
    let entrants: [Entrant]
    /// The secretaries and deputies of the cells below not entered yet (for a reader who manages
    /// it): all of them under a small unit, else those the search `candidateSearch` found.
    let candidates: [TrainingCandidate]
    /// The candidates are searched, not listed (a unit of more than `SubtreeChoice.listedCells`
    /// cells, or a text given); nil when listed whole.
    let candidateSearch: ChoiceSearch?
    /// The contest has ended: results may be recorded.
    let ended: Bool
    let canManage: Bool

    /// The contest; its candidates searched with `q` (`SubtreeChoice.query`) by their names, card
    /// numbers or cells, or listed whole under a unit of at most `listedCells` cells.
    static func load(
        _ db: any Database, _ principal: Principal, id: UUID, today: CivilDate, q: String? = nil,
        listedCells: Int = SubtreeChoice.listedCells
    ) async throws -> ContestPage {
        let c = try await TrainingService.contest(db, principal, id)
        let rows = try await ContestEntrant.query(on: db).filter(\.$contest.$id == id).with(\.$member).with(\.$cell).all()
        let rank = { (p: ContestPrize?) in p.flatMap { ContestPrize.allCases.firstIndex(of: $0) } ?? ContestPrize.allCases.count }
        let entrants = rows.map {
            Entrant(
                memberId: $0.$member.id, fullName: $0.member.fullName, cellId: $0.$cell.id, cellName: $0.cell.name, office: $0.office,
                prize: $0.prize, note: $0.note)
        }.sorted {
            rank($0.prize) != rank($1.prize) ? rank($0.prize) < rank($1.prize) : VietnameseText.precedes($0.fullName, $1.fullName)
        }
        let canManage = try await Scope.allows(principal, .manageUnits, unit: c.$unit.id, on: db)
        var candidates: [TrainingCandidate] = []
        var search: ChoiceSearch?
        if canManage {
            let taken = Set(rows.map { $0.$member.id })
            var size: (cells: Int, members: Int)?
            if q == nil { size = try await SubtreeChoice.size(db as! any SQLDatabase, of: c.$unit.id) }
            if let size, size.cells <= listedCells {
                candidates = try await TrainingService.secretaries(db, under: c.$unit.id).filter { !taken.contains($0.member.id!) }
                    .map(TrainingCandidate.init)
            } else {
                let found = try await TrainingCandidates.secretaries(db, principal, under: c.$unit.id, matching: q)
                candidates = found.candidates.filter { !taken.contains($0.id) }
                search = ChoiceSearch(q: q, more: found.more)
            }
        }
        return ContestPage(
            contest: ContestDTO(c, entrants: rows.count, prizes: rows.filter { $0.prize?.isPrize == true }.count), entrants: entrants,
            candidates: candidates, candidateSearch: search, ended: TrainingRules.hasEnded(c.endOn, today: today),
            canManage: canManage)
    }
}

extension TrainingCandidate {
    init(_ o: TrainingService.Officer) {
        self.init(id: o.member.id!, fullName: o.member.fullName, cellName: o.cell.name, office: o.role)
    }
}

/// Whom a course or a contest may add: under a small unit all of them; under a large one those a
/// search finds (`SubtreeChoice`), read in proportion to the results (issue 20).
enum TrainingCandidates {
    /// The members now in the cells under `unitID` whose name or card number matches `text`
    /// (`MemberService.search` restricted to the subtree, at most `SubtreeChoice.results`): the
    /// secretaries and deputies first, then the others, each in the search's order (best matches
    /// first); `more` when more matched. Nothing before a text is given.
    static func members(
        _ db: any Database, _ principal: Principal, under unitID: UUID, matching text: String?
    ) async throws -> (candidates: [TrainingCandidate], more: Bool) {
        guard let text else { return ([], false) }
        let found = try await MemberService.search(db, principal, .init(text: text, unitID: unitID, per: SubtreeChoice.results))
        let offices = try await TrainingService.officers(db, memberIDs: found.items.map { $0.id! }, under: unitID)
        var office: [UUID: OfficerRole] = [:]
        for o in offices where office[o.member.id!] == nil { office[o.member.id!] = o.role }
        let cells = try await CoursePage.names(db, Set(found.items.map { $0.$unit.id }))
        let all = found.items.map {
            TrainingCandidate(id: $0.id!, fullName: $0.fullName, cellName: cells[$0.$unit.id] ?? "", office: office[$0.id!])
        }
        return (all.filter { $0.office != nil } + all.filter { $0.office == nil }, found.next != nil)
    }

    /// The secretaries and deputies now of the cells under `unitID` found by `text`: those whose
    /// name or card number matches (`MemberService.search`), then those of the cells whose name or
    /// code matches (`SubtreeChoice.cells`), at most `SubtreeChoice.results`; `more` when more
    /// may match. Nothing before a text is given.
    static func secretaries(
        _ db: any Database, _ principal: Principal, under unitID: UUID, matching text: String?
    ) async throws -> (candidates: [TrainingCandidate], more: Bool) {
        guard let text else { return ([], false) }
        let people = try await MemberService.search(db, principal, .init(text: text, unitID: unitID, per: SubtreeChoice.results))
        let named = try await TrainingService.officers(db, memberIDs: people.items.map { $0.id! }, under: unitID)
        let cells = try await SubtreeChoice.cells(
            db as! any SQLDatabase, under: unitID, matching: text, limit: SubtreeChoice.cellResults)
        let ofCells = try await TrainingService.officers(db, cells: cells.cells)
        var seen = Set<UUID>()
        let all = (named + ofCells).filter { seen.insert($0.member.id!).inserted }
        return (
            all.prefix(SubtreeChoice.results).map(TrainingCandidate.init),
            people.next != nil || cells.more || all.count > SubtreeChoice.results
        )
    }

    /// The members now in the cells under `unitID`: the secretaries and deputies first (by cell),
    /// then the others in Vietnamese order.
    static func members(_ db: any Database, under unitID: UUID) async throws -> [TrainingCandidate] {
        let officers = try await TrainingService.secretaries(db, under: unitID)
        let officerIDs = Set(officers.map { $0.member.id! })
        let others = try await Member.query(on: db).filter(\.$leftDate == nil)
            .filter(Scope.inSubtrees(of: [unitID], column: "unit_id", table: Member.schema))
            .sort(\.$sortKey).sort(\.$fullName).limit(2000).all()
            .filter { !officerIDs.contains($0.id!) }
        let cells = try await CoursePage.names(db, Set(others.map { $0.$unit.id }))
        return officers.map { TrainingCandidate(id: $0.member.id!, fullName: $0.member.fullName, cellName: $0.cell.name, office: $0.role) }
            + others.map { TrainingCandidate(id: $0.id!, fullName: $0.fullName, cellName: cells[$0.$unit.id] ?? "", office: nil) }
    }
}

/// A member's courses and contests, on the member's page and `GET /api/v1/members/{id}/training`.
struct MemberTraining: Content, Equatable {
    struct CourseRow: Content, Equatable {
        let courseId: UUID
        let kind: CourseKind
        let topic: String
        let organiser: String
        let startOn: CivilDate
        let endOn: CivilDate
        let completed: Bool
        let certificateNumber: String?
        let certificateDate: CivilDate?
        /// The reader may open the course's page.
        let readable: Bool
    }

    struct ContestRow: Content, Equatable {
        let contestId: UUID
        let name: String
        let year: Int
        let endOn: CivilDate
        let office: OfficerRole
        let prize: ContestPrize?
        let readable: Bool
    }

    /// The latest first.
    let courses: [CourseRow]
    let contests: [ContestRow]
    /// The member is a cell's secretary or deputy now and has completed no course in the last
    /// `recentYears` years.
    let withoutTraining: Bool
    let recentYears: Int

    static func load(_ db: any Database, _ principal: Principal, member: Member, today: CivilDate) async throws -> MemberTraining {
        let id = member.id!
        let attended = try await CourseAttendee.query(on: db).filter(\.$member.$id == id).with(\.$course).all()
        let entered = try await ContestEntrant.query(on: db).filter(\.$member.$id == id).with(\.$contest).all()
        var readable: [UUID: Bool] = [:]
        for unit in Set(attended.map { $0.course.$unit.id } + entered.map { $0.contest.$unit.id }) {
            readable[unit] = try await Scope.allows(principal, .readMembers, unit: unit, on: db)
        }
        let secretary = try await UnitOfficer.query(on: db).filter(\.$member.$id == id).filter(\.$untilDate == nil).with(\.$unit).all()
            .contains { TrainingRules.isSecretary($0.role) && $0.unit.kind.isCell }
        let completed = attended.filter(\.completed).map(\.course.endOn)
        return MemberTraining(
            courses: attended.sorted { $0.course.startOn > $1.course.startOn }.map {
                CourseRow(
                    courseId: $0.$course.id, kind: $0.course.kind, topic: $0.course.topic, organiser: $0.course.organiser,
                    startOn: $0.course.startOn, endOn: $0.course.endOn, completed: $0.completed, certificateNumber: $0.certificateNumber,
                    certificateDate: $0.certificateDate, readable: readable[$0.course.$unit.id] ?? false)
            },
            contests: entered.sorted { $0.contest.startOn > $1.contest.startOn }.map {
                ContestRow(
                    contestId: $0.$contest.id, name: $0.contest.name, year: $0.contest.year, endOn: $0.contest.endOn, office: $0.office,
                    prize: $0.prize, readable: readable[$0.contest.$unit.id] ?? false)
            },
            withoutTraining: secretary && member.leftDate == nil && TrainingRules.lacksTraining(completed: completed, today: today),
            recentYears: TrainingRules.recentYears)
    }
}
