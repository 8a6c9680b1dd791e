// The tokenizer. It is stateless: `scan(_:_:)` reads one token from a scalar offset in a given
// mode, so the parser drives it and may re-scan a position in another mode (PowerShell's tokenizer
// does the same with Resync). Works on the scalar array; strings are built only for token values.

struct Lexer {
    /// The scalars being parsed (the whole script, or the text of a nested `$( )` with `""` unescaped).
    let src: [Unicode.Scalar]
    /// Scanning stops here (the end of the script, or the `)` closing a subexpression inside a string).
    let limit: Int
    /// Added to every offset put into a range (non-zero only for unescaped nested subexpression text).
    let shift: Int
    /// Set for nested text that is not the real source: its errors are never "incomplete input".
    let neverIncomplete: Bool

    init(src: [Unicode.Scalar], limit: Int, shift: Int = 0, neverIncomplete: Bool = false) {
        self.src = src
        self.limit = limit
        self.shift = shift
        self.neverIncomplete = neverIncomplete
    }

    @inline(__always) func at(_ i: Int) -> Unicode.Scalar { i < limit ? src[i] : "\0" }

    /// True when nothing but spaces, tabs and comments follow offset `i` (a newline is something). Looks
    /// to the end of the whole text, past `limit`.
    func onlyTriviaAfter(_ i: Int) -> Bool {
        if neverIncomplete { return false }
        var j = max(i, 0)
        let n = src.count
        while j < n {
            if src[j].isPSWhitespace {
                j += 1
            } else if let e = commentEnd(j, end: n) {
                j = e
            } else {
                return false
            }
        }
        return true
    }

    func range(_ a: Int, _ b: Int) -> SourceRange { SourceRange(a + shift, b + shift) }

    func error(_ id: String, _ message: String, _ a: Int, _ b: Int) -> ParseError {
        ParseError(errorId: id, message: message, range: range(a, b), isIncomplete: false)
    }

    /// An error that only means "more input needed" when nothing follows `detectedAt`.
    func incomplete(_ id: String, _ message: String, _ a: Int, _ b: Int, detectedAt: Int) -> ParseError {
        ParseError(errorId: id, message: message, range: range(a, b), isIncomplete: onlyTriviaAfter(detectedAt))
    }

    func text(_ a: Int, _ b: Int) -> String {
        let lo = max(0, min(a, src.count)), hi = max(lo, min(b, src.count))
        return String(scalars: src, lo, hi)
    }

    // MARK: - Trivia

    /// The end of the comment that starts at `i` (below `end`), or nil when none does: a `#` comment
    /// runs to the end of its line (the newline is not part of it), a `<# … #>` comment past its `#>`,
    /// or to `end` when it has none (see `isClosedBlockComment`). The one place comments are recognised.
    @inline(__always) func commentEnd(_ i: Int, end: Int) -> Int? {
        let c = src[i]
        if c == "#" {
            var j = i + 1
            while j < end && !src[j].isNewlineChar { j += 1 }
            return j
        }
        guard c == "<" && i + 1 < end && src[i + 1] == "#" else { return nil }
        var j = i + 2
        while j + 1 < end {
            if src[j] == "#" && src[j + 1] == ">" { return j + 2 }
            j += 1
        }
        return end
    }

    /// Does the block comment from `start` to `end` (as `commentEnd` found it) close with `#>`?
    func isClosedBlockComment(_ start: Int, _ end: Int) -> Bool {
        end >= start + 4 && src[end - 2] == "#" && src[end - 1] == ">"
    }

    /// Skips whitespace, comments and line continuations before a token. In command mode a backtick
    /// followed by a space is not skipped: it is an escaped space, i.e. an argument.
    func skipTrivia(_ start: Int, _ mode: LexMode) throws(ParseError) -> Int {
        var i = start
        while i < limit {
            let c = src[i]
            if c.isPSWhitespace {
                i += 1
            } else if (c == "#" || c == "<"), let e = commentEnd(i, end: limit) {
                if c == "<" && !isClosedBlockComment(i, e) {
                    throw incomplete("MissingTerminatorMultiLineComment", ParseMessages.missingTerminatorMultiLineComment,
                                     i, i + 2, detectedAt: limit)
                }
                i = e
            } else if c == "`" {
                if i + 1 >= limit {
                    throw incomplete("IncompleteString", ParseMessages.incompleteString, i, i + 1, detectedAt: limit)
                }
                let c1 = src[i + 1]
                if c1 == "\n" {
                    i += 2
                } else if c1 == "\r" {
                    i += at(i + 2) == "\n" && i + 2 < limit ? 3 : 2
                } else if c1.isPSWhitespace && mode != .command {
                    i += 2
                } else {
                    return i
                }
            } else {
                return i
            }
        }
        return i
    }

    @inline(__always) func forcesNewToken(_ i: Int) -> Bool { i >= limit || src[i].forcesNewToken }

    // MARK: - Raw look-ahead (no tokens, linear, never parses nested content twice)

    /// Skips whitespace, newlines, comments and line continuations.
    func skipBlank(_ start: Int) -> Int {
        var i = start
        while i < limit {
            let c = src[i]
            if c.isPSWhitespace || c.isNewlineChar {
                i += 1
            } else if let e = commentEnd(i, end: limit) {
                i = e
            } else if c == "`" && i + 1 < limit && src[i + 1].isNewlineChar {
                i += 2
            } else {
                break
            }
        }
        return i
    }

    /// The offset after the `]` matching the `[` at `start` (quoted strings skipped), or nil.
    func skipBracketed(_ start: Int) -> Int? {
        var nesting = 0
        var i = start
        while i < limit {
            let c = src[i]
            if c == "[" || c == "(" || c == "{" {
                nesting += 1
            } else if c == "]" || c == ")" || c == "}" {
                nesting -= 1
                if nesting == 0 { return c == "]" ? i + 1 : nil }
                if nesting < 0 { return nil }
            } else if c == "`" {
                i += 1
            } else if c.isQuote {
                let single = c.isSingleQuote
                i += 1
                while i < limit {
                    let d = src[i]
                    if !single && d == "`" {
                        i += 2
                        continue
                    }
                    if single ? d.isSingleQuote : d.isDoubleQuote {
                        let doubled = i + 1 < limit && (single ? src[i + 1].isSingleQuote : src[i + 1].isDoubleQuote)
                        if !doubled { break }
                        i += 1
                    }
                    i += 1
                }
            }
            i += 1
        }
        return nil
    }

    /// Is the plain word at `i` equal to `word` (ASCII, any case) and followed by a token break?
    func wordAt(_ i: Int, _ word: String) -> Bool {
        var j = i
        for w in word.unicodeScalars {
            guard j < limit, src[j].value | 0x20 == w.value else { return false }
            j += 1
        }
        return forcesNewToken(j)
    }

    /// Does a `param( … )` block start at `start`, after optional attributes (`[CmdletBinding()]`)?
    func paramBlockFollows(_ start: Int) -> Bool {
        var i = skipBlank(start)
        while i < limit && src[i] == "[" {
            guard let j = skipBracketed(i) else { return false }
            i = skipBlank(j)
        }
        return wordAt(i, "param")
    }

    /// After a newline: is the first character that is not whitespace or a comment a `|` (a
    /// leading-pipe continuation)? A blank or whitespace-only line in between ends the pipeline.
    func isPipeContinuation(_ from: Int) -> Bool {
        var i = from
        var lastWasNewline = true
        while i < limit {
            let c = src[i]
            if c.isPSWhitespace {
                i += 1
                continue
            }
            if c.isNewlineChar {
                if lastWasNewline { return false }
                lastWasNewline = true
                i += c == "\r" && at(i + 1) == "\n" && i + 1 < limit ? 2 : 1
                continue
            }
            lastWasNewline = false
            if let e = commentEnd(i, end: limit) {
                i = e
                continue
            }
            return c == "|"
        }
        return false
    }

    // MARK: - Tokens

    func scan(_ p: Int, _ mode: LexMode) throws(ParseError) -> Token {
        let i = try skipTrivia(p, mode)
        if i >= limit { return Token(.eof, limit, limit) }
        let c = src[i]
        let c1 = at(i + 1)
        let command = mode == .command
        switch c {
        case "\n":
            return Token(.newline, i, i + 1)
        case "\r":
            return Token(.newline, i, c1 == "\n" && i + 1 < limit ? i + 2 : i + 1)
        case "`":
            return try scanGeneric(i)
        case "(": return Token(.lParen, i, i + 1)
        case ")": return Token(.rParen, i, i + 1)
        case "{": return Token(.lCurly, i, i + 1)
        case "}": return Token(.rCurly, i, i + 1)
        case "]": return Token(.rBracket, i, i + 1)
        case ";": return Token(.semicolon, i, i + 1)
        case ",": return Token(.comma, i, i + 1)
        case "[":
            if command && !forcesNewToken(i + 1) { return try scanGeneric(i) }
            return Token(.lBracket, i, i + 1)
        case "@":
            if i + 1 < limit {
                if c1 == "{" { return Token(.atCurly, i, i + 2) }
                if c1 == "(" { return Token(.atParen, i, i + 2) }
                if c1.isSingleQuote { return try scanHereString(i, expandable: false) }
                if c1.isDoubleQuote { return try scanHereString(i, expandable: true) }
                if c1.isVariableStart, let t = try scanVariable(i, splatted: true, mode: mode, inString: false) {
                    return t
                }
            }
            throw error("UnrecognizedToken", ParseMessages.unrecognizedToken, i, i + 1)
        case "=":
            return try operatorToken(.assign(.assign), i, 1, command)
        case "+":
            if c1 == "+" { return try operatorToken(.plusPlus, i, 2, command) }
            if c1 == "=" { return try operatorToken(.assign(.add), i, 2, command) }
            if mode != .expression && (c1.isDecimalDigit || c1 == "."), let t = try scanNumber(i, mode) { return t }
            return try operatorToken(.plus, i, 1, command)
        case "-", "\u{2013}", "\u{2014}", "\u{2015}":
            if c1.isDash && i + 1 < limit { return try operatorToken(.minusMinus, i, 2, command) }
            if c1 == "=" { return try operatorToken(.assign(.subtract), i, 2, command) }
            if c1.isLetter || c1 == "_" || c1 == "?" { return try scanParameter(i, mode) }
            if mode != .expression && (c1.isDecimalDigit || c1 == "."), let t = try scanNumber(i, mode) { return t }
            return try operatorToken(.minus, i, 1, command)
        case "*":
            if c1 == "=" { return try operatorToken(.assign(.multiply), i, 2, command) }
            if c1 == ">" {
                if at(i + 2) == ">" { return Token(.redirection(.file(.all, append: true)), i, i + 3) }
                if at(i + 2) == "&" && at(i + 3) == "1" { return Token(.redirection(.merge(.all, .output)), i, i + 4) }
                return Token(.redirection(.file(.all, append: false)), i, i + 2)
            }
            return try operatorToken(.star, i, 1, command)
        case "/":
            if c1 == "=" { return try operatorToken(.assign(.divide), i, 2, command) }
            return try operatorToken(.slash, i, 1, command)
        case "%":
            if c1 == "=" { return try operatorToken(.assign(.remainder), i, 2, command) }
            return try operatorToken(.percent, i, 1, command)
        case "$":
            if c1 == "(" && i + 1 < limit { return Token(.dollarParen, i, i + 2) }
            if let t = try scanVariable(i, splatted: false, mode: mode, inString: false) { return t }
            return try scanGeneric(i)
        case "<":
            return Token(.redirection(.input), i, i + 1)
        case ">":
            if c1 == ">" { return Token(.redirection(.file(.output, append: true)), i, i + 2) }
            return Token(.redirection(.file(.output, append: false)), i, i + 1)
        case ".":
            return try scanDot(i, mode)
        case "1", "2", "3", "4", "5", "6":
            if c1 == ">" && mode == .command {
                let from = RedirectionStream(rawValue: Int(c.value - 0x30))!
                let c2 = at(i + 2)
                if c2 == ">" { return Token(.redirection(.file(from, append: true)), i, i + 3) }
                if c2 == "&" && (at(i + 3) == "1" || at(i + 3) == "2") {
                    let to = RedirectionStream(rawValue: Int(at(i + 3).value - 0x30))!
                    return Token(.redirection(.merge(from, to)), i, i + 4)
                }
                return Token(.redirection(.file(from, append: false)), i, i + 2)
            }
            if let t = try scanNumber(i, mode) { return t }
            return try scanGeneric(i)
        case "0", "7", "8", "9":
            if let t = try scanNumber(i, mode) { return t }
            return try scanGeneric(i)
        case "&":
            if c1 == "&" { return Token(.andAnd, i, i + 2) }
            return Token(.ampersand, i, i + 1)
        case "|":
            if c1 == "|" { return Token(.orOr, i, i + 2) }
            return Token(.pipe, i, i + 1)
        case "!":
            if (command && !forcesNewToken(i + 1)) || (!command && c1.isIdentifierStart) {
                return try scanGeneric(i)
            }
            return Token(.exclaim, i, i + 1)
        case ":":
            if c1 == ":" {
                if command && !forcesNewToken(i + 2) { return try scanGeneric(i) }
                return Token(.colonColon, i, i + 2)
            }
            if command { return try scanLabel(i) }
            return Token(.colon, i, i + 1)
        case "?" where !command:
            if c1 == "?" && i + 1 < limit {
                if at(i + 2) == "=" && i + 2 < limit { return Token(.assign(.coalesce), i, i + 3) }
                return Token(.op(.binary(.coalesce)), i, i + 2)
            }
            return Token(.question, i, i + 1)
        default:
            if c.isSingleQuote { return try scanSingleQuoted(i) }
            if c.isDoubleQuote { return try scanDoubleQuoted(i) }
            if c.isIdentifierStart { return try scanIdentifier(i, mode) }
            return try scanGeneric(i)
        }
    }

    /// An operator character; in command mode it is only an operator when a token break follows
    /// (`=` alone), otherwise it starts a bare word (`=x`, `+5x`).
    func operatorToken(_ kind: TokenKind, _ i: Int, _ length: Int, _ command: Bool) throws(ParseError) -> Token {
        if command && !forcesNewToken(i + length) { return try scanGeneric(i) }
        return Token(kind, i, i + length)
    }

    func scanDot(_ i: Int, _ mode: LexMode) throws(ParseError) -> Token {
        let c1 = at(i + 1)
        let command = mode == .command
        if c1 == "." && i + 1 < limit {
            if command && !forcesNewToken(i + 2) { return try scanGeneric(i) }
            return Token(.dotDot, i, i + 2)
        }
        if c1.isDecimalDigit {
            if let t = try scanNumber(i, mode) { return t }
            return try scanGeneric(i)
        }
        if command && !forcesNewToken(i + 1) && c1 != "$" && !c1.isQuote {
            return try scanGeneric(i)
        }
        return Token(.dot, i, i + 1)
    }

    func scanIdentifier(_ i: Int, _ mode: LexMode) throws(ParseError) -> Token {
        var j = i + 1
        while j < limit && src[j].isIdentifierFollow { j += 1 }
        if mode == .command {
            if !forcesNewToken(j) { return try scanGeneric(i) }
            return Token(.word(text(i, j), parts: nil), i, j)
        }
        return Token(.identifier(text(i, j)), i, j)
    }

    func scanLabel(_ i: Int) throws(ParseError) -> Token {
        let c1 = at(i + 1)
        if i + 1 >= limit { return Token(.word(":", parts: nil), i, i + 1) }
        if !c1.isIdentifierStart { return try scanGeneric(i) }
        var j = i + 2
        while j < limit && src[j].isIdentifierFollow { j += 1 }
        if !forcesNewToken(j) { return try scanGeneric(i) }
        return Token(.label(text(i + 1, j)), i, j)
    }

    // MARK: - Parameters and operators

    static let dashOperators: [String: DashOperator] = {
        var table: [String: DashOperator] = [
            "and": .binary(.and), "or": .binary(.or), "xor": .binary(.xor),
            "band": .binary(.band), "bor": .binary(.bor), "bxor": .binary(.bxor),
            "shl": .binary(.shl), "shr": .binary(.shr),
            "not": .not, "bnot": .bnot,
            "f": .binary(.format), "join": .binary(.join),
            "is": .binary(.is), "isnot": .binary(.isNot), "as": .binary(.as),
        ]
        let comparisons: [ComparisonKind] = [.eq, .ne, .gt, .ge, .lt, .le, .like, .notlike, .match, .notmatch,
                                             .contains, .notcontains, .in, .notin, .replace, .split]
        for kind in comparisons {
            table[kind.rawValue] = .binary(.comparison(kind, .default))
            table["i" + kind.rawValue] = .binary(.comparison(kind, .insensitive))
            table["c" + kind.rawValue] = .binary(.comparison(kind, .sensitive))
        }
        return table
    }()

    /// On entry `src[i]` is a dash followed by a letter, `_` or `?`.
    func scanParameter(_ i: Int, _ mode: LexMode) throws(ParseError) -> Token {
        var j = i + 1
        if mode == .command {
            var colon = false
            while j < limit {
                let c = src[j]
                if c.isPSWhitespace || c.isNewlineChar || c == "\0" { break }
                switch c {
                case "{", "}", "(", ")", ";", ",", "|", "&", ".", "[":
                    break
                case ":":
                    colon = true
                    j += 1
                default:
                    if c.isQuote { return try scanGeneric(i) } // quotes are never part of a parameter
                    j += 1
                    continue
                }
                break
            }
            return Token(.parameter(name: text(i + 1, colon ? j - 1 : j), colon: colon), i, j)
        }
        while j < limit && src[j].isASCIILetter { j += 1 }
        if j == i + 1 { return Token(.minus, i, i + 1) }
        let name = text(i + 1, j)
        if let op = Lexer.dashOperators[name.lowercased()] { return Token(.op(op), i, j) }
        return Token(.parameter(name: name, colon: false), i, j)
    }

    // MARK: - Variables

    /// Scans `$name`, `${name}` or `@name` at `start` (the `$`/`@`). Returns nil when the character
    /// after `$` cannot start a variable (the `$` is then literal text). In command mode a variable
    /// followed by something other than a token break, `.` or `[` is part of a bare word (`$HOME/x`).
    func scanVariable(_ start: Int, splatted: Bool, mode: LexMode, inString: Bool) throws(ParseError) -> Token? {
        var i = start + 1
        guard i < limit else { return nil }
        let c = src[i]
        let command = mode == .command && !inString
        if c == "{" && !splatted {
            i += 1
            var name: [Unicode.Scalar] = []
            var closed = false
            while i < limit {
                var ch = src[i]
                if ch == "}" { i += 1; closed = true; break }
                if ch == "`" {
                    if i + 1 >= limit { break }
                    let (scalar, next) = try escape(i)
                    name.append(scalar)
                    i = next
                    continue
                }
                if ch == "{" {
                    throw error("OpenBraceNeedsToBeBackTickedInVariableName",
                                ParseMessages.openBraceNeedsToBeBackTickedInVariableName, i, i + 1)
                }
                if inString && ch.isDoubleQuote && i + 1 < limit && src[i + 1].isDoubleQuote {
                    i += 1
                    ch = src[i]
                }
                name.append(ch)
                i += 1
            }
            if !closed {
                throw incomplete("IncompleteDollarVariableReference", ParseMessages.incompleteDollarVariableReference,
                                 start, start + 2, detectedAt: limit)
            }
            if name.isEmpty {
                throw error("EmptyVariableReference", ParseMessages.emptyVariableReference, start, i)
            }
            if command && !forcesNewToken(i) && at(i) != "." && at(i) != "[" {
                return try scanGeneric(start)
            }
            let n = String(scalars: name)
            if n.hasSuffix(":") || n == ":" {
                throw error("InvalidBracedVariableReference", ParseMessages.invalidBracedVariableReference, start, i)
            }
            return Token(.variable(name: n, splatted: false), start, i)
        }
        guard c.isVariableStart else { return nil }
        let nameStart = i
        if c == "$" || c == "?" || c == "^" {
            i += 1
            if command && !forcesNewToken(i) { return try scanGeneric(start) }
        } else {
            scanning: while i < limit {
                let ch = src[i]
                if ch.value < 0x80 {
                    if ch.isASCIILetter || ch.isDecimalDigit || ch == "_" || ch == "?" { i += 1; continue }
                    switch ch {
                    case ":":
                        if at(i + 1) == ":" && i + 1 < limit { break scanning }
                        i += 1
                        continue
                    case "\0", "\t", "\r", "\n", " ", "&", "(", ")", ",", ";", "{", "}", "|", ".", "[", "=":
                        break scanning
                    default:
                        if command && !ch.forcesNewToken { return try scanGeneric(start) }
                        break scanning
                    }
                }
                if ch.isLetterOrDigit { i += 1; continue }
                if command && !ch.forcesNewToken { return try scanGeneric(start) }
                break
            }
        }
        let name = text(nameStart, i)
        if let colon = name.firstIndex(of: ":"), name.index(after: colon) == name.endIndex {
            throw error("InvalidVariableReferenceWithDrive", ParseMessages.invalidVariableReferenceWithDrive, start, i)
        }
        return Token(.variable(name: name, splatted: splatted), start, i)
    }
}
