import ChiBoApp
import ChiBoCore
import Fluent
import Foundation
import Vapor

/// `chibo-bench import-file --members N --out FILE [--csv]`: writes a province-sized member list
/// in the import's columns (a cell per hundred members, every cell new) and creates the empty
/// committee to import it into, printing its id, for `chibo import FILE --unit ID --create-cells`
/// (scripts/bench.sh --import N).
struct ImportFileCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "members", help: "Members in the file (default 100000)") var members: Int?
        @Option(name: "out", help: "Where to write the file") var out: String?
        @Flag(name: "csv", help: "Write .csv instead of .xlsx") var csv: Bool
    }

    var help: String { "Writes a member list of --members members for `chibo import` and creates the committee to import it into" }

    static let families = [
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý",
    ]
    static let middles = ["Văn", "Thị", "Đức", "Minh", "Hữu", "Thanh", "Quốc", "Ngọc", "Xuân", "Thu"]
    static let givens = [
        "An", "Bình", "Cường", "Dũng", "Đức", "Hà", "Hải", "Hạnh", "Hoa", "Hùng", "Lan", "Linh", "Mai", "Nam", "Ngọc", "Phúc", "Quang",
        "Sơn", "Thảo", "Tùng", "Vân", "Yến",
    ]

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        let count = signature.members ?? 100_000
        let today = app.clock.today
        var rows: [[SpreadsheetCell]] = [ImportColumn.exported.map { .text($0.label(.vi)) }]
        var seed: UInt64 = 2026
        func next(_ n: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(n))
        }
        for i in 0..<count {
            let female = next(2) == 1
            let name = [
                Self.families[next(Self.families.count)], female ? "Thị" : Self.middles[next(Self.middles.count)],
                Self.givens[next(Self.givens.count)],
            ]
            .joined(separator: " ")
            let birth = CivilDate(year: 1950 + next(45), month: 1 + next(12), day: 1 + next(28))!
            var admission = birth.adding(months: (19 + next(20)) * 12 + next(12))
            if admission > today { admission = today.adding(days: -next(300) - 1) }
            let official = admission.adding(months: 12) <= today ? admission.adding(months: 12) : nil
            let line = ImportColumn.exported.map { c -> SpreadsheetCell in
                switch c {
                case .ordinal: .number(i + 1)
                case .fullName: .text(name)
                case .birthDate: .text(birth.vietnamese)
                case .gender: .text(female ? "Nữ" : "Nam")
                case .ethnicity: .text("Kinh")
                case .cardNumber: .text(String(50_000_000 + i))
                case .admissionDate: .text(admission.vietnamese)
                case .officialDate: .text(official?.vietnamese ?? "")
                case .cell: .text("Chi bộ số \(i / 100 + 1)") // not a rule: a hundred members a cell
                default: .text("")
                }
            }
            rows.append(line)
        }
        let out = signature.out ?? "members-\(count).\(signature.csv ? "csv" : "xlsx")"
        let bytes = signature.csv ? Array(MemberListTable.csv(rows).utf8) : XlsxWriter.workbook([("Danh sách", rows)])
        FileManager.default.createFile(atPath: out, contents: Data(bytes))
        let unit = OrgUnit(
            parentID: nil, name: "Đảng bộ thử nhập \(UUID().uuidString.prefix(6))", code: "ĐU", kind: .grassroots, cellType: nil,
            termLabel: "2025–2030", termStart: CivilDate(year: 2025, month: 5, day: 1), depth: 0)
        try await app.db.write { tx in
            try await unit.create(on: tx)
            try await UnitClosure(ancestorID: unit.id!, descendantID: unit.id!, depth: 0).create(on: tx)
        }
        context.console.print("wrote \(out): \(count) members, \(bytes.count / 1024) KB")
        context.console.print("unit \(unit.id!.uuidString.lowercased())")
    }
}
