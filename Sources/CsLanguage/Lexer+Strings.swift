// Quoted strings, here-strings, backtick escapes and bare words (generic tokens), which may all
// hold `$var` and `$( … )` pieces.

extension Lexer {
    // MARK: - Escapes

    /// The backtick escape at `i` (a backtick followed by at least one character).
    func escape(_ i: Int) throws(ParseError) -> (Unicode.Scalar, Int) {
        let c1 = src[i + 1]
        switch c1 {
        case "0": return ("\0", i + 2)
        case "a": return ("\u{07}", i + 2)
        case "b": return ("\u{08}", i + 2)
        case "e": return ("\u{1B}", i + 2)
        case "f": return ("\u{0C}", i + 2)
        case "n": return ("\n", i + 2)
        case "r": return ("\r", i + 2)
        case "t": return ("\t", i + 2)
        case "v": return ("\u{0B}", i + 2)
        case "u": return try unicodeEscape(i)
        default: return (c1, i + 2)
        }
    }

    /// `` `u{X} `` with one to six hex digits, at most 10FFFF.
    func unicodeEscape(_ i: Int) throws(ParseError) -> (Unicode.Scalar, Int) {
        var j = i + 2
        if at(j) != "{" || j >= limit {
            throw error("InvalidUnicodeEscapeSequence", ParseMessages.invalidUnicodeEscapeSequence, i, j)
        }
        j += 1
        var value: UInt32 = 0
        var count = 0
        while true {
            let c = at(j)
            if c == "}" && j < limit {
                if count == 0 {
                    throw error("InvalidUnicodeEscapeSequence", ParseMessages.invalidUnicodeEscapeSequence, i, j + 1)
                }
                j += 1
                break
            }
            if !c.isHexDigit || j >= limit {
                if count < 6 {
                    throw error("InvalidUnicodeEscapeSequence", ParseMessages.invalidUnicodeEscapeSequence, j, j)
                }
                throw error("MissingUnicodeEscapeSequenceTerminator", ParseMessages.missingUnicodeEscapeSequenceTerminator, j, j)
            }
            if count == 6 {
                throw error("TooManyDigitsInUnicodeEscapeSequence", ParseMessages.tooManyDigitsInUnicodeEscapeSequence, j, j)
            }
            value = value * 16 + c.hexValue
            count += 1
            j += 1
        }
        if value > 0x10FFFF {
            throw error("InvalidUnicodeEscapeSequenceValue", ParseMessages.invalidUnicodeEscapeSequenceValue, i + 3, j - 1)
        }
        // A lone surrogate cannot be a Swift scalar: it becomes U+FFFD.
        return (Unicode.Scalar(value) ?? "\u{FFFD}", j)
    }

    // MARK: - Single-quoted

    func scanSingleQuoted(_ start: Int) throws(ParseError) -> Token {
        var b = StringPartsBuilder()
        let end = try singleQuotedContent(start, into: &b)
        return Token(.string(String(scalars: b.run), .singleQuoted), start, end)
    }

    /// Appends the content of the single-quoted string opening at `start`; returns the offset after it.
    func singleQuotedContent(_ start: Int, into b: inout StringPartsBuilder) throws(ParseError) -> Int {
        var i = start + 1
        var runStart = i
        while i < limit {
            if src[i].isSingleQuote {
                b.append(contentsOf: src[runStart..<i])
                if i + 1 < limit && src[i + 1].isSingleQuote {
                    b.append(src[i + 1])
                    i += 2
                    runStart = i
                    continue
                }
                return i + 1
            }
            i += 1
        }
        throw incomplete("TerminatorExpectedAtEndOfString", ParseMessages.terminatorExpectedAtEndOfString("'"),
                         start, start + 1, detectedAt: limit)
    }

    // MARK: - Double-quoted

    func scanDoubleQuoted(_ start: Int) throws(ParseError) -> Token {
        var b = StringPartsBuilder()
        let end = try expandableBody(start + 1, into: &b, until: nil, openQuote: start)
        if !b.expanded { return Token(.string(String(scalars: b.run), .doubleQuoted), start, end) }
        return Token(.expandable(b.finish(), .doubleQuoted), start, end)
    }

    /// Scans expandable text from `from`: up to the closing double quote (`until == nil`), or up to
    /// `until` for a here-string body (where quotes are literal). Returns the offset after the text.
    func expandableBody(_ from: Int, into b: inout StringPartsBuilder, until: Int?, openQuote: Int) throws(ParseError) -> Int {
        let end = until ?? limit
        let hereString = until != nil
        var i = from
        while i < end {
            let c = src[i]
            if !hereString && c.isDoubleQuote {
                if i + 1 < limit && src[i + 1].isDoubleQuote {
                    b.append(src[i + 1])
                    i += 2
                    continue
                }
                return i + 1
            }
            if c == "$", let (part, next) = try dollarInString(i, hereString: hereString, scanLimit: end) {
                b.add(part, raw: src[i..<next])
                i = next
                continue
            }
            if c == "`" && i + 1 < end {
                let (s, next) = try escape(i)
                b.append(s)
                i = next
                continue
            }
            b.append(c)
            i += 1
        }
        if hereString { return end }
        throw incomplete("TerminatorExpectedAtEndOfString", ParseMessages.terminatorExpectedAtEndOfString("\""),
                         openQuote, openQuote + 1, detectedAt: limit)
    }

    /// `$name`, `${name}` or `$( … )` inside expandable text; nil when the `$` is literal.
    func dollarInString(_ i: Int, hereString: Bool, scanLimit: Int) throws(ParseError) -> (RawStringPart, Int)? {
        guard i + 1 < scanLimit else { return nil }
        let c1 = src[i + 1]
        if c1 == "(" {
            // Like PowerShell, find the closing paren by counting parens; inside a double-quoted
            // string, `""` and `` `" `` stand for a quote in the subexpression's text.
            var j = i + 2
            var count = 1
            var unescape = false
            while true {
                if j >= scanLimit {
                    throw incomplete("IncompleteDollarSubexpressionReference", ParseMessages.incompleteDollarSubexpressionReference,
                                     i, i + 2, detectedAt: scanLimit)
                }
                let ch = src[j]
                if ch == "(" {
                    count += 1
                } else if ch == ")" {
                    count -= 1
                    if count == 0 { break }
                } else if !hereString && (ch == "`" || ch.isDoubleQuote) && j + 1 < scanLimit && src[j + 1].isDoubleQuote {
                    unescape = true
                    j += 2
                    continue
                }
                j += 1
            }
            return (.subExpression(contentStart: i + 2, contentEnd: j, unescape: unescape, range: range(i, j + 1)), j + 1)
        }
        if c1.isVariableStart || c1 == "{" {
            guard let t = try scanVariable(i, splatted: false, mode: .expression, inString: true),
                  case let .variable(name, _) = t.kind else { return nil }
            return (.variable(VariableAst(name: name, range: range(t.start, t.end))), t.end)
        }
        return nil
    }

    /// The lexer for the statements of a `$( … )` found in expandable text.
    func nested(_ contentStart: Int, _ contentEnd: Int, unescape: Bool) -> (Lexer, Int) {
        guard unescape else {
            return (Lexer(src: src, limit: contentEnd, shift: shift, neverIncomplete: neverIncomplete), contentStart)
        }
        var text: [Unicode.Scalar] = []
        var k = contentStart
        while k < contentEnd {
            let ch = src[k]
            if (ch == "`" || ch.isDoubleQuote) && k + 1 < contentEnd && src[k + 1].isDoubleQuote {
                text.append(src[k + 1])
                k += 2
            } else {
                text.append(ch)
                k += 1
            }
        }
        // Offsets in the unescaped text are close to, not exactly, those of the source.
        return (Lexer(src: text, limit: text.count, shift: shift + contentStart, neverIncomplete: true), 0)
    }

    // MARK: - Here-strings

    /// `@' … '@` and `@" … "@`: the opener ends its line, the closer starts a line.
    func scanHereString(_ start: Int, expandable: Bool) throws(ParseError) -> Token {
        let terminator = expandable ? "\"@" : "'@"
        func isQuote(_ c: Unicode.Scalar) -> Bool { expandable ? c.isDoubleQuote : c.isSingleQuote }
        var i = start + 2
        while i < limit && src[i].isPSWhitespace { i += 1 }
        if i >= limit {
            throw incomplete("TerminatorExpectedAtEndOfString", ParseMessages.terminatorExpectedAtEndOfString(terminator),
                             start, start + 2, detectedAt: limit)
        }
        if src[i] == "\r" {
            i += at(i + 1) == "\n" && i + 1 < limit ? 2 : 1
        } else if src[i] == "\n" {
            i += 1
        } else {
            throw error("UnexpectedCharactersAfterHereStringHeader", ParseMessages.unexpectedCharactersAfterHereStringHeader, i, i)
        }
        let contentStart = i
        var lineStart = i
        var lastNewline = i
        var falseFooter = -1
        var contentEnd = i
        var end = i
        while true {
            if lineStart + 1 < limit && isQuote(src[lineStart]) && src[lineStart + 1] == "@" {
                contentEnd = lineStart == contentStart ? contentStart : lastNewline
                end = lineStart + 2
                break
            }
            var k = lineStart
            while k < limit && src[k].isPSWhitespace { k += 1 }
            if falseFooter < 0 && k > lineStart && k + 1 < limit && isQuote(src[k]) && src[k + 1] == "@" {
                falseFooter = k
            }
            var j = k
            while j < limit && !src[j].isNewlineChar { j += 1 }
            if j >= limit {
                if falseFooter >= 0 {
                    throw error("WhitespaceBeforeHereStringFooter", ParseMessages.whitespaceBeforeHereStringFooter,
                                falseFooter, falseFooter + 2)
                }
                throw incomplete("TerminatorExpectedAtEndOfString", ParseMessages.terminatorExpectedAtEndOfString(terminator),
                                 start, start + 2, detectedAt: limit)
            }
            lastNewline = j
            j += src[j] == "\r" && j + 1 < limit && src[j + 1] == "\n" ? 2 : 1
            lineStart = j
        }
        if !expandable {
            return Token(.string(text(contentStart, contentEnd), .singleHereString), start, end)
        }
        var b = StringPartsBuilder()
        _ = try expandableBody(contentStart, into: &b, until: contentEnd, openQuote: start)
        if !b.expanded { return Token(.string(String(scalars: b.run), .doubleHereString), start, end) }
        return Token(.expandable(b.finish(), .doubleHereString), start, end)
    }

    // MARK: - Bare words

    /// A generic token: a bare word of argument mode, up to whitespace or one of `{ } ( ) ; , | &`.
    /// Quoted pieces, backtick escapes and `$var` / `$( … )` inside it make one argument. The first
    /// character is always consumed.
    func scanGeneric(_ start: Int) throws(ParseError) -> Token {
        var i = start
        while i < limit {
            let c = src[i]
            if c == "`" || c == "$" || c.isQuote { break }
            if i > start && c.forcesNewToken { break }
            i += 1
        }
        if i > start && (i >= limit || src[i].forcesNewToken) {
            return Token(.word(text(start, i), parts: nil), start, i)
        }
        var b = StringPartsBuilder()
        b.tracksValue = true
        b.append(contentsOf: src[start..<i])
        while i < limit {
            let c = src[i]
            if i > start && c.forcesNewToken { break }
            if c == "`" {
                if i + 1 >= limit {
                    b.append(c)
                    i += 1
                    continue
                }
                if src[i + 1].isNewlineChar && i > start { break } // a line continuation ends the word
                let (s, next) = try escape(i)
                b.append(s)
                i = next
                continue
            }
            if c.isSingleQuote {
                i = try singleQuotedContent(i, into: &b)
                continue
            }
            if c.isDoubleQuote {
                i = try expandableBody(i + 1, into: &b, until: nil, openQuote: i)
                continue
            }
            if c == "$", let (part, next) = try dollarInString(i, hereString: false, scanLimit: limit) {
                b.add(part, raw: src[i..<next])
                i = next
                continue
            }
            b.append(c)
            i += 1
        }
        let value = String(scalars: b.value)
        return Token(.word(value, parts: b.expanded ? b.finish() : nil), start, i)
    }
}
