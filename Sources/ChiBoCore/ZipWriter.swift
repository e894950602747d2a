/// A minimal ZIP writer (PKWARE APPNOTE 6.3): STORED entries only (no compression), each with a
/// local header, then the central directory and the end-of-central-directory record. Enough for
/// Office Open XML packages (.docx). No ZIP64: every entry and the whole archive must stay under
/// 4 GiB and 65,535 entries. Timestamps are fixed, so the same entries give the same bytes.

/// CRC-32 as ZIP uses it (IEEE 802.3, reflected polynomial 0xEDB88320).
public enum CRC32 {
    static let table: [UInt32] = (0..<256).map { n in
        var c = UInt32(n)
        for _ in 0..<8 {
            c = (c & 1) != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1
        }
        return c
    }

    public static func checksum(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for b in bytes {
            crc = table[Int((crc ^ UInt32(b)) & 0xFF)] ^ (crc >> 8)
        }
        return crc ^ 0xFFFF_FFFF
    }
}

public struct ZipWriter: Sendable {
    /// MS-DOS date of every entry: 1980-01-01, the earliest the format can say.
    static let dosDate: UInt16 = (0 << 9) | (1 << 5) | 1
    /// MS-DOS time of every entry: 00:00:00.
    static let dosTime: UInt16 = 0
    /// Version 2.0: what readers need for plain stored entries in folders.
    static let version: UInt16 = 20

    private struct Entry {
        let name: [UInt8]
        let crc: UInt32
        let size: UInt32
        let offset: UInt32
        let utf8Name: Bool
    }

    private var bytes: [UInt8] = []
    private var entries: [Entry] = []

    public init() {}

    /// Adds a file. `name` uses "/" between folders ("word/document.xml"); order is kept.
    public mutating func add(name: String, data: [UInt8]) {
        let nameBytes = Array(name.utf8)
        precondition(
            data.count < Int(UInt32.max) && bytes.count < Int(UInt32.max),
            "ZipWriter has no ZIP64: entries and archive must stay under 4 GiB")
        precondition(entries.count < Int(UInt16.max) && nameBytes.count <= Int(UInt16.max))
        let utf8Name = nameBytes.contains { $0 >= 0x80 }
        let entry = Entry(
            name: nameBytes, crc: CRC32.checksum(data), size: UInt32(data.count),
            offset: UInt32(bytes.count), utf8Name: utf8Name)
        // Local file header.
        put32(0x0403_4B50)
        put16(Self.version) // version needed to extract
        put16(utf8Name ? 0x0800 : 0) // flags: bit 11 = UTF-8 name
        put16(0) // method: stored
        put16(Self.dosTime)
        put16(Self.dosDate)
        put32(entry.crc)
        put32(entry.size) // compressed size
        put32(entry.size) // uncompressed size
        put16(UInt16(nameBytes.count))
        put16(0) // extra field length
        bytes += nameBytes
        bytes += data
        entries.append(entry)
    }

    /// The finished archive: the entries, then the central directory and its end record.
    public func finish() -> [UInt8] {
        var out = self
        let directoryOffset = UInt32(out.bytes.count)
        for e in entries {
            out.put32(0x0201_4B50)
            out.put16(Self.version) // version made by (MS-DOS attributes)
            out.put16(Self.version) // version needed to extract
            out.put16(e.utf8Name ? 0x0800 : 0)
            out.put16(0) // method: stored
            out.put16(Self.dosTime)
            out.put16(Self.dosDate)
            out.put32(e.crc)
            out.put32(e.size)
            out.put32(e.size)
            out.put16(UInt16(e.name.count))
            out.put16(0) // extra field length
            out.put16(0) // comment length
            out.put16(0) // disk number start
            out.put16(0) // internal attributes
            out.put32(0) // external attributes
            out.put32(e.offset) // offset of the local header
            out.bytes += e.name
        }
        let directorySize = UInt32(out.bytes.count) - directoryOffset
        out.put32(0x0605_4B50)
        out.put16(0) // this disk
        out.put16(0) // disk where the central directory starts
        out.put16(UInt16(entries.count)) // entries on this disk
        out.put16(UInt16(entries.count)) // entries in all
        out.put32(directorySize)
        out.put32(directoryOffset)
        out.put16(0) // comment length
        return out.bytes
    }

    /// An archive of `files`, in order.
    public static func archive(_ files: [(name: String, data: [UInt8])]) -> [UInt8] {
        var zip = ZipWriter()
        for f in files { zip.add(name: f.name, data: f.data) }
        return zip.finish()
    }

    private mutating func put16(_ v: UInt16) {
        bytes.append(UInt8(v & 0xFF))
        bytes.append(UInt8(v >> 8))
    }

    private mutating func put32(_ v: UInt32) {
        bytes.append(UInt8(v & 0xFF))
        bytes.append(UInt8((v >> 8) & 0xFF))
        bytes.append(UInt8((v >> 16) & 0xFF))
        bytes.append(UInt8(v >> 24))
    }
}
