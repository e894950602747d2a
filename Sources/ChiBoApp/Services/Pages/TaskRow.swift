import ChiBoCore
import Vapor

/// A task with the name of the member it is assigned to: a cell's open tasks (`MeetingViews.list`).
struct TaskRow: Sendable, Equatable {
    let task: TaskDTO
    let memberName: String

    /// From a task read with its member (`TaskService.open`).
    init(_ t: MeetingTask, today: CivilDate) {
        task = TaskDTO(t, today: today)
        memberName = t.member.fullName
    }
}
