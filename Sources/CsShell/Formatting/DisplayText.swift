// Screen-cell arithmetic for the formatter: how many terminal columns a string takes (East Asian wide
// characters take two, combining marks none), cutting a string to a width with an ellipsis, and
// PowerShell's line splitting and word wrapping (StringManipulationHelper.GenerateLines).

enum DisplayText {
    /// U+2026, what pwsh 7 puts at the end of cut text and of cut collections.
    static let ellipsis = "\u{2026}"

    /// Cells a scalar takes on a terminal.
    static func width(of s: Unicode.Scalar) -> Int {
        let v = s.value
        if v < 0x300 { return 1 }
        // Zero width: combining marks, zero-width spaces and joiners, variation selectors.
        if (0x300...0x36F).contains(v) || (0x200B...0x200F).contains(v) || (0xFE00...0xFE0F).contains(v)
            || (0x1AB0...0x1AFF).contains(v) || (0x1DC0...0x1DFF).contains(v) || (0x20D0...0x20FF).contains(v)
            || (0xFE20...0xFE2F).contains(v) || (0xE0100...0xE01EF).contains(v) {
            return 0
        }
        if v < 0x1100 { return 1 }
        let wide = v <= 0x115F
            || v == 0x2329 || v == 0x232A
            || ((0x2E80...0xA4CF).contains(v) && v != 0x303F)
            || (0xAC00...0xD7A3).contains(v)
            || (0xF900...0xFAFF).contains(v)
            || (0xFE10...0xFE19).contains(v)
            || (0xFE30...0xFE6F).contains(v)
            || (0xFF00...0xFF60).contains(v)
            || (0xFFE0...0xFFE6).contains(v)
            || (0x1F300...0x1F64F).contains(v)
            || (0x1F900...0x1F9FF).contains(v)
            || (0x20000...0x2FFFD).contains(v)
            || (0x30000...0x3FFFD).contains(v)
        return wide ? 2 : 1
    }

    static func width(of c: Character) -> Int {
        var w = 0
        for s in c.unicodeScalars { w += width(of: s) }
        return w
    }

    /// Cells a string takes; every character counts, line breaks included (PowerShell measures the
    /// whole cell text when sizing columns).
    static func width(_ s: String) -> Int {
        // Performance: scan the contiguous bytes (the generic `utf8.contains(where:)` cost ~300
        // instructions for a short label; lists and tables measure every cell).
        if let ascii = s.utf8.withContiguousStorageIfAvailable({ buf in !buf.contains(where: { $0 >= 0x80 }) }) {
            if ascii { return s.utf8.count }
        } else if !s.utf8.contains(where: { $0 >= 0x80 }) {
            return s.utf8.count
        }
        var w = 0
        for sc in s.unicodeScalars { w += width(of: sc) }
        return w
    }

    /// The longest prefix that fits in `cells`.
    static func prefix(_ s: String, fitting cells: Int) -> String {
        var out = ""
        var used = 0
        for c in s {
            let w = width(of: c)
            if used + w > cells { break }
            out.append(c)
            used += w
        }
        return out
    }

    /// The longest suffix that fits in `cells`.
    static func suffix(_ s: String, fitting cells: Int) -> String {
        var chars: [Character] = []
        var used = 0
        for c in s.reversed() {
            let w = width(of: c)
            if used + w > cells { break }
            chars.append(c)
            used += w
        }
        return String(chars.reversed())
    }

    /// The text up to the first line break, with an ellipsis when something was cut (TruncateAtNewLine).
    static func firstLine(_ s: String) -> String {
        guard let i = s.firstIndex(where: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return s }
        return String(s[..<i]) + ellipsis
    }

    /// Fits text into `cells`: unchanged when it fits, else cut with an ellipsis (at the end for left and
    /// centre alignment, at the start for right alignment, as PowerShell's table writer does).
    static func fit(_ s: String, _ cells: Int, cutAtStart: Bool = false) -> String {
        if width(s) <= cells { return s }
        if cells <= 0 { return "" }
        if cutAtStart { return ellipsis + suffix(s, fitting: cells - 1) }
        return prefix(s, fitting: cells - 1) + ellipsis
    }

    /// `n` spaces. Performance: `String(repeating: " ", count:)` costs ~3,000 instructions a call,
    /// and list and table output pads every line; this fills the bytes directly (and up to 15 spaces
    /// stay a small string, without allocating).
    static func spaces(_ n: Int) -> String {
        guard n > 0 else { return "" }
        return String(unsafeUninitializedCapacity: n) { buf in
            buf.initialize(repeating: 0x20)
            return n
        }
    }

    /// Pads to `cells` with the given alignment; `padRight` false leaves the right side unpadded.
    static func align(_ s: String, _ cells: Int, _ alignment: FormatAlignment, padRight: Bool = true) -> String {
        let w = width(s)
        if w >= cells { return s }
        let gap = cells - w
        switch alignment {
        case .right:
            return spaces(gap) + s
        case .center:
            let left = gap / 2
            let text = spaces(left) + s
            return padRight ? text + spaces(gap - left) : text
        case .left, .undefined:
            return padRight ? s + spaces(gap) : s
        }
    }

    /// Splits on "\n" and "\r\n"; a "\r" elsewhere stays.
    static func splitLines(_ s: String) -> [String] {
        if !s.utf8.contains(0x0A) && !s.utf8.contains(0x0D) { return [s] }
        // Split the bytes: "\n" and "\r" are single bytes in UTF-8 and never part of another
        // character's bytes. (Appending scalar by scalar took 1.5 billion instructions for the 4 MB
        // that `ConvertTo-Json` writes for a list of 10,000 stored objects.)
        let bytes = Array(s.utf8)
        // A line ends at LF (its CR dropped: CRLF is one line end); a lone CR stays in the text, as
        // PowerShell writes it (Out-File of "a`rb" keeps the CR; a CSV file may use CR line ends).
        let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        return lines.indices.map { i in
            let line = lines[i]
            return i < lines.count - 1 && line.last == 0x0D ? String(decoding: line.dropLast(), as: UTF8.self) : String(decoding: line, as: UTF8.self)
        }
    }

    static func trimTrailingSpaces(_ s: String) -> String {
        // Performance: most lines do not end in a space; decide that from the last byte (comparing
        // Character counts, as before, walked every line of the output twice).
        guard s.utf8.last == 0x20 else { return s }
        var t = Substring(s)
        while let l = t.last, l == " " { t.removeLast() }
        return String(t)
    }

    /// Breaks text into display lines the way PowerShell's formatter does for English cultures: each
    /// embedded line separately, words kept whole when they fit, longer words split by character.
    /// The first line may have a different width than the following ones.
    static func wrap(_ text: String, firstLine firstLen: Int, following followingLen: Int) -> [String] {
        if text.isEmpty { return [""] }
        var out: [String] = []
        for line in splitLines(text) {
            if width(line) <= firstLen { out.append(line); continue }
            var spacesLeft = firstLen
            var lineWidth = firstLen
            var isFirst = true
            var single = ""
            for (word, delim) in words(line) {
                var toAdd = word
                if delim == "\u{00AD}" {
                    if width(word) + 1 == spacesLeft { toAdd += "-" }
                } else if !delim.isEmpty {
                    toAdd += delim
                }
                let wordWidth = width(toAdd)
                if lineWidth == 0 {
                    if isFirst { isFirst = false; lineWidth = followingLen }
                    if lineWidth == 0 { break }
                    spacesLeft = lineWidth
                }
                if wordWidth > lineWidth {
                    for ch in toAdd {
                        var c = ch
                        var cw = width(of: c)
                        if cw > lineWidth { c = "?"; cw = 1 }
                        if cw > spacesLeft {
                            out.append(single)
                            single = String(c)
                            if isFirst { isFirst = false; lineWidth = followingLen }
                            spacesLeft = lineWidth - cw
                        } else {
                            single.append(c)
                            spacesLeft -= cw
                        }
                    }
                } else if wordWidth > spacesLeft {
                    out.append(single)
                    single = toAdd
                    if isFirst { isFirst = false; lineWidth = followingLen }
                    spacesLeft = lineWidth - wordWidth
                } else {
                    single += toAdd
                    spacesLeft -= wordWidth
                }
            }
            out.append(single)
        }
        return out
    }

    /// Words and the delimiter that followed each (space, tab, soft hyphen, or "" for the last).
    private static func words(_ s: String) -> [(String, String)] {
        var out: [(String, String)] = []
        var cur = ""
        for c in s {
            if c == " " || c == "\t" || c == "\u{00AD}" {
                out.append((cur, String(c)))
                cur = ""
            } else {
                cur.append(c)
            }
        }
        out.append((cur, ""))
        return out
    }
}
