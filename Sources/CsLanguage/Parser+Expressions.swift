// Expressions. Precedence, loosest first: `? :` < -and -or -xor < -band -bor -bxor < comparison (-eq …
// -is -as -replace -split -join -shl -shr) < ?? < + - < * / % < -f < .. < , (array literal) < unary <
// postfix (PowerShell's TokenFlags.BinaryPrecedence* values).

extension Parser {
    // MARK: - Binary operators

    static func binaryOperator(_ t: Token) -> (BinaryOperator, Int)? {
        switch t.kind {
        case .plus: return (.add, 9)
        case .minus: return (.subtract, 9)
        case .star: return (.multiply, 10)
        case .slash: return (.divide, 10)
        case .percent: return (.remainder, 10)
        case .dotDot: return (.range, 13)
        case let .op(.binary(op)):
            switch op {
            case .and, .or, .xor: return (op, 1)
            case .band, .bor, .bxor: return (op, 2)
            case .coalesce: return (op, 7)
            case .format: return (op, 12)
            default: return (op, 5)
            }
        default: return nil
        }
    }

    /// A full expression; nil (nothing consumed) when the next token does not start one: binary
    /// operators, then `? :` (the loosest, right-associative).
    mutating func parseExpression() throws(ParseError) -> ExpressionAst? {
        guard let condition = try parseBinaryExpression() else { return nil }
        let q = try peek(.expression)
        guard case .question = q.kind else { return condition }
        consume(q)
        let outer = try enter(q)
        defer { leave(restoring: outer) }
        try skipNewlines()
        guard let whenTrue = try parseExpression() else {
            throw incompleteAfter("ExpectedValueExpression", ParseMessages.expectedValueExpression("?"), q.end)
        }
        try skipNewlines()
        let colon = try peek(.expression)
        guard case .colon = colon.kind else {
            throw incompleteAfter("MissingColonInTernaryExpression", ParseMessages.missingColonInTernaryExpression, lastEnd)
        }
        consume(colon)
        try skipNewlines()
        guard let whenFalse = try parseExpression() else {
            throw incompleteAfter("ExpectedValueExpression", ParseMessages.expectedValueExpression(":"), colon.end)
        }
        return .ternary(condition, whenTrue, whenFalse, condition.range.union(whenFalse.range))
    }

    /// Binary operators over array-literal operands, all left-associative.
    mutating func parseBinaryExpression() throws(ParseError) -> ExpressionAst? {
        guard let first = try parseArrayLiteral() else { return nil }
        var operands: [ExpressionAst] = [first]
        var operators: [(op: BinaryOperator, precedence: Int, range: SourceRange)] = []
        func reduce(_ operands: inout [ExpressionAst], _ operators: inout [(op: BinaryOperator, precedence: Int, range: SourceRange)]) {
            let rhs = operands.removeLast(), lhs = operands.removeLast()
            let o = operators.removeLast()
            operands.append(.binary(o.op, lhs, rhs, operatorRange: o.range, lhs.range.union(rhs.range)))
        }
        while true {
            let t = try peek(.expression)
            guard let (op, precedence) = Parser.binaryOperator(t) else {
                if case .parameter = t.kind { throw unexpected(t) } // an unknown operator such as -shl
                break
            }
            consume(t)
            while let last = operators.last, last.precedence >= precedence {
                reduce(&operands, &operators)
            }
            operators.append((op, precedence, range(t)))
            try skipNewlines()
            guard let rhs = try parseArrayLiteral() else {
                throw incompleteAfter("ExpectedValueExpression", ParseMessages.expectedValueExpression(text(t)), t.end)
            }
            operands.append(rhs)
        }
        while !operators.isEmpty { reduce(&operands, &operators) }
        return operands[0]
    }

    /// `a, b, c` (unless commas separate arguments here).
    mutating func parseArrayLiteral() throws(ParseError) -> ExpressionAst? {
        guard let first = try parseUnary() else { return nil }
        if noComma { return first }
        var t = try peek(.expression)
        guard t.isComma else { return first }
        var items = [first]
        while t.isComma {
            consume(t)
            try skipNewlines()
            guard let item = try parseUnary() else {
                throw incompleteAfter("MissingExpressionAfterToken", ParseMessages.missingExpressionAfterToken(","), t.end)
            }
            items.append(item)
            t = try peek(.expression)
        }
        return .arrayLiteral(items, first.range.union(items[items.count - 1].range))
    }

    static func unaryOperator(_ t: Token) -> UnaryOperator? {
        switch t.kind {
        case .comma: return .comma
        case .exclaim: return .bang
        case .plus: return .plus
        case .minus: return .negate
        case .plusPlus: return .preIncrement
        case .minusMinus: return .preDecrement
        case .op(.not): return .not
        case .op(.bnot): return .bnot
        case .op(.binary(.comparison(.split, .default))): return .split
        case .op(.binary(.join)): return .join
        default: return nil
        }
    }

    /// A prefix-operator expression, a cast or type literal, or a primary expression, then `++`/`--`.
    mutating func parseUnary() throws(ParseError) -> ExpressionAst? {
        let t = try peek(.operand)
        var e: ExpressionAst
        if let op = Parser.unaryOperator(t) {
            if op == .comma && noComma { return nil }
            consume(t)
            let outer = try enter(t)
            defer { leave(restoring: outer) }
            try skipNewlines()
            guard let child = try parseUnary() else {
                throw incompleteAfter("MissingExpressionAfterOperator", ParseMessages.missingExpressionAfterOperator(text(t)), t.end)
            }
            e = .unary(op, child, range(t).union(child.range))
        } else if t.isLBracket {
            e = try parseTypeExpression(t)
        } else {
            guard let primary = try parsePrimary(.operand, allowSplat: false) else { return nil }
            e = primary
        }
        let post = try peek(.expression)
        if case .plusPlus = post.kind {
            consume(post)
            e = .unary(.postIncrement, e, e.range.union(range(post)))
        } else if case .minusMinus = post.kind {
            consume(post)
            e = .unary(.postDecrement, e, e.range.union(range(post)))
        }
        return e
    }

    /// `[type]` as a literal, a cast `[type] operand`, `[type]::Member`, or an attribute before an expression.
    mutating func parseTypeExpression(_ lb: Token) throws(ParseError) -> ExpressionAst {
        let attribute = try parseAttribute(lb)
        if attribute.hasArguments {
            // `[ValidateNotNull()]$x`: attributes on expressions are accepted and ignored.
            try skipNewlines()
            let outer = try enter(lb)
            defer { leave(restoring: outer) }
            guard let child = try parseUnary() else {
                throw incomplete("UnexpectedAttribute", ParseMessages.unexpectedAttribute(attribute.name),
                                 lb.start, attribute.end, detectedAt: attribute.end)
            }
            return child
        }
        let type = TypeNameAst(name: attribute.text, range: range(lb.start, attribute.end))
        let ordered = attribute.text.lowercased() == "ordered"
        func orderedError() -> ParseError {
            error("OrderedAttributeOnlyOnHashLiteralNode", ParseMessages.orderedAttributeOnlyOnHashLiteralNode(attribute.text),
                  lb.start, attribute.end)
        }
        let c = lexer.at(pos), c1 = lexer.at(pos + 1)
        if pos + 1 < lexer.limit && ((c == ":" && c1 == ":") || (c == "." && c1 != ".")) {
            if ordered { throw orderedError() }
            return try parsePostfix(.typeLiteral(type), .expression)
        }
        let next = try peek(.operand)
        if !next.isNewline && !next.isComma {
            let outer = try enter(lb)
            defer { leave(restoring: outer) }
            if let child = try parseUnary() {
                if ordered, case .hashtable = child {} else if ordered { throw orderedError() }
                return .convert(type, child, type.range.union(child.range))
            }
        }
        if ordered { throw orderedError() }
        return .typeLiteral(type)
    }

    // MARK: - Primary expressions

    /// A value: variable, number, string, `( )`, `$( )`, `@( )`, `@{ }`, `{ }`, then member access
    /// and indexing. Nil (nothing consumed) for anything else.
    mutating func parsePrimary(_ mode: LexMode, allowSplat: Bool) throws(ParseError) -> ExpressionAst? {
        let t = try peek(mode)
        if case let .variable(name, true) = t.kind {
            consume(t)
            let r = range(t)
            if !allowSplat {
                throw ParseError(errorId: "SplattingNotPermitted", message: ParseMessages.splattingNotPermitted(name), range: r)
            }
            if memberAccessFollows(mode) {
                throw ParseError(errorId: "NoPropertiesInSplatting", message: ParseMessages.noPropertiesInSplatting(name), range: r)
            }
            return .variable(VariableAst(name: name, splatted: true, range: r))
        }
        guard let e = try parseValue(t) else { return nil }
        return try parsePostfix(e, mode)
    }

    /// The value that token `t` (peeked, not consumed) starts, without member access or indexing: a
    /// variable, number, string, `( )`, `$( )`, `@( )`, `@{ }` or `{ }`. Nil (nothing consumed) for
    /// anything else. A computed member name (`$x.$name`, `$x.(expr)`) is one of these.
    mutating func parseValue(_ t: Token) throws(ParseError) -> ExpressionAst? {
        switch t.kind {
        case let .variable(name, splatted):
            consume(t)
            return .variable(VariableAst(name: name, splatted: splatted, range: range(t)))
        case let .number(value):
            consume(t)
            return .number(value, text: text(t), range(t))
        case let .string(value, kind):
            consume(t)
            return .string(value, kind, range(t))
        case let .expandable(parts, kind):
            consume(t)
            return .expandableString(try resolve(parts), kind, range(t))
        case .lParen: return try parseParen(t)
        case .dollarParen, .atParen: return try parseSubExpression(t)
        case .atCurly: return try parseHashtable(t)
        case .lCurly: return .scriptBlock(try parseScriptBlock(t))
        default: return nil
        }
    }

    /// `.`, `::`, `[`, `?.` or `?[` right after the previous token (no whitespace in between).
    func memberAccessFollows(_ mode: LexMode) -> Bool {
        guard pos < lexer.limit else { return false }
        var c = lexer.at(pos), c1 = lexer.at(pos + 1)
        if c == "?" && mode != .command && pos + 1 < lexer.limit && (c1 == "." || c1 == "[") {
            if c1 == "[" { return true }
            c = c1
            c1 = lexer.at(pos + 2)
            return c1 != "." && !(pos + 2 >= lexer.limit)
        }
        let c1Breaks = pos + 1 >= lexer.limit || c1.isPSWhitespace || c1.isNewlineChar
        switch c {
        case ".": return c1 != "." && !(mode == .command && c1Breaks)
        case ":":
            let c2 = lexer.at(pos + 2)
            return c1 == ":" && !(mode == .command && (pos + 2 >= lexer.limit || c2.isPSWhitespace || c2.isNewlineChar))
        case "[": return true
        default: return false
        }
    }

    mutating func parsePostfix(_ target: ExpressionAst, _ mode: LexMode) throws(ParseError) -> ExpressionAst {
        var e = target
        while memberAccessFollows(mode) {
            if lexer.at(pos) == "?" {
                // `?.` / `?[`: the next access, guarded against a $null target.
                let opStart = pos + 1
                consume(Token(.question, pos, pos + 1))
                e = .nullConditional(lexer.at(opStart) == "["
                    ? try parseIndex(e, opStart)
                    : try parseMember(e, opStart: opStart, opLength: 1, isStatic: false, mode))
                continue
            }
            let opStart = pos
            switch lexer.at(pos) {
            case "[":
                e = try parseIndex(e, opStart)
            case ":":
                e = try parseMember(e, opStart: opStart, opLength: 2, isStatic: true, mode)
            default:
                e = try parseMember(e, opStart: opStart, opLength: 1, isStatic: false, mode)
            }
        }
        return e
    }

    /// `.name`, `::name`, `.$name`, `.'name'`, `.(expr)`, then `(args)` for a method call.
    mutating func parseMember(_ target: ExpressionAst, opStart: Int, opLength: Int, isStatic: Bool, _ mode: LexMode) throws(ParseError) -> ExpressionAst {
        let opToken = Token(.dot, opStart, opStart + opLength)
        consume(opToken)
        try skipNewlines()
        let name: MemberNameAst
        let c = lexer.at(pos)
        if pos < lexer.limit && c.isIdentifierStart {
            var j = pos + 1
            while j < lexer.limit && lexer.src[j].isIdentifierFollow { j += 1 }
            name = .literal(lexer.text(pos, j))
            consume(Token(.identifier(""), pos, j))
        } else {
            let t = try peek(.expression)
            switch t.kind {
            case let .identifier(value), let .string(value, _):
                consume(t)
                name = .literal(value)
            case .expandable, .variable, .lParen, .dollarParen, .atParen, .number:
                let outer = try enter(t)
                defer { leave(restoring: outer) }
                guard let e = try parseValue(t) else { throw unexpected(t) }
                name = .expression(e)
            default:
                throw incompleteAfter("MissingPropertyName", ParseMessages.missingPropertyName, opToken.end)
            }
        }
        var typeArguments: [TypeNameAst] = []
        if case .literal = name, let (types, end) = genericMethodArguments() {
            typeArguments = types
            consume(Token(.rBracket, end - 1, end))
        }
        if pos < lexer.limit && lexer.at(pos) == "(" {
            let lp = Token(.lParen, pos, pos + 1)
            consume(lp)
            let arguments = try parseMethodArguments(lp)
            return .invokeMember(target: target, name: name, typeArguments: typeArguments, arguments: arguments, isStatic: isStatic,
                                 target.range.union(range(lp.start, lastEnd)))
        }
        return .member(target: target, name: name, isStatic: isStatic, target.range.union(range(opStart, lastEnd)))
    }

    /// `[T1, T2]` right after a method's name and right before its `(`: the generic method's type
    /// arguments (names as written, nested brackets kept) and the offset after the `]`; nil otherwise.
    func genericMethodArguments() -> ([TypeNameAst], Int)? {
        guard pos < lexer.limit, lexer.at(pos) == "[" else { return nil }
        var depth = 0
        var i = pos
        var starts = [pos + 1]
        var close = -1
        while i < lexer.limit {
            let c = lexer.src[i]
            if c == "[" { depth += 1 } else if c == "]" {
                depth -= 1
                if depth == 0 { close = i; break }
            } else if c == "," && depth == 1 {
                starts.append(i + 1)
            } else if c == "\n" || c == "(" || c == ")" || c == "{" || c == "$" || c == "'" || c == "\"" {
                return nil
            }
            i += 1
        }
        guard close > pos, close + 1 < lexer.limit, lexer.at(close + 1) == "(" else { return nil }
        var types: [TypeNameAst] = []
        for (k, start) in starts.enumerated() {
            let end = k + 1 < starts.count ? starts[k + 1] - 1 : close
            var a = start, b = end
            while a < b && (lexer.src[a] == " " || lexer.src[a] == "\t") { a += 1 }
            while b > a && (lexer.src[b - 1] == " " || lexer.src[b - 1] == "\t") { b -= 1 }
            guard a < b else { return nil }
            types.append(TypeNameAst(name: lexer.text(a, b), range: range(a, b)))
        }
        return (types, close + 1)
    }

    /// `(a, b)` of a method call; `lp` is consumed. Commas separate the arguments.
    mutating func parseMethodArguments(_ lp: Token) throws(ParseError) -> [ExpressionAst] {
        let outer = try enter(lp, noComma: true)
        defer { leave(restoring: outer) }
        var arguments: [ExpressionAst] = []
        var lastComma: Token?
        while true {
            try skipNewlines()
            guard let argument = try parseExpression() else {
                if let lastComma {
                    throw incompleteAfter("MissingExpressionAfterToken", ParseMessages.missingExpressionAfterToken(","), lastComma.end)
                }
                break
            }
            arguments.append(argument)
            try skipNewlines()
            let t = try peek(.expression)
            guard t.isComma else { break }
            consume(t)
            lastComma = t
        }
        try skipNewlines()
        let close = try peek(.expression)
        guard close.isRParen else {
            throw incompleteAfter("MissingEndParenthesisInMethodCall", ParseMessages.missingEndParenthesisInMethodCall, lastEnd)
        }
        consume(close)
        return arguments
    }

    /// `target[index]`; `opStart` is the `[`.
    mutating func parseIndex(_ target: ExpressionAst, _ opStart: Int) throws(ParseError) -> ExpressionAst {
        let lb = Token(.lBracket, opStart, opStart + 1)
        consume(lb)
        let outer = try enter(lb, noComma: false)
        defer { leave(restoring: outer) }
        try skipNewlines()
        guard let index = try parseExpression() else {
            throw incompleteAfter("MissingArrayIndexExpression", ParseMessages.missingArrayIndexExpression, lb.end)
        }
        try skipNewlines()
        let close = try peek(.expression)
        guard close.isRBracket else {
            throw incompleteAfter("MissingEndSquareBracket", ParseMessages.missingEndSquareBracket, lastEnd)
        }
        consume(close)
        return .index(target: target, index: index, target.range.union(range(close)))
    }

    /// `( pipeline )` or `( assignment )`; `lp` is the `(`.
    mutating func parseParen(_ lp: Token) throws(ParseError) -> ExpressionAst {
        consume(lp)
        let outer = try enter(lp, noComma: false)
        defer { leave(restoring: outer) }
        try skipNewlines()
        guard let statement = try parsePipelineStatement() else {
            throw incompleteAfter("ExpectedExpression", ParseMessages.expectedExpression, lp.end)
        }
        try skipNewlines()
        let close = try peek(.command)
        guard close.isRParen else {
            throw incompleteAfter("MissingEndParenthesisInExpression", ParseMessages.missingEndParenthesisInExpression, lastEnd)
        }
        consume(close)
        return .paren(statement, range(lp.start, close.end))
    }

    /// `$( statements )` and `@( statements )`.
    mutating func parseSubExpression(_ open: Token) throws(ParseError) -> ExpressionAst {
        consume(open)
        let outer = try enter(open, noComma: false)
        defer { leave(restoring: outer) }
        let statements = try parseStatementList()
        let close = try peek(.command)
        guard close.isRParen else {
            throw incomplete("MissingEndParenthesisInSubexpression", ParseMessages.missingEndParenthesisInSubexpression,
                             close.start, close.end, detectedAt: close.end)
        }
        consume(close)
        if case .dollarParen = open.kind { return .subExpression(statements, range(open.start, close.end)) }
        return .arrayExpression(statements, range(open.start, close.end))
    }

    /// `@{ key = statement; key = statement }` (newlines also separate entries).
    mutating func parseHashtable(_ open: Token) throws(ParseError) -> ExpressionAst {
        consume(open)
        let outer = try enter(open, noComma: false)
        defer { leave(restoring: outer) }
        try skipNewlines()
        var entries: [HashEntryAst] = []
        var seen = Set<String>()
        while true {
            guard let key = try parseHashKey() else { break }
            let eq = try peek(.expression)
            guard case .assign(.assign) = eq.kind else {
                throw error("MissingEqualsInHashLiteral", ParseMessages.missingEqualsInHashLiteral, lastEnd, lastEnd)
            }
            consume(eq)
            try skipNewlines()
            guard let value = try parseStatement() else {
                throw incompleteAfter("MissingStatementInHashLiteral", ParseMessages.missingStatementInHashLiteral, eq.end)
            }
            if let shown = Parser.constantKeyText(key), !seen.insert(shown.lowercased()).inserted {
                throw ParseError(errorId: "DuplicateKeyInHashLiteral", message: ParseMessages.duplicateKeyInHashLiteral(shown), range: key.range)
            }
            entries.append(HashEntryAst(key: key, value: value))
            let separator = try peek(.command)
            guard separator.isNewline || separator.isSemicolon else { break }
            try skipNewlinesAndSemicolons()
        }
        let close = try peek(.command)
        guard close.isRCurly else {
            throw incomplete("MissingEndCurlyBrace", ParseMessages.missingEndCurlyBrace, open.end, open.end, detectedAt: close.end)
        }
        consume(close)
        return .hashtable(entries, range(open.start, close.end))
    }

    /// A constant key as PowerShell's SemanticChecks.VisitHashtable compares it (case-insensitively):
    /// the constant's Value.ToString(), so `1` and `'1'`, or `0x10` and `16`, are the same key. Nil for
    /// a key that is not a constant (`$k`, `"$k"`, `(expr)`).
    static func constantKeyText(_ key: ExpressionAst) -> String? {
        switch key {
        case let .string(s, _, _): return s
        case let .number(.int(i), _, _): return String(i)
        case let .number(.typed(i, _), _, _): return String(i)
        case let .number(.decimal(text, multiplier), _, _) where multiplier == 1: return text
        case let .number(.double(d), _, _):
            // .NET prints an integral double without a fraction (`1.0` is "1") and exponents as `E+20`.
            if d == d.rounded(), abs(d) < 1e15 { return String(Int(d)) }
            return d.description.uppercased()
        default: return nil
        }
    }

    /// A hash key: a bare name (a string), or any unary expression (`'a b'`, `1`, `$k`, `(expr)`).
    mutating func parseHashKey() throws(ParseError) -> ExpressionAst? {
        let t = try peek(.expression)
        if case let .identifier(name) = t.kind {
            consume(t)
            return .string(name, .bare, range(t))
        }
        return try parseUnary()
    }

    /// `{ param(…) statements }`; `lc` is the `{`.
    mutating func parseScriptBlock(_ lc: Token) throws(ParseError) -> ScriptBlockAst {
        consume(lc)
        let outer = try enter(lc, noComma: false)
        defer { leave(restoring: outer) }
        let (paramBlock, statements, namedBlocks) = try parseScriptBody()
        let close = try peek(.command)
        guard close.isRCurly else {
            throw incomplete("MissingEndCurlyBrace", ParseMessages.missingEndCurlyBrace, lc.start, lc.end, detectedAt: close.end)
        }
        consume(close)
        return ScriptBlockAst(parameters: paramBlock?.parameters ?? [], paramBlock: paramBlock?.range, statements: statements,
                              range: range(lc.start, close.end),
                              text: lexer.text(lc.end, close.start), namedBlocks: namedBlocks, attributes: paramBlock?.attributes ?? [])
    }

    // MARK: - Types and attributes

    struct AttributeInfo {
        /// The type or attribute name (`int`, `string[]`, `Parameter`).
        var name: String { ast.name }
        /// Everything between the brackets as written, trimmed (`Parameter(Mandatory = $true)`).
        var text: String { ast.text }
        /// An attribute (with an argument list) rather than a type constraint.
        var hasArguments: Bool { ast.hasArguments }
        /// Offset after the closing `]`.
        var end: Int
        /// The attribute with its arguments.
        var ast: AttributeAst
    }

    /// `[type]` or `[Attribute(args)]`; `lb` is the `[` (not yet consumed).
    mutating func parseAttribute(_ lb: Token) throws(ParseError) -> AttributeInfo {
        consume(lb)
        let outer = try enter(lb)
        defer { leave(restoring: outer) }
        var i = pos
        while i < lexer.limit && lexer.src[i].isPSWhitespace { i += 1 }
        let nameStart = i
        guard let nameEnd = try typeNameEnd(nameStart, nesting: depth) else {
            throw incompleteAfter("MissingTypename", ParseMessages.missingTypename, lb.end)
        }
        let name = lexer.text(nameStart, nameEnd)
        var hasArguments = false
        var positional: [ExpressionAst] = []
        var named: [NamedAttributeArgumentAst] = []
        i = nameEnd
        while i < lexer.limit && lexer.src[i].isPSWhitespace { i += 1 }
        if i < lexer.limit && lexer.src[i] == "(" {
            hasArguments = true
            let lp = Token(.lParen, i, i + 1)
            consume(lp)
            (positional, named) = try parseAttributeArguments(lp)
            i = pos
            while i < lexer.limit && lexer.src[i].isPSWhitespace { i += 1 }
        }
        guard i < lexer.limit && lexer.src[i] == "]" else {
            throw incompleteAfter("EndSquareBracketExpectedAtEndOfAttribute", ParseMessages.endSquareBracketExpectedAtEndOfAttribute, i)
        }
        var textEnd = i
        while textEnd > nameStart && lexer.src[textEnd - 1].isPSWhitespace { textEnd -= 1 }
        consume(Token(.rBracket, i, i + 1))
        return AttributeInfo(end: i + 1, ast: AttributeAst(name: name, text: lexer.text(nameStart, textEnd), positionalArguments: positional,
                                                           namedArguments: named, hasArguments: hasArguments, range: range(lb.start, i + 1)))
    }

    /// The end of a type name at `start` (`System.String`, `int[]`, `List[string]`,
    /// `Dictionary[string,int]`), or nil when no name starts there.
    func typeNameEnd(_ start: Int, nesting: Int) throws(ParseError) -> Int? {
        let limit = lexer.limit
        let src = lexer.src
        guard start < limit && src[start].isIdentifierStart else { return nil }
        if nesting > Parser.maxDepth {
            throw error("NestingTooDeep", ParseMessages.nestingTooDeep, start, start)
        }
        var i = start + 1
        while i < limit {
            let c = src[i]
            if c.isLetterOrDigit || c == "_" || c == "." || c == "`" || c == "+" || c == "#" || c == "\\" { i += 1 } else { break }
        }
        func skipSpaces(_ j: inout Int) { while j < limit && src[j].isPSWhitespace { j += 1 } }
        while i < limit && src[i] == "[" {
            var j = i + 1
            skipSpaces(&j)
            if j < limit && (src[j] == "]" || src[j] == ",") {
                while j < limit && (src[j] == "," || src[j].isPSWhitespace) { j += 1 }
                guard j < limit && src[j] == "]" else { return i }
                i = j + 1
                continue
            }
            // Generic arguments: [T1, T2] or [[T1], [T2]].
            while true {
                skipSpaces(&j)
                if j < limit && src[j] == "[" {
                    var k = j + 1
                    skipSpaces(&k)
                    guard let e = try typeNameEnd(k, nesting: nesting + 1) else { return i }
                    k = e
                    skipSpaces(&k)
                    guard k < limit && src[k] == "]" else { return i }
                    j = k + 1
                } else {
                    guard let e = try typeNameEnd(j, nesting: nesting + 1) else { return i }
                    j = e
                }
                skipSpaces(&j)
                if j < limit && src[j] == "," { j += 1; continue }
                if j < limit && src[j] == "]" { j += 1; break }
                return i
            }
            i = j
        }
        return i
    }

    /// `(Mandatory, Position = 0, 'value')` of an attribute; `lp` is consumed.
    /// The arguments of an attribute, `(positional, Name = value, Flag)`; `lp` is consumed.
    mutating func parseAttributeArguments(_ lp: Token) throws(ParseError) -> ([ExpressionAst], [NamedAttributeArgumentAst]) {
        let outer = try enter(lp, noComma: true)
        defer { leave(restoring: outer) }
        var positional: [ExpressionAst] = []
        var named: [NamedAttributeArgumentAst] = []
        var lastComma: Token?
        while true {
            try skipNewlines()
            let t = try peek(.expression)
            if case let .identifier(argName) = t.kind {
                consume(t)
                let eq = try peek(.expression)
                if case .assign(.assign) = eq.kind {
                    consume(eq)
                    try skipNewlines()
                    guard let value = try parseExpression() else {
                        throw incompleteAfter("ExpectedValueExpression", ParseMessages.expectedValueExpression("="), eq.end)
                    }
                    named.append(NamedAttributeArgumentAst(name: argName, value: value, range: range(t.start, lastEnd)))
                } else {
                    named.append(NamedAttributeArgumentAst(name: argName, value: nil, range: range(t.start, t.end)))
                }
            } else if let value = try parseExpression() {
                positional.append(value)
            } else {
                if let lastComma {
                    throw incompleteAfter("MissingExpressionAfterToken", ParseMessages.missingExpressionAfterToken(","), lastComma.end)
                }
                break
            }
            try skipNewlines()
            let comma = try peek(.expression)
            guard comma.isComma else { break }
            consume(comma)
            lastComma = comma
        }
        try skipNewlines()
        let close = try peek(.expression)
        guard close.isRParen else {
            throw incompleteAfter("MissingEndParenthesisInExpression", ParseMessages.missingEndParenthesisInExpression, lastEnd)
        }
        consume(close)
        return (positional, named)
    }
}
