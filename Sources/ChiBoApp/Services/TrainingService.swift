import ChiBoCore
import Fluent
import SQLKit
import Vapor

/// Training and contests for cell secretaries (issue 18): a committee's courses and who attended
/// them (completed or not, with a certificate), its contests of good secretaries with entrants
/// and results, and the secretaries and deputies below it without training. The committee's
/// staff and administrators (`Action.manageUnits` at the unit) record them; whoever reads the
/// unit's members reads them; a member's own courses and contests are on the member's page.
enum TrainingService {
    /// A cell's secretary or deputy now, with the cell.
    struct Officer: Sendable {
        let member: Member
        let cell: OrgUnit
        let role: OfficerRole
    }

    /// Adds a course to a committee's record.
    static func createCourse(_ db: any Database, _ principal: Principal, unitID: UUID, draft: CourseDraft) async throws -> Course {
        let unit = try await committee(db, principal, unitID)
        try draft.check()
        return try await db.write { tx in
            let c = Course()
            c.$unit.id = unitID
            c.year = draft.year
            c.kind = draft.kind
            c.topic = VietnameseText.normalizeText(draft.topic) ?? draft.topic
            c.organiser = VietnameseText.normalizeText(draft.organiser) ?? draft.organiser
            c.location = VietnameseText.normalizeText(draft.location)
            c.startOn = draft.startOn
            c.endOn = draft.endOn
            c.createdBy = principal.displayName
            try await c.create(on: tx)
            try await Audit.record(
                tx, Actor(principal), action: "course.create", entity: "course", id: c.id, unit: unitID,
                after: [
                    "unit": unit.name, "kind": c.kind.rawValue, "topic": c.topic, "startOn": c.startOn.iso, "endOn": c.endOn.iso,
                ])
            return c
        }
    }

    /// Adds a contest to a committee's record.
    static func createContest(_ db: any Database, _ principal: Principal, unitID: UUID, draft: ContestDraft) async throws -> Contest {
        let unit = try await committee(db, principal, unitID)
        try draft.check()
        return try await db.write { tx in
            let c = Contest()
            c.$unit.id = unitID
            c.year = draft.year
            c.name = VietnameseText.normalizeText(draft.name) ?? draft.name
            c.startOn = draft.startOn
            c.endOn = draft.endOn
            c.createdBy = principal.displayName
            try await c.create(on: tx)
            try await Audit.record(
                tx, Actor(principal), action: "contest.create", entity: "contest", id: c.id, unit: unitID,
                after: ["unit": unit.name, "name": c.name, "startOn": c.startOn.iso, "endOn": c.endOn.iso])
            return c
        }
    }

    /// The committee a course or a contest is added to: the principal manages it, and it is not a cell.
    private static func committee(_ db: any Database, _ principal: Principal, _ unitID: UUID) async throws -> OrgUnit {
        let unit = try await UnitService.find(db, principal, unitID, for: .manageUnits)
        guard !unit.kind.isCell else {
            throw DomainError(
                .invalid, code: "unit.cell", vi: "Lớp bồi dưỡng và hội thi do cấp ủy cấp trên tổ chức, không phải chi bộ.",
                en: "Courses and contests are a committee's, not a cell's.", field: "unitId")
        }
        return unit
    }

    /// A course its reader may see: whoever reads the committee's members; forbidden to one who
    /// reads only the unit, not found to anyone else.
    static func course(_ db: any Database, _ principal: Principal, _ id: UUID) async throws -> Course {
        guard let c = try await Course.query(on: db).filter(\.$id == id).with(\.$unit).first() else {
            throw DomainError.notFound("course")
        }
        try await readable(db, principal, unitID: c.$unit.id, what: "course")
        return c
    }

    /// A contest its reader may see (as a course).
    static func contest(_ db: any Database, _ principal: Principal, _ id: UUID) async throws -> Contest {
        guard let c = try await Contest.query(on: db).filter(\.$id == id).with(\.$unit).first() else {
            throw DomainError.notFound("contest")
        }
        try await readable(db, principal, unitID: c.$unit.id, what: "contest")
        return c
    }

    private static func readable(_ db: any Database, _ principal: Principal, unitID: UUID, what: String) async throws {
        if try await Scope.allows(principal, .readMembers, unit: unitID, on: db) { return }
        if try await Scope.allows(principal, .readUnit, unit: unitID, on: db) { throw DomainError.forbidden() }
        throw DomainError.notFound(what)
    }

    /// A contest the principal may record: whoever manages its committee; forbidden to its other
    /// readers, not found to anyone else. Checked before a command's body is read.
    static func managedContest(_ db: any Database, _ principal: Principal, _ id: UUID) async throws -> Contest {
        let c = try await contest(db, principal, id)
        try await manage(db, principal, unitID: c.$unit.id)
        return c
    }

    private static func manage(_ db: any Database, _ principal: Principal, unitID: UUID) async throws {
        guard try await Scope.allows(principal, .manageUnits, unit: unitID, on: db) else { throw DomainError.forbidden() }
    }

    /// The ids chosen, once each, at least one and not too many.
    private static func chosen(_ ids: [UUID]) throws -> [UUID] {
        var seen = Set<UUID>()
        let unique = ids.filter { seen.insert($0).inserted }
        if unique.isEmpty { throw ValidationErrors([.required("members", vi: "người tham gia", en: "The people taking part")]) }
        if unique.count > TrainingRules.maxPerRequest {
            throw DomainError(
                .invalid, code: "members.tooMany", vi: "Tối đa \(TrainingRules.maxPerRequest) người một lần.",
                en: "At most \(TrainingRules.maxPerRequest) people at a time.", field: "members")
        }
        return unique
    }

    /// Adds members of the committee's cells to a course (not yet completed).
    static func addAttendees(_ db: any Database, _ principal: Principal, courseID: UUID, memberIDs: [UUID]) async throws {
        let c = try await course(db, principal, courseID)
        try await manage(db, principal, unitID: c.$unit.id)
        let ids = try chosen(memberIDs)
        // The chosen members alone, each checked against the closure (never the subtree gathered).
        let members = try await Member.query(on: db).filter(\.$id ~~ ids).filter(\.$leftDate == nil)
            .filter(Scope.inSubtrees(of: [c.$unit.id], column: "unit_id", table: Member.schema, small: false)).all()
        guard members.count == ids.count else {
            throw DomainError(
                .invalid, code: "members.invalid", vi: "Chỉ chọn được đảng viên của các chi bộ trực thuộc.",
                en: "Choose members of the cells below the committee.", field: "members")
        }
        try await db.write { tx in
            try await tx.holdRow(Course.schema, courseID)
            let taken = try await CourseAttendee.query(on: tx).filter(\.$course.$id == courseID).filter(\.$member.$id ~~ ids).count()
            guard taken == 0 else {
                throw DomainError(
                    .conflict, code: "attendee.duplicate", vi: "Có đảng viên đã có tên trong lớp học này.",
                    en: "Someone chosen is already on this course.", field: "members")
            }
            for m in members {
                let a = CourseAttendee()
                a.$course.id = courseID
                a.$member.id = m.id!
                a.completed = false
                a.recordedBy = principal.displayName
                try await a.create(on: tx)
            }
            // One entry per cell: each cell's log shows its members sent.
            for (cell, group) in Dictionary(grouping: members, by: { $0.$unit.id }).sorted(by: { $0.key.uuidString < $1.key.uuidString }) {
                try await Audit.record(
                    tx, Actor(principal), action: "course.attendees", entity: "course", id: courseID, unit: cell,
                    after: ["members": group.map { $0.id!.uuidString }.sorted()])
            }
        }
    }

    /// Records whether an attendee completed the course, and their certificate.
    static func recordAttendance(
        _ db: any Database, _ principal: Principal, courseID: UUID, memberID: UUID, attendance: CourseAttendance, today: CivilDate
    ) async throws {
        let c = try await course(db, principal, courseID)
        try await manage(db, principal, unitID: c.$unit.id)
        guard
            let a = try await CourseAttendee.query(on: db).filter(\.$course.$id == courseID).filter(\.$member.$id == memberID)
                .with(\.$member).first()
        else { throw DomainError.notFound("attendee") }
        let record = CourseAttendance(
            completed: attendance.completed, certificateNumber: VietnameseText.normalizeText(attendance.certificateNumber),
            certificateDate: attendance.certificateDate)
        try record.check(courseEnd: c.endOn, today: today)
        let before = AttendanceLog(a.attendance)
        try await db.write { tx in
            try await tx.holdRow(CourseAttendee.schema, a.id!)
            a.completed = record.completed
            a.certificateNumber = record.certificateNumber
            a.certificateDate = record.certificateDate
            a.recordedBy = principal.displayName
            try await a.save(on: tx)
            try await Audit.record(
                tx, Actor(principal), action: "course.result", entity: "course", id: courseID, unit: a.member.$unit.id,
                before: before, after: AttendanceLog(record, member: memberID))
        }
    }

    /// An attendance as the audit log keeps it.
    struct AttendanceLog: Encodable {
        let member: String?
        let completed: Bool
        let certificateNumber: String?
        let certificateDate: String?

        init(_ a: CourseAttendance, member: UUID? = nil) {
            self.member = member?.uuidString
            completed = a.completed
            certificateNumber = a.certificateNumber
            certificateDate = a.certificateDate?.iso
        }
    }

    /// Enters cells' secretaries and deputies of the committee's subtree in a contest.
    static func addEntrants(_ db: any Database, _ principal: Principal, contestID: UUID, memberIDs: [UUID]) async throws {
        let c = try await managedContest(db, principal, contestID)
        let ids = try chosen(memberIDs)
        // The chosen members' offices alone (never every secretary of the subtree).
        let held = Dictionary(
            try await officers(db, memberIDs: ids, under: c.$unit.id).map { ($0.member.id!, $0) }, uniquingKeysWith: { a, _ in a })
        let entering = ids.compactMap { held[$0] }
        guard entering.count == ids.count else {
            throw DomainError(
                .invalid, code: "members.notSecretary", vi: "Chỉ bí thư, phó bí thư của các chi bộ trực thuộc được dự thi.",
                en: "Only the secretaries and deputies of the cells below may enter.", field: "members")
        }
        try await db.write { tx in
            try await tx.holdRow(Contest.schema, contestID)
            let taken = try await ContestEntrant.query(on: tx).filter(\.$contest.$id == contestID).filter(\.$member.$id ~~ ids).count()
            guard taken == 0 else {
                throw DomainError(
                    .conflict, code: "entrant.duplicate", vi: "Có người đã có tên trong hội thi này.",
                    en: "Someone chosen has already entered this contest.", field: "members")
            }
            for o in entering {
                let e = ContestEntrant()
                e.$contest.id = contestID
                e.$member.id = o.member.id!
                e.$cell.id = o.cell.id!
                e.office = o.role
                e.recordedBy = principal.displayName
                try await e.create(on: tx)
            }
            for (cell, group) in Dictionary(grouping: entering, by: { $0.member.$unit.id }).sorted(by: {
                $0.key.uuidString < $1.key.uuidString
            }) {
                try await Audit.record(
                    tx, Actor(principal), action: "contest.entrants", entity: "contest", id: contestID, unit: cell,
                    after: ["members": group.map { $0.member.id!.uuidString }.sorted()])
            }
        }
    }

    /// Records an entrant's result once the contest has ended.
    static func recordResult(
        _ db: any Database, _ principal: Principal, contestID: UUID, memberID: UUID, prize: ContestPrize, note: String?, today: CivilDate
    ) async throws {
        let c = try await managedContest(db, principal, contestID)
        guard
            let e = try await ContestEntrant.query(on: db).filter(\.$contest.$id == contestID).filter(\.$member.$id == memberID)
                .with(\.$member).first()
        else { throw DomainError.notFound("entrant") }
        let note = VietnameseText.normalizeText(note)
        try TrainingRules.checkResult(contestEnd: c.endOn, note: note, today: today)
        let before = ["prize": e.prize?.rawValue, "note": e.note]
        try await db.write { tx in
            try await tx.holdRow(ContestEntrant.schema, e.id!)
            e.prize = prize
            e.note = note
            e.recordedBy = principal.displayName
            try await e.save(on: tx)
            try await Audit.record(
                tx, Actor(principal), action: "contest.result", entity: "contest", id: contestID, unit: e.member.$unit.id,
                before: before, after: ["member": memberID.uuidString, "prize": prize.rawValue, "note": note])
        }
    }

    /// The secretaries and deputies now of the cells under `unitID` (the unit itself when a cell),
    /// members still in the party; by cell code, the secretary first.
    static func secretaries(_ db: any Database, under unitID: UUID) async throws -> [Officer] {
        // The kind compared so that no index serves it: the subtree is gathered first (the
        // `(kind, code)` index, M035, would be walked over every cell of the country).
        let cells = try await OrgUnit.query(on: db)
            .filter(.sql(Scope.equal("kind", table: OrgUnit.schema, UnitKind.cell.rawValue, indexed: false)))
            .filter(Scope.inSubtrees(of: [unitID], column: "id", table: OrgUnit.schema)).all()
        let byID = Dictionary(uniqueKeysWithValues: cells.map { ($0.id!, $0) })
        guard !byID.isEmpty else { return [] }
        let offices = try await UnitOfficer.query(on: db).filter(\.$unit.$id ~~ Array(byID.keys)).filter(\.$untilDate == nil)
            .with(\.$member).all()
        return offices.filter { TrainingRules.isSecretary($0.role) && $0.member.leftDate == nil }
            .compactMap { o in byID[o.$unit.id].map { Officer(member: o.member, cell: $0, role: o.role) } }
            .sorted(by: precedes)
    }

    /// The officers' order: by cell code, the secretary before the deputy, then in Vietnamese order.
    static func precedes(_ a: Officer, _ b: Officer) -> Bool {
        let order: [OfficerRole] = [.secretary, .deputy]
        if a.cell.code != b.cell.code { return a.cell.code < b.cell.code }
        if a.role != b.role { return (order.firstIndex(of: a.role) ?? order.count) < (order.firstIndex(of: b.role) ?? order.count) }
        return VietnameseText.precedes(a.member.fullName, b.member.fullName)
    }

    /// The secretaries and deputies now among `memberIDs` of the cells under `unitID`, members still
    /// in the party, in the order of `secretaries`: one query bounded by the ids, each office
    /// checked against the closure table, then their cells by id.
    static func officers(_ db: any Database, memberIDs: [UUID], under unitID: UUID) async throws -> [Officer] {
        guard !memberIDs.isEmpty else { return [] }
        let rows = try await officerRows(
            db,
            "o.member_id IN (\(binds: memberIDs)) "
                + "AND EXISTS (SELECT 1 FROM unit_closure c WHERE c.descendant_id = o.unit_id AND c.ancestor_id = \(bind: unitID))")
        return try await officers(db, rows)
    }

    /// The secretaries and deputies now of `cells` (a page of them), members still in the party, in
    /// the order of `secretaries`.
    static func officers(_ db: any Database, cells: [OrgUnit]) async throws -> [Officer] {
        guard !cells.isEmpty else { return [] }
        let rows = try await officerRows(db, "o.unit_id IN (\(binds: cells.map { $0.id! }))")
        return try await officers(db, rows, cells: cells)
    }

    /// The current secretaries' and deputies' offices meeting `condition` (on `o`, the office), with
    /// their members still in the party: rows of members with `officer_role` and `officer_unit`.
    private static func officerRows(_ db: any Database, _ condition: SQLQueryString) async throws -> [any SQLRow] {
        try await (db as! any SQLDatabase).raw(
            "SELECT m.*, o.role AS officer_role, o.unit_id AS officer_unit FROM unit_officers o CROSS JOIN members m WHERE "
                + condition
                + " AND o.until_date IS NULL AND o.role IN (\(binds: secretaryRoles)) AND m.id = o.member_id AND m.left_date IS NULL"
        ).all()
    }

    /// The roles of a cell's secretary and deputy (`TrainingRules.isSecretary`).
    static var secretaryRoles: [String] { OfficerRole.allCases.filter(TrainingRules.isSecretary).map(\.rawValue) }

    /// Officers from rows of members with `officer_role` and `officer_unit`, the cells read by id
    /// when not given; only the offices of cells, by cell code, the secretary first.
    private static func officers(_ db: any Database, _ rows: [any SQLRow], cells: [OrgUnit]? = nil) async throws -> [Officer] {
        let units = try rows.map { try $0.decode(column: "officer_unit", as: UUID.self) }
        var byID = Dictionary((cells ?? []).map { ($0.id!, $0) }, uniquingKeysWith: { a, _ in a })
        if cells == nil {
            for u in try await OrgUnit.query(on: db).filter(\.$id ~~ Array(Set(units))).all() { byID[u.id!] = u }
        }
        var out: [Officer] = []
        for (row, unit) in zip(rows, units) {
            guard let cell = byID[unit], cell.kind.isCell else { continue }
            out.append(
                Officer(member: try row.decode(fluentModel: Member.self), cell: cell, role: try row.decode(enumColumn: "officer_role")))
        }
        return out.sorted(by: precedes)
    }

    /// Some of the cells under `unitID` and their secretaries and deputies without training on
    /// `today`, read so that the cost follows what is shown, not the subtree (issue 20): at most
    /// `cells` cells, walked through the closure table from the deepest (the cells) by its
    /// `(ancestor_id, depth)` index, then at most `limit` of their officers with no course
    /// completed recently (`TrainingRules.recentSince`; the caller checks each one again with
    /// `TrainingRules.lacksTraining`). `walkedAll`: the walk met every cell of the subtree.
    static func untrainedSecretaries(
        _ sql: any SQLDatabase, under unitID: UUID, today: CivilDate, cells: Int, limit: Int
    ) async throws -> (officers: [Officer], walkedAll: Bool) {
        // The walk reads the cells' ids alone; only the cells of the secretaries found are read whole
        // (decoding a hundred models was a tenth of the national page, issue 20).
        let walked = try await sql.raw(
            """
            SELECT u.id FROM unit_closure c CROSS JOIN units u WHERE c.ancestor_id = \(bind: unitID) AND u.id = c.descendant_id \
            AND u.kind = \(bind: UnitKind.cell.rawValue) ORDER BY c.depth DESC LIMIT \(unsafeRaw: String(cells + 1))
            """
        ).all().map { try $0.decode(column: "id", as: UUID.self) }
        let walkedAll = walked.count <= cells
        let walkedIDs = Array(Set(walked.prefix(cells)))
        guard !walkedIDs.isEmpty else { return ([], walkedAll) }
        let roles = OfficerRole.allCases.filter(TrainingRules.isSecretary).map(\.rawValue)
        let rows = try await sql.raw(
            """
            SELECT m.*, o.role AS officer_role, o.unit_id AS officer_unit FROM unit_officers o CROSS JOIN members m \
            WHERE o.unit_id IN (\(binds: walkedIDs)) AND o.until_date IS NULL AND o.role IN (\(binds: roles)) \
            AND m.id = o.member_id AND m.left_date IS NULL \
            AND NOT EXISTS (SELECT 1 FROM course_attendees a CROSS JOIN courses k WHERE a.member_id = o.member_id \
            AND a.completed = \(bind: true) AND k.id = a.course_id AND k.end_on >= \(bind: TrainingRules.recentSince(today: today).iso) \
            AND k.end_on <= \(bind: today.iso)) \
            ORDER BY m.sort_key, m.id LIMIT \(unsafeRaw: String(limit))
            """
        ).all()
        let units = Set(try rows.map { try $0.decode(column: "officer_unit", as: UUID.self) })
        var byID: [UUID: OrgUnit] = [:]
        if !units.isEmpty {
            for row in try await sql.raw("SELECT * FROM units WHERE id IN (\(binds: Array(units)))").all() {
                let unit = try row.decode(fluentModel: OrgUnit.self)
                byID[unit.id!] = unit
            }
        }
        var officers: [Officer] = []
        for row in rows {
            guard let cell = byID[try row.decode(column: "officer_unit", as: UUID.self)] else { continue }
            officers.append(
                Officer(member: try row.decode(fluentModel: Member.self), cell: cell, role: try row.decode(enumColumn: "officer_role")))
        }
        return (officers, walkedAll)
    }

    /// For each member, the last days of the courses they completed.
    static func completedCourses(_ db: any Database, memberIDs: [UUID]) async throws -> [UUID: [CivilDate]] {
        guard !memberIDs.isEmpty else { return [:] }
        var out: [UUID: [CivilDate]] = [:]
        for a in try await CourseAttendee.query(on: db).filter(\.$member.$id ~~ memberIDs).filter(\.$completed == true)
            .with(\.$course).all()
        {
            out[a.$member.id, default: []].append(a.course.endOn)
        }
        return out
    }
}
