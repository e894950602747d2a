/// The enumerations of the domain, each with its Vietnamese and English label from one place.

/// A language the interface speaks. Vietnamese first.
public enum Language: String, Sendable, CaseIterable, Codable {
    case vi, en
}

/// Something with a label in each language.
public protocol Labelled {
    func label(_ language: Language) -> String
}

/// Level of an organisation unit in the party tree (RULES.md, "The organisation").
public enum UnitKind: String, Sendable, CaseIterable, Codable, Labelled {
    /// Provincial or city committee (Tỉnh ủy / Thành ủy).
    case province
    /// District committee (Huyện ủy / Quận ủy), kept for older data.
    case district
    /// Grassroots party committee of a commune, ward or agency (Đảng bộ cơ sở).
    case grassroots
    /// Sub-committee (Đảng bộ bộ phận).
    case subcommittee
    /// A party cell (chi bộ), under a grassroots committee or directly under a higher one.
    case cell

    public var isCell: Bool { self == .cell }

    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.province, .vi): "Đảng bộ tỉnh/thành phố"
        case (.province, .en): "Provincial committee"
        case (.district, .vi): "Đảng bộ huyện/quận"
        case (.district, .en): "District committee"
        case (.grassroots, .vi): "Đảng bộ cơ sở"
        case (.grassroots, .en): "Grassroots committee"
        case (.subcommittee, .vi): "Đảng bộ bộ phận"
        case (.subcommittee, .en): "Sub-committee"
        case (.cell, .vi): "Chi bộ"
        case (.cell, .en): "Party cell"
        }
    }
}

/// Type of a cell (loại hình chi bộ), used to group cells (seed 004).
public enum CellType: String, Sendable, CaseIterable, Codable, Labelled {
    case ruralVillage = "rural_village"
    case urbanResidential = "urban_residential"
    case agency
    case publicService = "public_service"
    case stateEnterprise = "state_enterprise"
    case privateEnterprise = "private_enterprise"
    case armedForces = "armed_forces"

    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.ruralVillage, .vi): "Chi bộ thôn, bản"
        case (.ruralVillage, .en): "Rural village"
        case (.urbanResidential, .vi): "Chi bộ khu phố, tổ dân phố"
        case (.urbanResidential, .en): "Urban residential"
        case (.agency, .vi): "Chi bộ cơ quan hành chính"
        case (.agency, .en): "Administrative agency"
        case (.publicService, .vi): "Chi bộ đơn vị sự nghiệp"
        case (.publicService, .en): "Public service unit"
        case (.stateEnterprise, .vi): "Chi bộ doanh nghiệp nhà nước"
        case (.stateEnterprise, .en): "State enterprise"
        case (.privateEnterprise, .vi): "Chi bộ doanh nghiệp ngoài nhà nước"
        case (.privateEnterprise, .en): "Private enterprise"
        case (.armedForces, .vi): "Chi bộ lực lượng vũ trang"
        case (.armedForces, .en): "Armed forces"
        }
    }
}

/// Officer positions of a unit's committee.
public enum OfficerRole: String, Sendable, CaseIterable, Codable, Labelled {
    case secretary
    case deputy
    case committeeMember = "committee_member"

    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.secretary, .vi): "Bí thư"
        case (.secretary, .en): "Secretary"
        case (.deputy, .vi): "Phó Bí thư"
        case (.deputy, .en): "Deputy secretary"
        case (.committeeMember, .vi): "Chi ủy viên / Ủy viên"
        case (.committeeMember, .en): "Committee member"
        }
    }
}

public enum Gender: String, Sendable, CaseIterable, Codable, Labelled {
    case male, female

    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.male, .vi): "Nam"
        case (.male, .en): "Male"
        case (.female, .vi): "Nữ"
        case (.female, .en): "Female"
        }
    }
}

/// Membership status (RULES.md, "The organisation").
public enum MemberStatus: String, Sendable, CaseIterable, Codable, Labelled {
    /// Probationary (dự bị): 12 months from the admission ceremony; does not vote.
    case probationary
    /// Official (chính thức).
    case official

    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.probationary, .vi): "Dự bị"
        case (.probationary, .en): "Probationary"
        case (.official, .vi): "Chính thức"
        case (.official, .en): "Official"
        }
    }
}

/// Exemption from work and activities.
public enum ExemptionKind: String, Sendable, CaseIterable, Codable, Labelled {
    /// Miễn công tác và sinh hoạt: advanced age or long illness.
    case full
    /// Tạm miễn: working far away.
    case temporary

    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.full, .vi): "Miễn công tác và sinh hoạt"
        case (.full, .en): "Exempt from work and activities"
        case (.temporary, .vi): "Tạm miễn sinh hoạt"
        case (.temporary, .en): "Temporarily exempt"
        }
    }
}

/// Direction of a temporary transfer (sinh hoạt tạm thời).
public enum TransferDirection: String, Sendable, CaseIterable, Codable, Labelled {
    /// The member is away, meeting with a host cell; still counted here.
    case outgoing = "out"
    /// A member of another organisation meeting here; not counted here.
    case incoming = "in"

    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.outgoing, .vi): "Chuyển sinh hoạt tạm thời đi"
        case (.outgoing, .en): "Temporarily transferred out"
        case (.incoming, .vi): "Sinh hoạt tạm thời đến"
        case (.incoming, .en): "Temporarily transferred in"
        }
    }
}

/// A role of an account, always scoped to a unit and everything under it.
public enum Role: String, Sendable, CaseIterable, Codable, Labelled {
    /// A party member: sees their own record and their cell's notices.
    case member
    /// Cell secretary: manages their own cell.
    case cellSecretary = "cell_secretary"
    /// Committee staff: manages the subtree.
    case committeeStaff = "committee_staff"
    /// Inspector: reads the subtree.
    case inspector
    /// Administrator: everything, including accounts.
    case administrator

    /// Whether the role may change records in its scope.
    public var canWrite: Bool {
        switch self {
        case .cellSecretary, .committeeStaff, .administrator: true
        case .member, .inspector: false
        }
    }

    /// Whether the role may read the membership of its scope.
    public var canReadMembers: Bool { self != .member }

    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.member, .vi): "Đảng viên"
        case (.member, .en): "Member"
        case (.cellSecretary, .vi): "Bí thư chi bộ"
        case (.cellSecretary, .en): "Cell secretary"
        case (.committeeStaff, .vi): "Cán bộ cấp ủy"
        case (.committeeStaff, .en): "Committee staff"
        case (.inspector, .vi): "Kiểm tra viên"
        case (.inspector, .en): "Inspector"
        case (.administrator, .vi): "Quản trị viên"
        case (.administrator, .en): "Administrator"
        }
    }
}

extension OfficerRole {
    /// Only official members hold committee office (the Charter: probationary members may not be
    /// elected to a committee).
    public static func mayHold(_ status: MemberStatus) -> Bool { status == .official }
}
