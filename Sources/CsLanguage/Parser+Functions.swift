// Function and filter definitions and their parameter lists.

extension Parser {
    mutating func parseFunction(_ kw: Token, isFilter: Bool) throws(ParseError) -> StatementAst {
        consume(kw)
        let nameToken = try peek(.command)
        let name: String
        switch nameToken.kind {
        case let .word(value, _): name = value
        case let .string(value, _): name = value
        case .parameter, .label, .number: name = text(nameToken)
        default:
            throw incompleteAfter("MissingNameAfterKeyword", ParseMessages.missingNameAfterKeyword(text(kw).lowercased()), kw.end)
        }
        consume(nameToken)
        try skipNewlines()
        var parameters: [ParameterAst]? = nil
        var t = try peek(.command)
        if t.isLParen {
            consume(t)
            parameters = try parseParameterList(t)
            try skipNewlines()
            t = try peek(.command)
        }
        guard t.isLCurly else {
            throw incompleteAfter("MissingFunctionBody", ParseMessages.missingFunctionBody, lastEnd)
        }
        let body = try parseScriptBlock(t)
        // Both lists written, even empty ones: `function f() { param() }` is an error too.
        if parameters != nil, let block = body.paramBlock {
            throw ParseError(errorId: "OnlyOneParameterListAllowed", message: ParseMessages.onlyOneParameterListAllowed,
                             range: block)
        }
        return .functionDefinition(FunctionAst(name: name, isFilter: isFilter, parameters: parameters ?? [], body: body,
                                               range: from(kw.start, to: body.range.end)))
    }

    /// `( [attr] [type] $name = default, … )` of `param` or `function f( … )`; `lp` is consumed.
    mutating func parseParameterList(_ lp: Token) throws(ParseError) -> [ParameterAst] {
        let outer = try enter(lp, noComma: true)
        defer { leave(restoring: outer) }
        var parameters: [ParameterAst] = []
        var seen = Set<String>()
        try skipNewlines()
        var t = try peek(.expression)
        if !t.isRParen {
            while true {
                try skipNewlines()
                t = try peek(.expression)
                let start = t.start
                var attributes: [AttributeAst] = []
                var typeName: String?
                while t.isLBracket {
                    let a = try parseAttribute(t)
                    attributes.append(a.ast)
                    if !a.hasArguments { typeName = a.text }
                    try skipNewlines()
                    t = try peek(.expression)
                }
                guard case let .variable(name, false) = t.kind else {
                    throw incomplete("InvalidFunctionParameter", ParseMessages.invalidFunctionParameter, t.start, t.end, detectedAt: t.start)
                }
                consume(t)
                if !seen.insert(name.lowercased()).inserted {
                    throw error("DuplicateFormalParameter", ParseMessages.duplicateFormalParameter(name), t)
                }
                var defaultValue: ExpressionAst?
                let eq = try peek(.expression)
                if case .assign(.assign) = eq.kind {
                    consume(eq)
                    try skipNewlines()
                    guard let value = try parseExpression() else {
                        throw incompleteAfter("ExpectedValueExpression", ParseMessages.expectedValueExpression("="), eq.end)
                    }
                    defaultValue = value
                }
                parameters.append(ParameterAst(name: name, typeName: typeName, attributes: attributes,
                                               defaultValue: defaultValue, range: range(start, lastEnd)))
                try skipNewlines()
                let comma = try peek(.expression)
                guard comma.isComma else { break }
                consume(comma)
            }
        }
        try skipNewlines()
        let close = try peek(.expression)
        guard close.isRParen else {
            throw incomplete("MissingEndParenthesisInFunctionParameterList", ParseMessages.missingEndParenthesisInFunctionParameterList,
                             lastEnd, lastEnd, detectedAt: close.start)
        }
        consume(close)
        return parameters
    }
}
