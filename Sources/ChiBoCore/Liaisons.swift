import Foundation

/// Who follows a cell from above (đồng chí phụ trách chi bộ): a member of each committee above
/// it may be assigned — the commune's committee member, and beside them a district's or a
/// province's on their rounds — one at a time for each committee.
public enum LiaisonRules {
    /// The committee an account follows a cell for: the nearest unit above the cell where it
    /// holds a role other than a plain member's. `roleUnits` are the units of those roles (nil:
    /// the whole installation, which stands for the top of the tree); `ancestors` the units
    /// strictly above the cell, the nearest first. Nil: the account is not above the cell.
    public static func level(roleUnits: [UUID?], ancestors: [UUID]) -> UUID? {
        let held = Set(roleUnits.compactMap { $0 })
        if let nearest = ancestors.first(where: held.contains) { return nearest }
        return roleUnits.contains(nil) ? ancestors.last : nil
    }

    /// The current assignments a new one ends: the same committee's (one member of a committee
    /// follows a cell at a time), the other committees' stay.
    public static func replaced<ID>(current: [(id: ID, level: UUID)], by level: UUID) -> [ID] {
        current.filter { $0.level == level }.map(\.id)
    }

    /// Orders current assignments for display: the nearest committee first.
    public static func ordered<T>(_ items: [T], level: (T) -> UUID, ancestors: [UUID]) -> [T] {
        let rank = Dictionary(ancestors.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        return items.enumerated().sorted {
            (rank[level($0.element)] ?? Int.max, $0.offset) < (rank[level($1.element)] ?? Int.max, $1.offset)
        }.map(\.element)
    }
}
