import ChiBoCore
import Fluent
import FluentPostgresDriver
import SQLKit
import Vapor

/// The agenda, what each speaker said, the chair's conclusions.
extension MeetingService {
    static func agenda(_ db: any Database, meetingID: UUID) async throws -> [AgendaItem] {
        try await AgendaItem.query(on: db).filter(\.$meeting.$id == meetingID).with(\.$speeches).sort(\.$position).all()
    }

    static func addAgendaItem(_ db: any Database, _ principal: Principal, meetingID: UUID, title: String?) async throws -> AgendaItem {
        let m = try await editable(db, principal, meetingID)
        let t = VietnameseText.normalizeName(title ?? "")
        if t.isEmpty { throw DomainError.required("title", vi: "nội dung", en: "Title") }
        if t.count > 500 { throw DomainError(.invalid, code: "title.tooLong", vi: "Nội dung quá dài.", en: "Too long.", field: "title") }
        return try await db.write { tx in
            try await hold(tx, meetingID, for: .prepare)
            let last = try await AgendaItem.query(on: tx).filter(\.$meeting.$id == meetingID).sort(\.$position, .descending).first()
            let item = AgendaItem()
            item.$meeting.id = meetingID
            item.position = (last?.position ?? 0) + 1
            item.title = t
            try await item.create(on: tx)
            try await Audit.record(
                tx, Actor(principal), action: "meeting.agenda.add", entity: "meeting", id: meetingID,
                unit: m.$unit.id, after: ["title": t])
            return item
        }
    }

    static func item(_ db: any Database, _ principal: Principal, meetingID: UUID, itemID: UUID) async throws -> (Meeting, AgendaItem) {
        let m = try await editable(db, principal, meetingID)
        guard let item = try await AgendaItem.find(itemID, on: db), item.$meeting.id == meetingID else {
            throw DomainError.notFound("agendaItem")
        }
        return (m, item)
    }

    static func removeAgendaItem(_ db: any Database, _ principal: Principal, meetingID: UUID, itemID: UUID) async throws {
        let (m, item) = try await item(db, principal, meetingID: meetingID, itemID: itemID)
        try await db.write { tx in
            try await hold(tx, meetingID, for: .prepare)
            try await Speech.query(on: tx).filter(\.$item.$id == itemID).delete()
            try await item.delete(on: tx)
            try await Audit.record(
                tx, Actor(principal), action: "meeting.agenda.remove", entity: "meeting", id: meetingID,
                unit: m.$unit.id, after: ["title": item.title])
        }
    }

    static func setConclusion(_ db: any Database, _ principal: Principal, meetingID: UUID, itemID: UUID, conclusion: String?) async throws {
        let (m, item) = try await item(db, principal, meetingID: meetingID, itemID: itemID)
        let c = (conclusion ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if c.count > 10_000 {
            throw DomainError(.invalid, code: "conclusion.tooLong", vi: "Kết luận quá dài.", en: "Too long.", field: "conclusion")
        }
        try await db.write { tx in
            try await hold(tx, meetingID, for: .prepare)
            let before = item.conclusion
            item.conclusion = c.isEmpty ? nil : c
            try await item.save(on: tx)
            try await Audit.record(
                tx, Actor(principal), action: "meeting.agenda.conclusion", entity: "meeting", id: meetingID,
                unit: m.$unit.id, before: ["conclusion": before ?? ""], after: ["conclusion": c])
        }
    }

    /// Records who spoke on an item: a member of the roll (by id) or a guest (by name).
    static func addSpeech(
        _ db: any Database, _ principal: Principal, meetingID: UUID, itemID: UUID, memberID: UUID?,
        speaker: String?, content: String?
    ) async throws -> Speech {
        let (m, _) = try await item(db, principal, meetingID: meetingID, itemID: itemID)
        try MeetingCommand.recordSpeech.check(m.status)
        var name = VietnameseText.normalizeName(speaker ?? "")
        if let memberID {
            guard
                let row = try await MeetingAttendance.query(on: db).filter(\.$meeting.$id == meetingID)
                    .filter(\.$member.$id == memberID).first()
            else {
                throw DomainError(
                    .invalid, code: "memberId.notOnRoll", vi: "Người phát biểu không có trong danh sách buổi sinh hoạt.",
                    en: "The speaker is not on the roll.", field: "memberId")
            }
            name = row.fullName
        }
        if name.isEmpty { throw DomainError.required("speaker", vi: "người phát biểu", en: "Speaker") }
        let speakerName = name
        let text = (content ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty { throw DomainError.required("content", vi: "nội dung phát biểu", en: "What was said") }
        if text.count > 10_000 || name.count > 150 {
            throw DomainError(.invalid, code: "content.tooLong", vi: "Nội dung quá dài.", en: "Too long.", field: "content")
        }
        return try await db.write { tx in
            try await hold(tx, meetingID, for: .recordSpeech)
            let last = try await Speech.query(on: tx).filter(\.$item.$id == itemID).sort(\.$position, .descending).first()
            let s = Speech()
            s.$item.id = itemID
            s.speaker = speakerName
            s.$member.id = memberID
            s.content = text
            s.position = (last?.position ?? 0) + 1
            try await s.create(on: tx)
            try await Audit.record(
                tx, Actor(principal), action: "meeting.speech", entity: "meeting", id: meetingID, unit: m.$unit.id,
                after: ["speaker": speakerName, "content": text])
            return s
        }
    }
}
