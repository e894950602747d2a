import ChiBoCore
import Fluent
import FluentPostgresDriver
import SQLKit
import Vapor

/// The minutes' own facts: times, chair, secretary (neither listed absent), results, next tasks, quality.
extension MeetingService {
    /// The facts of the minutes the secretary fills in before approval.
    struct MinutesFacts: Sendable {
        var startedAt: String?
        var endedAt: String?
        var chairName: String?
        var secretaryName: String?
        var results: String?
        var nextTasks: String?
        var qualityScore: Int?
        var feesCollected: String?
    }

    static func setMinutes(_ db: any Database, _ principal: Principal, id: UUID, facts f: MinutesFacts) async throws -> Meeting {
        let m = try await editable(db, principal, id, for: .writeMinutes)
        var errors: [DomainError] = []
        func time(_ raw: String?, _ field: String) -> LocalDateTime? {
            guard let raw = MemberDraftBlank.of(raw) else { return nil }
            if let t = LocalDateTime(parsing: raw) { return t }
            if let (h, mm) = LocalDateTime.time(raw) { return LocalDateTime(date: m.date, hour: h, minute: mm) }
            errors.append(
                DomainError(
                    .invalid, code: "\(field).invalid", vi: "Giờ không hợp lệ (ví dụ 19:30).",
                    en: "Invalid time (e.g. 19:30).", field: field))
            return nil
        }
        let start = time(f.startedAt, "startedAt") ?? m.startedAt
        let end = time(f.endedAt, "endedAt") ?? m.endedAt
        if let start, let end, end < start {
            errors.append(
                DomainError(
                    .invalid, code: "endedAt.beforeStart", vi: "Giờ kết thúc phải sau giờ bắt đầu.",
                    en: "The end must be after the start.", field: "endedAt"))
        }
        if let s = f.qualityScore, !(0...100).contains(s) {
            errors.append(
                DomainError(
                    .invalid, code: "qualityScore.range", vi: "Điểm chất lượng từ 0 đến 100.",
                    en: "The quality score is 0 to 100.", field: "qualityScore"))
        }
        for (value, field, max) in [
            (f.chairName, "chairName", 100), (f.secretaryName, "secretaryName", 100),
            (f.results, "results", 20_000), (f.nextTasks, "nextTasks", 20_000), (f.feesCollected, "feesCollected", 200),
        ] {
            if (value ?? "").count > max {
                errors.append(DomainError(.invalid, code: "\(field).tooLong", vi: "Nội dung quá dài.", en: "Too long.", field: field))
            }
        }
        // The chair and the meeting secretary were at the meeting: a member the roll lists as
        // absent is refused; a name not on the roll (a guest, the superior's representative) is not.
        let lines = try await MeetingService.roll(db, meetingID: id).map {
            MinutesSigners.Line(fullName: $0.fullName, attendance: $0.attendance)
        }
        errors += MinutesSigners.check(chair: f.chairName, secretary: f.secretaryName, roll: lines, unmarkedIsAbsent: false)
        guard errors.isEmpty else { throw ValidationErrors(errors) }
        // The meeting's band by the cell's committees' rubric of its day.
        let local = try await SettingsService.effective(db, unitID: m.$unit.id, on: m.date).settings
        return try await db.write { tx in
            try await hold(tx, id, for: .writeMinutes)
            let before = MeetingDTO(m)
            if let start { m.startedAt = start }
            if let end, m.status == .ended { m.endedAt = end }
            if let v = f.chairName { m.chairName = VietnameseText.normalizeName(v).nilIfEmpty }
            if let v = f.secretaryName { m.secretaryName = VietnameseText.normalizeName(v).nilIfEmpty }
            if let v = f.results { m.results = v.trimmingCharacters(in: .whitespacesAndNewlines).nilIfEmpty }
            if let v = f.nextTasks { m.nextTasks = v.trimmingCharacters(in: .whitespacesAndNewlines).nilIfEmpty }
            if let v = f.feesCollected { m.feesCollected = VietnameseText.normalizeName(v).nilIfEmpty }
            if let s = f.qualityScore {
                m.qualityScore = s
                m.quality = MeetingQuality.from(score: s, local: local)
            }
            try await m.save(on: tx)
            try await Audit.record(
                tx, Actor(principal), action: "meeting.minutes", entity: "meeting", id: id, unit: m.$unit.id,
                before: before, after: MeetingDTO(m))
            return m
        }
    }
}
