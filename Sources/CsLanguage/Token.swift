// Tokens produced by the lexer. PowerShell's tokenizer is mode-dependent, so the parser asks for the
// next token in a given mode (see `LexMode`) and the lexer scans it from a position; tokens carry
// their scalar offsets so the parser can re-scan in another mode when it changes its mind.

/// How the lexer reads the characters at a token start.
enum LexMode: Equatable {
    /// Argument (command) mode: bare words are strings, `-Name` is a parameter, `-5` a number.
    case command
    /// Expression mode, in operator position: `-` is the minus operator, `-eq` an operator.
    case expression
    /// Expression mode, in operand position: like `.expression`, but `-5` / `+.5` are signed numbers.
    case operand
}

/// A dash operator of expression mode (`-eq`, `-not`, `-f`, …).
enum DashOperator: Equatable {
    case binary(BinaryOperator)
    case not
    case bnot
}

enum RedirectionKind: Equatable {
    /// `>`, `>>`, `2>`, `*>>`, …
    case file(RedirectionStream, append: Bool)
    /// `2>&1`, `*>&1`, …
    case merge(RedirectionStream, RedirectionStream)
    /// `<` (reserved: always an error).
    case input
}

enum TokenKind {
    case eof
    case newline
    case semicolon
    case pipe
    case comma
    case lParen, rParen, lCurly, rCurly, lBracket, rBracket
    /// `$(`
    case dollarParen
    /// `@(`
    case atParen
    /// `@{`
    case atCurly
    case ampersand
    /// `&&` and `||` (pipeline chains: not supported).
    case andAnd, orOr
    case dot, dotDot, colonColon, colon, question
    case assign(AssignmentOperator)
    case plus, minus, star, slash, percent, exclaim, plusPlus, minusMinus
    case op(DashOperator)
    /// `-Name` / `-Name:` (the name has no dash and no colon).
    case parameter(name: String, colon: Bool)
    case redirection(RedirectionKind)
    case number(NumberValue)
    /// `$name` / `${name}` / `@name` (splatted).
    case variable(name: String, splatted: Bool)
    /// A quoted string with nothing to expand.
    case string(String, StringQuoteKind)
    /// A quoted string with `$var` / `$(…)` inside.
    case expandable([RawStringPart], StringQuoteKind)
    /// A generic (bare-word) token. `value` has escapes and quotes processed, with `$var` text kept
    /// as written; `parts` is set when the word has something to expand (`a$b`, `a"$b"`).
    case word(String, parts: [RawStringPart]?)
    /// An expression-mode simple name (member names, hash keys, keywords seen in expression mode).
    case identifier(String)
    /// `:label` (command mode).
    case label(String)
}

/// A piece of an expandable string as scanned. A `$( … )` is only located (by counting parens, as
/// PowerShell does); the parser parses its statements when it uses the token, so scanning stays
/// linear however deep strings and subexpressions nest.
enum RawStringPart {
    case text(String)
    case variable(VariableAst)
    /// The statements between `contentStart` and `contentEnd`; `unescape` when `""` and `` `" `` in
    /// that text stand for `"` (a subexpression inside a double-quoted string).
    case subExpression(contentStart: Int, contentEnd: Int, unescape: Bool, range: SourceRange)
}

struct Token {
    var kind: TokenKind
    var start: Int
    var end: Int

    init(_ kind: TokenKind, _ start: Int, _ end: Int) {
        self.kind = kind
        self.start = start
        self.end = end
    }

    /// Quoted strings scan the same in every mode, so a cached one can be reused across modes rather
    /// than scanned again (a long string, with every `$( … )` in it located by counting parentheses).
    var isModeIndependent: Bool {
        switch kind {
        case let .string(_, k), let .expandable(_, k): return k != .bare
        default: return false
        }
    }

    var isEOF: Bool { if case .eof = kind { return true } else { return false } }
    var isNewline: Bool { if case .newline = kind { return true } else { return false } }
    var isComma: Bool { if case .comma = kind { return true } else { return false } }
    var isSemicolon: Bool { if case .semicolon = kind { return true } else { return false } }
    var isPipe: Bool { if case .pipe = kind { return true } else { return false } }
    var isLParen: Bool { if case .lParen = kind { return true } else { return false } }
    var isRParen: Bool { if case .rParen = kind { return true } else { return false } }
    var isLCurly: Bool { if case .lCurly = kind { return true } else { return false } }
    var isRCurly: Bool { if case .rCurly = kind { return true } else { return false } }
    var isLBracket: Bool { if case .lBracket = kind { return true } else { return false } }
    var isRBracket: Bool { if case .rBracket = kind { return true } else { return false } }

    /// A token that ends a statement or closes the enclosing construct.
    var endsStatement: Bool {
        switch kind {
        case .eof, .newline, .semicolon, .rCurly, .rParen: return true
        default: return false
        }
    }
}
