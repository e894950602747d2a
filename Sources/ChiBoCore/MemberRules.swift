/// What a member record must satisfy before it is stored (RULES.md, "The organisation",
/// "Members over time"). The web and API layers decode input into `MemberDraft` and call
/// `validated`; they never re-check a rule themselves.
public struct MemberDraft: Sendable, Equatable {
    public var fullName: String?
    public var birthDate: String?
    public var gender: String?
    public var cardNumber: String?
    public var admissionDate: String?
    public var officialDate: String?
    public var status: String?
    public var phone: String?

    public init(
        fullName: String? = nil, birthDate: String? = nil, gender: String? = nil,
        cardNumber: String? = nil, admissionDate: String? = nil, officialDate: String? = nil,
        status: String? = nil, phone: String? = nil
    ) {
        self.fullName = fullName
        self.birthDate = birthDate
        self.gender = gender
        self.cardNumber = cardNumber
        self.admissionDate = admissionDate
        self.officialDate = officialDate
        self.status = status
        self.phone = phone
    }
}

/// A member's identity and status, checked.
public struct MemberFacts: Sendable, Equatable {
    public let fullName: String
    public let birthDate: CivilDate
    public let gender: Gender
    public let cardNumber: String?
    public let admissionDate: CivilDate
    public let officialDate: CivilDate?
    public let status: MemberStatus
    public let phone: String?

    public init(
        fullName: String, birthDate: CivilDate, gender: Gender, cardNumber: String?, admissionDate: CivilDate,
        officialDate: CivilDate?, status: MemberStatus, phone: String?
    ) {
        self.fullName = fullName
        self.birthDate = birthDate
        self.gender = gender
        self.cardNumber = cardNumber
        self.admissionDate = admissionDate
        self.officialDate = officialDate
        self.status = status
        self.phone = phone
    }

    public var searchName: String { VietnameseText.fold(fullName) }
    public var sortKey: String { VietnameseText.sortKey(fullName: fullName) }
}

extension MemberDraft {
    static func blank(_ s: String?) -> String? {
        guard let t = s?.trimmingCharactersInSet(), !t.isEmpty else { return nil }
        return t
    }

    /// Checks every field and returns the facts, or every problem at once.
    public func validated(today: CivilDate) throws(ValidationErrors) -> MemberFacts {
        var errors: [DomainError] = []
        func date(_ value: String?, _ field: String, vi: String, en: String, required: Bool) -> CivilDate? {
            guard let text = MemberDraft.blank(value) else {
                if required { errors.append(.required(field, vi: vi, en: en)) }
                return nil
            }
            guard let d = CivilDate(parsing: text) else {
                errors.append(.badDate(field, vi: vi.capitalizedFirst, en: en))
                return nil
            }
            if d > today {
                errors.append(
                    DomainError(
                        .invalid, code: "\(field).future",
                        vi: "\(vi.capitalizedFirst) không được sau ngày hôm nay.",
                        en: "\(en) cannot be in the future.", field: field))
                return nil
            }
            return d
        }

        let name = VietnameseText.normalizeName(fullName ?? "")
        if name.isEmpty {
            errors.append(.required("fullName", vi: "họ và tên", en: "Full name"))
        } else if name.count > 100 {
            errors.append(
                DomainError(
                    .invalid, code: "fullName.tooLong", vi: "Họ và tên quá dài (tối đa 100 ký tự).",
                    en: "Full name is too long (100 characters at most).", field: "fullName"))
        } else if !name.contains(where: { $0.isLetter }) {
            errors.append(
                DomainError(
                    .invalid, code: "fullName.invalid", vi: "Họ và tên phải có chữ cái.",
                    en: "Full name must contain letters.", field: "fullName"))
        }

        let birth = date(birthDate, "birthDate", vi: "ngày sinh", en: "Date of birth", required: true)
        let admission = date(admissionDate, "admissionDate", vi: "ngày vào Đảng", en: "Admission date", required: true)
        let official = date(officialDate, "officialDate", vi: "ngày chính thức", en: "Official date", required: false)

        var genderValue: Gender?
        if let g = MemberDraft.blank(gender) {
            genderValue = Gender(rawValue: g)
            if genderValue == nil {
                errors.append(
                    DomainError(
                        .invalid, code: "gender.invalid", vi: "Giới tính không hợp lệ.",
                        en: "Gender must be male or female.", field: "gender"))
            }
        } else {
            errors.append(.required("gender", vi: "giới tính", en: "Gender"))
        }

        var statusValue: MemberStatus?
        if let s = MemberDraft.blank(status) {
            statusValue = MemberStatus(rawValue: s)
            if statusValue == nil {
                errors.append(
                    DomainError(
                        .invalid, code: "status.invalid", vi: "Trạng thái đảng viên không hợp lệ.",
                        en: "Status must be probationary or official.", field: "status"))
            }
        } else {
            statusValue = official == nil ? .probationary : .official
        }

        var card: String?
        if let c = MemberDraft.blank(cardNumber) {
            if c.count < 6 || c.count > 12 || !c.allSatisfy({ $0.isASCII && $0.isNumber }) {
                errors.append(
                    DomainError(
                        .invalid, code: "cardNumber.invalid",
                        vi: "Số thẻ đảng viên gồm 6 đến 12 chữ số.",
                        en: "The party card number has 6 to 12 digits.", field: "cardNumber"))
            } else {
                card = c
            }
        }

        var phoneValue: String?
        if let p = MemberDraft.blank(phone) {
            let digits = p.filter { !$0.isWhitespace && $0 != "." && $0 != "-" }
            if digits.count < 9 || digits.count > 12
                || !digits.enumerated().allSatisfy({ i, ch in
                    (ch.isASCII && ch.isNumber) || (i == 0 && ch == "+")
                })
            {
                errors.append(
                    DomainError(
                        .invalid, code: "phone.invalid", vi: "Số điện thoại không hợp lệ.",
                        en: "The phone number is not valid.", field: "phone"))
            } else {
                phoneValue = digits
            }
        }

        if let birth, let admission {
            let rules = Rulebook.inForce(on: admission).membership
            let age = birth.years(until: admission)
            if admission <= birth || age < rules.admissionMinimumAge {
                errors.append(
                    DomainError(
                        .invalid, code: "admissionDate.tooYoung",
                        vi: "Ngày vào Đảng phải khi đủ \(rules.admissionMinimumAge) tuổi trở lên.",
                        en: "Admission requires an age of at least \(rules.admissionMinimumAge).",
                        field: "admissionDate"))
            } else if age > rules.admissionMaximumAge {
                errors.append(
                    DomainError(
                        .invalid, code: "admissionDate.tooOld",
                        vi: "Tuổi khi vào Đảng không quá \(rules.admissionMaximumAge) (\(rules.source.document)).",
                        en: "Admission age is at most \(rules.admissionMaximumAge) (\(rules.source.document)).",
                        field: "admissionDate"))
            }
        }

        if let statusValue, let admission {
            let months = Rulebook.inForce(on: admission).membership.probationMonths
            switch statusValue {
            case .probationary:
                if official != nil {
                    errors.append(
                        DomainError(
                            .invalid, code: "officialDate.probationary",
                            vi: "Đảng viên dự bị chưa có ngày chính thức.",
                            en: "A probationary member has no official date.", field: "officialDate"))
                }
            case .official:
                if let official {
                    if official < admission.adding(months: months) {
                        errors.append(
                            DomainError(
                                .invalid, code: "officialDate.beforeProbationEnds",
                                vi:
                                    "Ngày chính thức phải sau khi hết \(months) tháng dự bị (từ \(admission.adding(months: months).vietnamese)).",
                                en:
                                    "The official date must be after the \(months)-month probation (from \(admission.adding(months: months).iso)).",
                                field: "officialDate"))
                    }
                } else if MemberDraft.blank(officialDate) == nil {
                    errors.append(.required("officialDate", vi: "ngày chính thức", en: "Official date"))
                }
            }
        }

        guard errors.isEmpty, let birth, let admission, let genderValue, let statusValue else {
            throw ValidationErrors(errors)
        }
        return MemberFacts(
            fullName: name, birthDate: birth, gender: genderValue, cardNumber: card,
            admissionDate: admission, officialDate: statusValue == .official ? official : nil,
            status: statusValue, phone: phoneValue)
    }
}

/// An exemption or a temporary transfer, checked against the member's admission.
public enum MemberEvents {
    public static func validateExemption(
        kind: String?, decisionDate: String?, reason: String?,
        admission: CivilDate, today: CivilDate
    ) throws(ValidationErrors)
        -> (ExemptionKind, CivilDate, String)
    {
        var errors: [DomainError] = []
        let k = MemberDraft.blank(kind).flatMap(ExemptionKind.init(rawValue:))
        if k == nil {
            errors.append(
                DomainError(
                    .invalid, code: "exemptionKind.invalid", vi: "Chọn hình thức miễn sinh hoạt.",
                    en: "Choose the kind of exemption.", field: "kind"))
        }
        var d: CivilDate?
        if let t = MemberDraft.blank(decisionDate) {
            d = CivilDate(parsing: t)
            if d == nil { errors.append(.badDate("decisionDate", vi: "Ngày quyết định", en: "Decision date")) }
        } else {
            errors.append(.required("decisionDate", vi: "ngày quyết định", en: "Decision date"))
        }
        if let dd = d, dd < admission || dd > today {
            errors.append(
                DomainError(
                    .invalid, code: "decisionDate.outOfRange",
                    vi: "Ngày quyết định phải từ ngày vào Đảng đến hôm nay.",
                    en: "The decision date must fall between admission and today.", field: "decisionDate"))
        }
        let r = VietnameseText.normalizeName(reason ?? "")
        if r.isEmpty { errors.append(.required("reason", vi: "lý do", en: "Reason")) }
        if r.count > 500 {
            errors.append(
                DomainError(
                    .invalid, code: "reason.tooLong", vi: "Lý do quá dài (tối đa 500 ký tự).",
                    en: "The reason is too long (500 characters at most).", field: "reason"))
        }
        guard errors.isEmpty, let k, let d else { throw ValidationErrors(errors) }
        return (k, d, r)
    }

    public static func validateTransfer(
        direction: String?, from: String?, until: String?, place: String?,
        admission: CivilDate
    ) throws(ValidationErrors)
        -> (TransferDirection, CivilDate, CivilDate?, String)
    {
        var errors: [DomainError] = []
        let dir = MemberDraft.blank(direction).flatMap(TransferDirection.init(rawValue:))
        if dir == nil {
            errors.append(
                DomainError(
                    .invalid, code: "direction.invalid", vi: "Chọn chiều chuyển sinh hoạt tạm thời.",
                    en: "Choose the direction of the temporary transfer.", field: "direction"))
        }
        var f: CivilDate?
        if let t = MemberDraft.blank(from) {
            f = CivilDate(parsing: t)
            if f == nil { errors.append(.badDate("from", vi: "Ngày bắt đầu", en: "Start date")) }
        } else {
            errors.append(.required("from", vi: "ngày bắt đầu", en: "Start date"))
        }
        var u: CivilDate?
        if let t = MemberDraft.blank(until) {
            u = CivilDate(parsing: t)
            if u == nil { errors.append(.badDate("until", vi: "Ngày kết thúc", en: "End date")) }
        }
        if let f, f < admission {
            errors.append(
                DomainError(
                    .invalid, code: "from.beforeAdmission",
                    vi: "Ngày bắt đầu không được trước ngày vào Đảng.",
                    en: "The start date cannot be before admission.", field: "from"))
        }
        if let f, let u, u <= f {
            errors.append(
                DomainError(
                    .invalid, code: "until.beforeFrom",
                    vi: "Ngày kết thúc phải sau ngày bắt đầu.",
                    en: "The end date must be after the start date.", field: "until"))
        } else if let f, let u {
            // 3 months to under a year for work; up to 2 years for study (RULES.md, "The organisation").
            let rules = Rulebook.inForce(on: f).membership
            if u < f.adding(months: rules.temporaryTransferMinMonths) || u > f.adding(months: rules.temporaryStudyMaxMonths) {
                errors.append(
                    DomainError(
                        .invalid, code: "until.duration",
                        vi:
                            "Sinh hoạt tạm thời từ \(rules.temporaryTransferMinMonths) tháng đến dưới 1 năm (đi học: đến \(rules.temporaryStudyMaxMonths / 12) năm).",
                        en:
                            "A temporary transfer lasts \(rules.temporaryTransferMinMonths) months to under a year (study: up to \(rules.temporaryStudyMaxMonths / 12) years).",
                        field: "until"))
            }
        }
        let p = VietnameseText.normalizeName(place ?? "")
        if p.isEmpty { errors.append(.required("place", vi: "nơi sinh hoạt tạm thời", en: "Place")) }
        if p.count > 300 {
            errors.append(
                DomainError(
                    .invalid, code: "place.tooLong", vi: "Nơi sinh hoạt quá dài.",
                    en: "The place is too long.", field: "place"))
        }
        guard errors.isEmpty, let dir, let f else { throw ValidationErrors(errors) }
        return (dir, f, u, p)
    }
}

extension String {
    func trimmingCharactersInSet() -> String {
        var s = Substring(self)
        while let c = s.first, c.isWhitespace { s.removeFirst() }
        while let c = s.last, c.isWhitespace { s.removeLast() }
        return String(s)
    }

    var capitalizedFirst: String {
        guard let f = first else { return self }
        return String(f).uppercased() + dropFirst()
    }
}
