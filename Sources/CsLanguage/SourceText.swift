// The text being parsed, with line lookup for error positions. Offsets everywhere in the language
// layer count Unicode scalars from the start of the text.

public struct SourceRange: Equatable, Hashable, Sendable {
    public var start: Int
    public var end: Int
    public init(_ start: Int, _ end: Int) { self.start = start; self.end = end }
    public static let empty = SourceRange(0, 0)
    public var length: Int { end - start }
    /// The smallest range covering both.
    public func union(_ other: SourceRange) -> SourceRange { SourceRange(min(start, other.start), max(end, other.end)) }
}

public final class SourceText: Sendable {
    public let text: String
    public let scalars: [Unicode.Scalar]
    /// The script file, or nil for -Command text and interactive input.
    public let file: String?
    /// Offset at which each line starts; lines end at "\n", "\r\n" or "\r".
    public let lineStarts: [Int]
    /// Ranges whose text is never shown again: `lineText` masks each of their characters with `*`
    /// (the literal values a script passes to secret parameters, in the lines errors quote).
    public let redactions: [SourceRange]

    public init(_ text: String, file: String? = nil) {
        self.text = text
        self.file = file
        self.redactions = []
        let s = Array(text.unicodeScalars)
        self.scalars = s
        var starts = [0]
        var i = 0
        while i < s.count {
            if s[i] == "\r" {
                if i + 1 < s.count && s[i + 1] == "\n" { i += 1 }
                starts.append(i + 1)
            } else if s[i] == "\n" {
                starts.append(i + 1)
            }
            i += 1
        }
        self.lineStarts = starts
    }

    private init(_ s: SourceText, redactions: [SourceRange]) {
        text = s.text
        file = s.file
        scalars = s.scalars
        lineStarts = s.lineStarts
        self.redactions = redactions
    }

    /// The same text, with `ranges` masked wherever a line of it is shown.
    public func redacting(_ ranges: [SourceRange]) -> SourceText {
        ranges.isEmpty ? self : SourceText(self, redactions: redactions + ranges)
    }

    /// 1-based line and column of an offset.
    public func location(of offset: Int) -> (line: Int, column: Int) {
        var lo = 0, hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return (lo + 1, offset - lineStarts[lo] + 1)
    }

    /// The text of a 1-based line, without its line break; redacted characters are `*` (one for
    /// each, so columns stay where they were).
    public func lineText(_ line: Int) -> String {
        guard line >= 1 && line <= lineStarts.count else { return "" }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] : scalars.count
        while end > start && (scalars[end - 1] == "\n" || scalars[end - 1] == "\r") { end -= 1 }
        var shown = Array(scalars[start..<end])
        for r in redactions where r.start < end && r.end > start {
            for i in max(r.start, start)..<min(r.end, end) { shown[i - start] = "*" }
        }
        return String(String.UnicodeScalarView(shown))
    }

    /// The whole lines a range touches, without the last line break, each redacted range shown as
    /// `mask` once (so a secret's length is not shown either).
    public func lines(covering range: SourceRange, mask: String) -> String {
        guard !scalars.isEmpty else { return "" }
        let first = location(of: max(0, min(range.start, scalars.count - 1))).line
        let last = location(of: max(0, min(max(range.start, range.end - 1), scalars.count - 1))).line
        let start = lineStarts[first - 1]
        var end = last < lineStarts.count ? lineStarts[last] : scalars.count
        while end > start && (scalars[end - 1] == "\n" || scalars[end - 1] == "\r") { end -= 1 }
        // UTF-8 written by hand: appending scalar by scalar to a String is several times slower, and
        // every change a script makes asks for its line.
        var out: [UInt8] = []
        out.reserveCapacity(end - start + 8)
        func append(_ v: Unicode.Scalar) {
            let c = v.value
            if c < 0x80 { out.append(UInt8(c)); return }
            out.append(contentsOf: UTF8.encode(v)!)
        }
        var i = start
        let masked = redactions.filter { $0.start < end && $0.end > start }.sorted { $0.start < $1.start }
        var next = 0
        while i < end {
            if next < masked.count && i >= masked[next].start {
                if i < masked[next].end {
                    out.append(contentsOf: mask.utf8)
                    i = masked[next].end
                }
                next += 1
                continue
            }
            append(scalars[i])
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The text a range covers.
    public func text(of range: SourceRange) -> String {
        let a = max(0, min(range.start, scalars.count)), b = max(a, min(range.end, scalars.count))
        return String(String.UnicodeScalarView(scalars[a..<b]))
    }
}
