import ChiBoCore
import Fluent
import PostgresNIO
import Vapor

/// Turns every error into a page a person understands: HTML for the browser, JSON for the API,
/// in the user's language. An unexpected error is logged and shown without its details.
struct ErrorRenderer: AsyncMiddleware {
    struct Body: Content {
        struct Detail: Content {
            let code: String
            let message: String
            let fields: [Field]?
        }
        struct Field: Content {
            let field: String
            let code: String
            let message: String
        }
        let error: Detail
    }

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch {
            return await render(error, for: request)
        }
    }

    func render(_ error: any Error, for request: Request) async -> Response {
        let language = request.language
        let (status, errors) = classify(error, request)
        let retryAfter = (error as? Throttled).map { String($0.retryAfter) } ?? "60"
        if status == .internalServerError {
            request.logger.report(error: error)
        }
        if request.url.path.hasPrefix("/api/") {
            let first = errors.first!
            let fields = errors.compactMap { e in e.field.map { Body.Field(field: $0, code: e.code, message: e.message(language)) } }
            let body = Body(
                error: .init(
                    code: first.code, message: errors.map { $0.message(language) }.joined(separator: " "),
                    fields: fields.isEmpty ? nil : fields))
            let response = Response(status: status)
            try? response.content.encode(body, as: .json)
            if status == .tooManyRequests { response.headers.replaceOrAdd(name: .retryAfter, value: retryAfter) }
            return response
        }
        let ctx = await request.pageContext()
        let page = ErrorView.page(ctx, status: status, errors: errors)
        let response = (try? await HTMLPage(page, status: status).encodeResponse(for: request)) ?? Response(status: status)
        if status == .tooManyRequests { response.headers.replaceOrAdd(name: .retryAfter, value: retryAfter) }
        return response
    }

    func classify(_ error: any Error, _ request: Request) -> (HTTPStatus, [DomainError]) {
        switch error {
        case let e as DomainError:
            return (status(e.category), [e])
        case let e as Throttled:
            return (.tooManyRequests, [e.error])
        case let e as ValidationErrors:
            return (.unprocessableEntity, e.errors.isEmpty ? [generic(.unprocessableEntity)] : e.errors)
        case is DecodingError:
            return (
                .badRequest,
                [
                    DomainError(
                        .invalid, code: "body.malformed",
                        vi: "Dữ liệu gửi lên không đúng định dạng. Kiểm tra lại các trường và kiểu dữ liệu.",
                        en: "The request body is malformed: check its fields and their types.")
                ]
            )
        case let e as any DatabaseError where e.isConstraintFailure:
            return (
                .conflict,
                [
                    DomainError(
                        .conflict, code: "conflict",
                        vi: "Dữ liệu trùng hoặc mâu thuẫn với dữ liệu đã có; không có gì được lưu.",
                        en: "This conflicts with stored data; nothing was saved.")
                ]
            )
        case let e as any AbortError:
            return (e.status, [generic(e.status)])
        case let e as PSQLError where e.serverInfo?[.sqlState] == "22021" || e.serverInfo?[.sqlState] == "22P05":
            // Text PostgreSQL cannot store (a NUL character): the input's fault.
            _ = e
            return (
                .badRequest,
                [
                    DomainError(
                        .invalid, code: "text.invalidCharacter",
                        vi: "Dữ liệu có ký tự không hợp lệ.", en: "The input contains an invalid character.")
                ]
            )
        case let e where String(reflecting: type(of: e)).contains("Multipart"):
            // A malformed multipart body (multipart-kit's parser errors are not DecodingErrors).
            return (
                .badRequest,
                [
                    DomainError(
                        .invalid, code: "body.malformed",
                        vi: "Dữ liệu gửi lên không đúng định dạng.", en: "The request body is malformed.")
                ]
            )
        default:
            return (.internalServerError, [generic(.internalServerError)])
        }
    }

    func status(_ c: DomainError.Category) -> HTTPStatus {
        switch c {
        case .invalid: .unprocessableEntity
        case .notFound: .notFound
        case .conflict: .conflict
        case .forbidden: .forbidden
        case .rateLimited: .tooManyRequests
        }
    }

    func generic(_ status: HTTPStatus) -> DomainError {
        switch status {
        case .notFound:
            return DomainError(.notFound, code: "notFound", vi: "Không tìm thấy trang hoặc dữ liệu này.", en: "Nothing here.")
        case .unauthorized:
            return DomainError(
                .forbidden, code: "unauthorized", vi: "Cần đăng nhập (hoặc mã truy cập API hợp lệ).",
                en: "Log in (or send a valid API token) first.")
        case .forbidden:
            return DomainError.forbidden()
        case .payloadTooLarge:
            return DomainError(.invalid, code: "body.tooLarge", vi: "Dữ liệu gửi lên quá lớn.", en: "The request is too large.")
        case .unsupportedMediaType:
            return DomainError(
                .invalid, code: "body.mediaType", vi: "Kiểu dữ liệu gửi lên không được hỗ trợ (dùng JSON).",
                en: "Unsupported content type (send JSON).")
        case .methodNotAllowed:
            return DomainError(.invalid, code: "method", vi: "Phương thức không được hỗ trợ.", en: "Method not allowed.")
        case .badRequest, .unprocessableEntity:
            return DomainError(.invalid, code: "badRequest", vi: "Yêu cầu không hợp lệ.", en: "Bad request.")
        case .tooManyRequests:
            return DomainError(.rateLimited, code: "rateLimited", vi: "Quá nhiều yêu cầu, vui lòng thử lại sau.", en: "Too many requests.")
        case .serviceUnavailable:
            return DomainError(
                .conflict, code: "unavailable",
                vi: "Máy chủ đang khởi động lại. Không có thay đổi nào được lưu; vui lòng thử lại sau giây lát.",
                en: "The server is restarting. Nothing was saved; please try again in a moment.")
        default:
            return DomainError(
                .invalid, code: "server", vi: "Đã có lỗi xảy ra. Không có thay đổi nào được lưu; vui lòng thử lại.",
                en: "Something went wrong. Nothing was saved; please try again.")
        }
    }
}
