import ChiBoCore
import Fluent
import Vapor

/// The demo commune's training and contests (seed 000: "tổ chức hội nghị hướng dẫn công tác sinh
/// hoạt chi bộ cho tất cả các Bí thư chi bộ … Hội thi Bí thư chi bộ giỏi"; seed 003: "lớp bồi
/// dưỡng kỹ năng, nghiệp vụ công tác Đảng cho … bí thư, phó bí thư chi bộ"): a course for the
/// cells' secretaries and deputies earlier in the year, which all but two secretaries attended
/// and completed (all but one with a certificate recorded), so the commune's list of those
/// without training names those two; and the year's contest of good secretaries with its prizes.
enum DemoTraining {
    static let organiser = "Đảng ủy xã Thượng Lâm"

    static func load(_ db: any Database, cells: [OrgUnit], commune: UUID, today: CivilDate) async throws {
        let officers = try await TrainingService.secretaries(db, under: commune)
        guard cells.count > 14, officers.count > 8 else { return } // not a rule: the demo needs CB15
        // Early in the year the course and the contest are last year's.
        let late = today.month > 4 // not a rule: a course in March, a contest in April or September
        let y = late ? today.year : today.year - 1
        func day(_ m: Int, _ d: Int) -> CivilDate { CivilDate(year: y, month: m, day: d)! }
        let (start, end) = late ? (day(3, 16), day(3, 20)) : (day(10, 12), day(10, 16))
        let (contestStart, contestEnd) = today.month > 9 || !late ? (day(9, 15), day(9, 16)) : (day(4, 22), day(4, 23)) // not a rule

        let draft = CourseDraft(
            kind: .partyWork, topic: "Bồi dưỡng nghiệp vụ công tác đảng cho bí thư, phó bí thư chi bộ năm \(y)",
            organiser: "\(organiser) phối hợp Trung tâm Chính trị huyện", location: "Hội trường Đảng ủy xã", startOn: start, endOn: end)
        try draft.check()
        let course = Course()
        course.$unit.id = commune
        course.year = draft.year
        course.kind = draft.kind
        course.topic = draft.topic
        course.organiser = draft.organiser
        course.location = draft.location
        course.startOn = draft.startOn
        course.endOn = draft.endOn
        course.createdBy = "Văn phòng Đảng ủy xã Thượng Lâm"
        try await course.create(on: db)

        // The two secretaries kept away (CB10's and CB15's): no training at all.
        let away = Set([cells[9].id!, cells[14].id!])
        let attending = officers.filter { !($0.role == .secretary && away.contains($0.cell.id!)) }
        for (n, o) in attending.enumerated() {
            // The last one's certificate is not recorded yet.
            let certified = n < attending.count - 1
            let attendance = CourseAttendance(
                completed: true, certificateNumber: certified ? "\(n + 1)-GCN/ĐU" : nil,
                certificateDate: certified ? end.adding(days: 3) : nil)
            try attendance.check(courseEnd: end, today: today)
            let a = CourseAttendee()
            a.$course.id = course.id!
            a.$member.id = o.member.id!
            a.completed = attendance.completed
            a.certificateNumber = attendance.certificateNumber
            a.certificateDate = attendance.certificateDate
            a.recordedBy = course.createdBy
            try await a.create(on: db)
        }

        let contestDraft = ContestDraft(name: "Hội thi Bí thư chi bộ giỏi năm \(y)", year: y, startOn: contestStart, endOn: contestEnd)
        try contestDraft.check()
        let contest = Contest()
        contest.$unit.id = commune
        contest.year = y
        contest.name = contestDraft.name
        contest.startOn = contestStart
        contest.endOn = contestEnd
        contest.createdBy = course.createdBy
        try await contest.create(on: db)
        // The secretaries of the first eight cells; the prizes from the first down, the others took part.
        let prizes: [ContestPrize] = [.second, .first, .third, .consolation, .participated, .third, .participated, .consolation]
        let entrants = officers.filter { $0.role == .secretary }.prefix(prizes.count)
        for (o, prize) in zip(entrants, prizes) {
            try TrainingRules.checkResult(contestEnd: contestEnd, today: today)
            let e = ContestEntrant()
            e.$contest.id = contest.id!
            e.$member.id = o.member.id!
            e.$cell.id = o.cell.id!
            e.office = o.role
            e.prize = prize
            e.note = prize == .first ? "Xử lý tình huống tốt, nắm chắc quy trình sinh hoạt chi bộ." : nil
            e.recordedBy = course.createdBy
            try await e.create(on: db)
        }
    }
}
