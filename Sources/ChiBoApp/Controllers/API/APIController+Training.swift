import ChiBoCore
import Fluent
import Vapor

/// Training and contests: `GET /api/v1/units/{id}/training`, `POST /api/v1/units/{id}/courses|contests`,
/// `GET /api/v1/courses/{id}[?q=]`, `POST /api/v1/courses/{id}/attendees[/{member}]`, `GET /api/v1/contests/{id}[?q=]`,
/// `POST /api/v1/contests/{id}/entrants[/{member}]`, `GET /api/v1/members/{id}/training`.
extension APIController {
    @Sendable static func training(req: Request) async throws -> TrainingPage {
        try await TrainingPage.load(
            req.db, try req.principal(), unitID: try req.id(), year: try UnitsController.year(req), today: req.clock.today)
    }

    @Sendable static func createCourse(req: Request) async throws -> Response {
        let principal = try req.principal()
        let id = try req.id()
        _ = try await UnitService.find(req.db, principal, id, for: .manageUnits)
        let f = try req.content.decode(CourseInput.self)
        let c = try await TrainingService.createCourse(req.db, principal, unitID: id, draft: try f.draft())
        return try await CoursePage.load(req.db, principal, id: c.id!, today: req.clock.today).encodeResponse(status: .created, for: req)
    }

    @Sendable static func createContest(req: Request) async throws -> Response {
        let principal = try req.principal()
        let id = try req.id()
        _ = try await UnitService.find(req.db, principal, id, for: .manageUnits)
        let f = try req.content.decode(ContestInput.self)
        let c = try await TrainingService.createContest(req.db, principal, unitID: id, draft: try f.draft(today: req.clock.today))
        return try await ContestPage.load(req.db, principal, id: c.id!, today: req.clock.today).encodeResponse(status: .created, for: req)
    }

    /// `?q=` searches the candidates (`SubtreeChoice.query`: a text refused is a 422).
    @Sendable static func course(req: Request) async throws -> CoursePage {
        let principal = try req.principal()
        let id = try req.id()
        let q = try SubtreeChoice.query(req.query[String.self, at: "q"])
        return try await CoursePage.load(req.db, principal, id: id, today: req.clock.today, q: q)
    }

    @Sendable static func addAttendees(req: Request) async throws -> CoursePage {
        let f = try req.content.decode(MembersInput.self)
        let principal = try req.principal()
        try await TrainingService.addAttendees(req.db, principal, courseID: try req.id(), memberIDs: try f.ids())
        return try await CoursePage.load(req.db, principal, id: try req.id(), today: req.clock.today)
    }

    @Sendable static func recordAttendance(req: Request) async throws -> CoursePage {
        let f = try req.content.decode(AttendanceInput.self)
        let principal = try req.principal()
        try await TrainingService.recordAttendance(
            req.db, principal, courseID: try req.id(), memberID: try req.id("member"), attendance: try f.attendance(),
            today: req.clock.today)
        return try await CoursePage.load(req.db, principal, id: try req.id(), today: req.clock.today)
    }

    /// `?q=` searches the candidates, as a course's.
    @Sendable static func contest(req: Request) async throws -> ContestPage {
        let principal = try req.principal()
        let id = try req.id()
        let q = try SubtreeChoice.query(req.query[String.self, at: "q"])
        return try await ContestPage.load(req.db, principal, id: id, today: req.clock.today, q: q)
    }

    @Sendable static func addEntrants(req: Request) async throws -> ContestPage {
        let f = try req.content.decode(MembersInput.self)
        let principal = try req.principal()
        try await TrainingService.addEntrants(req.db, principal, contestID: try req.id(), memberIDs: try f.ids())
        return try await ContestPage.load(req.db, principal, id: try req.id(), today: req.clock.today)
    }

    @Sendable static func recordResult(req: Request) async throws -> ContestPage {
        let principal = try req.principal()
        let id = try req.id()
        _ = try await TrainingService.managedContest(req.db, principal, id)
        let f = try req.content.decode(ContestResultInput.self)
        let r = try f.result()
        try await TrainingService.recordResult(
            req.db, principal, contestID: id, memberID: try req.id("member"), prize: r.prize, note: r.note, today: req.clock.today)
        return try await ContestPage.load(req.db, principal, id: id, today: req.clock.today)
    }

    @Sendable static func memberTraining(req: Request) async throws -> MemberTraining {
        let principal = try req.principal()
        let member = try await MemberService.find(req.db, principal, try req.id())
        return try await MemberTraining.load(req.db, principal, member: member, today: req.clock.today)
    }
}
