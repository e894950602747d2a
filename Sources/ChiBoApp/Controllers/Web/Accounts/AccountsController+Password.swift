import ChiBoCore
import Fluent
import Vapor

/// POST /accounts/{id}/password.
extension AccountsController {
    struct PasswordForm: Content {
        var password: String?
        var currentPassword: String?
    }

    @Sendable static func password(req: Request) async throws -> Response {
        let principal = try req.principal()
        let id = try req.id()
        try await AccountService.authorisePassword(req.db, principal, accountID: id, today: req.clock.today)
        let form = try req.content.decode(PasswordForm.self)
        switch try await req.attempt({
            try await AccountService.setPassword(
                req.db, principal, hasher: req.password.async, accountID: id, password: form.password,
                current: form.currentPassword, keepSession: req.webSession?.id, today: req.clock.today)
        }) {
        case .success:
            if id == principal.accountID {
                return try await HTMLPage(
                    AccountViews.own(
                        await req.pageContext(), errors: [],
                        notice: req.language == .vi ? "Đã đổi mật khẩu." : "Password changed.")
                )
                .encodeResponse(for: req)
            }
            return req.redirect(to: SiteURL.accounts().path)
        case .failure(let f):
            return try await HTMLPage(
                AccountViews.own(await req.pageContext(), errors: f.errors, notice: nil),
                status: .unprocessableEntity
            ).encodeResponse(for: req)
        }
    }
}
