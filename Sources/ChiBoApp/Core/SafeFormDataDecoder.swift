import Vapor

/// The multipart decoder every route uses, in front of Vapor's: it refuses, as a malformed body
/// (400, `body.malformed`), a part whose header name holds a byte above 0x7F. MultipartKit's parser indexes a
/// 128-entry table with that byte and traps, which took the whole server down (the fuzzer found
/// it: any route decoding content accepts `multipart/form-data`).
struct SafeFormDataDecoder: ContentDecoder {
    private let inner = FormDataDecoder()

    func decode<D: Decodable>(_ decodable: D.Type, from body: ByteBuffer, headers: HTTPHeaders) throws -> D {
        try decode(D.self, from: body, headers: headers, userInfo: [:])
    }

    func decode<D: Decodable>(
        _ decodable: D.Type, from body: ByteBuffer, headers: HTTPHeaders, userInfo: [CodingUserInfoKey: Sendable]
    ) throws -> D {
        if let boundary = headers.contentType?.parameters["boundary"], !Self.headerNamesAreASCII(body, boundary: boundary) {
            // Answered as any malformed body: 400, "body.malformed", in the reader's language.
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "A multipart header name is not ASCII"))
        }
        return try inner.decode(D.self, from: body, headers: headers, userInfo: userInfo)
    }

    /// Whether every header line of every part names its header in ASCII: after each delimiter
    /// line, the lines up to the first empty one, each up to its colon.
    static func headerNamesAreASCII(_ body: ByteBuffer, boundary: String) -> Bool {
        let bytes = Array(body.readableBytesView)
        let delimiter = Array(("--" + boundary).utf8)
        for found in bytes.ranges(of: delimiter) {
            var i = found.upperBound
            // The rest of the delimiter line.
            while i < bytes.count && bytes[i] != UInt8(ascii: "\n") { i += 1 }
            i += 1
            // Header lines until an empty one.
            while i < bytes.count {
                if bytes[i] == UInt8(ascii: "\r") || bytes[i] == UInt8(ascii: "\n") { break }
                var inName = true
                while i < bytes.count && bytes[i] != UInt8(ascii: "\n") {
                    if bytes[i] == UInt8(ascii: ":") { inName = false }
                    if inName && bytes[i] > 0x7F { return false }
                    i += 1
                }
                i += 1
            }
        }
        return true
    }
}
