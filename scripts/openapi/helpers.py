"""Small constructors of JSON Schema fragments shared by the schemas, request bodies and paths."""
import copy


def REF(name):
    return {"$ref": f"#/components/schemas/{name}"}


def RESP(name):
    return {"$ref": f"#/components/responses/{name}"}


def nullable(t, **extra):
    return {"type": [t, "null"], **extra}


def s(desc=None, **kw):
    d = {"type": "string", **kw}
    if desc:
        d["description"] = desc
    return d


UUID = {"type": "string", "format": "uuid"}
DATE = {"type": "string", "format": "date", "description": "yyyy-MM-dd"}
INT = {"type": "integer"}
BOOL = {"type": "boolean"}


def obj(props, required=None, desc=None):
    o = {"type": "object", "properties": {k: copy.deepcopy(v) for k, v in props.items()}}
    if required:
        o["required"] = required
    if desc:
        o["description"] = desc
    return o


def arr(items, desc=None):
    a = {"type": "array", "items": copy.deepcopy(items)}
    if desc:
        a["description"] = desc
    return a


def enum(values, desc):
    return {"type": "string", "enum": values, "description": desc}


# Request bodies: every field is optional to the decoder, so each may be null.

def NS(d=None):
    return {"type": ["string", "null"], **({"description": d} if d else {})}


UUID_PATTERN = "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
INT64 = {"format": "int64", "minimum": -9223372036854775808, "maximum": 9223372036854775807}


def NU(d=None):
    return {"type": ["string", "null"], "format": "uuid", "pattern": UUID_PATTERN, **({"description": d} if d else {})}


def NI(d=None):
    return {"type": ["integer", "null"], **INT64, **({"description": d} if d else {})}


def NB(d=None):
    return {"type": ["boolean", "null"], **({"description": d} if d else {})}


DT = "Ngày dạng yyyy-MM-dd (hoặc dd/MM/yyyy) / a date, yyyy-MM-dd (or dd/MM/yyyy)."
