import CsCore
import CsLanguage

/// Where a script gives secret parameters (ParameterMetadata.isSecret) a literal value, found without
/// running it. Each command's arguments are matched to its parameters by name as the binder matches
/// them (exact name or alias, else a unique prefix; `-Name:value` too) and by position; a hashtable
/// key that is a secret parameter's name (a table to splat) counts as well. A value that is only a
/// variable (`$pass`, `$cfg.Pass`, `@splat`) holds no literal, but what the same text assigns to that
/// variable does (`$pass = 'x'; Set-… -DialbackPassphrase $pass`). Text that does not parse is
/// searched word by word instead.
enum SecretArguments {
    /// `source` with the secret values masked wherever its lines are shown (SourceText.redactions);
    /// `ast` is nil when the text did not parse.
    static func masking(_ source: SourceText, ast: ScriptBlockAst?, registry: CommandRegistry) -> SourceText {
        guard !registry.entriesWithSecrets.isEmpty else { return source }
        return source.redacting(ast.map { ranges(in: $0, registry: registry) } ?? ranges(inUnparsed: source, registry: registry))
    }

    static func ranges(in ast: ScriptBlockAst, registry: CommandRegistry) -> [SourceRange] {
        let secretCmdlets = registry.entriesWithSecrets.map(\.metadata)
        var found: [SourceRange] = []
        var secretVariables = Set<String>()
        var assignments: [(name: String, value: SourceRange)] = []
        let walker = AstWalker(command: { c in
            let candidates: [CmdletMetadata]
            switch c.name {
            case let .name(n, _): candidates = registry.resolve(n).map { [$0.metadata] } ?? []
            // `& $command …`: the secret parameter of any cmdlet may be meant.
            case .expression: candidates = secretCmdlets
            }
            for a in arguments(of: c, boundToSecretsOf: candidates) {
                if case let .variable(v) = a { secretVariables.insert(v.name.caseFoldedKey) }
                if !holdsNoLiteral(a) { found.append(a.range) }
            }
        }, assignment: { a in
            if case let .variable(v) = a.target, !holdsNoLiteral(a.value) { assignments.append((v.name.caseFoldedKey, a.value.range)) }
        }, hashtable: { entries in
            for e in entries {
                guard case let .string(key, _, _) = e.key, !holdsNoLiteral(e.value) else { continue }
                let named = secretCmdlets.contains { m in
                    m.parameters.contains { $0.isSecret && ($0.name.equalsIgnoringCase(key) || $0.aliases.contains { $0.equalsIgnoringCase(key) }) }
                }
                if named { found.append(e.value.range) }
            }
        })
        walker.walk(ast)
        return found + assignments.filter { secretVariables.contains($0.name) }.map(\.value)
    }

    /// The arguments of one command that bind to a secret parameter of any of `candidates`.
    private static func arguments(of c: CommandAst, boundToSecretsOf candidates: [CmdletMetadata]) -> [ExpressionAst] {
        guard candidates.contains(where: { $0.parameters.contains(where: \.isSecret) }) else { return [] }
        let matchers = candidates.map(ParameterNameMatcher.init(metadata:))
        let secretPositions = Set(candidates.flatMap { m in m.parameters.filter(\.isSecret).flatMap { $0.sets.compactMap(\.position) } })
        var found: [ExpressionAst] = []
        var position = 0
        var i = 0
        while i < c.elements.count {
            switch c.elements[i] {
            case let .parameter(p):
                let bound = matchers.compactMap { m -> ParameterMetadata? in
                    if case let .found(x, _) = m.match(p.name) { return x }
                    return nil
                }
                let secret = bound.contains(where: \.isSecret)
                if p.usedColon {
                    if secret, let a = p.argument { found.append(a) }
                } else if secret || bound.contains(where: { !$0.isSwitch }), i + 1 < c.elements.count, case let .argument(a) = c.elements[i + 1] {
                    if secret { found.append(a) }
                    i += 1
                }
            case let .argument(a):
                if secretPositions.contains(position) { found.append(a) }
                position += 1
            }
            i += 1
        }
        return found
    }

    /// A variable, or a property of one: nothing literal to hide.
    private static func holdsNoLiteral(_ e: ExpressionAst) -> Bool {
        switch e {
        case .variable: return true
        case let .member(target, .literal, false, _): return holdsNoLiteral(target)
        default: return false
        }
    }

    private static func holdsNoLiteral(_ s: StatementAst) -> Bool {
        guard case let .pipeline(p) = s, p.elements.count == 1, case let .expression(e, redirections) = p.elements[0] else { return false }
        return redirections.isEmpty && holdsNoLiteral(e)
    }

    // MARK: Text that does not parse

    /// Words that could be a secret parameter of some cmdlet (`-Dialb`, `-DialbackPassphrase:`) and
    /// the word after each (or the value after its colon).
    static func ranges(inUnparsed source: SourceText, registry: CommandRegistry) -> [SourceRange] {
        let matchers = registry.entriesWithSecrets.map { ParameterNameMatcher(metadata: $0.metadata) }
        // Only a prefix of a secret parameter's name or alias can bind to it: a cheap test first.
        let secretNames = registry.entriesWithSecrets.flatMap { $0.metadata.parameters.filter(\.isSecret).flatMap { [$0.name] + $0.aliases } }
        let words = words(source.scalars)
        var found: [SourceRange] = []
        for (k, w) in words.enumerated() {
            let dash = source.scalars[w.start]
            guard w.length > 1, dash == "-" || dash == "\u{2013}" || dash == "\u{2014}" else { continue }
            let text = Array(source.scalars[w.start..<w.end])
            let colon = text.firstIndex(of: ":")
            let name = String(String.UnicodeScalarView(text[1..<(colon ?? text.count)]))
            guard !name.isEmpty, secretNames.contains(where: { $0.hasPrefixIgnoringCase(name) }) else { continue }
            let secret = matchers.contains { m in
                if case let .found(p, _) = m.match(name) { return p.isSecret }
                return false
            }
            guard secret else { continue }
            if let colon, colon + 1 < text.count {
                found.append(SourceRange(w.start + colon + 1, w.end))
            } else if k + 1 < words.count {
                found.append(words[k + 1])
            }
        }
        return found
    }

    /// Whitespace-separated words, with quoted text (`'…'`, `"…"`) kept inside its word; `|`, `;`,
    /// `,` and brackets end a word.
    private static let separators = Set(" \t\r\n|;,(){}".unicodeScalars)

    private static func words(_ s: [Unicode.Scalar]) -> [SourceRange] {
        var out: [SourceRange] = []
        var i = 0
        func separates(_ c: Unicode.Scalar) -> Bool { separators.contains(c) }
        while i < s.count {
            if separates(s[i]) { i += 1; continue }
            let start = i
            while i < s.count && !separates(s[i]) {
                let q = s[i]
                i += 1
                guard q == "'" || q == "\"" else { continue }
                while i < s.count && s[i] != q {
                    if q == "\"" && s[i] == "`" { i += 1 }
                    i += 1
                }
                i = min(i + 1, s.count)
            }
            out.append(SourceRange(start, i))
        }
        return out
    }
}
