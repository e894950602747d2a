import ChiBoCore
import Foundation
import Vapor

/// A course: `POST /units/{id}/courses` (the form and the API).
struct CourseInput: Content {
    @Input var kind: String?
    @Input var topic: String?
    @Input var organiser: String?
    @Input var location: String?
    @Input var startOn: String?
    @Input var endOn: String?

    /// The course checked: the fields' readings and the rules' checks, every problem at once.
    func draft() throws -> CourseDraft {
        var errors: [DomainError] = []
        let kind = Read.collect(&errors) { try Read.pick(self.kind, "kind", as: CourseKind.self, vi: "loại lớp", en: "kind of course") }
        let startOn = Read.collect(&errors) { try Read.date(self.startOn, "startOn", vi: "Ngày khai giảng", en: "The first day") }
        let endOn = Read.collect(&errors) { try Read.date(self.endOn, "endOn", vi: "Ngày kết thúc", en: "The last day") }
        // The text checks run even when a date could not be read (then without the order of the days).
        let day = startOn ?? endOn ?? CivilDate(year: 2000, month: 1, day: 1)!
        let draft = CourseDraft(
            kind: kind ?? .other, topic: topic ?? "", organiser: organiser ?? "", location: location,
            startOn: startOn ?? day, endOn: endOn ?? startOn ?? day)
        do { try draft.check() } catch { errors += error.errors }
        guard errors.isEmpty else { throw ValidationErrors(errors) }
        return draft
    }
}

/// A contest: `POST /units/{id}/contests`.
struct ContestInput: Content {
    @Input var name: String?
    @Input var year: String?
    @Input var startOn: String?
    @Input var endOn: String?

    func draft(today: CivilDate) throws -> ContestDraft {
        var errors: [DomainError] = []
        let startOn = Read.collect(&errors) { try Read.date(self.startOn, "startOn", vi: "Ngày bắt đầu", en: "The first day") }
        let endOn = Read.collect(&errors) { try Read.date(self.endOn, "endOn", vi: "Ngày kết thúc", en: "The last day") }
        let year = Read.collect(&errors) { try Read.year(self.year, default: startOn?.year ?? today.year) } ?? startOn?.year ?? today.year
        let day = startOn ?? endOn ?? CivilDate(year: year, month: 1, day: 1)!
        let draft = ContestDraft(name: name ?? "", year: year, startOn: startOn ?? day, endOn: endOn ?? startOn ?? day)
        do { try draft.check() } catch {
            // Without both days, only what does not depend on them.
            errors += error.errors.filter { startOn != nil && endOn != nil || $0.field == "name" }
        }
        guard errors.isEmpty else { throw ValidationErrors(errors) }
        return draft
    }
}

/// Members added to a course or a contest: `POST /courses/{id}/attendees`,
/// `POST /contests/{id}/entrants`. `members` is an array of member ids (the form's `members[]`; a
/// blank choice is nothing), or one id, or ids separated by commas.
struct MembersInput: Content {
    var members: [String]?

    enum CodingKeys: String, CodingKey { case members }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        members = c.team(forKey: .members)
    }

    func ids() throws -> [UUID] {
        let raw = (members ?? []).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return try raw.map { try Read.choice($0, "members") }
    }
}

/// Whether an attendee completed the course, and their certificate: `POST /courses/{id}/attendees/{member}`.
struct AttendanceInput: Content {
    @Input var completed: String?
    @Input var certificateNumber: String?
    @Input var certificateDate: String?

    func attendance() throws -> CourseAttendance {
        CourseAttendance(
            completed: Read.flag(completed), certificateNumber: certificateNumber,
            certificateDate: try Read.optionalDate(
                certificateDate, "certificateDate", vi: "Ngày cấp chứng nhận", en: "The certificate's date"))
    }
}

/// An entrant's result: `POST /contests/{id}/entrants/{member}`.
struct ContestResultInput: Content {
    @Input var prize: String?
    @Input var note: String?

    func result() throws -> (prize: ContestPrize, note: String?) {
        (try Read.pick(prize, "prize", as: ContestPrize.self, vi: "kết quả", en: "result"), note)
    }
}
