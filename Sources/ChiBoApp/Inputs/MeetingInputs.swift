import ChiBoCore
import Foundation
import Vapor

// The inputs of the meeting cycle's commands: each is decoded by the web form's handler and by
// the API's alike (the OpenAPI document describes the API's side of the same type).

/// Creating or changing a meeting: `POST /units/{id}/meetings`, `POST /meetings/{id}/edit`,
/// `POST|PATCH /api/v1/…` — the domain's own draft.
extension MeetingDraft: Content {}

/// Planning a cell's year: `POST /units/{id}/meetings/plan` and its API.
struct PlanInput: Content {
    @Input var year: String?
    @Input var day: String?
    @Input var time: String?
    @Input var location: String?
    /// The four quarters' themes (the web form's `themes[]`).
    var themes: [String?]?

    func plannedYear(default today: CivilDate) throws -> Int {
        try Read.int(year, "year", vi: "Năm", en: "The year") ?? today.year
    }

    /// The day of the month the regular meetings are planned on; the 5th unless the cell says.
    func monthlyDay() throws -> Int {
        try Read.int(day, "day", vi: "Ngày trong tháng", en: "The day of the month") ?? 5 // not a rule: a default the form shows
    }
}

/// The minutes' own facts: `POST /meetings/{id}/minutes`, `PATCH /api/v1/meetings/{id}/minutes`.
struct MinutesInput: Content {
    @Input var startedAt: String?
    @Input var endedAt: String?
    @Input var chairName: String?
    @Input var secretaryName: String?
    @Input var results: String?
    @Input var nextTasks: String?
    @Input var qualityScore: String?
    @Input var feesCollected: String?

    func facts() throws -> MeetingService.MinutesFacts {
        guard let score = qualityScore else { return facts(score: nil) }
        guard let s = Int(score) else {
            throw DomainError(
                .invalid, code: "qualityScore.invalid", vi: "Điểm chất lượng là số từ 0 đến 100.",
                en: "The quality score is a number from 0 to 100.", field: "qualityScore")
        }
        return facts(score: s)
    }

    private func facts(score: Int?) -> MeetingService.MinutesFacts {
        .init(
            startedAt: startedAt, endedAt: endedAt, chairName: chairName, secretaryName: secretaryName, results: results,
            nextTasks: nextTasks, qualityScore: score, feesCollected: feesCollected)
    }
}

/// One member's attendance: `POST /meetings/{id}/attendance/{member}`, `PUT /api/v1/…/attendance/{member}`.
struct MarkInput: Content {
    @Input var attendance: String?
    @Input var reason: String?
}

/// A guest: `POST /meetings/{id}/guests` and its API.
struct GuestInput: Content {
    @Input var name: String?
    @Input var position: String?
    @Input var fromSuperior: String?
}

/// What a speaker said: a member of the roll (`memberId`) or a guest (`speaker`).
struct SpeechInput: Content {
    @Input var memberId: String?
    @Input var speaker: String?
    @Input var content: String?

    func member() throws -> UUID? { try Read.uuid(memberId, "memberId", vi: "Người phát biểu", en: "speaker") }
}

/// Putting a question to the vote.
struct VoteInput: Content {
    @Input var kind: String?
    @Input var subject: String?
    @Input var subjectMemberId: String?
    @Input var mode: String?

    func subjectMember() throws -> UUID? { try Read.uuid(subjectMemberId, "subjectMemberId", vi: "Đảng viên được xét", en: "member") }
}

/// A show of hands counted by the secretary (abstentions may be left blank).
struct TallyInput: Content {
    @Input var inFavour: String?
    @Input var against: String?
    @Input var abstain: String?

    func tally() throws -> Tally {
        func count(_ raw: String?, _ field: String) throws -> Int? {
            guard let raw else { return nil }
            guard let n = Int(raw) else {
                throw DomainError(
                    .invalid, code: "tally.invalid", vi: "Số phiếu phải là số nguyên.", en: "Vote counts are whole numbers.",
                    field: field)
            }
            return n
        }
        guard let f = try count(inFavour, "inFavour"), let a = try count(against, "against") else {
            throw DomainError(
                .invalid, code: "tally.required", vi: "Nhập số tán thành và không tán thành.",
                en: "Give the numbers in favour and against.", field: "tally")
        }
        return Tally(inFavour: f, against: a, abstain: try count(abstain, "abstain") ?? 0)
    }
}

/// Assigning a task to a named member.
struct TaskInput: Content {
    @Input var memberId: String?
    @Input var description: String?
    @Input var dueDate: String?

    func member() throws -> UUID? { try Read.uuid(memberId, "memberId", vi: "Đảng viên", en: "member") }
}

/// Reporting a task done or dropped (`back`: where the web page returns).
struct CloseTaskInput: Content {
    @Input var outcome: String?
    @Input var report: String?
    @Input var back: String?
}

/// A command that carries one text: a check-in code, an agenda item's title, a conclusion, a
/// ballot, an amendment.
struct TextInput: Content {
    @Input var text: String?
    @Input var code: String?
    @Input var title: String?
    @Input var conclusion: String?
    @Input var choice: String?
}

/// A member's check-in code, from the web form or the app's tap (read as it is on the meeting
/// day's hot path, without `Input`).
struct CheckInInput: Content {
    var code: String?
}
