// The recursive-descent parser: one `parse…` function per node (swift-syntax style), consuming
// functions are `mutating`, and tokens are only reached through `peek`/`consume`. The parser stops at
// the first error, with PowerShell's ErrorId and message; an error is "incomplete input" only when
// nothing but spaces, tabs or comments follows the point where it was detected.

public struct Parser {
    /// Deepest nesting of ( { [ @( $( @{ (and unary operators, casts, chained assignments).
    static let maxDepth = 200

    let lexer: Lexer
    /// The offset the next token is scanned from.
    var pos: Int
    /// The end of the last consumed token.
    var lastEnd: Int
    var depth: Int
    /// Inside method-call arguments and parameter defaults, `,` separates items instead of building arrays.
    var noComma = false

    // One cached token per mode: the parser often looks at the same position in two modes.
    var commandPos = -1
    var commandToken = Token(.eof, 0, 0)
    var expressionPos = -1
    var expressionToken = Token(.eof, 0, 0)
    var operandPos = -1
    var operandToken = Token(.eof, 0, 0)

    init(lexer: Lexer, pos: Int, depth: Int) {
        self.lexer = lexer
        self.pos = pos
        self.lastEnd = pos
        self.depth = depth
    }

    /// Parses a whole script: an optional `param( … )` block, then statements separated by newlines and `;`.
    ///
    /// The work runs on a thread of its own with a large stack, so that the deepest nesting the parser
    /// accepts (200 levels) fits whatever thread the caller is on, in debug builds too.
    public static func parse(_ source: SourceText) throws(ParseError) -> ScriptBlockAst {
        let job = ParseJob(source)
        runOnLargeStack(job)
        return try job.result!.get()
    }

    static func parseOnCurrentThread(_ source: SourceText) throws(ParseError) -> ScriptBlockAst {
        let scalars = source.scalars
        var parser = Parser(lexer: Lexer(src: scalars, limit: scalars.count), pos: 0, depth: 0)
        let (paramBlock, statements, namedBlocks) = try parser.parseScriptBody()
        let t = try parser.peek(.command)
        if !t.isEOF { throw parser.unexpected(t) }
        var ast = ScriptBlockAst(parameters: paramBlock?.parameters ?? [], paramBlock: paramBlock?.range, statements: statements,
                                 range: SourceRange(0, scalars.count), text: source.text, namedBlocks: namedBlocks, attributes: paramBlock?.attributes ?? [])
        ast.requirements = try ScriptRequirements.scan(source)
        return ast
    }

    /// The parts of an expandable string or bare word, with the statements of each `$( … )` parsed.
    func resolve(_ parts: [RawStringPart]) throws(ParseError) -> [StringPartAst] {
        var result: [StringPartAst] = []
        result.reserveCapacity(parts.count)
        for part in parts {
            switch part {
            case let .text(s): result.append(.text(s))
            case let .variable(v): result.append(.variable(v))
            case let .subExpression(contentStart, contentEnd, unescape, r):
                if depth + 1 > Parser.maxDepth {
                    throw ParseError(errorId: "NestingTooDeep", message: ParseMessages.nestingTooDeep,
                                     range: SourceRange(r.start, r.start + 2))
                }
                let (nestedLexer, from) = lexer.nested(contentStart, contentEnd, unescape: unescape)
                var parser = Parser(lexer: nestedLexer, pos: from, depth: depth + 1)
                let statements = try parser.parseStatementList()
                let t = try parser.peek(.command)
                if !t.isEOF { throw parser.unexpected(t) }
                result.append(.subExpression(statements, r))
            }
        }
        return result
    }

    // MARK: - Tokens

    mutating func peek(_ mode: LexMode) throws(ParseError) -> Token {
        switch mode {
        case .command: if commandPos == pos { return commandToken }
        case .expression: if expressionPos == pos { return expressionToken }
        case .operand: if operandPos == pos { return operandToken }
        }
        let t: Token
        if commandPos == pos && commandToken.isModeIndependent {
            t = commandToken
        } else if expressionPos == pos && expressionToken.isModeIndependent {
            t = expressionToken
        } else if operandPos == pos && operandToken.isModeIndependent {
            t = operandToken
        } else {
            t = try lexer.scan(pos, mode)
        }
        switch mode {
        case .command: commandPos = pos; commandToken = t
        case .expression: expressionPos = pos; expressionToken = t
        case .operand: operandPos = pos; operandToken = t
        }
        return t
    }

    mutating func consume(_ t: Token) {
        pos = t.end
        lastEnd = t.end
    }

    /// Moves back to a saved position (after a look-ahead that found nothing).
    mutating func restore(_ savedPos: Int, _ savedLastEnd: Int) {
        pos = savedPos
        lastEnd = savedLastEnd
    }

    /// Skips newline tokens. `lastEnd` stays at the last real token, so that errors reported
    /// "after" it see the newline that follows (which makes them complete, not incomplete, errors).
    mutating func skipNewlines() throws(ParseError) {
        while true {
            let t = try peek(.expression)
            guard t.isNewline else { return }
            pos = t.end
        }
    }

    mutating func skipNewlinesAndSemicolons() throws(ParseError) {
        while true {
            let t = try peek(.expression)
            if t.isNewline {
                pos = t.end
            } else if t.isSemicolon {
                consume(t)
            } else {
                return
            }
        }
    }

    func text(_ t: Token) -> String { lexer.text(t.start, t.end) }

    func range(_ t: Token) -> SourceRange { lexer.range(t.start, t.end) }

    func range(_ a: Int, _ b: Int) -> SourceRange { lexer.range(a, b) }

    /// From a scanner offset to the end of a node's (already shifted) range.
    func from(_ start: Int, to end: Int) -> SourceRange { SourceRange(start + lexer.shift, end) }

    // MARK: - Errors

    func error(_ id: String, _ message: String, _ a: Int, _ b: Int) -> ParseError {
        lexer.error(id, message, a, b)
    }

    func error(_ id: String, _ message: String, _ t: Token) -> ParseError {
        lexer.error(id, message, t.start, t.end)
    }

    /// An error reported at `a..<b`, incomplete when only trivia follows `detectedAt`.
    func incomplete(_ id: String, _ message: String, _ a: Int, _ b: Int, detectedAt: Int) -> ParseError {
        lexer.incomplete(id, message, a, b, detectedAt: detectedAt)
    }

    /// An error reported just after `offset` (PowerShell's `After(token)`), incomplete when only trivia follows.
    func incompleteAfter(_ id: String, _ message: String, _ offset: Int) -> ParseError {
        lexer.incomplete(id, message, offset, offset, detectedAt: offset)
    }

    func unexpected(_ t: Token) -> ParseError {
        let text: String
        switch t.kind {
        case .eof: text = ""
        case .newline: text = "\\n"
        default: text = self.text(t)
        }
        return error("UnexpectedToken", ParseMessages.unexpectedToken(text), t)
    }

    /// Enters one level of nesting, and sets whether `,` separates items inside (method and attribute
    /// arguments) when `noComma` is given. Returns the outer setting: pair every `enter` with
    /// `defer { leave(restoring: outer) }`.
    mutating func enter(_ t: Token, noComma inside: Bool? = nil) throws(ParseError) -> Bool {
        depth += 1
        if depth > Parser.maxDepth {
            depth -= 1
            throw error("NestingTooDeep", ParseMessages.nestingTooDeep, t)
        }
        let outer = noComma
        if let inside { noComma = inside }
        return outer
    }

    mutating func leave(restoring outer: Bool) {
        depth -= 1
        noComma = outer
    }
}
