import ChiBoCore
import Fluent
import Foundation
import SQLKit

/// A model written many rows to a statement, without Fluent's per-model reflection: creating
/// a model through Fluent reads its properties by reflection several times, which was most of
/// the time of a province-sized import (100,000 members). The columns must be the model's
/// every field, in the order of `values`; `BulkRowsTests` holds each type to its Fluent model.
package protocol BulkRow: Model {
    static var bulkColumns: [String] { get }
    /// The row's values in `bulkColumns`' order; `now` fills the timestamps.
    func bulkValues(now: Date) -> [any Encodable & Sendable]
}

extension Array where Element: BulkRow {
    /// Inserts the rows in statements of at most ~30,000 bound values (SQLite's limit is 32,766).
    /// A member needs its id set; a period without one gets a new one. The models are not marked
    /// as stored: save none of them afterwards.
    package func insertRows(on db: any Database, now: Date = Date()) async throws {
        guard !isEmpty else { return }
        let sql = db as! any SQLDatabase
        let columns = Element.bulkColumns
        let per = Swift.max(1, 30_000 / columns.count) // not a rule: SQLite's bound-values limit
        for start in stride(from: 0, to: count, by: per) {
            var insert = sql.insert(into: Element.schema).columns(columns)
            for row in self[start..<Swift.min(start + per, count)] { insert = insert.values(row.bulkValues(now: now)) }
            try await insert.run()
        }
    }
}

extension Member: BulkRow {
    package static let bulkColumns = [
        "id", "unit_id", "full_name", "search_name", "sort_key", "birth_date", "gender", "card_number", "admission_date",
        "official_date", "status", "phone", "ethnicity", "home_town", "exemption_kind", "exemption_date", "exemption_reason",
        "transfer_direction", "transfer_from", "transfer_until", "transfer_place", "left_date", "left_kind", "moved_on", "moved_to",
        "created_at", "updated_at",
    ]

    package func bulkValues(now: Date) -> [any Encodable & Sendable] {
        [
            id!, $unit.id, fullName, searchName, sortKey, birthDate, gender, cardNumber, admissionDate, officialDate, status, phone,
            ethnicity, homeTown, exemptionKind, exemptionDate, exemptionReason, transferDirection, transferFrom, transferUntil,
            transferPlace, leftDate, leftKind, movedOn, movedTo, now, now,
        ]
    }
}

extension MemberUnitPeriod: BulkRow {
    package static let bulkColumns = ["id", "member_id", "unit_id", "from_date", "until_date", "note"]

    package func bulkValues(now: Date) -> [any Encodable & Sendable] {
        [id ?? UUID(), $member.id, $unit.id, fromDate, untilDate, note]
    }
}

extension MemberStatusPeriod: BulkRow {
    package static let bulkColumns = [
        "id", "member_id", "kind", "detail", "from_date", "until_date", "reason", "place", "decided_by", "decision_number",
        "decision_date", "vote_id", "created_at",
    ]

    package func bulkValues(now: Date) -> [any Encodable & Sendable] {
        [id ?? UUID(), $member.id, kind, detail, fromDate, untilDate, reason, place, decidedBy, decisionNumber, decisionDate, voteID, now]
    }
}
