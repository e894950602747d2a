/// Party fees (đảng phí), RULES.md "Members over time" (QĐ 01-QĐ/TW, 2026): each member's fee
/// month by month, its exemptions and reductions, and the unpaid months that feed the
/// striking-off rule (three months within a year, not necessarily consecutive).

/// What a member owes for a month, relative to the ordinary rate.
public enum FeeRelief: String, Sendable, CaseIterable, Codable, Labelled {
    /// The ordinary rate (1% of the insured salary, 0.5% of a pension, or the local amount).
    case none
    /// Exempt: 50 years of membership or more, a poor household, a catastrophic illness.
    case exempt
    case reduced30 = "reduced_30"
    case reduced50 = "reduced_50"
    case reduced70 = "reduced_70"

    /// The share of the ordinary rate owed, percent.
    public var percentOwed: Int {
        switch self {
        case .none: 100
        case .exempt: 0
        case .reduced30: 70
        case .reduced50: 50
        case .reduced70: 30
        }
    }

    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.none, .vi): "Đóng đủ"
        case (.none, .en): "Full rate"
        case (.exempt, .vi): "Miễn đóng"
        case (.exempt, .en): "Exempt"
        case (.reduced30, .vi): "Giảm 30%"
        case (.reduced30, .en): "Reduced 30%"
        case (.reduced50, .vi): "Giảm 50%"
        case (.reduced50, .en): "Reduced 50%"
        case (.reduced70, .vi): "Giảm 70%"
        case (.reduced70, .en): "Reduced 70%"
        }
    }
}

/// One member's fee for one month, checked.
public struct FeeEntry: Sendable, Equatable {
    public var amount: Int
    public var relief: FeeRelief
    /// nil: not paid.
    public var paidOn: CivilDate?

    public init(amount: Int, relief: FeeRelief, paidOn: CivilDate?) {
        self.amount = amount
        self.relief = relief
        self.paidOn = paidOn
    }

    /// Unpaid and owed: counts towards the striking-off rule.
    public var unpaid: Bool { paidOn == nil && relief != .exempt }
}

public enum PartyFees {
    /// The ordinary monthly fee of a salary or a pension (dong), rounded up to the hundred dong.
    public static func ordinary(salary: Int? = nil, pension: Int? = nil, on date: CivilDate) -> Int {
        let rules = Rulebook.inForce(on: date).membership
        let permille = salary != nil ? rules.feeSalaryPermille : rules.feePensionPermille
        let base = salary ?? pension ?? 0
        return (base * permille + 99_999) / 100_000 * 100
    }

    /// Members of at least the rulebook's years of membership are exempt.
    public static func exemptBySeniority(admission: CivilDate, month: CivilDate) -> Bool {
        admission.years(until: month) >= Rulebook.inForce(on: month).membership.feeExemptAfterYears
    }

    /// Checks one entry of the month `month` (its first day), paid by `today` at the latest.
    public static func check(
        amount: Int?, relief: FeeRelief, paidOn: CivilDate?, month: CivilDate, today: CivilDate
    ) throws(ValidationErrors) -> FeeEntry {
        let amount = amount ?? 0
        if amount < 0 || amount > 100_000_000 { // not a rule: a sane upper bound for a month's fee
            throw ValidationErrors([
                DomainError(
                    .invalid, code: "amount.invalid", vi: "Số tiền đảng phí không hợp lệ.", en: "The fee amount is not valid.",
                    field: "amount")
            ])
        }
        if relief == .exempt && amount > 0 {
            throw ValidationErrors([
                DomainError(
                    .invalid, code: "amount.exempt", vi: "Đảng viên được miễn đóng đảng phí: số tiền phải là 0.",
                    en: "An exempt member pays nothing.", field: "amount")
            ])
        }
        if let paidOn, paidOn > today || paidOn < month.adding(months: -12) {
            throw ValidationErrors([
                DomainError(
                    .invalid, code: "paidOn.outOfRange", vi: "Ngày nộp không được sau hôm nay.", en: "The payment date is out of range.",
                    field: "paidOn")
            ])
        }
        return FeeEntry(amount: amount, relief: relief, paidOn: relief == .exempt ? nil : paidOn)
    }
}
