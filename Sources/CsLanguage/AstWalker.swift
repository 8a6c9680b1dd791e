/// Visits every command, assignment and hashtable literal of a tree, nested ones included (script blocks,
/// sub-expressions, expandable strings, function bodies, redirection targets), in source order:
/// for looking at what a script would pass without running it.
public struct AstWalker {
    public var command: (CommandAst) -> Void
    public var assignment: (AssignmentAst) -> Void
    public var hashtable: ([HashEntryAst]) -> Void

    public init(command: @escaping (CommandAst) -> Void = { _ in }, assignment: @escaping (AssignmentAst) -> Void = { _ in },
                hashtable: @escaping ([HashEntryAst]) -> Void = { _ in }) {
        self.command = command
        self.assignment = assignment
        self.hashtable = hashtable
    }

    public func walk(_ s: ScriptBlockAst) {
        for p in s.parameters { walk(p) }
        walk(s.statements)
        if let n = s.namedBlocks {
            for b in [n.dynamicParam, n.begin, n.process, n.end, n.clean] { if let b { walk(b.statements) } }
        }
    }

    private func walk(_ p: ParameterAst) {
        if let d = p.defaultValue { walk(d) }
    }

    private func walk(_ statements: [StatementAst]) {
        for s in statements { walk(s) }
    }

    private func walk(_ b: StatementBlockAst?) {
        if let b { walk(b.statements) }
    }

    private func walk(_ p: PipelineAst?) {
        guard let p else { return }
        for e in p.elements {
            switch e {
            case let .expression(x, redirections):
                walk(x)
                walk(redirections)
            case let .command(c):
                command(c)
                if case let .expression(x) = c.name { walk(x) }
                for element in c.elements {
                    switch element {
                    case let .parameter(p): if let a = p.argument { walk(a) }
                    case let .argument(a): walk(a)
                    }
                }
                walk(c.redirections)
            }
        }
    }

    private func walk(_ redirections: [RedirectionAst]) {
        for r in redirections {
            if case let .file(_, target, _, _) = r { walk(target) }
        }
    }

    private func walk(_ s: StatementAst) {
        switch s {
        case let .pipeline(p): walk(p)
        case let .assignment(a):
            assignment(a)
            walk(a.target)
            walk(a.value)
        case let .ifStatement(i):
            for c in i.clauses {
                walk(c.condition)
                walk(c.body)
            }
            walk(i.elseBody)
        case let .foreachStatement(f):
            walk(f.collection)
            walk(f.body)
        case let .forStatement(f):
            if let s = f.initializer { walk(s) }
            walk(f.condition)
            if let s = f.iterator { walk(s) }
            walk(f.body)
        case let .whileStatement(w):
            walk(w.condition)
            walk(w.body)
        case let .doStatement(d):
            walk(d.body)
            walk(d.condition)
        case let .tryStatement(t):
            walk(t.body)
            for c in t.catches { walk(c.body) }
            walk(t.finally)
        case let .switchStatement(sw):
            switch sw.input {
            case let .value(p): walk(p)
            case let .file(x): walk(x)
            }
            for c in sw.clauses {
                walk(c.pattern)
                walk(c.body)
            }
            walk(sw.defaultBody)
        case let .throwStatement(p, _), let .exitStatement(p, _), let .returnStatement(p, _):
            walk(p)
        case .breakStatement, .continueStatement:
            break
        case let .functionDefinition(f):
            for p in f.parameters { walk(p) }
            walk(f.body)
        case let .trapStatement(t):
            walk(t.body)
        case let .typeDefinition(d):
            for p in d.properties { if let v = p.defaultValue { walk(v) } }
            for m in d.methods { walk(m.body) }
        case let .pipelineChain(c):
            walk(c.first)
            for (_, p) in c.rest { walk(p) }
        }
    }

    private func walk(_ e: ExpressionAst) {
        switch e {
        case .number, .string, .variable, .typeLiteral:
            break
        case let .expandableString(parts, _, _):
            for case let .subExpression(statements, _) in parts { walk(statements) }
        case let .member(target, name, _, _):
            walk(target)
            if case let .expression(x) = name { walk(x) }
        case let .invokeMember(target, name, _, arguments, _, _):
            walk(target)
            if case let .expression(x) = name { walk(x) }
            for a in arguments { walk(a) }
        case let .index(target, index, _):
            walk(target)
            walk(index)
        case let .unary(_, x, _), let .convert(_, x, _):
            walk(x)
        case let .binary(_, l, r, _, _):
            walk(l)
            walk(r)
        case let .arrayLiteral(items, _):
            for x in items { walk(x) }
        case let .arrayExpression(statements, _), let .subExpression(statements, _):
            walk(statements)
        case let .paren(s, _):
            walk(s)
        case let .hashtable(entries, _):
            hashtable(entries)
            for entry in entries {
                walk(entry.key)
                walk(entry.value)
            }
        case let .scriptBlock(s):
            walk(s)
        case let .ternary(c, a, b, _):
            walk(c)
            walk(a)
            walk(b)
        case let .nullConditional(x):
            walk(x)
        }
    }
}
