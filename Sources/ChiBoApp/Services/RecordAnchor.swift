import ChiBoCore
import Crypto
import Fluent
import Foundation
import SQLKit
import Vapor

/// The heads of the units' chains, kept outside the database, so that deleting the newest locked
/// records, rewriting a chain or restoring an older backup is detected (`chibo verify --anchor`).
///
/// `chibo anchor export FILE` appends one line per unit to FILE (never rewriting it): the unit, its
/// code, its last record's sequence and hash, and the time. With a key (`CHIBO_ANCHOR_KEY_FILE`, a
/// file outside the database) each line carries an HMAC-SHA256 of itself, so that the anchor file
/// cannot be edited to match a changed database without the key either.
enum RecordAnchor {
    /// One unit's chain head at one moment.
    struct Head: Codable, Equatable, Sendable {
        /// When it was exported (UTC, ISO 8601).
        var at: String
        var unit: UUID
        var code: String
        var sequence: Int
        var hash: String
        /// HMAC-SHA256 (hex) of the line without this field, when exported with a key.
        var mac: String?
    }

    /// The last record of every unit's chain.
    static func heads(_ db: any Database, at: Date) async throws -> [Head] {
        let sql = db as! any SQLDatabase
        let rows = try await sql.raw(
            """
            SELECT r.unit_id, u.code, r.sequence, r.hash FROM locked_records r JOIN units u ON u.id = r.unit_id
            WHERE r.sequence = (SELECT MAX(l.sequence) FROM locked_records l WHERE l.unit_id = r.unit_id)
            ORDER BY u.code, r.unit_id
            """
        ).all()
        let time = ISO8601DateFormatter().string(from: at)
        return try rows.map { row in
            Head(
                at: time, unit: try row.decode(column: "unit_id", as: UUID.self), code: try row.decode(column: "code", as: String.self),
                sequence: try row.decode(column: "sequence", as: Int.self), hash: try row.decode(column: "hash", as: String.self))
        }
    }

    /// A head as one line of the anchor file (canonical JSON, signed when a key is given).
    static func line(_ head: Head, key: SymmetricKey?) throws -> String {
        var h = head
        h.mac = nil
        let unsigned = try MinutesService.canonical(h)
        guard let key else { return unsigned }
        h.mac = mac(unsigned, key: key)
        return try MinutesService.canonical(h)
    }

    static func mac(_ text: String, key: SymmetricKey) -> String {
        HMAC<SHA256>.authenticationCode(for: Data(text.utf8), using: key).hex
    }

    /// Reads an anchor file: its heads, and what is wrong with its lines (unreadable, a signature
    /// missing or wrong when a key is given).
    static func parse(_ text: String, key: SymmetricKey?) -> (heads: [Head], problems: [String]) {
        var heads: [Head] = []
        var problems: [String] = []
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let lineText = raw.trimmingCharacters(in: .whitespaces)
            if lineText.isEmpty { continue }
            guard let h = try? JSONDecoder().decode(Head.self, from: Data(lineText.utf8)) else {
                problems.append("anchor line \(i + 1): not a head of a chain")
                continue
            }
            if let key {
                var unsigned = h
                unsigned.mac = nil
                guard let given = h.mac else {
                    problems.append("anchor line \(i + 1) (\(h.code)): not signed, a key is set")
                    continue
                }
                guard let text = try? MinutesService.canonical(unsigned), mac(text, key: key) == given else {
                    problems.append("anchor line \(i + 1) (\(h.code)): signature wrong (the line was changed, or another key)")
                    continue
                }
            }
            heads.append(h)
        }
        return (heads, problems)
    }

    /// The key of the anchor's signatures: the bytes of a file kept outside the database (at least 32).
    static func key(file path: String) throws -> SymmetricKey {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw AnchorError("cannot read the anchor key file \(path)")
        }
        let trimmed = Data(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines).utf8)
        guard trimmed.count >= 32 else {
            throw AnchorError("the anchor key file \(path) holds \(trimmed.count) bytes; at least 32 are needed")
        }
        return SymmetricKey(data: trimmed)
    }

    /// Each anchored head must still be in the database with its hash: a unit whose chain is now
    /// shorter lost records (deleted, or an older backup restored); another hash means the chain was
    /// rewritten. One problem per unit and anchored sequence.
    static func check(_ anchored: [Head], against records: [LockedRecord]) -> [MinutesService.Problem] {
        var byUnit: [UUID: [Int: LockedRecord]] = [:]
        for r in records { byUnit[r.$unit.id, default: [:]][r.sequence] = r }
        var seen: Set<String> = []
        var problems: [MinutesService.Problem] = []
        for h in anchored.sorted(by: { ($0.code, $0.sequence) > ($1.code, $1.sequence) }) {
            guard seen.insert("\(h.unit) \(h.sequence)").inserted else { continue }
            let chain = byUnit[h.unit] ?? [:]
            if let r = chain[h.sequence] {
                if r.hash != h.hash {
                    problems.append(
                        .init(
                            unitID: h.unit, sequence: h.sequence,
                            what: "differs from the anchor of \(h.at) (\(h.code)): the chain was rewritten"))
                }
            } else {
                let last = chain.keys.max() ?? 0
                problems.append(
                    .init(
                        unitID: h.unit, sequence: h.sequence,
                        what:
                            "missing: the anchor of \(h.at) holds \(h.code)'s chain up to record \(h.sequence), the database's ends at \(last) (records deleted, or an older backup restored)"
                    ))
            }
        }
        return problems
    }

    /// Appends the heads to `path` (created if absent, never truncated) and syncs it to disk.
    static func append(_ lines: [String], to path: String) throws {
        let fm = FileManager.default
        if !fm.fileExists(atPath: path) {
            guard fm.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
                throw AnchorError("cannot create \(path)")
            }
        }
        guard let handle = FileHandle(forWritingAtPath: path) else { throw AnchorError("cannot write to \(path)") }
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(lines.map { $0 + "\n" }.joined().utf8))
        try handle.synchronize()
    }

    struct AnchorError: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }
}
