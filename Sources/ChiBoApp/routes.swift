import Fluent
import Vapor

/// Every route: the web pages (session, CSRF) and the JSON API (bearer token).
func routes(_ app: Application) throws {
    app.get("healthz") { _ in "ok" }
    app.get("app.css") { _ -> Response in
        var headers = HTTPHeaders()
        headers.contentType = .css
        headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=3600")
        return Response(status: .ok, headers: headers, body: .init(string: Layout.css))
    }

    let web = app.grouped(app.sessions.middleware, SessionAuthenticator(), CSRFProtection())
    try web.register(collection: AuthController())
    try web.register(collection: SetupController())
    let loggedIn = web.grouped(RequireLogin())
    try loggedIn.register(collection: HomeController())
    try loggedIn.register(collection: UnitsController())
    try loggedIn.register(collection: MembersController())
    try loggedIn.register(collection: AccountsController())
    try loggedIn.register(collection: MeetingsController())

    let api = app.grouped("api", "v1")
    api.get("openapi.json") { req -> Response in
        var headers = HTTPHeaders()
        headers.contentType = .json
        return Response(status: .ok, headers: headers, body: .init(string: OpenAPIDocument.json))
    }
    try api.grouped(TokenAuthenticator()).register(collection: APIController())
    try api.grouped(TokenAuthenticator()).register(collection: MeetingsAPIController())
    try api.register(collection: CheckInAPIController())
}
