// Statements: statement lists, keyword statements, assignments and the script/param blocks.

extension Parser {
    static let keywords: Set<String> = [
        "if", "elseif", "else", "foreach", "for", "while", "do", "until", "try", "catch", "finally",
        "throw", "exit", "return", "break", "continue", "function", "filter", "param", "in",
        "switch", "trap", "class", "enum", "using", "data", "workflow", "define", "from", "var",
        "begin", "process", "end", "dynamicparam",
    ]

    /// The keyword a plain bare word spells (case-insensitive), if any.
    func keyword(_ t: Token) -> String? {
        guard case let .word(value, nil) = t.kind, t.end - t.start >= 2 && t.end - t.start <= 12,
              value.unicodeScalars.count == t.end - t.start else { return nil }
        let k = value.lowercased()
        return Parser.keywords.contains(k) ? k : nil
    }

    // MARK: - Script bodies

    /// The body of a script or script block: optional attributes and `param( … )`, then statements.
    /// The parts of a script body: its `param( … )` block (nil without one), statements, named blocks.
    mutating func parseScriptBody() throws(ParseError) -> (ParamBlock?, [StatementAst], NamedBlocksAst?) {
        try skipNewlinesAndSemicolons()
        let paramBlock = lexer.paramBlockFollows(pos) ? try parseParamBlock() : nil
        // Named blocks may start on a line of their own after `param( … )`.
        if paramBlock != nil { try skipNewlinesAndSemicolons() }
        if let blocks = try parseNamedBlocks() { return (paramBlock, [], blocks) }
        let statements = try parseStatementList()
        return (paramBlock, statements, nil)
    }

    typealias ParamBlock = (parameters: [ParameterAst], range: SourceRange, attributes: [AttributeAst])

    /// `[attr]… param( … )`; the range runs from `param` to `)`, as PowerShell's ParamBlockAst does.
    mutating func parseParamBlock() throws(ParseError) -> ParamBlock {
        var attributes: [AttributeAst] = []
        while true {
            try skipNewlines()
            let t = try peek(.expression)
            guard t.isLBracket else { break }
            attributes.append(try parseAttribute(t).ast) // [CmdletBinding()], [OutputType(…)], [Alias(…)]
        }
        let kw = try peek(.command)
        consume(kw)
        try skipNewlines()
        let lp = try peek(.expression)
        guard lp.isLParen else {
            throw incompleteAfter("MissingOpenParenthesisAfterKeyword", ParseMessages.missingOpenParenthesisAfterKeyword("param"), kw.end)
        }
        consume(lp)
        let parameters = try parseParameterList(lp)
        return (parameters, range(kw.start, lastEnd), attributes)
    }

    /// `clean`, a named block's name only where a named block may start (it is no keyword elsewhere).
    private func cleanKeyword(_ t: Token) -> String? {
        guard case let .word(value, nil) = t.kind, value.count == 5, value.lowercased() == "clean" else { return nil }
        return "clean"
    }

    /// `begin { } process { } end { }` in any order, when the body starts with one of them; nil otherwise.
    mutating func parseNamedBlocks() throws(ParseError) -> NamedBlocksAst? {
        func namedBlockStart(_ t: Token) -> String? {
            guard let k = keyword(t) ?? cleanKeyword(t), ["begin", "process", "end", "clean", "dynamicparam"].contains(k) else { return nil }
            let next = lexer.skipBlank(t.end)
            return next < lexer.limit && lexer.src[next] == "{" ? k : nil
        }
        guard namedBlockStart(try peek(.command)) != nil else { return nil }
        var blocks = NamedBlocksAst()
        while true {
            try skipNewlinesAndSemicolons()
            let t = try peek(.command)
            if t.isEOF || t.isRCurly { return blocks }
            guard let k = namedBlockStart(t) else {
                throw error("MissingNamedBlocks", ParseMessages.missingNamedBlocks(text(t)), t)
            }
            consume(t)
            guard let block = try parseStatementBlock() else {
                throw incompleteAfter("MissingNamedStatementBlock", ParseMessages.missingNamedStatementBlock(k), t.end)
            }
            switch k {
            case "begin": blocks.begin = block
            case "process": blocks.process = block
            case "clean": blocks.clean = block
            case "dynamicparam": blocks.dynamicParam = block
            default: blocks.end = block
            }
        }
    }

    // MARK: - Statement lists

    /// Statements separated by newlines and `;`, up to end of input, `}` or `)` (not consumed).
    mutating func parseStatementList() throws(ParseError) -> [StatementAst] {
        var statements: [StatementAst] = []
        while true {
            let t = try peek(.command)
            switch t.kind {
            case .newline, .semicolon:
                consume(t)
                continue
            case .eof, .rCurly, .rParen:
                return statements
            default:
                break
            }
            let before = pos
            guard let statement = try parseStatement() else { throw unexpected(try peek(.command)) }
            statements.append(statement)
            if pos == before { throw unexpected(t) } // loop-progress guard
        }
    }

    /// One statement; nil when the next token cannot start one.
    mutating func parseStatement() throws(ParseError) -> StatementAst? {
        let t = try peek(.command)
        if case .label = t.kind { return try parseLabeledStatement(t) }
        if lexer.at(t.start) == "[", let d = try parseAttributedTypeDefinition() { return d }
        guard let k = keyword(t) else { return try parsePipelineStatement() }
        switch k {
        case "class", "enum": return try parseTypeDefinition(t, isEnum: k == "enum", attributes: [])
        case "if": return try parseIf(t)
        case "foreach": return try parseForeach(t, label: nil, start: t.start)
        case "for": return try parseFor(t, label: nil, start: t.start)
        case "while": return try parseWhile(t, label: nil, start: t.start)
        case "do": return try parseDo(t, label: nil, start: t.start)
        case "try": return try parseTry(t)
        case "throw", "exit", "return": return try parseFlowStatement(t, keyword: k)
        case "break", "continue": return try parseBreakContinue(t, keyword: k)
        case "function", "filter": return try parseFunction(t, isFilter: k == "filter")
        case "switch": return try parseSwitch(t, label: nil, start: t.start)
        case "param": throw unexpected(t)
        case "trap": return try parseTrap(t)
        case "using", "data", "workflow":
            throw error("UnsupportedStatement", ParseMessages.unsupportedStatement(k), t)
        case "define", "from", "var":
            throw error("ReservedKeywordNotAllowed", ParseMessages.reservedKeywordNotAllowed(k), t)
        default:
            // else, elseif, catch, until, in, begin, process, … at a statement start are command names.
            return try parsePipelineStatement()
        }
    }

    /// `:label` before a loop; before anything else the label is a command name.
    mutating func parseLabeledStatement(_ labelToken: Token) throws(ParseError) -> StatementAst? {
        guard case let .label(name) = labelToken.kind else { return nil }
        let savedPos = pos, savedEnd = lastEnd
        consume(labelToken)
        let t = try peek(.command)
        switch keyword(t) {
        case "foreach": return try parseForeach(t, label: name, start: labelToken.start)
        case "for": return try parseFor(t, label: name, start: labelToken.start)
        case "while": return try parseWhile(t, label: name, start: labelToken.start)
        case "do": return try parseDo(t, label: name, start: labelToken.start)
        case "switch": return try parseSwitch(t, label: name, start: labelToken.start)
        default:
            restore(savedPos, savedEnd)
            return try parsePipelineStatement()
        }
    }

    /// A pipeline, or an assignment `target op statement`.
    mutating func parsePipelineStatement() throws(ParseError) -> StatementAst? {
        let expression = try parseExpression()
        if let expression {
            let t = try peek(.expression)
            if case let .assign(op) = t.kind {
                consume(t)
                try checkAssignable(expression)
                let outer = try enter(t)
                defer { leave(restoring: outer) }
                try skipNewlines()
                guard let value = try parseStatement() else {
                    throw incompleteAfter("ExpectedValueExpression", ParseMessages.expectedValueExpression(text(t)), t.end)
                }
                return .assignment(AssignmentAst(target: expression, op: op, value: value,
                                                 range: expression.range.union(value.range), operatorRange: range(t)))
            }
        }
        guard let pipeline = try parsePipeline(startExpression: expression) else { return nil }
        return try parsePipelineChain(pipeline)
    }

    /// `first && next || next …`: the pipelines after a first one joined by `&&` and `||`.
    mutating func parsePipelineChain(_ first: PipelineAst) throws(ParseError) -> StatementAst {
        var t = try peek(.command)
        var rest: [(op: PipelineChainOperator, pipeline: PipelineAst)] = []
        while true {
            let op: PipelineChainOperator
            switch t.kind {
            case .andAnd: op = .and
            case .orOr: op = .or
            default:
                if rest.isEmpty { return .pipeline(first) }
                return .pipelineChain(PipelineChainAst(first: first, rest: rest, range: first.range.union(rest[rest.count - 1].pipeline.range)))
            }
            consume(t)
            let outer = try enter(t)
            defer { leave(restoring: outer) }
            try skipNewlines()
            let expression = try parseExpression()
            guard let next = try parsePipeline(startExpression: expression) else {
                throw incompleteAfter("EmptyPipelineChainElement", ParseMessages.emptyPipelineChainElement, t.end)
            }
            rest.append((op, next))
            t = try peek(.command)
        }
    }

    /// `trap [Type] { … }`
    mutating func parseTrap(_ kw: Token) throws(ParseError) -> StatementAst {
        consume(kw)
        try skipNewlines()
        var typeName: String?
        let lb = try peek(.expression)
        if lb.isLBracket { typeName = try parseAttribute(lb).text }
        guard let body = try parseStatementBlock() else {
            throw incompleteAfter("MissingTrapStatement", ParseMessages.missingTrapStatement, lastEnd)
        }
        return .trapStatement(TrapAst(typeName: typeName, body: body, range: from(kw.start, to: body.range.end)))
    }

    func checkAssignable(_ e: ExpressionAst) throws(ParseError) {
        switch e {
        case let .variable(v) where !v.splatted: return
        case .member, .index: return
        case let .convert(type, inner, _):
            if case let .variable(v) = inner, let expected = Parser.automaticVariableType(v.name), !Parser.names(type.name, expected) {
                // PowerShell's semantic check: an automatic variable keeps the type the engine gives it.
                let name = v.name.lowercased().hasPrefix("local:") ? String(v.name.dropFirst(6)) : v.name
                throw ParseError(errorId: "AssignmentStatementToAutomaticNotSupported",
                                 message: ParseMessages.assignmentStatementToAutomaticNotSupported(name, expected), range: e.range)
            }
            try checkAssignable(inner)
        case let .arrayLiteral(items, _):
            for item in items { try checkAssignable(item) }
        default:
            throw ParseError(errorId: "InvalidLeftHandSide", message: ParseMessages.invalidLeftHandSide, range: e.range)
        }
    }

    /// The type of an automatic variable that a typed assignment must keep (`[object]$_ = 1` is allowed,
    /// `[datetime]$_ = 1` is a parse error), by the variable's name (optionally `local:`); nil for others.
    static func automaticVariableType(_ name: String) -> String? {
        var key = name.lowercased()
        if key.hasPrefix("local:") { key.removeFirst(6) }
        switch key {
        case "_", "this", "input": return "System.Object"
        case "args": return "System.Object[]"
        case "pscmdlet": return "System.Management.Automation.PSCmdlet"
        case "psboundparameters": return "System.Management.Automation.PSBoundParametersDictionary"
        case "myinvocation": return "System.Management.Automation.InvocationInfo"
        case "psscriptroot", "pscommandpath": return "System.String"
        default: return nil
        }
    }

    /// Whether a type name as written (`object`, `System.Object`, `string`) names `fullName`.
    static func names(_ written: String, _ fullName: String) -> Bool {
        let w = written.lowercased().filter { $0 != " " }
        let full = fullName.lowercased()
        if w == full { return true }
        let short = full.split(separator: ".").last.map(String.init) ?? full
        if w == short || "system." + w == full { return true }
        return false
    }

    /// A statement used where the AST wants a pipeline (conditions, `return`): an assignment becomes
    /// the expression `($x = …)`, whose value is the assigned value.
    func asPipeline(_ s: StatementAst) -> PipelineAst {
        if case let .pipeline(p) = s { return p }
        return PipelineAst(elements: [.expression(.paren(s, s.range), redirections: [])], range: s.range)
    }

    /// `{ statements }` after optional newlines; nil when there is no `{`.
    mutating func parseStatementBlock() throws(ParseError) -> StatementBlockAst? {
        try skipNewlines()
        let t = try peek(.command)
        guard t.isLCurly else { return nil }
        consume(t)
        let outer = try enter(t, noComma: false)
        defer { leave(restoring: outer) }
        let statements = try parseStatementList()
        let close = try peek(.command)
        guard close.isRCurly else {
            throw incomplete("MissingEndCurlyBrace", ParseMessages.missingEndCurlyBrace, t.start, t.end, detectedAt: close.end)
        }
        consume(close)
        return StatementBlockAst(statements: statements, range: range(t.start, close.end))
    }

    // MARK: - if

    mutating func parseIf(_ ifToken: Token) throws(ParseError) -> StatementAst {
        var clauses: [IfClauseAst] = []
        var elseBody: StatementBlockAst?
        var kw = ifToken
        consume(kw)
        while true {
            let kwText = text(kw)
            try skipNewlines()
            let lp = try peek(.command)
            guard lp.isLParen else {
                throw incompleteAfter("MissingOpenParenthesisInIfStatement", ParseMessages.missingOpenParenthesisInIfStatement(kwText), kw.end)
            }
            let (condition, rp) = try parseCondition(
                lp, missing: ("IfStatementMissingCondition", ParseMessages.ifStatementMissingCondition(kwText)),
                unclosed: ("MissingEndParenthesisAfterStatement", ParseMessages.missingEndParenthesisAfterStatement(kwText)))
            guard let body = try parseStatementBlock() else {
                throw incompleteAfter("MissingStatementBlock", ParseMessages.missingStatementBlock(kwText), rp.end)
            }
            clauses.append(IfClauseAst(condition: condition, body: body))
            let savedPos = pos, savedEnd = lastEnd
            try skipNewlines()
            let next = try peek(.command)
            let k = keyword(next)
            if k == "elseif" {
                consume(next)
                kw = next
                continue
            }
            if k == "else" {
                consume(next)
                guard let body = try parseStatementBlock() else {
                    throw incompleteAfter("MissingStatementBlockAfterElse", ParseMessages.missingStatementBlockAfterElse, next.end)
                }
                elseBody = body
                break
            }
            restore(savedPos, savedEnd)
            break
        }
        let end = elseBody?.range.end ?? clauses[clauses.count - 1].body.range.end
        return .ifStatement(IfAst(clauses: clauses, elseBody: elseBody, range: from(ifToken.start, to: end)))
    }

    // MARK: - Loops

    mutating func parseForeach(_ kw: Token, label: String?, start: Int) throws(ParseError) -> StatementAst {
        consume(kw)
        try skipNewlines()
        // PowerShell's parser accepts -Parallel and -ThrottleLimit n (matched by prefix), then its
        // semantic checks reject them as reserved; any other flag is InvalidForeachFlag.
        var reserved: String?
        var throttleLimit = false
        while true {
            let t = try peek(.command)
            guard case let .parameter(name, _) = t.kind else { break }
            consume(t)
            if Parser.isSpecificParameter(name, "parallel") {
                reserved = "parallel"
            } else if Parser.isSpecificParameter(name, "throttlelimit") {
                try skipNewlines()
                guard try parseCommandArgument(.argument) != nil else {
                    throw incompleteAfter("MissingThrottleLimit", ParseMessages.missingThrottleLimit, t.end)
                }
                throttleLimit = true
            } else {
                throw error("InvalidForeachFlag", ParseMessages.invalidForeachFlag(name), t)
            }
            try skipNewlines()
        }
        if reserved == nil && throttleLimit { reserved = "throttlelimit" }
        let lp = try peek(.command)
        guard lp.isLParen else {
            throw incompleteAfter("MissingOpenParenthesisAfterKeyword", ParseMessages.missingOpenParenthesisAfterKeyword("foreach"), kw.end)
        }
        consume(lp)
        try skipNewlines()
        let v = try peek(.command)
        guard case let .variable(name, _) = v.kind else {
            throw incompleteAfter("MissingVariableNameAfterForeach", ParseMessages.missingVariableNameAfterForeach, lp.end)
        }
        consume(v)
        try skipNewlines()
        let inToken = try peek(.command)
        guard keyword(inToken) == "in" else {
            throw incompleteAfter("MissingInInForeach", ParseMessages.missingInInForeach, v.end)
        }
        consume(inToken)
        try skipNewlines()
        guard let collection = try parsePipelineStatement() else {
            throw incompleteAfter("MissingForeachExpression", ParseMessages.missingForeachExpression, inToken.end)
        }
        try skipNewlines()
        let rp = try peek(.command)
        guard rp.isRParen else {
            throw incompleteAfter("MissingEndParenthesisAfterForeach", ParseMessages.missingEndParenthesisAfterForeach, lastEnd)
        }
        consume(rp)
        guard let body = try parseStatementBlock() else {
            throw incompleteAfter("MissingForeachStatement", ParseMessages.missingForeachStatement, rp.end)
        }
        let r = from(start, to: body.range.end)
        if let reserved {
            // SemanticChecks.VisitForEachStatement: reported over the whole statement, -parallel first.
            throw ParseError(errorId: "KeywordParameterReservedForFutureUse",
                             message: ParseMessages.keywordParameterReservedForFutureUse("foreach", reserved), range: r)
        }
        return .foreachStatement(ForeachAst(label: label, variable: name, collection: asPipeline(collection), body: body, range: r))
    }

    mutating func parseFor(_ kw: Token, label: String?, start: Int) throws(ParseError) -> StatementAst {
        consume(kw)
        try skipNewlines()
        let lp = try peek(.command)
        guard lp.isLParen else {
            throw incompleteAfter("MissingOpenParenthesisAfterKeyword", ParseMessages.missingOpenParenthesisAfterKeyword("for"), kw.end)
        }
        consume(lp)
        try skipNewlines()
        let initializer = try parsePipelineStatement()
        var t = try peek(.command)
        if t.isSemicolon { consume(t) }
        try skipNewlines()
        let condition = try parsePipelineStatement()
        t = try peek(.command)
        if t.isSemicolon { consume(t) }
        try skipNewlines()
        let iterator = try parsePipelineStatement()
        try skipNewlines()
        let rp = try peek(.command)
        guard rp.isRParen else {
            throw incompleteAfter("MissingEndParenthesisAfterStatement", ParseMessages.missingEndParenthesisAfterStatement("for"), lastEnd)
        }
        consume(rp)
        guard let body = try parseStatementBlock() else {
            throw incompleteAfter("MissingLoopStatement", ParseMessages.missingLoopStatement("for"), rp.end)
        }
        return .forStatement(ForAst(label: label, initializer: initializer, condition: condition.map(asPipeline),
                                    iterator: iterator, body: body,
                                    range: from(start, to: body.range.end)))
    }

    mutating func parseWhile(_ kw: Token, label: String?, start: Int) throws(ParseError) -> StatementAst {
        consume(kw)
        let (condition, rp) = try parseLoopCondition(after: kw, keyword: "while")
        guard let body = try parseStatementBlock() else {
            throw incompleteAfter("MissingLoopStatement", ParseMessages.missingLoopStatement("while"), rp.end)
        }
        return .whileStatement(WhileAst(label: label, condition: condition, body: body,
                                        range: from(start, to: body.range.end)))
    }

    /// `( pipeline )` after `while` / `until`; returns the condition and the `)` token.
    mutating func parseLoopCondition(after kw: Token, keyword: String) throws(ParseError) -> (PipelineAst, Token) {
        try skipNewlines()
        let lp = try peek(.command)
        guard lp.isLParen else {
            throw incompleteAfter("MissingOpenParenthesisAfterKeyword", ParseMessages.missingOpenParenthesisAfterKeyword(keyword), kw.end)
        }
        return try parseCondition(
            lp, missing: ("MissingExpressionAfterKeyword", ParseMessages.missingExpressionAfterKeyword(keyword)),
            unclosed: ("MissingEndParenthesisAfterStatement", ParseMessages.missingEndParenthesisAfterStatement(keyword)))
    }

    /// The `( pipeline )` condition of if, elseif, while, until and switch, from the `(` (`lp`, not yet
    /// consumed), which counts as one level of nesting. Each statement has its own errors for an empty
    /// condition (`missing`, reported after the `(`) and a missing `)` (`unclosed`, after the condition).
    /// Returns the condition and the `)` token.
    mutating func parseCondition(_ lp: Token, missing: (id: String, message: String),
                                 unclosed: (id: String, message: String)) throws(ParseError) -> (PipelineAst, Token) {
        consume(lp)
        let outer = try enter(lp)
        defer { leave(restoring: outer) }
        try skipNewlines()
        guard let condition = try parsePipelineStatement() else {
            throw incompleteAfter(missing.id, missing.message, lp.end)
        }
        try skipNewlines()
        let rp = try peek(.command)
        guard rp.isRParen else {
            throw incompleteAfter(unclosed.id, unclosed.message, lastEnd)
        }
        consume(rp)
        return (asPipeline(condition), rp)
    }

    mutating func parseDo(_ kw: Token, label: String?, start: Int) throws(ParseError) -> StatementAst {
        consume(kw)
        guard let body = try parseStatementBlock() else {
            throw incompleteAfter("MissingLoopStatement", ParseMessages.missingLoopStatement("do"), kw.end)
        }
        let bodyEnd = lastEnd
        try skipNewlines()
        let t = try peek(.command)
        let k = keyword(t)
        guard k == "while" || k == "until" else {
            throw incompleteAfter("MissingWhileOrUntilInDoWhile", ParseMessages.missingWhileOrUntilInDoWhile, bodyEnd)
        }
        consume(t)
        let (condition, rp) = try parseLoopCondition(after: t, keyword: k!)
        return .doStatement(DoAst(label: label, body: body, condition: condition, isUntil: k == "until",
                                  range: range(start, rp.end)))
    }

    // MARK: - try / throw / return / exit / break / continue

    mutating func parseTry(_ kw: Token) throws(ParseError) -> StatementAst {
        consume(kw)
        guard let body = try parseStatementBlock() else {
            throw incompleteAfter("MissingTryStatementBlock", ParseMessages.missingTryStatementBlock, kw.end)
        }
        let bodyEnd = lastEnd
        var catches: [CatchClauseAst] = []
        var finallyBlock: StatementBlockAst?
        var catchAll: CatchClauseAst?
        while true {
            let savedPos = pos, savedEnd = lastEnd
            try skipNewlines()
            let t = try peek(.command)
            let k = keyword(t)
            if k == "catch" {
                consume(t)
                var types: [String] = []
                while true {
                    // The type may be on a line of its own (`catch` ⏎ `[int]` ⏎ `,` ⏎ `[char]`).
                    let beforeTypePos = pos, beforeTypeEnd = lastEnd
                    try skipNewlines()
                    let lb = try peek(.expression)
                    guard lb.isLBracket else {
                        restore(beforeTypePos, beforeTypeEnd)
                        break
                    }
                    types.append(try parseAttribute(lb).text)
                    let afterTypePos = pos, afterTypeEnd = lastEnd
                    try skipNewlines()
                    let comma = try peek(.expression)
                    guard comma.isComma else {
                        restore(afterTypePos, afterTypeEnd)
                        break
                    }
                    consume(comma)
                    try skipNewlines()
                    guard try peek(.expression).isLBracket else {
                        throw incompleteAfter("MissingTypeLiteralToken", ParseMessages.missingTypeLiteralToken, comma.end)
                    }
                }
                if let catchAll {
                    throw ParseError(errorId: "EmptyCatchNotLast", message: ParseMessages.emptyCatchNotLast, range: catchAll.range)
                }
                let typesEnd = lastEnd
                guard let block = try parseStatementBlock() else {
                    throw incompleteAfter("MissingCatchHandlerBlock", ParseMessages.missingCatchHandlerBlock, typesEnd)
                }
                let clause = CatchClauseAst(typeNames: types, body: block, range: from(t.start, to: block.range.end))
                if types.isEmpty { catchAll = clause }
                catches.append(clause)
                continue
            }
            if k == "finally" {
                consume(t)
                guard let block = try parseStatementBlock() else {
                    throw incompleteAfter("MissingFinallyStatementBlock", ParseMessages.missingFinallyStatementBlock, t.end)
                }
                if let leaving = Parser.leavingStatement(block.statements) {
                    throw error("ControlLeavingFinally", ParseMessages.controlLeavingFinally, leaving.start - lexer.shift, leaving.end - lexer.shift)
                }
                finallyBlock = block
                break
            }
            restore(savedPos, savedEnd)
            break
        }
        if catches.isEmpty && finallyBlock == nil {
            throw incompleteAfter("MissingCatchOrFinally", ParseMessages.missingCatchOrFinally, bodyEnd)
        }
        let end = finallyBlock?.range.end ?? catches[catches.count - 1].range.end
        return .tryStatement(TryAst(body: body, catches: catches, finally: finallyBlock, range: from(kw.start, to: end)))
    }

    /// The first `break` or `continue` of a finally block that would leave it: one not inside a loop or
    /// switch of the block itself (script blocks and functions are other code, and are not looked into).
    static func leavingStatement(_ statements: [StatementAst]) -> SourceRange? {
        for s in statements {
            switch s {
            case let .breakStatement(_, r), let .continueStatement(_, r): return r
            case let .ifStatement(i):
                for c in i.clauses { if let r = leavingStatement(c.body.statements) { return r } }
                if let e = i.elseBody, let r = leavingStatement(e.statements) { return r }
            case let .tryStatement(t):
                if let r = leavingStatement(t.body.statements) { return r }
                for c in t.catches { if let r = leavingStatement(c.body.statements) { return r } }
            default: continue
            }
        }
        return nil
    }

    /// `throw`, `exit`, `return`, each with an optional pipeline on the same line.
    mutating func parseFlowStatement(_ kw: Token, keyword: String) throws(ParseError) -> StatementAst {
        consume(kw)
        let t = try peek(.command)
        var pipeline: PipelineAst?
        if !t.endsStatement, let s = try parsePipelineStatement() {
            pipeline = asPipeline(s)
        }
        let r = range(kw.start, lastEnd)
        switch keyword {
        case "throw": return .throwStatement(pipeline, r)
        case "exit": return .exitStatement(pipeline, r)
        default: return .returnStatement(pipeline, r)
        }
    }

    /// `break` / `continue`, with an optional loop label (`break outer`); the statement's range then
    /// covers the label.
    mutating func parseBreakContinue(_ kw: Token, keyword: String) throws(ParseError) -> StatementAst {
        consume(kw)
        let t = try peek(.command)
        var label: String?
        if !t.endsStatement {
            guard case let .word(name, nil) = t.kind else {
                throw error("UnsupportedLabel", ParseMessages.unsupportedLabel(keyword), t)
            }
            consume(t)
            label = name
        }
        let r = range(kw.start, lastEnd)
        return keyword == "break" ? .breakStatement(label: label, r) : .continueStatement(label: label, r)
    }
}
