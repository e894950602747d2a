import ChiBoCore
import Fluent
import Vapor

/// A document on a person's file as pages and the API show it (without its bytes).
struct FileDocumentDTO: Content, Equatable {
    let id: UUID?
    let target: DocumentTarget
    let targetId: UUID
    let filename: String
    let contentType: String
    let size: Int
    let sha256: String
    let uploadedBy: String
    let uploadedAt: Date?

    init(_ d: FileDocument) {
        id = d.id
        target = d.target
        targetId = d.targetID
        filename = d.filename
        contentType = d.contentType
        size = d.size
        sha256 = d.sha256
        uploadedBy = d.uploadedBy
        uploadedAt = d.createdAt
    }
}

/// Documents on a person's file, next to the step or decision they belong to: a sympathiser's
/// admission steps; a member's recognition steps, dated periods (decisions) and, for a member
/// recruited here, the admission file's steps. Read in the scope of the page they are on;
/// attached by whoever may record that step or decision (`AdmissionStep.committeeRecords`,
/// `RecognitionStep.committeeRecords`, `StatusPeriod.committeeRecords`); each upload audited.
enum FileDocumentService {
    /// The documents of a sympathiser's admission file, and of a member's (with their admission
    /// file's when they were recruited here), without their bytes.
    static func list(_ db: any Database, sympathiserID: UUID? = nil, memberID: UUID? = nil) async throws -> [FileDocumentDTO] {
        guard sympathiserID != nil || memberID != nil else { return [] }
        return try await FileDocument.query(on: db)
            .group(.or) { or in
                if let sympathiserID { or.filter(\.$sympathiser.$id == sympathiserID) }
                if let memberID { or.filter(\.$member.$id == memberID) }
            }
            .field(\.$id).field(\.$sympathiser.$id).field(\.$member.$id).field(\.$target).field(\.$targetID).field(\.$filename)
            .field(\.$contentType).field(\.$size).field(\.$sha256).field(\.$uploadedBy).field(\.$createdAt)
            .sort(\.$createdAt).all().map(FileDocumentDTO.init)
    }

    /// Attaches an upload to a step of a sympathiser's admission file.
    static func attach(
        _ db: any Database, _ principal: Principal, sympathiserID: UUID, input: FileDocumentInput
    ) async throws -> FileDocument {
        let s = try await RecruitmentService.find(db, principal, sympathiserID)
        let (target, targetID) = try input.read(defaultTarget: .admissionStep)
        guard target == .admissionStep, let step = try await AdmissionStepRecord.find(targetID, on: db),
            step.$sympathiser.id == sympathiserID
        else { throw DomainError.notFound("step") }
        try await require(principal, step.step.committeeRecords, unit: s.$unit.id, db)
        let doc = FileDocument()
        try doc.keep(try Upload.read(input.file), by: principal)
        doc.$sympathiser.id = sympathiserID
        return try await store(
            db, principal, doc, target: target, id: targetID, entity: "sympathiser", owner: sympathiserID, unit: s.$unit.id)
    }

    /// Attaches an upload to one of a member's periods (its decision), a step of their
    /// recognition file, or a step of the admission file they came through.
    static func attach(_ db: any Database, _ principal: Principal, memberID: UUID, input: FileDocumentInput) async throws -> FileDocument {
        let m = try await MemberService.find(db, principal, memberID)
        let (target, targetID) = try input.read()
        let doc = FileDocument()
        let committee: Bool
        switch target {
        case .statusPeriod:
            guard let p = try await MemberStatusPeriod.find(targetID, on: db), p.$member.id == memberID else {
                throw DomainError.notFound("period")
            }
            committee = p.period.committeeRecords(decidedBy: p.decidedBy)
            doc.$member.id = memberID
        case .recognitionStep:
            guard let r = try await RecognitionStepRecord.find(targetID, on: db), r.$member.id == memberID else {
                throw DomainError.notFound("step")
            }
            committee = r.step.committeeRecords
            doc.$member.id = memberID
        case .admissionStep:
            guard let step = try await AdmissionStepRecord.find(targetID, on: db),
                let s = try await Sympathiser.find(step.$sympathiser.id, on: db), s.$member.id == memberID
            else { throw DomainError.notFound("step") }
            committee = step.step.committeeRecords
            doc.$sympathiser.id = s.id
        }
        try await require(principal, committee, unit: m.$unit.id, db)
        try doc.keep(try Upload.read(input.file), by: principal)
        return try await store(db, principal, doc, target: target, id: targetID, entity: "member", owner: memberID, unit: m.$unit.id)
    }

    /// The committee's steps and decisions are attached to by the committee's staff, the cell's
    /// by whoever writes its members' records; someone who only reads them is refused (403).
    private static func require(_ principal: Principal, _ committee: Bool, unit: UUID, _ db: any Database) async throws {
        guard try await Scope.allows(principal, committee ? .recordDecisions : .writeMembers, unit: unit, on: db) else {
            throw DomainError.forbidden()
        }
    }

    private static func store(
        _ db: any Database, _ principal: Principal, _ doc: FileDocument, target: DocumentTarget, id: UUID, entity: String, owner: UUID,
        unit: UUID
    ) async throws -> FileDocument {
        doc.target = target
        doc.targetID = id
        return try await db.write { tx in
            try await doc.create(on: tx)
            try await Audit.record(
                tx, Actor(principal), action: "\(entity).document", entity: entity, id: owner, unit: unit, before: String?.none,
                after: FileDocumentDTO(doc))
            return doc
        }
    }

    /// A document of a sympathiser's file, for someone who reads the file.
    static func get(_ db: any Database, _ principal: Principal, sympathiserID: UUID, id: UUID) async throws -> FileDocument {
        _ = try await RecruitmentService.find(db, principal, sympathiserID)
        guard let d = try await FileDocument.find(id, on: db), d.$sympathiser.id == sympathiserID else {
            throw DomainError.notFound("document")
        }
        return d
    }

    /// A document of a member's file (or of the admission file they came through), for someone
    /// who reads the member's record.
    static func get(_ db: any Database, _ principal: Principal, memberID: UUID, id: UUID) async throws -> FileDocument {
        _ = try await MemberService.find(db, principal, memberID)
        guard let d = try await FileDocument.find(id, on: db) else { throw DomainError.notFound("document") }
        if d.$member.id == memberID { return d }
        if let sid = d.$sympathiser.id, let s = try await Sympathiser.find(sid, on: db), s.$member.id == memberID { return d }
        throw DomainError.notFound("document")
    }

    /// After the membership's periods are written again (a correction of the record), their
    /// documents follow them to the new rows of the same kind.
    static func follow(_ db: any Database, period old: UUID, to new: UUID) async throws {
        try await FileDocument.query(on: db).filter(\.$target == .statusPeriod).filter(\.$targetID == old).set(\.$targetID, to: new)
            .update()
    }
}
