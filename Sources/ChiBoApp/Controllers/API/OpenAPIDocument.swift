// swift-format-ignore-file
/// The OpenAPI 3.1 document of /api/v1, served at /api/v1/openapi.json.
enum OpenAPIDocument {
    static let json = #"""
    {
      "openapi": "3.1.0",
      "info": {
        "title": "ChiBo API",
        "version": "1",
        "description": "API JSON của ChiBo — phần mềm quản lý chi bộ, đảng viên và sinh hoạt chi bộ. Xác thực bằng mã truy cập (POST /api/v1/auth/token) gửi trong tiêu đề `Authorization: Bearer …`. Ngày là chuỗi `yyyy-MM-dd`; thời điểm (`expiresAt`, `at`) là ISO 8601 UTC không có phần lẻ giây. Trường không có giá trị thì vắng mặt trong JSON. Mọi lỗi có dạng `{\"error\":{\"code\",\"message\",\"fields\"?}}`; thông báo bằng tiếng Việt, hoặc tiếng Anh khi gửi `Accept-Language: en`.\n\nThe JSON API of ChiBo, software for Vietnamese party cells: units, members and meetings. Authenticate with a token from POST /api/v1/auth/token, sent as `Authorization: Bearer …`. Dates are `yyyy-MM-dd` strings; instants (`expiresAt`, `at`) are ISO 8601 in UTC without fractional seconds. Fields without a value are omitted. Every error is `{\"error\":{\"code\",\"message\",\"fields\"?}}`, in Vietnamese, or English with `Accept-Language: en`. Request bodies are JSON; every body field is optional to the decoder (a wrong type is 400), and what the server requires is checked by its rules (422, listing the fields)."
      },
      "servers": [{"url": "/"}],
      "security": [{"bearerAuth": []}],
      "tags": [
        {"name": "auth"},
        {"name": "units"},
        {"name": "members"},
        {"name": "accounts"},
        {"name": "audit"},
        {"name": "rulebook"},
        {"name": "meetings"},
        {"name": "votes"},
        {"name": "tasks"},
        {"name": "oversight"},
        {"name": "evaluation"},
        {"name": "training"},
        {"name": "meta"}
      ],
      "paths": {
        "/api/v1/auth/token": {
          "post": {
            "operationId": "createToken",
            "tags": ["auth"],
            "summary": "Đăng nhập, lấy mã truy cập / log in and get a bearer token",
            "description": "Sai tên hoặc mật khẩu → 422 login.invalid. Sau 5 lần sai trong 15 phút với một tên đăng nhập, hoặc 20 lần từ một địa chỉ → 429 với Retry-After (mặc định; cấu hình được). Wrong name or password → 422; 5 failures for one user name, or 20 from one address, within 15 minutes → 429 with Retry-After (defaults; configurable).",
            "requestBody": {
              "required": true,
              "content": {"application/json": {"schema": {"$ref": "#/components/schemas/TokenRequest"}}}
            },
            "responses": {
              "200": {
                "description": "Mã truy cập / the token.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Token"}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            },
            "security": []
          },
          "delete": {
            "operationId": "revokeToken",
            "tags": ["auth"],
            "summary": "Thu hồi mã truy cập đang dùng / revoke the token in use",
            "responses": {
              "204": {"description": "Xong, không có nội dung / done, no content."},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/me": {
          "get": {
            "operationId": "getMe",
            "tags": ["auth"],
            "summary": "Tài khoản đang đăng nhập / the calling account",
            "responses": {
              "200": {
                "description": "Tài khoản / the account.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Me"}}}
              },
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/me/sessions": {
          "get": {
            "operationId": "listOwnSessions",
            "tags": ["auth"],
            "summary": "Các phiên đăng nhập trình duyệt của mình / the caller's browser sessions",
            "responses": {
              "200": {
                "description": "Phiên chưa hết hạn, mới dùng nhất trước / sessions not expired, last used first.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/SessionList"}}}
              },
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/me/sessions/{id}": {
          "delete": {
            "operationId": "endOwnSession",
            "tags": ["auth"],
            "summary": "Kết thúc một phiên của mình / end one of the caller's sessions",
            "description": "Phiên của tài khoản khác → 404. Ghi nhật ký (session.end). / Another account's session → 404; audited (session.end).",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "responses": {
              "204": {"description": "Xong, không có nội dung / done, no content."},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/units": {
          "get": {
            "operationId": "listUnits",
            "tags": ["units"],
            "summary": "Các đơn vị gốc trong phạm vi / top units of the caller's scope",
            "responses": {
              "200": {
                "description": "Đơn vị / units.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/UnitList"}}}
              },
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          },
          "post": {
            "operationId": "createUnit",
            "tags": ["units"],
            "summary": "Tạo đơn vị / create a unit",
            "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/UnitBody"}}}},
            "responses": {
              "201": {
                "description": "Đơn vị mới / the new unit.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Unit"}}},
                "links": {
                  "getUnit": {"operationId": "getUnit", "parameters": {"id": "$response.body#/id"}},
                  "updateUnit": {"operationId": "updateUnit", "parameters": {"id": "$response.body#/id"}},
                  "listUnitChildren": {"operationId": "listUnitChildren", "parameters": {"id": "$response.body#/id"}},
                  "getUnitCounts": {"operationId": "getUnitCounts", "parameters": {"id": "$response.body#/id"}},
                  "listOfficers": {"operationId": "listOfficers", "parameters": {"id": "$response.body#/id"}},
                  "createMeeting": {"operationId": "createMeeting", "parameters": {"id": "$response.body#/id"}},
                  "listMeetings": {"operationId": "listMeetings", "parameters": {"id": "$response.body#/id"}}
                }
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/units/{id}": {
          "get": {
            "operationId": "getUnit",
            "tags": ["units"],
            "summary": "Chi tiết đơn vị / a unit with its ancestors, counts and officers",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "responses": {
              "200": {
                "description": "Đơn vị / the unit.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/UnitDetail"}}}
              },
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          },
          "patch": {
            "operationId": "updateUnit",
            "tags": ["units"],
            "summary": "Sửa đơn vị / update a unit",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/UnitBody"}}}},
            "responses": {
              "200": {
                "description": "Đơn vị / the unit.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Unit"}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/units/{id}/children": {
          "get": {
            "operationId": "listUnitChildren",
            "tags": ["units"],
            "summary": "Đơn vị trực thuộc / child units",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "responses": {
              "200": {
                "description": "Đơn vị / units.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/UnitList"}}}
              },
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/units/{id}/counts": {
          "get": {
            "operationId": "getUnitCounts",
            "tags": ["units"],
            "summary": "Số lượng đảng viên / membership counts",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "responses": {
              "200": {
                "description": "Số lượng / counts.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/MembershipCounts"}}}
              },
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/units/{id}/move": {
          "post": {
            "operationId": "moveUnit",
            "tags": ["units"],
            "summary": "Chuyển đơn vị / move a unit",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "requestBody": {
              "required": true,
              "content": {"application/json": {"schema": {"$ref": "#/components/schemas/MoveUnitBody"}}}
            },
            "responses": {
              "200": {
                "description": "Đơn vị / the unit.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Unit"}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/units/{id}/officers": {
          "get": {
            "operationId": "listOfficers",
            "tags": ["units"],
            "summary": "Cấp ủy hiện tại / current officers",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "responses": {
              "200": {
                "description": "Cấp ủy / officers.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/OfficerList"}}}
              },
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          },
          "post": {
            "operationId": "setOfficer",
            "tags": ["units"],
            "summary": "Bổ nhiệm chức vụ / set an officer",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "requestBody": {
              "required": true,
              "content": {"application/json": {"schema": {"$ref": "#/components/schemas/OfficerBody"}}}
            },
            "responses": {
              "200": {
                "description": "Cấp ủy sau khi đổi / officers afterwards.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/OfficerList"}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/units/{id}/liaison": {
          "put": {
            "operationId": "setLiaison",
            "tags": ["units"],
            "summary": "Đặt cán bộ phụ trách / set the liaison",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "requestBody": {
              "required": true,
              "content": {"application/json": {"schema": {"$ref": "#/components/schemas/LiaisonBody"}}}
            },
            "responses": {
              "200": {
                "description": "Cán bộ phụ trách / the liaison.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Liaison"}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/units/{id}/liaisons": {
          "get": {
            "operationId": "listLiaisons",
            "tags": ["units"],
            "summary": "Cấp ủy viên cấp trên phụ trách / who follows the cell from above",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "responses": {
              "200": {
                "description": "Mỗi cấp ủy một người, cấp gần nhất trước / one per committee, the nearest first.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/LiaisonList"}}}
              },
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/units/{id}/liaisons/{liaison}/end": {
          "post": {
            "operationId": "endLiaison",
            "tags": ["units"],
            "summary": "Thôi phụ trách / end an assignment to follow the cell",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              },
              {
                "name": "liaison",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              },
              {
                "name": "until",
                "in": "query",
                "required": false,
                "description": "Ngày thôi (yyyy-MM-dd), mặc định hôm nay / the day, default today.",
                "schema": {"type": "string"}
              }
            ],
            "responses": {
              "200": {
                "description": "Những người còn phụ trách / who follows it afterwards.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/LiaisonList"}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/members": {
          "get": {
            "operationId": "listMembers",
            "tags": ["members"],
            "summary": "Tìm đảng viên / search members",
            "parameters": [
              {
                "name": "q",
                "in": "query",
                "required": false,
                "description": "Tìm theo tên, số thẻ (100 ký tự đầu) / text search on name or card number.",
                "schema": {"type": "string"}
              },
              {
                "name": "unitId",
                "in": "query",
                "required": false,
                "description": "Chỉ trong đơn vị này và cấp dưới / only in this subtree.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              },
              {
                "name": "after",
                "in": "query",
                "required": false,
                "description": "Con trỏ next của trang trước; con trỏ không hợp lệ thì về trang đầu / the previous page's next cursor; an unreadable one starts over.",
                "schema": {"type": "string"}
              },
              {
                "name": "per",
                "in": "query",
                "required": false,
                "description": "Số mỗi trang, mặc định 50 (giới hạn 1–200) / per page, clamped to 1–200.",
                "schema": {"type": "integer", "format": "int64", "minimum": -9223372036854775808, "maximum": 9223372036854775807}
              }
            ],
            "responses": {
              "200": {
                "description": "Một trang kết quả / one page.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/MemberList"}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          },
          "post": {
            "operationId": "createMember",
            "tags": ["members"],
            "summary": "Thêm đảng viên / add a member",
            "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/MemberBody"}}}},
            "responses": {
              "201": {
                "description": "Đảng viên mới / the new member.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Member"}}},
                "links": {
                  "getMember": {"operationId": "getMember", "parameters": {"id": "$response.body#/id"}},
                  "updateMember": {"operationId": "updateMember", "parameters": {"id": "$response.body#/id"}},
                  "getMemberHistory": {"operationId": "getMemberHistory", "parameters": {"id": "$response.body#/id"}},
                  "setExemption": {"operationId": "setExemption", "parameters": {"id": "$response.body#/id"}},
                  "setTransfer": {"operationId": "setTransfer", "parameters": {"id": "$response.body#/id"}}
                }
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/members/{id}": {
          "get": {
            "operationId": "getMember",
            "tags": ["members"],
            "summary": "Hồ sơ đảng viên / a member",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "responses": {
              "200": {
                "description": "Đảng viên / the member.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Member"}}}
              },
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          },
          "patch": {
            "operationId": "updateMember",
            "tags": ["members"],
            "summary": "Sửa hồ sơ / update a member",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/MemberBody"}}}},
            "responses": {
              "200": {
                "description": "Đảng viên / the member.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Member"}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/members/{id}/move": {
          "post": {
            "operationId": "moveMember",
            "tags": ["members"],
            "summary": "Chuyển sinh hoạt / move to another cell",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "requestBody": {
              "required": true,
              "content": {"application/json": {"schema": {"$ref": "#/components/schemas/MoveMemberBody"}}}
            },
            "responses": {
              "200": {
                "description": "Đảng viên / the member.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Member"}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/members/{id}/history": {
          "get": {
            "operationId": "getMemberHistory",
            "tags": ["members"],
            "summary": "Quá trình sinh hoạt / periods in cells",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "responses": {
              "200": {
                "description": "Các giai đoạn / periods.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/HistoryList"}}}
              },
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/members/{id}/exemption": {
          "put": {
            "operationId": "setExemption",
            "tags": ["members"],
            "summary": "Miễn sinh hoạt / record an exemption",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "requestBody": {
              "required": true,
              "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ExemptionBody"}}}
            },
            "responses": {
              "200": {
                "description": "Đảng viên / the member.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Member"}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          },
          "delete": {
            "operationId": "endExemption",
            "tags": ["members"],
            "summary": "Kết thúc miễn sinh hoạt / end the exemption",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              },
              {
                "name": "until",
                "in": "query",
                "required": false,
                "description": "Ngày cuối (yyyy-MM-dd), mặc định hôm nay / last day, default today.",
                "schema": {"type": "string"}
              }
            ],
            "responses": {
              "200": {
                "description": "Đảng viên / the member.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Member"}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/members/{id}/transfer": {
          "put": {
            "operationId": "setTransfer",
            "tags": ["members"],
            "summary": "Sinh hoạt tạm thời / record a temporary transfer",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "requestBody": {
              "required": true,
              "content": {"application/json": {"schema": {"$ref": "#/components/schemas/TransferBody"}}}
            },
            "responses": {
              "200": {
                "description": "Đảng viên / the member.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Member"}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          },
          "delete": {
            "operationId": "endTransfer",
            "tags": ["members"],
            "summary": "Kết thúc sinh hoạt tạm thời / end the temporary transfer",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              },
              {
                "name": "until",
                "in": "query",
                "required": false,
                "description": "Ngày cuối (yyyy-MM-dd), mặc định hôm nay / last day, default today.",
                "schema": {"type": "string"}
              }
            ],
            "responses": {
              "200": {
                "description": "Đảng viên / the member.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Member"}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/members/{id}/life": {
          "get": {
            "operationId": "getMemberLife",
            "tags": ["members"],
            "summary": "Quá trình đảng viên / a member's party life",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "responses": {
              "200": {
                "description": "Các giai đoạn và tình trạng hôm nay / periods and today's standing.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/MemberLife"}}}
              },
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/members/{id}/suspension": {
          "put": {
            "operationId": "suspendMember",
            "tags": ["members"],
            "summary": "Đình chỉ sinh hoạt, tạm giam / suspension or detention",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "requestBody": {
              "required": true,
              "content": {"application/json": {"schema": {"$ref": "#/components/schemas/SuspensionBody"}}}
            },
            "responses": {
              "200": {
                "description": "Đảng viên / the member.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Member"}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          },
          "delete": {
            "operationId": "endSuspension",
            "tags": ["members"],
            "summary": "Kết thúc đình chỉ sinh hoạt / end the suspension",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              },
              {
                "name": "until",
                "in": "query",
                "required": false,
                "description": "Ngày cuối (yyyy-MM-dd), mặc định hôm nay / last day, default today.",
                "schema": {"type": "string"}
              }
            ],
            "responses": {
              "200": {
                "description": "Đảng viên / the member.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Member"}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/members/{id}/discipline": {
          "post": {
            "operationId": "disciplineMember",
            "tags": ["members"],
            "summary": "Kỷ luật / a disciplinary measure",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "requestBody": {
              "required": true,
              "content": {"application/json": {"schema": {"$ref": "#/components/schemas/DisciplineBody"}}}
            },
            "responses": {
              "200": {
                "description": "Đảng viên / the member.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Member"}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/members/{id}/leaving": {
          "post": {
            "operationId": "recordLeaving",
            "tags": ["members"],
            "summary": "Ra khỏi Đảng / the end of a membership",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "requestBody": {
              "required": true,
              "content": {"application/json": {"schema": {"$ref": "#/components/schemas/LeavingBody"}}}
            },
            "responses": {
              "200": {
                "description": "Đảng viên / the member.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Member"}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/members/{id}/recognition": {
          "post": {
            "operationId": "recogniseMember",
            "tags": ["members"],
            "summary": "Công nhận đảng viên chính thức / recognition as official",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "requestBody": {
              "required": true,
              "content": {"application/json": {"schema": {"$ref": "#/components/schemas/RecognitionBody"}}}
            },
            "responses": {
              "200": {
                "description": "Đảng viên / the member.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Member"}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/accounts": {
          "get": {
            "operationId": "listAccounts",
            "tags": ["accounts"],
            "summary": "Tài khoản trong phạm vi / accounts in scope",
            "parameters": [
              {
                "name": "after",
                "in": "query",
                "required": false,
                "description": "Con trỏ next của trang trước; con trỏ không hợp lệ thì về trang đầu / the previous page's next cursor; an unreadable one starts over.",
                "schema": {"type": "string"}
              }
            ],
            "responses": {
              "200": {
                "description": "Tài khoản / accounts.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/AccountList"}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          },
          "post": {
            "operationId": "createAccount",
            "tags": ["accounts"],
            "summary": "Tạo tài khoản / create an account",
            "requestBody": {
              "required": true,
              "content": {"application/json": {"schema": {"$ref": "#/components/schemas/AccountBody"}}}
            },
            "responses": {
              "201": {
                "description": "Tài khoản mới / the new account.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Account"}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/accounts/{id}": {
          "get": {
            "operationId": "getAccount",
            "tags": ["accounts"],
            "summary": "Một tài khoản, vai trò đang giữ và đã thôi / one account, its roles held and ended",
            "description": "Chỉ khi mọi vai trò của tài khoản thuộc phạm vi quản lý / only when every role of the account lies in one's scope.",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "responses": {
              "200": {
                "description": "Tài khoản / the account.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/AccountPage"}}}
              },
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/accounts/{id}/deactivate": {
          "post": {
            "operationId": "deactivateAccount",
            "tags": ["accounts"],
            "summary": "Khóa tài khoản / deactivate an account",
            "description": "Kết thúc ngay mọi phiên đăng nhập và khóa API / ends its sessions and API tokens at once.",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "responses": {
              "200": {
                "description": "Tài khoản sau khi khóa / the account afterwards.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/AccountPage"}}}
              },
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/accounts/{id}/reactivate": {
          "post": {
            "operationId": "reactivateAccount",
            "tags": ["accounts"],
            "summary": "Mở lại tài khoản / reactivate an account",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "responses": {
              "200": {
                "description": "Tài khoản sau khi mở / the account afterwards.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/AccountPage"}}}
              },
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/accounts/{id}/roles/{role}/end": {
          "post": {
            "operationId": "endAccountRole",
            "tags": ["accounts"],
            "summary": "Kết thúc một vai trò / end a role",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              },
              {
                "name": "role",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "requestBody": {
              "required": true,
              "content": {"application/json": {"schema": {"$ref": "#/components/schemas/RoleEndBody"}}}
            },
            "responses": {
              "200": {
                "description": "Tài khoản sau khi đổi / the account afterwards.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/AccountPage"}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/audit": {
          "get": {
            "operationId": "listAudit",
            "tags": ["audit"],
            "summary": "Nhật ký thay đổi / audit log",
            "parameters": [
              {
                "name": "entityId",
                "in": "query",
                "required": false,
                "description": "Chỉ của bản ghi này / only for this record.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              },
              {
                "name": "limit",
                "in": "query",
                "required": false,
                "description": "Mặc định 100, giới hạn 1–500 / default 100, clamped to 1–500.",
                "schema": {"type": "integer", "format": "int64", "minimum": -9223372036854775808, "maximum": 9223372036854775807}
              },
              {
                "name": "after",
                "in": "query",
                "required": false,
                "description": "Con trỏ next của trang trước; con trỏ không hợp lệ thì về trang đầu / the previous page's next cursor; an unreadable one starts over.",
                "schema": {"type": "string"}
              }
            ],
            "responses": {
              "200": {
                "description": "Mới nhất trước / newest first.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/AuditList"}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/rulebook": {
          "get": {
            "operationId": "getRulebook",
            "tags": ["rulebook"],
            "summary": "Quy định có hiệu lực / the rules in force",
            "parameters": [
              {
                "name": "date",
                "in": "query",
                "required": false,
                "description": "yyyy-MM-dd hoặc dd/MM/yyyy, mặc định hôm nay (giờ Việt Nam); sai → 422 / default today (Vietnam); invalid → 422.",
                "schema": {"type": "string"}
              }
            ],
            "responses": {
              "200": {
                "description": "Quy định / the rules.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Rulebook"}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "422": {"$ref": "#/components/responses/Unprocessable"}
            },
            "security": []
          }
        },
        "/api/v1/openapi.json": {
          "get": {
            "operationId": "getOpenAPI",
            "tags": ["meta"],
            "summary": "Tài liệu này / this document",
            "responses": {"200": {"description": "OpenAPI 3.1", "content": {"application/json": {"schema": {"type": "object"}}}}},
            "security": []
          }
        },
        "/api/v1/units/{id}/recruitment": {
          "get": {
            "operationId": "getRecruitment",
            "tags": ["members"],
            "summary": "Phát triển đảng viên / recruitment",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "responses": {
              "200": {
                "description": "Hồ sơ đang xem xét, công nhận chính thức đến hạn, chi bộ không kết nạp / cases in flight, recognitions due, idle cells.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Recruitment"}}}
              },
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/units/{id}/sympathisers": {
          "post": {
            "operationId": "addSympathiser",
            "tags": ["members"],
            "summary": "Thêm quần chúng ưu tú / add a sympathiser",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "requestBody": {
              "required": true,
              "content": {"application/json": {"schema": {"$ref": "#/components/schemas/SympathiserBody"}}}
            },
            "responses": {
              "201": {
                "description": "Hồ sơ / the file.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/SympathiserFile"}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/sympathisers/{id}": {
          "get": {
            "operationId": "getSympathiser",
            "tags": ["members"],
            "summary": "Hồ sơ kết nạp / an admission file",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "responses": {
              "200": {
                "description": "Hồ sơ / the file.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/SympathiserFile"}}}
              },
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/sympathisers/{id}/steps": {
          "post": {
            "operationId": "recordAdmissionStep",
            "tags": ["members"],
            "summary": "Ghi nhận một bước / record a step",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "requestBody": {
              "required": true,
              "content": {"application/json": {"schema": {"$ref": "#/components/schemas/AdmissionStepBody"}}}
            },
            "responses": {
              "200": {
                "description": "Hồ sơ / the file.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/SympathiserFile"}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/sympathisers/{id}/drop": {
          "post": {
            "operationId": "dropSympathiser",
            "tags": ["members"],
            "summary": "Dừng xem xét / drop the file",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/DropBody"}}}},
            "responses": {
              "200": {
                "description": "Hồ sơ / the file.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/SympathiserFile"}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/units/{id}/settings": {
          "get": {
            "operationId": "getSettings",
            "tags": ["units"],
            "summary": "Quy định địa phương / local settings",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "responses": {
              "200": {
                "description": "Đang áp dụng / in force.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/SettingsPage"}}}
              },
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          },
          "put": {
            "operationId": "setSetting",
            "tags": ["units"],
            "summary": "Đặt quy định địa phương / set a local setting",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "requestBody": {
              "required": true,
              "content": {"application/json": {"schema": {"$ref": "#/components/schemas/SettingBody"}}}
            },
            "responses": {
              "200": {
                "description": "Đang áp dụng / in force.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/SettingsPage"}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/units/{id}/fees": {
          "get": {
            "operationId": "getFees",
            "tags": ["members"],
            "summary": "Đảng phí tháng / a month's party fees",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              },
              {
                "name": "month",
                "in": "query",
                "required": false,
                "description": "yyyy-MM, mặc định tháng này / default this month.",
                "schema": {"type": "string"}
              }
            ],
            "responses": {
              "200": {
                "description": "Đảng phí / fees.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/FeeSheet"}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          },
          "put": {
            "operationId": "recordFees",
            "tags": ["members"],
            "summary": "Ghi đảng phí tháng / record a month's party fees",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/FeesBody"}}}},
            "responses": {
              "200": {
                "description": "Đảng phí / fees.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/FeeSheet"}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/holidays": {
          "get": {
            "operationId": "getHolidays",
            "tags": ["rulebook"],
            "summary": "Lịch ngày nghỉ / the holiday calendar",
            "parameters": [
              {
                "name": "year",
                "in": "query",
                "required": false,
                "description": "Mặc định năm nay (2000–2100) / default this year.",
                "schema": {"type": "integer", "format": "int64", "minimum": -9223372036854775808, "maximum": 9223372036854775807}
              }
            ],
            "responses": {
              "200": {
                "description": "Một năm / a year.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/HolidayCalendar"}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/holidays/{date}": {
          "put": {
            "operationId": "setHoliday",
            "tags": ["rulebook"],
            "summary": "Điều chỉnh một ngày (quản trị) / correct a day (administrators)",
            "parameters": [
              {
                "name": "date",
                "in": "path",
                "required": true,
                "description": "yyyy-MM-dd",
                "schema": {"type": "string"}
              }
            ],
            "requestBody": {
              "required": true,
              "content": {"application/json": {"schema": {"$ref": "#/components/schemas/HolidayBody"}}}
            },
            "responses": {
              "200": {
                "description": "Năm của ngày đó / that day's year.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/HolidayCalendar"}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          },
          "delete": {
            "operationId": "removeHoliday",
            "tags": ["rulebook"],
            "summary": "Bỏ điều chỉnh (quản trị) / remove a correction (administrators)",
            "parameters": [
              {
                "name": "date",
                "in": "path",
                "required": true,
                "description": "yyyy-MM-dd",
                "schema": {"type": "string"}
              }
            ],
            "responses": {
              "204": {"description": "Xong, không có nội dung / done, no content."},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/members/{id}/moved-away": {
          "put": {
            "operationId": "recordMoveAway",
            "tags": ["members"],
            "summary": "Đảng viên chuyển nơi ở, nơi công tác / a member moving away (the transfer is then due)",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "requestBody": {
              "required": true,
              "content": {"application/json": {"schema": {"$ref": "#/components/schemas/MoveAwayBody"}}}
            },
            "responses": {
              "200": {
                "description": "Đảng viên / the member.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Member"}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/members/{id}/recognition-steps": {
          "post": {
            "operationId": "recordRecognitionStep",
            "tags": ["members"],
            "summary": "Một bước hồ sơ công nhận chính thức / a step of the recognition file",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "requestBody": {
              "required": true,
              "content": {"application/json": {"schema": {"$ref": "#/components/schemas/RecognitionStepBody"}}}
            },
            "responses": {
              "200": {
                "description": "Quá trình đảng viên / the member's party life.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/MemberLife"}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/sympathisers/{id}/documents": {
          "post": {
            "operationId": "attachSympathiserDocument",
            "tags": ["members"],
            "summary": "Đính kèm tài liệu vào một bước hồ sơ kết nạp / attach a document to an admission step",
            "description": "Thân yêu cầu tối đa 6 MB (413 nếu lớn hơn); tệp tối đa 5 MB, kiểm tra theo nội dung (422); người ghi nhận bước hoặc quyết định mới được đính kèm (cấp ủy với bước, quyết định của cấp ủy; chi bộ với bước của chi bộ), người chỉ xem → 403 / body up to 6 MB; file up to 5 MB, checked by content; attached by whoever records the step or decision (the committee's staff for the committee's, the cell for its own), a reader gets 403.",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "requestBody": {
              "required": true,
              "content": {
                "multipart/form-data": {
                  "schema": {
                    "type": "object",
                    "properties": {
                      "file": {
                        "type": "string",
                        "contentMediaType": "application/octet-stream",
                        "description": "Tệp / the file."
                      },
                      "target": {
                        "type": "string",
                        "description": "DocumentTarget; chỉ admission_step (mặc định) / only admission_step (the default)."
                      },
                      "targetId": {
                        "type": "string",
                        "description": "UUID bước hoặc giai đoạn; bắt buộc / the step's or period's id; required."
                      }
                    },
                    "required": ["file"]
                  }
                }
              }
            },
            "responses": {
              "201": {
                "description": "Tài liệu / the document.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/FileDocument"}}},
                "links": {
                  "downloadSympathiserDocument": {
                    "operationId": "downloadSympathiserDocument",
                    "parameters": {"id": "$request.path.id", "document": "$response.body#/id"}
                  }
                }
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/sympathisers/{id}/documents/{document}": {
          "get": {
            "operationId": "downloadSympathiserDocument",
            "tags": ["members"],
            "summary": "Tải tài liệu của hồ sơ kết nạp / download a document of an admission file",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              },
              {
                "name": "document",
                "in": "path",
                "required": true,
                "description": "UUID tài liệu / document UUID; not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "responses": {
              "200": {
                "description": "Nội dung tệp / the file.",
                "content": {
                  "application/pdf": {"schema": {"type": "string", "contentMediaType": "application/pdf"}},
                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": {
                    "schema": {
                      "type": "string",
                      "contentMediaType": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                    }
                  },
                  "image/jpeg": {"schema": {"type": "string", "contentMediaType": "image/jpeg"}},
                  "image/png": {"schema": {"type": "string", "contentMediaType": "image/png"}}
                }
              },
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/members/{id}/documents": {
          "post": {
            "operationId": "attachMemberDocument",
            "tags": ["members"],
            "summary": "Đính kèm tài liệu vào một quyết định hoặc một bước hồ sơ / attach a document to a decision or step",
            "description": "Thân yêu cầu tối đa 6 MB (413 nếu lớn hơn); tệp tối đa 5 MB, kiểm tra theo nội dung (422); người ghi nhận bước hoặc quyết định mới được đính kèm (cấp ủy với bước, quyết định của cấp ủy; chi bộ với bước của chi bộ), người chỉ xem → 403 / body up to 6 MB; file up to 5 MB, checked by content; attached by whoever records the step or decision (the committee's staff for the committee's, the cell for its own), a reader gets 403.",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "requestBody": {
              "required": true,
              "content": {
                "multipart/form-data": {
                  "schema": {
                    "type": "object",
                    "properties": {
                      "file": {
                        "type": "string",
                        "contentMediaType": "application/octet-stream",
                        "description": "Tệp / the file."
                      },
                      "target": {
                        "type": "string",
                        "description": "DocumentTarget; bắt buộc: status_period (giai đoạn và quyết định), recognition_step, admission_step (hồ sơ kết nạp của đảng viên) / required."
                      },
                      "targetId": {
                        "type": "string",
                        "description": "UUID bước hoặc giai đoạn; bắt buộc / the step's or period's id; required."
                      }
                    },
                    "required": ["file"]
                  }
                }
              }
            },
            "responses": {
              "201": {
                "description": "Tài liệu / the document.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/FileDocument"}}},
                "links": {
                  "downloadMemberDocument": {
                    "operationId": "downloadMemberDocument",
                    "parameters": {"id": "$request.path.id", "document": "$response.body#/id"}
                  }
                }
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/members/{id}/documents/{document}": {
          "get": {
            "operationId": "downloadMemberDocument",
            "tags": ["members"],
            "summary": "Tải tài liệu trong hồ sơ đảng viên / download a document of a member's file",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              },
              {
                "name": "document",
                "in": "path",
                "required": true,
                "description": "UUID tài liệu / document UUID; not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "responses": {
              "200": {
                "description": "Nội dung tệp / the file.",
                "content": {
                  "application/pdf": {"schema": {"type": "string", "contentMediaType": "application/pdf"}},
                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": {
                    "schema": {
                      "type": "string",
                      "contentMediaType": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                    }
                  },
                  "image/jpeg": {"schema": {"type": "string", "contentMediaType": "image/jpeg"}},
                  "image/png": {"schema": {"type": "string", "contentMediaType": "image/png"}}
                }
              },
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/members/{id}/member-file": {
          "post": {
            "operationId": "completeMemberFile",
            "tags": ["members"],
            "summary": "Hoàn thiện hồ sơ đảng viên sau lễ kết nạp / the member's file completed after the ceremony",
            "description": "422 member.noAdmissionFile khi đảng viên không kết nạp qua hồ sơ trên hệ thống / when the member was not admitted through a file kept here.",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "requestBody": {
              "required": true,
              "content": {"application/json": {"schema": {"$ref": "#/components/schemas/MemberFileBody"}}}
            },
            "responses": {
              "200": {
                "description": "Quá trình đảng viên / the member's party life.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/MemberLife"}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/votes/calculate": {
          "post": {
            "operationId": "calculateVote",
            "tags": ["votes"],
            "summary": "Tính kết quả biểu quyết, không lưu / vote arithmetic, nothing stored",
            "requestBody": {
              "required": true,
              "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CalculateBody"}}}
            },
            "responses": {
              "200": {
                "description": "Kết quả / the outcome.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/VoteCalculation"}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "422": {"$ref": "#/components/responses/Unprocessable"}
            },
            "security": []
          }
        },
        "/api/v1/units/{id}/meetings": {
          "get": {
            "operationId": "listMeetings",
            "tags": ["meetings"],
            "summary": "Các buổi sinh hoạt trong năm / meetings of a year",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              },
              {
                "name": "year",
                "in": "query",
                "required": false,
                "description": "Năm 2000–2100, mặc định năm nay (ngoài khoảng → 422) / year 2000–2100 (else 422), default this year.",
                "schema": {"type": "integer", "minimum": 2000, "maximum": 2100}
              }
            ],
            "responses": {
              "200": {
                "description": "Buổi sinh hoạt / meetings.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/MeetingList"}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          },
          "post": {
            "operationId": "createMeeting",
            "tags": ["meetings"],
            "summary": "Tạo buổi sinh hoạt / schedule a meeting",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "requestBody": {
              "required": true,
              "content": {"application/json": {"schema": {"$ref": "#/components/schemas/MeetingBody"}}}
            },
            "responses": {
              "201": {
                "description": "Buổi sinh hoạt mới / the new meeting.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Meeting"}}},
                "links": {
                  "getMeeting": {"operationId": "getMeeting", "parameters": {"id": "$response.body#/id"}},
                  "updateMeeting": {"operationId": "updateMeeting", "parameters": {"id": "$response.body#/id"}},
                  "notifyMeeting": {"operationId": "notifyMeeting", "parameters": {"id": "$response.body#/id"}},
                  "openMeeting": {"operationId": "openMeeting", "parameters": {"id": "$response.body#/id"}},
                  "endMeeting": {"operationId": "endMeeting", "parameters": {"id": "$response.body#/id"}},
                  "cancelMeeting": {"operationId": "cancelMeeting", "parameters": {"id": "$response.body#/id"}},
                  "setMinutes": {"operationId": "setMinutes", "parameters": {"id": "$response.body#/id"}},
                  "approveMinutes": {"operationId": "approveMinutes", "parameters": {"id": "$response.body#/id"}},
                  "addGuest": {"operationId": "addGuest", "parameters": {"id": "$response.body#/id"}},
                  "addAgendaItem": {"operationId": "addAgendaItem", "parameters": {"id": "$response.body#/id"}},
                  "openVote": {"operationId": "openVote", "parameters": {"id": "$response.body#/id"}},
                  "assignTask": {"operationId": "assignTask", "parameters": {"id": "$response.body#/id"}},
                  "uploadAttachment": {"operationId": "uploadAttachment", "parameters": {"id": "$response.body#/id"}},
                  "meetingInvite": {"operationId": "meetingInvite", "parameters": {"id": "$response.body#/id"}}
                }
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/units/{id}/meetings/plan": {
          "post": {
            "operationId": "planMeetings",
            "tags": ["meetings"],
            "summary": "Lập kế hoạch cả năm / plan a year",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/PlanBody"}}}},
            "responses": {
              "200": {
                "description": "Các buổi đã tạo / meetings created.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/MeetingList"}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/units/{id}/obligations": {
          "get": {
            "operationId": "getObligations",
            "tags": ["meetings"],
            "summary": "Nghĩa vụ sinh hoạt / meeting obligations",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              },
              {
                "name": "year",
                "in": "query",
                "required": false,
                "description": "Năm 2000–2100, mặc định năm nay (ngoài khoảng → 422) / year 2000–2100 (else 422), default this year.",
                "schema": {"type": "integer", "minimum": 2000, "maximum": 2100}
              }
            ],
            "responses": {
              "200": {
                "description": "Theo tháng và quý / by month and quarter.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/MeetingObligations"}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/units/{id}/statistics": {
          "get": {
            "operationId": "getStatistics",
            "tags": ["statistics"],
            "summary": "Thống kê theo kỳ / statistics for a period",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              },
              {
                "name": "period",
                "in": "query",
                "required": false,
                "description": "Kỳ báo cáo, mặc định năm / the period's kind, a year by default.",
                "schema": {"type": "string", "enum": ["month", "quarter", "year", "custom"]}
              },
              {
                "name": "year",
                "in": "query",
                "required": false,
                "description": "Năm 2000–2100, mặc định năm nay (ngoài khoảng → 422) / year 2000–2100 (else 422), default this year.",
                "schema": {"type": "integer", "minimum": 2000, "maximum": 2100}
              },
              {
                "name": "month",
                "in": "query",
                "required": false,
                "description": "Tháng (period=month) / month.",
                "schema": {"type": "integer", "minimum": 1, "maximum": 12}
              },
              {
                "name": "quarter",
                "in": "query",
                "required": false,
                "description": "Quý (period=quarter) / quarter.",
                "schema": {"type": "integer", "minimum": 1, "maximum": 4}
              },
              {
                "name": "from",
                "in": "query",
                "required": false,
                "description": "Tháng đầu (period=custom), 2026-01 / first month.",
                "schema": {"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}$"}
              },
              {
                "name": "to",
                "in": "query",
                "required": false,
                "description": "Tháng cuối (period=custom), tối đa 60 tháng / last month, at most 60 months.",
                "schema": {"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}$"}
              }
            ],
            "responses": {
              "200": {
                "description": "Tổng và từng đơn vị trực thuộc / in total and by sub-unit.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Statistics"}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/units/{id}/tasks": {
          "get": {
            "operationId": "listUnitTasks",
            "tags": ["tasks"],
            "summary": "Nhiệm vụ đang mở / open tasks",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "responses": {
              "200": {
                "description": "Nhiệm vụ / tasks.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/TaskList"}}}
              },
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/meetings/{id}": {
          "get": {
            "operationId": "getMeeting",
            "tags": ["meetings"],
            "summary": "Chi tiết buổi sinh hoạt / a meeting in full",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "responses": {
              "200": {
                "description": "Buổi sinh hoạt / the meeting.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/MeetingDetail"}}}
              },
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          },
          "patch": {
            "operationId": "updateMeeting",
            "tags": ["meetings"],
            "summary": "Sửa buổi sinh hoạt / update a meeting",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "requestBody": {
              "required": true,
              "content": {"application/json": {"schema": {"$ref": "#/components/schemas/MeetingBody"}}}
            },
            "responses": {
              "200": {
                "description": "Buổi sinh hoạt / the meeting.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Meeting"}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/meetings/{id}/notify": {
          "post": {
            "operationId": "notifyMeeting",
            "tags": ["meetings"],
            "summary": "Thông báo / notify members",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "responses": {
              "200": {
                "description": "Kết quả / result.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/NotifyResult"}}}
              },
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/meetings/{id}/open": {
          "post": {
            "operationId": "openMeeting",
            "tags": ["meetings"],
            "summary": "Khai mạc / open the meeting",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "responses": {
              "200": {
                "description": "Buổi sinh hoạt / the meeting.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/MeetingDetail"}}}
              },
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/meetings/{id}/end": {
          "post": {
            "operationId": "endMeeting",
            "tags": ["meetings"],
            "summary": "Bế mạc / end the meeting",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "responses": {
              "200": {
                "description": "Buổi sinh hoạt / the meeting.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/MeetingDetail"}}}
              },
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/meetings/{id}/cancel": {
          "post": {
            "operationId": "cancelMeeting",
            "tags": ["meetings"],
            "summary": "Hủy / cancel",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "responses": {
              "200": {
                "description": "Buổi sinh hoạt / the meeting.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Meeting"}}}
              },
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/meetings/{id}/minutes": {
          "patch": {
            "operationId": "setMinutes",
            "tags": ["meetings"],
            "summary": "Ghi biên bản / record the minutes",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "requestBody": {
              "required": true,
              "content": {"application/json": {"schema": {"$ref": "#/components/schemas/MinutesBody"}}}
            },
            "responses": {
              "200": {
                "description": "Buổi sinh hoạt / the meeting.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Meeting"}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/meetings/{id}/approve": {
          "post": {
            "operationId": "approveMinutes",
            "tags": ["meetings"],
            "summary": "Thông qua và khóa biên bản / approve and lock the minutes",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "responses": {
              "200": {
                "description": "Buổi sinh hoạt / the meeting.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/MeetingDetail"}}},
                "links": {
                  "minutesDocx": {"operationId": "minutesDocx", "parameters": {"id": "$request.path.id"}},
                  "resolutionDocx": {"operationId": "resolutionDocx", "parameters": {"id": "$request.path.id"}},
                  "amendMinutes": {"operationId": "amendMinutes", "parameters": {"id": "$request.path.id"}}
                }
              },
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/meetings/{id}/amendments": {
          "post": {
            "operationId": "amendMinutes",
            "tags": ["meetings"],
            "summary": "Đính chính biên bản đã khóa / amend locked minutes",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/AmendBody"}}}},
            "responses": {
              "201": {
                "description": "Bản ghi đính chính / the amendment record.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Record"}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/meetings/{id}/attendance/{member}": {
          "put": {
            "operationId": "markAttendance",
            "tags": ["meetings"],
            "summary": "Điểm danh một đảng viên / mark one member",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              },
              {
                "name": "member",
                "in": "path",
                "required": true,
                "description": "UUID đảng viên / member UUID; not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/MarkBody"}}}},
            "responses": {
              "200": {
                "description": "Dòng điểm danh / the roll entry.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/RollEntry"}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/meetings/{id}/checkin": {
          "post": {
            "operationId": "checkIn",
            "tags": ["meetings"],
            "summary": "Tự điểm danh bằng mã / self check-in with the code",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "requestBody": {
              "required": true,
              "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CheckInBody"}}}
            },
            "responses": {
              "200": {
                "description": "Dòng điểm danh / the roll entry.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/RollEntry"}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/meetings/{id}/guests": {
          "post": {
            "operationId": "addGuest",
            "tags": ["meetings"],
            "summary": "Thêm đại biểu / add a guest",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/GuestBody"}}}},
            "responses": {
              "201": {
                "description": "Đại biểu / the guest.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Guest"}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/meetings/{id}/visits": {
          "get": {
            "operationId": "listVisits",
            "tags": ["oversight"],
            "summary": "Cấp trên dự họp / superiors at the meeting",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "responses": {
              "200": {
                "description": "Cấp trên dự / the visits.",
                "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/Visit"}}}}
              },
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          },
          "post": {
            "operationId": "recordVisit",
            "tags": ["oversight"],
            "summary": "Ghi nhận cấp trên dự họp / record a superior's attendance",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/VisitBody"}}}},
            "responses": {
              "201": {
                "description": "Lượt dự / the visit.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Visit"}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/meetings/{id}/visits/{visit}/evaluation": {
          "post": {
            "operationId": "evaluateVisit",
            "tags": ["oversight"],
            "summary": "Cấp trên đánh giá buổi sinh hoạt / a superior's evaluation",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              },
              {
                "name": "visit",
                "in": "path",
                "required": true,
                "description": "UUID lượt dự / visit UUID; not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "requestBody": {
              "required": true,
              "content": {"application/json": {"schema": {"$ref": "#/components/schemas/EvaluationBody"}}}
            },
            "responses": {
              "200": {
                "description": "Lượt dự / the visit.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Visit"}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/units/{id}/visits": {
          "get": {
            "operationId": "getUnitVisits",
            "tags": ["oversight"],
            "summary": "Cấp trên dự sinh hoạt chi bộ trong năm / superiors' visits over a year",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              },
              {
                "name": "year",
                "in": "query",
                "required": false,
                "description": "Năm 2000–2100, mặc định năm nay (ngoài khoảng → 422) / year 2000–2100 (else 422), default this year.",
                "schema": {"type": "integer", "minimum": 2000, "maximum": 2100}
              }
            ],
            "responses": {
              "200": {
                "description": "Theo đơn vị trực thuộc và từng lượt / by sub-unit and visit.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/VisitsPage"}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/units/{id}/reports": {
          "get": {
            "operationId": "getReports",
            "tags": ["oversight"],
            "summary": "Trực báo hằng tháng / monthly reports",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              },
              {
                "name": "month",
                "in": "query",
                "required": false,
                "description": "yyyy-MM, mặc định tháng này / default this month.",
                "schema": {"type": "string"}
              },
              {
                "name": "q",
                "in": "query",
                "required": false,
                "description": "Tìm trong nội dung (đơn vị cấp trên), không phân biệt dấu; dài quá → 422 / search the texts (committees), diacritics folded; too long → 422.",
                "schema": {"type": "string", "maxLength": 100}
              },
              {
                "name": "after",
                "in": "query",
                "required": false,
                "description": "Con trỏ next của trang tìm trước; con trỏ không hợp lệ thì tìm lại từ đầu / the previous search page's next cursor; an unreadable one starts over.",
                "schema": {"type": "string"}
              }
            ],
            "responses": {
              "200": {
                "description": "Theo tháng hoặc theo đơn vị trực thuộc / by month or by sub-unit.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ReportsPage"}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          },
          "post": {
            "operationId": "submitReport",
            "tags": ["oversight"],
            "summary": "Gửi trực báo tháng / submit a monthly report",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ReportBody"}}}},
            "responses": {
              "201": {
                "description": "Trực báo / the report.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/MonthlyReport"}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/reports/{id}": {
          "get": {
            "operationId": "getReport",
            "tags": ["oversight"],
            "summary": "Một trực báo / a monthly report",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "responses": {
              "200": {
                "description": "Trực báo / the report.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/MonthlyReport"}}}
              },
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/reports/{id}/answer": {
          "post": {
            "operationId": "answerReport",
            "tags": ["oversight"],
            "summary": "Đảng ủy trả lời trực báo / answer a monthly report",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/AnswerBody"}}}},
            "responses": {
              "200": {
                "description": "Trực báo / the report.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/MonthlyReport"}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/meetings/{id}/issues": {
          "get": {
            "operationId": "listMeetingIssues",
            "tags": ["oversight"],
            "summary": "Ý kiến nêu tại buổi sinh hoạt / opinions raised at the meeting",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "responses": {
              "200": {
                "description": "Ý kiến / the issues.",
                "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/Issue"}}}}
              },
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          },
          "post": {
            "operationId": "raiseIssue",
            "tags": ["oversight"],
            "summary": "Ghi ý kiến, kiến nghị / record an opinion",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/IssueBody"}}}},
            "responses": {
              "201": {
                "description": "Ý kiến / the issue.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Issue"}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/issues/{id}": {
          "get": {
            "operationId": "getIssue",
            "tags": ["oversight"],
            "summary": "Một ý kiến và quá trình giải quyết / an issue and its course",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "responses": {
              "200": {
                "description": "Ý kiến / the issue.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/IssuePage"}}}
              },
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/issues/{id}/steps": {
          "post": {
            "operationId": "recordIssueStep",
            "tags": ["oversight"],
            "summary": "Chuyển lên, trả lời, thông báo lại / pass up, answer, report back",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "requestBody": {
              "required": true,
              "content": {"application/json": {"schema": {"$ref": "#/components/schemas/IssueStepBody"}}}
            },
            "responses": {
              "200": {
                "description": "Ý kiến / the issue.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/IssuePage"}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/units/{id}/issues": {
          "get": {
            "operationId": "getUnitIssues",
            "tags": ["oversight"],
            "summary": "Ý kiến, kiến nghị của đơn vị / a unit's opinions",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              },
              {
                "name": "status",
                "in": "query",
                "required": false,
                "description": "Mặc định open / default open.",
                "schema": {"type": "string", "enum": ["open", "answered", "closed", "all"]}
              }
            ],
            "responses": {
              "200": {
                "description": "Số liệu và danh sách / figures and list.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/IssuesPage"}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/units/{id}/inspections": {
          "get": {
            "operationId": "getInspections",
            "tags": ["oversight"],
            "summary": "Kế hoạch kiểm tra, giám sát năm / the year's plan",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              },
              {
                "name": "year",
                "in": "query",
                "required": false,
                "description": "Năm 2000–2100, mặc định năm nay (ngoài khoảng → 422) / year 2000–2100 (else 422), default this year.",
                "schema": {"type": "integer", "minimum": 2000, "maximum": 2100}
              },
              {
                "name": "q",
                "in": "query",
                "required": false,
                "description": "Tìm chi bộ để chọn theo tên (có dấu hoặc không dấu) hoặc mã; tối đa 50 kết quả (quá 100 ký tự, không có chữ hay số → 422) / search the cells to choose by name (with or without diacritics) or code; at most 50 results (over 100 characters, or without a letter or a digit → 422).",
                "schema": {"type": "string", "maxLength": 100}
              }
            ],
            "responses": {
              "200": {
                "description": "Kế hoạch / the plan.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/InspectionsPage"}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          },
          "post": {
            "operationId": "createInspection",
            "tags": ["oversight"],
            "summary": "Thêm vào kế hoạch / add to the plan",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "requestBody": {
              "required": true,
              "content": {"application/json": {"schema": {"$ref": "#/components/schemas/InspectionItemBody"}}}
            },
            "responses": {
              "201": {
                "description": "Nội dung mới / the new item.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/InspectionPage"}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/inspections/{id}": {
          "get": {
            "operationId": "getInspection",
            "tags": ["oversight"],
            "summary": "Một cuộc kiểm tra, giám sát / an inspection",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "responses": {
              "200": {
                "description": "Chi tiết / the item.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/InspectionPage"}}}
              },
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/inspections/{id}/findings": {
          "post": {
            "operationId": "addFinding",
            "tags": ["oversight"],
            "summary": "Đoàn ghi kết quả / the team records a finding",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "requestBody": {
              "required": true,
              "content": {"application/json": {"schema": {"$ref": "#/components/schemas/FindingBody"}}}
            },
            "responses": {
              "200": {
                "description": "Chi tiết / the item.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/InspectionPage"}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/inspections/{id}/conclusion": {
          "post": {
            "operationId": "concludeInspection",
            "tags": ["oversight"],
            "summary": "Kết luận / conclude",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "requestBody": {
              "required": true,
              "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ConclusionBody"}}}
            },
            "responses": {
              "200": {
                "description": "Chi tiết / the item.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/InspectionPage"}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/inspections/{id}/remedies/{remedy}/done": {
          "post": {
            "operationId": "remedyDone",
            "tags": ["oversight"],
            "summary": "Đã khắc phục / a remedy done",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              },
              {
                "name": "remedy",
                "in": "path",
                "required": true,
                "description": "UUID yêu cầu / remedy UUID; not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "requestBody": {
              "required": true,
              "content": {"application/json": {"schema": {"$ref": "#/components/schemas/RemedyDoneBody"}}}
            },
            "responses": {
              "200": {
                "description": "Chi tiết / the item.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/InspectionPage"}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/units/{id}/models": {
          "get": {
            "operationId": "getModels",
            "tags": ["oversight"],
            "summary": "Sinh hoạt điểm / model meetings",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              },
              {
                "name": "year",
                "in": "query",
                "required": false,
                "description": "Năm 2000–2100, mặc định năm nay (ngoài khoảng → 422) / year 2000–2100 (else 422), default this year.",
                "schema": {"type": "integer", "minimum": 2000, "maximum": 2100}
              },
              {
                "name": "q",
                "in": "query",
                "required": false,
                "description": "Tìm chi bộ để chọn theo tên (có dấu hoặc không dấu) hoặc mã; tối đa 50 kết quả (quá 100 ký tự, không có chữ hay số → 422) / search the cells to choose by name (with or without diacritics) or code; at most 50 results (over 100 characters, or without a letter or a digit → 422).",
                "schema": {"type": "string", "maxLength": 100}
              }
            ],
            "responses": {
              "200": {
                "description": "Theo nhóm / by group.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ModelsPage"}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          },
          "post": {
            "operationId": "chooseModel",
            "tags": ["oversight"],
            "summary": "Chọn chi bộ điểm / pick a model cell",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ModelBody"}}}},
            "responses": {
              "201": {
                "description": "Chi bộ điểm / the model.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ModelPage"}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/models/{id}": {
          "get": {
            "operationId": "getModel",
            "tags": ["oversight"],
            "summary": "Một chi bộ điểm / a model meeting",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "responses": {
              "200": {
                "description": "Chi tiết / the model.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ModelPage"}}}
              },
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/models/{id}/meeting": {
          "post": {
            "operationId": "setModelMeeting",
            "tags": ["oversight"],
            "summary": "Chọn buổi sinh hoạt điểm / set the model meeting",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "requestBody": {
              "required": true,
              "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ModelMeetingBody"}}}
            },
            "responses": {
              "200": {
                "description": "Chi tiết / the model.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ModelPage"}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/models/{id}/lessons": {
          "post": {
            "operationId": "recordLessons",
            "tags": ["oversight"],
            "summary": "Bài học kinh nghiệm / record the lessons",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "requestBody": {
              "required": true,
              "content": {"application/json": {"schema": {"$ref": "#/components/schemas/LessonsBody"}}}
            },
            "responses": {
              "200": {
                "description": "Chi tiết / the model.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ModelPage"}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/meetings/{id}/agenda": {
          "post": {
            "operationId": "addAgendaItem",
            "tags": ["meetings"],
            "summary": "Thêm mục chương trình / add an agenda item",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ItemBody"}}}},
            "responses": {
              "201": {
                "description": "Mục chương trình / the item.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/AgendaItem"}}},
                "links": {
                  "removeAgendaItem": {
                    "operationId": "removeAgendaItem",
                    "parameters": {"id": "$request.path.id", "item": "$response.body#/id"}
                  },
                  "setConclusion": {
                    "operationId": "setConclusion",
                    "parameters": {"id": "$request.path.id", "item": "$response.body#/id"}
                  },
                  "addSpeech": {"operationId": "addSpeech", "parameters": {"id": "$request.path.id", "item": "$response.body#/id"}}
                }
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/meetings/{id}/agenda/{item}": {
          "delete": {
            "operationId": "removeAgendaItem",
            "tags": ["meetings"],
            "summary": "Xóa mục chương trình / remove an agenda item",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              },
              {
                "name": "item",
                "in": "path",
                "required": true,
                "description": "UUID mục chương trình / agenda item UUID; not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "responses": {
              "204": {"description": "Xong, không có nội dung / done, no content."},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/meetings/{id}/agenda/{item}/conclusion": {
          "put": {
            "operationId": "setConclusion",
            "tags": ["meetings"],
            "summary": "Kết luận mục / conclude an item",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              },
              {
                "name": "item",
                "in": "path",
                "required": true,
                "description": "UUID mục chương trình / agenda item UUID; not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "requestBody": {
              "required": true,
              "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ConclusionBody"}}}
            },
            "responses": {
              "204": {"description": "Xong, không có nội dung / done, no content."},
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/meetings/{id}/agenda/{item}/speeches": {
          "post": {
            "operationId": "addSpeech",
            "tags": ["meetings"],
            "summary": "Ghi phát biểu / record a speech",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              },
              {
                "name": "item",
                "in": "path",
                "required": true,
                "description": "UUID mục chương trình / agenda item UUID; not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/SpeechBody"}}}},
            "responses": {
              "201": {
                "description": "Phát biểu / the speech.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Speech"}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/meetings/{id}/votes": {
          "post": {
            "operationId": "openVote",
            "tags": ["votes"],
            "summary": "Đưa ra biểu quyết / open a vote",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/VoteBody"}}}},
            "responses": {
              "201": {
                "description": "Biểu quyết / the vote.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Vote"}}},
                "links": {
                  "tallyVote": {"operationId": "tallyVote", "parameters": {"id": "$request.path.id", "vote": "$response.body#/id"}},
                  "castBallot": {"operationId": "castBallot", "parameters": {"id": "$request.path.id", "vote": "$response.body#/id"}},
                  "closeVote": {"operationId": "closeVote", "parameters": {"id": "$request.path.id", "vote": "$response.body#/id"}}
                }
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/meetings/{id}/votes/{vote}/tally": {
          "post": {
            "operationId": "tallyVote",
            "tags": ["votes"],
            "summary": "Ghi kết quả giơ tay / record a show-of-hands tally",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              },
              {
                "name": "vote",
                "in": "path",
                "required": true,
                "description": "UUID biểu quyết / vote UUID; not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/TallyBody"}}}},
            "responses": {
              "200": {
                "description": "Biểu quyết / the vote.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Vote"}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/meetings/{id}/votes/{vote}/ballots": {
          "post": {
            "operationId": "castBallot",
            "tags": ["votes"],
            "summary": "Bỏ phiếu trên điện thoại / cast a phone ballot",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              },
              {
                "name": "vote",
                "in": "path",
                "required": true,
                "description": "UUID biểu quyết / vote UUID; not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/BallotBody"}}}},
            "responses": {
              "204": {"description": "Xong, không có nội dung / done, no content."},
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/meetings/{id}/votes/{vote}/close": {
          "post": {
            "operationId": "closeVote",
            "tags": ["votes"],
            "summary": "Kết thúc biểu quyết trên điện thoại / close a phone vote",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              },
              {
                "name": "vote",
                "in": "path",
                "required": true,
                "description": "UUID biểu quyết / vote UUID; not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "responses": {
              "200": {
                "description": "Biểu quyết / the vote.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Vote"}}}
              },
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/meetings/{id}/tasks": {
          "post": {
            "operationId": "assignTask",
            "tags": ["tasks"],
            "summary": "Phân công nhiệm vụ / assign a task",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/TaskBody"}}}},
            "responses": {
              "201": {
                "description": "Nhiệm vụ / the task.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Task"}}},
                "links": {"closeTask": {"operationId": "closeTask", "parameters": {"id": "$response.body#/id"}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/meetings/{id}/attachments": {
          "post": {
            "operationId": "uploadAttachment",
            "tags": ["meetings"],
            "summary": "Tải tài liệu lên (PDF, DOCX, JPEG, PNG, tối đa 5 MB) / upload a document",
            "description": "Thân yêu cầu tối đa 6 MB (413 nếu lớn hơn); tệp tối đa 5 MB, kiểm tra theo nội dung (422) / body up to 6 MB; file up to 5 MB, checked by content.",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "requestBody": {
              "required": true,
              "content": {
                "multipart/form-data": {
                  "schema": {
                    "type": "object",
                    "properties": {
                      "file": {
                        "type": "string",
                        "contentMediaType": "application/octet-stream",
                        "description": "Tệp / the file."
                      }
                    },
                    "required": ["file"]
                  }
                }
              }
            },
            "responses": {
              "201": {
                "description": "Tài liệu / the attachment.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Attachment"}}},
                "links": {
                  "downloadAttachment": {
                    "operationId": "downloadAttachment",
                    "parameters": {"id": "$request.path.id", "attachment": "$response.body#/id"}
                  }
                }
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/meetings/{id}/attachments/{attachment}": {
          "get": {
            "operationId": "downloadAttachment",
            "tags": ["meetings"],
            "summary": "Tải tài liệu về / download a document",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              },
              {
                "name": "attachment",
                "in": "path",
                "required": true,
                "description": "UUID tài liệu / attachment UUID; not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "responses": {
              "200": {
                "description": "Nội dung tệp / the file.",
                "content": {
                  "application/pdf": {"schema": {"type": "string", "contentMediaType": "application/pdf"}},
                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": {
                    "schema": {
                      "type": "string",
                      "contentMediaType": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                    }
                  },
                  "image/jpeg": {"schema": {"type": "string", "contentMediaType": "image/jpeg"}},
                  "image/png": {"schema": {"type": "string", "contentMediaType": "image/png"}}
                }
              },
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/meetings/{id}/minutes.docx": {
          "get": {
            "operationId": "minutesDocx",
            "tags": ["meetings"],
            "summary": "Biên bản (.docx) từ bản đã khóa / the minutes as .docx",
            "description": "409 documents.notLocked khi biên bản chưa khóa / when not locked.",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "responses": {
              "200": {
                "description": "Tệp .docx.",
                "content": {
                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": {
                    "schema": {
                      "type": "string",
                      "contentMediaType": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                    }
                  }
                }
              },
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/meetings/{id}/resolution.docx": {
          "get": {
            "operationId": "resolutionDocx",
            "tags": ["meetings"],
            "summary": "Nghị quyết (.docx) từ bản đã khóa / the resolution as .docx",
            "description": "409 documents.notLocked khi biên bản chưa khóa / when not locked.",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "responses": {
              "200": {
                "description": "Tệp .docx.",
                "content": {
                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": {
                    "schema": {
                      "type": "string",
                      "contentMediaType": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                    }
                  }
                }
              },
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/meetings/{id}/invite.ics": {
          "get": {
            "operationId": "meetingInvite",
            "tags": ["meetings"],
            "summary": "Lời mời iCalendar / iCalendar invitation",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "responses": {
              "200": {"description": "iCalendar.", "content": {"text/calendar": {"schema": {"type": "string"}}}},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/tasks/{id}/close": {
          "post": {
            "operationId": "closeTask",
            "tags": ["tasks"],
            "summary": "Báo cáo hoàn thành hoặc thôi thực hiện / close a task",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "requestBody": {
              "required": true,
              "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CloseTaskBody"}}}
            },
            "responses": {
              "200": {
                "description": "Nhiệm vụ / the task.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Task"}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/units/{id}/training": {
          "get": {
            "operationId": "getTraining",
            "tags": ["training"],
            "summary": "Bồi dưỡng, hội thi của năm / a year's training and contests",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              },
              {
                "name": "year",
                "in": "query",
                "required": false,
                "description": "Năm 2000–2100, mặc định năm nay (ngoài khoảng → 422) / year 2000–2100 (else 422), default this year.",
                "schema": {"type": "integer", "minimum": 2000, "maximum": 2100}
              }
            ],
            "responses": {
              "200": {
                "description": "Lớp, hội thi, bí thư chưa được bồi dưỡng / courses, contests, the untrained.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/TrainingPage"}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/units/{id}/courses": {
          "post": {
            "operationId": "createCourse",
            "tags": ["training"],
            "summary": "Thêm lớp bồi dưỡng / add a course",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CourseBody"}}}},
            "responses": {
              "201": {
                "description": "Lớp mới / the new course.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CoursePage"}}},
                "links": {
                  "getCourse": {"operationId": "getCourse", "parameters": {"id": "$response.body#/course/id"}},
                  "addAttendees": {"operationId": "addAttendees", "parameters": {"id": "$response.body#/course/id"}}
                }
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/units/{id}/contests": {
          "post": {
            "operationId": "createContest",
            "tags": ["training"],
            "summary": "Thêm hội thi / add a contest",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "requestBody": {
              "required": true,
              "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ContestBody"}}}
            },
            "responses": {
              "201": {
                "description": "Hội thi mới / the new contest.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ContestPage"}}},
                "links": {
                  "getContest": {"operationId": "getContest", "parameters": {"id": "$response.body#/contest/id"}},
                  "addEntrants": {"operationId": "addEntrants", "parameters": {"id": "$response.body#/contest/id"}}
                }
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/courses/{id}": {
          "get": {
            "operationId": "getCourse",
            "tags": ["training"],
            "summary": "Một lớp bồi dưỡng / a course",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              },
              {
                "name": "q",
                "in": "query",
                "required": false,
                "description": "Tìm người để thêm: họ tên (có dấu hoặc không dấu) hoặc số thẻ đảng viên; với hội thi cả tên, mã chi bộ; tối đa 50 kết quả (rỗng → không tìm; quá 100 ký tự, không có chữ hay số → 422) / search whom to add: a name (with or without diacritics) or a party card number; for a contest also a cell's name or code; at most 50 results (blank → no search; over 100 characters, or without a letter or a digit → 422).",
                "schema": {"type": "string", "maxLength": 100}
              }
            ],
            "responses": {
              "200": {
                "description": "Lớp / the course.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CoursePage"}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/courses/{id}/attendees": {
          "post": {
            "operationId": "addAttendees",
            "tags": ["training"],
            "summary": "Thêm học viên / add attendees",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "requestBody": {
              "required": true,
              "content": {"application/json": {"schema": {"$ref": "#/components/schemas/MembersBody"}}}
            },
            "responses": {
              "200": {
                "description": "Lớp / the course.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CoursePage"}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/courses/{id}/attendees/{member}": {
          "post": {
            "operationId": "recordAttendance",
            "tags": ["training"],
            "summary": "Kết quả học viên, chứng nhận / an attendee's result",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              },
              {
                "name": "member",
                "in": "path",
                "required": true,
                "description": "UUID đảng viên / member UUID; not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "requestBody": {
              "required": true,
              "content": {"application/json": {"schema": {"$ref": "#/components/schemas/AttendanceBody"}}}
            },
            "responses": {
              "200": {
                "description": "Lớp / the course.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CoursePage"}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/contests/{id}": {
          "get": {
            "operationId": "getContest",
            "tags": ["training"],
            "summary": "Một hội thi / a contest",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              },
              {
                "name": "q",
                "in": "query",
                "required": false,
                "description": "Tìm người để thêm: họ tên (có dấu hoặc không dấu) hoặc số thẻ đảng viên; với hội thi cả tên, mã chi bộ; tối đa 50 kết quả (rỗng → không tìm; quá 100 ký tự, không có chữ hay số → 422) / search whom to add: a name (with or without diacritics) or a party card number; for a contest also a cell's name or code; at most 50 results (blank → no search; over 100 characters, or without a letter or a digit → 422).",
                "schema": {"type": "string", "maxLength": 100}
              }
            ],
            "responses": {
              "200": {
                "description": "Hội thi / the contest.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ContestPage"}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/contests/{id}/entrants": {
          "post": {
            "operationId": "addEntrants",
            "tags": ["training"],
            "summary": "Thêm thí sinh / add entrants",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "requestBody": {
              "required": true,
              "content": {"application/json": {"schema": {"$ref": "#/components/schemas/MembersBody"}}}
            },
            "responses": {
              "200": {
                "description": "Hội thi / the contest.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ContestPage"}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/contests/{id}/entrants/{member}": {
          "post": {
            "operationId": "recordContestResult",
            "tags": ["training"],
            "summary": "Kết quả dự thi / an entrant's result",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              },
              {
                "name": "member",
                "in": "path",
                "required": true,
                "description": "UUID đảng viên / member UUID; not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "requestBody": {
              "required": true,
              "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ContestResultBody"}}}
            },
            "responses": {
              "200": {
                "description": "Hội thi / the contest.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ContestPage"}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/members/{id}/training": {
          "get": {
            "operationId": "getMemberTraining",
            "tags": ["training"],
            "summary": "Bồi dưỡng, hội thi của đảng viên / a member's training",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "responses": {
              "200": {
                "description": "Lớp và hội thi / courses and contests.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/MemberTraining"}}}
              },
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/units/{id}/evaluations": {
          "get": {
            "operationId": "getEvaluations",
            "tags": ["evaluation"],
            "summary": "Các đợt đánh giá, xếp loại / a unit's rounds",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "responses": {
              "200": {
                "description": "Các đợt / the rounds.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/EvaluationsPage"}}}
              },
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          },
          "post": {
            "operationId": "openEvaluation",
            "tags": ["evaluation"],
            "summary": "Mở đợt đánh giá / open a round",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/RoundBody"}}}},
            "responses": {
              "201": {
                "description": "Đợt mới / the new round.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/EvaluationRoundPage"}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/evaluations/{id}": {
          "get": {
            "operationId": "getEvaluation",
            "tags": ["evaluation"],
            "summary": "Một đợt đánh giá / a round",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              },
              {
                "name": "cell",
                "in": "query",
                "required": false,
                "description": "Chỉ một chi bộ / one cell only.",
                "schema": {"type": "string", "format": "uuid"}
              },
              {
                "name": "after",
                "in": "query",
                "required": false,
                "description": "Con trỏ next của trang trước; con trỏ không hợp lệ thì về trang đầu / the previous page's next cursor; an unreadable one starts over.",
                "schema": {"type": "string"}
              }
            ],
            "responses": {
              "200": {
                "description": "Đợt / the round.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/EvaluationRoundPage"}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/evaluations/{id}/appraise-all": {
          "post": {
            "operationId": "evaluationAppraiseAll",
            "tags": ["evaluation"],
            "summary": "Thẩm định theo đề xuất của chi bộ / appraise as proposed",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "responses": {
              "200": {
                "description": "Đợt / the round.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/EvaluationRoundPage"}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/evaluations/{id}/decision": {
          "post": {
            "operationId": "evaluationDecision",
            "tags": ["evaluation"],
            "summary": "Quyết định công nhận, kiểm tra tỷ lệ xuất sắc / decide, the share checked",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "requestBody": {
              "required": true,
              "content": {"application/json": {"schema": {"$ref": "#/components/schemas/DecisionBody"}}}
            },
            "responses": {
              "200": {
                "description": "Đợt / the round.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/EvaluationRoundPage"}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/evaluations/{id}/publication": {
          "post": {
            "operationId": "evaluationPublication",
            "tags": ["evaluation"],
            "summary": "Công khai kết quả / publish",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "requestBody": {
              "required": true,
              "content": {"application/json": {"schema": {"$ref": "#/components/schemas/DecisionBody"}}}
            },
            "responses": {
              "200": {
                "description": "Đợt / the round.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/EvaluationRoundPage"}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/evaluations/{id}/decision.docx": {
          "get": {
            "operationId": "evaluationDecisionDocx",
            "tags": ["evaluation"],
            "summary": "Quyết định công nhận (.docx) / the decision",
            "description": "Người đọc toàn đợt; quyết định chỉ có sau khi quyết định (409) / readers of the round.",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "responses": {
              "200": {
                "description": "Tệp / the file.",
                "content": {
                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": {
                    "schema": {
                      "type": "string",
                      "contentMediaType": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                    }
                  }
                }
              },
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/evaluations/{id}/report.docx": {
          "get": {
            "operationId": "evaluationReportDocx",
            "tags": ["evaluation"],
            "summary": "Báo cáo kết quả (.docx) / the summary report",
            "description": "Người đọc toàn đợt; quyết định chỉ có sau khi quyết định (409) / readers of the round.",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "responses": {
              "200": {
                "description": "Tệp / the file.",
                "content": {
                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": {
                    "schema": {
                      "type": "string",
                      "contentMediaType": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                    }
                  }
                }
              },
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/evaluations/{id}/results.xlsx": {
          "get": {
            "operationId": "evaluationResultsXlsx",
            "tags": ["evaluation"],
            "summary": "Danh sách kết quả (.xlsx) / the results",
            "description": "Người đọc toàn đợt; quyết định chỉ có sau khi quyết định (409) / readers of the round.",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "responses": {
              "200": {
                "description": "Tệp / the file.",
                "content": {
                  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
                    "schema": {
                      "type": "string",
                      "contentMediaType": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                    }
                  }
                }
              },
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/member-evaluations/{id}": {
          "get": {
            "operationId": "getMemberEvaluation",
            "tags": ["evaluation"],
            "summary": "Đánh giá một đảng viên / a member's evaluation",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "responses": {
              "200": {
                "description": "Đánh giá / the evaluation.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/MemberEvaluationPage"}}}
              },
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/member-evaluations/{id}/self": {
          "post": {
            "operationId": "memberEvaluationSelf",
            "tags": ["evaluation"],
            "summary": "Tự kiểm điểm / self-assessment",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "requestBody": {
              "required": true,
              "content": {"application/json": {"schema": {"$ref": "#/components/schemas/LevelStepBody"}}}
            },
            "responses": {
              "200": {
                "description": "Đánh giá / the evaluation.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/MemberEvaluationPage"}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/member-evaluations/{id}/residence": {
          "post": {
            "operationId": "memberEvaluationResidence",
            "tags": ["evaluation"],
            "summary": "Nhận xét nơi cư trú / residence comment",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "requestBody": {
              "required": true,
              "content": {"application/json": {"schema": {"$ref": "#/components/schemas/LevelStepBody"}}}
            },
            "responses": {
              "200": {
                "description": "Đánh giá / the evaluation.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/MemberEvaluationPage"}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/member-evaluations/{id}/cell": {
          "post": {
            "operationId": "memberEvaluationCell",
            "tags": ["evaluation"],
            "summary": "Chi bộ nhận xét, đề xuất / the cell's proposal",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "requestBody": {
              "required": true,
              "content": {"application/json": {"schema": {"$ref": "#/components/schemas/LevelStepBody"}}}
            },
            "responses": {
              "200": {
                "description": "Đánh giá / the evaluation.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/MemberEvaluationPage"}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/member-evaluations/{id}/appraisal": {
          "post": {
            "operationId": "memberEvaluationAppraisal",
            "tags": ["evaluation"],
            "summary": "Cấp ủy thẩm định / appraisal",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "requestBody": {
              "required": true,
              "content": {"application/json": {"schema": {"$ref": "#/components/schemas/LevelStepBody"}}}
            },
            "responses": {
              "200": {
                "description": "Đánh giá / the evaluation.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/MemberEvaluationPage"}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/org-evaluations/{id}": {
          "get": {
            "operationId": "getOrgEvaluation",
            "tags": ["evaluation"],
            "summary": "Đánh giá một tổ chức đảng / an organisation's evaluation",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "responses": {
              "200": {
                "description": "Đánh giá / the evaluation.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/OrgEvaluationPage"}}}
              },
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/org-evaluations/{id}/report": {
          "post": {
            "operationId": "orgEvaluationReport",
            "tags": ["evaluation"],
            "summary": "Báo cáo kiểm điểm (mẫu 01) / the organisation's report",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "requestBody": {
              "required": true,
              "content": {"application/json": {"schema": {"$ref": "#/components/schemas/LevelStepBody"}}}
            },
            "responses": {
              "200": {
                "description": "Đánh giá / the evaluation.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/OrgEvaluationPage"}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/org-evaluations/{id}/rating": {
          "post": {
            "operationId": "orgEvaluationRating",
            "tags": ["evaluation"],
            "summary": "Cấp trên xếp loại / rating",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "requestBody": {
              "required": true,
              "content": {"application/json": {"schema": {"$ref": "#/components/schemas/LevelStepBody"}}}
            },
            "responses": {
              "200": {
                "description": "Đánh giá / the evaluation.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/OrgEvaluationPage"}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/units/{id}/imports": {
          "post": {
            "operationId": "uploadImport",
            "tags": ["members"],
            "summary": "Tải lên danh sách đảng viên để xem trước / upload a member list for its preview",
            "description": "Cán bộ cấp ủy trong phạm vi của mình; .xlsx hoặc .csv (UTF-8, UTF-16 có BOM, Windows-1258) / committee staff in their scope.",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "requestBody": {
              "required": true,
              "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ImportUploadBody"}}}
            },
            "responses": {
              "201": {
                "description": "Xem trước; chưa ghi gì / the preview; nothing written.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ImportPreview"}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/imports/{id}": {
          "get": {
            "operationId": "getImport",
            "tags": ["members"],
            "summary": "Xem trước, tính lại / the preview, recomputed",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "responses": {
              "200": {
                "description": "Xem trước / the preview.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ImportPreview"}}}
              },
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/imports/{id}/mapping": {
          "post": {
            "operationId": "mapImport",
            "tags": ["members"],
            "summary": "Chọn cột, tạo chi bộ / map columns, create cells",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "requestBody": {
              "required": true,
              "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ImportOptionsBody"}}}
            },
            "responses": {
              "200": {
                "description": "Xem trước / the preview.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ImportPreview"}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/imports/{id}/commit": {
          "post": {
            "operationId": "commitImport",
            "tags": ["members"],
            "summary": "Ghi danh sách: tất cả hoặc không / write the list, all or nothing",
            "description": "422 kèm mọi lỗi khi tệp còn lỗi; 409 khi đã ghi / 422 with every problem; 409 when already written.",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "responses": {
              "200": {
                "description": "Đã ghi / written.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ImportResult"}}}
              },
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "422": {"$ref": "#/components/responses/Unprocessable"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/imports/{id}/progress": {
          "get": {
            "operationId": "importProgress",
            "tags": ["members"],
            "summary": "Tiến độ ghi / the writing's progress",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "responses": {
              "200": {
                "description": "Tiến độ / progress.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ImportProgress"}}}
              },
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/units/{id}/members.csv": {
          "get": {
            "operationId": "exportMembersCsv",
            "tags": ["members"],
            "summary": "Danh sách đảng viên theo các cột nhập / the member list in the import's columns",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "responses": {
              "200": {
                "description": "Tệp / the file.",
                "content": {"text/csv": {"schema": {"type": "string", "contentMediaType": "text/csv"}}}
              },
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        },
        "/api/v1/units/{id}/members.xlsx": {
          "get": {
            "operationId": "exportMembersXlsx",
            "tags": ["members"],
            "summary": "Danh sách đảng viên theo các cột nhập / the member list in the import's columns",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "UUID; giá trị không phải UUID → 404 / not a UUID → 404.",
                "schema": {
                  "type": "string",
                  "format": "uuid",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            ],
            "responses": {
              "200": {
                "description": "Tệp / the file.",
                "content": {
                  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
                    "schema": {
                      "type": "string",
                      "contentMediaType": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                    }
                  }
                }
              },
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "429": {"$ref": "#/components/responses/TooManyRequests"}
            }
          }
        }
      },
      "components": {
        "securitySchemes": {
          "bearerAuth": {
            "type": "http",
            "scheme": "bearer",
            "description": "Mã từ POST /api/v1/auth/token / token from POST /api/v1/auth/token."
          }
        },
        "schemas": {
          "Error": {
            "type": "object",
            "properties": {
              "error": {
                "type": "object",
                "properties": {
                  "code": {
                    "type": "string",
                    "description": "Mã lỗi ổn định / stable machine code, e.g. `member.cardNumber.duplicate`, `unauthorized`, `body.malformed`."
                  },
                  "message": {
                    "type": "string",
                    "description": "Thông báo cho người dùng (tiếng Việt, hoặc tiếng Anh khi Accept-Language: en) / message for people."
                  },
                  "fields": {
                    "type": ["array", "null"],
                    "items": {"$ref": "#/components/schemas/FieldError"},
                    "description": "Chỉ có khi lỗi gắn với trường nhập / present only when errors concern input fields."
                  }
                },
                "required": ["code", "message"]
              }
            },
            "required": ["error"],
            "description": "Mọi lỗi của API / every API error."
          },
          "FieldError": {
            "type": "object",
            "properties": {"field": {"type": "string"}, "code": {"type": "string"}, "message": {"type": "string"}},
            "required": ["field", "code", "message"]
          },
          "UnitKind": {
            "type": "string",
            "enum": ["province", "district", "grassroots", "subcommittee", "cell"],
            "description": "Cấp tổ chức: tỉnh, huyện, đảng bộ cơ sở, đảng bộ bộ phận, chi bộ / level of the unit."
          },
          "CellType": {
            "type": "string",
            "enum": [
              "rural_village",
              "urban_residential",
              "agency",
              "public_service",
              "state_enterprise",
              "private_enterprise",
              "armed_forces"
            ],
            "description": "Loại hình chi bộ / type of cell."
          },
          "OfficerRole": {"type": "string", "enum": ["secretary", "deputy", "committee_member"], "description": "Chức vụ / office."},
          "Gender": {"type": "string", "enum": ["male", "female"], "description": "Giới tính / gender."},
          "MemberStatus": {
            "type": "string",
            "enum": ["probationary", "official"],
            "description": "Dự bị / chính thức — probationary / official."
          },
          "ExemptionKind": {
            "type": "string",
            "enum": ["full", "temporary"],
            "description": "Miễn công tác và sinh hoạt / tạm miễn — full / temporary exemption."
          },
          "TransferDirection": {
            "type": "string",
            "enum": ["out", "in"],
            "description": "Sinh hoạt tạm thời đi (out) / đến (in) — temporary transfer direction."
          },
          "Role": {
            "type": "string",
            "enum": ["member", "cell_secretary", "committee_staff", "inspector", "administrator"],
            "description": "Vai trò / role."
          },
          "MeetingKind": {
            "type": "string",
            "enum": ["regular", "thematic", "combined", "committee", "extraordinary", "model"],
            "description": "Loại buổi sinh hoạt / kind of meeting."
          },
          "MeetingStatus": {
            "type": "string",
            "enum": ["planned", "notified", "open", "ended", "locked", "cancelled"],
            "description": "Trạng thái / status."
          },
          "MeetingQuality": {
            "type": "string",
            "enum": ["good", "fair", "average", "poor"],
            "description": "Chất lượng buổi sinh hoạt / meeting quality."
          },
          "IssueOrigin": {
            "type": "string",
            "enum": ["member", "public_opinion"],
            "description": "Của đảng viên hay quần chúng / from a member or the public."
          },
          "IssueTopic": {
            "type": "string",
            "enum": [
              "party_building",
              "economy",
              "land_environment",
              "infrastructure",
              "social_policy",
              "security_order",
              "other"
            ],
            "description": "Lĩnh vực / what it concerns."
          },
          "IssueResponder": {
            "type": "string",
            "enum": ["cell", "grassroots_committee", "local_government", "higher_level"],
            "description": "Nơi trả lời, từ thấp lên cao / who answers, lowest first."
          },
          "IssueStatus": {
            "type": "string",
            "enum": ["open", "answered", "closed"],
            "description": "Chờ trả lời, đã trả lời, đã thông báo lại / open, answered, closed."
          },
          "InspectionKind": {
            "type": "string",
            "enum": [
              "regular_supervision",
              "thematic_supervision",
              "organisation_inspection",
              "member_inspection",
              "signs_of_violation"
            ],
            "description": "Hình thức kiểm tra, giám sát (QĐ 296) / kind of inspection or supervision."
          },
          "InspectionBody": {
            "type": "string",
            "enum": ["committee", "inspection_committee"],
            "description": "Cấp ủy hay ủy ban kiểm tra / the committee or its inspection committee."
          },
          "InspectionStatus": {
            "type": "string",
            "enum": ["planned", "in_progress", "concluded", "closed"],
            "description": "Tình trạng / state."
          },
          "CellGroup": {
            "type": "string",
            "enum": ["residential", "agency", "public_service", "enterprise", "armed_forces"],
            "description": "Nhóm loại hình chi bộ / group of cell types."
          },
          "LocalSettingKey": {
            "type": "string",
            "enum": [
              "attendance_target_percent",
              "superior_visit_every",
              "monthly_report_due_day",
              "issue_answer_working_days",
              "quality_good_from",
              "quality_fair_from",
              "quality_average_from",
              "excellent_cap_percent",
              "meeting_quorum_percent",
              "discipline_cell_up_to",
              "discipline_grassroots_up_to"
            ],
            "description": "Quy định địa phương / a local setting."
          },
          "SettingsPage": {
            "type": "object",
            "properties": {
              "unit": {"$ref": "#/components/schemas/Unit"},
              "lines": {
                "type": "array",
                "items": {
                  "type": "object",
                  "properties": {
                    "key": {"$ref": "#/components/schemas/LocalSettingKey"},
                    "value": {"type": "string"},
                    "defaultValue": {"type": "string"},
                    "setBy": {"type": ["string", "null"], "description": "Đơn vị đặt; vắng: mặc định / the unit that set it."},
                    "from": {"type": ["string", "null"], "format": "date", "description": "yyyy-MM-dd"}
                  },
                  "required": ["key", "value", "defaultValue"]
                }
              },
              "own": {
                "type": "array",
                "items": {
                  "type": "object",
                  "properties": {
                    "key": {"$ref": "#/components/schemas/LocalSettingKey"},
                    "value": {"type": "string"},
                    "from": {"type": "string", "format": "date", "description": "yyyy-MM-dd"},
                    "setBy": {"type": "string"}
                  },
                  "required": ["key", "value", "from", "setBy"]
                }
              },
              "canSet": {"type": "boolean"}
            },
            "required": ["unit", "lines", "own", "canSet"],
            "description": "Quy định địa phương đang áp dụng, kế thừa từ cấp trên, có ngày hiệu lực / the local settings in force, inherited, dated."
          },
          "VisitWindow": {
            "type": "string",
            "enum": ["month", "quarter", "year"],
            "description": "Tần suất cấp trên dự sinh hoạt / how often a superior attends."
          },
          "RubricCriterion": {
            "type": "string",
            "enum": ["preparation", "attendance", "procedure", "content", "discussion", "resolution"],
            "description": "Tiêu chí đánh giá buổi sinh hoạt / a criterion of the meeting rubric."
          },
          "EvaluationComparison": {
            "type": "string",
            "enum": ["agrees", "lower", "higher", "noSelfAssessment"],
            "description": "So với chi bộ tự đánh giá / against the cell's own assessment."
          },
          "AttendanceStatus": {
            "type": "string",
            "enum": ["present", "late", "excused", "unexcused"],
            "description": "Điểm danh / attendance."
          },
          "VoteKind": {
            "type": "string",
            "enum": ["resolution", "admission", "recognition", "discipline", "expulsion_proposal"],
            "description": "Loại biểu quyết / kind of vote."
          },
          "DueState": {"type": "string", "enum": ["held", "due", "late"], "description": "Đã sinh hoạt / chưa đến hạn / quá hạn."},
          "Unit": {
            "type": "object",
            "properties": {
              "id": {"type": "string", "format": "uuid"},
              "parentId": {
                "type": ["string", "null"],
                "format": "uuid",
                "description": "Vắng mặt với đơn vị gốc / absent for a root unit."
              },
              "name": {"type": "string"},
              "code": {"type": "string", "description": "Ký hiệu văn bản / document code."},
              "kind": {"$ref": "#/components/schemas/UnitKind"},
              "cellType": {
                "anyOf": [{"$ref": "#/components/schemas/CellType"}, {"type": "null"}],
                "description": "Chỉ với chi bộ / cells only."
              },
              "termLabel": {"type": "string", "description": "Nhiệm kỳ / term, e.g. 2025–2030."},
              "termStart": {"type": ["string", "null"], "format": "date", "description": "yyyy-MM-dd"},
              "depth": {"type": "integer", "description": "0 = gốc / root."}
            },
            "required": ["id", "name", "code", "kind", "termLabel", "depth"],
            "description": "Tổ chức đảng / organisation unit."
          },
          "UnitList": {
            "type": "object",
            "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/Unit"}}},
            "required": ["items"]
          },
          "MembershipCounts": {
            "type": "object",
            "properties": {
              "total": {"type": "integer"},
              "official": {"type": "integer"},
              "probationary": {"type": "integer"},
              "exemptFull": {"type": "integer"},
              "exemptTemporary": {"type": "integer"},
              "transferredOut": {"type": "integer"},
              "transferredIn": {"type": "integer"}
            },
            "required": ["total", "official", "probationary", "exemptFull", "exemptTemporary", "transferredOut", "transferredIn"],
            "description": "Số đảng viên của đơn vị và cấp dưới; đảng viên sinh hoạt tạm thời đến không tính vào total / members of the unit and its subtree; members transferred in are not in total."
          },
          "Officer": {
            "type": "object",
            "properties": {
              "id": {"type": "string", "format": "uuid"},
              "memberId": {"type": "string", "format": "uuid"},
              "fullName": {"type": "string"},
              "role": {"$ref": "#/components/schemas/OfficerRole"},
              "from": {"type": "string", "format": "date", "description": "yyyy-MM-dd"}
            },
            "required": ["id", "memberId", "fullName", "role", "from"]
          },
          "OfficerList": {
            "type": "object",
            "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/Officer"}}},
            "required": ["items"]
          },
          "UnitDetail": {
            "type": "object",
            "properties": {
              "unit": {"$ref": "#/components/schemas/Unit"},
              "ancestors": {
                "type": "array",
                "items": {"$ref": "#/components/schemas/Unit"},
                "description": "Từ gốc xuống / from the root down."
              },
              "counts": {"$ref": "#/components/schemas/MembershipCounts"},
              "officers": {"type": "array", "items": {"$ref": "#/components/schemas/Officer"}}
            },
            "required": ["unit", "ancestors", "counts", "officers"]
          },
          "Liaison": {
            "type": "object",
            "properties": {
              "id": {"type": "string", "format": "uuid"},
              "accountId": {"type": "string", "format": "uuid"},
              "username": {"type": "string"},
              "displayName": {"type": "string"},
              "levelUnitId": {
                "type": ["string", "null"],
                "format": "uuid",
                "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$",
                "description": "Cấp ủy được phân công thay mặt; null với phân công cũ (cấp trên trực tiếp) / the committee it is for; null for an older one (the parent)."
              },
              "levelName": {"type": ["string", "null"], "description": "Tên cấp ủy / its name."},
              "from": {"type": "string", "format": "date", "description": "yyyy-MM-dd"}
            },
            "required": ["id", "accountId", "username", "displayName", "from"],
            "description": "Cấp ủy viên cấp trên phụ trách chi bộ / a member of a committee above following the cell."
          },
          "LiaisonList": {
            "type": "object",
            "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/Liaison"}}},
            "required": ["items"]
          },
          "Exemption": {
            "type": "object",
            "properties": {
              "kind": {"$ref": "#/components/schemas/ExemptionKind"},
              "decisionDate": {"type": ["string", "null"], "format": "date", "description": "yyyy-MM-dd"},
              "reason": {"type": ["string", "null"]}
            },
            "required": ["kind"]
          },
          "Transfer": {
            "type": "object",
            "properties": {
              "direction": {"$ref": "#/components/schemas/TransferDirection"},
              "from": {"type": ["string", "null"], "format": "date", "description": "yyyy-MM-dd"},
              "until": {"type": ["string", "null"], "format": "date", "description": "yyyy-MM-dd"},
              "place": {"type": ["string", "null"]}
            },
            "required": ["direction"]
          },
          "StatusKind": {
            "type": "string",
            "enum": ["probationary", "official", "exempt", "transfer", "suspended", "disciplined", "left"],
            "description": "Loại giai đoạn / kind of a dated status period."
          },
          "SuspensionKind": {
            "type": "string",
            "enum": ["suspension", "detention"],
            "description": "Đình chỉ sinh hoạt / tạm giam — suspension / detention."
          },
          "DisciplineKind": {
            "type": "string",
            "enum": ["reprimand", "warning", "removal", "expulsion"],
            "description": "Khiển trách, cảnh cáo, cách chức, khai trừ — disciplinary measure (Charter art. 35)."
          },
          "DecidingBody": {
            "type": "string",
            "enum": ["cell", "grassroots", "committee"],
            "description": "Chi bộ / đảng ủy cơ sở / cấp ủy, ủy ban kiểm tra cấp trên — who decided (competences: local settings)."
          },
          "LeavingKind": {
            "type": "string",
            "enum": ["death", "struck_off", "expelled", "request", "transferred_out"],
            "description": "Từ trần, xóa tên, khai trừ, xin ra khỏi Đảng, chuyển sinh hoạt chính thức đi — how a membership ended."
          },
          "Moved": {
            "type": "object",
            "properties": {
              "date": {"type": "string", "format": "date", "description": "yyyy-MM-dd"},
              "place": {"type": ["string", "null"]}
            },
            "required": ["date"],
            "description": "Chuyển nơi ở, nơi công tác: chuyển sinh hoạt chính thức trong 60 ngày làm việc / a move away: transfer due in 60 working days."
          },
          "Left": {
            "type": "object",
            "properties": {
              "kind": {"$ref": "#/components/schemas/LeavingKind"},
              "date": {"type": "string", "format": "date", "description": "yyyy-MM-dd"}
            },
            "required": ["kind", "date"],
            "description": "Ngày và hình thức ra khỏi Đảng / the first day out of the party and how."
          },
          "StatusPeriod": {
            "type": "object",
            "properties": {
              "id": {"type": ["string", "null"], "format": "uuid"},
              "kind": {"$ref": "#/components/schemas/StatusKind"},
              "detail": {
                "type": ["string", "null"],
                "description": "ExemptionKind, TransferDirection, SuspensionKind, DisciplineKind hoặc LeavingKind theo kind / the kind's detail."
              },
              "from": {"type": "string", "format": "date", "description": "yyyy-MM-dd"},
              "until": {
                "type": ["string", "null"],
                "format": "date",
                "description": "Ngày cuối; vắng mặt khi đang chạy / last day; absent while running."
              },
              "reason": {"type": ["string", "null"]},
              "place": {"type": ["string", "null"]},
              "decidedBy": {"type": ["string", "null"]},
              "decisionNumber": {"type": ["string", "null"]},
              "decisionDate": {"type": ["string", "null"], "format": "date", "description": "yyyy-MM-dd"},
              "voteId": {"type": ["string", "null"], "format": "uuid"}
            },
            "required": ["kind", "from"],
            "description": "Một giai đoạn của đời đảng viên / one dated period of a member's party life."
          },
          "Standing": {
            "type": "object",
            "properties": {
              "status": {"$ref": "#/components/schemas/MemberStatus"},
              "exemption": {"anyOf": [{"$ref": "#/components/schemas/ExemptionKind"}, {"type": "null"}]},
              "transfer": {"anyOf": [{"$ref": "#/components/schemas/TransferDirection"}, {"type": "null"}]},
              "suspension": {"anyOf": [{"$ref": "#/components/schemas/SuspensionKind"}, {"type": "null"}]},
              "discipline": {"anyOf": [{"$ref": "#/components/schemas/DisciplineKind"}, {"type": "null"}]}
            },
            "required": ["status"],
            "description": "Tình trạng trong một ngày / a member's standing on one day."
          },
          "PendingVote": {
            "type": "object",
            "properties": {
              "voteId": {"type": "string", "format": "uuid"},
              "kind": {"$ref": "#/components/schemas/VoteKind"},
              "meetingId": {"type": "string", "format": "uuid"},
              "date": {"type": "string", "format": "date", "description": "yyyy-MM-dd"},
              "explanation": {"type": ["string", "null"]}
            },
            "required": ["voteId", "kind", "meetingId", "date"],
            "description": "Biểu quyết đã thông qua chờ quyết định / a passed vote no decision has used yet."
          },
          "RecognitionStep": {
            "type": "string",
            "enum": ["self_review", "helper_review", "residence", "cell_resolution", "committee_resolution"],
            "description": "Các bước hồ sơ công nhận chính thức (10–14-KNĐ) / the recognition file's steps."
          },
          "RecognitionStepRecord": {
            "type": "object",
            "properties": {
              "id": {"type": "string", "format": "uuid"},
              "step": {"$ref": "#/components/schemas/RecognitionStep"},
              "form": {"type": "string"},
              "date": {"type": "string", "format": "date", "description": "yyyy-MM-dd"},
              "documentNumber": {"type": ["string", "null"]},
              "voteId": {"type": ["string", "null"], "format": "uuid"}
            },
            "required": ["id", "step", "form", "date"]
          },
          "DocumentTarget": {
            "type": "string",
            "enum": ["admission_step", "recognition_step", "status_period"],
            "description": "Nơi đính kèm: bước hồ sơ kết nạp, bước hồ sơ công nhận, giai đoạn (quyết định) / what a document is attached to: an admission step, a recognition step, a period and its decision."
          },
          "FileDocument": {
            "type": "object",
            "properties": {
              "id": {"type": "string", "format": "uuid"},
              "target": {"$ref": "#/components/schemas/DocumentTarget"},
              "targetId": {"type": "string", "format": "uuid", "description": "Bước hoặc giai đoạn / the step's or period's id."},
              "filename": {"type": "string"},
              "contentType": {"type": "string"},
              "size": {"type": "integer"},
              "sha256": {"type": "string"},
              "uploadedBy": {"type": "string"},
              "uploadedAt": {"type": ["string", "null"], "format": "date-time", "description": "ISO 8601 UTC."}
            },
            "required": ["id", "target", "targetId", "filename", "contentType", "size", "sha256", "uploadedBy"],
            "description": "Tài liệu trong hồ sơ (không kèm nội dung) / a document on a person's file (without its bytes)."
          },
          "AdmissionFile": {
            "type": "object",
            "properties": {
              "sympathiserId": {"type": "string", "format": "uuid"},
              "steps": {"type": "array", "items": {"$ref": "#/components/schemas/AdmissionStepRecord"}},
              "awaitingMemberFile": {
                "type": "boolean",
                "description": "Đã kết nạp, chưa hoàn thiện hồ sơ đảng viên / admitted, the member's file not yet complete."
              }
            },
            "required": ["sympathiserId", "steps", "awaitingMemberFile"],
            "description": "Hồ sơ kết nạp của đảng viên được kết nạp trên hệ thống / the admission file a member came through."
          },
          "MemberLife": {
            "type": "object",
            "properties": {
              "asOf": {"type": "string", "format": "date", "description": "yyyy-MM-dd"},
              "periods": {
                "type": "array",
                "items": {"$ref": "#/components/schemas/StatusPeriod"},
                "description": "Cũ trước / oldest first."
              },
              "today": {
                "anyOf": [{"$ref": "#/components/schemas/Standing"}, {"type": "null"}],
                "description": "Vắng mặt khi không còn là đảng viên / absent when not a member today."
              },
              "probationEnds": {"type": ["string", "null"], "format": "date", "description": "yyyy-MM-dd"},
              "officialFrom": {"type": ["string", "null"], "format": "date", "description": "yyyy-MM-dd"},
              "pendingVotes": {"type": "array", "items": {"$ref": "#/components/schemas/PendingVote"}},
              "recognitionSteps": {"type": "array", "items": {"$ref": "#/components/schemas/RecognitionStepRecord"}},
              "recognitionOpen": {"type": "array", "items": {"$ref": "#/components/schemas/RecognitionStep"}},
              "failedRecognition": {
                "anyOf": [{"$ref": "#/components/schemas/PendingVote"}, {"type": "null"}],
                "description": "Biểu quyết công nhận không được thông qua: cấp ủy quyết định xóa tên / the cell's recognition vote that failed: the committee strikes off."
              },
              "transferDue": {
                "type": ["string", "null"],
                "format": "date",
                "description": "Đã chuyển nơi ở, nơi công tác: hạn chuyển sinh hoạt chính thức / moved away: the permanent transfer's due day."
              },
              "transferOverdue": {"type": "boolean"},
              "transferLateDays": {
                "type": ["integer", "null"],
                "description": "Chuyển sinh hoạt chậm bao nhiêu ngày làm việc / working days the transfer came late."
              },
              "letterValidUntil": {
                "type": ["string", "null"],
                "format": "date",
                "description": "Chuyển sinh hoạt chính thức đi: giấy giới thiệu có giá trị đến / transfer out: the letter's validity."
              },
              "admission": {
                "anyOf": [{"$ref": "#/components/schemas/AdmissionFile"}, {"type": "null"}],
                "description": "Vắng mặt khi không kết nạp qua hồ sơ trên hệ thống / absent when not admitted through a file kept here."
              },
              "documents": {
                "type": "array",
                "items": {"$ref": "#/components/schemas/FileDocument"},
                "description": "Tài liệu bên các giai đoạn và các bước / documents beside the periods and steps."
              }
            },
            "required": ["asOf", "periods", "pendingVotes", "recognitionSteps", "recognitionOpen", "documents", "transferOverdue"],
            "description": "Quá trình đảng viên / a member's party life."
          },
          "Member": {
            "type": "object",
            "properties": {
              "id": {"type": "string", "format": "uuid"},
              "unitId": {"type": "string", "format": "uuid"},
              "fullName": {"type": "string"},
              "birthDate": {"type": "string", "format": "date", "description": "yyyy-MM-dd"},
              "gender": {"$ref": "#/components/schemas/Gender"},
              "cardNumber": {"type": ["string", "null"], "description": "Số thẻ đảng viên / party card number."},
              "admissionDate": {"type": "string", "format": "date", "description": "yyyy-MM-dd"},
              "officialDate": {"type": ["string", "null"], "format": "date", "description": "yyyy-MM-dd"},
              "status": {"$ref": "#/components/schemas/MemberStatus"},
              "phone": {"type": ["string", "null"]},
              "ethnicity": {"type": ["string", "null"], "description": "Dân tộc / ethnicity."},
              "homeTown": {"type": ["string", "null"], "description": "Quê quán / home town."},
              "exemption": {
                "anyOf": [{"$ref": "#/components/schemas/Exemption"}, {"type": "null"}],
                "description": "Chỉ khi đang được miễn / only while exempt."
              },
              "transfer": {
                "anyOf": [{"$ref": "#/components/schemas/Transfer"}, {"type": "null"}],
                "description": "Chỉ khi đang sinh hoạt tạm thời / only while transferred."
              },
              "left": {
                "anyOf": [{"$ref": "#/components/schemas/Left"}, {"type": "null"}],
                "description": "Chỉ khi đã ra khỏi Đảng / only once out of the party."
              },
              "moved": {
                "anyOf": [{"$ref": "#/components/schemas/Moved"}, {"type": "null"}],
                "description": "Chỉ khi đã chuyển nơi ở, nơi công tác / only once moved away."
              }
            },
            "required": ["id", "unitId", "fullName", "birthDate", "gender", "admissionDate", "status"],
            "description": "Đảng viên / party member."
          },
          "MemberList": {
            "type": "object",
            "properties": {
              "items": {"type": "array", "items": {"$ref": "#/components/schemas/Member"}},
              "total": {
                "type": ["integer", "null"],
                "description": "Số đảng viên của danh sách, theo bộ đếm; không có khi tìm kiếm / the list's members, from the counters; absent for a search."
              },
              "per": {"type": "integer"},
              "next": {
                "type": ["string", "null"],
                "description": "Con trỏ trang sau (tham số after); không có ở trang cuối / the next page's cursor (the after parameter); absent on the last page."
              }
            },
            "required": ["items", "per"],
            "description": "Một trang, phân trang theo khóa / one page, paged by key."
          },
          "MemberPeriod": {
            "type": "object",
            "properties": {
              "unitId": {"type": "string", "format": "uuid"},
              "unitName": {"type": "string"},
              "from": {"type": "string", "format": "date", "description": "yyyy-MM-dd"},
              "until": {"type": ["string", "null"], "format": "date", "description": "yyyy-MM-dd"},
              "note": {"type": ["string", "null"]}
            },
            "required": ["unitId", "unitName", "from"],
            "description": "Một giai đoạn sinh hoạt tại một chi bộ / a period in one cell."
          },
          "HistoryList": {
            "type": "object",
            "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/MemberPeriod"}}},
            "required": ["items"]
          },
          "Grant": {
            "type": "object",
            "properties": {
              "role": {"$ref": "#/components/schemas/Role"},
              "unitId": {
                "type": ["string", "null"],
                "format": "uuid",
                "description": "Đơn vị áp dụng vai trò / unit the role is held at."
              },
              "id": {"type": ["string", "null"], "format": "uuid"},
              "endedOn": {
                "type": ["string", "null"],
                "format": "date",
                "description": "Ngày đầu tiên không còn vai trò / the first day without the role."
              },
              "endReason": {"anyOf": [{"$ref": "#/components/schemas/RoleEndReason"}, {"type": "null"}]},
              "fromOffice": {
                "type": ["boolean", "null"],
                "description": "Vai trò theo chức vụ, kết thúc cùng chức vụ / from an office, ends with it."
              }
            },
            "required": ["role"]
          },
          "RoleEndReason": {
            "type": "string",
            "enum": ["term_ended", "moved", "left", "revoked"],
            "description": "Lý do thôi vai trò: hết nhiệm kỳ, chuyển sinh hoạt, ra khỏi Đảng, thu hồi / why a role ended."
          },
          "AccountRole": {
            "type": "object",
            "properties": {
              "id": {"type": "string", "format": "uuid"},
              "role": {"$ref": "#/components/schemas/Role"},
              "unitId": {"type": ["string", "null"], "format": "uuid"},
              "unitName": {"type": ["string", "null"]},
              "held": {"type": "boolean"},
              "endedOn": {"type": ["string", "null"], "format": "date", "description": "yyyy-MM-dd"},
              "endReason": {"anyOf": [{"$ref": "#/components/schemas/RoleEndReason"}, {"type": "null"}]},
              "endedBy": {"type": ["string", "null"], "description": "Tên đăng nhập người kết thúc / who ended it."},
              "fromOffice": {"type": "boolean"}
            },
            "required": ["id", "role", "held", "fromOffice"]
          },
          "AccountPage": {
            "type": "object",
            "properties": {
              "id": {"type": "string", "format": "uuid"},
              "username": {"type": "string"},
              "displayName": {"type": "string"},
              "memberId": {"type": ["string", "null"], "format": "uuid"},
              "memberName": {"type": ["string", "null"]},
              "active": {"type": "boolean"},
              "roles": {"type": "array", "items": {"$ref": "#/components/schemas/AccountRole"}},
              "sessions": {"type": "integer"},
              "tokens": {"type": "integer"},
              "canDeactivate": {"type": "boolean"},
              "canReactivate": {"type": "boolean"}
            },
            "required": ["id", "username", "displayName", "active", "roles", "sessions", "tokens", "canDeactivate", "canReactivate"],
            "description": "Một tài khoản với vai trò đang giữ và đã thôi / an account with its roles held and ended."
          },
          "Account": {
            "type": "object",
            "properties": {
              "id": {"type": "string", "format": "uuid"},
              "username": {"type": "string"},
              "displayName": {"type": "string"},
              "memberId": {"type": ["string", "null"], "format": "uuid"},
              "active": {"type": "boolean"},
              "roles": {"type": "array", "items": {"$ref": "#/components/schemas/Grant"}}
            },
            "required": ["id", "username", "displayName", "active", "roles"]
          },
          "AccountList": {
            "type": "object",
            "properties": {
              "items": {"type": "array", "items": {"$ref": "#/components/schemas/Account"}},
              "next": {
                "type": ["string", "null"],
                "description": "Con trỏ trang sau (tham số after); không có ở trang cuối / the next page's cursor (the after parameter); absent on the last page."
              }
            },
            "required": ["items"],
            "description": "Một trang, theo tên đăng nhập / one page, by user name."
          },
          "Me": {
            "type": "object",
            "properties": {
              "id": {"type": "string", "format": "uuid"},
              "username": {"type": "string"},
              "displayName": {"type": "string"},
              "memberId": {"type": ["string", "null"], "format": "uuid"},
              "roles": {"type": "array", "items": {"$ref": "#/components/schemas/Grant"}}
            },
            "required": ["id", "username", "displayName", "roles"]
          },
          "Token": {
            "type": "object",
            "properties": {
              "token": {"type": "string", "description": "Mã truy cập, gửi trong Authorization: Bearer / the bearer token."},
              "expiresAt": {
                "type": "string",
                "format": "date-time",
                "description": "ISO 8601 UTC, không có phần lẻ giây / no fractional seconds, e.g. 2026-12-23T00:47:36Z."
              }
            },
            "required": ["token", "expiresAt"]
          },
          "Session": {
            "type": "object",
            "properties": {
              "id": {"type": "string", "format": "uuid"},
              "createdAt": {"type": "string", "format": "date-time", "description": "ISO 8601 UTC, e.g. 2026-11-23T00:47:36Z."},
              "lastSeenAt": {"type": "string", "format": "date-time", "description": "ISO 8601 UTC, e.g. 2026-11-23T00:47:36Z."},
              "expiresAt": {
                "type": "string",
                "format": "date-time",
                "description": "Hết hạn nếu không dùng tiếp (không quá giới hạn tuyệt đối) / ends then unless used again (never past the absolute limit)."
              },
              "ip": {"type": "string", "description": "Địa chỉ khi đăng nhập / the client's address at the login."},
              "userAgent": {"type": "string", "description": "Trình duyệt / the browser's User-Agent."},
              "current": {"type": "boolean", "description": "Luôn false qua API / always false through the API."}
            },
            "required": ["id", "createdAt", "lastSeenAt", "expiresAt", "ip", "userAgent", "current"]
          },
          "SessionList": {
            "type": "object",
            "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/Session"}}},
            "required": ["items"]
          },
          "AuditEntry": {
            "type": "object",
            "properties": {
              "at": {"type": "string", "format": "date-time", "description": "ISO 8601 UTC, e.g. 2026-11-23T00:47:36Z."},
              "username": {"type": "string"},
              "action": {"type": "string"},
              "entity": {"type": "string"},
              "entityId": {"type": ["string", "null"], "format": "uuid"},
              "unitId": {"type": ["string", "null"], "format": "uuid"},
              "before": {
                "type": ["string", "null"],
                "description": "JSON của bản ghi trước khi đổi / JSON text of the record before."
              },
              "after": {
                "type": ["string", "null"],
                "description": "JSON của bản ghi sau khi đổi / JSON text of the record after."
              }
            },
            "required": ["at", "username", "action", "entity"]
          },
          "AuditList": {
            "type": "object",
            "properties": {
              "items": {"type": "array", "items": {"$ref": "#/components/schemas/AuditEntry"}},
              "next": {
                "type": ["string", "null"],
                "description": "Con trỏ trang sau (tham số after); không có ở trang cuối / the next page's cursor (the after parameter); absent on the last page."
              }
            },
            "required": ["items"],
            "description": "Một trang, mới nhất trước / one page, newest first."
          },
          "RuleSource": {
            "type": "object",
            "properties": {
              "document": {"type": "string"},
              "title": {"type": "string"},
              "effective": {"type": "string", "format": "date", "description": "yyyy-MM-dd"}
            },
            "required": ["document", "title", "effective"]
          },
          "Threshold": {
            "type": "object",
            "properties": {
              "numerator": {"type": "integer"},
              "denominator": {"type": "integer"},
              "inclusive": {"type": "boolean", "description": "true: ít nhất (≥) / at least; false: trên (>) / more than."}
            },
            "required": ["numerator", "denominator", "inclusive"]
          },
          "MeetingRules": {
            "type": "object",
            "properties": {
              "source": {"$ref": "#/components/schemas/RuleSource"},
              "regularEveryMonths": {"type": "integer"},
              "thematicPerQuarter": {"type": "integer"},
              "minimumMinutes": {"type": "integer"},
              "combinedMinimumMinutes": {"type": "integer"},
              "documentsDaysBefore": {"type": "integer"},
              "attendanceAbovePercent": {"type": "integer"},
              "maxConsecutiveExcusedAbsences": {"type": "integer"}
            },
            "required": [
              "source",
              "regularEveryMonths",
              "thematicPerQuarter",
              "minimumMinutes",
              "combinedMinimumMinutes",
              "documentsDaysBefore",
              "attendanceAbovePercent",
              "maxConsecutiveExcusedAbsences"
            ]
          },
          "VoteRules": {
            "type": "object",
            "properties": {
              "source": {"$ref": "#/components/schemas/RuleSource"},
              "ordinary": {"$ref": "#/components/schemas/Threshold"},
              "admission": {"$ref": "#/components/schemas/Threshold"},
              "recognition": {"$ref": "#/components/schemas/Threshold"},
              "discipline": {"$ref": "#/components/schemas/Threshold"},
              "expulsionProposal": {"$ref": "#/components/schemas/Threshold"},
              "escalateAfterFailures": {"type": "integer"},
              "probationaryMembersVote": {"type": "boolean"}
            },
            "required": [
              "source",
              "ordinary",
              "admission",
              "recognition",
              "discipline",
              "expulsionProposal",
              "escalateAfterFailures",
              "probationaryMembersVote"
            ]
          },
          "MembershipRules": {
            "type": "object",
            "properties": {
              "source": {"$ref": "#/components/schemas/RuleSource"},
              "probationMonths": {"type": "integer"},
              "admissionMinimumAge": {"type": "integer"},
              "admissionMaximumAge": {"type": "integer"},
              "ceremonyWithinWorkingDays": {"type": "integer"},
              "recognitionWithinWorkingDays": {"type": "integer"},
              "awarenessCertificateYears": {"type": "integer"},
              "introducersRequired": {"type": "integer"},
              "introducerKnownMonths": {"type": "integer"},
              "strikeOffMonthsInYear": {"type": "integer"},
              "permanentTransferWorkingDays": {"type": "integer"},
              "introductionLetterDays": {"type": "integer"},
              "temporaryTransferMinMonths": {"type": "integer"},
              "temporaryTransferMaxMonths": {"type": "integer"},
              "exemptionIllnessMonths": {"type": "integer"},
              "feeSalaryPermille": {"type": "integer"},
              "feePensionPermille": {"type": "integer"},
              "feeExemptAfterYears": {"type": "integer"}
            },
            "required": [
              "source",
              "probationMonths",
              "admissionMinimumAge",
              "admissionMaximumAge",
              "ceremonyWithinWorkingDays",
              "recognitionWithinWorkingDays",
              "awarenessCertificateYears",
              "introducersRequired",
              "introducerKnownMonths",
              "strikeOffMonthsInYear",
              "permanentTransferWorkingDays",
              "introductionLetterDays",
              "temporaryTransferMinMonths",
              "temporaryTransferMaxMonths",
              "exemptionIllnessMonths",
              "feeSalaryPermille",
              "feePensionPermille",
              "feeExemptAfterYears"
            ]
          },
          "EvaluationRules": {
            "type": "object",
            "properties": {
              "source": {"$ref": "#/components/schemas/RuleSource"},
              "excellentFrom": {"type": "integer"},
              "goodFrom": {"type": "integer"},
              "completedFrom": {"type": "integer"},
              "excellentMinimumExceedingPercent": {"type": "integer"}
            },
            "required": ["source", "excellentFrom", "goodFrom", "completedFrom", "excellentMinimumExceedingPercent"]
          },
          "DocumentRules": {
            "type": "object",
            "properties": {
              "source": {"$ref": "#/components/schemas/RuleSource"},
              "font": {"type": "string"},
              "marginTopMM": {"type": "integer"},
              "marginBottomMM": {"type": "integer"},
              "marginLeftMM": {"type": "integer"},
              "marginRightMM": {"type": "integer"},
              "documentTypes": {"type": "array", "items": {"type": "string"}}
            },
            "required": ["source", "font", "marginTopMM", "marginBottomMM", "marginLeftMM", "marginRightMM", "documentTypes"]
          },
          "LocalSettings": {
            "type": "object",
            "properties": {
              "attendanceTargetPercent": {"type": "integer"},
              "qualityGoodFrom": {"type": "integer"},
              "qualityFairFrom": {"type": "integer"},
              "qualityAverageFrom": {"type": "integer"},
              "excellentCapPercentOfGood": {"type": "integer"},
              "notCompletedBelow": {"type": "integer"},
              "checkInLateAfterMinutes": {"type": "integer"},
              "checkInWrongCodesAllowed": {"type": "integer"},
              "checkInWindowMinutes": {"type": "integer"},
              "recruitmentIdleYears": {"type": "integer"},
              "deadlineWarningWorkingDays": {"type": "integer"},
              "issueAnswerWorkingDays": {"type": "integer"},
              "monthlyReportDueDay": {"type": "integer"},
              "meetingQuorumPercent": {"type": ["integer", "null"], "description": "Vắng mặt khi không đặt / absent when not set."},
              "superiorVisitEvery": {"$ref": "#/components/schemas/VisitWindow"},
              "disciplineCellUpTo": {"$ref": "#/components/schemas/DisciplineKind"},
              "disciplineGrassrootsUpTo": {"$ref": "#/components/schemas/DisciplineKind"}
            },
            "required": [
              "attendanceTargetPercent",
              "qualityGoodFrom",
              "qualityFairFrom",
              "qualityAverageFrom",
              "excellentCapPercentOfGood",
              "notCompletedBelow",
              "checkInLateAfterMinutes",
              "checkInWrongCodesAllowed",
              "checkInWindowMinutes",
              "recruitmentIdleYears",
              "deadlineWarningWorkingDays",
              "issueAnswerWorkingDays",
              "monthlyReportDueDay",
              "superiorVisitEvery",
              "disciplineCellUpTo",
              "disciplineGrassrootsUpTo"
            ],
            "description": "Thiết lập địa phương / local settings."
          },
          "Rulebook": {
            "type": "object",
            "properties": {
              "date": {"type": "string", "format": "date", "description": "yyyy-MM-dd"},
              "versionId": {
                "type": "string",
                "description": "Mã tổ hợp văn bản đang áp dụng / identifier of the combination in force."
              },
              "meetings": {"$ref": "#/components/schemas/MeetingRules"},
              "votes": {"$ref": "#/components/schemas/VoteRules"},
              "membership": {"$ref": "#/components/schemas/MembershipRules"},
              "evaluation": {"$ref": "#/components/schemas/EvaluationRules"},
              "documents": {"$ref": "#/components/schemas/DocumentRules"},
              "local": {"$ref": "#/components/schemas/LocalSettings"}
            },
            "required": ["date", "versionId", "meetings", "votes", "membership", "evaluation", "documents", "local"],
            "description": "Các quy định có hiệu lực vào một ngày / the rules in force on a date."
          },
          "AdmissionStep": {
            "type": "string",
            "enum": [
              "course",
              "application",
              "personal_history",
              "introduction",
              "residence",
              "cell_resolution",
              "committee_resolution",
              "decision",
              "ceremony",
              "member_file"
            ],
            "description": "Các bước hồ sơ kết nạp (1-KNĐ … 9-KNĐ, lễ kết nạp, hồ sơ đảng viên 1-HSĐV, 2-HSĐV) / the admission file's steps."
          },
          "SympathiserStatus": {
            "type": "string",
            "enum": ["active", "admitted", "dropped"],
            "description": "Đang bồi dưỡng, đã kết nạp, dừng / in progress, admitted, dropped."
          },
          "Sympathiser": {
            "type": "object",
            "properties": {
              "id": {"type": "string", "format": "uuid"},
              "unitId": {"type": "string", "format": "uuid"},
              "fullName": {"type": "string"},
              "birthDate": {"type": "string", "format": "date", "description": "yyyy-MM-dd"},
              "gender": {"$ref": "#/components/schemas/Gender"},
              "phone": {"type": ["string", "null"]},
              "helperId": {"type": ["string", "null"], "format": "uuid"},
              "helperName": {"type": ["string", "null"]},
              "listedOn": {"type": "string", "format": "date", "description": "yyyy-MM-dd"},
              "status": {"$ref": "#/components/schemas/SympathiserStatus"},
              "memberId": {"type": ["string", "null"], "format": "uuid"},
              "note": {"type": ["string", "null"]}
            },
            "required": ["id", "unitId", "fullName", "birthDate", "gender", "listedOn", "status"],
            "description": "Quần chúng ưu tú / a sympathiser."
          },
          "AdmissionStepRecord": {
            "type": "object",
            "properties": {
              "id": {"type": "string", "format": "uuid"},
              "step": {"$ref": "#/components/schemas/AdmissionStep"},
              "form": {"type": ["string", "null"]},
              "date": {"type": "string", "format": "date", "description": "yyyy-MM-dd"},
              "documentNumber": {"type": ["string", "null"]},
              "note": {"type": ["string", "null"]},
              "introducerId": {"type": ["string", "null"], "format": "uuid"},
              "introducerName": {"type": ["string", "null"]},
              "knownSince": {"type": ["string", "null"], "format": "date", "description": "yyyy-MM-dd"},
              "voteId": {"type": ["string", "null"], "format": "uuid"}
            },
            "required": ["id", "step", "date"],
            "description": "Một bước đã ghi nhận / a recorded step."
          },
          "Deadline": {
            "type": "object",
            "properties": {
              "what": {"type": "string"},
              "who": {"type": "string", "description": "Ai phải thực hiện / who must act."},
              "due": {"type": "string", "format": "date", "description": "yyyy-MM-dd"},
              "overdue": {"type": "boolean"},
              "state": {"type": "string", "description": "Ví dụ / e.g. Còn 12 ngày làm việc."}
            },
            "required": ["what", "who", "due", "overdue", "state"],
            "description": "Thời hạn tính theo ngày làm việc / a deadline in working days."
          },
          "CaseRow": {
            "type": "object",
            "properties": {
              "sympathiser": {"$ref": "#/components/schemas/Sympathiser"},
              "unitName": {"type": "string"},
              "nextStep": {"anyOf": [{"$ref": "#/components/schemas/AdmissionStep"}, {"type": "null"}]},
              "nextForm": {"type": ["string", "null"]},
              "deadline": {"anyOf": [{"$ref": "#/components/schemas/Deadline"}, {"type": "null"}]}
            },
            "required": ["sympathiser", "unitName"]
          },
          "RecognitionRow": {
            "type": "object",
            "properties": {
              "memberId": {"type": "string", "format": "uuid"},
              "fullName": {"type": "string"},
              "unitId": {"type": "string", "format": "uuid"},
              "unitName": {"type": "string"},
              "officialFrom": {"type": "string", "format": "date", "description": "yyyy-MM-dd"},
              "deadline": {
                "anyOf": [{"$ref": "#/components/schemas/Deadline"}, {"type": "null"}],
                "description": "Vắng mặt khi chi bộ đã biểu quyết / absent once the cell has voted."
              },
              "cellVote": {
                "type": ["string", "null"],
                "format": "date",
                "description": "Ngày chi bộ biểu quyết công nhận / the cell's recognition vote."
              },
              "cellVotePassed": {"type": ["boolean", "null"]}
            },
            "required": ["memberId", "fullName", "unitId", "unitName", "officialFrom"]
          },
          "TransferRow": {
            "type": "object",
            "properties": {
              "memberId": {"type": "string", "format": "uuid"},
              "fullName": {"type": "string"},
              "unitId": {"type": "string", "format": "uuid"},
              "unitName": {"type": "string"},
              "movedOn": {"type": "string", "format": "date", "description": "yyyy-MM-dd"},
              "place": {"type": ["string", "null"]},
              "deadline": {"$ref": "#/components/schemas/Deadline"}
            },
            "required": ["memberId", "fullName", "unitId", "unitName", "movedOn", "deadline"],
            "description": "Đảng viên chuyển nơi ở, nơi công tác chờ chuyển sinh hoạt chính thức / a member who moved, transfer due."
          },
          "MemberFileRow": {
            "type": "object",
            "properties": {
              "memberId": {"type": "string", "format": "uuid"},
              "fullName": {"type": "string"},
              "unitId": {"type": "string", "format": "uuid"},
              "unitName": {"type": "string"},
              "ceremony": {"type": "string", "format": "date", "description": "yyyy-MM-dd"}
            },
            "required": ["memberId", "fullName", "unitId", "unitName", "ceremony"],
            "description": "Đảng viên mới chưa hoàn thiện hồ sơ đảng viên / a new member whose file is not complete."
          },
          "IdleCell": {
            "type": "object",
            "properties": {
              "unitId": {"type": "string", "format": "uuid"},
              "name": {"type": "string"},
              "lastAdmission": {"type": ["string", "null"], "format": "date", "description": "yyyy-MM-dd"}
            },
            "required": ["unitId", "name"]
          },
          "IdleSubUnit": {
            "type": "object",
            "properties": {
              "unitId": {"type": "string", "format": "uuid"},
              "name": {"type": "string"},
              "cells": {"type": "integer"},
              "idleCells": {"type": "integer"}
            },
            "required": ["unitId", "name", "cells", "idleCells"],
            "description": "Đơn vị trực thuộc tỉnh, toàn quốc và số chi bộ không kết nạp đảng viên / a unit under a province or the country with its cells and its idle cells, from the counters."
          },
          "Recruitment": {
            "type": "object",
            "properties": {
              "unit": {"$ref": "#/components/schemas/Unit"},
              "cases": {"type": "array", "items": {"$ref": "#/components/schemas/CaseRow"}},
              "casesTotal": {"type": "integer"},
              "recognitions": {"type": "array", "items": {"$ref": "#/components/schemas/RecognitionRow"}},
              "transfers": {"type": "array", "items": {"$ref": "#/components/schemas/TransferRow"}},
              "memberFiles": {"type": "array", "items": {"$ref": "#/components/schemas/MemberFileRow"}},
              "idleYears": {"type": "integer"},
              "idleCells": {"type": "array", "items": {"$ref": "#/components/schemas/IdleCell"}},
              "idleByUnit": {"type": "array", "items": {"$ref": "#/components/schemas/IdleSubUnit"}},
              "helpers": {"type": "array", "items": {"$ref": "#/components/schemas/Member"}},
              "canWrite": {"type": "boolean"},
              "listLength": {"type": "integer"},
              "listsCut": {"type": "boolean"}
            },
            "required": [
              "unit",
              "cases",
              "casesTotal",
              "recognitions",
              "transfers",
              "memberFiles",
              "idleYears",
              "idleCells",
              "idleByUnit",
              "helpers",
              "canWrite",
              "listLength",
              "listsCut"
            ],
            "description": "Phát triển đảng viên của đơn vị / a unit's recruitment. Mỗi danh sách hiện nhiều nhất `listLength` người (200; 50 ở tỉnh, toàn quốc); `listsCut`: có danh sách đã đủ số đó / each list shows at most `listLength` people (200; 50 for a province or the country); `listsCut`: a list reached it."
          },
          "SympathiserFile": {
            "type": "object",
            "properties": {
              "sympathiser": {"$ref": "#/components/schemas/Sympathiser"},
              "unit": {"$ref": "#/components/schemas/Unit"},
              "steps": {"type": "array", "items": {"$ref": "#/components/schemas/AdmissionStepRecord"}},
              "nextStep": {"anyOf": [{"$ref": "#/components/schemas/AdmissionStep"}, {"type": "null"}]},
              "open": {"type": "array", "items": {"$ref": "#/components/schemas/AdmissionStep"}},
              "deadline": {"anyOf": [{"$ref": "#/components/schemas/Deadline"}, {"type": "null"}]},
              "ceremonyLate": {
                "type": ["integer", "null"],
                "description": "Lễ kết nạp chậm bao nhiêu ngày làm việc / a ceremony held late, working days."
              },
              "introducers": {"type": "array", "items": {"$ref": "#/components/schemas/Member"}},
              "admissionVotes": {"type": "array", "items": {"$ref": "#/components/schemas/PendingVote"}},
              "canWrite": {"type": "boolean"},
              "documents": {
                "type": "array",
                "items": {"$ref": "#/components/schemas/FileDocument"},
                "description": "Tài liệu bên các bước / documents beside the steps."
              },
              "attachable": {
                "type": "array",
                "items": {"type": "string", "format": "uuid"},
                "description": "Các bước người gọi được đính kèm tài liệu / the steps the caller may attach a document to."
              }
            },
            "required": [
              "sympathiser",
              "unit",
              "steps",
              "open",
              "introducers",
              "admissionVotes",
              "canWrite",
              "documents",
              "attachable"
            ],
            "description": "Hồ sơ kết nạp của một quần chúng / a sympathiser's admission file."
          },
          "FeeRelief": {
            "type": "string",
            "enum": ["none", "exempt", "reduced_30", "reduced_50", "reduced_70"],
            "description": "Đóng đủ, miễn, giảm 30/50/70% / full rate, exempt, reduced."
          },
          "FeeLine": {
            "type": "object",
            "properties": {
              "memberId": {"type": "string", "format": "uuid"},
              "fullName": {"type": "string"},
              "amount": {"type": "integer"},
              "relief": {"$ref": "#/components/schemas/FeeRelief"},
              "paidOn": {
                "type": ["string", "null"],
                "format": "date",
                "description": "Vắng mặt khi chưa nộp / absent when unpaid."
              },
              "seniorityExempt": {"type": "boolean"},
              "recorded": {"type": "boolean"}
            },
            "required": ["memberId", "fullName", "amount", "relief", "seniorityExempt", "recorded"]
          },
          "FeeSheet": {
            "type": "object",
            "properties": {
              "unit": {"$ref": "#/components/schemas/Unit"},
              "month": {"type": "string", "description": "yyyy-MM"},
              "lines": {"type": "array", "items": {"$ref": "#/components/schemas/FeeLine"}},
              "collected": {"type": "integer"},
              "unpaid": {"type": "integer"},
              "canWrite": {"type": "boolean"}
            },
            "required": ["unit", "month", "lines", "collected", "unpaid", "canWrite"],
            "description": "Đảng phí của chi bộ trong một tháng / a cell's party fees for a month."
          },
          "HolidayKind": {
            "type": "string",
            "enum": ["holiday", "compensatory", "swapped_day_off", "make_up_day", "day_off", "working_day"],
            "description": "Nghỉ lễ, nghỉ bù, nghỉ hoán đổi, làm bù, ngày nghỉ khác, ngày làm việc / kind of calendar day."
          },
          "HolidayDay": {
            "type": "object",
            "properties": {
              "date": {"type": "string", "format": "date", "description": "yyyy-MM-dd"},
              "kind": {"$ref": "#/components/schemas/HolidayKind"},
              "name": {"type": "string"},
              "source": {"type": ["string", "null"]},
              "corrected": {"type": "boolean"}
            },
            "required": ["date", "kind", "name", "corrected"]
          },
          "HolidayCalendar": {
            "type": "object",
            "properties": {
              "year": {"type": "integer"},
              "days": {"type": "array", "items": {"$ref": "#/components/schemas/HolidayDay"}},
              "workingDays": {"type": "integer"}
            },
            "required": ["year", "days", "workingDays"],
            "description": "Lịch ngày nghỉ của một năm / a year's holiday calendar."
          },
          "Meeting": {
            "type": "object",
            "properties": {
              "id": {"type": "string", "format": "uuid"},
              "unitId": {"type": "string", "format": "uuid"},
              "kind": {"$ref": "#/components/schemas/MeetingKind"},
              "title": {"type": "string"},
              "theme": {"type": ["string", "null"]},
              "date": {"type": "string", "format": "date", "description": "yyyy-MM-dd"},
              "time": {"type": "string", "pattern": "^[0-9]{2}:[0-9]{2}$", "description": "HH:mm"},
              "location": {"type": "string"},
              "status": {"$ref": "#/components/schemas/MeetingStatus"},
              "draftContent": {"type": ["string", "null"]},
              "draftResolution": {"type": ["string", "null"]},
              "notifiedOn": {"type": ["string", "null"], "format": "date", "description": "yyyy-MM-dd"},
              "startedAt": {"type": ["string", "null"], "description": "yyyy-MM-ddTHH:mm, giờ Việt Nam / Vietnam local time."},
              "endedAt": {"type": ["string", "null"], "description": "yyyy-MM-ddTHH:mm, giờ Việt Nam / Vietnam local time."},
              "chairName": {"type": ["string", "null"]},
              "secretaryName": {"type": ["string", "null"]},
              "results": {"type": ["string", "null"]},
              "nextTasks": {"type": ["string", "null"]},
              "qualityScore": {"type": ["integer", "null"]},
              "quality": {"anyOf": [{"$ref": "#/components/schemas/MeetingQuality"}, {"type": "null"}]},
              "feesCollected": {"type": ["string", "null"]}
            },
            "required": ["id", "unitId", "kind", "title", "date", "time", "location", "status"],
            "description": "Buổi sinh hoạt / meeting."
          },
          "MeetingList": {
            "type": "object",
            "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/Meeting"}}},
            "required": ["items"]
          },
          "RollEntry": {
            "type": "object",
            "properties": {
              "memberId": {"type": "string", "format": "uuid"},
              "fullName": {"type": "string"},
              "status": {"$ref": "#/components/schemas/MemberStatus"},
              "exempt": {"type": "boolean"},
              "transfer": {"anyOf": [{"$ref": "#/components/schemas/TransferDirection"}, {"type": "null"}]},
              "suspended": {
                "type": "boolean",
                "description": "Bị đình chỉ sinh hoạt, tạm giam ngày họp / suspended or detained that day."
              },
              "attendance": {
                "anyOf": [{"$ref": "#/components/schemas/AttendanceStatus"}, {"type": "null"}],
                "description": "Vắng mặt khi chưa điểm danh / absent when not marked."
              },
              "reason": {"type": ["string", "null"]},
              "selfCheckin": {"type": "boolean"}
            },
            "required": ["memberId", "fullName", "status", "exempt", "suspended", "selfCheckin"],
            "description": "Một dòng trong danh sách buổi sinh hoạt / one entry of the roll."
          },
          "AttendanceSummary": {
            "type": "object",
            "properties": {
              "expected": {"type": "integer"},
              "present": {"type": "integer"},
              "late": {"type": "integer"},
              "excused": {"type": "integer"},
              "unexcused": {"type": "integer"},
              "exemptPresent": {"type": "integer"},
              "visitingPresent": {"type": "integer"}
            },
            "required": ["expected", "present", "late", "excused", "unexcused", "exemptPresent", "visitingPresent"]
          },
          "PartyLifeFigures": {
            "type": "object",
            "properties": {
              "sympathisers": {"type": "integer"},
              "admitted": {"type": "integer"},
              "recognised": {"type": "integer"},
              "suspensions": {"type": "integer"},
              "disciplined": {"type": "integer"},
              "leftDeath": {"type": "integer"},
              "leftStruckOff": {"type": "integer"},
              "leftExpelled": {"type": "integer"},
              "leftRequest": {"type": "integer"},
              "leftTransferredOut": {"type": "integer"},
              "feesCollected": {"type": "integer"},
              "feesUnpaid": {"type": "integer"}
            },
            "required": [
              "sympathisers",
              "admitted",
              "recognised",
              "suspensions",
              "disciplined",
              "leftDeath",
              "leftStruckOff",
              "leftExpelled",
              "leftRequest",
              "leftTransferredOut",
              "feesCollected",
              "feesUnpaid"
            ],
            "description": "Quần chúng ưu tú hiện nay; kết nạp, công nhận chính thức, đình chỉ, kỷ luật, ra khỏi Đảng theo hình thức trong kỳ / sympathisers now; admissions, recognitions, suspensions, measures, leavers by kind in the period."
          },
          "CellFigures": {
            "type": "object",
            "properties": {
              "cells": {"type": "integer"},
              "members": {"$ref": "#/components/schemas/MembershipCounts"},
              "regularHeld": {"type": "integer"},
              "regularDue": {"type": "integer"},
              "regularLate": {"type": "integer"},
              "thematicQuartersHeld": {"type": "integer"},
              "thematicQuartersDue": {"type": "integer"},
              "thematicQuartersLate": {"type": "integer"},
              "meetingsHeld": {"type": "integer"},
              "meetingsTooShort": {"type": "integer"},
              "noticesOnTime": {"type": "integer"},
              "noticesLate": {"type": "integer"},
              "attendance": {"$ref": "#/components/schemas/AttendanceSummary"},
              "tasksOpen": {"type": "integer"},
              "tasksOverdue": {"type": "integer"},
              "membersAtStrikeOffRule": {"type": "integer"},
              "partyLife": {"$ref": "#/components/schemas/PartyLifeFigures"},
              "oversight": {"$ref": "#/components/schemas/OversightFigures"},
              "classification": {"$ref": "#/components/schemas/ClassificationFigures"},
              "training": {"$ref": "#/components/schemas/TrainingFigures"}
            },
            "required": [
              "cells",
              "members",
              "regularHeld",
              "regularDue",
              "regularLate",
              "thematicQuartersHeld",
              "thematicQuartersDue",
              "thematicQuartersLate",
              "meetingsHeld",
              "meetingsTooShort",
              "noticesOnTime",
              "noticesLate",
              "attendance",
              "tasksOpen",
              "tasksOverdue",
              "membersAtStrikeOffRule",
              "partyLife",
              "oversight",
              "classification",
              "training"
            ],
            "description": "Số liệu một kỳ của một chi bộ, hoặc tổng các chi bộ của một đơn vị; regularDue/regularLate đếm lượt chi bộ-tháng đã qua / a period's figures of a cell, or the sum over a unit's cells; regularDue/regularLate count cell-months that are over."
          },
          "UnitStatistics": {
            "type": "object",
            "properties": {
              "unitId": {"type": "string", "format": "uuid"},
              "name": {"type": "string"},
              "code": {"type": "string"},
              "kind": {"$ref": "#/components/schemas/UnitKind"},
              "figures": {"$ref": "#/components/schemas/CellFigures"},
              "attendancePermille": {"type": ["integer", "null"]}
            },
            "required": ["unitId", "name", "code", "kind", "figures"]
          },
          "ReportPeriod": {
            "type": "object",
            "properties": {
              "kind": {"type": "string", "enum": ["month", "quarter", "year", "custom"]},
              "from": {"type": "string", "format": "date", "description": "yyyy-MM-dd"},
              "to": {"type": "string", "format": "date", "description": "yyyy-MM-dd"},
              "label": {"type": "string"}
            },
            "required": ["kind", "from", "to", "label"]
          },
          "StrikeOffCase": {
            "type": "object",
            "properties": {
              "memberId": {"type": "string", "format": "uuid"},
              "fullName": {"type": "string"},
              "months": {"type": "integer"},
              "left": {"type": "boolean"}
            },
            "required": ["memberId", "fullName", "months", "left"],
            "description": "Đảng viên bỏ sinh hoạt hoặc không đóng đảng phí từ số tháng của quy định xóa tên trong năm; left: đã ra khỏi Đảng / a member absent without reason or not paying fees in the striking-off rule's months of the year; left: already out of the party."
          },
          "Statistics": {
            "type": "object",
            "properties": {
              "unitId": {"type": "string", "format": "uuid"},
              "period": {"$ref": "#/components/schemas/ReportPeriod"},
              "asOf": {"type": "string", "format": "date", "description": "yyyy-MM-dd"},
              "rulebookVersions": {"type": "array", "items": {"type": "string"}},
              "total": {"$ref": "#/components/schemas/CellFigures"},
              "attendancePermille": {"type": ["integer", "null"]},
              "units": {"type": "array", "items": {"$ref": "#/components/schemas/UnitStatistics"}},
              "strikeOff": {
                "type": ["array", "null"],
                "items": {"$ref": "#/components/schemas/StrikeOffCase"},
                "description": "Chỉ với chi bộ: bí thư và cấp ủy thấy mọi người, đảng viên chỉ thấy dòng của mình / a cell's only: its secretary and committee see everyone, a member only their own line."
              }
            },
            "required": ["unitId", "period", "asOf", "rulebookVersions", "total", "units"],
            "description": "Thống kê một đơn vị trong một kỳ và từng đơn vị trực thuộc; total là tổng các chi bộ bên dưới / a unit's statistics for a period and each of its direct sub-units; total is the sum over its cells."
          },
          "MonthlyReportTally": {
            "type": "object",
            "properties": {
              "notYetDue": {"type": "integer"},
              "due": {"type": "integer"},
              "onTime": {"type": "integer"},
              "late": {"type": "integer"},
              "missing": {"type": "integer"},
              "daysLate": {"type": "integer"}
            },
            "required": ["notYetDue", "due", "onTime", "late", "missing", "daysLate"],
            "description": "Trực báo theo tình trạng: chưa đến kỳ, còn trong hạn, đúng hạn, muộn (tổng số ngày muộn), chưa nộp quá hạn / monthly reports by state: not yet due, due, on time, late (days late summed), missing."
          },
          "OversightFigures": {
            "type": "object",
            "properties": {
              "visits": {"type": "integer"},
              "evaluated": {"type": "integer"},
              "differing": {"type": "integer"},
              "windowsDue": {"type": "integer"},
              "windowsMissed": {"type": "integer"},
              "hotIssues": {"type": "integer"},
              "proposals": {"type": "integer"},
              "issuesRaised": {"type": "integer"},
              "issuesEscalated": {"type": "integer"},
              "issuesAnswered": {"type": "integer"},
              "issueAnswerDays": {"type": "integer"},
              "issuesClosed": {"type": "integer"},
              "issuesOpen": {"type": "integer"},
              "issuesOverdue": {"type": "integer"},
              "inspectionsConcluded": {"type": "integer"},
              "remediesDone": {"type": "integer"},
              "remediesOpen": {"type": "integer"},
              "remediesOverdue": {"type": "integer"},
              "window": {"$ref": "#/components/schemas/VisitWindow"},
              "reports": {"$ref": "#/components/schemas/MonthlyReportTally"}
            },
            "required": [
              "visits",
              "evaluated",
              "differing",
              "windowsDue",
              "windowsMissed",
              "hotIssues",
              "proposals",
              "issuesRaised",
              "issuesEscalated",
              "issuesAnswered",
              "issueAnswerDays",
              "issuesClosed",
              "issuesOpen",
              "issuesOverdue",
              "inspectionsConcluded",
              "remediesDone",
              "remediesOpen",
              "remediesOverdue",
              "window",
              "reports"
            ],
            "description": "Cấp trên dự sinh hoạt chi bộ: lượt dự, đã đánh giá, khác chi bộ tự đánh giá; lượt chi bộ-kỳ đã qua và chưa có cấp trên dự theo tần suất địa phương (window) / superiors at cell meetings: visits, evaluated, differing from the cell's own; cell-windows over and without a visit, by the local frequency."
          },
          "Visit": {
            "type": "object",
            "properties": {
              "id": {"type": "string", "format": "uuid"},
              "meetingId": {"type": "string", "format": "uuid"},
              "unitId": {"type": "string", "format": "uuid"},
              "date": {"type": "string", "format": "date", "description": "yyyy-MM-dd"},
              "guestId": {"type": "string", "format": "uuid"},
              "levelUnitId": {"type": "string", "format": "uuid"},
              "levelName": {"type": "string"},
              "visitorName": {"type": "string"},
              "visitorPosition": {"type": "string"},
              "remarks": {"type": ["string", "null"], "description": "Ghi vào biên bản / in the minutes."},
              "takenUp": {"type": ["string", "null"]},
              "points": {
                "type": ["object", "null"],
                "additionalProperties": {"type": "integer"},
                "description": "Điểm theo tiêu chí (RubricCriterion), khi đã đánh giá / points by criterion once evaluated."
              },
              "score": {"type": ["integer", "null"]},
              "quality": {"anyOf": [{"$ref": "#/components/schemas/MeetingQuality"}, {"type": "null"}]},
              "assessment": {"type": ["string", "null"]},
              "evaluatedOn": {"type": ["string", "null"], "format": "date", "description": "yyyy-MM-dd"},
              "comparison": {"anyOf": [{"$ref": "#/components/schemas/EvaluationComparison"}, {"type": "null"}]}
            },
            "required": [
              "id",
              "meetingId",
              "unitId",
              "date",
              "guestId",
              "levelUnitId",
              "levelName",
              "visitorName",
              "visitorPosition"
            ],
            "description": "Cấp trên dự một buổi sinh hoạt và đánh giá của họ / a superior at a meeting and their evaluation."
          },
          "VisitUnitRow": {
            "type": "object",
            "properties": {
              "unit": {"$ref": "#/components/schemas/Unit"},
              "figures": {"$ref": "#/components/schemas/OversightFigures"},
              "visitedThisWindow": {"type": ["boolean", "null"], "description": "Chỉ với chi bộ / cells only."},
              "liaison": {"type": ["string", "null"], "description": "Cấp ủy viên phụ trách / the committee member following it."}
            },
            "required": ["unit", "figures"]
          },
          "VisitsPage": {
            "type": "object",
            "properties": {
              "unit": {"$ref": "#/components/schemas/Unit"},
              "year": {"type": "integer"},
              "window": {"$ref": "#/components/schemas/VisitWindow"},
              "total": {"$ref": "#/components/schemas/OversightFigures"},
              "rows": {"type": "array", "items": {"$ref": "#/components/schemas/VisitUnitRow"}},
              "visits": {"type": "array", "items": {"$ref": "#/components/schemas/Visit"}},
              "visitsTotal": {
                "type": "integer",
                "description": "Số lượt trong năm, theo số liệu thống kê / the year's visits, from the counters."
              },
              "cellNames": {"type": "object", "additionalProperties": {"type": "string"}}
            },
            "required": ["unit", "year", "window", "total", "rows", "visits", "visitsTotal", "cellNames"],
            "description": "Cấp trên dự sinh hoạt chi bộ trong năm: từng đơn vị trực thuộc, các lượt gần nhất (khác tự đánh giá trước) / superiors at cell meetings over a year: each sub-unit, the latest visits (differences first)."
          },
          "MonthlyReport": {
            "type": "object",
            "properties": {
              "id": {"type": "string", "format": "uuid"},
              "unitId": {"type": "string", "format": "uuid"},
              "unitName": {"type": "string"},
              "month": {"type": "string", "description": "yyyy-MM"},
              "membersThinking": {"type": ["string", "null"]},
              "publicOpinion": {"type": ["string", "null"]},
              "hotIssues": {"type": ["string", "null"]},
              "results": {"type": ["string", "null"]},
              "proposals": {"type": ["string", "null"]},
              "hotIssueCount": {"type": "integer"},
              "proposalCount": {"type": "integer"},
              "submittedOn": {"type": "string", "format": "date", "description": "yyyy-MM-dd"},
              "due": {"type": "string", "format": "date", "description": "yyyy-MM-dd"},
              "state": {"type": "string", "enum": ["on_time", "late"], "description": "Nộp đúng hạn hay muộn / on time or late."},
              "daysLate": {"type": ["integer", "null"]},
              "answer": {"type": ["string", "null"], "description": "Đảng ủy trả lời / the committee's answer."},
              "answeredOn": {"type": ["string", "null"], "format": "date", "description": "yyyy-MM-dd"},
              "answeredBy": {"type": ["string", "null"]}
            },
            "required": ["id", "unitId", "unitName", "month", "hotIssueCount", "proposalCount", "submittedOn", "due", "state"],
            "description": "Trực báo hằng tháng của bí thư chi bộ / a cell secretary's monthly report."
          },
          "ReportMonth": {
            "type": "object",
            "properties": {
              "month": {"type": "string", "description": "yyyy-MM"},
              "due": {"type": "string", "format": "date", "description": "yyyy-MM-dd"},
              "state": {
                "type": "string",
                "enum": ["not_yet_due", "due", "on_time", "late", "missing"],
                "description": "Tình trạng / state."
              },
              "daysLate": {"type": ["integer", "null"]},
              "report": {"anyOf": [{"$ref": "#/components/schemas/MonthlyReport"}, {"type": "null"}]}
            },
            "required": ["month", "due", "state"]
          },
          "ReportUnitRow": {
            "type": "object",
            "properties": {
              "unit": {"$ref": "#/components/schemas/Unit"},
              "tally": {"$ref": "#/components/schemas/MonthlyReportTally"},
              "report": {"anyOf": [{"$ref": "#/components/schemas/MonthlyReport"}, {"type": "null"}]}
            },
            "required": ["unit", "tally"]
          },
          "ReportsPage": {
            "type": "object",
            "properties": {
              "unit": {"$ref": "#/components/schemas/Unit"},
              "isCell": {"type": "boolean"},
              "year": {"type": "integer"},
              "month": {"type": "string", "description": "yyyy-MM"},
              "dueDay": {"type": "integer"},
              "months": {"type": "array", "items": {"$ref": "#/components/schemas/ReportMonth"}},
              "rows": {"type": "array", "items": {"$ref": "#/components/schemas/ReportUnitRow"}},
              "total": {"$ref": "#/components/schemas/MonthlyReportTally"},
              "canSubmit": {"type": "boolean"},
              "canAnswer": {"type": "boolean"},
              "q": {"type": ["string", "null"]},
              "found": {"type": "array", "items": {"$ref": "#/components/schemas/MonthlyReport"}},
              "foundTotal": {
                "type": "integer",
                "description": "Số trực báo tìm thấy; với foundMoreThanTotal là cận dưới (đơn vị lớn không đếm) / the reports found; with foundMoreThanTotal a lower bound (a large subtree's are not counted)."
              },
              "foundMoreThanTotal": {"type": "boolean", "description": "Còn nhiều hơn foundTotal / more than foundTotal match."},
              "next": {
                "type": ["string", "null"],
                "description": "Con trỏ trang tìm sau (after=); null khi hết / the next search page's cursor (after=); null at the end."
              },
              "searchedThrough": {
                "type": ["string", "null"],
                "description": "yyyy-MM: đơn vị lớn đã tìm hết số trực báo giới hạn mà chưa đủ một trang, tìm đến trực báo tháng này; next tìm tiếp các trực báo cũ hơn / a large subtree's search read its bound of reports without filling a page, back to this month's; next searches older ones."
              },
              "searchedReports": {
                "type": ["integer", "null"],
                "description": "Số trực báo trang tìm này đã đọc (cùng searchedThrough) / how many reports this search page read (with searchedThrough)."
              }
            },
            "required": [
              "unit",
              "isCell",
              "year",
              "month",
              "dueDay",
              "months",
              "rows",
              "total",
              "canSubmit",
              "canAnswer",
              "found",
              "foundTotal",
              "foundMoreThanTotal"
            ],
            "description": "Trực báo: của chi bộ theo tháng trong năm; của đơn vị cấp trên theo đơn vị trực thuộc trong một tháng, và kết quả tìm / monthly reports: a cell's by month; a committee's by sub-unit for a month, and what the search found."
          },
          "IssueStep": {
            "type": "object",
            "properties": {
              "kind": {"type": "string", "enum": ["raised", "escalated", "answered", "reported"], "description": "Bước / step."},
              "responder": {"anyOf": [{"$ref": "#/components/schemas/IssueResponder"}, {"type": "null"}]},
              "date": {"type": "string", "format": "date", "description": "yyyy-MM-dd"},
              "note": {"type": ["string", "null"]},
              "meetingId": {"type": ["string", "null"], "format": "uuid"}
            },
            "required": ["kind", "date"]
          },
          "Issue": {
            "type": "object",
            "properties": {
              "id": {"type": "string", "format": "uuid"},
              "unitId": {"type": "string", "format": "uuid"},
              "unitName": {"type": "string"},
              "meetingId": {"type": "string", "format": "uuid"},
              "memberId": {"type": ["string", "null"], "format": "uuid"},
              "raisedBy": {"type": ["string", "null"]},
              "origin": {"$ref": "#/components/schemas/IssueOrigin"},
              "topic": {"$ref": "#/components/schemas/IssueTopic"},
              "text": {"type": "string"},
              "raisedOn": {"type": "string", "format": "date", "description": "yyyy-MM-dd"},
              "responder": {"$ref": "#/components/schemas/IssueResponder"},
              "status": {"$ref": "#/components/schemas/IssueStatus"},
              "escalated": {"type": "boolean"},
              "since": {"type": "string", "format": "date", "description": "yyyy-MM-dd"},
              "due": {"type": "string", "format": "date", "description": "yyyy-MM-dd"},
              "overdue": {"type": "boolean"},
              "answeredOn": {"type": ["string", "null"], "format": "date", "description": "yyyy-MM-dd"},
              "answerDays": {"type": ["integer", "null"]},
              "reportedOn": {"type": ["string", "null"], "format": "date", "description": "yyyy-MM-dd"},
              "steps": {"type": ["array", "null"], "items": {"$ref": "#/components/schemas/IssueStep"}}
            },
            "required": [
              "id",
              "unitId",
              "unitName",
              "meetingId",
              "origin",
              "topic",
              "text",
              "raisedOn",
              "responder",
              "status",
              "escalated",
              "since",
              "due",
              "overdue"
            ],
            "description": "Ý kiến, kiến nghị nêu tại buổi sinh hoạt / an opinion or petition raised at a meeting."
          },
          "IssuePage": {
            "type": "object",
            "properties": {
              "issue": {"$ref": "#/components/schemas/Issue"},
              "escalateTo": {"type": "array", "items": {"$ref": "#/components/schemas/IssueResponder"}},
              "canAnswer": {"type": "boolean"}
            },
            "required": ["issue", "escalateTo", "canAnswer"]
          },
          "IssuesPage": {
            "type": "object",
            "properties": {
              "unit": {"$ref": "#/components/schemas/Unit"},
              "year": {"type": "integer"},
              "status": {"type": "string", "enum": ["open", "answered", "closed", "all"], "description": "Lọc / filter."},
              "figures": {"$ref": "#/components/schemas/OversightFigures"},
              "issues": {"type": "array", "items": {"$ref": "#/components/schemas/Issue"}},
              "total": {
                "type": "integer",
                "description": "Số ý kiến ở trạng thái này; với moreThanTotal là cận dưới / the issues in this state; with moreThanTotal, a lower bound."
              },
              "moreThanTotal": {
                "type": "boolean",
                "description": "Nhiều hơn total (đơn vị lớn không đếm hết) / more than total (a large subtree's are not counted)."
              }
            },
            "required": ["unit", "year", "status", "figures", "issues", "total", "moreThanTotal"],
            "description": "Ý kiến, kiến nghị của đơn vị: số liệu năm và danh sách (quá hạn trước) / a unit's opinions: the year's figures and the list, overdue first."
          },
          "Inspection": {
            "type": "object",
            "properties": {
              "id": {"type": "string", "format": "uuid"},
              "unitId": {"type": "string", "format": "uuid"},
              "unitName": {"type": "string"},
              "body": {"$ref": "#/components/schemas/InspectionBody"},
              "year": {"type": "integer"},
              "kind": {"$ref": "#/components/schemas/InspectionKind"},
              "targetUnitId": {"type": "string", "format": "uuid"},
              "targetName": {"type": "string"},
              "targetMemberId": {"type": ["string", "null"], "format": "uuid"},
              "content": {"type": "string"},
              "reviewFrom": {"type": "string", "format": "date", "description": "yyyy-MM-dd"},
              "reviewTo": {"type": "string", "format": "date", "description": "yyyy-MM-dd"},
              "startOn": {"type": "string", "format": "date", "description": "yyyy-MM-dd"},
              "endOn": {"type": "string", "format": "date", "description": "yyyy-MM-dd"},
              "status": {"$ref": "#/components/schemas/InspectionStatus"},
              "conclusion": {"type": ["string", "null"]},
              "concludedOn": {"type": ["string", "null"], "format": "date", "description": "yyyy-MM-dd"},
              "concludedBy": {"type": ["string", "null"]}
            },
            "required": [
              "id",
              "unitId",
              "unitName",
              "body",
              "year",
              "kind",
              "targetUnitId",
              "targetName",
              "content",
              "reviewFrom",
              "reviewTo",
              "startOn",
              "endOn",
              "status"
            ],
            "description": "Một nội dung của kế hoạch kiểm tra, giám sát / an item of the plan."
          },
          "InspectionsPage": {
            "type": "object",
            "properties": {
              "unit": {"$ref": "#/components/schemas/Unit"},
              "year": {"type": "integer"},
              "items": {"type": "array", "items": {"$ref": "#/components/schemas/Inspection"}},
              "figures": {"$ref": "#/components/schemas/OversightFigures"},
              "canPlan": {"type": "boolean"},
              "cells": {
                "type": "array",
                "items": {
                  "type": "object",
                  "properties": {"id": {"type": "string", "format": "uuid"}, "name": {"type": "string"}},
                  "required": ["id", "name"]
                }
              },
              "cellsCut": {
                "type": "boolean",
                "description": "Các chi bộ để chọn chỉ là một phần (tối đa 500 khi liệt kê, 50 khi tìm) / the cells offered are only some (500 at most when listed, 50 when searched)."
              },
              "cellSearch": {"anyOf": [{"$ref": "#/components/schemas/ChoiceSearch"}, {"type": "null"}]},
              "teamChoices": {
                "type": "array",
                "items": {
                  "type": "object",
                  "properties": {"id": {"type": "string", "format": "uuid"}, "name": {"type": "string"}},
                  "required": ["id", "name"]
                }
              }
            },
            "required": ["unit", "year", "items", "figures", "canPlan", "cells", "cellsCut", "teamChoices"],
            "description": "Kế hoạch kiểm tra, giám sát năm. Các chi bộ làm đối tượng: tất cả khi đơn vị có tối đa 100 chi bộ, nếu không là kết quả tìm theo tên, mã (q; có cellSearch) / the year's plan. The cells to target: all of them below a unit of at most 100 cells, else a search's results by name or code (q; with cellSearch)."
          },
          "MeetingRow": {
            "type": "object",
            "properties": {
              "id": {"type": "string", "format": "uuid"},
              "kind": {"$ref": "#/components/schemas/MeetingKind"},
              "title": {"type": "string"},
              "date": {"type": "string", "format": "date", "description": "yyyy-MM-dd"},
              "time": {"type": "string"},
              "location": {"type": "string"},
              "status": {"$ref": "#/components/schemas/MeetingStatus"}
            },
            "required": ["id", "kind", "title", "date", "time", "location", "status"]
          },
          "InspectionPage": {
            "type": "object",
            "properties": {
              "inspection": {"$ref": "#/components/schemas/Inspection"},
              "team": {"type": "array", "items": {"type": "string"}},
              "meetings": {"type": "array", "items": {"$ref": "#/components/schemas/MeetingRow"}},
              "findings": {
                "type": "array",
                "items": {
                  "type": "object",
                  "properties": {
                    "author": {"type": "string"},
                    "date": {"type": "string", "format": "date", "description": "yyyy-MM-dd"},
                    "text": {"type": "string"}
                  },
                  "required": ["author", "date", "text"]
                }
              },
              "remedies": {
                "type": "array",
                "items": {
                  "type": "object",
                  "properties": {
                    "id": {"type": "string", "format": "uuid"},
                    "content": {"type": "string"},
                    "due": {"type": "string", "format": "date", "description": "yyyy-MM-dd"},
                    "doneOn": {"type": ["string", "null"], "format": "date", "description": "yyyy-MM-dd"},
                    "doneReport": {"type": ["string", "null"]},
                    "overdue": {"type": "boolean"}
                  },
                  "required": ["id", "content", "due", "overdue"]
                }
              },
              "canRecordFinding": {"type": "boolean"},
              "canConclude": {"type": "boolean"},
              "canReportRemedy": {"type": "boolean"}
            },
            "required": [
              "inspection",
              "team",
              "meetings",
              "findings",
              "remedies",
              "canRecordFinding",
              "canConclude",
              "canReportRemedy"
            ],
            "description": "Một cuộc kiểm tra, giám sát: đoàn, các buổi sinh hoạt của thời kỳ kiểm tra, kết quả, kết luận, yêu cầu khắc phục / an inspection: its team, the meetings of the period, findings, conclusion, remedies."
          },
          "ModelMeeting": {
            "type": "object",
            "properties": {
              "id": {"type": "string", "format": "uuid"},
              "unitId": {"type": "string", "format": "uuid"},
              "unitName": {"type": "string"},
              "year": {"type": "integer"},
              "group": {"$ref": "#/components/schemas/CellGroup"},
              "cellId": {"type": "string", "format": "uuid"},
              "cellName": {"type": "string"},
              "meetingId": {"type": ["string", "null"], "format": "uuid"},
              "lessons": {"type": ["string", "null"]},
              "lessonsOn": {"type": ["string", "null"], "format": "date", "description": "yyyy-MM-dd"},
              "lessonsBy": {"type": ["string", "null"]}
            },
            "required": ["id", "unitId", "unitName", "year", "group", "cellId", "cellName"],
            "description": "Chi bộ điểm của một nhóm trong năm / a model cell."
          },
          "ModelsPage": {
            "type": "object",
            "properties": {
              "unit": {"$ref": "#/components/schemas/Unit"},
              "year": {"type": "integer"},
              "isCell": {"type": "boolean"},
              "rows": {
                "type": "array",
                "items": {
                  "type": "object",
                  "properties": {
                    "group": {"$ref": "#/components/schemas/CellGroup"},
                    "model": {"anyOf": [{"$ref": "#/components/schemas/ModelMeeting"}, {"type": "null"}]},
                    "cells": {
                      "type": "array",
                      "items": {
                        "type": "object",
                        "properties": {"id": {"type": "string", "format": "uuid"}, "name": {"type": "string"}},
                        "required": ["id", "name"]
                      }
                    }
                  },
                  "required": ["group", "cells"]
                }
              },
              "models": {"type": "array", "items": {"$ref": "#/components/schemas/ModelMeeting"}},
              "canChoose": {"type": "boolean"},
              "teamChoices": {
                "type": "array",
                "items": {
                  "type": "object",
                  "properties": {"id": {"type": "string", "format": "uuid"}, "name": {"type": "string"}},
                  "required": ["id", "name"]
                }
              },
              "cellsCut": {
                "type": "boolean",
                "description": "Các chi bộ để chọn chỉ là một phần (tối đa 500 khi liệt kê, 50 khi tìm) / the cells offered are only some (500 at most when listed, 50 when searched)."
              },
              "cellSearch": {"anyOf": [{"$ref": "#/components/schemas/ChoiceSearch"}, {"type": "null"}]}
            },
            "required": ["unit", "year", "isCell", "rows", "models", "canChoose", "teamChoices", "cellsCut"],
            "description": "Sinh hoạt điểm: theo nhóm ở một cấp; với chi bộ, các chi bộ điểm cùng nhóm ở cấp trên. Các chi bộ để chọn: tất cả khi cấp có tối đa 100 chi bộ, nếu không là kết quả tìm theo tên, mã (q; có cellSearch) / model meetings by group; for a cell, the models of its group above it. The cells to choose from: all of them below a level of at most 100 cells, else a search's results by name or code (q; with cellSearch)."
          },
          "ModelPage": {
            "type": "object",
            "properties": {
              "model": {"$ref": "#/components/schemas/ModelMeeting"},
              "team": {"type": "array", "items": {"type": "string"}},
              "meeting": {"anyOf": [{"$ref": "#/components/schemas/MeetingRow"}, {"type": "null"}]},
              "visits": {"type": "array", "items": {"$ref": "#/components/schemas/Visit"}},
              "meetingChoices": {"type": "array", "items": {"$ref": "#/components/schemas/MeetingRow"}},
              "canSetMeeting": {"type": "boolean"},
              "canRecordLessons": {"type": "boolean"}
            },
            "required": ["model", "team", "visits", "meetingChoices", "canSetMeeting", "canRecordLessons"]
          },
          "Guest": {
            "type": "object",
            "properties": {
              "id": {"type": "string", "format": "uuid"},
              "name": {"type": "string"},
              "position": {"type": "string"},
              "fromSuperior": {"type": "boolean"}
            },
            "required": ["id", "name", "position", "fromSuperior"]
          },
          "Speech": {
            "type": "object",
            "properties": {
              "id": {"type": "string", "format": "uuid"},
              "speaker": {"type": "string"},
              "memberId": {"type": ["string", "null"], "format": "uuid"},
              "content": {"type": "string"}
            },
            "required": ["id", "speaker", "content"]
          },
          "AgendaItem": {
            "type": "object",
            "properties": {
              "id": {"type": "string", "format": "uuid"},
              "position": {"type": "integer"},
              "title": {"type": "string"},
              "conclusion": {"type": ["string", "null"]},
              "speeches": {"type": "array", "items": {"$ref": "#/components/schemas/Speech"}}
            },
            "required": ["id", "position", "title", "speeches"]
          },
          "Vote": {
            "type": "object",
            "properties": {
              "id": {"type": "string", "format": "uuid"},
              "kind": {"$ref": "#/components/schemas/VoteKind"},
              "subject": {"type": "string"},
              "subjectMemberId": {"type": ["string", "null"], "format": "uuid"},
              "mode": {
                "type": "string",
                "enum": ["hands", "phones"],
                "description": "Giơ tay / bấm điện thoại — show of hands / phones."
              },
              "status": {"type": "string", "enum": ["open", "closed"], "description": "Trạng thái / status."},
              "inFavour": {"type": ["integer", "null"]},
              "against": {"type": ["integer", "null"]},
              "abstain": {"type": ["integer", "null"]},
              "base": {"type": ["integer", "null"]},
              "explanation": {"type": ["string", "null"]},
              "passed": {"type": ["boolean", "null"]},
              "attempt": {"type": "integer"},
              "escalate": {
                "type": "boolean",
                "description": "Đã không đạt đủ số lần: báo cáo cấp trên / failed often enough to report upward."
              }
            },
            "required": ["id", "kind", "subject", "mode", "status", "attempt", "escalate"],
            "description": "Biểu quyết / vote."
          },
          "Task": {
            "type": "object",
            "properties": {
              "id": {"type": "string", "format": "uuid"},
              "unitId": {"type": "string", "format": "uuid"},
              "meetingId": {"type": ["string", "null"], "format": "uuid"},
              "memberId": {"type": "string", "format": "uuid"},
              "description": {"type": "string"},
              "dueDate": {"type": "string", "format": "date", "description": "yyyy-MM-dd"},
              "status": {"type": "string", "enum": ["open", "done", "dropped"], "description": "Trạng thái / status."},
              "report": {"type": ["string", "null"]},
              "closedOn": {"type": ["string", "null"], "format": "date", "description": "yyyy-MM-dd"},
              "overdue": {"type": "boolean"}
            },
            "required": ["id", "unitId", "memberId", "description", "dueDate", "status", "overdue"],
            "description": "Nhiệm vụ phân công / assigned task."
          },
          "TaskList": {
            "type": "object",
            "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/Task"}}},
            "required": ["items"]
          },
          "Attachment": {
            "type": "object",
            "properties": {
              "id": {"type": "string", "format": "uuid"},
              "filename": {"type": "string"},
              "contentType": {"type": "string"},
              "size": {"type": "integer"},
              "sha256": {"type": "string"}
            },
            "required": ["id", "filename", "contentType", "size", "sha256"]
          },
          "DurationCheck": {
            "type": "object",
            "properties": {
              "minutes": {"type": "integer"},
              "minimum": {
                "type": ["integer", "null"],
                "description": "Vắng mặt khi không có mức tối thiểu / absent when there is none."
              }
            },
            "required": ["minutes"]
          },
          "Record": {
            "type": "object",
            "properties": {
              "sequence": {"type": "integer"},
              "kind": {
                "type": "string",
                "enum": ["minutes", "amendment"],
                "description": "Biên bản / đính chính — minutes / amendment."
              },
              "hash": {"type": "string"},
              "prevHash": {"type": "string"},
              "signedBy": {"type": "string"},
              "signedOn": {"type": "string"},
              "docNumber": {"type": ["string", "null"]},
              "content": {
                "type": "string",
                "description": "JSON chuẩn hóa của bản ghi đã khóa / canonical JSON of the locked record."
              }
            },
            "required": ["sequence", "kind", "hash", "prevHash", "signedBy", "signedOn", "content"],
            "description": "Bản ghi đã khóa trong chuỗi băm / locked record in the hash chain."
          },
          "MeetingDetail": {
            "type": "object",
            "properties": {
              "meeting": {"$ref": "#/components/schemas/Meeting"},
              "roll": {"type": "array", "items": {"$ref": "#/components/schemas/RollEntry"}},
              "attendance": {"$ref": "#/components/schemas/AttendanceSummary"},
              "guests": {"type": "array", "items": {"$ref": "#/components/schemas/Guest"}},
              "visits": {"type": "array", "items": {"$ref": "#/components/schemas/Visit"}},
              "issues": {"type": "array", "items": {"$ref": "#/components/schemas/Issue"}},
              "agenda": {"type": "array", "items": {"$ref": "#/components/schemas/AgendaItem"}},
              "votes": {"type": "array", "items": {"$ref": "#/components/schemas/Vote"}},
              "tasks": {"type": "array", "items": {"$ref": "#/components/schemas/Task"}},
              "attachments": {"type": "array", "items": {"$ref": "#/components/schemas/Attachment"}},
              "duration": {
                "anyOf": [{"$ref": "#/components/schemas/DurationCheck"}, {"type": "null"}],
                "description": "Chỉ khi có giờ bắt đầu và kết thúc / only with start and end."
              },
              "noticeLate": {"type": ["boolean", "null"], "description": "Chỉ khi đã thông báo / only once notified."},
              "checkinCode": {
                "type": ["string", "null"],
                "description": "Chỉ cho người điều hành buổi sinh hoạt / only for those who run meetings."
              },
              "records": {"type": "array", "items": {"$ref": "#/components/schemas/Record"}},
              "rulebookVersion": {"type": "string"}
            },
            "required": [
              "meeting",
              "roll",
              "attendance",
              "guests",
              "visits",
              "issues",
              "agenda",
              "votes",
              "tasks",
              "attachments",
              "records",
              "rulebookVersion"
            ]
          },
          "MeetingObligations": {
            "type": "object",
            "properties": {
              "year": {"type": "integer"},
              "months": {
                "type": "array",
                "items": {
                  "type": "object",
                  "properties": {"month": {"type": "integer"}, "state": {"$ref": "#/components/schemas/DueState"}},
                  "required": ["month", "state"]
                }
              },
              "quarters": {
                "type": "array",
                "items": {
                  "type": "object",
                  "properties": {
                    "quarter": {"type": "integer"},
                    "required": {"type": "integer"},
                    "held": {"type": "integer"},
                    "state": {"$ref": "#/components/schemas/DueState"}
                  },
                  "required": ["quarter", "required", "held", "state"]
                }
              }
            },
            "required": ["year", "months", "quarters"],
            "description": "Nghĩa vụ sinh hoạt trong năm / meeting obligations of a year."
          },
          "NotifyResult": {
            "type": "object",
            "properties": {
              "meeting": {"$ref": "#/components/schemas/Meeting"},
              "late": {"type": "boolean"},
              "warning": {"type": ["string", "null"]}
            },
            "required": ["meeting", "late"]
          },
          "VoteCalculation": {
            "type": "object",
            "properties": {
              "kind": {"$ref": "#/components/schemas/VoteKind"},
              "base": {"type": "integer"},
              "baseExplanation": {"type": "string"},
              "votersPresent": {"type": "integer"},
              "threshold": {"type": "string"},
              "minimumInFavour": {"type": "integer"},
              "passed": {"type": "boolean"},
              "explanation": {"type": "string"},
              "rulebookSource": {"type": "string"}
            },
            "required": [
              "kind",
              "base",
              "baseExplanation",
              "votersPresent",
              "threshold",
              "minimumInFavour",
              "passed",
              "explanation",
              "rulebookSource"
            ]
          },
          "RollMember": {
            "type": "object",
            "properties": {
              "status": {"$ref": "#/components/schemas/MemberStatus"},
              "exempt": {"type": "boolean"},
              "transfer": {"anyOf": [{"$ref": "#/components/schemas/TransferDirection"}, {"type": "null"}]},
              "suspended": {"type": "boolean"},
              "attendance": {"anyOf": [{"$ref": "#/components/schemas/AttendanceStatus"}, {"type": "null"}]}
            },
            "required": ["status", "exempt", "suspended"],
            "description": "Một đảng viên trong danh sách do người gọi mô tả / one member of the caller's roll."
          },
          "CourseKind": {
            "type": "string",
            "enum": ["party_work", "workshop", "political_theory", "other"],
            "description": "Loại lớp: bồi dưỡng nghiệp vụ công tác đảng cho bí thư, phó bí thư chi bộ; tập huấn; lý luận chính trị; khác / kind of course: party-work training for secretaries and deputies, a workshop, political theory, other."
          },
          "ContestPrize": {
            "type": "string",
            "enum": ["first", "second", "third", "consolation", "participated"],
            "description": "Kết quả dự thi: giải Nhất, Nhì, Ba, Khuyến khích, hoặc tham gia / a contest result."
          },
          "TrainingFigures": {
            "type": "object",
            "properties": {
              "completed": {"type": "integer"},
              "contestEntrants": {"type": "integer"},
              "contestPrizes": {"type": "integer"}
            },
            "required": ["completed", "contestEntrants", "contestPrizes"],
            "description": "Lượt hoàn thành lớp bồi dưỡng (theo tháng lớp kết thúc), lượt dự thi và đạt giải (theo tháng hội thi kết thúc), tính tại chi bộ của đảng viên / courses completed (by the month the course ended), contest entries and prizes (by the month the contest ended), at the member's cell."
          },
          "Course": {
            "type": "object",
            "properties": {
              "id": {"type": "string", "format": "uuid"},
              "unitId": {"type": "string", "format": "uuid"},
              "unitName": {"type": "string"},
              "year": {"type": "integer"},
              "kind": {"$ref": "#/components/schemas/CourseKind"},
              "topic": {"type": "string"},
              "organiser": {"type": "string"},
              "location": {"type": ["string", "null"]},
              "startOn": {"type": "string", "format": "date", "description": "yyyy-MM-dd"},
              "endOn": {"type": "string", "format": "date", "description": "yyyy-MM-dd"},
              "attendees": {"type": "integer"},
              "completed": {"type": "integer"}
            },
            "required": [
              "id",
              "unitId",
              "unitName",
              "year",
              "kind",
              "topic",
              "organiser",
              "startOn",
              "endOn",
              "attendees",
              "completed"
            ],
            "description": "Lớp bồi dưỡng, tập huấn / a course."
          },
          "Contest": {
            "type": "object",
            "properties": {
              "id": {"type": "string", "format": "uuid"},
              "unitId": {"type": "string", "format": "uuid"},
              "unitName": {"type": "string"},
              "year": {"type": "integer"},
              "name": {"type": "string"},
              "startOn": {"type": "string", "format": "date", "description": "yyyy-MM-dd"},
              "endOn": {"type": "string", "format": "date", "description": "yyyy-MM-dd"},
              "entrants": {"type": "integer"},
              "prizes": {"type": "integer"}
            },
            "required": ["id", "unitId", "unitName", "year", "name", "startOn", "endOn", "entrants", "prizes"],
            "description": "Hội thi / a contest."
          },
          "Secretary": {
            "type": "object",
            "properties": {
              "memberId": {"type": "string", "format": "uuid"},
              "fullName": {"type": "string"},
              "cellId": {"type": "string", "format": "uuid"},
              "cellName": {"type": "string"},
              "office": {"$ref": "#/components/schemas/OfficerRole"},
              "lastTrainedOn": {
                "type": ["string", "null"],
                "format": "date",
                "description": "Ngày kết thúc lớp gần nhất đã hoàn thành / the last course completed."
              }
            },
            "required": ["memberId", "fullName", "cellId", "cellName", "office"],
            "description": "Bí thư hoặc phó bí thư chi bộ / a cell's secretary or deputy."
          },
          "TrainingCandidate": {
            "type": "object",
            "properties": {
              "id": {"type": "string", "format": "uuid"},
              "fullName": {"type": "string"},
              "cellName": {"type": "string"},
              "office": {"anyOf": [{"$ref": "#/components/schemas/OfficerRole"}, {"type": "null"}]}
            },
            "required": ["id", "fullName", "cellName"],
            "description": "Đảng viên có thể thêm / a member who may be added."
          },
          "TrainingSubUnit": {
            "type": "object",
            "properties": {
              "unitId": {"type": "string", "format": "uuid"},
              "name": {"type": "string"},
              "kind": {"$ref": "#/components/schemas/UnitKind"},
              "cells": {"type": "integer"},
              "figures": {"$ref": "#/components/schemas/TrainingFigures"}
            },
            "required": ["unitId", "name", "kind", "cells", "figures"],
            "description": "Đơn vị trực thuộc: số chi bộ hiện nay, số liệu bồi dưỡng, hội thi trong năm / a direct sub-unit: its cells now, the year's training figures."
          },
          "TrainingPage": {
            "type": "object",
            "properties": {
              "unit": {"$ref": "#/components/schemas/Unit"},
              "year": {"type": "integer"},
              "courses": {"type": "array", "items": {"$ref": "#/components/schemas/Course"}},
              "contests": {"type": "array", "items": {"$ref": "#/components/schemas/Contest"}},
              "figures": {"$ref": "#/components/schemas/TrainingFigures"},
              "secretaries": {
                "type": ["integer", "null"],
                "description": "Số bí thư, phó bí thư chi bộ hiện nay; không đếm ở trên cấp xã / the cells' secretaries and deputies now; not counted above a commune."
              },
              "untrained": {"type": "array", "items": {"$ref": "#/components/schemas/Secretary"}},
              "untrainedCut": {
                "type": "boolean",
                "description": "Trên cấp xã: danh sách chỉ gồm một phần (tối đa một trang, ở một số chi bộ); trang của đơn vị trực thuộc có danh sách của đơn vị đó / above a commune: the list is only a part (a page at most, from some cells); a sub-unit's page lists its own."
              },
              "subUnits": {
                "type": "array",
                "items": {"$ref": "#/components/schemas/TrainingSubUnit"},
                "description": "Trên cấp xã: từng đơn vị trực thuộc; rỗng ở cấp xã, chi bộ / above a commune: each direct sub-unit; empty for a commune or a cell."
              },
              "recentYears": {"type": "integer"},
              "canManage": {"type": "boolean"}
            },
            "required": [
              "unit",
              "year",
              "courses",
              "contests",
              "figures",
              "untrained",
              "untrainedCut",
              "subUnits",
              "recentYears",
              "canManage"
            ],
            "description": "Bồi dưỡng, hội thi của đơn vị trong năm; bí thư, phó bí thư chi bộ chưa hoàn thành lớp nào trong recentYears năm qua, theo thứ tự tên tiếng Việt / a unit's courses and contests of a year; the cells' secretaries and deputies with no course completed in the last recentYears years, in Vietnamese order."
          },
          "CourseAttendee": {
            "type": "object",
            "properties": {
              "memberId": {"type": "string", "format": "uuid"},
              "fullName": {"type": "string"},
              "cellId": {"type": "string", "format": "uuid"},
              "cellName": {"type": "string"},
              "completed": {"type": "boolean"},
              "certificateNumber": {"type": ["string", "null"]},
              "certificateDate": {"type": ["string", "null"], "format": "date", "description": "yyyy-MM-dd"}
            },
            "required": ["memberId", "fullName", "cellId", "cellName", "completed"],
            "description": "Học viên / an attendee."
          },
          "ChoiceSearch": {
            "type": "object",
            "properties": {
              "q": {
                "type": ["string", "null"],
                "description": "Nội dung đã tìm; không có trước khi tìm / the text searched; absent before a search."
              },
              "more": {
                "type": "boolean",
                "description": "Còn kết quả khác ngoài những kết quả hiện (tối đa 50): gõ cụ thể hơn / more matched than are shown (50 at most): type more precisely."
              }
            },
            "required": ["more"],
            "description": "Lựa chọn tìm kiếm thay cho danh sách đầy đủ (đơn vị có nhiều chi bộ, hoặc đã gõ nội dung tìm) / a choice searched instead of listed whole (a unit of many cells, or a text given)."
          },
          "CoursePage": {
            "type": "object",
            "properties": {
              "course": {"$ref": "#/components/schemas/Course"},
              "attendees": {"type": "array", "items": {"$ref": "#/components/schemas/CourseAttendee"}},
              "candidates": {"type": "array", "items": {"$ref": "#/components/schemas/TrainingCandidate"}},
              "candidateSearch": {"anyOf": [{"$ref": "#/components/schemas/ChoiceSearch"}, {"type": "null"}]},
              "ended": {"type": "boolean"},
              "canManage": {"type": "boolean"}
            },
            "required": ["course", "attendees", "candidates", "ended", "canManage"],
            "description": "Một lớp với học viên; candidates chỉ có khi người đọc quản lý lớp: tất cả đảng viên của các chi bộ trực thuộc khi đơn vị có tối đa 100 chi bộ và 2000 đảng viên, nếu không là kết quả tìm kiếm (q; có candidateSearch) / a course with its attendees; candidates only for a reader who manages it: every member of the cells below when the unit has at most 100 cells and 2,000 members, else a search's results (q; with candidateSearch)."
          },
          "ContestEntrant": {
            "type": "object",
            "properties": {
              "memberId": {"type": "string", "format": "uuid"},
              "fullName": {"type": "string"},
              "cellId": {"type": "string", "format": "uuid"},
              "cellName": {"type": "string"},
              "office": {"$ref": "#/components/schemas/OfficerRole"},
              "prize": {"anyOf": [{"$ref": "#/components/schemas/ContestPrize"}, {"type": "null"}]},
              "note": {"type": ["string", "null"]}
            },
            "required": ["memberId", "fullName", "cellId", "cellName", "office"],
            "description": "Thí sinh / an entrant."
          },
          "ContestPage": {
            "type": "object",
            "properties": {
              "contest": {"$ref": "#/components/schemas/Contest"},
              "entrants": {"type": "array", "items": {"$ref": "#/components/schemas/ContestEntrant"}},
              "candidates": {"type": "array", "items": {"$ref": "#/components/schemas/TrainingCandidate"}},
              "candidateSearch": {"anyOf": [{"$ref": "#/components/schemas/ChoiceSearch"}, {"type": "null"}]},
              "ended": {"type": "boolean"},
              "canManage": {"type": "boolean"}
            },
            "required": ["contest", "entrants", "candidates", "ended", "canManage"],
            "description": "Một hội thi với thí sinh và kết quả (đạt giải trước); candidates: mọi bí thư, phó bí thư chi bộ trực thuộc khi đơn vị có tối đa 100 chi bộ, nếu không là kết quả tìm kiếm (q; có candidateSearch) / a contest with its entrants and results, prizes first; candidates: every secretary and deputy of the cells below when the unit has at most 100 cells, else a search's results (q; with candidateSearch)."
          },
          "MemberCourse": {
            "type": "object",
            "properties": {
              "courseId": {"type": "string", "format": "uuid"},
              "kind": {"$ref": "#/components/schemas/CourseKind"},
              "topic": {"type": "string"},
              "organiser": {"type": "string"},
              "startOn": {"type": "string", "format": "date", "description": "yyyy-MM-dd"},
              "endOn": {"type": "string", "format": "date", "description": "yyyy-MM-dd"},
              "completed": {"type": "boolean"},
              "certificateNumber": {"type": ["string", "null"]},
              "certificateDate": {"type": ["string", "null"], "format": "date", "description": "yyyy-MM-dd"},
              "readable": {"type": "boolean"}
            },
            "required": ["courseId", "kind", "topic", "organiser", "startOn", "endOn", "completed", "readable"]
          },
          "MemberContest": {
            "type": "object",
            "properties": {
              "contestId": {"type": "string", "format": "uuid"},
              "name": {"type": "string"},
              "year": {"type": "integer"},
              "endOn": {"type": "string", "format": "date", "description": "yyyy-MM-dd"},
              "office": {"$ref": "#/components/schemas/OfficerRole"},
              "prize": {"anyOf": [{"$ref": "#/components/schemas/ContestPrize"}, {"type": "null"}]},
              "readable": {"type": "boolean"}
            },
            "required": ["contestId", "name", "year", "endOn", "office", "readable"]
          },
          "MemberTraining": {
            "type": "object",
            "properties": {
              "courses": {"type": "array", "items": {"$ref": "#/components/schemas/MemberCourse"}},
              "contests": {"type": "array", "items": {"$ref": "#/components/schemas/MemberContest"}},
              "withoutTraining": {"type": "boolean"},
              "recentYears": {"type": "integer"}
            },
            "required": ["courses", "contests", "withoutTraining", "recentYears"],
            "description": "Các lớp bồi dưỡng và hội thi của một đảng viên; withoutTraining: đang là bí thư, phó bí thư chi bộ và chưa hoàn thành lớp nào trong recentYears năm qua / a member's courses and contests."
          },
          "EvaluationLevel": {
            "type": "string",
            "enum": ["excellent", "good", "completed", "not_completed"],
            "description": "Hoàn thành xuất sắc / tốt / hoàn thành / không hoàn thành nhiệm vụ."
          },
          "EvaluationPeriodKind": {
            "type": "string",
            "enum": ["year", "term", "quarter", "one_off"],
            "description": "Kỳ đánh giá / the period's kind."
          },
          "EvaluationRoundStatus": {
            "type": "string",
            "enum": ["open", "decided", "published"],
            "description": "Tình trạng đợt đánh giá / the round's state."
          },
          "SelfAssessmentForm": {"type": "string", "enum": ["2A", "2B", "2C"], "description": "Mẫu tự kiểm điểm / the self-assessment form."},
          "MemberEvaluationStep": {
            "type": "string",
            "enum": ["self", "residence", "cell", "appraisal", "decided"],
            "description": "Bước tiếp theo / the next step."
          },
          "ClassificationFigures": {
            "type": "object",
            "properties": {
              "membersExcellent": {"type": "integer"},
              "membersGood": {"type": "integer"},
              "membersCompleted": {"type": "integer"},
              "membersNotCompleted": {"type": "integer"},
              "cellsExcellent": {"type": "integer"},
              "cellsGood": {"type": "integer"},
              "cellsCompleted": {"type": "integer"},
              "cellsNotCompleted": {"type": "integer"}
            },
            "required": [
              "membersExcellent",
              "membersGood",
              "membersCompleted",
              "membersNotCompleted",
              "cellsExcellent",
              "cellsGood",
              "cellsCompleted",
              "cellsNotCompleted"
            ],
            "description": "Kết quả xếp loại đã quyết định (kỳ hằng năm), đảng viên và chi bộ theo mức / the decided classification."
          },
          "EvaluationRound": {
            "type": "object",
            "properties": {
              "id": {"type": "string", "format": "uuid"},
              "unitId": {"type": "string", "format": "uuid"},
              "unitName": {"type": "string"},
              "kind": {"$ref": "#/components/schemas/EvaluationPeriodKind"},
              "firstDay": {"type": "string", "format": "date", "description": "yyyy-MM-dd"},
              "lastDay": {"type": "string", "format": "date", "description": "yyyy-MM-dd"},
              "year": {"type": "integer"},
              "status": {"$ref": "#/components/schemas/EvaluationRoundStatus"},
              "openedOn": {"type": "string", "format": "date", "description": "yyyy-MM-dd"},
              "decisionNumber": {"type": ["string", "null"], "description": "125-QĐ/ĐU"},
              "decisionOn": {"type": ["string", "null"], "format": "date", "description": "yyyy-MM-dd"},
              "publishedOn": {"type": ["string", "null"], "format": "date", "description": "yyyy-MM-dd"}
            },
            "required": ["id", "unitId", "unitName", "kind", "firstDay", "lastDay", "year", "status", "openedOn"],
            "description": "Đợt đánh giá, xếp loại / a round."
          },
          "EvaluationsPage": {
            "type": "object",
            "properties": {
              "unit": {"$ref": "#/components/schemas/Unit"},
              "rounds": {"type": "array", "items": {"$ref": "#/components/schemas/EvaluationRound"}},
              "canOpen": {"type": "boolean"},
              "year": {"type": "integer"}
            },
            "required": ["unit", "rounds", "canOpen", "year"],
            "description": "Các đợt đánh giá của đơn vị / a unit's rounds."
          },
          "CapFlag": {
            "type": "object",
            "properties": {
              "step": {"type": "string", "description": "self, cell, appraisal, final, organisations"},
              "excellent": {"type": "integer"},
              "good": {"type": "integer"},
              "allowed": {"type": "integer"},
              "broken": {"type": "boolean"},
              "vi": {"type": "string"},
              "en": {"type": "string"}
            },
            "required": ["step", "excellent", "good", "allowed", "broken", "vi", "en"],
            "description": "Tỷ lệ “Hoàn thành xuất sắc” ở một bước, với phép tính / the share of excellent at a step, with its arithmetic."
          },
          "MemberEvaluationRow": {
            "type": "object",
            "properties": {
              "id": {"type": "string", "format": "uuid"},
              "memberId": {"type": "string", "format": "uuid"},
              "name": {"type": "string"},
              "unitId": {"type": "string", "format": "uuid"},
              "unitName": {"type": "string"},
              "form": {"$ref": "#/components/schemas/SelfAssessmentForm"},
              "next": {"$ref": "#/components/schemas/MemberEvaluationStep"},
              "selfScore": {"type": ["integer", "null"]},
              "selfLevel": {"anyOf": [{"$ref": "#/components/schemas/EvaluationLevel"}, {"type": "null"}]},
              "cellScore": {"type": ["integer", "null"]},
              "cellLevel": {"anyOf": [{"$ref": "#/components/schemas/EvaluationLevel"}, {"type": "null"}]},
              "appraisedLevel": {"anyOf": [{"$ref": "#/components/schemas/EvaluationLevel"}, {"type": "null"}]},
              "finalLevel": {"anyOf": [{"$ref": "#/components/schemas/EvaluationLevel"}, {"type": "null"}]}
            },
            "required": ["id", "memberId", "name", "unitId", "unitName", "form", "next"]
          },
          "EvaluationRoundPage": {
            "type": "object",
            "properties": {
              "round": {"$ref": "#/components/schemas/EvaluationRound"},
              "share": {"type": "integer"},
              "members": {
                "type": "array",
                "items": {"$ref": "#/components/schemas/MemberEvaluationRow"},
                "description": "Một trang (50), theo thứ tự tên tiếng Việt / one page (50), in Vietnamese order."
              },
              "total": {
                "type": "integer",
                "description": "Số đảng viên của danh sách, mọi trang / the list's members over all its pages."
              },
              "next": {
                "type": ["string", "null"],
                "description": "Con trỏ trang sau (after=); null ở trang cuối / the next page's cursor (after=); null on the last."
              },
              "later": {"type": "boolean", "description": "Không phải trang đầu / a later page than the first."},
              "organisations": {
                "type": "array",
                "items": {
                  "type": "object",
                  "properties": {
                    "id": {"type": "string", "format": "uuid"},
                    "unitId": {"type": "string", "format": "uuid"},
                    "unitName": {"type": "string"},
                    "selfScore": {"type": ["integer", "null"]},
                    "selfLevel": {"anyOf": [{"$ref": "#/components/schemas/EvaluationLevel"}, {"type": "null"}]},
                    "score": {"type": ["integer", "null"]},
                    "level": {"anyOf": [{"$ref": "#/components/schemas/EvaluationLevel"}, {"type": "null"}]},
                    "finalLevel": {"anyOf": [{"$ref": "#/components/schemas/EvaluationLevel"}, {"type": "null"}]}
                  },
                  "required": ["id", "unitId", "unitName"]
                }
              },
              "caps": {"type": "array", "items": {"$ref": "#/components/schemas/CapFlag"}},
              "organisationCap": {"anyOf": [{"$ref": "#/components/schemas/CapFlag"}, {"type": "null"}]},
              "pending": {"type": "integer"},
              "cells": {
                "type": "array",
                "items": {
                  "type": "object",
                  "properties": {"id": {"type": "string", "format": "uuid"}, "name": {"type": "string"}},
                  "required": ["id", "name"]
                }
              },
              "cell": {"type": ["string", "null"], "format": "uuid"},
              "summaries": {
                "type": "array",
                "items": {
                  "type": "object",
                  "properties": {
                    "unitId": {"type": "string", "format": "uuid"},
                    "name": {"type": "string"},
                    "members": {"type": "integer"},
                    "pending": {"type": "integer"},
                    "excellent": {"type": "integer"},
                    "good": {"type": "integer"},
                    "completed": {"type": "integer"},
                    "notCompleted": {"type": "integer"}
                  },
                  "required": ["unitId", "name", "members", "pending", "excellent", "good", "completed", "notCompleted"]
                }
              },
              "canAppraise": {"type": "boolean"},
              "canDecide": {"type": "boolean"},
              "canPublish": {"type": "boolean"},
              "canPrint": {"type": "boolean"}
            },
            "required": [
              "round",
              "share",
              "members",
              "total",
              "organisations",
              "caps",
              "pending",
              "cells",
              "summaries",
              "later",
              "canAppraise",
              "canDecide",
              "canPublish",
              "canPrint"
            ],
            "description": "Một đợt đánh giá: đảng viên (trong phạm vi người xem), tổ chức đảng, tỷ lệ xuất sắc ở từng bước / a round: its members (those the reader may see), organisations, the share of excellent at each step."
          },
          "EvaluationStep": {
            "type": "object",
            "properties": {
              "score": {"type": ["integer", "null"]},
              "level": {"anyOf": [{"$ref": "#/components/schemas/EvaluationLevel"}, {"type": "null"}]},
              "text": {"type": ["string", "null"]},
              "on": {"type": ["string", "null"], "format": "date", "description": "yyyy-MM-dd"},
              "by": {"type": ["string", "null"]},
              "exceeding": {"type": ["integer", "null"], "description": "Tỷ lệ tiêu chí vượt mức (%) / share exceeded."}
            }
          },
          "LevelCap": {
            "type": "object",
            "properties": {
              "ceiling": {"$ref": "#/components/schemas/EvaluationLevel"},
              "vi": {"type": "string"},
              "en": {"type": "string"}
            },
            "required": ["ceiling", "vi", "en"],
            "description": "Điều kiện giới hạn mức xếp loại / a condition capping the level."
          },
          "MemberRecordFacts": {
            "type": "object",
            "properties": {
              "meetingsExpected": {"type": "integer"},
              "present": {"type": "integer"},
              "late": {"type": "integer"},
              "excused": {"type": "integer"},
              "unexcused": {"type": "integer"},
              "tasksDue": {"type": "integer"},
              "tasksOnTime": {"type": "integer"},
              "tasksLate": {"type": "integer"},
              "tasksOverdue": {"type": "integer"},
              "feeMonths": {"type": "integer"},
              "feeMonthsUnpaid": {"type": "integer"},
              "measures": {"type": "array", "items": {"type": "string"}}
            },
            "required": [
              "meetingsExpected",
              "present",
              "late",
              "excused",
              "unexcused",
              "tasksDue",
              "tasksOnTime",
              "tasksLate",
              "tasksOverdue",
              "feeMonths",
              "feeMonthsUnpaid",
              "measures"
            ],
            "description": "Những gì ChiBo ghi nhận trong kỳ / what ChiBo knows of the member over the period."
          },
          "OrganisationRecordFacts": {
            "type": "object",
            "properties": {
              "months": {"type": "integer"},
              "regularMonthsHeld": {"type": "integer"},
              "quarters": {"type": "integer"},
              "thematicQuartersHeld": {"type": "integer"},
              "meetingsHeld": {"type": "integer"},
              "visitsEvaluated": {"type": "integer"},
              "visitScoreTotal": {"type": "integer"},
              "issuesRaised": {"type": "integer"},
              "issuesClosed": {"type": "integer"},
              "issuesOverdue": {"type": "integer"},
              "remediesDone": {"type": "integer"},
              "remediesOverdue": {"type": "integer"},
              "admitted": {"type": "integer"},
              "membersTotal": {"type": "integer"},
              "members": {"type": "object", "additionalProperties": {"type": "integer"}}
            },
            "required": [
              "months",
              "regularMonthsHeld",
              "quarters",
              "thematicQuartersHeld",
              "meetingsHeld",
              "visitsEvaluated",
              "visitScoreTotal",
              "issuesRaised",
              "issuesClosed",
              "issuesOverdue",
              "remediesDone",
              "remediesOverdue",
              "admitted",
              "membersTotal",
              "members"
            ],
            "description": "Số liệu của tổ chức đảng trong kỳ / the organisation's figures."
          },
          "MemberEvaluationPage": {
            "type": "object",
            "properties": {
              "round": {"$ref": "#/components/schemas/EvaluationRound"},
              "id": {"type": "string", "format": "uuid"},
              "memberId": {"type": "string", "format": "uuid"},
              "name": {"type": "string"},
              "unitId": {"type": "string", "format": "uuid"},
              "unitName": {"type": "string"},
              "form": {"$ref": "#/components/schemas/SelfAssessmentForm"},
              "residenceNeeded": {"type": "boolean"},
              "next": {"$ref": "#/components/schemas/MemberEvaluationStep"},
              "selfAssessment": {"$ref": "#/components/schemas/EvaluationStep"},
              "residence": {"$ref": "#/components/schemas/EvaluationStep"},
              "cell": {"$ref": "#/components/schemas/EvaluationStep"},
              "appraisal": {"anyOf": [{"$ref": "#/components/schemas/EvaluationStep"}, {"type": "null"}]},
              "finalLevel": {"anyOf": [{"$ref": "#/components/schemas/EvaluationLevel"}, {"type": "null"}]},
              "facts": {"$ref": "#/components/schemas/MemberRecordFacts"},
              "caps": {"type": "array", "items": {"$ref": "#/components/schemas/LevelCap"}},
              "ceiling": {"$ref": "#/components/schemas/EvaluationLevel"},
              "rules": {"$ref": "#/components/schemas/EvaluationRules"},
              "canSelf": {"type": "boolean"},
              "canResidence": {"type": "boolean"},
              "canCell": {"type": "boolean"},
              "canAppraise": {"type": "boolean"}
            },
            "required": [
              "round",
              "id",
              "memberId",
              "name",
              "unitId",
              "unitName",
              "form",
              "residenceNeeded",
              "next",
              "selfAssessment",
              "residence",
              "cell",
              "facts",
              "caps",
              "ceiling",
              "rules",
              "canSelf",
              "canResidence",
              "canCell",
              "canAppraise"
            ],
            "description": "Đánh giá một đảng viên: các bước, số liệu, điều kiện giới hạn; thẩm định và quyết định hiện với đảng viên sau khi công khai / a member's evaluation; the appraisal and decision show to the member once published."
          },
          "OrgEvaluationPage": {
            "type": "object",
            "properties": {
              "round": {"$ref": "#/components/schemas/EvaluationRound"},
              "id": {"type": "string", "format": "uuid"},
              "unitId": {"type": "string", "format": "uuid"},
              "unitName": {"type": "string"},
              "selfReport": {"$ref": "#/components/schemas/EvaluationStep"},
              "rating": {"$ref": "#/components/schemas/EvaluationStep"},
              "collectiveDisciplined": {"type": "boolean"},
              "finalLevel": {"anyOf": [{"$ref": "#/components/schemas/EvaluationLevel"}, {"type": "null"}]},
              "facts": {"$ref": "#/components/schemas/OrganisationRecordFacts"},
              "caps": {"type": "array", "items": {"$ref": "#/components/schemas/LevelCap"}},
              "ceiling": {"$ref": "#/components/schemas/EvaluationLevel"},
              "rules": {"$ref": "#/components/schemas/EvaluationRules"},
              "canReport": {"type": "boolean"},
              "canRate": {"type": "boolean"}
            },
            "required": [
              "round",
              "id",
              "unitId",
              "unitName",
              "selfReport",
              "rating",
              "collectiveDisciplined",
              "facts",
              "caps",
              "ceiling",
              "rules",
              "canReport",
              "canRate"
            ],
            "description": "Đánh giá một tổ chức đảng / an organisation's evaluation."
          },
          "ImportColumn": {
            "type": "string",
            "enum": [
              "ordinal",
              "fullName",
              "birthDate",
              "gender",
              "ethnicity",
              "homeTown",
              "cardNumber",
              "admissionDate",
              "officialDate",
              "cell",
              "phone",
              "exemption",
              "exemptionDate",
              "exemptionReason",
              "transfer",
              "transferFrom",
              "transferUntil",
              "transferPlace",
              "note",
              "ignored"
            ],
            "description": "Cột của danh sách đảng viên / a column of the member list."
          },
          "ImportStatus": {
            "type": "string",
            "enum": ["pending", "running", "committed", "failed"],
            "description": "Chờ ghi, đang ghi, đã ghi, không ghi được / waiting, being written, written, refused."
          },
          "ImportProblem": {
            "type": "object",
            "properties": {
              "row": {
                "type": ["integer", "null"],
                "description": "Số dòng như bảng tính hiển thị; vắng mặt: dòng tiêu đề / the row as a spreadsheet numbers it."
              },
              "column": {"anyOf": [{"$ref": "#/components/schemas/ImportColumn"}, {"type": "null"}]},
              "code": {"type": "string"},
              "message": {"type": "string"}
            },
            "required": ["code", "message"],
            "description": "Một lỗi của tệp / a problem with the file."
          },
          "ImportFieldChange": {
            "type": "object",
            "properties": {
              "column": {"$ref": "#/components/schemas/ImportColumn"},
              "label": {"type": "string"},
              "before": {"type": "string"},
              "after": {"type": "string"}
            },
            "required": ["column", "label", "before", "after"],
            "description": "Một trường thay đổi / a field changed."
          },
          "ImportChange": {
            "type": "object",
            "properties": {
              "row": {"type": "integer"},
              "fullName": {"type": "string"},
              "fields": {"type": "array", "items": {"$ref": "#/components/schemas/ImportFieldChange"}}
            },
            "required": ["row", "fullName", "fields"]
          },
          "ImportResultChange": {
            "type": "object",
            "properties": {
              "row": {"type": "integer"},
              "memberId": {"type": "string", "format": "uuid"},
              "fullName": {"type": "string"},
              "fields": {"type": "array", "items": {"$ref": "#/components/schemas/ImportFieldChange"}}
            },
            "required": ["row", "memberId", "fullName", "fields"]
          },
          "ImportResult": {
            "type": "object",
            "properties": {
              "sha256": {"type": "string", "description": "SHA-256 của tệp / the file's SHA-256."},
              "filename": {"type": "string"},
              "cellsCreated": {"type": "array", "items": {"type": "string"}},
              "created": {"type": "integer"},
              "updated": {"type": "integer"},
              "unchanged": {"type": "integer"},
              "changes": {"type": "array", "items": {"$ref": "#/components/schemas/ImportResultChange"}}
            },
            "required": ["sha256", "filename", "cellsCreated", "created", "updated", "unchanged", "changes"],
            "description": "Kết quả ghi / what the commit wrote."
          },
          "ImportLine": {
            "type": "object",
            "properties": {
              "row": {"type": "integer"},
              "action": {
                "type": "string",
                "enum": ["create", "update", "unchanged"],
                "description": "Thêm, cập nhật, không đổi / create, update, unchanged."
              },
              "fullName": {"type": "string"},
              "birthDate": {"type": "string"},
              "gender": {"$ref": "#/components/schemas/Gender"},
              "cardNumber": {"type": ["string", "null"]},
              "admissionDate": {"type": "string"},
              "officialDate": {"type": ["string", "null"]},
              "cell": {"type": ["string", "null"]}
            },
            "required": ["row", "action", "fullName", "birthDate", "gender", "admissionDate"]
          },
          "ImportPreview": {
            "type": "object",
            "properties": {
              "id": {"type": "string", "format": "uuid"},
              "unitId": {"type": "string", "format": "uuid"},
              "filename": {"type": "string"},
              "sha256": {"type": "string"},
              "status": {"$ref": "#/components/schemas/ImportStatus"},
              "createCells": {"type": "boolean"},
              "mapping": {
                "type": "object",
                "additionalProperties": {"type": "string"},
                "description": "Cột chọn tay / columns mapped by hand."
              },
              "columns": {
                "type": "array",
                "items": {
                  "type": "object",
                  "properties": {
                    "index": {"type": "integer"},
                    "header": {"type": "string"},
                    "column": {"anyOf": [{"$ref": "#/components/schemas/ImportColumn"}, {"type": "null"}]}
                  },
                  "required": ["index", "header"]
                }
              },
              "newCells": {"type": "array", "items": {"type": "string"}},
              "created": {"type": "integer"},
              "updated": {"type": "integer"},
              "unchanged": {"type": "integer"},
              "problems": {"type": "array", "items": {"$ref": "#/components/schemas/ImportProblem"}},
              "warnings": {"type": "array", "items": {"$ref": "#/components/schemas/ImportProblem"}},
              "changes": {"type": "array", "items": {"$ref": "#/components/schemas/ImportChange"}},
              "lines": {
                "type": "array",
                "items": {"$ref": "#/components/schemas/ImportLine"},
                "description": "200 dòng đầu / the first 200 rows."
              },
              "rows": {"type": "integer"},
              "canCommit": {"type": "boolean"},
              "result": {"anyOf": [{"$ref": "#/components/schemas/ImportResult"}, {"type": "null"}]}
            },
            "required": [
              "id",
              "unitId",
              "filename",
              "sha256",
              "status",
              "createCells",
              "mapping",
              "columns",
              "newCells",
              "created",
              "updated",
              "unchanged",
              "problems",
              "warnings",
              "changes",
              "lines",
              "rows",
              "canCommit"
            ],
            "description": "Xem trước, tính lại từ tệp đã lưu / the preview, read again."
          },
          "ImportProgress": {
            "type": "object",
            "properties": {
              "status": {"$ref": "#/components/schemas/ImportStatus"},
              "phase": {
                "type": ["string", "null"],
                "enum": ["reading", "writing", "figures", "done"],
                "description": "Giai đoạn / phase."
              },
              "done": {"type": "integer"},
              "total": {"type": "integer"},
              "percent": {"type": "integer"}
            },
            "required": ["status", "done", "total", "percent"],
            "description": "Tiến độ ghi / the writing's progress."
          },
          "TokenRequest": {
            "type": "object",
            "properties": {"username": {"type": ["string", "null"]}, "password": {"type": ["string", "null"]}},
            "description": "Cả hai bắt buộc; sai hoặc thiếu → 422 login.invalid; sai 5 lần trong 15 phút → 429 / both needed."
          },
          "UnitBody": {
            "type": "object",
            "properties": {
              "parentId": {
                "type": ["string", "null"],
                "format": "uuid",
                "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$",
                "description": "Đơn vị cấp trên (khi tạo) / parent unit (on create)."
              },
              "name": {"type": ["string", "null"], "description": "Bắt buộc khi tạo, tối đa 200 ký tự / required on create."},
              "code": {
                "type": ["string", "null"],
                "description": "Bắt buộc khi tạo, tối đa 20 ký tự, không dấu cách hay '/' / required on create."
              },
              "kind": {
                "type": ["string", "null"],
                "description": "UnitKind; bắt buộc khi tạo, không đổi được bằng PATCH / required on create, ignored by PATCH."
              },
              "cellType": {"type": ["string", "null"], "description": "CellType; bắt buộc với chi bộ / required for cells."},
              "termLabel": {"type": ["string", "null"]},
              "termStart": {
                "type": ["string", "null"],
                "description": "Ngày dạng yyyy-MM-dd (hoặc dd/MM/yyyy) / a date, yyyy-MM-dd (or dd/MM/yyyy)."
              }
            },
            "description": "Khi tạo: name, code, kind (và cellType với chi bộ) là bắt buộc, thiếu → 422. Khi sửa (PATCH) trường vắng mặt giữ giá trị cũ. On create name, code, kind (and cellType for a cell) are required (422 when missing); on PATCH absent fields keep their value."
          },
          "MoveUnitBody": {
            "type": "object",
            "properties": {
              "parentId": {
                "type": ["string", "null"],
                "format": "uuid",
                "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$",
                "description": "Bắt buộc / required."
              },
              "effectiveDate": {
                "type": ["string", "null"],
                "description": "Ngày dạng yyyy-MM-dd (hoặc dd/MM/yyyy) / a date, yyyy-MM-dd (or dd/MM/yyyy). Bắt buộc / required."
              }
            },
            "description": "Chuyển đơn vị sang đơn vị cấp trên khác / move a unit under a new parent."
          },
          "OfficerBody": {
            "type": "object",
            "properties": {
              "memberId": {
                "type": ["string", "null"],
                "format": "uuid",
                "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$",
                "description": "Bắt buộc / required."
              },
              "role": {"type": ["string", "null"], "description": "OfficerRole; bắt buộc / required."},
              "from": {
                "type": ["string", "null"],
                "description": "Ngày dạng yyyy-MM-dd (hoặc dd/MM/yyyy) / a date, yyyy-MM-dd (or dd/MM/yyyy). Bắt buộc / required."
              }
            },
            "description": "Bổ nhiệm chức vụ / set an officer."
          },
          "LiaisonBody": {
            "type": "object",
            "properties": {
              "accountId": {
                "type": ["string", "null"],
                "format": "uuid",
                "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$",
                "description": "Bắt buộc / required."
              },
              "from": {
                "type": ["string", "null"],
                "description": "Ngày dạng yyyy-MM-dd (hoặc dd/MM/yyyy) / a date, yyyy-MM-dd (or dd/MM/yyyy). Mặc định hôm nay / defaults to today."
              }
            },
            "description": "Cán bộ phụ trách / liaison."
          },
          "MemberBody": {
            "type": "object",
            "properties": {
              "unitId": {
                "type": ["string", "null"],
                "format": "uuid",
                "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$",
                "description": "Chi bộ; bắt buộc khi tạo; PATCH không đổi được (dùng /move) / the cell; required on create."
              },
              "fullName": {"type": ["string", "null"], "description": "Bắt buộc khi tạo / required on create."},
              "birthDate": {
                "type": ["string", "null"],
                "description": "Ngày dạng yyyy-MM-dd (hoặc dd/MM/yyyy) / a date, yyyy-MM-dd (or dd/MM/yyyy). Bắt buộc khi tạo / required on create."
              },
              "gender": {"type": ["string", "null"], "description": "Gender; bắt buộc khi tạo / required on create."},
              "cardNumber": {
                "type": ["string", "null"],
                "description": "Số thẻ đảng viên, duy nhất (409 nếu trùng) / unique card number (409 when taken)."
              },
              "admissionDate": {
                "type": ["string", "null"],
                "description": "Ngày dạng yyyy-MM-dd (hoặc dd/MM/yyyy) / a date, yyyy-MM-dd (or dd/MM/yyyy). Bắt buộc khi tạo / required on create."
              },
              "officialDate": {
                "type": ["string", "null"],
                "description": "Ngày dạng yyyy-MM-dd (hoặc dd/MM/yyyy) / a date, yyyy-MM-dd (or dd/MM/yyyy)."
              },
              "status": {"type": ["string", "null"], "description": "MemberStatus"},
              "phone": {"type": ["string", "null"]},
              "transferFrom": {
                "type": ["string", "null"],
                "description": "Khi tạo: chuyển sinh hoạt chính thức đến từ / on create: a permanent transfer in, from."
              },
              "letterNumber": {
                "type": ["string", "null"],
                "description": "Số giấy giới thiệu; bắt buộc khi có transferFrom / letter number, required with transferFrom."
              },
              "letterDate": {
                "type": ["string", "null"],
                "description": "Ngày dạng yyyy-MM-dd (hoặc dd/MM/yyyy) / a date, yyyy-MM-dd (or dd/MM/yyyy)."
              },
              "arrivedOn": {
                "type": ["string", "null"],
                "description": "Ngày dạng yyyy-MM-dd (hoặc dd/MM/yyyy) / a date, yyyy-MM-dd (or dd/MM/yyyy). Ngày nộp giấy giới thiệu, mặc định hôm nay / presented on, default today."
              }
            },
            "description": "Khi tạo, unitId, fullName, birthDate, gender, admissionDate là bắt buộc (thiếu → 422). Khi sửa (PATCH) trường vắng mặt giữ giá trị cũ, chuỗi rỗng xóa trường tùy chọn. / On create unitId, fullName, birthDate, gender and admissionDate are required (422 when missing); on PATCH absent fields keep their value and an empty string clears an optional one."
          },
          "MoveMemberBody": {
            "type": "object",
            "properties": {
              "unitId": {
                "type": ["string", "null"],
                "format": "uuid",
                "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$",
                "description": "Chi bộ mới; bắt buộc / new cell; required."
              },
              "effectiveDate": {
                "type": ["string", "null"],
                "description": "Ngày dạng yyyy-MM-dd (hoặc dd/MM/yyyy) / a date, yyyy-MM-dd (or dd/MM/yyyy). Bắt buộc / required."
              },
              "note": {"type": ["string", "null"]}
            },
            "description": "Chuyển sinh hoạt đảng / move a member to another cell."
          },
          "ExemptionBody": {
            "type": "object",
            "properties": {
              "kind": {"type": ["string", "null"], "description": "ExemptionKind; bắt buộc / required."},
              "decisionDate": {
                "type": ["string", "null"],
                "description": "Ngày dạng yyyy-MM-dd (hoặc dd/MM/yyyy) / a date, yyyy-MM-dd (or dd/MM/yyyy)."
              },
              "reason": {"type": ["string", "null"]}
            },
            "description": "Miễn công tác và sinh hoạt / record an exemption."
          },
          "TransferBody": {
            "type": "object",
            "properties": {
              "direction": {"type": ["string", "null"], "description": "TransferDirection (out, in); bắt buộc / required."},
              "from": {
                "type": ["string", "null"],
                "description": "Ngày dạng yyyy-MM-dd (hoặc dd/MM/yyyy) / a date, yyyy-MM-dd (or dd/MM/yyyy)."
              },
              "until": {
                "type": ["string", "null"],
                "description": "Ngày dạng yyyy-MM-dd (hoặc dd/MM/yyyy) / a date, yyyy-MM-dd (or dd/MM/yyyy)."
              },
              "place": {"type": ["string", "null"]}
            },
            "description": "Sinh hoạt tạm thời / record a temporary transfer."
          },
          "SuspensionBody": {
            "type": "object",
            "properties": {
              "kind": {"type": ["string", "null"], "description": "SuspensionKind; bắt buộc / required."},
              "from": {
                "type": ["string", "null"],
                "description": "Ngày dạng yyyy-MM-dd (hoặc dd/MM/yyyy) / a date, yyyy-MM-dd (or dd/MM/yyyy). Bắt buộc / required."
              },
              "until": {
                "type": ["string", "null"],
                "description": "Ngày dạng yyyy-MM-dd (hoặc dd/MM/yyyy) / a date, yyyy-MM-dd (or dd/MM/yyyy)."
              },
              "reason": {"type": ["string", "null"], "description": "Bắt buộc / required."},
              "decisionNumber": {"type": ["string", "null"]},
              "decidedBy": {"type": ["string", "null"]}
            },
            "description": "Đình chỉ sinh hoạt, tạm giam / suspension or detention: out of the vote base for those dates."
          },
          "DisciplineBody": {
            "type": "object",
            "properties": {
              "kind": {"type": ["string", "null"], "description": "DisciplineKind; bắt buộc / required."},
              "body": {
                "type": ["string", "null"],
                "description": "DecidingBody; mỗi cấp quyết định đến mức quy định địa phương cho phép (chi bộ: reprimand, warning) / each body decides up to its local setting (a cell: reprimand, warning)."
              },
              "date": {
                "type": ["string", "null"],
                "description": "Ngày dạng yyyy-MM-dd (hoặc dd/MM/yyyy) / a date, yyyy-MM-dd (or dd/MM/yyyy). Bắt buộc / required."
              },
              "until": {
                "type": ["string", "null"],
                "description": "Ngày dạng yyyy-MM-dd (hoặc dd/MM/yyyy) / a date, yyyy-MM-dd (or dd/MM/yyyy). Hiệu lực đến / in effect until."
              },
              "reason": {"type": ["string", "null"], "description": "Bắt buộc / required."},
              "decisionNumber": {"type": ["string", "null"]},
              "voteId": {
                "type": ["string", "null"],
                "format": "uuid",
                "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$",
                "description": "Biểu quyết đã thông qua của chi bộ về đảng viên này / the cell's passed vote on this member."
              }
            },
            "description": "Kỷ luật đảng viên / a disciplinary measure; expulsion also ends the membership."
          },
          "LeavingBody": {
            "type": "object",
            "properties": {
              "kind": {"type": ["string", "null"], "description": "LeavingKind; bắt buộc / required."},
              "date": {
                "type": ["string", "null"],
                "description": "Ngày dạng yyyy-MM-dd (hoặc dd/MM/yyyy) / a date, yyyy-MM-dd (or dd/MM/yyyy). Bắt buộc / required."
              },
              "reason": {
                "type": ["string", "null"],
                "description": "Bắt buộc trừ death, transferred_out / required but for death and transferred_out."
              },
              "decisionNumber": {"type": ["string", "null"], "description": "Bắt buộc trừ death / required but for death."},
              "decidedBy": {"type": ["string", "null"]},
              "place": {
                "type": ["string", "null"],
                "description": "Nơi chuyển đến; bắt buộc với transferred_out / destination, required for transferred_out."
              },
              "voteId": {
                "type": ["string", "null"],
                "format": "uuid",
                "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$",
                "description": "Xóa tên đảng viên dự bị: biểu quyết công nhận không được thông qua / striking off a probationary member: the failed recognition vote."
              },
              "movedOn": {
                "type": ["string", "null"],
                "description": "Ngày dạng yyyy-MM-dd (hoặc dd/MM/yyyy) / a date, yyyy-MM-dd (or dd/MM/yyyy). transferred_out: ngày chuyển nơi ở, nơi công tác / the day the member moved away."
              }
            },
            "description": "Ra khỏi Đảng / the end of a membership, from that day."
          },
          "MoveAwayBody": {
            "type": "object",
            "properties": {
              "movedOn": {
                "type": ["string", "null"],
                "description": "Ngày dạng yyyy-MM-dd (hoặc dd/MM/yyyy) / a date, yyyy-MM-dd (or dd/MM/yyyy). Bắt buộc / required."
              },
              "place": {"type": ["string", "null"], "description": "Nơi chuyển đến; bắt buộc / destination, required."}
            },
            "description": "Chuyển nơi ở, nơi công tác / a member moving away."
          },
          "RecognitionBody": {
            "type": "object",
            "properties": {
              "decisionDate": {
                "type": ["string", "null"],
                "description": "Ngày dạng yyyy-MM-dd (hoặc dd/MM/yyyy) / a date, yyyy-MM-dd (or dd/MM/yyyy). Bắt buộc / required."
              },
              "decisionNumber": {"type": ["string", "null"], "description": "Bắt buộc / required."},
              "voteId": {
                "type": ["string", "null"],
                "format": "uuid",
                "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$",
                "description": "Biểu quyết công nhận đã thông qua / the cell's passed recognition vote."
              }
            },
            "description": "Công nhận đảng viên chính thức, tính từ ngày hết 12 tháng dự bị / recognition, official from the end of the probation."
          },
          "SympathiserBody": {
            "type": "object",
            "properties": {
              "fullName": {"type": ["string", "null"], "description": "Bắt buộc / required."},
              "birthDate": {
                "type": ["string", "null"],
                "description": "Ngày dạng yyyy-MM-dd (hoặc dd/MM/yyyy) / a date, yyyy-MM-dd (or dd/MM/yyyy). Bắt buộc / required."
              },
              "gender": {"type": ["string", "null"], "description": "Gender; bắt buộc / required."},
              "phone": {"type": ["string", "null"]},
              "helperId": {
                "type": ["string", "null"],
                "format": "uuid",
                "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$",
                "description": "Đảng viên của chi bộ được phân công giúp đỡ / the member assigned to help."
              },
              "listedOn": {
                "type": ["string", "null"],
                "description": "Ngày dạng yyyy-MM-dd (hoặc dd/MM/yyyy) / a date, yyyy-MM-dd (or dd/MM/yyyy). Mặc định hôm nay / default today."
              },
              "note": {"type": ["string", "null"]}
            },
            "description": "Đưa quần chúng ưu tú vào danh sách của chi bộ / put a sympathiser on the cell's list."
          },
          "AdmissionStepBody": {
            "type": "object",
            "properties": {
              "step": {"type": ["string", "null"], "description": "AdmissionStep; bắt buộc / required."},
              "date": {
                "type": ["string", "null"],
                "description": "Ngày dạng yyyy-MM-dd (hoặc dd/MM/yyyy) / a date, yyyy-MM-dd (or dd/MM/yyyy). Bắt buộc / required."
              },
              "documentNumber": {"type": ["string", "null"]},
              "note": {"type": ["string", "null"]},
              "introducerId": {
                "type": ["string", "null"],
                "format": "uuid",
                "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$",
                "description": "Đảng viên chính thức giới thiệu (bước introduction) / introducing member."
              },
              "knownSince": {
                "type": ["string", "null"],
                "description": "Ngày dạng yyyy-MM-dd (hoặc dd/MM/yyyy) / a date, yyyy-MM-dd (or dd/MM/yyyy). Cùng công tác từ / known since (≥ 12 months)."
              },
              "youthUnion": {
                "type": ["string", "null"],
                "description": "true: Đoàn Thanh niên giới thiệu / the Youth Union introduces."
              },
              "voteId": {
                "type": ["string", "null"],
                "format": "uuid",
                "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$",
                "description": "Biểu quyết kết nạp (bước cell_resolution) / the cell's admission vote."
              }
            },
            "description": "Ghi nhận một bước của hồ sơ; lễ kết nạp mở hồ sơ đảng viên / record a step; the ceremony opens the member record."
          },
          "DropBody": {
            "type": "object",
            "properties": {"reason": {"type": ["string", "null"], "description": "Bắt buộc / required."}},
            "description": "Dừng xem xét hồ sơ / drop the file."
          },
          "FeeEntryBody": {
            "type": "object",
            "properties": {
              "memberId": {
                "type": ["string", "null"],
                "format": "uuid",
                "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$",
                "description": "Bắt buộc / required."
              },
              "amount": {"type": ["integer", "string", "null"], "description": "Đồng / dong."},
              "relief": {"type": ["string", "null"], "description": "FeeRelief, mặc định none / default none."},
              "paid": {"type": ["boolean", "string", "null"]},
              "paidOn": {
                "type": ["string", "null"],
                "description": "Ngày dạng yyyy-MM-dd (hoặc dd/MM/yyyy) / a date, yyyy-MM-dd (or dd/MM/yyyy). Mặc định hôm nay / default today."
              },
              "meetingId": {
                "type": ["string", "null"],
                "format": "uuid",
                "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$",
                "description": "Buổi sinh hoạt thu đảng phí / the meeting it was collected at."
              }
            }
          },
          "FeesBody": {
            "type": "object",
            "properties": {
              "month": {"type": ["string", "null"], "description": "yyyy-MM, mặc định tháng này / default this month."},
              "entries": {"type": ["array", "null"], "items": {"$ref": "#/components/schemas/FeeEntryBody"}}
            },
            "description": "Ghi đảng phí tháng, mọi dòng trong một giao dịch / record a month's fees, all lines together."
          },
          "VisitBody": {
            "type": "object",
            "properties": {
              "name": {"type": ["string", "null"], "description": "Mặc định tên tài khoản / default the account's name."},
              "position": {"type": ["string", "null"]},
              "levelUnitId": {
                "type": ["string", "null"],
                "format": "uuid",
                "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$",
                "description": "Cấp ủy cấp trên mà người dự đại diện; mặc định cấp gần nhất / the committee above, default the nearest."
              },
              "remarks": {"type": ["string", "null"], "description": "Phát biểu, ghi vào biên bản / remarks, in the minutes."},
              "takenUp": {"type": ["string", "null"]}
            },
            "description": "Ghi nhận cấp trên dự họp; ghi lại lần nữa thì cập nhật / record a superior's attendance; again updates it."
          },
          "EvaluationBody": {
            "type": "object",
            "properties": {
              "preparation": {
                "type": ["integer", "null"],
                "format": "int64",
                "minimum": -9223372036854775808,
                "maximum": 9223372036854775807,
                "description": "Bắt buộc / required."
              },
              "attendance": {
                "type": ["integer", "null"],
                "format": "int64",
                "minimum": -9223372036854775808,
                "maximum": 9223372036854775807,
                "description": "Bắt buộc / required."
              },
              "procedure": {
                "type": ["integer", "null"],
                "format": "int64",
                "minimum": -9223372036854775808,
                "maximum": 9223372036854775807,
                "description": "Bắt buộc / required."
              },
              "content": {
                "type": ["integer", "null"],
                "format": "int64",
                "minimum": -9223372036854775808,
                "maximum": 9223372036854775807,
                "description": "Bắt buộc / required."
              },
              "discussion": {
                "type": ["integer", "null"],
                "format": "int64",
                "minimum": -9223372036854775808,
                "maximum": 9223372036854775807,
                "description": "Bắt buộc / required."
              },
              "resolution": {
                "type": ["integer", "null"],
                "format": "int64",
                "minimum": -9223372036854775808,
                "maximum": 9223372036854775807,
                "description": "Bắt buộc / required."
              },
              "assessment": {"type": ["string", "null"]},
              "takenUp": {"type": ["string", "null"]}
            },
            "description": "Đánh giá buổi sinh hoạt theo thang điểm (20, 20, 15, 20, 15, 10) / the evaluation on the rubric."
          },
          "ReportBody": {
            "type": "object",
            "properties": {
              "month": {"type": ["string", "null"], "description": "yyyy-MM, mặc định tháng này / default this month."},
              "membersThinking": {"type": ["string", "null"], "description": "Ít nhất một mục / at least one section."},
              "publicOpinion": {"type": ["string", "null"], "description": "Ít nhất một mục / at least one section."},
              "hotIssues": {"type": ["string", "null"], "description": "Ít nhất một mục / at least one section."},
              "results": {"type": ["string", "null"], "description": "Ít nhất một mục / at least one section."},
              "proposals": {"type": ["string", "null"], "description": "Ít nhất một mục / at least one section."},
              "hotIssueCount": {
                "type": ["integer", "null"],
                "format": "int64",
                "minimum": -9223372036854775808,
                "maximum": 9223372036854775807,
                "description": "0–999, mặc định 0 / default 0."
              },
              "proposalCount": {
                "type": ["integer", "null"],
                "format": "int64",
                "minimum": -9223372036854775808,
                "maximum": 9223372036854775807,
                "description": "0–999, mặc định 0 / default 0."
              }
            },
            "description": "Gửi (hoặc sửa khi Đảng ủy chưa trả lời) trực báo tháng / submit (or correct until answered) a monthly report."
          },
          "AnswerBody": {
            "type": "object",
            "properties": {"answer": {"type": ["string", "null"], "description": "Bắt buộc / required."}},
            "description": "Đảng ủy trả lời trực báo / the committee's answer."
          },
          "IssueBody": {
            "type": "object",
            "properties": {
              "text": {"type": ["string", "null"], "description": "Bắt buộc / required."},
              "origin": {"type": ["string", "null"], "description": "IssueOrigin, mặc định member / default member."},
              "topic": {"type": ["string", "null"], "description": "IssueTopic, mặc định other / default other."},
              "memberId": {
                "type": ["string", "null"],
                "format": "uuid",
                "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$",
                "description": "Đảng viên trong danh sách buổi sinh hoạt / a member on the roll."
              },
              "raisedBy": {"type": ["string", "null"]},
              "responder": {"type": ["string", "null"], "description": "IssueResponder, mặc định cell / default cell."},
              "note": {"type": ["string", "null"]}
            },
            "description": "Ghi ý kiến, kiến nghị nêu tại buổi sinh hoạt / record an opinion raised at the meeting."
          },
          "IssueStepBody": {
            "type": "object",
            "properties": {
              "kind": {"type": ["string", "null"], "description": "escalated, answered hoặc reported; bắt buộc / required."},
              "responder": {"type": ["string", "null"], "description": "IssueResponder cao hơn (escalated) / a higher responder."},
              "date": {
                "type": ["string", "null"],
                "description": "Ngày dạng yyyy-MM-dd (hoặc dd/MM/yyyy) / a date, yyyy-MM-dd (or dd/MM/yyyy). Mặc định hôm nay / default today."
              },
              "note": {
                "type": ["string", "null"],
                "description": "Nội dung trả lời (answered, bắt buộc) hoặc lý do / the answer (required) or a reason."
              },
              "meetingId": {
                "type": ["string", "null"],
                "format": "uuid",
                "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$",
                "description": "Buổi sinh hoạt của chi bộ thông báo lại (reported) / the cell's meeting it is reported at."
              }
            },
            "description": "Bước tiếp theo: nơi đang giữ chuyển lên hoặc trả lời; chi bộ thông báo lại / the holder passes it up or answers; the cell reports back."
          },
          "InspectionItemBody": {
            "type": "object",
            "properties": {
              "kind": {"type": ["string", "null"], "description": "InspectionKind; bắt buộc / required."},
              "body": {"type": ["string", "null"], "description": "InspectionBody, mặc định committee."},
              "year": {
                "type": ["integer", "null"],
                "format": "int64",
                "minimum": -9223372036854775808,
                "maximum": 9223372036854775807,
                "description": "Năm kế hoạch, mặc định năm nay / the plan's year."
              },
              "targetUnitId": {
                "type": ["string", "null"],
                "format": "uuid",
                "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$",
                "description": "Chi bộ trực thuộc; bắt buộc / a cell below; required."
              },
              "targetMemberId": {
                "type": ["string", "null"],
                "format": "uuid",
                "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$",
                "description": "Đảng viên của chi bộ đó (member_inspection) / a member of that cell."
              },
              "content": {"type": ["string", "null"], "description": "Bắt buộc / required."},
              "reviewFrom": {
                "type": ["string", "null"],
                "description": "Ngày dạng yyyy-MM-dd (hoặc dd/MM/yyyy) / a date, yyyy-MM-dd (or dd/MM/yyyy)."
              },
              "reviewTo": {
                "type": ["string", "null"],
                "description": "Ngày dạng yyyy-MM-dd (hoặc dd/MM/yyyy) / a date, yyyy-MM-dd (or dd/MM/yyyy)."
              },
              "startOn": {
                "type": ["string", "null"],
                "description": "Ngày dạng yyyy-MM-dd (hoặc dd/MM/yyyy) / a date, yyyy-MM-dd (or dd/MM/yyyy)."
              },
              "endOn": {
                "type": ["string", "null"],
                "description": "Ngày dạng yyyy-MM-dd (hoặc dd/MM/yyyy) / a date, yyyy-MM-dd (or dd/MM/yyyy)."
              },
              "team": {
                "type": ["array", "string", "null"],
                "items": {"type": "string"},
                "description": "UUID tài khoản thành viên đoàn / the team's account UUIDs."
              }
            },
            "description": "Thêm một nội dung vào kế hoạch kiểm tra, giám sát / add an item to the plan."
          },
          "FindingBody": {
            "type": "object",
            "properties": {"text": {"type": ["string", "null"], "description": "Bắt buộc / required."}},
            "description": "Kết quả của đoàn / the team's finding."
          },
          "RemedyLineBody": {
            "type": "object",
            "properties": {
              "content": {"type": ["string", "null"]},
              "due": {
                "type": ["string", "null"],
                "description": "Ngày dạng yyyy-MM-dd (hoặc dd/MM/yyyy) / a date, yyyy-MM-dd (or dd/MM/yyyy)."
              }
            }
          },
          "ConclusionBody": {
            "type": "object",
            "properties": {"conclusion": {"type": ["string", "null"]}},
            "description": "Kết luận / conclusion of an agenda item."
          },
          "RemedyDoneBody": {
            "type": "object",
            "properties": {
              "doneOn": {
                "type": ["string", "null"],
                "description": "Ngày dạng yyyy-MM-dd (hoặc dd/MM/yyyy) / a date, yyyy-MM-dd (or dd/MM/yyyy). Mặc định hôm nay / default today."
              },
              "report": {"type": ["string", "null"]}
            },
            "description": "Báo cáo đã khắc phục / a remedy reported done."
          },
          "ModelBody": {
            "type": "object",
            "properties": {
              "year": {
                "type": ["integer", "null"],
                "format": "int64",
                "minimum": -9223372036854775808,
                "maximum": 9223372036854775807,
                "description": "Mặc định năm nay / default this year."
              },
              "group": {"type": ["string", "null"], "description": "CellGroup; bắt buộc / required."},
              "cellId": {
                "type": ["string", "null"],
                "format": "uuid",
                "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$",
                "description": "Chi bộ của nhóm, trực thuộc; bắt buộc / a cell of the group below; required."
              },
              "team": {
                "type": ["array", "string", "null"],
                "items": {"type": "string"},
                "description": "UUID tài khoản tổ công tác / the working group's account UUIDs."
              }
            },
            "description": "Chọn chi bộ điểm của một nhóm trong năm / pick a group's model cell for the year."
          },
          "ModelMeetingBody": {
            "type": "object",
            "properties": {
              "meetingId": {
                "type": ["string", "null"],
                "format": "uuid",
                "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$",
                "description": "Buổi sinh hoạt của chi bộ điểm trong năm / a meeting of the model cell."
              }
            },
            "description": "Buổi sinh hoạt điểm / the model meeting."
          },
          "LessonsBody": {
            "type": "object",
            "properties": {"lessons": {"type": ["string", "null"], "description": "Bắt buộc / required."}},
            "description": "Bài học kinh nghiệm / the lessons."
          },
          "SettingBody": {
            "type": "object",
            "properties": {
              "key": {"type": ["string", "null"], "description": "LocalSettingKey; bắt buộc / required."},
              "value": {
                "type": ["string", "null"],
                "description": "Số, hoặc month/quarter/year cho superior_visit_every, reprimand/warning/removal/expulsion cho discipline_*_up_to; trống: bỏ tỷ lệ tối thiểu / a number, or month/quarter/year, or a measure; blank clears the quorum."
              },
              "from": {
                "type": ["string", "null"],
                "description": "Ngày dạng yyyy-MM-dd (hoặc dd/MM/yyyy) / a date, yyyy-MM-dd (or dd/MM/yyyy). Mặc định hôm nay / default today."
              }
            },
            "description": "Đặt một quy định địa phương từ một ngày / set a local setting from a day."
          },
          "HolidayBody": {
            "type": "object",
            "properties": {
              "kind": {"type": ["string", "null"], "description": "HolidayKind; bắt buộc / required."},
              "name": {"type": ["string", "null"], "description": "Bắt buộc / required."},
              "source": {"type": ["string", "null"]}
            },
            "description": "Điều chỉnh một ngày của lịch (quản trị) / correct one day of the calendar (administrators)."
          },
          "RecognitionStepBody": {
            "type": "object",
            "properties": {
              "step": {"type": ["string", "null"], "description": "RecognitionStep; bắt buộc / required."},
              "date": {
                "type": ["string", "null"],
                "description": "Ngày dạng yyyy-MM-dd (hoặc dd/MM/yyyy) / a date, yyyy-MM-dd (or dd/MM/yyyy). Bắt buộc / required."
              },
              "documentNumber": {"type": ["string", "null"]},
              "voteId": {
                "type": ["string", "null"],
                "format": "uuid",
                "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$",
                "description": "Biểu quyết công nhận của chi bộ (bước cell_resolution) / the cell's recognition vote."
              }
            },
            "description": "Một bước hồ sơ công nhận chính thức (10–14-KNĐ) / a step of the recognition file."
          },
          "MemberFileBody": {
            "type": "object",
            "properties": {
              "date": {
                "type": ["string", "null"],
                "description": "Ngày dạng yyyy-MM-dd (hoặc dd/MM/yyyy) / a date, yyyy-MM-dd (or dd/MM/yyyy). Bắt buộc, không trước lễ kết nạp / required, not before the ceremony."
              },
              "documentNumber": {"type": ["string", "null"]},
              "note": {"type": ["string", "null"]}
            },
            "description": "Hoàn thiện hồ sơ đảng viên (1-HSĐV, 2-HSĐV), bước cuối của hồ sơ kết nạp / the member's file completed, the admission file's last step."
          },
          "AccountBody": {
            "type": "object",
            "properties": {
              "username": {"type": ["string", "null"], "description": "Bắt buộc / required."},
              "password": {"type": ["string", "null"], "description": "Bắt buộc / required."},
              "displayName": {"type": ["string", "null"]},
              "memberId": {
                "type": ["string", "null"],
                "format": "uuid",
                "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
              },
              "role": {"type": ["string", "null"], "description": "Role; bắt buộc / required."},
              "unitId": {
                "type": ["string", "null"],
                "format": "uuid",
                "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$",
                "description": "Đơn vị áp dụng vai trò / unit the role is held at."
              }
            },
            "description": "Tạo tài khoản với một vai trò / create an account with one role."
          },
          "RoleEndBody": {
            "type": "object",
            "properties": {
              "on": {
                "type": ["string", "null"],
                "description": "Ngày dạng yyyy-MM-dd (hoặc dd/MM/yyyy) / a date, yyyy-MM-dd (or dd/MM/yyyy). Ngày đầu tiên không còn vai trò; mặc định hôm nay / the first day without the role, default today."
              },
              "reason": {"type": ["string", "null"], "description": "RoleEndReason; mặc định revoked / default revoked."}
            },
            "description": "Kết thúc một vai trò / end a role."
          },
          "MeetingBody": {
            "type": "object",
            "properties": {
              "kind": {"type": ["string", "null"], "description": "MeetingKind; bắt buộc khi tạo / required on create."},
              "title": {"type": ["string", "null"]},
              "theme": {
                "type": ["string", "null"],
                "description": "Bắt buộc với thematic, combined / required for thematic and combined."
              },
              "date": {
                "type": ["string", "null"],
                "description": "Ngày dạng yyyy-MM-dd (hoặc dd/MM/yyyy) / a date, yyyy-MM-dd (or dd/MM/yyyy). Bắt buộc khi tạo / required on create."
              },
              "time": {"type": ["string", "null"], "description": "HH:mm, mặc định 19:30 / default 19:30."},
              "location": {"type": ["string", "null"]},
              "draftContent": {"type": ["string", "null"]},
              "draftResolution": {"type": ["string", "null"]}
            },
            "description": "Khi sửa (PATCH) trường vắng mặt giữ giá trị cũ / on PATCH absent fields keep their value."
          },
          "PlanBody": {
            "type": "object",
            "properties": {
              "year": {
                "type": ["integer", "null"],
                "format": "int64",
                "minimum": -9223372036854775808,
                "maximum": 9223372036854775807,
                "description": "Mặc định năm nay / default this year."
              },
              "day": {
                "type": ["integer", "null"],
                "format": "int64",
                "minimum": -9223372036854775808,
                "maximum": 9223372036854775807,
                "description": "Ngày trong tháng, mặc định 5 / day of month, default 5."
              },
              "time": {"type": ["string", "null"], "description": "HH:mm, mặc định 19:30."},
              "location": {"type": ["string", "null"]},
              "themes": {
                "type": ["array", "null"],
                "items": {"type": ["string", "null"]},
                "description": "Chủ đề chuyên đề theo quý / thematic themes per quarter."
              }
            },
            "description": "Lập kế hoạch sinh hoạt cả năm / plan a year of meetings."
          },
          "MinutesBody": {
            "type": "object",
            "properties": {
              "startedAt": {"type": ["string", "null"], "description": "yyyy-MM-ddTHH:mm"},
              "endedAt": {"type": ["string", "null"], "description": "yyyy-MM-ddTHH:mm"},
              "chairName": {"type": ["string", "null"]},
              "secretaryName": {"type": ["string", "null"]},
              "results": {"type": ["string", "null"]},
              "nextTasks": {"type": ["string", "null"]},
              "qualityScore": {
                "type": ["integer", "null"],
                "format": "int64",
                "minimum": -9223372036854775808,
                "maximum": 9223372036854775807,
                "description": "0–100"
              },
              "feesCollected": {"type": ["string", "null"]}
            },
            "description": "Nội dung biên bản / the minutes' facts."
          },
          "AmendBody": {
            "type": "object",
            "properties": {"text": {"type": ["string", "null"], "description": "Bắt buộc / required."}},
            "description": "Văn bản đính chính / an amendment to locked minutes."
          },
          "MarkBody": {
            "type": "object",
            "properties": {
              "attendance": {"type": ["string", "null"], "description": "AttendanceStatus; bắt buộc / required."},
              "reason": {"type": ["string", "null"]}
            },
            "description": "Điểm danh / mark attendance."
          },
          "CheckInBody": {
            "type": "object",
            "properties": {"code": {"type": ["string", "null"], "description": "Mã điểm danh / check-in code."}},
            "description": "Tự điểm danh / self check-in."
          },
          "GuestBody": {
            "type": "object",
            "properties": {
              "name": {"type": ["string", "null"], "description": "Bắt buộc / required."},
              "position": {"type": ["string", "null"]},
              "fromSuperior": {"type": ["boolean", "null"]}
            },
            "description": "Đại biểu / guest."
          },
          "ItemBody": {
            "type": "object",
            "properties": {"title": {"type": ["string", "null"], "description": "Bắt buộc / required."}},
            "description": "Mục chương trình / agenda item."
          },
          "SpeechBody": {
            "type": "object",
            "properties": {
              "memberId": {
                "type": ["string", "null"],
                "format": "uuid",
                "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
              },
              "speaker": {"type": ["string", "null"]},
              "content": {"type": ["string", "null"], "description": "Bắt buộc / required."}
            },
            "description": "Phát biểu / speech."
          },
          "VoteBody": {
            "type": "object",
            "properties": {
              "kind": {"type": ["string", "null"], "description": "VoteKind; bắt buộc / required."},
              "subject": {"type": ["string", "null"]},
              "subjectMemberId": {
                "type": ["string", "null"],
                "format": "uuid",
                "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
              },
              "mode": {"type": ["string", "null"], "description": "hands (mặc định / default) hoặc / or phones."}
            },
            "description": "Đưa ra biểu quyết / open a vote."
          },
          "TallyBody": {
            "type": "object",
            "properties": {
              "inFavour": {
                "type": ["integer", "null"],
                "format": "int64",
                "minimum": -9223372036854775808,
                "maximum": 9223372036854775807,
                "description": "Bắt buộc / required."
              },
              "against": {
                "type": ["integer", "null"],
                "format": "int64",
                "minimum": -9223372036854775808,
                "maximum": 9223372036854775807,
                "description": "Bắt buộc / required."
              },
              "abstain": {
                "type": ["integer", "null"],
                "format": "int64",
                "minimum": -9223372036854775808,
                "maximum": 9223372036854775807
              }
            },
            "description": "Kết quả giơ tay / show-of-hands tally."
          },
          "BallotBody": {
            "type": "object",
            "properties": {"choice": {"type": ["string", "null"], "description": "for, against, abstain"}},
            "description": "Phiếu biểu quyết trên điện thoại / a phone ballot."
          },
          "TaskBody": {
            "type": "object",
            "properties": {
              "memberId": {
                "type": ["string", "null"],
                "format": "uuid",
                "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$",
                "description": "Bắt buộc / required."
              },
              "description": {"type": ["string", "null"], "description": "Bắt buộc / required."},
              "dueDate": {
                "type": ["string", "null"],
                "description": "Ngày dạng yyyy-MM-dd (hoặc dd/MM/yyyy) / a date, yyyy-MM-dd (or dd/MM/yyyy)."
              }
            },
            "description": "Phân công nhiệm vụ / assign a task."
          },
          "CloseTaskBody": {
            "type": "object",
            "properties": {
              "outcome": {"type": ["string", "null"], "description": "done hoặc / or dropped; bắt buộc / required."},
              "report": {"type": ["string", "null"], "description": "Bắt buộc khi dropped / required when dropped."}
            },
            "description": "Kết thúc nhiệm vụ / close a task."
          },
          "CalculateBody": {
            "type": "object",
            "properties": {
              "kind": {"type": ["string", "null"], "description": "VoteKind; bắt buộc / required."},
              "date": {
                "type": ["string", "null"],
                "description": "Ngày dạng yyyy-MM-dd (hoặc dd/MM/yyyy) / a date, yyyy-MM-dd (or dd/MM/yyyy). Mặc định hôm nay / default today."
              },
              "roll": {
                "type": ["array", "null"],
                "items": {"$ref": "#/components/schemas/RollMember"},
                "maxItems": 10000,
                "description": "Bắt buộc, tối đa 10 000 / required, at most 10,000."
              },
              "inFavour": {
                "type": ["integer", "null"],
                "format": "int64",
                "minimum": -9223372036854775808,
                "maximum": 9223372036854775807
              },
              "against": {
                "type": ["integer", "null"],
                "format": "int64",
                "minimum": -9223372036854775808,
                "maximum": 9223372036854775807
              },
              "abstain": {
                "type": ["integer", "null"],
                "format": "int64",
                "minimum": -9223372036854775808,
                "maximum": 9223372036854775807
              }
            },
            "description": "Tính biểu quyết trên danh sách do người gọi mô tả; không lưu gì / vote arithmetic on a caller-described roll; nothing is stored."
          },
          "CourseBody": {
            "type": "object",
            "properties": {
              "kind": {"type": ["string", "null"], "description": "CourseKind; bắt buộc / required."},
              "topic": {"type": ["string", "null"], "description": "Bắt buộc, tối đa 300 ký tự / required."},
              "organiser": {"type": ["string", "null"], "description": "Bắt buộc, tối đa 200 ký tự / required."},
              "location": {"type": ["string", "null"], "description": "Tối đa 200 ký tự."},
              "startOn": {
                "type": ["string", "null"],
                "description": "Ngày dạng yyyy-MM-dd (hoặc dd/MM/yyyy) / a date, yyyy-MM-dd (or dd/MM/yyyy). Bắt buộc / required."
              },
              "endOn": {
                "type": ["string", "null"],
                "description": "Ngày dạng yyyy-MM-dd (hoặc dd/MM/yyyy) / a date, yyyy-MM-dd (or dd/MM/yyyy). Bắt buộc, không trước startOn / required, not before startOn."
              }
            },
            "description": "Thêm lớp bồi dưỡng, tập huấn (cấp ủy, không phải chi bộ) / add a course (a committee's, not a cell's)."
          },
          "ContestBody": {
            "type": "object",
            "properties": {
              "name": {"type": ["string", "null"], "description": "Bắt buộc / required."},
              "year": {
                "type": ["integer", "null"],
                "format": "int64",
                "minimum": -9223372036854775808,
                "maximum": 9223372036854775807,
                "description": "Mặc định năm của startOn / default startOn's year."
              },
              "startOn": {
                "type": ["string", "null"],
                "description": "Ngày dạng yyyy-MM-dd (hoặc dd/MM/yyyy) / a date, yyyy-MM-dd (or dd/MM/yyyy). Bắt buộc / required."
              },
              "endOn": {
                "type": ["string", "null"],
                "description": "Ngày dạng yyyy-MM-dd (hoặc dd/MM/yyyy) / a date, yyyy-MM-dd (or dd/MM/yyyy). Bắt buộc, trong năm / required, within the year."
              }
            },
            "description": "Thêm hội thi / add a contest."
          },
          "MembersBody": {
            "type": "object",
            "properties": {
              "members": {
                "type": ["array", "string", "null"],
                "items": {"type": "string"},
                "description": "UUID đảng viên (mảng, hoặc chuỗi cách nhau bởi dấu phẩy); bắt buộc / member UUIDs; required."
              }
            },
            "description": "Thêm học viên (đảng viên các chi bộ trực thuộc) hoặc thí sinh (bí thư, phó bí thư chi bộ trực thuộc) / add attendees (members of the cells below) or entrants (their secretaries and deputies)."
          },
          "AttendanceBody": {
            "type": "object",
            "properties": {
              "completed": {
                "type": ["boolean", "null"],
                "description": "Đã hoàn thành (khi lớp đã kết thúc) / completed (once the course ended)."
              },
              "certificateNumber": {"type": ["string", "null"], "description": "Chỉ khi hoàn thành / only when completed."},
              "certificateDate": {
                "type": ["string", "null"],
                "description": "Ngày dạng yyyy-MM-dd (hoặc dd/MM/yyyy) / a date, yyyy-MM-dd (or dd/MM/yyyy). Từ ngày kết thúc lớp đến hôm nay / from the course's last day to today."
              }
            },
            "description": "Kết quả của học viên và chứng nhận / an attendee's result and certificate."
          },
          "ContestResultBody": {
            "type": "object",
            "properties": {
              "prize": {"type": ["string", "null"], "description": "ContestPrize; bắt buộc / required."},
              "note": {"type": ["string", "null"], "description": "Tối đa 500 ký tự."}
            },
            "description": "Kết quả dự thi (khi hội thi đã kết thúc) / an entrant's result (once the contest ended)."
          },
          "RoundBody": {
            "type": "object",
            "properties": {
              "kind": {"type": ["string", "null"], "description": "EvaluationPeriodKind, mặc định year / default year."},
              "year": {
                "type": ["integer", "null"],
                "format": "int64",
                "minimum": -9223372036854775808,
                "maximum": 9223372036854775807,
                "description": "Năm (kỳ hằng năm), mặc định năm nay / the year."
              },
              "firstDay": {"type": ["string", "null"], "description": "yyyy-MM-dd (kỳ khác năm) / for other periods."},
              "lastDay": {"type": ["string", "null"], "description": "yyyy-MM-dd"}
            },
            "description": "Mở đợt đánh giá / open a round."
          },
          "LevelStepBody": {
            "type": "object",
            "properties": {
              "form": {"type": ["string", "null"], "description": "SelfAssessmentForm (tự kiểm điểm) / for a self-assessment."},
              "score": {
                "type": ["integer", "null"],
                "format": "int64",
                "minimum": -9223372036854775808,
                "maximum": 9223372036854775807,
                "description": "0–100; bắt buộc trừ khi thẩm định / required except for an appraisal."
              },
              "level": {"type": ["string", "null"], "description": "EvaluationLevel; bắt buộc / required."},
              "text": {"type": ["string", "null"], "description": "Nội dung của bước / the step's paragraph."},
              "exceedingPercent": {
                "type": ["integer", "null"],
                "format": "int64",
                "minimum": -9223372036854775808,
                "maximum": 9223372036854775807,
                "description": "0–100; “excellent” cần ≥ 30 / “excellent” needs at least 30."
              },
              "collectiveDisciplined": {
                "type": ["boolean", "string", "null"],
                "description": "Tập thể bị kỷ luật (xếp loại tổ chức) / for a rating."
              }
            },
            "description": "Một bước có điểm và mức xếp loại / a step with a score and a level."
          },
          "DecisionBody": {
            "type": "object",
            "properties": {
              "decisionNumber": {"type": ["string", "null"], "description": "125-QĐ/ĐU; bắt buộc khi quyết định / required to decide."},
              "decisionOn": {"type": ["string", "null"], "description": "yyyy-MM-dd, mặc định hôm nay / default today."},
              "publishedOn": {"type": ["string", "null"], "description": "yyyy-MM-dd, mặc định hôm nay / default today."}
            },
            "description": "Quyết định hoặc công khai / decide or publish."
          },
          "ImportUploadBody": {
            "type": "object",
            "properties": {
              "filename": {"type": ["string", "null"], "description": "Tên tệp, .xlsx hoặc .csv / the file's name."},
              "content": {
                "type": ["string", "null"],
                "description": "Nội dung tệp, base64 (tối đa 40 MB) / the file's bytes in base64."
              },
              "mapping": {
                "type": ["object", "null"],
                "additionalProperties": {
                  "type": "string",
                  "enum": [
                    "ordinal",
                    "fullName",
                    "birthDate",
                    "gender",
                    "ethnicity",
                    "homeTown",
                    "cardNumber",
                    "admissionDate",
                    "officialDate",
                    "cell",
                    "phone",
                    "exemption",
                    "exemptionDate",
                    "exemptionReason",
                    "transfer",
                    "transferFrom",
                    "transferUntil",
                    "transferPlace",
                    "note",
                    "ignored"
                  ]
                },
                "description": "Tiêu đề cột như trong tệp → cột / a header as written → a column."
              },
              "createCells": {"type": ["boolean", "null"], "description": "Tạo chi bộ chưa có / create missing cells."}
            }
          },
          "ImportOptionsBody": {
            "type": "object",
            "properties": {
              "mapping": {
                "type": ["object", "null"],
                "additionalProperties": {
                  "type": "string",
                  "enum": [
                    "ordinal",
                    "fullName",
                    "birthDate",
                    "gender",
                    "ethnicity",
                    "homeTown",
                    "cardNumber",
                    "admissionDate",
                    "officialDate",
                    "cell",
                    "phone",
                    "exemption",
                    "exemptionDate",
                    "exemptionReason",
                    "transfer",
                    "transferFrom",
                    "transferUntil",
                    "transferPlace",
                    "note",
                    "ignored"
                  ]
                },
                "description": "Tiêu đề cột như trong tệp → cột / a header as written → a column."
              },
              "createCells": {"type": ["boolean", "null"], "description": "Tạo chi bộ chưa có / create missing cells."}
            }
          }
        },
        "responses": {
          "BadRequest": {
            "description": "Dữ liệu gửi lên sai định dạng hoặc sai kiểu (body.malformed) / malformed body or query, wrong types.",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}
          },
          "Unauthorized": {
            "description": "Thiếu hoặc sai mã truy cập (unauthorized) / no or invalid bearer token.",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}
          },
          "Forbidden": {
            "description": "Không có quyền (forbidden) / not allowed.",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}
          },
          "NotFound": {
            "description": "Không tìm thấy, hoặc ngoài phạm vi được xem / not found, or outside the caller's scope.",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}
          },
          "Conflict": {
            "description": "Mâu thuẫn với dữ liệu đã có (trùng, sai trạng thái) / conflicts with stored data or state.",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}
          },
          "PayloadTooLarge": {
            "description": "Dữ liệu gửi lên quá lớn (body.tooLarge) / request body too large.",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}
          },
          "UnsupportedMediaType": {
            "description": "Kiểu dữ liệu không hỗ trợ hoặc thiếu Content-Type (body.mediaType) / unsupported or missing content type.",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}
          },
          "Unprocessable": {
            "description": "Dữ liệu không hợp lệ, kèm danh sách trường lỗi; cũng khi body rỗng / invalid input with the fields at fault; also an empty body.",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}
          },
          "TooManyRequests": {
            "description": "Đăng nhập sai quá nhiều lần (login.throttled), hoặc quá nhiều yêu cầu với một mã truy cập (api.rateLimited) / too many failed logins, or too many requests with one token.",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
            "headers": {"Retry-After": {"description": "Giây / seconds.", "schema": {"type": "string"}}}
          }
        }
      }
    }
    """#
}
