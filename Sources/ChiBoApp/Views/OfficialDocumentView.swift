import ChiBoCore
import Vapor

/// An official document as a print-friendly page: the same model the .docx is written from.
enum OfficialDocumentView {
    static func block(_ b: Block) -> HTML {
        func lines(_ s: String) -> HTML {
            HTML.join(s.split(separator: "\n", omittingEmptySubsequences: false).map { "\(String($0))" }, separator: "<br>")
        }
        switch b {
        case .heading(let t): return "<p class=\"h\">\(lines(t))</p>"
        case .paragraph(let t): return "<p>\(lines(t))</p>"
        case .bullet(let t): return "<p>- \(lines(t))</p>"
        case .labelled(let label, let text):
            return "<p><strong>\(label)\(label.hasSuffix(":") ? "" : ":")</strong> \(lines(text))</p>"
        case .table(let header, let rows):
            let head = header.map { h -> HTML in "<th>\(h)</th>" }
            let body = rows.map { r -> HTML in "<tr>\(r.map { c -> HTML in "<td>\(c)</td>" })</tr>" }
            return "<table class=\"grid\"><thead><tr>\(head)</tr></thead><tbody>\(body)</tbody></table>"
        }
    }

    static func document(_ d: OfficialDocument) -> HTML {
        let signatures = d.signatures.map { s -> HTML in
            "<td class=\"sign\">\(s.onBehalf.map { o -> HTML in "<strong>\(o.uppercased())</strong><br>" } ?? .empty)<strong>\(s.title.uppercased())</strong><br><br><br><br><strong>\(s.name)</strong></td>"
        }
        let recipients: HTML =
            d.recipients.isEmpty
            ? .empty
            : "<td class=\"recipients\"><em><strong><u>Nơi nhận:</u></strong></em>\(d.recipients.map { r -> HTML in "<br><small>\(r)</small>" })</td>"
        let signRow: HTML =
            d.signatures.count == 1
            ? "<tr>\(recipients.raw.isEmpty ? HTML(raw: "<td></td>") : recipients)\(signatures)</tr>"
            : "<tr>\(signatures)</tr>\(recipients.raw.isEmpty ? HTML.empty : HTML(raw: "<tr>" + recipients.raw + "</tr>"))"
        return """
            <article class="official">
            <table class="head"><tr>
            <td>\(d.superior.uppercased())<br><strong>\(d.issuer.uppercased())</strong><br>*<br>\(d.number?.text ?? "")</td>
            <td><strong><u>ĐẢNG CỘNG SẢN VIỆT NAM</u></strong><br><br><em>\(d.placeDateLine)</em></td>
            </tr></table>
            <h2 class="title">\(d.title.uppercased())</h2>
            \(d.subtitle.map { "<p class=\"subtitle\"><strong>\($0)</strong></p>" } ?? .empty)
            <p class="subtitle">-----</p>
            \(d.body.map(block))
            <table class="signatures">\(signRow)</table>
            </article>
            """
    }

    static func page(_ ctx: PageContext, title: String, documents: [OfficialDocument], back: String) -> HTML {
        """
        <!doctype html>
        <html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(title)</title>
        <link rel="stylesheet" href="\(SiteURL.printCSS.path)">
        <script src="\(SiteURL.script.path)" defer></script>
        </head>
        <body>
        <p class="noprint"><a href="\(back)">← \(ctx.t("Quay lại", "Back"))</a> · <a href="#" data-print>\(ctx.t("In", "Print"))</a></p>
        \(documents.map(document))
        </body></html>
        """
    }

    /// The printed documents' stylesheet (`/print.css`): A4, Times New Roman, the official layout.
    static let css = """
        @page{size:A4;margin:20mm 15mm 20mm 30mm}
        body{font-family:"Times New Roman",Times,serif;font-size:14pt;line-height:1.35;margin:0 auto;max-width:165mm;padding:1rem;color:#000;background:#fff}
        .noprint{font-family:system-ui,sans-serif;font-size:12pt;margin-bottom:1rem}
        table.head,table.signatures{width:100%;border-collapse:collapse}
        table.head td{width:50%;text-align:center;vertical-align:top}
        td.sign{text-align:center;vertical-align:top}
        td.recipients{vertical-align:top;text-align:left}
        h2.title{text-align:center;font-size:16pt;margin:1rem 0 0}
        p.subtitle{text-align:center;margin:0}
        p{text-align:justify;margin:.3rem 0}
        p.h{font-weight:700}
        table.grid{border-collapse:collapse;width:100%;font-size:13pt}
        table.grid th,table.grid td{border:1px solid #000;padding:2px 4px;vertical-align:top}
        article.official{page-break-after:always;margin-bottom:2rem}
        @media print{.noprint{display:none}}
        @media (max-width:500px){body{font-size:12pt}}
        """
}
