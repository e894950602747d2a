import Foundation

/// A task assigned at a meeting: open until it is reported done or dropped.
public enum TaskStatus: String, Sendable, CaseIterable, Codable, Labelled {
    case open, done, dropped

    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.open, .vi): "Đang thực hiện"
        case (.open, .en): "Open"
        case (.done, .vi): "Đã hoàn thành"
        case (.done, .en): "Done"
        case (.dropped, .vi): "Thôi thực hiện"
        case (.dropped, .en): "Dropped"
        }
    }
}

extension TaskStatus {
    /// An open task past its due date.
    public func isOverdue(due: CivilDate, today: CivilDate) -> Bool { self == .open && due < today }
}

/// What a record of a unit's hash chain holds: approved minutes, or an amendment to them.
public enum LockedRecordKind: String, Sendable, CaseIterable, Codable, Labelled {
    case minutes, amendment

    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.minutes, .vi): "Biên bản"
        case (.minutes, .en): "Minutes"
        case (.amendment, .vi): "Đính chính"
        case (.amendment, .en): "Amendment"
        }
    }
}
