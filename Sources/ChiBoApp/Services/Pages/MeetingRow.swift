import ChiBoCore
import Vapor

/// A meeting as a list shows it: the home page's notices (`HomeView.page`), a cell's year
/// (`MeetingViews.list`), a cell's meetings in its statistics (`StatisticsView.drillDown`), an
/// inspection's period under review (`InspectionPage`).
struct MeetingRow: Content, Equatable {
    let id: UUID?
    let kind: MeetingKind
    let title: String
    let date: CivilDate
    let time: String
    let location: String
    let status: MeetingStatus

    init(_ m: Meeting) {
        id = m.id
        kind = m.kind
        title = m.title
        date = m.date
        time = m.scheduledTime
        location = m.location
        status = m.status
    }

    /// Members may check in now (`MeetingCommand.checkIn`).
    var isOpenForCheckIn: Bool { MeetingCommand.checkIn.allowed.contains(status) }
}
