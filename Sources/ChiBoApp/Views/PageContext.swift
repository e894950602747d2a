import ChiBoCore
import Vapor

/// What every page needs besides its own data: language, who is logged in, the CSRF token, the path.
struct PageContext: Sendable {
    let language: Language
    let principal: Principal?
    let csrf: String
    let path: String
    /// Today in Vietnam, on the application's clock.
    let today: CivilDate

    /// The Vietnamese or English text.
    func t(_ vi: String, _ en: String) -> String { language == .vi ? vi : en }

    func label(_ value: some Labelled) -> String { value.label(language) }

    /// The hidden CSRF field every form carries.
    var csrfField: HTML { "<input type=\"hidden\" name=\"_csrf\" value=\"\(csrf)\">" }
}

extension Request {
    func pageContext() async -> PageContext {
        let principal = auth.get(Principal.self)
        let full = url.path + (url.query.map { "?" + $0 } ?? "")
        // Pages outside the session group (an unknown URL's error page) carry no form needing a token.
        let csrf = storage[HasSessionsKey.self] == true ? csrfToken : ""
        return PageContext(language: language, principal: principal, csrf: csrf, path: full, today: clock.today)
    }
}
