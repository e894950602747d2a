import ChiBoCore
import Crypto
import Fluent
import SQLKit
import Vapor

/// `chibo verify`: checks every hash chain and every locked meeting.
struct VerifyCommand: AsyncCommand {
    struct Signature: CommandSignature {}
    var help: String { "Checks that no locked minutes or amendment was changed (hash chains per unit)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let (checked, problems) = try await MinutesService.verify(context.application.db)
        if problems.isEmpty {
            context.console.print("OK: \(checked) locked records, every chain intact.")
        } else {
            for p in problems { context.console.error("TAMPERED: \(p)") }
            context.console.error("\(problems.count) problem(s) in \(checked) locked records.")
            throw VerifyFailed()
        }
    }

    struct VerifyFailed: Error, CustomStringConvertible {
        var description: String { "verification failed" }
    }
}
