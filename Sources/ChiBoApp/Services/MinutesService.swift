import ChiBoCore
import Crypto
import Fluent
import SQLKit
import Vapor

/// Approving and locking the minutes, document numbers, amendments, and the hash chain that
/// makes tampering detectable (`chibo verify`).
enum MinutesService {
    /// Everything the minutes say, in a canonical form: what is hashed and what documents print.
    struct Snapshot: Codable, Equatable, Sendable {
        var meeting: MeetingDTO
        var unitName: String
        /// The document header and signer as they were at approval.
        var superior: String
        var place: String
        var cellSecretary: String?
        var roll: [RollEntryDTO]
        var guests: [GuestDTO]
        var agenda: [AgendaItemDTO]
        var votes: [VoteDTO]
        var tasks: [TaskDTO]
        var minutesNumber: String?
        var resolutionNumber: String?
        /// The superiors' remarks to the meeting, as the minutes record them; absent when none
        /// spoke (so the minutes locked before superiors were recorded keep their hashes).
        var visits: [VisitRemarks]?
        /// The meeting's documents, each with the SHA-256 of its bytes (hash input version 2);
        /// absent in the minutes locked before (version 1), which keep their hashes.
        var attachments: [AttachedFile]?
    }

    /// A document attached to the meeting, as the minutes lock it.
    struct AttachedFile: Codable, Equatable, Sendable {
        var id: UUID
        var filename: String
        var size: Int
        /// Of the bytes themselves, not the stored column.
        var sha256: String
    }

    /// A superior's remarks, in the minutes.
    struct VisitRemarks: Codable, Equatable, Sendable {
        var name: String
        var position: String
        /// The committee they spoke for.
        var level: String
        var remarks: String
    }

    static func snapshot(_ db: any Database, meeting m: Meeting, numbers: (String?, String?)) async throws -> Snapshot {
        let id = m.id!
        let escalate = VoteService.escalateAfter(m)
        let date = m.date
        var guests = try await MeetingGuest.query(on: db).filter(\.$meeting.$id == id).all().map(GuestDTO.init)
        guests.sort { ($0.name, $0.position, $0.id?.uuidString ?? "") < ($1.name, $1.position, $1.id?.uuidString ?? "") }
        let unit = try await OrgUnit.find(m.$unit.id, on: db)
        let parent = try await unit?.$parent.id.asyncMap { try await OrgUnit.find($0, on: db) } ?? nil
        let secretary = try await UnitService.officers(db, unitID: m.$unit.id).first { $0.0.role == .secretary }?.1.fullName
        let visits = try await VisitService.forMeeting(db, meetingID: id).compactMap { v in
            v.remarks.map { VisitRemarks(name: v.visitorName, position: v.visitorPosition, level: v.level.name, remarks: $0) }
        }
        return Snapshot(
            meeting: MeetingDTO(m),
            unitName: unit?.name ?? "",
            superior: parent?.name ?? "",
            place: MeetingPlace.of(parent?.name ?? unit?.name ?? ""),
            cellSecretary: secretary,
            roll: try await MeetingService.roll(db, meetingID: id).map(RollEntryDTO.init),
            guests: guests,
            agenda: try await MeetingService.agenda(db, meetingID: id).map(AgendaItemDTO.init),
            votes: try await VoteService.votes(db, meetingID: id).sorted {
                ($0.createdAt ?? .distantPast, $0.id?.uuidString ?? "") < ($1.createdAt ?? .distantPast, $1.id?.uuidString ?? "")
            }
            .map { VoteDTO($0, escalateAfter: escalate) },
            // Tasks are as assigned: their later progress is not part of the minutes.
            tasks: try await TaskService.forMeeting(db, meetingID: id).map { t in
                TaskDTO(
                    id: t.id, unitId: t.$unit.id, meetingId: t.$meeting.id, memberId: t.$member.id, description: t.description,
                    dueDate: t.dueDate, status: .open, report: nil, closedOn: nil, overdue: false)
            }.sorted {
                ($0.dueDate.iso, $0.description, $0.id?.uuidString ?? "") < ($1.dueDate.iso, $1.description, $1.id?.uuidString ?? "")
            },
            minutesNumber: numbers.0, resolutionNumber: numbers.1, visits: visits.isEmpty ? nil : visits,
            attachments: try await attachedFiles(db, meetingID: id)
        )
        .normalised(date: date)
    }

    /// The meeting's documents with the hashes of their bytes, in a fixed order.
    static func attachedFiles(_ db: any Database, meetingID: UUID) async throws -> [AttachedFile] {
        try await Attachment.query(on: db).filter(\.$meeting.$id == meetingID).all()
            .map { AttachedFile(id: $0.id!, filename: $0.filename, size: $0.data.count, sha256: SHA256.hash(data: $0.data).hex) }
            .sorted { ($0.filename, $0.id.uuidString) < ($1.filename, $1.id.uuidString) }
    }

    static func canonical<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// Version 1 (records locked before M024): SHA-256 over the previous hash, the content and who
    /// signed it when, with which number.
    static func hash(prev: String, content: String, signedBy: String, signedOn: String, docNumber: String?) -> String {
        let input = [prev, content, signedBy, signedOn, docNumber ?? ""].joined(separator: "\n")
        return SHA256.hash(data: Data(input.utf8)).hex
    }

    /// The hash input of new records: version 2 adds the signer's account id (a display name can be
    /// anyone's); the minutes' content holds the attachments' hashes.
    static let currentHashVersion = 2

    /// Version 2: a tag, then version 1's parts with the signer's account after the name.
    static func hashV2(
        prev: String, content: String, signedBy: String, signerAccountID: UUID?, signedOn: String, docNumber: String?
    )
        -> String
    {
        let account = signerAccountID?.uuidString.lowercased() ?? ""
        let input = ["chibo-record-v2", prev, content, signedBy, account, signedOn, docNumber ?? ""].joined(separator: "\n")
        return SHA256.hash(data: Data(input.utf8)).hex
    }

    /// A record's hash by its own version; nil for a version this code does not know.
    static func expectedHash(_ r: LockedRecord) -> String? {
        switch r.hashVersion ?? 1 {
        case 1: hash(prev: r.prevHash, content: r.content, signedBy: r.signedBy, signedOn: r.signedOn, docNumber: r.docNumber)
        case 2:
            hashV2(
                prev: r.prevHash, content: r.content, signedBy: r.signedBy, signerAccountID: r.signerAccountID, signedOn: r.signedOn,
                docNumber: r.docNumber)
        default: nil
        }
    }

    static let genesis = String(repeating: "0", count: 64)

    /// The next number of a document type for a unit in its current committee term.
    static func nextNumber(_ db: any Database, unit: OrgUnit, type: String) async throws -> DocumentNumber {
        let sql = db as! any SQLDatabase
        let term = unit.termLabel.isEmpty ? "-" : unit.termLabel
        let rows = try await sql.raw(
            """
            UPDATE document_numbers SET last_sequence = last_sequence + 1
            WHERE unit_id = \(bind: unit.id!) AND term_label = \(bind: term) AND doc_type = \(bind: type)
            RETURNING last_sequence
            """
        ).all()
        if let row = rows.first {
            return DocumentNumber(sequence: try row.decode(column: "last_sequence", as: Int.self), type: type, issuerCode: unit.code)
        }
        let counter = DocumentCounter()
        counter.$unit.id = unit.id!
        counter.termLabel = term
        counter.docType = type
        counter.lastSequence = 1
        try await counter.create(on: db)
        return DocumentNumber(sequence: 1, type: type, issuerCode: unit.code)
    }

    /// Appends a record to the unit's chain.
    static func append(
        _ db: any Database, unitID: UUID, meetingID: UUID, kind: LockedRecordKind, content: String, signedBy: String,
        signerAccountID: UUID?, signedOn: CivilDate, docNumber: String?
    ) async throws -> LockedRecord {
        let last = try await LockedRecord.query(on: db).filter(\.$unit.$id == unitID).sort(\.$sequence, .descending).first()
        let prev = last?.hash ?? genesis
        let r = LockedRecord()
        r.$unit.id = unitID
        r.sequence = (last?.sequence ?? 0) + 1
        r.kind = kind
        r.$meeting.id = meetingID
        r.content = content
        r.prevHash = prev
        r.signedBy = signedBy
        r.signerAccountID = signerAccountID
        r.signedOn = signedOn.iso
        r.docNumber = docNumber
        r.hashVersion = currentHashVersion
        r.hash = expectedHash(r)!
        try await r.create(on: db)
        return r
    }

    /// The cell approves the minutes at the meeting: they get their numbers and are locked.
    static func approve(_ db: any Database, _ principal: Principal, id: UUID, today: CivilDate) async throws -> Meeting {
        let m = try await MeetingService.editable(db, principal, id, for: .approve)
        var errors: [DomainError] = []
        if m.chairName == nil {
            errors.append(.required("chairName", vi: "người chủ trì", en: "Chair"))
        }
        if m.secretaryName == nil {
            errors.append(.required("secretaryName", vi: "thư ký buổi sinh hoạt", en: "Meeting secretary"))
        }
        // Members away and exempt members are not expected; an exempt member left unmarked is absent.
        let roll = try await MeetingService.roll(db, meetingID: id)
        let unmarked = roll.filter { $0.attendance == nil && $0.transfer != .outgoing && !$0.exempt }
        if !unmarked.isEmpty {
            let names = unmarked.prefix(5).map(\.fullName).joined(separator: ", ")
            errors.append(
                DomainError(
                    .invalid, code: "roll.unmarked", vi: "Chưa điểm danh: \(names)\(unmarked.count > 5 ? "…" : "").",
                    en: "Attendance not taken for: \(names)\(unmarked.count > 5 ? "…" : "").", field: "roll"))
        }
        // The chair and the meeting secretary sign the minutes: neither may be listed absent, now
        // that the roll is complete (the attendance may have changed since their names were saved).
        errors += MinutesSigners.check(
            chair: m.chairName, secretary: m.secretaryName,
            roll: roll.map { MinutesSigners.Line(fullName: $0.fullName, attendance: $0.attendance) }, unmarkedIsAbsent: true)
        if try await Vote.query(on: db).filter(\.$meeting.$id == id).filter(\.$status == .open).first() != nil {
            errors.append(DomainError(.invalid, code: "vote.open", vi: "Còn biểu quyết chưa kết thúc.", en: "A vote is still open."))
        }
        guard errors.isEmpty else { throw ValidationErrors(errors) }
        guard let unit = try await OrgUnit.find(m.$unit.id, on: db) else { throw DomainError.notFound() }
        let signer = principal.displayName
        return try await db.write { tx in
            // Only one approval wins: the status moves from ended to locked exactly once.
            let sql = tx as! any SQLDatabase
            let won = try await sql.raw(
                """
                UPDATE meetings SET status = \(bind: MeetingStatus.locked.rawValue) WHERE id = \(bind: id) AND status = \(bind: MeetingStatus.ended.rawValue) RETURNING id
                """
            ).all()
            guard !won.isEmpty else {
                throw DomainError(
                    .conflict, code: "meeting.alreadyLocked", vi: "Biên bản đã được thông qua.", en: "The minutes are already approved.")
            }
            let minutes = try await nextNumber(tx, unit: unit, type: "BB")
            let resolution = try await nextNumber(tx, unit: unit, type: "NQ")
            m.status = MeetingStatus.locked
            try await m.save(on: tx)
            let snap = try await snapshot(tx, meeting: m, numbers: (minutes.text, resolution.text))
            _ = try await append(
                tx, unitID: unit.id!, meetingID: id, kind: .minutes, content: try canonical(snap), signedBy: signer,
                signerAccountID: principal.accountID, signedOn: today, docNumber: minutes.text + " | " + resolution.text)
            try await Audit.record(
                tx, Actor(principal), action: "meeting.lock", entity: "meeting", id: id, unit: unit.id,
                after: ["minutes": minutes.text, "resolution": resolution.text])
            return m
        }
    }

    struct Amendment: Codable, Sendable {
        let meetingId: UUID
        let text: String
        let signedBy: String
        let date: String
    }

    /// A dated, signed correction to locked minutes; the original stays as it was.
    static func amend(_ db: any Database, _ principal: Principal, id: UUID, text: String?, today: CivilDate) async throws -> LockedRecord {
        let m = try await MeetingService.find(db, principal, id, for: .runMeetings)
        try MeetingCommand.amend.check(m.status)
        let body = (text ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if body.isEmpty { throw DomainError.required("text", vi: "nội dung đính chính", en: "Amendment text") }
        if body.count > 10_000 {
            throw DomainError(.invalid, code: "text.tooLong", vi: "Nội dung quá dài.", en: "Too long.", field: "text")
        }
        let a = Amendment(meetingId: id, text: body, signedBy: principal.displayName, date: today.iso)
        return try await db.write { tx in
            let r = try await append(
                tx, unitID: m.$unit.id, meetingID: id, kind: .amendment, content: try canonical(a),
                signedBy: principal.displayName, signerAccountID: principal.accountID, signedOn: today, docNumber: nil)
            try await Audit.record(
                tx, Actor(principal), action: "meeting.amend", entity: "meeting", id: id, unit: m.$unit.id,
                after: a)
            return r
        }
    }

    static func records(_ db: any Database, meetingID: UUID) async throws -> [LockedRecord] {
        try await LockedRecord.query(on: db).filter(\.$meeting.$id == meetingID).sort(\.$sequence).all()
    }

    /// The locked snapshot of a meeting's minutes.
    static func locked(_ db: any Database, meetingID: UUID) async throws -> Snapshot? {
        guard
            let r = try await LockedRecord.query(on: db).filter(\.$meeting.$id == meetingID).filter(\.$kind == .minutes)
                .sort(\.$sequence).first()
        else { return nil }
        return try JSONDecoder().decode(Snapshot.self, from: Data(r.content.utf8))
    }

    struct Problem: Sendable, Equatable, CustomStringConvertible {
        let unitID: UUID
        let sequence: Int
        let what: String
        /// The unit's code and name, filled in by `verify` for the units with a problem.
        var unit: String? = nil
        var description: String {
            "unit \(unit.map { "\($0) " } ?? "")(\(unitID.uuidString.lowercased())) record \(sequence): \(what)"
        }
    }

    /// Walks every chain and every locked meeting, and reports every break it finds: a changed
    /// record, a broken link, minutes whose tables (or documents) no longer match what was locked,
    /// and, against an anchor kept outside the database (`RecordAnchor`), records deleted from a
    /// chain's end, a rewritten chain or an older backup restored. Reads only.
    static func verify(_ db: any Database, anchor: [RecordAnchor.Head] = []) async throws -> (checked: Int, problems: [Problem]) {
        let all = try await LockedRecord.query(on: db).sort(\.$unit.$id).sort(\.$sequence).all()
        var problems: [Problem] = []
        var lastByUnit: [UUID: LockedRecord] = [:]
        for r in all {
            let unit = r.$unit.id
            func problem(_ what: String) { problems.append(Problem(unitID: unit, sequence: r.sequence, what: what)) }
            let expectedPrev = lastByUnit[unit]?.hash ?? genesis
            let expectedSeq = (lastByUnit[unit]?.sequence ?? 0) + 1
            if r.sequence != expectedSeq { problem("missing record before it") }
            if r.prevHash != expectedPrev { problem("link to the previous record broken") }
            switch expectedHash(r) {
            case nil: problem("hash version \(r.hashVersion ?? 1) unknown to this version of ChiBo")
            case let h? where h != r.hash: problem("content changed after locking")
            default: break
            }
            if r.kind == .minutes {
                do {
                    if let what = try await minutesDiffer(db, r) { problem(what) }
                } catch {
                    problem("the meeting's tables could not be read: \(String(describing: error))")
                }
            }
            if r.kind == .amendment {
                if let a = try? JSONDecoder().decode(Amendment.self, from: Data(r.content.utf8)) {
                    if a.meetingId != r.$meeting.id { problem("amendment attached to another meeting") }
                } else {
                    problem("the amendment's content is not readable")
                }
            }
            lastByUnit[unit] = r
        }
        // Every locked meeting has exactly one approved record.
        let lockedMeetings = try await Meeting.query(on: db).filter(\.$status == MeetingStatus.locked).all()
        var approved: [UUID: Int] = [:]
        for r in all where r.kind == .minutes { approved[r.$meeting.id, default: 0] += 1 }
        for m in lockedMeetings where approved[m.id!] != 1 {
            problems.append(
                Problem(
                    unitID: m.$unit.id, sequence: 0,
                    what: "meeting \(m.id!.uuidString.lowercased()) is locked with \(approved[m.id!] ?? 0) approved records"))
        }
        problems += RecordAnchor.check(anchor, against: all)
        // Name the units concerned.
        let ids = Array(Set(problems.map(\.unitID)))
        let units = ids.isEmpty ? [] : try await OrgUnit.query(on: db).filter(\.$id ~~ ids).all()
        let labels = Dictionary(uniqueKeysWithValues: units.map { ($0.id!, "\($0.code) \($0.name)") })
        for i in problems.indices { problems[i].unit = labels[problems[i].unitID] }
        return (all.count, problems)
    }

    /// What differs between approved minutes and the meeting's tables now, if anything.
    private static func minutesDiffer(_ db: any Database, _ r: LockedRecord) async throws -> String? {
        guard let stored = try? JSONDecoder().decode(Snapshot.self, from: Data(r.content.utf8)) else {
            return "the locked minutes are not readable"
        }
        guard let m = try await Meeting.find(r.$meeting.id, on: db) else { return "the meeting is missing" }
        if m.status != .locked { return "the meeting is no longer locked (\(m.status.rawValue))" }
        var now = try await snapshot(db, meeting: m, numbers: (stored.minutesNumber, stored.resolutionNumber))
        // The unit's name, its superior and its secretary may change later: the record keeps them as they were.
        now.unitName = stored.unitName
        now.superior = stored.superior
        now.place = stored.place
        now.cellSecretary = stored.cellSecretary
        // Minutes locked before version 2 did not hold the documents.
        if (r.hashVersion ?? 1) < 2 { now.attachments = stored.attachments }
        if now.attachments != stored.attachments {
            return "the meeting's documents differ from those locked with the minutes"
        }
        return try canonical(now) != canonical(stored) ? "the meeting's tables differ from the locked minutes" : nil
    }
}

extension MinutesService.Snapshot {
    /// Fields that do not belong to the record's meaning are fixed, so that a re-read compares equal.
    func normalised(date: CivilDate) -> Self {
        var s = self
        s.roll.sort { ($0.fullName, $0.memberId.uuidString) < ($1.fullName, $1.memberId.uuidString) }
        return s
    }
}
