import ChiBoCore
import Fluent
import SQLKit
import Vapor

/// Superiors at cell meetings: a committee member above the cell records that they attended
/// (they join the meeting's guests, their remarks go into the minutes) and their own evaluation
/// of the meeting on the rubric, apart from the cell's self-assessment.
enum VisitService {
    /// The committees above the cell the principal may attend for: the units strictly above it
    /// where they hold a role allowing `oversee` (not merely one their role covers), the nearest
    /// first. Empty for anyone of the cell itself (its members, a role held at the cell).
    static func levels(_ db: any Database, _ principal: Principal, cellID: UUID) async throws -> [OrgUnit] {
        if principal.grants.contains(where: { $0.unitID == cellID }) { return [] }
        if let me = principal.memberID, try await Member.find(me, on: db)?.$unit.id == cellID { return [] }
        let global = principal.grants.contains { $0.unitID == nil && $0.role.allows(.oversee) }
        let held = Set(principal.units(allowing: .oversee))
        guard global || !held.isEmpty else { return [] }
        let above = try await UnitClosure.query(on: db).filter(\.$descendant.$id == cellID).filter(\.$depth > 0)
            .sort(\.$depth).all().map { $0.$ancestor.id }.filter { global || held.contains($0) }
        guard !above.isEmpty else { return [] }
        let units = Dictionary(uniqueKeysWithValues: try await OrgUnit.query(on: db).filter(\.$id ~~ above).all().map { ($0.id!, $0) })
        return above.compactMap { units[$0] }
    }

    /// Records that a superior attended the meeting, with their remarks; the same account
    /// recording again updates its line.
    static func record(
        _ db: any Database, _ principal: Principal, meetingID: UUID, input f: VisitInput
    ) async throws -> SuperiorVisit {
        let m = try await MeetingService.find(db, principal, meetingID)
        guard try await OrgUnit.find(m.$unit.id, on: db)?.kind.isCell == true else {
            throw DomainError(
                .invalid, code: "meeting.notCell", vi: "Cấp trên dự sinh hoạt của chi bộ.", en: "Superiors attend cells' meetings.")
        }
        let levels = try await levels(db, principal, cellID: m.$unit.id)
        guard let nearest = levels.first else { throw DomainError.forbidden() }
        try MeetingCommand.recordVisit.check(m.status)
        let levelID = try f.level() ?? nearest.id!
        guard levels.contains(where: { $0.id == levelID }) else {
            throw DomainError(
                .invalid, code: "levelUnitId.invalid", vi: "Chọn cấp ủy cấp trên của chi bộ mà đồng chí thuộc về.",
                en: "Choose a committee above the cell that you belong to.", field: "levelUnitId")
        }
        let name = VietnameseText.normalizeName(f.name ?? principal.displayName)
        let position = VietnameseText.normalizeName(f.position ?? "")
        let remarks = VietnameseText.normalizeText(f.remarks), takenUp = VietnameseText.normalizeText(f.takenUp)
        try VisitRules.check(name: name, position: position, remarks: remarks, takenUp: takenUp)
        return try await db.write { tx in
            try await MeetingService.hold(tx, meetingID, for: .recordVisit)
            let existing = try await SuperiorVisit.query(on: tx).filter(\.$meeting.$id == meetingID)
                .filter(\.$account.$id == principal.accountID).first()
            let v = existing ?? SuperiorVisit()
            let guest: MeetingGuest
            if let existing, let g = try await MeetingGuest.find(existing.$guest.id, on: tx) {
                guest = g
            } else {
                guest = MeetingGuest()
                guest.$meeting.id = meetingID
            }
            guest.name = name
            guest.position = position
            guest.fromSuperior = true
            try await guest.save(on: tx)
            v.$meeting.id = meetingID
            v.$unit.id = m.$unit.id
            v.meetingDate = m.date
            v.$guest.id = guest.id!
            v.$level.id = levelID
            v.$account.id = principal.accountID
            v.visitorName = name
            v.visitorPosition = position
            v.remarks = remarks
            v.takenUp = takenUp
            try await v.save(on: tx)
            try await Audit.record(
                tx, Actor(principal), action: "meeting.visit", entity: "meeting", id: meetingID, unit: m.$unit.id,
                after: ["visit": v.id!.uuidString, "name": name, "position": position, "level": levelID.uuidString])
            return v
        }
    }

    /// The superior's evaluation of the meeting: by the visitor, or by someone who oversees for
    /// the same committee. It may be written once the meeting has taken place, after the minutes too.
    static func evaluate(
        _ db: any Database, _ principal: Principal, meetingID: UUID, visitID: UUID, input f: EvaluationInput, today: CivilDate
    ) async throws -> SuperiorVisit {
        let m = try await MeetingService.find(db, principal, meetingID)
        guard let v = try await SuperiorVisit.find(visitID, on: db), v.$meeting.id == meetingID else {
            throw DomainError.notFound("visit")
        }
        guard try await mayEvaluate(db, principal, v) else { throw DomainError.forbidden() }
        try MeetingCommand.evaluateVisit.check(m.status)
        let evaluation = try f.evaluation()
        let assessment = VietnameseText.normalizeText(f.assessment), takenUp = VietnameseText.normalizeText(f.takenUp)
        try VisitRules.check(name: v.visitorName, position: v.visitorPosition, remarks: assessment, takenUp: takenUp)
        let local = try await SettingsService.effective(db, unitID: m.$unit.id, on: m.date).settings
        return try await db.write { tx in
            try await MeetingService.hold(tx, meetingID, for: .evaluateVisit)
            v.apply(evaluation, local: local)
            v.assessment = assessment
            if let takenUp { v.takenUp = takenUp }
            v.evaluatedOn = today
            try await v.save(on: tx)
            try await Audit.record(
                tx, Actor(principal), action: "meeting.visit.evaluate", entity: "meeting", id: meetingID, unit: m.$unit.id,
                after: [
                    "visit": v.id!.uuidString, "score": String(evaluation.score), "quality": evaluation.quality(local).rawValue,
                ])
            return v
        }
    }

    /// The visitor, or someone holding `oversee` at the committee they came for.
    static func mayEvaluate(_ db: any Database, _ principal: Principal, _ v: SuperiorVisit) async throws -> Bool {
        if v.$account.id == principal.accountID { return true }
        return try await levels(db, principal, cellID: v.$unit.id).contains { $0.id == v.$level.id }
    }

    /// The superiors at a meeting, in the order they were recorded.
    static func forMeeting(_ db: any Database, meetingID: UUID) async throws -> [SuperiorVisit] {
        try await SuperiorVisit.query(on: db).filter(\.$meeting.$id == meetingID).with(\.$level).sort(\.$createdAt).sort(\.$id).all()
    }
}

/// A superior at a meeting, as the page and the API show it.
struct VisitDTO: Content, Equatable {
    let id: UUID
    let meetingId: UUID
    let unitId: UUID
    let date: CivilDate
    let guestId: UUID
    let levelUnitId: UUID
    let levelName: String
    let visitorName: String
    let visitorPosition: String
    let remarks: String?
    let takenUp: String?
    /// Points per criterion, once evaluated.
    let points: [String: Int]?
    let score: Int?
    let quality: MeetingQuality?
    let assessment: String?
    let evaluatedOn: CivilDate?
    /// The superior's band against the cell's own, once evaluated.
    let comparison: EvaluationComparison?

    init(_ v: SuperiorVisit, levelName: String, cellQuality: MeetingQuality?) {
        id = v.id!
        meetingId = v.$meeting.id
        unitId = v.$unit.id
        date = v.meetingDate
        guestId = v.$guest.id
        levelUnitId = v.$level.id
        self.levelName = levelName
        visitorName = v.visitorName
        visitorPosition = v.visitorPosition
        remarks = v.remarks
        takenUp = v.takenUp
        let stored = v.points.compactMapValues { $0 }
        points = v.score == nil ? nil : Dictionary(uniqueKeysWithValues: stored.map { ($0.key.rawValue, $0.value) })
        score = v.score
        quality = v.quality
        assessment = v.assessment
        evaluatedOn = v.evaluatedOn
        comparison = v.quality.map { EvaluationComparison.compare(superior: $0, cell: cellQuality) }
    }
}
