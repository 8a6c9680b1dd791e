extension Unicode.Scalar {
    /// A C0 or C1 control character, or DEL (what can move a terminal's cursor, ring its bell or start
    /// an escape sequence).
    public var isControlCharacter: Bool {
        value < 0x20 || value == 0x7F || (0x80...0x9F).contains(value)
    }
}

extension String {
    /// The first control character in the text, if any.
    public var firstControlCharacter: Unicode.Scalar? {
        unicodeScalars.first { $0.isControlCharacter }
    }

    /// The text with every control character other than line feed and tab written as its code point
    /// (`U+001B`), so that printing it cannot rewrite the terminal.
    public var withVisibleControlCharacters: String {
        guard unicodeScalars.contains(where: { $0.isControlCharacter && $0 != "\n" && $0 != "\t" }) else { return self }
        var out = String.UnicodeScalarView()
        for s in unicodeScalars {
            if s.isControlCharacter && s != "\n" && s != "\t" {
                out.append(contentsOf: CodePoint.name(s).unicodeScalars)
            } else {
                out.append(s)
            }
        }
        return String(out)
    }
}
