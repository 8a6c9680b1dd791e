// Type definitions: `class Name [: Base] { members }` and `enum Name [: type] { members }`.

extension Parser {
    /// `[attr]… class|enum …` at a statement start; nil (nothing consumed) when the attributes are not
    /// followed by one of those keywords.
    mutating func parseAttributedTypeDefinition() throws(ParseError) -> StatementAst? {
        let savedPos = pos, savedEnd = lastEnd
        var attributes: [AttributeAst] = []
        do {
            while true {
                try skipNewlines()
                let t = try peek(.expression)
                guard t.isLBracket else { break }
                let a = try parseAttribute(t)
                guard a.hasArguments || ["flags", "system.flags", "flagsattribute"].contains(a.name.lowercased()) else {
                    restore(savedPos, savedEnd)
                    return nil
                }
                attributes.append(a.ast)
            }
            let t = try peek(.command)
            if let k = keyword(t), k == "class" || k == "enum" {
                return try parseTypeDefinition(t, isEnum: k == "enum", attributes: attributes)
            }
        } catch {
            restore(savedPos, savedEnd)
            return nil
        }
        restore(savedPos, savedEnd)
        return nil
    }

    /// An identifier at `start` (after blanks): its text and end offset.
    private func identifier(at start: Int) -> (String, Int, Int)? {
        let i = lexer.skipBlank(start)
        guard i < lexer.limit, lexer.src[i].isIdentifierStart else { return nil }
        var j = i
        while j < lexer.limit, lexer.src[j].isIdentifierStart || ("0"..."9").contains(lexer.src[j]) { j += 1 }
        return (lexer.text(i, j), i, j)
    }

    mutating func parseTypeDefinition(_ kw: Token, isEnum: Bool, attributes: [AttributeAst]) throws(ParseError) -> StatementAst {
        let keywordText = isEnum ? "enum" : "class"
        consume(kw)
        guard let (name, nameStart, nameEnd) = identifier(at: pos) else {
            throw incompleteAfter("MissingNameAfterKeyword", ParseMessages.missingNameAfterKeyword(keywordText), kw.end)
        }
        consume(Token(.word(name, parts: nil), nameStart, nameEnd))
        var baseTypes: [String] = []
        var i = lexer.skipBlank(pos)
        if i < lexer.limit && lexer.src[i] == ":" {
            var next = i + 1
            while true {
                let s = lexer.skipBlank(next)
                guard let e = try typeNameEnd(s, nesting: depth) else {
                    throw incompleteAfter("TypeNameExpected", ParseMessages.missingTypename, next)
                }
                baseTypes.append(lexer.text(s, e))
                consume(Token(.word(lexer.text(s, e), parts: nil), s, e))
                next = lexer.skipBlank(e)
                guard next < lexer.limit && lexer.src[next] == "," else { break }
                next += 1
            }
            i = lexer.skipBlank(pos)
        }
        guard i < lexer.limit && lexer.src[i] == "{" else {
            throw incompleteAfter("MissingTypeBody", "Missing opening '{' of the \(keywordText) body.", lastEnd)
        }
        let lc = Token(.lCurly, i, i + 1)
        consume(lc)
        let outer = try enter(lc, noComma: false)
        defer { leave(restoring: outer) }
        var def = TypeDefinitionAst(name: name, isEnum: isEnum, baseTypes: baseTypes, attributes: attributes, range: range(kw.start, kw.end))
        while true {
            try skipNewlinesAndSemicolons()
            let t = try peek(.command)
            if t.isRCurly {
                consume(t)
                break
            }
            if t.isEOF {
                throw incomplete("MissingEndCurlyBrace", ParseMessages.missingEndCurlyBrace, lc.start, lc.end, detectedAt: t.end)
            }
            if isEnum {
                guard let (m, ms, me) = identifier(at: pos) else { throw unexpected(t) }
                consume(Token(.word(m, parts: nil), ms, me))
                var value: ExpressionAst?
                let eq = try peek(.expression)
                if case .assign(.assign) = eq.kind {
                    consume(eq)
                    try skipNewlines()
                    guard let v = try parseExpression() else {
                        throw incompleteAfter("ExpectedValueExpression", ParseMessages.expectedValueExpression("="), eq.end)
                    }
                    value = v
                }
                def.enumMembers.append(EnumMemberAst(name: m, value: value, range: range(ms, lastEnd)))
            } else {
                try parseClassMember(&def)
            }
        }
        def.range = range(kw.start, lastEnd)
        return .typeDefinition(def)
    }

    private mutating func parseClassMember(_ def: inout TypeDefinitionAst) throws(ParseError) {
        var attributes: [AttributeAst] = []
        var typeName: String?
        var isStatic = false, isHidden = false
        let start = try peek(.command).start
        while true {
            // `[attr]; [type]; $x` is one member: attributes and the type may stand apart.
            if attributes.isEmpty && typeName == nil { try skipNewlines() } else { try skipNewlinesAndSemicolons() }
            let t = try peek(.expression)
            if t.isLBracket {
                let a = try parseAttribute(t)
                if a.hasArguments { attributes.append(a.ast) } else { typeName = a.text }
                continue
            }
            if let (w, ws, we) = identifier(at: pos), ws == t.start {
                switch w.lowercased() {
                case "static":
                    isStatic = true
                    consume(Token(.word(w, parts: nil), ws, we))
                    continue
                case "hidden":
                    isHidden = true
                    consume(Token(.word(w, parts: nil), ws, we))
                    continue
                default:
                    break
                }
                // A method or constructor: Name( … ) { … }
                consume(Token(.word(w, parts: nil), ws, we))
                let p = lexer.skipBlank(pos)
                guard p < lexer.limit && lexer.src[p] == "(" else {
                    throw error("MissingPropertyOrMethod", "Unexpected token '\(w)' in a class member.", ws, we)
                }
                let lp = Token(.lParen, p, p + 1)
                consume(lp)
                let parameters = try parseParameterList(lp)
                var baseArguments: [ExpressionAst]?
                var q = lexer.skipBlank(pos)
                if q < lexer.limit && lexer.src[q] == ":" {
                    guard let (b, bs, be) = identifier(at: q + 1), b.lowercased() == "base" else {
                        throw incompleteAfter("MissingBaseCtorCall", "Missing 'base' after ':' in a constructor.", q + 1)
                    }
                    consume(Token(.word(b, parts: nil), bs, be))
                    let r = lexer.skipBlank(pos)
                    guard r < lexer.limit && lexer.src[r] == "(" else {
                        throw incompleteAfter("MissingMethodParameterList", "Missing '(' after 'base'.", be)
                    }
                    let blp = Token(.lParen, r, r + 1)
                    consume(blp)
                    baseArguments = try parseMethodArguments(blp)
                    q = lexer.skipBlank(pos)
                }
                guard q < lexer.limit && lexer.src[q] == "{" else {
                    throw incompleteAfter("MissingFunctionBody", ParseMessages.missingFunctionBody, lastEnd)
                }
                let body = try parseScriptBlock(Token(.lCurly, q, q + 1))
                def.methods.append(FunctionMemberAst(name: w, returnType: typeName, attributes: attributes, isStatic: isStatic, isHidden: isHidden,
                                                     isConstructor: w.lowercased() == def.name.lowercased(), parameters: parameters,
                                                     baseArguments: baseArguments, body: body, range: range(start, lastEnd)))
                return
            }
            guard case let .variable(name, false) = t.kind else { throw unexpected(t) }
            consume(t)
            var defaultValue: ExpressionAst?
            let eq = try peek(.expression)
            if case .assign(.assign) = eq.kind {
                consume(eq)
                try skipNewlines()
                guard let v = try parseExpression() else {
                    throw incompleteAfter("ExpectedValueExpression", ParseMessages.expectedValueExpression("="), eq.end)
                }
                defaultValue = v
            }
            def.properties.append(PropertyMemberAst(name: name, typeName: typeName, attributes: attributes, isStatic: isStatic, isHidden: isHidden,
                                                    defaultValue: defaultValue, range: range(start, lastEnd)))
            return
        }
    }
}
