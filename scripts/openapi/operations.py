"""Shared error responses and the helpers that describe one operation (parameters, body, responses)."""
from .helpers import REF, RESP, UUID_PATTERN


def err(desc, extra_headers=None):
    r = {"description": desc, "content": {"application/json": {"schema": REF("Error")}}}
    if extra_headers:
        r["headers"] = extra_headers
    return r


responses = {
    "BadRequest": err("Dữ liệu gửi lên sai định dạng hoặc sai kiểu (body.malformed) / malformed body or query, wrong types."),
    "Unauthorized": err("Thiếu hoặc sai mã truy cập (unauthorized) / no or invalid bearer token."),
    "Forbidden": err("Không có quyền (forbidden) / not allowed."),
    "NotFound": err("Không tìm thấy, hoặc ngoài phạm vi được xem / not found, or outside the caller's scope."),
    "Conflict": err("Mâu thuẫn với dữ liệu đã có (trùng, sai trạng thái) / conflicts with stored data or state."),
    "PayloadTooLarge": err("Dữ liệu gửi lên quá lớn (body.tooLarge) / request body too large."),
    "UnsupportedMediaType": err("Kiểu dữ liệu không hỗ trợ hoặc thiếu Content-Type (body.mediaType) / unsupported or missing content type."),
    "Unprocessable": err("Dữ liệu không hợp lệ, kèm danh sách trường lỗi; cũng khi body rỗng / invalid input with the fields at fault; "
                         "also an empty body."),
    "TooManyRequests": err("Đăng nhập sai quá nhiều lần (login.throttled), hoặc quá nhiều yêu cầu với một mã truy cập "
                           "(api.rateLimited) / too many failed logins, or too many requests with one token.",
                           {"Retry-After": {"description": "Giây / seconds.", "schema": {"type": "string"}}}),
}


def ok(schema_name, desc, status="200"):
    return {status: {"description": desc, "content": {"application/json": {"schema": REF(schema_name)}}}}


NO_CONTENT = {"204": {"description": "Xong, không có nội dung / done, no content."}}

READ = ["401", "403", "404"]
QUERY = ["400", "422"]
WRITE = ["400", "401", "403", "404", "409", "413", "415", "422"]
ACTION = ["401", "403", "404", "409", "413", "422"]
ERRNAME = {"400": "BadRequest", "401": "Unauthorized", "403": "Forbidden", "404": "NotFound", "409": "Conflict",
           "413": "PayloadTooLarge", "415": "UnsupportedMediaType", "422": "Unprocessable", "429": "TooManyRequests"}


def errors(codes):
    return {c: RESP(ERRNAME[c]) for c in sorted(set(codes))}


def pid(name="id", desc="UUID; giá trị không phải UUID → 404 / not a UUID → 404."):
    return {"name": name, "in": "path", "required": True, "description": desc, "schema": {"type": "string", "format": "uuid", "pattern": UUID_PATTERN}}


def q(name, schema, desc):
    return {"name": name, "in": "query", "required": False, "description": desc, "schema": schema}


def jbody(name):
    return {"required": True, "content": {"application/json": {"schema": REF(name)}}}


def op(op_id, tag, summary, success, errs, body=None, params=None, public=False, desc=None):
    o = {"operationId": op_id, "tags": [tag], "summary": summary}
    if desc:
        o["description"] = desc
    if params:
        o["parameters"] = params
    if body:
        o["requestBody"] = jbody(body) if isinstance(body, str) else body
    # Every request with a token counts against the token's rate limit.
    o["responses"] = {**success, **errors(list(errs) + ([] if public else ["429"]))}
    if public:
        o["security"] = []
    return o


P = "/api/v1"


def adder(paths):
    """The function add(path, method, operation) that files an operation under /api/v1 in `paths`."""
    def add(path, method, o):
        paths.setdefault(P + path, {})[method] = o
    return add


YEAR = q("year", {"type": "integer", "minimum": 2000, "maximum": 2100},
         "Năm 2000–2100, mặc định năm nay (ngoài khoảng → 422) / year 2000–2100 (else 422), default this year.")

PERIOD = q("period", {"type": "string", "enum": ["month", "quarter", "year", "custom"]},
           "Kỳ báo cáo, mặc định năm / the period's kind, a year by default.")
