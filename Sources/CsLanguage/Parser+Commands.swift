// Pipelines, commands, command arguments (argument mode) and redirections.

extension Parser {
    // MARK: - Pipelines

    /// `element | element | …`. The first element may be an expression (`startExpression`, already
    /// parsed by the caller, or nil when it tried and found none); later ones must be commands.
    mutating func parsePipeline(startExpression: ExpressionAst?) throws(ParseError) -> PipelineAst? {
        var elements: [PipelineElementAst] = []
        var expression = startExpression
        var lastPipe: Token?
        while true {
            if expression == nil && lastPipe != nil {
                expression = try parseExpression()
            }
            if let e = expression {
                if !elements.isEmpty {
                    throw ParseError(errorId: "ExpressionsMustBeFirstInPipeline",
                                     message: ParseMessages.expressionsMustBeFirstInPipeline, range: e.range)
                }
                let redirections = try parseRedirections()
                elements.append(.expression(e, redirections: redirections))
            } else if let command = try parseCommand() {
                elements.append(.command(command))
            } else {
                let t = try peek(.command)
                if let lastPipe {
                    throw incompleteAfter("EmptyPipeElement", ParseMessages.emptyPipeElement, lastPipe.end)
                }
                if t.isPipe {
                    throw incomplete("EmptyPipeElement", ParseMessages.emptyPipeElement, t.start, t.end, detectedAt: t.end)
                }
                return nil
            }
            expression = nil
            var next = try peek(.command)
            if next.isNewline && lexer.isPipeContinuation(next.end) {
                try skipNewlines()
                next = try peek(.command)
            }
            switch next.kind {
            case .semicolon, .newline, .rParen, .rCurly, .eof, .andAnd, .orOr:
                // `&&` and `||` end the pipeline; the statement parser chains the next one.
                let first = elements[0].range, last = elements[elements.count - 1].range
                return PipelineAst(elements: elements, range: first.union(last))
            case .pipe:
                consume(next)
                lastPipe = next
                try skipNewlines()
                if try peek(.command).isEOF {
                    throw incompleteAfter("EmptyPipeElement", ParseMessages.emptyPipeElement, next.end)
                }
            default:
                throw unexpected(next)
            }
        }
    }

    // MARK: - Commands

    func endsCommand(_ t: Token) -> Bool {
        switch t.kind {
        case .pipe, .rCurly, .rParen, .eof, .newline, .semicolon, .andAnd, .orOr, .ampersand: return true
        default: return false
        }
    }

    /// `name elements…`, `& expr elements…`, `. expr elements…`; nil when no command starts here.
    mutating func parseCommand() throws(ParseError) -> CommandAst? {
        let first = try peek(.command)
        var t = first
        var invocation: InvocationOperator?
        if case .ampersand = t.kind {
            invocation = .call
        } else if case .dot = t.kind {
            invocation = .dotSource
        }
        if invocation != nil {
            consume(t)
            t = try peek(.command)
        }
        if endsCommand(t) {
            if invocation != nil {
                throw error("MissingExpression", ParseMessages.missingExpression(text(first)), first)
            }
            return nil
        }
        let name: CommandNameAst
        switch t.kind {
        case let .word(value, parts):
            consume(t)
            if invocation != nil, let parts {
                name = .expression(.expandableString(try resolve(parts), .bare, range(t)))
            } else {
                name = .name(value, range(t))
            }
        case let .string(value, _):
            consume(t)
            name = .name(value, range(t))
        case .variable, .number, .expandable, .lParen, .dollarParen, .atParen, .atCurly, .lCurly:
            guard let e = try parsePrimary(.command, allowSplat: false) else { throw unexpected(t) }
            name = .expression(e)
        default:
            consume(t)
            name = .name(text(t), range(t))
        }
        var elements: [CommandElementAst] = []
        var redirections: [RedirectionAst] = []
        var sawDashDash = false
        while true {
            let t = try peek(.command)
            if endsCommand(t) { break }
            let before = pos
            switch t.kind {
            case .minusMinus:
                consume(t)
                if sawDashDash {
                    elements.append(.argument(.string(text(t), .bare, range(t))))
                }
                sawDashDash = true
            case .comma:
                throw error("MissingArgument", ParseMessages.missingArgument, t)
            case let .parameter(parameterName, colon):
                consume(t)
                if sawDashDash {
                    elements.append(.argument(.string(text(t), .bare, range(t))))
                    continue
                }
                var argument: ExpressionAst?
                let nextIsComma = try peek(.command).isComma
                if colon && !nextIsComma {
                    argument = try parseCommandArgument(.argument)
                    if argument == nil {
                        throw error("ParameterRequiresArgument", ParseMessages.parameterRequiresArgument(text(t)), t.end, t.end)
                    }
                }
                elements.append(.parameter(CommandParameterAst(name: parameterName, text: text(t), usedColon: colon,
                                                               argument: argument, range: range(t))))
            case .redirection:
                try parseRedirection(into: &redirections)
            default:
                guard let argument = try parseCommandArgument(.argument) else { throw unexpected(t) }
                elements.append(.argument(argument))
            }
            if pos == before { throw unexpected(t) } // loop-progress guard
        }
        return CommandAst(invocationOperator: invocation, name: name, elements: elements, redirections: redirections,
                          range: range(first.start, lastEnd))
    }

    enum ArgumentContext {
        /// A command argument: `a,b,c` is an array.
        case argument
        /// A redirection target: one value.
        case fileName
    }

    /// One command argument in argument mode (with `a,b,c` lists); nil when the next token cannot be one.
    mutating func parseCommandArgument(_ context: ArgumentContext) throws(ParseError) -> ExpressionAst? {
        var items: [ExpressionAst] = []
        var lastComma: Token?
        while true {
            let t = try peek(.command)
            let e: ExpressionAst
            switch t.kind {
            case .pipe, .rCurly, .rParen, .eof, .newline, .semicolon, .redirection, .andAnd, .orOr, .ampersand,
                 .minusMinus, .comma:
                guard let lastComma else { return nil }
                throw incompleteAfter("MissingExpression", ParseMessages.missingExpression(","), lastComma.end)
            case .variable, .number, .string, .expandable, .lParen, .dollarParen, .atParen, .atCurly, .lCurly:
                guard let primary = try parsePrimary(.command, allowSplat: true) else { throw unexpected(t) }
                e = primary
            case let .word(value, parts):
                consume(t)
                if let parts {
                    e = .expandableString(try resolve(parts), .bare, range(t))
                } else {
                    e = .string(value, .bare, range(t))
                }
            default:
                consume(t)
                e = .string(text(t), .bare, range(t))
            }
            if context != .argument { return e }
            let next = try peek(.command)
            guard next.isComma else {
                if items.isEmpty { return e }
                items.append(e)
                for item in items {
                    if case let .variable(v) = item, v.splatted {
                        throw ParseError(errorId: "SplattingNotPermittedInArgumentList",
                                         message: ParseMessages.splattingNotPermittedInArgumentList(v.name), range: v.range)
                    }
                }
                return .arrayLiteral(items, items[0].range.union(e.range))
            }
            items.append(e)
            consume(next)
            lastComma = next
            try skipNewlines()
        }
    }

    // MARK: - Redirections

    /// Redirections after a pipeline's first expression (`1 > f.txt`).
    mutating func parseRedirections() throws(ParseError) -> [RedirectionAst] {
        var redirections: [RedirectionAst] = []
        while case .redirection = try peek(.command).kind {
            try parseRedirection(into: &redirections)
        }
        return redirections
    }

    /// One redirection (the next token); a second redirection of the same stream is an error.
    mutating func parseRedirection(into redirections: inout [RedirectionAst]) throws(ParseError) {
        let t = try peek(.command)
        guard case let .redirection(kind) = t.kind else { return }
        consume(t)
        let redirection: RedirectionAst
        switch kind {
        case .input, .file:
            let next = try peek(.command)
            var target: ExpressionAst?
            if !next.isComma && !next.isEOF {
                target = try parseCommandArgument(.fileName)
            }
            guard let target else {
                throw error("MissingFileSpecification", ParseMessages.missingFileSpecification, t.end, t.end)
            }
            guard case let .file(from, append) = kind else {
                throw error("RedirectionNotSupported", ParseMessages.redirectionNotSupported(text(t)), t)
            }
            redirection = .file(from: from, target: target, append: append, range: range(t).union(target.range))
        case let .merge(from, to):
            if to != .output || from == to {
                throw error("RedirectionNotSupported", ParseMessages.redirectionNotSupported(text(t)), t)
            }
            redirection = .merge(from: from, to: to, range: range(t))
        }
        let stream = Parser.redirectedStream(redirection)
        if redirections.contains(where: { Parser.redirectedStream($0) == stream }) {
            throw ParseError(errorId: "StreamAlreadyRedirected",
                             message: ParseMessages.streamAlreadyRedirected(Parser.streamName(stream)), range: redirection.range)
        }
        redirections.append(redirection)
    }

    static func redirectedStream(_ r: RedirectionAst) -> RedirectionStream {
        switch r {
        case let .file(from, _, _, _), let .merge(from, _, _): return from
        }
    }

    static func streamName(_ s: RedirectionStream) -> String {
        switch s {
        case .all: return "* stream"
        case .output: return "output stream"
        case .error: return "error stream"
        case .warning: return "warning stream"
        case .verbose: return "verbose stream"
        case .debug: return "debug stream"
        case .information: return "information stream"
        }
    }
}
