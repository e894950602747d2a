/// A unit with its direct sub-units: a branch of the tree's page (`GET /units`, `UnitViews.treePage`).
struct UnitBranch: Sendable, Equatable {
    let unit: UnitDTO
    let children: [UnitDTO]
}
