import ChiBoCore
import Fluent
import SQLKit
import Vapor

/// A round's documents in the official format (RULES.md, "Documents"): the committee's decision
/// recognising the members' classification with its list, the summary report of organisations
/// and members (against the year before), and the results as a workbook.
enum EvaluationDocuments {
    struct Data: Sendable {
        let round: EvaluationRound
        let committee: OrgUnit
        /// The superior as a sentence names it ("Đảng bộ tỉnh Thái Nguyên").
        let superiorName: String
        let members: [(name: String, cell: String, e: MemberEvaluation)]
        let orgs: [(name: String, o: OrgEvaluation)]
        let share: Int
        /// Who signs for the committee: its secretary in office (blank, to sign by hand, when none is recorded).
        let signer: String
        /// The committee's classification of the year before, from the counters.
        let previous: ClassificationFigures
        let today: CivilDate

        var superior: String { superiorName.uppercased() }

        /// "Đảng ủy xã Thượng Lâm": the committee of the party organisation.
        var issuerName: String {
            let name = committee.name
            return VietnameseText.fold(name).hasPrefix("dang bo ") ? "Đảng ủy " + name.dropFirst("Đảng bộ ".count) : name
        }

        /// "ĐẢNG ỦY XÃ THƯỢNG LÂM", as the document's heading writes it.
        var issuer: String { issuerName.uppercased() }

        var periodLabel: String {
            round.kind == .year ? "năm \(round.year)" : "từ \(round.firstDay.vietnamese) đến \(round.lastDay.vietnamese)"
        }

        func filename(_ kind: String, _ ext: String) -> String {
            "\(kind)-xep-loai-\(VietnameseText.fold(committee.name).replacingOccurrences(of: " ", with: "-"))-\(round.year).\(ext)"
        }
    }

    static func load(_ db: any Database, _ principal: Principal, roundID: UUID, today: CivilDate) async throws -> Data {
        let (r, access) = try await EvaluationService.round(db, principal, roundID)
        guard access.reader else { throw DomainError.forbidden() }
        let members = try await MemberEvaluation.query(on: db).filter(\.$round.$id == roundID).with(\.$unit).all()
            .sorted { ($0.unit.code, $0.sortKey) < ($1.unit.code, $1.sortKey) }
        let orgs = try await OrgEvaluation.query(on: db).filter(\.$round.$id == roundID).with(\.$unit).all().sorted {
            $0.unit.code < $1.unit.code
        }
        let parent = try await r.unit.$parent.id.asyncMap { try await OrgUnit.find($0, on: db) } ?? nil
        let stored = try await RollupService.stored(
            db as! any SQLDatabase, units: [r.$unit.id], keys: [PeriodKey.year(r.year - 1)], overdueBefore: nil)
        var previous = ClassificationFigures()
        previous.add(stored[r.$unit.id]?[PeriodKey.year(r.year - 1)] ?? FigureRow())
        // The secretary in office on the decision's day (today's before it is taken).
        let day = r.decisionOn ?? today
        let secretary = try await UnitOfficer.query(on: db).filter(\.$unit.$id == r.$unit.id).filter(\.$role == .secretary)
            .filter(\.$fromDate <= day).group(.or) { $0.filter(\.$untilDate == nil).filter(\.$untilDate > day) }.with(\.$member).first()?
            .member.fullName
        return Data(
            round: r, committee: r.unit, superiorName: parent?.name ?? "",
            members: members.map { ($0.fullName, $0.unit.name, $0) }, orgs: orgs.map { ($0.unit.name, $0) },
            share: try await EvaluationService.share(db, r), signer: secretary ?? "", previous: previous, today: today)
    }

    static func count(_ levels: [EvaluationLevel?], _ level: EvaluationLevel) -> Int { levels.filter { $0 == level }.count }

    /// "12 (27,9%)".
    static func share(_ n: Int, of total: Int) -> String {
        guard total > 0 else { return "\(n)" }
        let tenths = (n * 2000 + total) / (2 * total)
        return "\(n) (\(tenths / 10),\(tenths % 10)%)"
    }

    /// The committee's decision (after it is taken): the articles and the list by cell.
    static func decision(_ d: Data) throws -> OfficialDocument {
        guard let number = d.round.decisionNumber.flatMap(DocumentNumber.parse), let date = d.round.decisionOn else {
            throw DomainError(
                .conflict, code: "round.notDecided", vi: "Quyết định chỉ có sau khi cấp ủy quyết định.",
                en: "The decision exists once the committee has decided.")
        }
        let levels = d.members.map(\.e.finalLevel)
        let counts = EvaluationLevel.descending.map { "- \($0.label(.vi)): \(share(count(levels, $0), of: levels.count)) đảng viên;" }
        let rows = d.members.enumerated().map { i, m in [String(i + 1), m.name, m.cell, m.e.finalLevel?.label(.vi) ?? ""] }
        let body: [Block] =
            [
                .paragraph("Căn cứ Điều lệ Đảng Cộng sản Việt Nam;"),
                .paragraph(
                    "Căn cứ Quy định số 366-QĐ/TW ngày 30/8/2025 của Bộ Chính trị về kiểm điểm và đánh giá, xếp loại chất lượng hằng năm đối với tập thể, cá nhân trong hệ thống chính trị;"
                ),
                .paragraph("Căn cứ Hướng dẫn số 43-HD/BTCTW ngày 31/10/2025 của Ban Tổ chức Trung ương;"),
                .paragraph("Xét đề nghị của các chi bộ và kết quả thẩm định,"),
                .heading("QUYẾT ĐỊNH"),
                .paragraph(
                    "Điều 1. Công nhận kết quả đánh giá, xếp loại chất lượng \(d.periodLabel) đối với \(levels.count) đảng viên (có danh sách kèm theo), gồm:"
                ),
            ]
            + counts.map(Block.paragraph) + [
                .paragraph("Điều 2. Các chi bộ, đảng viên có tên tại Điều 1 và các cơ quan liên quan căn cứ Quyết định thi hành."),
                .paragraph("Điều 3. Quyết định có hiệu lực kể từ ngày ký."),
                .heading("DANH SÁCH ĐẢNG VIÊN ĐƯỢC ĐÁNH GIÁ, XẾP LOẠI"),
                .table(header: ["STT", "Họ và tên", "Chi bộ", "Mức xếp loại"], rows: rows),
            ]
        return OfficialDocument(
            superior: d.superior, issuer: d.issuer, number: number, place: MeetingPlace.of(d.committee.name), date: date,
            title: "QUYẾT ĐỊNH",
            subtitle: "về việc công nhận kết quả đánh giá, xếp loại chất lượng đảng viên \(d.periodLabel)", body: body,
            signatures: [SignatureBlock(onBehalf: "T/M ĐẢNG ỦY", title: "BÍ THƯ", name: d.signer)],
            recipients: ["- Như Điều 2,", "- \(d.superiorName) (để báo cáo),", "- Lưu Văn phòng Đảng ủy."])
    }

    /// The summary report: organisations and members by level, the share of "excellent", the year before.
    static func report(_ d: Data) -> OfficialDocument {
        let levels = d.members.map { $0.e.finalLevel ?? $0.e.appraisedLevel ?? $0.e.cellLevel }
        let orgLevels = d.orgs.map { $0.o.finalLevel ?? $0.o.level }
        let cap = ExcellentCap(share: d.share, levels: levels)
        func lines(_ ls: [EvaluationLevel?], previous: (EvaluationLevel) -> Int?) -> [Block] {
            EvaluationLevel.descending.map { l in
                let before = previous(l).map { "; năm \(d.round.year - 1): \($0)" } ?? ""
                return .bullet("\(l.label(.vi)): \(share(count(ls, l), of: ls.count))\(before)")
            }
        }
        let yearly = d.round.kind == .year
        let body: [Block] =
            [
                .paragraph(
                    "Thực hiện Quy định số 366-QĐ/TW và Hướng dẫn số 43-HD/BTCTW, \(d.issuerName) báo cáo kết quả kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên \(d.periodLabel) như sau:"
                ),
                .heading("I. ĐỐI VỚI TỔ CHỨC ĐẢNG"),
                .paragraph("Tổng số tổ chức đảng được đánh giá, xếp loại: \(orgLevels.count)."),
            ] + lines(orgLevels, previous: { yearly ? d.previous.count($0, cells: true) : nil })
            + [
                .table(
                    header: ["STT", "Tổ chức đảng", "Tự xếp loại", "Xếp loại"],
                    rows: d.orgs.enumerated().map { i, o in
                        [String(i + 1), o.name, o.o.selfLevel?.label(.vi) ?? "", (o.o.finalLevel ?? o.o.level)?.label(.vi) ?? ""]
                    }),
                .heading("II. ĐỐI VỚI ĐẢNG VIÊN"),
                .paragraph("Tổng số đảng viên được đánh giá, xếp loại: \(levels.count)."),
            ] + lines(levels, previous: { yearly ? d.previous.count($0, cells: false) : nil })
            + [
                .paragraph(
                    "Tỷ lệ “Hoàn thành xuất sắc nhiệm vụ” so với “Hoàn thành tốt nhiệm vụ” (không quá \(d.share)%): \(cap.arithmetic(.vi))."
                ),
                .heading("III. NHẬN XÉT CHUNG"),
                .paragraph(
                    "Công tác kiểm điểm, đánh giá, xếp loại được tiến hành theo đúng quy trình: đảng viên tự kiểm điểm, chi bộ nhận xét, đề xuất; cấp ủy thẩm định, quyết định và công khai kết quả."
                ),
            ]
        return OfficialDocument(
            superior: d.superior, issuer: d.issuer, number: nil, place: MeetingPlace.of(d.committee.name),
            date: d.round.publishedOn ?? d.round.decisionOn ?? d.today, title: "BÁO CÁO",
            subtitle: "kết quả kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên \(d.periodLabel)", body: body,
            signatures: [SignatureBlock(onBehalf: "T/M ĐẢNG ỦY", title: "BÍ THƯ", name: d.signer)],
            recipients: ["- \(d.superiorName) (để báo cáo),", "- Các chi bộ trực thuộc,", "- Lưu Văn phòng Đảng ủy."])
    }

    /// The results: a sheet of members step by step, a sheet of organisations.
    static func workbook(_ d: Data) -> [UInt8] {
        func level(_ l: EvaluationLevel?) -> SpreadsheetCell { .text(l?.label(.vi) ?? "") }
        func score(_ n: Int?) -> SpreadsheetCell { n.map(SpreadsheetCell.number) ?? .text("") }
        let members: [[SpreadsheetCell]] =
            [
                [
                    "STT", "Họ và tên", "Chi bộ", "Mẫu", "Tự chấm điểm", "Tự xếp loại", "Chi bộ chấm điểm", "Chi bộ đề xuất",
                    "Cấp ủy thẩm định",
                    "Quyết định",
                ].map(SpreadsheetCell.text)
            ]
            + d.members.enumerated().map { i, m in
                [
                    .number(i + 1), .text(m.name), .text(m.cell), .text(m.e.form.rawValue), score(m.e.selfScore), level(m.e.selfLevel),
                    score(m.e.cellScore), level(m.e.cellLevel), level(m.e.appraisedLevel), level(m.e.finalLevel),
                ]
            }
        let orgs: [[SpreadsheetCell]] =
            [["STT", "Tổ chức đảng", "Tự chấm điểm", "Tự xếp loại", "Điểm cấp trên", "Xếp loại", "Quyết định"].map(SpreadsheetCell.text)]
            + d.orgs.enumerated().map { i, o in
                [
                    .number(i + 1), .text(o.name), score(o.o.selfScore), level(o.o.selfLevel), score(o.o.score), level(o.o.level),
                    level(o.o.finalLevel),
                ]
            }
        return XlsxWriter.workbook([("Đảng viên", members), ("Tổ chức đảng", orgs)])
    }
}
