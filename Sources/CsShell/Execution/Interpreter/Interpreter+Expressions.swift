import CsCore
import CsLanguage

extension Interpreter {
    // MARK: Variables

    func variable(_ name: String) -> PSValue {
        switch name.caseFoldedKey {
        case "?": return .bool(session.lastStatus)
        case "psitem": return session.variables.get("_") ?? .null
        case "error": return session.errorList
        case "pwd": return .string(FileSystemPath.currentDirectory())
        default: return session.variables.get(name) ?? .null
        }
    }

    func setVariable(_ name: String, _ value: PSValue, at range: SourceRange, constraint: VariableConstraint? = nil) throws {
        switch name.caseFoldedKey {
        case "psitem": session.variables.setLocal("_", value)
        case "?", "error", "pwd":
            throw failure("Cannot overwrite variable \(name) because it is read-only or constant.", id: "VariableNotWritable",
                          category: .WriteError, at: range, target: .string(name))
        default:
            do { try session.variables.set(name, value, constraint: constraint) } catch var e as TerminatingError {
                e.record.position = position(range)
                throw e
            }
        }
    }

    // MARK: Expressions

    func evaluate(_ e: ExpressionAst) throws -> PSValue {
        switch e {
        case let .number(n, text, range):
            if case let .int(i) = n { return .int(i) }
            guard let v = NumberLiterals.value(n) else {
                throw failure("The numeric constant \(text) is not valid.", id: "BadNumericConstant", category: .ParserError, at: range)
            }
            return v
        case let .string(s, _, _):
            return .string(s)
        case let .expandableString(parts, _, range):
            return .string(try expand(parts, at: range))
        case let .variable(v):
            if v.splatted {
                throw failure("The splatting operator '@' cannot be used to reference variables in an expression. '@\(v.name)' can be used only as an argument to a command. To reference variables in an expression use '$\(v.name)'.",
                              id: "SplattingNotPermitted", category: .ParserError, at: v.range)
            }
            return try readVariable(v)
        case let .member(target, name, isStatic, range):
            if isStatic {
                return try staticMember(target, try memberName(name), at: range)
            }
            return try memberValue(try evaluate(target), name, at: range)
        case let .invokeMember(target, name, typeArguments, arguments, isStatic, range):
            if !typeArguments.isEmpty {
                if let v = try invokeGeneric(target, name, typeArguments, arguments, isStatic: isStatic, at: range) { return v }
            }
            if isStatic {
                let memberName = try self.memberName(name)
                return try invokeStatic(target, memberName, try arguments.map { try evaluate($0) }, at: range)
            }
            if case let .variable(v) = target, v.name.equalsIgnoringCase("Error"), case let .literal(n) = name, n.equalsIgnoringCase("Clear"), arguments.isEmpty {
                session.clearErrors()
                voidResult = true
                return .null
            }
            if let c = castClass(target) {
                let this = try evaluate(target)
                if ScriptInstance.of(this) != nil {
                    let args = try arguments.map { try evaluate($0) }
                    if let v = try invokeScriptMethod(c, this: this, try memberName(name), args, at: range) { return v }
                }
            }
            return try invokeMember(try evaluate(target), name, arguments, at: range)
        case let .index(target, index, range):
            return try self.index(try evaluate(target), try evaluate(index), at: range)
        case let .nullConditional(inner):
            switch inner {
            case let .member(target, name, _, range):
                let t = try evaluate(target)
                return t.isNull ? .null : try memberValue(t, name, at: range)
            case let .invokeMember(target, name, _, arguments, _, range):
                let t = try evaluate(target)
                return t.isNull ? .null : try invokeMember(t, name, arguments, at: range)
            case let .index(target, index, range):
                let t = try evaluate(target)
                return t.isNull ? .null : try self.index(t, try evaluate(index), at: range)
            default:
                return try evaluate(inner)
            }
        case let .ternary(condition, whenTrue, whenFalse, _):
            return try evaluate(PSConvert.isTrue(try evaluate(condition)) ? whenTrue : whenFalse)
        case let .unary(op, operand, range):
            return try unary(op, operand, range)
        case let .binary(op, l, r, opRange, _):
            switch op {
            case .and:
                if !PSConvert.isTrue(try evaluate(l)) { return .bool(false) }
                return .bool(PSConvert.isTrue(try evaluate(r)))
            case .or:
                if PSConvert.isTrue(try evaluate(l)) { return .bool(true) }
                return .bool(PSConvert.isTrue(try evaluate(r)))
            case .coalesce:
                let lv = try evaluate(l)
                return lv.isNull ? try evaluate(r) : lv
            default:
                let lv = try evaluate(l)
                let rv = try evaluate(r)
                return try binary(op, lv, rv, at: opRange)
            }
        case let .arrayLiteral(items, _):
            return .array(try items.map { try evaluate($0) })
        case let .arrayExpression(statements, _):
            return .array(try collectSubexpression(statements))
        case let .subExpression(statements, _):
            let items = try collectSubexpression(statements)
            return items.count == 1 ? items[0] : (items.isEmpty ? .null : .array(items))
        case let .paren(statement, _):
            return try evaluateStatement(statement)
        case let .hashtable(entries, range):
            return .hashtable(try hashtable(entries, ordered: false, range))
        case let .scriptBlock(ast):
            return .scriptBlock(ScriptBlock(ast: ast, source: source))
        case let .convert(type, operand, range):
            return try convert(type, operand, range)
        case let .typeLiteral(t):
            return try TypeResolver.typeObject(t.name, registry: session.registry) ?? {
                throw unknownType(t)
            }()
        }
    }

    /// `value.Name`
    func memberValue(_ value: PSValue, _ name: MemberNameAst, at range: SourceRange) throws -> PSValue {
        let memberName = try self.memberName(name)
        switch memberName.caseFoldedKey {
        case "psobject" where !value.isNull: return PSObjectView.make(value, registry: session.registry)
        case "pstypenames" where !value.isNull: return .list(PSObjectView.typeNames(value, registry: session.registry))
        default: break
        }
        if let (_, instance) = ScriptInstance.of(value), let h = instance.hidden[memberName.caseFoldedKey] { return h.value }
        if case let .object(o) = value, let getter = o.scriptProperties[memberName.caseFoldedKey] as? ScriptBlock {
            return try invokeMember(getter, this: value, args: [])
        }
        try checkMemberExists(value, memberName, at: range)
        return Members.get(value, memberName)
    }

    /// `value.Method(args)`
    func invokeMember(_ value: PSValue, _ name: MemberNameAst, _ arguments: [ExpressionAst], at range: SourceRange) throws -> PSValue {
        let memberName = try self.memberName(name)
        let args = try arguments.map { try evaluate($0) }
        voidResult = false
        return try invokeMethod(value, memberName, args, at: range)
    }

    /// A script property's getter or a script method: `$this` is the object, the arguments are `$args`.
    func invokeMember(_ block: ScriptBlock, this: PSValue, args: [PSValue]) throws -> PSValue {
        let sink = CollectingSink()
        try invoke(block, dollarUnder: nil, args: args.map { .value(ArgumentValue($0, range: block.ast.range)) }, newScope: true, output: sink,
                   extraVariables: [("this", this)])
        return sink.result
    }

    func memberName(_ n: MemberNameAst) throws -> String {
        switch n {
        case let .literal(s): return s
        case let .expression(e): return PSConvert.toString(try evaluate(e))
        }
    }

    /// A generic method call (`[Array]::Empty[string]()`): its type arguments must name types. Array's
    /// Empty takes one; other methods run as their non-generic selves (csshell has no generic methods of
    /// its own to choose among).
    func invokeGeneric(_ target: ExpressionAst, _ name: MemberNameAst, _ typeArguments: [TypeNameAst], _ arguments: [ExpressionAst],
                       isStatic: Bool, at range: SourceRange) throws -> PSValue? {
        for t in typeArguments where TypeResolver.resolve(t.name, registry: session.registry) == nil { throw unknownType(t) }
        guard isStatic, case let .typeLiteral(type) = target, case let .literal(method) = name, method.equalsIgnoringCase("Empty"),
              let resolved = TypeResolver.type(type.name, registry: session.registry), resolved.fullName == "System.Array" else { return nil }
        guard typeArguments.count == 1, arguments.isEmpty else {
            throw failure("Cannot find an overload for \"\(method)\" and the argument count: \"\(arguments.count)\".",
                          id: "MethodCountCouldNotFindBestGeneric", category: .InvalidOperation, at: range)
        }
        return .array([])
    }

    func unknownType(_ t: TypeNameAst) -> TerminatingError {
        failure("Unable to find type [\(t.name)].", id: "TypeNotFound", category: .InvalidOperation, at: t.range,
                target: .string(t.name))
    }

    func hashtable(_ entries: [HashEntryAst], ordered: Bool, _ range: SourceRange) throws -> PSHashtable {
        let h = PSHashtable(ordered: ordered)
        for entry in entries {
            let key = try evaluate(entry.key)
            if h.containsKey(key) {
                throw failure("Duplicate keys '\(PSConvert.toString(key))' are not allowed in hash literals.", id: "DuplicateKeyInHashLiteral",
                              category: .InvalidOperation, at: entry.key.range)
            }
            h[key] = try evaluateStatement(entry.value)
        }
        return h
    }

    /// `"text $var $(expr)"`
    func expand(_ parts: [StringPartAst], at range: SourceRange) throws -> String {
        var out = ""
        let ofs = session.ofs
        for part in parts {
            let piece: String
            switch part {
            case let .text(t): piece = t
            case let .variable(v): piece = PSConvert.toString(try readVariable(v, inString: true), ofs: ofs)
            case let .subExpression(statements, _):
                // A string's `$( … )` leaves `$?` as the statement had it.
                let failed = session.pipelineFailed
                let items = try collect(statements)
                session.pipelineFailed = failed
                piece = items.count == 1 ? PSConvert.toString(items[0], ofs: ofs) : try join(joinedStrings(.array(items)), separator: ofs, at: range)
            }
            try checkSize(ElementLimit.sum(out.utf8.count, piece.utf8.count), .characters, at: range)
            out += piece
        }
        return out
    }

    // MARK: Casts

    func convert(_ type: TypeNameAst, _ operand: ExpressionAst, _ range: SourceRange) throws -> PSValue {
        let name = type.name.lowercased()
        if name == "ordered" || name == "system.collections.specialized.ordereddictionary" {
            if case let .hashtable(entries, r) = operand { return .hashtable(try hashtable(entries, ordered: true, r)) }
            throw failure("The ordered attribute can be specified only on a hash literal node.", id: "OrderedAttributeOnlyOnHashLiteralNode",
                          category: .ParserError, at: type.range)
        }
        var value: PSValue
        if name == "pscustomobject" || name == "system.management.automation.pscustomobject", case let .hashtable(entries, r) = operand {
            // A literal keeps the order its keys are written in.
            value = .hashtable(try hashtable(entries, ordered: true, r))
        } else {
            value = try evaluate(operand)
        }
        if name == "void" { return .null }
        return try cast(value, to: type, at: range)
    }

    /// `[type]value`, with PowerShell's conversion error at `range`.
    func cast(_ value: PSValue, to type: TypeNameAst, at range: SourceRange) throws -> PSValue {
        guard let target = TypeResolver.resolve(type.name, registry: session.registry) else { throw unknownType(type) }
        do {
            return try target.convert(value, ofs: session.ofs)
        } catch let e as PSConversionError {
            var error = failure(e.message, id: e.errorId, category: .InvalidArgument, at: range)
            error.record.innerExceptionType = "System.Management.Automation.PSInvalidCastException"
            throw error
        }
    }

    // MARK: Unary operators

    private func unary(_ op: UnaryOperator, _ operand: ExpressionAst, _ range: SourceRange) throws -> PSValue {
        switch op {
        case .not, .bang:
            return .bool(!PSConvert.isTrue(try evaluate(operand)))
        case .comma:
            return .array([try evaluate(operand)])
        case .negate:
            let v = try evaluate(operand)
            if case .timeSpan = v { return try binary(.multiply, v, .int(-1), at: range) }
            return try binary(.multiply, try numeric(v, at: range), .int(-1), at: range)
        case .plus:
            return try numeric(try evaluate(operand), at: range)
        case .bnot:
            let v = try evaluate(operand)
            guard let n = PSNumeric(try numeric(v, at: range)) else { return .null }
            let result = try numberOperation(at: range) { () throws(PSArithmeticError) in try PSArithmetic.bnot(n) }
            if case let .enumValue(e) = v, let r = PSNumeric(result), case let .integer(x, _) = r {
                return .enumValue(PSEnumValue(type: e.type, value: Int(PSArithmetic.wrapped(x, e.type.underlyingType))))
            }
            return result
        case .join:
            let v = try evaluate(operand)
            return .string(try join(joinedStrings(v), separator: "", at: range))
        case .split:
            let v = try evaluate(operand)
            return .array(v.asList.flatMap { PSConvert.toString($0).split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }).map { PSValue.string(String($0)) } })
        case .preIncrement, .preDecrement, .postIncrement, .postDecrement:
            let old = try evaluate(operand)
            let delta: PSValue = (op == .preIncrement || op == .postIncrement) ? .int(1) : .int(-1)
            let new = try binary(.add, old.isNull ? .int(0) : old, delta, at: range)
            try setLValue(operand, new, at: range)
            return (op == .preIncrement || op == .preDecrement) ? new : old
        }
    }

    func numeric(_ v: PSValue, at range: SourceRange) throws -> PSValue {
        if let n = PSConvert.toNumber(v) { return n }
        throw failure("Cannot convert value \"\(PSConvert.toString(v))\" to type \"System.Int32\". Error: \"The input string '\(PSConvert.toString(v))' was not in a correct format.\"",
                      id: "InvalidCastFromStringToInteger", category: .InvalidArgument, at: range)
    }

    // MARK: Assignment

    @discardableResult
    func assign(_ a: AssignmentAst) throws -> PSValue {
        if a.op == .coalesce {
            // `$x ??= value`: the value is evaluated (and assigned) only when $x is $null.
            let current = try evaluate(a.target)
            if !current.isNull { return current }
            let value = try evaluateStatement(a.value)
            try setLValue(a.target, value, at: a.operatorRange)
            return value
        }
        var value = try evaluateStatement(a.value)
        if case let .arrayLiteral(targets, _) = a.target, a.op == .assign {
            // `$a, $b = 1, 2, 3`: $b takes what the others leave. As a value (`$v = $a, $b = …`) the
            // assignment is its left side afterwards: @($a, $b).
            let items = value.asList
            var assigned: [PSValue] = []
            for (i, t) in targets.enumerated() {
                let v: PSValue
                if i == targets.count - 1 {
                    let rest = Array(items.dropFirst(i))
                    v = rest.count == 1 ? rest[0] : (rest.isEmpty ? .null : .array(rest))
                } else {
                    v = i < items.count ? items[i] : .null
                }
                try setLValue(t, v, at: a.operatorRange)
                assigned.append(v)
            }
            return .array(assigned)
        }
        if a.op != .assign {
            let current = try evaluate(a.target)
            let op: BinaryOperator
            switch a.op {
            case .add: op = .add
            case .subtract: op = .subtract
            case .multiply: op = .multiply
            case .divide: op = .divide
            case .remainder: op = .remainder
            case .assign, .coalesce: op = .add
            }
            value = try binary(op, current, value, at: a.operatorRange)
        }
        try setLValue(a.target, value, at: a.operatorRange)
        // `([bool]$x = 42)` is the value as converted for the variable.
        if case let .convert(type, _, range) = a.target { return try cast(value, to: type, at: range) }
        return value
    }

    func setLValue(_ target: ExpressionAst, _ value: PSValue, at opRange: SourceRange) throws {
        switch target {
        case let .variable(v):
            try setVariable(v.name, value, at: v.range)
        case let .convert(type, inner, range):
            let converted = try cast(value, to: type, at: range)
            // `[int]$x = …` constrains the variable: later assignments convert to the type too.
            if case let .variable(v) = inner, let target = TypeResolver.resolve(type.name, registry: session.registry) {
                try setVariable(v.name, converted, at: v.range, constraint: VariableConstraint(target, ofs: session.ofs))
            } else {
                try setLValue(inner, converted, at: opRange)
            }
        case let .member(t, name, isStatic, range):
            if isStatic, case let .typeLiteral(tl) = t, let c = TypeResolver.type(tl.name, registry: session.registry)?.scriptClass {
                return try setStaticProperty(c, try memberName(name), value, at: range)
            }
            let obj = try evaluate(t)
            let n = try memberName(name)
            if ScriptInstance.of(obj) != nil { return try setScriptProperty(obj, n, value, at: range) }
            switch obj {
            case let .object(o):
                do { try o.setProperty(n, value) } catch {
                    throw failure(error.message, id: error.errorId, category: .InvalidOperation, at: range)
                }
            case let .hashtable(h):
                h[.string(n)] = value
            default:
                throw failure("The property '\(n)' cannot be found on this object. Verify that the property exists and can be set.",
                              id: "PropertyNotFound", category: .InvalidOperation, at: range)
            }
        case let .index(t, i, range):
            let container = try evaluate(t)
            let key = try evaluate(i)
            switch container {
            case let .hashtable(h):
                h[key] = value
            case var .array(a):
                guard case let .int(n)? = try? PSConvert.convert(key, to: .int32) else {
                    throw failure("Cannot convert value \"\(PSConvert.toString(key))\" to type \"System.Int32\".", id: "InvalidCastFromStringToInteger",
                                  category: .InvalidArgument, at: range)
                }
                let idx = n < 0 ? a.count + n : n
                guard idx >= 0 && idx < a.count else {
                    throw failure("Index was outside the bounds of the array.", id: "IndexOutOfRange", category: .InvalidOperation, at: range,
                                  exceptionType: "System.IndexOutOfRangeException")
                }
                a[idx] = value
                try setLValue(t, .array(a), at: opRange)
            case .null:
                throw failure("Cannot index into a null array.", id: "NullArray", category: .InvalidOperation, at: range)
            default:
                throw failure("Unable to index into an object of type \(container.typeName ?? "null").", id: "CannotIndex",
                              category: .InvalidOperation, at: range)
            }
        default:
            throw failure("The assignment expression is not valid. The input to an assignment operator must be an object that is able to accept assignments, such as a variable or a property.",
                          id: "InvalidLeftHandSide", category: .ParserError, at: target.range)
        }
    }
}
