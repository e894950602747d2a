/// Windows-1258, the code page Vietnamese offices' older Excel and CSV exports are written in: ASCII,
/// Latin-1 for most of the upper half, the Vietnamese letters with a circumflex, breve, horn and
/// stroke precomposed, and the five tones as combining marks (U+0300, U+0301, U+0303, U+0309,
/// U+0323) typed after their letter. `decode` returns composed text (NFC).
public enum Windows1258 {
    /// The code points of bytes 0x80…0xFF; nil where the code page defines nothing.
    static let upper: [UInt32?] = [
        // 0x80
        0x20AC, nil, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, nil, 0x2039, 0x0152, nil, nil, nil,
        // 0x90
        nil, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, nil, 0x203A, 0x0153, nil, nil, 0x0178,
        // 0xA0
        0x00A0, 0x00A1, 0x00A2, 0x00A3, 0x00A4, 0x00A5, 0x00A6, 0x00A7, 0x00A8, 0x00A9, 0x00AA, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00AF,
        // 0xB0
        0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x00B4, 0x00B5, 0x00B6, 0x00B7, 0x00B8, 0x00B9, 0x00BA, 0x00BB, 0x00BC, 0x00BD, 0x00BE, 0x00BF,
        // 0xC0
        0x00C0, 0x00C1, 0x00C2, 0x0102, 0x00C4, 0x00C5, 0x00C6, 0x00C7, 0x00C8, 0x00C9, 0x00CA, 0x00CB, 0x0300, 0x00CD, 0x00CE, 0x00CF,
        // 0xD0
        0x0110, 0x00D1, 0x0309, 0x00D3, 0x00D4, 0x01A0, 0x00D6, 0x00D7, 0x00D8, 0x00D9, 0x00DA, 0x00DB, 0x00DC, 0x01AF, 0x0303, 0x00DF,
        // 0xE0
        0x00E0, 0x00E1, 0x00E2, 0x0103, 0x00E4, 0x00E5, 0x00E6, 0x00E7, 0x00E8, 0x00E9, 0x00EA, 0x00EB, 0x0301, 0x00ED, 0x00EE, 0x00EF,
        // 0xF0
        0x0111, 0x00F1, 0x0323, 0x00F3, 0x00F4, 0x01A1, 0x00F6, 0x00F7, 0x00F8, 0x00F9, 0x00FA, 0x00FB, 0x00FC, 0x01B0, 0x20AB, 0x00FF,
    ]

    /// The text the bytes spell, composed (NFC); a byte the code page leaves undefined becomes U+FFFD.
    public static func decode(_ bytes: some Sequence<UInt8>) -> String {
        var scalars = String.UnicodeScalarView()
        for b in bytes {
            if b < 0x80 {
                scalars.append(Unicode.Scalar(b))
            } else if let v = upper[Int(b) - 0x80], let s = Unicode.Scalar(v) {
                scalars.append(s)
            } else {
                scalars.append("\u{FFFD}")
            }
        }
        return String(scalars).precomposedStringWithCanonicalMapping
    }

    private static let byteOf: [Unicode.Scalar: UInt8] = {
        var table: [Unicode.Scalar: UInt8] = [:]
        for (i, v) in upper.enumerated() {
            if let v, let s = Unicode.Scalar(v) { table[s] = UInt8(0x80 + i) }
        }
        return table
    }()

    private static let tones: Set<UInt32> = [0x0300, 0x0301, 0x0303, 0x0309, 0x0323]

    /// The bytes of `text` in Windows-1258 (a letter with a tone as its letter then the tone's
    /// mark, as the code page spells it), or nil when a character has no spelling there.
    public static func encode(_ text: String) -> [UInt8]? {
        var out: [UInt8] = []
        for ch in text.precomposedStringWithCanonicalMapping {
            let direct = String(ch).unicodeScalars.map { s in s.value < 0x80 ? UInt8(s.value) : byteOf[s] }
            if direct.allSatisfy({ $0 != nil }) {
                out += direct.compactMap { $0 }
                continue
            }
            let parts = String(ch).decomposedStringWithCanonicalMapping.unicodeScalars
            var base = String.UnicodeScalarView()
            var marks: [UInt8] = []
            for s in parts {
                if tones.contains(s.value) {
                    guard let b = byteOf[s] else { return nil }
                    marks.append(b)
                } else {
                    base.append(s)
                }
            }
            let composed = String(base).precomposedStringWithCanonicalMapping.unicodeScalars
            guard composed.count == 1, let s = composed.first, let b = s.value < 0x80 ? UInt8(s.value) : byteOf[s] else { return nil }
            out.append(b)
            out += marks
        }
        return out
    }
}
