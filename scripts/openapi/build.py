"""Assembles the document from the modules, formats it and writes the JSON and the Swift file."""
import copy
import json

from . import (bodies, evaluation, imports, links, operations, paths_core, paths_meetings, paths_training, schemas_core,
               schemas_meetings, schemas_training)


def loosen(o):
    """A property that is not required may be absent; allow null too."""
    if not isinstance(o, dict):
        return
    if o.get("type") == "object" and "properties" in o:
        req = set(o.get("required", []))
        for k, v in list(o["properties"].items()):
            loosen(v)
            if k in req:
                continue
            if "$ref" in v:
                extra = {kk: vv for kk, vv in v.items() if kk != "$ref"}
                o["properties"][k] = {"anyOf": [{"$ref": v["$ref"]}, {"type": "null"}], **extra}
            elif isinstance(v.get("type"), str):
                v["type"] = [v["type"], "null"]
    if o.get("type") == "array":
        loosen(o.get("items"))


def document():
    """The OpenAPI document as a dict, in the order it is written."""
    # A name used twice would silently replace a schema (a request body named like an enum did once).
    parts = [schemas_core.schemas, schemas_meetings.schemas, schemas_training.schemas, evaluation.schemas, imports.schemas,
             bodies.schemas, schemas_training.bodies, evaluation.bodies, imports.bodies]
    seen, clashes = set(), set()
    for part in parts:
        clashes |= seen & set(part)
        seen |= set(part)
    assert not clashes, f"schema names defined twice: {sorted(clashes)}"
    schemas = copy.deepcopy({**schemas_core.schemas, **schemas_meetings.schemas, **schemas_training.schemas, **evaluation.schemas,
                             **imports.schemas})
    for name, schema in schemas.items():
        if name not in ("RollMember",):  # the vote calculator's input, described exactly
            loosen(schema)
    schemas.update(copy.deepcopy({**bodies.schemas, **schemas_training.bodies, **evaluation.bodies, **imports.bodies}))
    responses = copy.deepcopy(operations.responses)
    paths = {}
    for part in (paths_core.paths, paths_meetings.paths, paths_training.paths, evaluation.paths, imports.paths):
        for path, methods in copy.deepcopy(part).items():
            paths.setdefault(path, {}).update(methods)
    links.add_links(paths)
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "ChiBo API",
            "version": "1",
            "description": (
                "API JSON của ChiBo — phần mềm quản lý chi bộ, đảng viên và sinh hoạt chi bộ. Xác thực bằng mã truy cập "
                "(POST /api/v1/auth/token) gửi trong tiêu đề `Authorization: Bearer …`. Ngày là chuỗi `yyyy-MM-dd`; thời điểm "
                "(`expiresAt`, `at`) là ISO 8601 UTC không có phần lẻ giây. Trường không có giá trị thì vắng mặt trong JSON. "
                "Mọi lỗi có dạng `{\"error\":{\"code\",\"message\",\"fields\"?}}`; thông báo bằng tiếng Việt, hoặc tiếng Anh khi gửi "
                "`Accept-Language: en`.\n\n"
                "The JSON API of ChiBo, software for Vietnamese party cells: units, members and meetings. Authenticate with a "
                "token from POST /api/v1/auth/token, sent as `Authorization: Bearer …`. Dates are `yyyy-MM-dd` strings; instants "
                "(`expiresAt`, `at`) are ISO 8601 in UTC without fractional seconds. Fields without a value are omitted. Every "
                "error is `{\"error\":{\"code\",\"message\",\"fields\"?}}`, in Vietnamese, or English with `Accept-Language: en`. "
                "Request bodies are JSON; every body field is optional to the decoder (a wrong type is 400), and what the server "
                "requires is checked by its rules (422, listing the fields)."
            ),
        },
        "servers": [{"url": "/"}],
        "security": [{"bearerAuth": []}],
        "tags": [{"name": n} for n in ["auth", "units", "members", "accounts", "audit", "rulebook", "meetings", "votes", "tasks", "oversight", "evaluation", "training", "meta"]],
        "paths": paths,
        "components": {
            "securitySchemes": {"bearerAuth": {"type": "http", "scheme": "bearer",
                                               "description": "Mã từ POST /api/v1/auth/token / token from POST /api/v1/auth/token."}},
            "schemas": schemas,
            "responses": responses,
        },
    }


def fmt(v, indent=0, width=120):
    """JSON with each object or array on one line when it fits, else one member a line."""
    flat = json.dumps(v, ensure_ascii=False, separators=(", ", ": "))
    if len(flat) + indent <= width or not isinstance(v, (dict, list)) or not v:
        return flat
    pad = " " * (indent + 2)
    if isinstance(v, dict):
        items = [pad + json.dumps(k, ensure_ascii=False) + ": " + fmt(x, indent + 2, width) for k, x in v.items()]
        return "{\n" + ",\n".join(items) + "\n" + " " * indent + "}"
    items = [pad + fmt(x, indent + 2, width) for x in v]
    return "[\n" + ",\n".join(items) + "\n" + " " * indent + "]"


def main(argv):
    """Writes the JSON to argv[1] and, when given, the Swift file to argv[2]."""
    text = fmt(document(), 0, 116)
    assert '"""#' not in text and "\\#" not in text
    with open(argv[1], "w") as f:
        f.write(text + "\n")
    if len(argv) > 2:
        body = "\n".join(("    " + line) if line else "" for line in text.split("\n"))
        with open(argv[2], "w") as f:
            f.write("// swift-format-ignore-file\n"
                    "/// The OpenAPI 3.1 document of /api/v1, served at /api/v1/openapi.json.\n"
                    "enum OpenAPIDocument {\n"
                    "    static let json = #\"\"\"\n" + body + "\n    \"\"\"#\n}\n")
