import CsCore
import Foundation

/// Tab completion (powershell-language.md §6.1): command names and aliases, parameter names after
/// `-` (declaration order, common parameters last, bound ones and other sets left out), enum values,
/// values a parameter's own completer offers (names from a module's store, say), file paths, variable
/// names after `$`, and member names after `$var.` and `$_.` (TabCompleter+Members).
struct TabCompleter {
    let session: Session

    /// One word of the line before the cursor.
    struct Word {
        var text: String
        var start: Int
    }

    /// Completes the word that ends at `cursor` (a character offset into `line`).
    func complete(line: String, cursor: Int) -> EditLineReader.Completion {
        let chars = Array(line)
        let before = Array(chars[..<min(cursor, chars.count)])
        let (segment, current) = TabCompleter.scan(before)
        let word = current ?? Word(text: "", start: before.count)
        let none = EditLineReader.Completion(replaceFrom: word.start, candidates: [])

        if word.text.hasPrefix("$") {
            if word.text.contains(".") { return memberCompletion(word, before: before) ?? none }
            return EditLineReader.Completion(replaceFrom: word.start, candidates: variables(String(word.text.dropFirst())))
        }
        if segment.isEmpty {
            return EditLineReader.Completion(replaceFrom: word.start, candidates: commands(word.text))
        }
        if segment.last?.text == ">" || segment.last?.text == ">>" || word.text.hasPrefix(">") {
            let t = word.text.drop(while: { $0 == ">" })
            return EditLineReader.Completion(replaceFrom: word.start + (word.text.count - t.count), candidates: paths(String(t)))
        }
        guard let entry = session.registry.resolve(segment[0].text) else {
            return word.text.contains("/") || word.text.hasPrefix(".") ? EditLineReader.Completion(replaceFrom: word.start, candidates: paths(word.text)) : none
        }
        let metadata = entry.metadata
        let args = Array(segment.dropFirst())

        // `-Name…`: parameter names (or a `-Name:value` in progress).
        if word.text.hasPrefix("-") {
            let body = String(word.text.dropFirst())
            if let colon = body.firstIndex(of: ":") {
                let name = String(body[..<colon])
                guard let p = parameter(metadata, name) else { return none }
                let valueStart = word.start + 1 + body.distance(from: body.startIndex, to: colon) + 1
                return values(for: p, metadata, typed: String(body[body.index(after: colon)...]), start: valueStart) ?? none
            }
            return EditLineReader.Completion(replaceFrom: word.start, candidates: parameterNames(metadata, typed: body, args: args))
        }

        // A value: for the parameter named just before, or the next positional one.
        let target: ParameterMetadata?
        if let last = args.last, last.text.hasPrefix("-"),
           let p = parameter(metadata, String(last.text.dropFirst()).trimmingCharacters(in: CharacterSet(charactersIn: ":"))), !p.isSwitch {
            target = p
        } else {
            target = positionalParameter(metadata, args: args)
        }
        guard let p = target else { return none }
        // A list value: complete after the last comma.
        var typed = word.text
        var start = word.start
        if let comma = typed.lastIndex(of: ",") {
            start += typed.distance(from: typed.startIndex, to: comma) + 1
            typed = String(typed[typed.index(after: comma)...])
        }
        return values(for: p, metadata, typed: typed, start: start) ?? none
    }

    // MARK: Scanning

    /// Splits the text before the cursor into the current pipeline element's words and the word being
    /// typed (nil after a space). Quotes keep their contents in one word; `|`, `;`, `{`, `(` start a
    /// new element.
    static func scan(_ chars: [Character]) -> (segment: [Word], current: Word?) {
        var words: [Word] = []
        var current: Word?
        var quote: Character?
        var i = 0
        func flush() { if let c = current { words.append(c); current = nil } }
        while i < chars.count {
            let c = chars[i]
            if let q = quote {
                current!.text.append(c)
                if c == q || (q == "\"" && c == "”") || (q == "'" && c == "’") { quote = nil }
                i += 1
                continue
            }
            switch c {
            case " ", "\t":
                flush()
            case "|", ";", "{", "(", "}", ")":
                flush()
                words.removeAll()
            case ">":
                flush()
                var op = ">"
                if i + 1 < chars.count && chars[i + 1] == ">" { op = ">>"; i += 1 }
                words.append(Word(text: op, start: i))
            case "'", "\"", "‘", "’", "“", "”":
                if current == nil { current = Word(text: "", start: i) }
                current!.text.append(c)
                quote = (c == "‘" || c == "’") ? "'" : ((c == "“" || c == "”") ? "\"" : c)
            default:
                if current == nil { current = Word(text: "", start: i) }
                current!.text.append(c)
            }
            i += 1
        }
        return (words, current)
    }

    // MARK: Candidates

    private func commands(_ typed: String) -> [String] {
        var names = Set<String>()
        var out: [String] = []
        func add(_ n: String, abbreviated: Bool = false) {
            if abbreviated || n.hasPrefixIgnoringCase(typed), names.insert(n.lowercased()).inserted { out.append(n) }
        }
        for e in session.registry.entries { add(e.name) }
        for a in session.registry.aliases { add(a.alias) }
        for f in session.functions.values { add(f.name) }
        if out.isEmpty, typed.contains("-") {
            // Abbreviation expansion: `cf-j` → ConvertFrom-Json (first letters of each segment).
            for e in session.registry.entries where TabCompleter.abbreviationMatches(e.name, typed) { add(e.name, abbreviated: true) }
        }
        return out.sorted { $0.lowercased() < $1.lowercased() }
    }

    /// `i-psdf` matches `Import-PowerShellDataFile`: each typed letter after the dash starts a word.
    static func abbreviationMatches(_ name: String, _ typed: String) -> Bool {
        let parts = typed.lowercased().split(separator: "-", maxSplits: 1)
        let nameParts = name.split(separator: "-", maxSplits: 1)
        guard parts.count == 2, nameParts.count == 2, nameParts[0].lowercased().hasPrefix(parts[0]) else { return false }
        let capitals = nameParts[1].filter { $0.isUppercase }.lowercased()
        return !parts[1].isEmpty && capitals == parts[1]
    }

    private func variables(_ typed: String) -> [String] {
        let names = session.variables.visibleNames() + ["true", "false", "null", "_", "PSItem", "Error", "args", "?"]
        var seen = Set<String>()
        return names.filter { $0.hasPrefixIgnoringCase(typed) && seen.insert($0.lowercased()).inserted }
            .sorted { $0.lowercased() < $1.lowercased() }.map { "$" + $0 }
    }

    private func parameter(_ m: CmdletMetadata, _ name: String) -> ParameterMetadata? {
        let all = m.parameters + CommonParameters.parameters(for: m)
        if let exact = all.first(where: { $0.name.equalsIgnoringCase(name) || $0.aliases.contains { $0.equalsIgnoringCase(name) } }) { return exact }
        let matches = all.filter { $0.name.hasPrefixIgnoringCase(name) }
        return matches.count == 1 ? matches[0] : nil
    }

    /// The parameter sets still possible given the parameters already typed.
    private func sets(_ m: CmdletMetadata, bound: [ParameterMetadata]) -> [String] {
        var sets = m.parameterSetNames
        for p in bound where !p.inAllSets {
            let narrowed = sets.filter { p.spec(in: $0) != nil }
            if !narrowed.isEmpty { sets = narrowed }
        }
        return sets
    }

    private func boundParameters(_ m: CmdletMetadata, _ args: [Word]) -> [ParameterMetadata] {
        args.compactMap { w in
            guard w.text.hasPrefix("-") else { return nil }
            return parameter(m, String(w.text.dropFirst()).components(separatedBy: ":")[0])
        }
    }

    private func parameterNames(_ m: CmdletMetadata, typed: String, args: [Word]) -> [String] {
        let bound = boundParameters(m, args)
        let possible = sets(m, bound: bound)
        let declared = m.parameters.filter { p in
            !p.dontShow && !bound.contains { $0.name == p.name } && possible.contains { p.spec(in: $0) != nil }
        }
        let common = CommonParameters.parameters(for: m).filter { p in !bound.contains { $0.name == p.name } }
        var out = (declared + common).filter { $0.name.hasPrefixIgnoringCase(typed) }.map { "-" + $0.name }
        if out.isEmpty && !typed.isEmpty {
            out = (declared + common).filter { $0.aliases.contains { $0.hasPrefixIgnoringCase(typed) } }.map { "-" + $0.name }
        }
        return out
    }

    /// The positional parameter the next bare argument would bind to.
    private func positionalParameter(_ m: CmdletMetadata, args: [Word]) -> ParameterMetadata? {
        let bound = boundParameters(m, args)
        // Values given so far that are not parameter names or their arguments.
        var positional = 0
        var i = 0
        while i < args.count {
            let w = args[i].text
            if w.hasPrefix("-"), let p = parameter(m, String(w.dropFirst()).components(separatedBy: ":")[0]) {
                if !p.isSwitch && !w.hasSuffix(":") && !w.contains(":") { i += 1 }
            } else if w != ">" && w != ">>" {
                positional += 1
            }
            i += 1
        }
        let possible = sets(m, bound: bound)
        let set = m.defaultParameterSet.flatMap { possible.contains($0) ? $0 : nil } ?? possible.first ?? ParameterSetSpec.allSets
        let ordered = m.parameters.compactMap { p -> (Int, ParameterMetadata)? in
            guard !bound.contains(where: { $0.name == p.name }), let pos = p.spec(in: set)?.position else { return nil }
            return (pos, p)
        }.sorted { $0.0 < $1.0 }
        return positional < ordered.count ? ordered[positional].1 : nil
    }

    private func values(for p: ParameterMetadata, _ m: CmdletMetadata, typed: String, start: Int) -> EditLineReader.Completion? {
        var element = p.type
        if case let .array(t) = element { element = t }
        if case let .listModifier(t) = element { element = t }
        var quote = ""
        var bare = typed
        if let f = typed.first, "'\"‘’“”".contains(f) { quote = f == "‘" || f == "’" ? "'" : (f == "“" || f == "”" ? "\"" : String(f)); bare = String(typed.dropFirst()) }
        // A value with a space needs quotes: the typed one, else single quotes (as PowerShell completes).
        func quoted(_ items: [String]) -> [String] {
            items.map { quote.isEmpty ? ($0.contains(" ") ? "'" + $0 + "'" : $0) : quote + $0 + quote }
        }

        if case let .enumeration(e) = element {
            // Alphabetical, as PSReadLine lists them; a value equal to the typed text is a prefix of
            // the others, so it comes first.
            let matches = e.members.filter { $0.hasPrefixIgnoringCase(bare) }.sorted { $0.lowercased() < $1.lowercased() }
            return EditLineReader.Completion(replaceFrom: start, candidates: quoted(matches))
        }
        if let completer = p.completer {
            return EditLineReader.Completion(replaceFrom: start, candidates: quoted(completer.complete(session, bare)))
        }
        if ["File", "FilePath", "Path", "LiteralPath"].contains(p.name) {
            return EditLineReader.Completion(replaceFrom: start, candidates: paths(typed))
        }
        return nil
    }

    /// Files and folders whose names start with what was typed; folders end in `/`.
    func paths(_ typed: String) -> [String] {
        var t = typed
        var quote = ""
        if let f = t.first, f == "'" || f == "\"" { quote = String(f); t.removeFirst() }
        let slash = t.lastIndex(of: "/")
        let dirPart = slash.map { String(t[...$0]) } ?? ""
        let base = slash.map { String(t[t.index(after: $0)...]) } ?? t
        let dir = dirPart.isEmpty ? "." : FileSystemPath.resolve(dirPart)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else { return [] }
        return names.filter { $0.hasPrefix(base) && (base.hasPrefix(".") || !$0.hasPrefix(".")) }.sorted().map { name in
            var isDir: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: dir + "/" + name, isDirectory: &isDir)
            let full = dirPart + name + (isDir.boolValue ? "/" : "")
            if !quote.isEmpty { return quote + full + (isDir.boolValue ? "" : quote) }
            return full.contains(" ") ? "'" + full + (isDir.boolValue ? "" : "'") : full
        }
    }
}
