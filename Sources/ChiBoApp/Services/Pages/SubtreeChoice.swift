import ChiBoCore
import Fluent
import SQLKit
import Vapor

/// A search of the choices a page offers from a unit's subtree (issue 20): the text searched and
/// whether more matched than are shown.
struct ChoiceSearch: Content, Equatable {
    /// The text searched (`q`); nil before a search.
    let q: String?
    /// More matched than are shown (at most `SubtreeChoice.results`): a more precise text finds them.
    let more: Bool
}

/// How a page offers a choice from a unit's subtree (a course's attendees, a contest's entrants, a
/// model cell) so that what it reads follows what it shows (issue 20). A small subtree (at most
/// `listedCells` cells, and for members at most `listedMembers`, from the counters) is listed
/// whole, as before; above, or whenever a text is given (`q`), the choice is a search bounded to
/// `results`: members by name or card number (`MemberService.search` restricted to the subtree),
/// cells by name or code (`cells(_:under:matching:limit:)`).
enum SubtreeChoice {
    /// Up to this many cells below, a page lists every choice.
    static let listedCells = 100 // not a rule: a bound on what a page reads
    /// Up to this many members below, a course page lists every member.
    static let listedMembers = 2_000 // not a rule: a bound on what a page reads
    /// The most results a search offers.
    static let results = 50 // not a rule: a page of results
    /// The most cells whose secretaries a contest's search offers.
    static let cellResults = 20 // not a rule: a page of results
    /// The longest text searched.
    static let maxQuery = 100 // not a rule: a search's length

    /// The cells and members now under `unitID`, from the counters (0 when not counted yet).
    static func size(_ sql: any SQLDatabase, of unitID: UUID) async throws -> (cells: Int, members: Int) {
        let row = try await RollupService.stored(sql, units: [unitID], keys: [PeriodKey.now])[unitID]?[PeriodKey.now]
        return (row?[.cells] ?? 0, row?[.membersTotal] ?? 0)
    }

    /// The text to search: nil when blank; refused, in the reader's language, when too long or
    /// without a letter or a digit.
    static func query(_ raw: String?) throws -> String? {
        guard let text = VietnameseText.normalizeText(raw) else { return nil }
        guard text.count <= maxQuery else { throw DomainError.searchTooLong(maxQuery) }
        guard MemberSearchText(text).hasWords else {
            throw DomainError(
                .invalid, code: "q.invalid", vi: "Gõ họ tên, số thẻ đảng viên hoặc tên chi bộ để tìm.",
                en: "Type a name, a card number or a cell's name to search.", field: "q")
        }
        return text
    }

    /// The cells under `unitID` a form offers to choose from, and how: with no text given under a
    /// unit of at most `listed` cells (from the counters), listed whole, walked through the closure
    /// table from the deepest (the cells), at most `limit` put in code order (`cut` when there were
    /// more); otherwise searched by name or code (`cells(_:under:matching:limit:)`, at most
    /// `results`), nothing offered before a text is given, and `search` says what was searched.
    static func cellChoices(
        _ sql: any SQLDatabase, under unitID: UUID, q: String?, limit: Int, listed: Int = listedCells
    ) async throws -> (cells: [OrgUnit], cut: Bool, search: ChoiceSearch?) {
        if q == nil, try await size(sql, of: unitID).cells <= listed {
            let walked = try await sql.raw(
                """
                SELECT u.* FROM unit_closure c CROSS JOIN units u WHERE c.ancestor_id = \(bind: unitID) AND u.id = c.descendant_id \
                AND u.kind = \(bind: UnitKind.cell.rawValue) ORDER BY c.depth DESC LIMIT \(unsafeRaw: String(limit + 1))
                """
            ).all().map { try $0.decode(fluentModel: OrgUnit.self) }
            let cells = walked.prefix(limit).sorted { ($0.code, $0.name, $0.id!.uuidString) < ($1.code, $1.name, $1.id!.uuidString) }
            return (cells, walked.count > limit, nil)
        }
        guard let q else { return ([], false, ChoiceSearch(q: nil, more: false)) }
        let found = try await cells(sql, under: unitID, matching: q, limit: results)
        return (found.cells, found.more, ChoiceSearch(q: q, more: found.more))
    }

    /// The cells under `unitID` whose folded name has a word starting with `text` ("so 1" finds
    /// "Chi bộ số 1" and "Chi bộ số 12") or whose code is `text`: at most `limit`, in code order, and
    /// whether more match. The subtree's closure rows are walked by the `(ancestor_id, depth)`
    /// index from the deepest (the cells) and the walk stops after `limit + 1` matches: no list of
    /// the subtree is gathered, counted or sorted.
    static func cells(
        _ sql: any SQLDatabase, under unitID: UUID, matching text: String, limit: Int
    ) async throws -> (cells: [OrgUnit], more: Bool) {
        let search = MemberSearchText(text)
        let walked = try await sql.raw(
            """
            SELECT u.* FROM unit_closure c CROSS JOIN units u WHERE c.ancestor_id = \(bind: unitID) AND c.depth > 0 \
            AND u.id = c.descendant_id AND u.kind = \(bind: UnitKind.cell.rawValue) \
            AND ((' ' || u.search_name) LIKE \(bind: search.wordPattern) OR LOWER(u.code) = \(bind: text.lowercased())) \
            ORDER BY c.depth DESC LIMIT \(unsafeRaw: String(limit + 1))
            """
        ).all().map { try $0.decode(fluentModel: OrgUnit.self) }
        let cells = walked.prefix(limit).sorted { ($0.code, $0.name, $0.id!.uuidString) < ($1.code, $1.name, $1.id!.uuidString) }
        return (cells, walked.count > limit)
    }
}

extension DomainError {
    /// A search text longer than the field allows (`q`), refused in the reader's language.
    static func searchTooLong(_ max: Int) -> DomainError {
        DomainError(
            .invalid, code: "q.tooLong", vi: "Nội dung tìm quá dài (tối đa \(max) ký tự).",
            en: "The search is too long (at most \(max) characters).", field: "q")
    }
}
