import ChiBoCore

/// A unit with its members counted: a block of the home page (`HomeView.page`).
struct UnitSummary: Sendable, Equatable {
    let unit: UnitDTO
    let counts: MembershipCounts
}
