import ChiBoCore
import Foundation
import Vapor

/// What a person chooses for an uploaded member list (the preview's form, the API's body): the
/// columns mapped by hand (a header as written → a column: `fullName`, `birthDate` … or
/// `ignored`), and whether cells the file names and the unit lacks are created.
struct ImportOptionsInput: Content, Equatable {
    var mapping: [String: String]?
    @Input var createCells: String?

    func options() throws -> ImportService.Options {
        var out: [String: String] = [:]
        for (header, column) in mapping ?? [:] {
            let c = column.trimmingCharacters(in: .whitespaces)
            if c.isEmpty { continue }
            guard ImportColumn(rawValue: c) != nil else {
                throw DomainError(
                    .invalid, code: "mapping.invalid", vi: "Cột «\(column)» không có trong danh sách cột.",
                    en: "“\(column)” is not a column.", field: "mapping")
            }
            out[String(header.prefix(200))] = c
        }
        return ImportService.Options(mapping: out, createCells: Read.flag(createCells))
    }
}

/// An upload through the API: the file's name and its bytes in base64, with the options.
struct ImportUploadInput: Content, Equatable {
    @Input var filename: String?
    @Input var content: String?
    var mapping: [String: String]?
    @Input var createCells: String?

    func bytes() throws -> [UInt8] {
        guard let content else {
            throw DomainError(
                .invalid, code: "content.required", vi: "Chưa có nội dung tệp.", en: "The file's content is required.", field: "content")
        }
        guard let data = Data(base64Encoded: content, options: .ignoreUnknownCharacters) else {
            throw DomainError(
                .invalid, code: "content.invalid", vi: "Nội dung tệp phải mã hóa base64.", en: "The content must be base64.",
                field: "content")
        }
        return Array(data)
    }

    var options: ImportOptionsInput { ImportOptionsInput(mapping: mapping, createCells: createCells) }
}
