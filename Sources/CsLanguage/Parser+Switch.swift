// The switch statement: flags, the value or file it reads, and its clauses.

extension Parser {
    /// PowerShell's IsSpecificParameter: the flag names `flag` when it is a case-insensitive prefix of it
    /// (`-r`, `-Reg`, `-REGEX` all name `regex`).
    static func isSpecificParameter(_ name: String, _ flag: String) -> Bool {
        flag.hasPrefix(name.lowercased())
    }

    /// `switch [flags] ( pipeline ) { clauses }` or `switch [flags] -file path { clauses }`, with
    /// PowerShell's SwitchStatementRule errors and positions.
    mutating func parseSwitch(_ kw: Token, label: String?, start: Int) throws(ParseError) -> StatementAst {
        consume(kw)
        var mode = SwitchAst.Mode.equality
        var caseSensitive = false
        var parallel = false
        var file: ExpressionAst?
        // Newlines may come before the flags, not between them or before the `(`.
        try skipNewlines()
        while true {
            let t = try peek(.command)
            guard case let .parameter(name, _) = t.kind else { break }
            consume(t)
            // The order of the tests is PowerShell's: `-e` is -exact, `-c` -casesensitive, `-f` -file.
            if Parser.isSpecificParameter(name, "regex") {
                mode = .regex
            } else if Parser.isSpecificParameter(name, "wildcard") {
                mode = .wildcard
            } else if Parser.isSpecificParameter(name, "exact") {
                mode = .equality // PowerShell clears both -regex and -wildcard
            } else if Parser.isSpecificParameter(name, "casesensitive") {
                caseSensitive = true
            } else if Parser.isSpecificParameter(name, "parallel") {
                parallel = true
            } else if Parser.isSpecificParameter(name, "file") {
                try skipNewlines()
                guard let path = try parseCommandArgument(.fileName) else {
                    throw incompleteAfter("MissingFilenameOption", ParseMessages.missingFilenameOption, t.end)
                }
                file = path
            } else {
                throw error("InvalidSwitchFlag", ParseMessages.invalidSwitchFlag(name), t)
            }
        }
        let input: SwitchAst.Input
        let lp = try peek(.command)
        if lp.isLParen {
            if file != nil {
                throw error("PipelineValueRequired", ParseMessages.pipelineValueRequired, lp)
            }
            input = .value(try parseCondition(
                lp, missing: ("PipelineValueRequired", ParseMessages.pipelineValueRequired),
                unclosed: ("MissingEndParenthesisInSwitchStatement", ParseMessages.missingEndParenthesisInSwitchStatement)).0)
        } else if let file {
            input = .file(file)
        } else {
            throw incompleteAfter("PipelineValueRequired", ParseMessages.pipelineValueRequired, lastEnd)
        }
        try skipNewlines()
        let lc = try peek(.command)
        guard lc.isLCurly else {
            throw incompleteAfter("MissingCurlyBraceInSwitchStatement", ParseMessages.missingCurlyBraceInSwitchStatement, lastEnd)
        }
        consume(lc)
        let outer = try enter(lc)
        defer { leave(restoring: outer) }
        var clauses: [SwitchClauseAst] = []
        var defaultBody: StatementBlockAst?
        var clauseEnd = lc.end // after `{`, then after each clause's body
        try skipNewlines()
        // At least one clause: `switch ($x) { }` is MissingSwitchConditionExpression, as in PowerShell.
        while true {
            guard let pattern = try parseCommandArgument(.fileName) else {
                throw incompleteAfter("MissingSwitchConditionExpression", ParseMessages.missingSwitchConditionExpression, clauseEnd)
            }
            guard let body = try parseStatementBlock() else {
                throw incompleteAfter("MissingSwitchStatementClause", ParseMessages.missingSwitchStatementClause, lastEnd)
            }
            clauseEnd = lastEnd
            // The default clause is the bare word `default` (any case), not a quoted 'default'.
            if case let .string(word, .bare, r) = pattern, word.lowercased() == "default" {
                if defaultBody != nil {
                    throw ParseError(errorId: "MultipleSwitchDefaultClauses", message: ParseMessages.multipleSwitchDefaultClauses, range: r)
                }
                defaultBody = body
            } else {
                clauses.append(SwitchClauseAst(pattern: pattern, body: body))
            }
            try skipNewlinesAndSemicolons()
            let t = try peek(.command)
            if t.isRCurly { consume(t); break }
            if t.isEOF {
                throw incomplete("MissingEndCurlyBrace", ParseMessages.missingEndCurlyBrace, lc.start, lc.end, detectedAt: t.end)
            }
        }
        let r = range(start, lastEnd)
        if parallel {
            // SemanticChecks.VisitSwitchStatement: reported over the whole statement.
            throw ParseError(errorId: "KeywordParameterReservedForFutureUse",
                             message: ParseMessages.keywordParameterReservedForFutureUse("switch", "parallel"), range: r)
        }
        return .switchStatement(SwitchAst(label: label, mode: mode, caseSensitive: caseSensitive, input: input,
                                          clauses: clauses, defaultBody: defaultBody, range: r))
    }
}
