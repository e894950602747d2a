/// A value in a spreadsheet: text, a whole number, or a decimal kept exact (per-mille rates).
public enum SpreadsheetCell: Sendable, Equatable {
    case text(String)
    case number(Int)
    /// `value` / 10^scale, e.g. `.decimal(925, scale: 1)` is 92.5.
    case decimal(Int, scale: Int)

    /// As written in CSV.
    public var plain: String {
        switch self {
        case .text(let s): return s
        case .number(let n): return String(n)
        case .decimal(let v, let scale):
            var p = 1
            for _ in 0..<scale { p *= 10 }
            let sign = v < 0 ? "-" : ""
            let a = v.magnitude, whole = a / UInt(p), frac = String(a % UInt(p))
            return scale == 0 ? "\(sign)\(whole)" : "\(sign)\(whole)." + String(repeating: "0", count: scale - frac.count) + frac
        }
    }
}

/// The smallest Office Open XML workbook a spreadsheet opens: one sheet per table, inline
/// strings (no shared-string table), the first row bold and frozen.
public enum XlsxWriter {
    public static func workbook(_ sheets: [(name: String, rows: [[SpreadsheetCell]])]) -> [UInt8] {
        var files: [(name: String, data: [UInt8])] = []
        let n = sheets.count
        files.append(
            (
                "[Content_Types].xml",
                xml(
                    """
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                    <Default Extension="xml" ContentType="application/xml"/>\
                    <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                    <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
                    \((1...max(n, 1)).map { "<Override PartName=\"/xl/worksheets/sheet\($0).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>" }.joined())\
                    </Types>
                    """)
            ))
        files.append(
            (
                "_rels/.rels",
                xml(
                    """
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
                    </Relationships>
                    """)
            ))
        let sheetList = sheets.enumerated().map { i, s in
            "<sheet name=\"\(XMLText.escape(sheetName(s.name)))\" sheetId=\"\(i + 1)\" r:id=\"rId\(i + 1)\"/>"
        }.joined()
        files.append(
            (
                "xl/workbook.xml",
                xml(
                    """
                    <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                    xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>\(sheetList)</sheets></workbook>
                    """)
            ))
        let rels = sheets.indices.map {
            "<Relationship Id=\"rId\($0 + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet\($0 + 1).xml\"/>"
        }.joined()
        files.append(
            (
                "xl/_rels/workbook.xml.rels",
                xml(
                    """
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\(rels)\
                    <Relationship Id="rId\(n + 1)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
                    </Relationships>
                    """)
            ))
        files.append(
            (
                "xl/styles.xml",
                xml(
                    """
                    <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
                    <fonts count="2"><font><sz val="11"/><name val="Times New Roman"/></font><font><b/><sz val="11"/><name val="Times New Roman"/></font></fonts>\
                    <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
                    <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
                    <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
                    <cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
                    <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>\
                    <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
                    </styleSheet>
                    """)
            ))
        for (i, s) in sheets.enumerated() {
            files.append(("xl/worksheets/sheet\(i + 1).xml", xml(sheet(s.rows))))
        }
        return ZipWriter.archive(files)
    }

    static func sheet(_ rows: [[SpreadsheetCell]]) -> String {
        var body = ""
        for (r, row) in rows.enumerated() {
            body += "<row r=\"\(r + 1)\">"
            for (c, cell) in row.enumerated() {
                let ref = column(c) + String(r + 1)
                let style = r == 0 ? " s=\"1\"" : ""
                switch cell {
                case .text(let s):
                    body += "<c r=\"\(ref)\" t=\"inlineStr\"\(style)><is><t xml:space=\"preserve\">\(XMLText.escape(s))</t></is></c>"
                case .number, .decimal:
                    body += "<c r=\"\(ref)\"\(style)><v>\(cell.plain)</v></c>"
                }
            }
            body += "</row>"
        }
        let pane =
            rows.count > 1
            ? "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews>"
            : ""
        return
            "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">\(pane)<sheetData>\(body)</sheetData></worksheet>"
    }

    /// A, B, …, Z, AA, AB, …
    static func column(_ index: Int) -> String {
        var n = index + 1, s = ""
        while n > 0 {
            let r = (n - 1) % 26
            s = String(UnicodeScalar(UInt8(65 + r))) + s
            n = (n - 1) / 26
        }
        return s
    }

    /// Sheet names: at most 31 characters, none of : \ / ? * [ ].
    static func sheetName(_ s: String) -> String {
        let cleaned = String(s.filter { !":\\/?*[]".contains($0) }.prefix(31))
        return cleaned.isEmpty ? "Sheet" : cleaned
    }

    private static func xml(_ body: String) -> [UInt8] {
        Array(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + body).utf8)
    }
}
