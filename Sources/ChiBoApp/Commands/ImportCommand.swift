import ChiBoCore
import Fluent
import Vapor

/// `chibo import FILE [--unit ID] [--dry-run] [--create-cells] [--map "Header=column" …]`: imports
/// a member list (.xlsx or .csv) into a unit as the web's import does, all or nothing, with a
/// line of progress per 10%. Without --unit, into the installation's only top unit.
struct ImportCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "file", help: "The member list, .xlsx or .csv")
        var file: String
        @Option(name: "unit", help: "The unit's id (default: the only top unit)")
        var unit: String?
        @Flag(name: "dry-run", help: "Check and count, write nothing")
        var dryRun: Bool
        @Flag(name: "create-cells", help: "Create the cells the file names and the unit lacks")
        var createCells: Bool
        @Option(name: "map", help: "Map a header to a column, e.g. \"Họ tên ĐV=fullName\"; comma-separated for several")
        var map: String?
    }

    var help: String { "Imports a member list (.xlsx or .csv) into a unit: all of it, or nothing and the reasons." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        let console = context.console
        guard let data = FileManager.default.contents(atPath: signature.file) else {
            console.error("Cannot read \(signature.file).")
            throw Abort(.badRequest)
        }
        let unit: OrgUnit
        if let raw = signature.unit {
            guard let id = UUID(uuidString: raw), let u = try await OrgUnit.find(id, on: app.db) else {
                console.error("No unit \(raw).")
                throw Abort(.notFound)
            }
            unit = u
        } else {
            let roots = try await OrgUnit.query(on: app.db).filter(\.$parent.$id == nil).all()
            guard roots.count == 1 else {
                console.error("Name the unit with --unit (the installation has \(roots.count) top units).")
                throw Abort(.badRequest)
            }
            unit = roots[0]
        }
        var mapping: [String: String] = [:]
        for pair in (signature.map ?? "").split(separator: ",") {
            let parts = pair.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if parts.count == 2 { mapping[parts[0]] = parts[1] }
        }
        let started = Date()
        let console2 = console
        do {
            let result = try await ImportService.apply(
                app.db, Actor(system: "chibo import"), unit: unit, bytes: Array(data),
                filename: URL(fileURLWithPath: signature.file).lastPathComponent,
                options: .init(mapping: mapping, createCells: signature.createCells), today: app.clock.today, dryRun: signature.dryRun,
                progress: { s in
                    if s.phase == .writing, s.total > 0 { console2.print("\(s.percent)% (\(s.done)/\(s.total))") }
                })
            console.print(summary(result, unit: unit, seconds: Date().timeIntervalSince(started), written: true))
        } catch let run as ImportService.DryRun {
            console.print(summary(run.result, unit: unit, seconds: Date().timeIntervalSince(started), written: false))
        } catch let e as ValidationErrors {
            for err in e.errors { console.error(err.vi) }
            console.error("\(e.errors.count) problem(s): nothing written.")
            throw Abort(.unprocessableEntity)
        } catch let e as DomainError {
            console.error(e.vi)
            throw e
        }
    }

    func summary(_ r: ImportService.ImportResult, unit: OrgUnit, seconds: Double, written: Bool) -> String {
        let verb = written ? "Imported into" : "Dry run (nothing written) for"
        return """
            \(verb) \(unit.name): \(r.created) created, \(r.updated) updated, \(r.unchanged) unchanged, \(r.cellsCreated.count) cells created \
            in \(String(format: "%.1f", seconds)) s (SHA-256 \(r.sha256)).
            """
    }
}
