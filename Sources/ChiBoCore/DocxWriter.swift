/// Writes an `OfficialDocument` as a .docx (Office Open XML, WordprocessingML) in the layout of
/// RULES.md "Documents" (HD 36-HD/VPTW): A4, the font and margins of `DocumentRules`,
///
///     ĐẢNG BỘ XÃ THƯỢNG LÂM             ĐẢNG CỘNG SẢN VIỆT NAM   (bold, underlined)
///     CHI BỘ THÔN NÀ THUÔN (bold)
///              *                 Thượng Lâm, ngày 05 tháng 02 năm 2026   (italics)
///        Số 07-NQ/CB
///
///                          NGHỊ QUYẾT          (bold, larger)
///          Sinh hoạt chi bộ định kỳ tháng 11 năm 2026   (bold)
///                             -----
///     body …
///     Nơi nhận:                               T/M CHI BỘ
///     - …                                       BÍ THƯ
///
///                                             Name
///
/// The header and the signatures are borderless tables. With a single signature the "Nơi nhận:"
/// list sits to its left; with two (minutes) any list follows below. Output is deterministic:
/// the same document and rules give the same bytes.
public enum DocxWriter {
    /// Font sizes in half-points (w:sz). HD 36 sets the body at 13–14 pt; these are layout, not
    /// rules, so they are not in `DocumentRules`.
    static let bodySize = 28 // 14 pt
    static let headerSize = 28 // 14 pt: superior, issuer, number, place and date
    static let partySize = 30 // 15 pt: ĐẢNG CỘNG SẢN VIỆT NAM
    static let titleSize = 32 // 16 pt
    static let subtitleSize = 28 // 14 pt
    static let tableSize = 26 // 13 pt
    static let recipientsSize = 24 // 12 pt: the items of "Nơi nhận:"
    /// A4 in twips (1/1440 inch).
    static let pageWidth = 11906
    static let pageHeight = 16838
    /// First-line indent of body paragraphs: 1 cm.
    static let firstLineIndent = 567
    /// Empty lines left for the signature and seal.
    static let signatureBlankLines = 4

    /// The .docx file's bytes.
    public static func write(_ doc: OfficialDocument, rules: DocumentRules) -> [UInt8] {
        let files: [(name: String, data: [UInt8])] = [
            ("[Content_Types].xml", Array(contentTypes.utf8)),
            ("_rels/.rels", Array(packageRelationships.utf8)),
            ("docProps/core.xml", Array(coreProperties(doc).utf8)),
            ("word/document.xml", Array(documentXML(doc, rules: rules).utf8)),
            ("word/styles.xml", Array(stylesXML(rules: rules).utf8)),
            ("word/_rels/document.xml.rels", Array(documentRelationships.utf8)),
        ]
        return ZipWriter.archive(files)
    }

    /// Millimetres to twips, rounded: mm × 1440 / 25.4.
    public static func twips(mm: Int) -> Int {
        (mm * 14400 * 2 + 254) / (254 * 2)
    }

    // MARK: - The document

    static func documentXML(_ doc: OfficialDocument, rules: DocumentRules) -> String {
        let w = WordBuilder(font: rules.font)
        let textWidth = pageWidth - twips(mm: rules.marginLeftMM) - twips(mm: rules.marginRightMM)

        // Header: superior, issuer, "*", number on the left; the party's name and the place
        // and date on the right.
        var left = w.paragraph([w.run(doc.superior.uppercased(), size: headerSize)], align: .center)
        left += w.paragraph([w.run(doc.issuer.uppercased(), bold: true, size: headerSize)], align: .center)
        left += w.paragraph([w.run("*", size: headerSize)], align: .center)
        if let number = doc.number {
            left += w.paragraph([w.run(number.text, size: headerSize)], align: .center)
        }
        var right = w.paragraph(
            [w.run("ĐẢNG CỘNG SẢN VIỆT NAM", bold: true, underline: true, size: partySize)],
            align: .center)
        right += w.paragraph(
            [w.run(doc.placeDateLine, italic: true, size: headerSize)], align: .center,
            before: 120)
        let leftWidth = textWidth * 45 / 100
        var body = w.layoutTable(widths: [leftWidth, textWidth - leftWidth], cells: [left, right])

        // Title and subtitle.
        body += w.paragraph(
            [w.run(doc.title.uppercased(), bold: true, size: titleSize)], align: .center,
            before: 360, keepNext: true)
        if let subtitle = doc.subtitle, !subtitle.isEmpty {
            body += w.paragraph([w.run(subtitle, bold: true, size: subtitleSize)], align: .center, keepNext: true)
        }
        body += w.paragraph([w.run("-----", size: bodySize)], align: .center, after: 120)

        // Body.
        for block in doc.body {
            switch block {
            case .heading(let text):
                body += w.paragraph(
                    [w.run(text, bold: true, size: bodySize)], align: .both,
                    firstLine: firstLineIndent, before: 120, after: 60, keepNext: true)
            case .paragraph(let text):
                body += w.paragraph(
                    [w.run(text, size: bodySize)], align: .both,
                    firstLine: firstLineIndent, after: 60)
            case .bullet(let text):
                body += w.paragraph(
                    [w.run("- " + text, size: bodySize)], align: .both,
                    firstLine: firstLineIndent, after: 60)
            case .labelled(let label, let text):
                let shown = label.hasSuffix(":") ? label : label + ":"
                body += w.paragraph(
                    [
                        w.run(shown, bold: true, size: bodySize),
                        w.run(" " + text, size: bodySize),
                    ],
                    align: .both, firstLine: firstLineIndent, after: 60)
            case .table(let header, let rows):
                body += w.gridTable(header: header, rows: rows, width: textWidth)
                body += w.paragraph([], size: bodySize)
            }
        }

        // Signatures, with "Nơi nhận:" beside a single one.
        let recipients = doc.recipients.isEmpty ? "" : w.recipients(doc.recipients)
        var recipientsPlaced = doc.recipients.isEmpty
        let signatureCells = doc.signatures.map { w.signature($0) }
        if !signatureCells.isEmpty {
            var cells = signatureCells
            if cells.count == 1 {
                cells.insert(recipients.isEmpty ? w.paragraph([], size: bodySize) : recipients, at: 0)
                recipientsPlaced = true
            }
            let n = cells.count
            var widths = Array(repeating: textWidth / n, count: n)
            widths[n - 1] += textWidth - widths.reduce(0, +)
            body += w.paragraph([], size: bodySize)
            body += w.layoutTable(widths: widths, cells: cells)
        }
        if !recipientsPlaced {
            body += w.paragraph([], size: bodySize)
            body += recipients
        }
        // A document's body ends with a paragraph (not a table) before the section properties.
        body += w.paragraph([], size: bodySize)

        let sectPr =
            "<w:sectPr>"
            + "<w:pgSz w:w=\"\(pageWidth)\" w:h=\"\(pageHeight)\"/>"
            + "<w:pgMar w:top=\"\(twips(mm: rules.marginTopMM))\" w:right=\"\(twips(mm: rules.marginRightMM))\""
            + " w:bottom=\"\(twips(mm: rules.marginBottomMM))\" w:left=\"\(twips(mm: rules.marginLeftMM))\""
            + " w:header=\"720\" w:footer=\"720\" w:gutter=\"0\"/>"
            + "</w:sectPr>"

        return xmlDeclaration
            + "<w:document xmlns:w=\"\(nsW)\" xmlns:r=\"\(nsR)\"><w:body>"
            + body + sectPr
            + "</w:body></w:document>"
    }

    // MARK: - The other parts

    static let xmlDeclaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let nsW = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let nsR = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    static let contentTypes =
        xmlDeclaration
        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
        + "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
        + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
        + "</Types>"

    static let packageRelationships =
        xmlDeclaration
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
        + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
        + "</Relationships>"

    static let documentRelationships =
        xmlDeclaration
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
        + "</Relationships>"

    static func coreProperties(_ doc: OfficialDocument) -> String {
        var title = doc.title.uppercased()
        if let subtitle = doc.subtitle, !subtitle.isEmpty { title += " " + subtitle }
        if let number = doc.number { title = number.text + " " + title }
        return xmlDeclaration
            + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
            + "<dc:title>\(XMLText.escape(title))</dc:title>"
            + "<dc:creator>\(XMLText.escape(doc.issuer.uppercased()))</dc:creator>"
            + "<dc:language>vi-VN</dc:language>"
            + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">\(doc.date.iso)T00:00:00Z</dcterms:created>"
            + "</cp:coreProperties>"
    }

    static func stylesXML(rules: DocumentRules) -> String {
        let fonts = WordBuilder(font: rules.font).fonts
        return xmlDeclaration
            + "<w:styles xmlns:w=\"\(nsW)\">"
            + "<w:docDefaults><w:rPrDefault><w:rPr>\(fonts)"
            + "<w:sz w:val=\"\(bodySize)\"/><w:szCs w:val=\"\(bodySize)\"/>"
            + "<w:lang w:val=\"vi-VN\" w:eastAsia=\"vi-VN\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>"
            + "<w:pPrDefault><w:pPr><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"276\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault>"
            + "</w:docDefaults>"
            + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/>"
            + "<w:rPr>\(fonts)<w:sz w:val=\"\(bodySize)\"/><w:szCs w:val=\"\(bodySize)\"/></w:rPr></w:style>"
            + "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>"
            + "<w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar>"
            + "<w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/>"
            + "<w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/>"
            + "</w:tblCellMar></w:tblPr></w:style>"
            + "</w:styles>"
    }
}

/// Escaping for XML text and attribute values.
enum XMLText {
    /// Escapes & < > " ' and drops the characters XML 1.0 cannot hold (controls other than tab,
    /// line feed and carriage return; unpaired surrogates cannot occur in a Swift String).
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for s in text.unicodeScalars {
            switch s {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out.unicodeScalars.append(s)
            default:
                let v = s.value
                if v < 0x20 || v == 0xFFFE || v == 0xFFFF { continue }
                out.unicodeScalars.append(s)
            }
        }
        return out
    }
}

/// Builds WordprocessingML fragments. Elements are written in the order the schema requires.
struct WordBuilder {
    enum Alignment: String { case left, center, right, both }

    let font: String

    /// The font for every script, so that Vietnamese letters never fall back to another font.
    var fonts: String {
        let f = XMLText.escape(font)
        return "<w:rFonts w:ascii=\"\(f)\" w:hAnsi=\"\(f)\" w:cs=\"\(f)\" w:eastAsia=\"\(f)\"/>"
    }

    func runProperties(bold: Bool = false, italic: Bool = false, underline: Bool = false, size: Int) -> String {
        var p = "<w:rPr>" + fonts
        if bold { p += "<w:b/><w:bCs/>" }
        if italic { p += "<w:i/><w:iCs/>" }
        p += "<w:sz w:val=\"\(size)\"/><w:szCs w:val=\"\(size)\"/>"
        if underline { p += "<w:u w:val=\"single\"/>" }
        return p + "</w:rPr>"
    }

    /// A run; line feeds become line breaks and tabs become tabs.
    func run(_ text: String, bold: Bool = false, italic: Bool = false, underline: Bool = false, size: Int) -> String {
        var r = "<w:r>" + runProperties(bold: bold, italic: italic, underline: underline, size: size)
        let normalised = text.replacingCRLF()
        var first = true
        for line in normalised.split(separator: "\n", omittingEmptySubsequences: false) {
            if !first { r += "<w:br/>" }
            first = false
            var firstPiece = true
            for piece in line.split(separator: "\t", omittingEmptySubsequences: false) {
                if !firstPiece { r += "<w:tab/>" }
                firstPiece = false
                if !piece.isEmpty { r += "<w:t xml:space=\"preserve\">\(XMLText.escape(String(piece)))</w:t>" }
            }
        }
        return r + "</w:r>"
    }

    /// A paragraph of `runs`. `size` sets the paragraph mark, which gives an empty paragraph its height.
    func paragraph(
        _ runs: [String], align: Alignment = .left, firstLine: Int = 0, before: Int = 0,
        after: Int = 0, keepNext: Bool = false, size: Int = DocxWriter.bodySize
    ) -> String {
        var p = "<w:p><w:pPr>"
        if keepNext { p += "<w:keepNext/>" }
        p += "<w:spacing w:before=\"\(before)\" w:after=\"\(after)\"/>"
        if firstLine > 0 { p += "<w:ind w:firstLine=\"\(firstLine)\"/>" }
        p += "<w:jc w:val=\"\(align.rawValue)\"/>"
        p += runProperties(size: size)
        p += "</w:pPr>"
        return p + runs.joined() + "</w:p>"
    }

    static let noBorders =
        "<w:tblBorders><w:top w:val=\"nil\"/><w:left w:val=\"nil\"/><w:bottom w:val=\"nil\"/>"
        + "<w:right w:val=\"nil\"/><w:insideH w:val=\"nil\"/><w:insideV w:val=\"nil\"/></w:tblBorders>"

    static let singleBorders =
        "<w:tblBorders>"
        + ["top", "left", "bottom", "right", "insideH", "insideV"]
        .map { "<w:\($0) w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>" }.joined()
        + "</w:tblBorders>"

    /// A borderless one-row table laying out `cells` (each made of paragraphs) side by side.
    func layoutTable(widths: [Int], cells: [String]) -> String {
        var t =
            "<w:tbl><w:tblPr><w:tblW w:w=\"\(widths.reduce(0, +))\" w:type=\"dxa\"/>"
            + "<w:tblInd w:w=\"0\" w:type=\"dxa\"/>" + Self.noBorders
            + "<w:tblLayout w:type=\"fixed\"/>"
            + "<w:tblCellMar><w:left w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"0\" w:type=\"dxa\"/></w:tblCellMar>"
            + "<w:tblLook w:val=\"0000\" w:firstRow=\"0\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/>"
            + "</w:tblPr><w:tblGrid>"
        for width in widths { t += "<w:gridCol w:w=\"\(width)\"/>" }
        t += "</w:tblGrid><w:tr><w:trPr><w:cantSplit/></w:trPr>"
        for (width, cell) in zip(widths, cells) {
            t += "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/></w:tcPr>"
            t += cell.isEmpty ? paragraph([]) : cell
            t += "</w:tc>"
        }
        return t + "</w:tr></w:tbl>"
    }

    /// A ruled table with a bold, repeated header row and equal columns.
    func gridTable(header: [String], rows: [[String]], width: Int) -> String {
        let columns = max(header.count, rows.map(\.count).max() ?? 0, 1)
        var widths = Array(repeating: width / columns, count: columns)
        widths[columns - 1] += width - widths.reduce(0, +)
        var t =
            "<w:tbl><w:tblPr><w:tblW w:w=\"\(width)\" w:type=\"dxa\"/>"
            + "<w:tblInd w:w=\"0\" w:type=\"dxa\"/>" + Self.singleBorders
            + "<w:tblLayout w:type=\"fixed\"/>"
            + "<w:tblCellMar><w:left w:w=\"85\" w:type=\"dxa\"/><w:right w:w=\"85\" w:type=\"dxa\"/></w:tblCellMar>"
            + "<w:tblLook w:val=\"0000\" w:firstRow=\"0\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/>"
            + "</w:tblPr><w:tblGrid>"
        for w in widths { t += "<w:gridCol w:w=\"\(w)\"/>" }
        t += "</w:tblGrid>"
        func row(_ texts: [String], isHeader: Bool) -> String {
            var r = "<w:tr>" + (isHeader ? "<w:trPr><w:tblHeader/></w:trPr>" : "")
            for i in 0..<columns {
                let text = i < texts.count ? texts[i] : ""
                r += "<w:tc><w:tcPr><w:tcW w:w=\"\(widths[i])\" w:type=\"dxa\"/></w:tcPr>"
                r += paragraph(
                    text.isEmpty ? [] : [run(text, bold: isHeader, size: DocxWriter.tableSize)],
                    align: isHeader ? .center : .left, size: DocxWriter.tableSize)
                r += "</w:tc>"
            }
            return r + "</w:tr>"
        }
        if !header.isEmpty { t += row(header, isHeader: true) }
        for r in rows { t += row(r, isHeader: false) }
        return t + "</w:tbl>"
    }

    /// One signature: on whose behalf and the title in bold capitals, room to sign, the name in bold.
    func signature(_ s: SignatureBlock) -> String {
        var c = ""
        if let onBehalf = s.onBehalf, !onBehalf.isEmpty {
            c += paragraph([run(onBehalf.uppercased(), bold: true, size: DocxWriter.headerSize)], align: .center)
        }
        c += paragraph([run(s.title.uppercased(), bold: true, size: DocxWriter.headerSize)], align: .center)
        for _ in 0..<DocxWriter.signatureBlankLines { c += paragraph([], align: .center) }
        c += paragraph([run(s.name, bold: true, size: DocxWriter.headerSize)], align: .center)
        return c
    }

    /// "Nơi nhận:" in bold italics, then each line in 12 pt.
    func recipients(_ items: [String]) -> String {
        var c = paragraph([run("Nơi nhận:", bold: true, italic: true, underline: true, size: DocxWriter.headerSize)])
        for item in items {
            c += paragraph([run(item, size: DocxWriter.recipientsSize)], size: DocxWriter.recipientsSize)
        }
        return c
    }
}

extension String {
    /// CRLF and lone CR as LF.
    func replacingCRLF() -> String {
        var out = ""
        out.reserveCapacity(utf8.count)
        var previousCR = false
        for s in unicodeScalars {
            if s == "\r" {
                out += "\n"
                previousCR = true
                continue
            }
            if s == "\n" && previousCR {
                previousCR = false
                continue
            }
            previousCR = false
            out.unicodeScalars.append(s)
        }
        return out
    }
}
