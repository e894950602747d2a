import ChiBoCore
import Fluent
import Vapor

/// POST /api/v1/meetings/{id}/tasks, /api/v1/tasks/{id}/close, GET /api/v1/units/{id}/tasks.
extension MeetingsAPIController {

    @Sendable static func assign(req: Request) async throws -> Response {
        let b = try req.content.decode(TaskInput.self)
        let t = try await TaskService.assign(
            req.db, try req.principal(), meetingID: try req.id(), memberID: try b.member(),
            description: b.description, dueDate: b.dueDate, today: req.clock.today)
        return try await TaskDTO(t, today: req.clock.today).encodeResponse(status: .created, for: req)
    }

    @Sendable static func closeTask(req: Request) async throws -> TaskDTO {
        let b = try req.content.decode(CloseTaskInput.self)
        return TaskDTO(
            try await TaskService.close(
                req.db, try req.principal(), taskID: try req.id(), outcome: b.outcome, report: b.report, today: req.clock.today),
            today: req.clock.today)
    }

    struct TaskList: Content { let items: [TaskDTO] }

    @Sendable static func unitTasks(req: Request) async throws -> TaskList {
        let id = try req.id()
        _ = try await UnitService.find(req.db, try req.principal(), id, for: .readMeetings)
        let today = req.clock.today
        return TaskList(items: try await TaskService.open(req.db, unitID: id).map { TaskDTO($0, today: today) })
    }
}
