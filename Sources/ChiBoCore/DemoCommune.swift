/// A believable demo organisation: the party committee of Thượng Lâm commune (Lâm Bình area,
/// Tuyên Quang province), with its 17 cells and 435 members, the figures of the press report in
/// seed 000. On top of the 435 come two or three members of other organisations temporarily
/// meeting with its cells, who are not counted in the commune's membership. Every person in it is
/// invented.
///
/// The output depends only on `today` and `seed`: no system clock, no system randomness. Dates
/// are placed relative to `today`, so the demo looks current whenever it is loaded.

/// A unit of the demo tree. `parentKey` names the unit above; units come parent before child.
public struct DemoUnit: Sendable, Equatable {
    public let key: String
    public let parentKey: String?
    public let name: String
    public let code: String
    public let kind: UnitKind
    public let cellType: CellType?
    public let termLabel: String
    public let termStart: CivilDate
}

/// A member of the demo commune. `unitKey` is always one of the cells.
///
/// At most one of exemption and transfer is set. Officers are official members who are neither
/// exempt nor transferred. Members with an `.incoming` transfer belong to another organisation
/// (`transferPlace`) and meet with this cell for a while: they are not counted in the cell's
/// membership, come in addition to the cell's fixed size, and are never officers.
public struct DemoMember: Sendable, Equatable {
    public let key: String
    public let unitKey: String
    public let fullName: String
    public let birthDate: CivilDate
    public let gender: Gender
    public let cardNumber: String
    public let admissionDate: CivilDate
    public let officialDate: CivilDate?
    public let status: MemberStatus
    public let exemption: ExemptionKind?
    public let exemptionDate: CivilDate?
    public let exemptionReason: String?
    public let transfer: TransferDirection?
    public let transferFrom: CivilDate?
    public let transferUntil: CivilDate?
    public let transferPlace: String?
    public let officerRole: OfficerRole?
    public let phone: String?
    /// Dân tộc and quê quán, as the commune's member list holds them (nil where it has none).
    public let ethnicity: String?
    public let homeTown: String?
}

/// The generated commune: units (province, commune, 17 cells) and members, cell by cell,
/// each cell's officers first (secretary, deputy, committee members) and any members transferred
/// in last. The 435 counted members are those whose transfer is not `.incoming`; `members` also
/// holds the two or three transferred in, so it has 437 or 438 entries.
public struct DemoCommune: Sendable {
    public let units: [DemoUnit]
    public let members: [DemoMember]

    /// Key of the provincial committee.
    public static let provinceKey = "tuyen-quang"
    /// Key of the commune's grassroots committee.
    public static let communeKey = "thuong-lam"

    /// Builds the demo commune as it stands on `today`. The same `today` and `seed` always give
    /// the same result.
    public static func generate(today: CivilDate, seed: UInt64 = 2026) -> DemoCommune {
        var generator = DemoGenerator(today: today, seed: seed)
        return generator.run()
    }
}

// The rest of the demo lives next to this file: DemoCommune+Random.swift (SplitMix64),
// DemoCommune+Catalogue.swift (the 17 cells and the names, phones and places drawn from),
// DemoCommune+Generator.swift (the generator and its drafts), DemoCommune+People.swift (ages,
// admission dates, names) and DemoCommune+Status.swift (probation, officers, exemptions,
// transfers, cards and phones).
