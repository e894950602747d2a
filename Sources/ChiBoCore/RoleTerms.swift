import Foundation

/// Why a role an account held ended (issue 19, "Access follows office"). A role's end is a date:
/// the first day it no longer grants anything; an ended role stays in the account's history.
public enum RoleEndReason: String, Sendable, CaseIterable, Codable, Labelled {
    /// The office the role came from ended (a term's end, a successor appointed, a removal).
    case termEnded = "term_ended"
    /// The member moved to another cell.
    case moved
    /// The member left the party.
    case left
    /// Withdrawn by the staff managing accounts.
    case revoked

    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.termEnded, .vi): "Hết nhiệm kỳ / thôi chức vụ"
        case (.termEnded, .en): "Term ended"
        case (.moved, .vi): "Chuyển sinh hoạt"
        case (.moved, .en): "Moved"
        case (.left, .vi): "Ra khỏi Đảng"
        case (.left, .en): "Left the party"
        case (.revoked, .vi): "Thu hồi"
        case (.revoked, .en): "Revoked"
        }
    }
}

/// A role as the rules see it: who grants it (the office it came from, if any), where, and until when.
public struct HeldRole<ID: Hashable & Sendable>: Sendable, Equatable {
    public let id: ID
    public let role: Role
    /// The unit the role covers; nil: everywhere.
    public let unit: ID?
    /// The office (`unit_officers` row) the role came from; nil: granted by hand.
    public let officer: ID?
    /// The first day the role no longer holds; nil: open.
    public let endedOn: CivilDate?

    public init(id: ID, role: Role, unit: ID?, officer: ID? = nil, endedOn: CivilDate? = nil) {
        self.id = id
        self.role = role
        self.unit = unit
        self.officer = officer
        self.endedOn = endedOn
    }

    /// Whether the role grants anything on `day`.
    public func holds(on day: CivilDate) -> Bool { endedOn.map { $0 > day } ?? true }
}

/// What happens to an account's roles: the events that end them, on their date.
public enum RoleEvent<ID: Hashable & Sendable>: Sendable, Equatable {
    /// An office's term ended, or a successor took it, on `on` (its first day without the officer).
    case officeEnded(officer: ID, on: CivilDate)
    /// The member is out of the party from `on`.
    case left(on: CivilDate)
    /// The member moved from one cell to another on `on`.
    case moved(from: ID, to: ID, on: CivilDate)
}

/// The rule "which roles end when X happens on day D" (and which role the member takes with them).
public enum RoleTerms {
    /// The role an office gives its holder's account at the unit: a cell's secretary and deputy
    /// run the cell (cell secretary); any officer of a committee is its staff. A cell's committee
    /// member gives no role of its own.
    public static func role(of office: OfficerRole, atCell: Bool) -> Role? {
        switch (office, atCell) {
        case (.secretary, true), (.deputy, true): .cellSecretary
        case (.committeeMember, true): nil
        case (_, false): .committeeStaff
        }
    }

    public struct Ending<ID: Hashable & Sendable>: Sendable, Equatable {
        public let role: ID
        public let on: CivilDate
        public let reason: RoleEndReason
    }

    public struct Outcome<ID: Hashable & Sendable>: Sendable, Equatable {
        /// The roles that end, each on its day.
        public var end: [Ending<ID>] = []
        /// Roles the member takes on (a member's plain role follows them to their new cell).
        public var grant: [(role: Role, unit: ID)] = []

        public static func == (a: Self, b: Self) -> Bool {
            a.end == b.end && a.grant.map { $0.role } == b.grant.map { $0.role } && a.grant.map { $0.unit } == b.grant.map { $0.unit }
        }
    }

    /// The roles `event` ends: those still held on its day (a role already ended earlier keeps its
    /// own end), each on the event's day.
    public static func apply<ID>(_ event: RoleEvent<ID>, to roles: [HeldRole<ID>]) -> Outcome<ID> {
        var outcome = Outcome<ID>()
        switch event {
        case .officeEnded(let officer, let day):
            for r in roles where r.officer == officer && r.holds(on: day) {
                outcome.end.append(.init(role: r.id, on: day, reason: .termEnded))
            }
        case .left(let day):
            for r in roles where r.holds(on: day) {
                outcome.end.append(.init(role: r.id, on: day, reason: .left))
            }
        case .moved(let from, let to, let day):
            let ending = roles.filter { $0.unit == from && $0.holds(on: day) }
            outcome.end = ending.map { .init(role: $0.id, on: day, reason: .moved) }
            let memberThere = roles.contains { $0.role == .member && $0.unit == to && $0.holds(on: day) }
            if ending.contains(where: { $0.role == .member }) && !memberThere {
                outcome.grant.append((role: .member, unit: to))
            }
        }
        return outcome
    }
}
