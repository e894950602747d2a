import ChiBoCore
import Fluent
import Vapor

/// POST /meetings/{id}/tasks, /tasks/{id}/close.
extension MeetingsController {

    @Sendable static func assign(req: Request) async throws -> Response {
        let f = try req.content.decode(TaskInput.self)
        return try await act(req) { p, id in
            _ = try await TaskService.assign(
                req.db, p, meetingID: id, memberID: try f.member(),
                description: f.description, dueDate: f.dueDate, today: req.clock.today)
            return nil
        }
    }

    @Sendable static func closeTask(req: Request) async throws -> Response {
        let principal = try req.principal()
        let f = try req.content.decode(CloseTaskInput.self)
        let task = try await TaskService.close(
            req.db, principal, taskID: try req.id(), outcome: f.outcome, report: f.report, today: req.clock.today)
        return req.redirect(to: SiteURL.safeBack(f.back) ?? SiteURL.member(task.$member.id).path)
    }
}
