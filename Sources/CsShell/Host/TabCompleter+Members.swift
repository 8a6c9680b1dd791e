import CsCore
import Foundation

/// Member names after `$var.` and `$_.` (PowerShell's CompletionCompleters.CompleteMember). For a
/// variable, the members of its current value (CompleteMemberHelper: sorted by member type, then
/// name; methods end in `(`; a hashtable's keys follow). For `$_` or `$PSItem` inside a script
/// block, the members of the type the pipeline before the block writes, inferred from the previous
/// command's declared output type (CompleteMemberByInferredType: properties, then methods, each by
/// name); a module describes its types' properties (ShellModule.types).
extension TabCompleter {
    /// A completion for a `$…` word with a dot in it, or nil when the word is no member access.
    func memberCompletion(_ word: Word, before: [Character]) -> EditLineReader.Completion? {
        let text = Array(word.text)
        guard text.first == "$", let lastDot = text.lastIndex(of: ".") else { return nil }
        let path = String(text[1..<lastDot]).split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard path.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == ":" } }) else { return nil }
        let typed = String(text[(lastDot + 1)...])
        let names: [String]
        if path.count == 1, path[0] == "_" || path[0].equalsIgnoringCase("PSItem") {
            names = pipelineInputMembers(Array(before[..<min(word.start, before.count)]))
        } else {
            guard var value = session.variables.get(path[0]) else { return nil }
            for p in path.dropFirst() { value = Members.get(value, p) }
            names = TabCompleter.members(of: value)
        }
        return EditLineReader.Completion(replaceFrom: word.start + lastDot + 1, candidates: names.filter { $0.hasPrefixIgnoringCase(typed) })
    }

    /// A value's members as completion text, in PowerShell's order: by member type (PSMemberTypes'
    /// value: properties before methods), then by name; then a hashtable's keys.
    static func members(of value: PSValue) -> [String] {
        func order(_ kind: String) -> Int { MemberCatalog.memberTypes.member(named: kind)?.value ?? Int.max }
        let sorted = MemberCatalog.members(of: value, force: false).members.sorted { a, b in
            let (x, y) = (order(a.memberType), order(b.memberType))
            return x != y ? x < y : a.name.lowercased() < b.name.lowercased()
        }
        var out = sorted.map { quoted($0.name) + ($0.memberType == "Method" ? "(" : "") }
        if case let .hashtable(h) = value {
            out += h.keys.compactMap { if case let .string(k) = $0 { return quoted(k) } else { return nil } }
        }
        return out
    }

    /// A member name as it must be typed after the dot.
    private static func quoted(_ name: String) -> String {
        name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) ? name : "'" + name.replacingOccurrences(of: "'", with: "''") + "'"
    }

    /// Cmdlets whose output is their input (so `$_` after them is what came before them).
    private static let passThrough: Set<String> = ["Where-Object", "Sort-Object"]

    /// The members of what flows into the script block that encloses the end of `before`: the
    /// pipeline element ahead of the command the block is given to, a cmdlet (its declared output
    /// types) or a variable (its current value's first element).
    func pipelineInputMembers(_ before: [Character]) -> [String] {
        guard let elements = TabCompleter.elementsBeforeBlock(before), elements.count >= 2 else { return [] }
        for element in elements.dropLast().reversed() {
            guard let first = element.split(whereSeparator: { $0 == " " || $0 == "\t" }).first.map(String.init) else { return [] }
            if first.hasPrefix("$") {
                guard let value = session.variables.get(String(first.dropFirst())) else { return [] }
                if case let .array(items) = value { return items.first.map(TabCompleter.members(of:)) ?? [] }
                return TabCompleter.members(of: value)
            }
            guard let entry = session.registry.resolve(first) else { return [] }
            if TabCompleter.passThrough.contains(entry.name) { continue }
            return typeMembers(entry.metadata.outputTypes)
        }
        return []
    }

    /// The members of declared type names: each described type's properties, then Object's methods.
    private func typeMembers(_ typeNames: [String]) -> [String] {
        if typeNames.contains("System.String") { return TabCompleter.members(of: .string("")) }
        var properties: [String] = []
        for t in typeNames {
            guard let d = session.registry.types[t.caseFoldedKey] else { continue }
            for p in d.properties where !properties.contains(where: { $0.equalsIgnoringCase(p.name) }) { properties.append(p.name) }
        }
        guard !properties.isEmpty else { return [] }
        let methods = MemberCatalog.objectMethods.map { $0.name + "(" }
        return properties.sorted { $0.lowercased() < $1.lowercased() } + methods.sorted()
    }

    /// The pipeline elements (their text) of the statement that holds the innermost open `{` of
    /// `chars`, from the statement's start up to that brace; nil when the end is in no script block.
    static func elementsBeforeBlock(_ chars: [Character]) -> [String]? {
        struct Frame {
            var opener: Character
            var openedAt: Int
            var statementStart: Int
            var pipes: [Int] = []
        }
        var frames = [Frame(opener: " ", openedAt: -1, statementStart: 0)]
        var quote: Character?
        for (i, c) in chars.enumerated() {
            if let q = quote {
                if c == q { quote = nil }
                continue
            }
            switch c {
            case "'", "\"": quote = c
            case "{", "(": frames.append(Frame(opener: c, openedAt: i, statementStart: i + 1))
            case "}", ")": if frames.count > 1 { frames.removeLast() }
            case ";", "\n":
                frames[frames.count - 1].statementStart = i + 1
                frames[frames.count - 1].pipes = []
            case "|": frames[frames.count - 1].pipes.append(i)
            default: break
            }
        }
        guard frames.count >= 2, let block = frames.last, block.opener == "{" else { return nil }
        let outer = frames[frames.count - 2]
        let starts = [outer.statementStart] + outer.pipes.map { $0 + 1 }
        let ends = outer.pipes + [block.openedAt]
        return zip(starts, ends).map { String(chars[$0..<$1]).trimmingCharacters(in: .whitespaces) }
    }
}
