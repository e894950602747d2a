import ChiBoCore
import Fluent
import Vapor

/// Training and contests for cell secretaries: GET /units/{id}/training[?year=],
/// POST /units/{id}/courses|contests, GET /courses/{id}, POST /courses/{id}/attendees[/{member}],
/// GET /contests/{id}, POST /contests/{id}/entrants[/{member}]; a course's and a contest's page take
/// `?q=` to search whom to add (`SubtreeChoice`).
enum TrainingController {
    @Sendable static func list(req: Request) async throws -> HTMLPage {
        let page = try await TrainingPage.load(
            req.db, try req.principal(), unitID: try req.id(), year: try UnitsController.year(req), today: req.clock.today)
        return HTMLPage(TrainingViews.list(await req.pageContext(), page))
    }

    @Sendable static func createCourse(req: Request) async throws -> Response {
        let principal = try req.principal()
        let id = try req.id()
        _ = try await UnitService.find(req.db, principal, id, for: .manageUnits)
        let f = try req.content.decode(CourseInput.self)
        switch try await req.attempt({ try await TrainingService.createCourse(req.db, principal, unitID: id, draft: try f.draft()) }) {
        case .success(let c): return req.redirect(to: SiteURL.course(c.id).path)
        case .failure(let failure):
            let year = (try? f.draft().year) ?? req.clock.today.year
            return try await listAgain(req, principal, id, year: year, errors: failure.errors, course: f)
        }
    }

    @Sendable static func createContest(req: Request) async throws -> Response {
        let principal = try req.principal()
        let id = try req.id()
        _ = try await UnitService.find(req.db, principal, id, for: .manageUnits)
        let f = try req.content.decode(ContestInput.self)
        let today = req.clock.today
        switch try await req.attempt({
            try await TrainingService.createContest(req.db, principal, unitID: id, draft: try f.draft(today: today))
        }) {
        case .success(let c): return req.redirect(to: SiteURL.contest(c.id).path)
        case .failure(let failure):
            let year = (try? Read.year(f.year, default: today.year)) ?? today.year
            return try await listAgain(req, principal, id, year: year, errors: failure.errors, contest: f)
        }
    }

    /// The unit's page again with a refused form's errors and what was typed.
    private static func listAgain(
        _ req: Request, _ principal: Principal, _ id: UUID, year: Int, errors: [DomainError], course: CourseInput? = nil,
        contest: ContestInput? = nil
    ) async throws -> Response {
        let page = try await TrainingPage.load(req.db, principal, unitID: id, year: year, today: req.clock.today)
        return try await HTMLPage(
            TrainingViews.list(await req.pageContext(), page, errors: errors, course: course, contest: contest),
            status: .unprocessableEntity
        ).encodeResponse(for: req)
    }

    /// A course's page, its candidates searched with `?q=`; a text refused shows the page with the error.
    @Sendable static func course(req: Request) async throws -> Response {
        let principal = try req.principal()
        let id = try req.id()
        return try await req.choicePage { q, errors in
            let page = try await CoursePage.load(req.db, principal, id: id, today: req.clock.today, q: q)
            return TrainingViews.course(await req.pageContext(), page, errors: errors)
        }
    }

    /// A contest's page, its candidates searched with `?q=`, as a course's.
    @Sendable static func contest(req: Request) async throws -> Response {
        let principal = try req.principal()
        let id = try req.id()
        return try await req.choicePage { q, errors in
            let page = try await ContestPage.load(req.db, principal, id: id, today: req.clock.today, q: q)
            return TrainingViews.contest(await req.pageContext(), page, errors: errors)
        }
    }

    @Sendable static func addAttendees(req: Request) async throws -> Response {
        let f = try req.content.decode(MembersInput.self)
        return try await onCourse(req) { p, id in
            try await TrainingService.addAttendees(req.db, p, courseID: id, memberIDs: try f.ids())
        }
    }

    @Sendable static func recordAttendance(req: Request) async throws -> Response {
        let f = try req.content.decode(AttendanceInput.self)
        let member = try req.id("member")
        return try await onCourse(req) { p, id in
            try await TrainingService.recordAttendance(
                req.db, p, courseID: id, memberID: member, attendance: try f.attendance(), today: req.clock.today)
        }
    }

    @Sendable static func addEntrants(req: Request) async throws -> Response {
        let f = try req.content.decode(MembersInput.self)
        return try await onContest(req) { p, id in
            try await TrainingService.addEntrants(req.db, p, contestID: id, memberIDs: try f.ids())
        }
    }

    @Sendable static func recordResult(req: Request) async throws -> Response {
        _ = try await TrainingService.managedContest(req.db, try req.principal(), try req.id())
        let f = try req.content.decode(ContestResultInput.self)
        let member = try req.id("member")
        return try await onContest(req) { p, id in
            let r = try f.result()
            try await TrainingService.recordResult(
                req.db, p, contestID: id, memberID: member, prize: r.prize, note: r.note, today: req.clock.today)
        }
    }

    /// Runs a command on the course and shows it again: its page, or its errors.
    private static func onCourse(_ req: Request, _ body: @escaping (Principal, UUID) async throws -> Void) async throws -> Response {
        let principal = try req.principal()
        let id = try req.id()
        switch try await req.attempt({ try await body(principal, id) }) {
        case .success: return req.redirect(to: SiteURL.course(id).path)
        case .failure(let failure):
            let page = try await CoursePage.load(req.db, principal, id: id, today: req.clock.today)
            return try await HTMLPage(
                TrainingViews.course(await req.pageContext(), page, errors: failure.errors), status: .unprocessableEntity
            ).encodeResponse(for: req)
        }
    }

    private static func onContest(_ req: Request, _ body: @escaping (Principal, UUID) async throws -> Void) async throws -> Response {
        let principal = try req.principal()
        let id = try req.id()
        switch try await req.attempt({ try await body(principal, id) }) {
        case .success: return req.redirect(to: SiteURL.contest(id).path)
        case .failure(let failure):
            let page = try await ContestPage.load(req.db, principal, id: id, today: req.clock.today)
            return try await HTMLPage(
                TrainingViews.contest(await req.pageContext(), page, errors: failure.errors), status: .unprocessableEntity
            ).encodeResponse(for: req)
        }
    }
}
