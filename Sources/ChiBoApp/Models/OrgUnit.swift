import ChiBoCore
import Fluent
import Vapor

/// A committee or a cell: one node of the party tree, of any depth.
package final class OrgUnit: Model, @unchecked Sendable {
    package static let schema = "units"

    @ID(key: .id) package var id: UUID?
    @OptionalParent(key: "parent_id") package var parent: OrgUnit?
    @Field(key: "name") package var name: String
    /// The folded name, for diacritic-insensitive search.
    @Field(key: "search_name") package var searchName: String
    /// Short code used in document numbers ("CB", "ĐU").
    @Field(key: "code") package var code: String
    @Field(key: "kind") package var kind: UnitKind
    @OptionalField(key: "cell_type") package var cellType: CellType?
    /// The committee's current term, e.g. "2025–2030".
    @Field(key: "term_label") package var termLabel: String
    @OptionalField(key: "term_start") package var termStart: String?
    /// Depth in the tree (0 = root), kept with the closure table.
    @Field(key: "depth") package var depth: Int
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) package var updatedAt: Date?

    package init() {}

    package init(
        id: UUID? = nil, parentID: UUID?, name: String, code: String, kind: UnitKind, cellType: CellType?,
        termLabel: String, termStart: CivilDate?, depth: Int
    ) {
        self.id = id
        self.$parent.id = parentID
        self.name = name
        self.searchName = VietnameseText.fold(name)
        self.code = code
        self.kind = kind
        self.cellType = cellType
        self.termLabel = termLabel
        self.termStart = termStart?.iso
        self.depth = depth
    }

    package var termStartDate: CivilDate? { termStart.flatMap(CivilDate.init(parsing:)) }
}

/// The closure table: one row per (ancestor, descendant) pair, the unit itself at depth 0.
/// "Everything under X" is one indexed lookup on ancestor_id.
package final class UnitClosure: Model, @unchecked Sendable {
    package static let schema = "unit_closure"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "ancestor_id") package var ancestor: OrgUnit
    @Parent(key: "descendant_id") package var descendant: OrgUnit
    @Field(key: "depth") package var depth: Int

    package init() {}

    package init(ancestorID: UUID, descendantID: UUID, depth: Int) {
        self.$ancestor.id = ancestorID
        self.$descendant.id = descendantID
        self.depth = depth
    }
}

/// Where a unit sat in the tree over time: moving a cell closes one period and opens another.
package final class UnitParentPeriod: Model, @unchecked Sendable {
    package static let schema = "unit_parent_periods"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "unit_id") package var unit: OrgUnit
    @OptionalParent(key: "parent_id") package var parent: OrgUnit?
    @Field(key: "from_date") package var fromDate: CivilDate
    @OptionalField(key: "until_date") package var untilDate: CivilDate?

    package init() {}

    package init(unitID: UUID, parentID: UUID?, from: CivilDate) {
        self.$unit.id = unitID
        self.$parent.id = parentID
        self.fromDate = from
    }
}

/// An officer of a unit's committee: secretary, deputy, committee member.
package final class UnitOfficer: Model, @unchecked Sendable {
    package static let schema = "unit_officers"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "unit_id") package var unit: OrgUnit
    @Parent(key: "member_id") package var member: Member
    @Field(key: "role") package var role: OfficerRole
    @Field(key: "from_date") package var fromDate: CivilDate
    @OptionalField(key: "until_date") package var untilDate: CivilDate?

    package init() {}

    package init(unitID: UUID, memberID: UUID, role: OfficerRole, from: CivilDate) {
        self.$unit.id = unitID
        self.$member.id = memberID
        self.role = role
        self.fromDate = from
    }

}

/// A member of a committee above a cell assigned to follow it: they receive its meeting notices.
package final class UnitLiaison: Model, @unchecked Sendable {
    package static let schema = "unit_liaisons"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "unit_id") package var unit: OrgUnit
    @Parent(key: "account_id") package var account: Account
    /// The committee the assignment is made for (M032): one member of each follows the cell.
    @OptionalParent(key: "level_id") package var level: OrgUnit?
    @Field(key: "from_date") package var fromDate: CivilDate
    @OptionalField(key: "until_date") package var untilDate: CivilDate?

    package init() {}
}
