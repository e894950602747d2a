import Fluent
import Vapor
import ChiBoCore

/// POST /meetings/{id}/tasks, /tasks/{id}/close.
extension MeetingsController {
    struct TaskForm: Content {
        var memberId: String?
        var description: String?
        var dueDate: String?
        var outcome: String?
        var report: String?
        var back: String?
    }

    @Sendable static func assign(req: Request) async throws -> Response {
        let f = try req.content.decode(TaskForm.self)
        return try await act(req) { p, id in
            _ = try await TaskService.assign(req.db, p, meetingID: id, memberID: f.memberId.flatMap { UUID(uuidString: $0) },
                                             description: f.description, dueDate: f.dueDate, today: req.clock.today)
            return nil
        }
    }

    @Sendable static func closeTask(req: Request) async throws -> Response {
        let principal = try req.principal()
        let f = try req.content.decode(TaskForm.self)
        let task = try await TaskService.close(req.db, principal, taskID: try req.id(), outcome: f.outcome, report: f.report, today: req.clock.today)
        return req.redirect(to: SiteURL.safeBack(f.back) ?? SiteURL.member(task.$member.id).path)
    }
}
