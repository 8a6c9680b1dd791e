@testable import CsLanguage

// A compact S-expression rendering of the AST, so tests can state expected trees in one line.
//
//   bare word      abc            (⟨a b⟩ when it has spaces, brackets or quotes, or starts with a dash)
//   strings        'abc'  "abc"  @'abc'@  @"abc"@     (escapes shown as \n \t \u{1b} …)
//   expandable     (xs" "a" $x (sub …))   (xs bare…)   (xs@" …)
//   number         5  1.5 (doubles always show a decimal point)
//   variable       $x   splat @x
//   command        (cmd Name args… (> file))   (& expr args…)   (. expr args…)
//   parameter      -Name   (-Name: value)
//   pipeline       (pipe e1 e2 …); a one-element pipeline is shown as its element
//   statements     (= target value) (if (cond (block …)) (else (block …))) (foreach $x coll (block …)) …

enum Dump {
    static func script(_ s: ScriptBlockAst) -> String {
        var parts: [String] = s.parameters.map(parameter)
        parts += s.statements.map(statement)
        if let n = s.namedBlocks {
            if let b = n.begin { parts.append("(begin \(block(b)))") }
            if let b = n.process { parts.append("(process \(block(b)))") }
            if let b = n.end { parts.append("(end \(block(b)))") }
            if let b = n.clean { parts.append("(clean \(block(b)))") }
            if let b = n.dynamicParam { parts.append("(dynamicparam \(block(b)))") }
        }
        return parts.joined(separator: " ")
    }

    static func statements(_ list: [StatementAst]) -> String { list.map(statement).joined(separator: " ") }

    static func block(_ b: StatementBlockAst) -> String {
        b.statements.isEmpty ? "(block)" : "(block \(statements(b.statements)))"
    }

    static func scriptBlock(_ s: ScriptBlockAst) -> String {
        let inner = script(s)
        return inner.isEmpty ? "(sb)" : "(sb \(inner))"
    }

    static func parameter(_ p: ParameterAst) -> String {
        var out = "(param $\(p.name)"
        if let t = p.typeName { out += " [\(t)]" }
        let extra = p.attributes.map(\.text).filter { $0 != p.typeName }
        if !extra.isEmpty { out += " " + extra.map { "[\($0)]" }.joined(separator: " ") }
        if let d = p.defaultValue { out += " = " + expression(d) }
        return out + ")"
    }

    static func statement(_ s: StatementAst) -> String {
        switch s {
        case let .pipeline(p): return pipeline(p)
        case let .assignment(a): return "(\(a.op.rawValue) \(expression(a.target)) \(statement(a.value)))"
        case let .ifStatement(i):
            var out = "(if"
            for c in i.clauses { out += " (\(pipeline(c.condition)) \(block(c.body)))" }
            if let e = i.elseBody { out += " (else \(block(e)))" }
            return out + ")"
        case let .foreachStatement(f):
            return "(foreach\(label(f.label)) $\(f.variable) \(pipeline(f.collection)) \(block(f.body)))"
        case let .forStatement(f):
            let i = f.initializer.map(statement) ?? "_"
            let c = f.condition.map(pipeline) ?? "_"
            let it = f.iterator.map(statement) ?? "_"
            return "(for\(label(f.label)) \(i) \(c) \(it) \(block(f.body)))"
        case let .whileStatement(w): return "(while\(label(w.label)) \(pipeline(w.condition)) \(block(w.body)))"
        case let .doStatement(d):
            return "(do-\(d.isUntil ? "until" : "while")\(label(d.label)) \(block(d.body)) \(pipeline(d.condition)))"
        case let .tryStatement(t):
            var out = "(try \(block(t.body))"
            for c in t.catches {
                out += c.typeNames.isEmpty ? " (catch \(block(c.body)))"
                    : " (catch \(c.typeNames.map { "[\($0)]" }.joined(separator: " ")) \(block(c.body)))"
            }
            if let f = t.finally { out += " (finally \(block(f)))" }
            return out + ")"
        case let .throwStatement(p, _): return p.map { "(throw \(pipeline($0)))" } ?? "(throw)"
        case let .exitStatement(p, _): return p.map { "(exit \(pipeline($0)))" } ?? "(exit)"
        case let .returnStatement(p, _): return p.map { "(return \(pipeline($0)))" } ?? "(return)"
        case let .breakStatement(l, _): return l.map { "(break \($0))" } ?? "(break)"
        case let .continueStatement(l, _): return l.map { "(continue \($0))" } ?? "(continue)"
        case let .switchStatement(w):
            var out = "(switch\(label(w.label))"
            if w.mode != .equality { out += " -\(w.mode)" }
            if w.caseSensitive { out += " -casesensitive" }
            switch w.input {
            case let .file(f): out += " (-file \(expression(f)))"
            case let .value(p): out += " \(pipeline(p))"
            }
            for c in w.clauses { out += " (\(expression(c.pattern)) \(block(c.body)))" }
            if let d = w.defaultBody { out += " (default \(block(d)))" }
            return out + ")"
        case let .functionDefinition(f):
            var out = "(\(f.isFilter ? "filter" : "function") \(f.name)"
            if !f.parameters.isEmpty { out += " " + f.parameters.map(parameter).joined(separator: " ") }
            return out + " " + scriptBlock(f.body) + ")"
        case let .typeDefinition(d):
            return "(\(d.isEnum ? "enum" : "class") \(d.name))"
        case let .trapStatement(t):
            return "(trap\(t.typeName.map { " [\($0)]" } ?? "") \(block(t.body)))"
        case let .pipelineChain(c):
            var out = "(chain \(pipeline(c.first))"
            for (op, p) in c.rest { out += " \(op == .and ? "&&" : "||") \(pipeline(p))" }
            return out + ")"
        }
    }

    static func label(_ l: String?) -> String { l.map { " :\($0)" } ?? "" }

    static func pipeline(_ p: PipelineAst) -> String {
        let elements = p.elements.map(element)
        return elements.count == 1 ? elements[0] : "(pipe \(elements.joined(separator: " ")))"
    }

    static func element(_ e: PipelineElementAst) -> String {
        switch e {
        case let .expression(x, redirections):
            if redirections.isEmpty { return expression(x) }
            return "(redir \(expression(x)) \(redirections.map(redirection).joined(separator: " ")))"
        case let .command(c): return command(c)
        }
    }

    static func command(_ c: CommandAst) -> String {
        var out = "("
        switch c.invocationOperator {
        case .call: out += "& "
        case .dotSource: out += ". "
        case nil: out += "cmd "
        }
        switch c.name {
        case let .name(n, _): out += bare(n)
        case let .expression(e): out += expression(e)
        }
        for e in c.elements { out += " " + commandElement(e) }
        for r in c.redirections { out += " " + redirection(r) }
        return out + ")"
    }

    static func commandElement(_ e: CommandElementAst) -> String {
        switch e {
        case let .parameter(p):
            if p.usedColon { return "(-\(p.name): \(p.argument.map(expression) ?? "_"))" }
            return "-\(p.name)"
        case let .argument(x): return expression(x)
        }
    }

    static func redirection(_ r: RedirectionAst) -> String {
        switch r {
        case let .file(from, target, append, _):
            return "(\(stream(from))\(append ? ">>" : ">") \(expression(target)))"
        case let .merge(from, to, _):
            return "(\(stream(from))>&\(to.rawValue))"
        }
    }

    static func stream(_ s: RedirectionStream) -> String {
        switch s {
        case .all: return "*"
        case .output: return ""
        default: return String(s.rawValue)
        }
    }

    static func escaped(_ s: String) -> String {
        var out = ""
        for u in s.unicodeScalars {
            switch u {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\\": out += "\\\\"
            default:
                if u.value < 0x20 || u.value == 0x7F { out += "\\u{\(String(u.value, radix: 16))}" } else { out.unicodeScalars.append(u) }
            }
        }
        return out
    }

    static func bare(_ s: String) -> String {
        let special = s.isEmpty || s.unicodeScalars.first!.isDash || s.unicodeScalars.contains { $0.isPSWhitespace || $0.isNewlineChar || "()'\"".unicodeScalars.contains($0) }
        return special ? "⟨\(escaped(s))⟩" : escaped(s)
    }

    static func string(_ s: String, _ kind: StringQuoteKind) -> String {
        switch kind {
        case .bare: return bare(s)
        case .singleQuoted: return "'\(escaped(s))'"
        case .doubleQuoted: return "\"\(escaped(s))\""
        case .singleHereString: return "@'\(escaped(s))'@"
        case .doubleHereString: return "@\"\(escaped(s))\"@"
        }
    }

    static func number(_ v: NumberValue) -> String {
        switch v {
        case let .int(i): return String(i)
        case let .double(d): return "\(d)"
        case let .typed(i, t): return "\(i)\(t)"
        case let .decimal(text, multiplier): return multiplier == 1 ? "\(text)d" : "\(text)d*\(multiplier)"
        }
    }

    static func part(_ p: StringPartAst) -> String {
        switch p {
        case let .text(t): return "\"\(escaped(t))\""
        case let .variable(v): return "$\(v.name)"
        case let .subExpression(s, _): return s.isEmpty ? "(sub)" : "(sub \(statements(s)))"
        }
    }

    static func member(_ m: MemberNameAst) -> String {
        switch m {
        case let .literal(s): return s
        case let .expression(e): return expression(e)
        }
    }

    static func expression(_ e: ExpressionAst) -> String {
        switch e {
        case let .number(v, _, _): return number(v)
        case let .string(s, kind, _): return string(s, kind)
        case let .expandableString(parts, kind, _):
            let tag: String
            switch kind {
            case .bare: tag = "xs"
            case .doubleQuoted: tag = "xs\""
            case .doubleHereString: tag = "xs@\""
            default: tag = "xs?"
            }
            return "(\(tag) \(parts.map(part).joined(separator: " ")))"
        case let .variable(v): return (v.splatted ? "@" : "$") + v.name
        case let .member(target, name, isStatic, _):
            return "(\(isStatic ? "::" : ".") \(expression(target)) \(member(name)))"
        case let .invokeMember(target, name, typeArguments, arguments, isStatic, _):
            let args = arguments.map(expression).joined(separator: " ")
            let generic = typeArguments.isEmpty ? "" : "[" + typeArguments.map(\.name).joined(separator: ",") + "]"
            return "(\(isStatic ? "::" : ".")call \(expression(target)) \(member(name))\(generic)\(args.isEmpty ? "" : " " + args))"
        case let .index(target, index, _): return "([] \(expression(target)) \(expression(index)))"
        case let .unary(op, x, _):
            let name: String
            switch op {
            case .negate: name = "neg"
            case .postIncrement: name = "post++"
            case .postDecrement: name = "post--"
            default: name = op.rawValue
            }
            return "(\(name) \(expression(x)))"
        case let .binary(op, l, r, _, _): return "(\(op.text) \(expression(l)) \(expression(r)))"
        case let .arrayLiteral(items, _): return "(list \(items.map(expression).joined(separator: " ")))"
        case let .arrayExpression(s, _): return s.isEmpty ? "(arr)" : "(arr \(statements(s)))"
        case let .subExpression(s, _): return s.isEmpty ? "(sub)" : "(sub \(statements(s)))"
        case let .paren(s, _): return "(paren \(statement(s)))"
        case let .hashtable(entries, _):
            if entries.isEmpty { return "(hash)" }
            return "(hash \(entries.map { "(\(expression($0.key)) \(statement($0.value)))" }.joined(separator: " ")))"
        case let .scriptBlock(s): return scriptBlock(s)
        case let .convert(t, x, _): return "([\(t.name)] \(expression(x)))"
        case let .typeLiteral(t): return "[\(t.name)]"
        case let .ternary(c, a, b, _): return "(? \(expression(c)) \(expression(a)) \(expression(b)))"
        case let .nullConditional(x): return "(?. \(expression(x)))"
        }
    }
}

/// Parses `source` and renders it, or renders the error as `error ErrorId`.
func sexpr(_ source: String) -> String {
    do throws(ParseError) {
        return Dump.script(try Parser.parse(SourceText(source)))
    } catch {
        return "error \(error.errorId)"
    }
}

/// The parse error for `source`, if any.
func parseError(_ source: String) -> ParseError? {
    do throws(ParseError) {
        _ = try Parser.parse(SourceText(source))
        return nil
    } catch {
        return error
    }
}
