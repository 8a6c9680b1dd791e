import Testing
@testable import CsCore

/// The JSON writer's escaping (Newtonsoft's default StringEscapeHandling, and EscapeHtml /
/// EscapeNonAscii as ConvertTo-Json -EscapeHandling documents them) and its numbers (.NET Core 3.0's
/// shortest round-trip form).
@Suite struct JSONWriterTests {
    func written(_ s: String, _ escaping: JSONEscaping = .default) -> String {
        var w = JSONWriter(escaping: escaping)
        w.string(s)
        return w.text
    }

    @Test func defaultEscaping() {
        #expect(written("plain é 日本") == "\"plain é 日本\"")
        #expect(written("q\"b\\n\nr\rt\tb\u{8}f\u{C}") == #""q\"b\\n\nr\rt\tb\bf\f""#)
        #expect(written("\u{1}\u{1F}") == #""\u0001\u001f""#)
        #expect(written("a\u{85}b\u{2028}c\u{2029}") == #""a\u0085b\u2028c\u2029""#)
        #expect(written("<&'>") == "\"<&'>\"")
    }

    @Test func htmlAndNonAsciiEscaping() {
        #expect(written("<&'>", .html) == #""\u003c\u0026\u0027\u003e""#)
        #expect(written("é😀", .nonAscii) == #""\u00e9\ud83d\ude00""#)
    }

    @Test func numbersAsNewtonsoftWritesThem() {
        #expect(JSONWriter.number(1) == "1.0")
        #expect(JSONWriter.number(0.1) == "0.1")
        #expect(JSONWriter.number(1e20) == "1E+20")
        #expect(JSONWriter.number(1.5e-7) == "1.5E-07")
        #expect(JSONWriter.number(3.0276503540974917) == "3.0276503540974917")
        #expect(JSONWriter.number(.nan) == "\"NaN\"")
        #expect(JSONWriter.number(-.infinity) == "\"-Infinity\"")
    }
}
