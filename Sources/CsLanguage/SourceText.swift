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

    public init(_ text: String, file: String? = nil) {
        self.text = text
        self.file = file
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

    /// 1-based line and column of an offset.
    public func location(of offset: Int) -> (line: Int, column: Int) {
        var lo = 0, hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return (lo + 1, offset - lineStarts[lo] + 1)
    }

    /// The text of a 1-based line, without its line break.
    public func lineText(_ line: Int) -> String {
        guard line >= 1 && line <= lineStarts.count else { return "" }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] : scalars.count
        while end > start && (scalars[end - 1] == "\n" || scalars[end - 1] == "\r") { end -= 1 }
        return String(String.UnicodeScalarView(scalars[start..<end]))
    }

    /// The text a range covers.
    public func text(of range: SourceRange) -> String {
        let a = max(0, min(range.start, scalars.count)), b = max(a, min(range.end, scalars.count))
        return String(String.UnicodeScalarView(scalars[a..<b]))
    }
}
