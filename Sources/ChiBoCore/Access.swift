/// Who may do what (issue: accounts and roles). A role is held at a unit and covers that unit
/// and everything under it; the web layer only asks `Role.allows` and whether the target lies
/// in the role's subtree.
public enum Action: String, Sendable, CaseIterable {
    /// See a unit's page: name, officers, counts.
    case readUnit
    /// See the members of a unit and their records.
    case readMembers
    /// Add and edit members, move them, record exemptions and transfers.
    case writeMembers
    /// Create units, move them, set officers.
    case manageUnits
    /// Create accounts and grant roles (never above one's own).
    case manageAccounts
    /// Read the audit log.
    case readAudit
    /// See a unit's meetings, notices, documents and resolutions.
    case readMeetings
    /// Plan, prepare, hold and record meetings; assign tasks.
    case runMeetings
    /// Record the competent committee's decisions about a member: a suspension, a recognition,
    /// a measure the cell may only propose, striking off, expulsion, a transfer out; an
    /// admission file's committee resolution and decision. A cell records its own votes and
    /// decisions (and a death), never the committee's.
    case recordDecisions
    /// Oversight from above: attend a cell's meeting for a committee above it, speak and
    /// evaluate the meeting. Held at a unit, it covers the cells below that unit, never the
    /// unit's own meetings.
    case oversee
    /// Inspection and supervision: adopt a plan's items, conclude them, follow their remedies
    /// (the committee's staff and its inspection committee, over their subtree).
    case inspect
}

extension Role {
    public func allows(_ action: Action) -> Bool {
        switch (self, action) {
        case (.administrator, _): true
        case (.committeeStaff, _): true
        case (.cellSecretary, .readUnit), (.cellSecretary, .readMembers), (.cellSecretary, .writeMembers),
            (.cellSecretary, .readAudit), (.cellSecretary, .readMeetings), (.cellSecretary, .runMeetings):
            true
        // An inspector reads the units' pages and keeps the plans of its subtree; the meetings and
        // records it reads come from the items it is assigned to (`InspectionAssignment`), not
        // from its role (issue 17).
        case (.inspector, .readUnit), (.inspector, .inspect): true
        case (.member, .readUnit), (.member, .readMeetings): true
        default: false
        }
    }

    /// The roles this role may grant to others within its subtree.
    public var grantable: [Role] {
        switch self {
        case .administrator: Role.allCases
        case .committeeStaff: [.member, .cellSecretary, .committeeStaff, .inspector]
        default: []
        }
    }
}

/// Members of a unit and its subtree by status (RULES.md: members temporarily transferred in
/// are listed but not counted; exempt members are counted and shown apart).
public struct MembershipCounts: Sendable, Equatable, Codable {
    public var total = 0
    public var official = 0
    public var probationary = 0
    public var exemptFull = 0
    public var exemptTemporary = 0
    public var transferredOut = 0
    public var transferredIn = 0

    public init() {}

    /// Adds `count` members of one combination of status, exemption and transfer.
    public mutating func add(status: MemberStatus, exemption: ExemptionKind?, transfer: TransferDirection?, count: Int) {
        if transfer == .incoming {
            transferredIn += count
            return
        }
        total += count
        switch status {
        case .official: official += count
        case .probationary: probationary += count
        }
        switch exemption {
        case .full: exemptFull += count
        case .temporary: exemptTemporary += count
        case nil: break
        }
        if transfer == .outgoing { transferredOut += count }
    }

}
