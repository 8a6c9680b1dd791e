// The recursive-descent parser: one `parse…` function per node (swift-syntax style), consuming
// functions are `mutating`, and tokens are only reached through `peek`/`consume`. The parser stops at
// the first error, with PowerShell's ErrorId and message; an error is "incomplete input" only when
// nothing but spaces, tabs or comments follows the point where it was detected.

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

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
        let (parameters, statements) = try parser.parseScriptBody()
        let t = try parser.peek(.command)
        if !t.isEOF { throw parser.unexpected(t) }
        return ScriptBlockAst(parameters: parameters, statements: statements,
                              range: SourceRange(0, scalars.count), text: source.text)
    }

    /// Parses the statements of a `$( … )` inside an expandable string or bare word.
    static func parseNestedStatements(_ lexer: Lexer, from: Int, depth: Int) throws(ParseError) -> [StatementAst] {
        var parser = Parser(lexer: lexer, pos: from, depth: depth)
        if depth > maxDepth {
            throw parser.error("NestingTooDeep", ParseMessages.nestingTooDeep, from, from)
        }
        let statements = try parser.parseStatementList()
        let t = try parser.peek(.command)
        if !t.isEOF { throw parser.unexpected(t) }
        return statements
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
            t = try lexer.scan(pos, mode, depth: depth)
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

    /// Enters one level of nesting; every `enter` is paired with a `leave` (use `defer`).
    mutating func enter(_ t: Token) throws(ParseError) {
        depth += 1
        if depth > Parser.maxDepth {
            throw error("NestingTooDeep", ParseMessages.nestingTooDeep, t)
        }
    }

    mutating func leave() { depth -= 1 }
}

/// A parse handed to the large-stack thread.
final class ParseJob: @unchecked Sendable {
    let source: SourceText
    var result: Result<ScriptBlockAst, ParseError>?

    init(_ source: SourceText) { self.source = source }

    func run() {
        do throws(ParseError) {
            result = .success(try Parser.parseOnCurrentThread(source))
        } catch {
            result = .failure(error)
        }
    }
}

/// Runs the job on a new thread with a 64 MiB stack (address space only: pages are touched as used)
/// and waits for it; runs it on the calling thread if no thread can be created.
func runOnLargeStack(_ job: ParseJob) {
    #if canImport(Glibc) || canImport(Musl) || canImport(Darwin)
    var attributes = pthread_attr_t()
    pthread_attr_init(&attributes)
    defer { pthread_attr_destroy(&attributes) }
    pthread_attr_setstacksize(&attributes, 64 << 20)
    let context = Unmanaged.passRetained(job).toOpaque()
    #if canImport(Darwin)
    var thread: pthread_t?
    #else
    var thread = pthread_t()
    #endif
    let rc = pthread_create(&thread, &attributes, { context in
        let job = Unmanaged<ParseJob>.fromOpaque(context!).takeRetainedValue()
        job.run()
        return nil
    }, context)
    if rc == 0 {
        #if canImport(Darwin)
        pthread_join(thread!, nil)
        #else
        pthread_join(thread, nil)
        #endif
        return
    }
    Unmanaged<ParseJob>.fromOpaque(context).release()
    #endif
    job.run()
}
