/// Documents kept on a person's file (the scanned application, the personal history, a
/// resolution, a decision…): what a document is attached to, and who may attach it — whoever
/// records that step or decision. The files themselves follow `AttachmentRules`.
public enum DocumentTarget: String, Sendable, CaseIterable, Codable, Labelled {
    /// A step of a sympathiser's admission file (1-KNĐ … 9-KNĐ, the ceremony, the member's file).
    case admissionStep = "admission_step"
    /// A step of a probationary member's recognition file (10–14-KNĐ).
    case recognitionStep = "recognition_step"
    /// A member's dated period and its decision: the admission, the recognition (15-KNĐ), an
    /// exemption, a transfer, a suspension, a measure, the leaving.
    case statusPeriod = "status_period"

    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.admissionStep, .vi): "Bước hồ sơ kết nạp"
        case (.admissionStep, .en): "A step of the admission file"
        case (.recognitionStep, .vi): "Bước hồ sơ công nhận chính thức"
        case (.recognitionStep, .en): "A step of the recognition file"
        case (.statusPeriod, .vi): "Quyết định về đảng viên"
        case (.statusPeriod, .en): "A decision on the member"
        }
    }
}

extension StatusPeriod {
    /// Whether the competent committee records this period's decision (and so attaches its
    /// documents): the admission and the recognition, a suspension or detention, a measure the
    /// committee decided, and every way out of the party but a death. The cell records
    /// exemptions, temporary transfers, its own reprimands and warnings, and a death.
    public func committeeRecords(decidedBy: String?) -> Bool {
        switch kind {
        case .probationary, .official, .suspended: true
        case .exempt, .transfer: false
        case .disciplined: decidedBy.flatMap(DecidingBody.init(rawValue:)) != .cell
        case .left: leaving != .death
        }
    }
}
