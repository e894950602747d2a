/// What a unit (committee or cell) must satisfy, and where it may sit in the tree.
public struct UnitDraft: Sendable, Equatable {
    public var name: String?
    public var code: String?
    public var kind: String?
    public var cellType: String?
    public var termLabel: String?
    public var termStart: String?

    public init(
        name: String? = nil, code: String? = nil, kind: String? = nil, cellType: String? = nil,
        termLabel: String? = nil, termStart: String? = nil
    ) {
        self.name = name
        self.code = code
        self.kind = kind
        self.cellType = cellType
        self.termLabel = termLabel
        self.termStart = termStart
    }
}

public struct UnitFacts: Sendable, Equatable {
    public let name: String
    public let code: String
    public let kind: UnitKind
    public let cellType: CellType?
    public let termLabel: String
    public let termStart: CivilDate?
}

extension UnitDraft {
    public func validated() throws(ValidationErrors) -> UnitFacts {
        var errors: [DomainError] = []
        let n = VietnameseText.normalizeName(name ?? "")
        if n.isEmpty { errors.append(.required("name", vi: "tên tổ chức", en: "Name")) }
        if n.count > 200 {
            errors.append(
                DomainError(
                    .invalid, code: "name.tooLong", vi: "Tên quá dài (tối đa 200 ký tự).",
                    en: "The name is too long (200 characters at most).", field: "name"))
        }
        let c = VietnameseText.normalizeName(code ?? "")
        if c.isEmpty { errors.append(.required("code", vi: "ký hiệu văn bản", en: "Code")) }
        if c.count > 20 || c.contains(" ") || c.contains("/") {
            errors.append(
                DomainError(
                    .invalid, code: "code.invalid",
                    vi: "Ký hiệu văn bản tối đa 20 ký tự, không có dấu cách hay dấu /.",
                    en: "The code has at most 20 characters, no spaces or slashes.", field: "code"))
        }
        let k = MemberDraft.blank(kind).flatMap(UnitKind.init(rawValue:))
        if k == nil {
            errors.append(
                DomainError(
                    .invalid, code: "kind.invalid", vi: "Chọn cấp tổ chức.",
                    en: "Choose the kind of unit.", field: "kind"))
        }
        var ct: CellType?
        if let raw = MemberDraft.blank(cellType) {
            ct = CellType(rawValue: raw)
            if ct == nil {
                errors.append(
                    DomainError(
                        .invalid, code: "cellType.invalid", vi: "Loại hình chi bộ không hợp lệ.",
                        en: "Unknown cell type.", field: "cellType"))
            }
        }
        if k == .cell, ct == nil, MemberDraft.blank(cellType) == nil {
            errors.append(.required("cellType", vi: "loại hình chi bộ", en: "Cell type"))
        }
        let term = VietnameseText.normalizeName(termLabel ?? "")
        if term.count > 40 {
            errors.append(
                DomainError(
                    .invalid, code: "termLabel.tooLong", vi: "Nhiệm kỳ quá dài.",
                    en: "The term label is too long.", field: "termLabel"))
        }
        var start: CivilDate?
        if let t = MemberDraft.blank(termStart) {
            start = CivilDate(parsing: t)
            if start == nil { errors.append(.badDate("termStart", vi: "Ngày bắt đầu nhiệm kỳ", en: "Term start")) }
        }
        guard errors.isEmpty, let k else { throw ValidationErrors(errors) }
        return UnitFacts(name: n, code: c, kind: k, cellType: k == .cell ? ct : nil, termLabel: term, termStart: start)
    }
}

public enum TreeRules {
    /// Whether a unit of `child` kind may sit under a unit of `parent` kind (nil: at the root).
    public static func check(child: UnitKind, parent: UnitKind?) throws(DomainError) {
        guard let parent else {
            if child == .cell {
                throw DomainError(
                    .invalid, code: "parent.required", vi: "Chi bộ phải trực thuộc một đảng bộ.",
                    en: "A cell must sit under a committee.", field: "parentId")
            }
            return
        }
        if parent == .cell {
            throw DomainError(
                .invalid, code: "parent.isCell", vi: "Không thể đặt tổ chức trực thuộc một chi bộ.",
                en: "Nothing can sit under a cell.", field: "parentId")
        }
        if child == .province && parent != .province {
            throw DomainError(
                .invalid, code: "parent.level", vi: "Đảng bộ tỉnh không thể trực thuộc cấp dưới.",
                en: "A provincial committee cannot sit under a lower level.", field: "parentId")
        }
    }
}
