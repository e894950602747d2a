import ChiBoCore
import Foundation
import Vapor

// The inputs of the tree's commands, decoded alike from the web forms and the API's bodies.

/// A unit's record: `POST /units`, `POST /units/{id}/edit`, `POST|PATCH /api/v1/units…`.
/// Fields stay as typed, as `MemberInput`'s.
struct UnitInput: Content {
    var name: String?
    var code: String?
    var kind: String?
    var cellType: String?
    var termLabel: String?
    var termStart: String?
    var parentId: String?

    init(
        name: String? = nil, code: String? = nil, kind: String? = nil, cellType: String? = nil,
        termLabel: String? = nil, termStart: String? = nil, parentId: String? = nil
    ) {
        self.name = name
        self.code = code
        self.kind = kind
        self.cellType = cellType
        self.termLabel = termLabel
        self.termStart = termStart
        self.parentId = parentId
    }

    /// The record as it is, to edit it.
    init(_ u: OrgUnit) {
        self.init(
            name: u.name, code: u.code, kind: u.kind.rawValue, cellType: u.cellType?.rawValue, termLabel: u.termLabel,
            termStart: u.termStart)
    }

    var draft: UnitDraft {
        UnitDraft(name: name, code: code, kind: kind, cellType: cellType, termLabel: termLabel, termStart: termStart)
    }

    /// This input over a unit: what it leaves out keeps the unit's value; its kind never changes.
    func over(_ u: OrgUnit) -> UnitInput {
        let current = UnitInput(u)
        return UnitInput(
            name: name ?? current.name, code: code ?? current.code, kind: current.kind, cellType: cellType ?? current.cellType,
            termLabel: termLabel ?? current.termLabel, termStart: termStart ?? current.termStart)
    }

    /// The parent unit, if one is given (a root unit has none).
    func parent() throws -> UUID? { try Read.uuid(parentId?.nilIfBlank, "parentId", vi: "Tổ chức cấp trên", en: "parent unit") }
}

/// Moving a unit under another parent.
struct MoveUnitInput: Content {
    @Input var parentId: String?
    @Input var effectiveDate: String?

    func parent() throws -> UUID { try Read.choice(parentId, "parentId") }
    func date() throws -> CivilDate { try Read.date(effectiveDate, "effectiveDate", vi: "Ngày chuyển", en: "Date") }
}

/// Appointing an officer (`from`), or ending an office (`until`).
struct OfficerInput: Content {
    @Input var memberId: String?
    @Input var role: String?
    @Input var from: String?
    @Input var until: String?

    func member() throws -> UUID { try Read.choice(memberId, "memberId") }

    func office() throws -> OfficerRole {
        guard let office = role.flatMap(OfficerRole.init(rawValue:)) else {
            throw DomainError(.invalid, code: "role.invalid", vi: "Chọn chức vụ.", en: "Choose an office.", field: "role")
        }
        return office
    }

    func start() throws -> CivilDate { try Read.date(from, "from", vi: "Ngày bắt đầu", en: "Start date") }
    func end() throws -> CivilDate { try Read.date(until, "until", vi: "Ngày thôi", en: "End date") }
}

/// The superior committee member following a cell, from a date (today when not given).
struct LiaisonInput: Content {
    @Input var accountId: String?
    @Input var from: String?

    func account() throws -> UUID { try Read.choice(accountId, "accountId") }
    func start(default today: CivilDate) throws -> CivilDate {
        try Read.date(from ?? today.iso, "from", vi: "Ngày bắt đầu", en: "Start date")
    }
}

/// A new account with one role held at a unit (none for an administrator).
struct AccountInput: Content {
    var username: String?
    var password: String?
    var displayName: String?
    var role: String?
    @Input var unitId: String?
    @Input var memberId: String?

    init(
        username: String? = nil, password: String? = nil, displayName: String? = nil, role: String? = nil,
        unitId: String? = nil, memberId: String? = nil
    ) {
        self.username = username
        self.password = password
        self.displayName = displayName
        self.role = role
        self.unitId = unitId
        self.memberId = memberId
    }

    func account() throws -> AccountService.NewAccount {
        .init(
            username: username, password: password, displayName: displayName,
            memberID: try Read.uuid(memberId, "memberId", vi: "Đảng viên", en: "member"), role: role,
            unitID: try Read.uuid(unitId, "unitId", vi: "Tổ chức", en: "unit"))
    }
}

extension String {
    var nilIfBlank: String? { trimmingCharacters(in: .whitespaces).isEmpty ? nil : self }
}

/// Ending a role: the first day it no longer holds (today when not given) and why (revoked when not given).
struct RoleEndInput: Content {
    @Input var on: String?
    @Input var reason: String?

    init(on: String? = nil, reason: String? = nil) {
        self.on = on
        self.reason = reason
    }

    func day(default today: CivilDate) throws -> CivilDate {
        on == nil ? today : try Read.date(on, "on", vi: "Ngày thôi", en: "End date")
    }

    func why() throws -> RoleEndReason {
        guard let reason else { return .revoked }
        guard let r = RoleEndReason(rawValue: reason) else {
            throw DomainError(.invalid, code: "reason.invalid", vi: "Chọn lý do.", en: "Choose a reason.", field: "reason")
        }
        return r
    }
}
