// Comment-based help (PowerShell's HelpCommentsParser): finding the comment block that documents a
// function or a script, and reading its `.SYNOPSIS`, `.DESCRIPTION`, `.PARAMETER name`, `.EXAMPLE`, …
// sections. Works on the source text alone; the shell turns the result into a help object.

/// The sections of one help comment block.
public struct CommentHelpInfo: Sendable, Equatable {
    public var synopsis: String?
    public var description: String?
    public var notes: String?
    public var examples: [String] = []
    public var inputs: [String] = []
    public var outputs: [String] = []
    public var links: [String] = []
    public var component: String?
    public var role: String?
    public var functionality: String?
    /// `.PARAMETER name` sections, by upper-cased name.
    public var parameters: [String: String] = [:]
    public var forwardHelpTargetName: String?
    public var forwardHelpCategory: String?
    public var externalHelp: String?
    /// The comment text written next to each parameter of the `param()` list, in order.
    public var parameterComments: [String] = []

    public init() {}

    /// A parameter's description: its `.PARAMETER` section, else the comment written next to it.
    public func parameterDescription(_ name: String, index: Int) -> String? {
        if let d = parameters[name.uppercased()] { return d }
        return index < parameterComments.count && !parameterComments[index].isEmpty ? parameterComments[index] : nil
    }
}

public enum CommentHelp {
    /// A comment or another token of the source, with the lines it starts and ends on.
    struct Piece {
        var isComment: Bool
        var start: Int
        var end: Int
        var startLine: Int
        var endLine: Int
    }

    /// The help of a function: the comment block just before `function` (at most one blank line
    /// between), else the first help block at the start of its body, else the one at its end.
    public static func forFunction(_ f: FunctionAst, source: SourceText) -> CommentHelpInfo? {
        let pieces = tokenize(source)
        let fnIndex = firstIndex(pieces, atOrAfter: f.range.start)
        if var info = analyze(preceding(pieces, fnIndex, proximity: 2), source) {
            info.parameterComments = parameterComments(pieces, f, source)
            return info
        }
        let open = firstIndex(pieces, atOrAfter: f.body.range.start)
        let close = lastIndex(pieces, endingBy: f.range.end)
        guard open < pieces.count, close > open else { return nil }
        var i = open + 1
        while true {
            let block = commentBlock(pieces, &i, limit: close)
            if block.isEmpty { break }
            if var info = analyze(block, source) {
                info.parameterComments = parameterComments(pieces, f, source)
                return info
            }
        }
        if var info = analyze(preceding(pieces, close, proximity: pieces[close].startLine), source) {
            info.parameterComments = parameterComments(pieces, f, source)
            return info
        }
        return nil
    }

    /// The help of a script file: the first help block at its start (unless it sits right above the
    /// script's first statement, a function, which it then documents), else the one at its end.
    public static func forScript(_ script: ScriptBlockAst, source: SourceText) -> CommentHelpInfo? {
        let pieces = tokenize(source)
        var i = 0
        let params = script.parameters
        func withParams(_ info: CommentHelpInfo) -> CommentHelpInfo {
            var info = info
            info.parameterComments = params.map { parameterComment(pieces, $0, source) }
            return info
        }
        while true {
            let block = commentBlock(pieces, &i, limit: pieces.count)
            if block.isEmpty { break }
            guard let info = analyze(block, source) else { continue }
            if script.namedBlocks == nil, case let .functionDefinition(f)? = script.statements.first {
                let between = source.location(of: f.range.start).line - block.last!.endLine
                if between > 2 { return withParams(info) }
                break
            }
            return withParams(info)
        }
        if let info = analyze(preceding(pieces, pieces.count, proximity: Int.max / 2), source) { return withParams(info) }
        return nil
    }

    // MARK: Reading a block

    private static let sectionKeywords: Set<String> = ["SYNOPSIS", "DESCRIPTION", "NOTES", "LINK", "EXAMPLE", "INPUTS", "OUTPUTS",
                                                      "COMPONENT", "ROLE", "FUNCTIONALITY"]

    /// `.KEYWORD` or `.KEYWORD argument` alone on a line: the keyword and the argument.
    static func directive(_ line: String) -> (String, String?)? {
        let s = Substring(line).drop(while: { $0 == " " || $0 == "\t" })
        guard s.first == "." else { return nil }
        let rest = s.dropFirst()
        let word = rest.prefix(while: { $0.isLetter || $0.isNumber || $0 == "_" })
        guard !word.isEmpty else { return nil }
        let after = rest.dropFirst(word.count)
        let arg = after.trimmingWhitespace()
        if arg.isEmpty { return (String(word), nil) }
        guard after.first == " " || after.first == "\t" else { return nil }
        return (String(word), arg)
    }

    static func isBlank(_ line: String) -> Bool { line.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\r" } }

    /// The lines of comments: a `<# … #>` comment's lines between its delimiters, a `#` comment's
    /// text after its leading `#` characters.
    static func lines(_ comments: [Piece], _ source: SourceText) -> [String] {
        var out: [String] = []
        for c in comments {
            let text = String(String.UnicodeScalarView(source.scalars[c.start..<c.end]))
            if text.hasPrefix("<#") {
                var inner = Substring(text.dropFirst(2))
                if inner.hasSuffix("#>") { inner = inner.dropLast(2) }
                out += inner.replacingCRLF().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            } else {
                out.append(String(text.drop(while: { $0 == "#" })))
            }
        }
        return out
    }

    /// A section's text from line `i + 1` to the next directive: blank lines before it skipped, the
    /// first line's indentation removed from every line (as far as each has it). `i` ends on the
    /// last line read.
    static func section(_ lines: [String], _ i: inout Int) -> String {
        var capturing = false
        var indent = 0
        var out = ""
        i += 1
        while i < lines.count {
            let line = lines[i]
            if !capturing && isBlank(line) { i += 1; continue }
            if directive(line) != nil { i -= 1; return out }
            if !capturing {
                indent = line.prefix(while: { $0 == " " || $0 == "\t" || $0 == "\u{A0}" }).count
                capturing = true
            }
            var start = line.startIndex
            var n = 0
            while start < line.endIndex, n < indent, line[start] == " " || line[start] == "\t" || line[start] == "\u{A0}" {
                start = line.index(after: start); n += 1
            }
            out += line[start...] + "\n"
            i += 1
        }
        i = lines.count - 1
        return out
    }

    /// The sections of a block, or nil when it is not help: a line that is neither blank nor a known
    /// directive outside a section, or no directive at all.
    static func analyze(_ comments: [Piece], _ source: SourceText) -> CommentHelpInfo? {
        guard !comments.isEmpty else { return nil }
        let lines = lines(comments, source)
        var info = CommentHelpInfo()
        var found = false
        var i = 0
        while i < lines.count {
            defer { i += 1 }
            guard let (word, arg) = directive(lines[i]) else {
                if !isBlank(lines[i]) { return nil }
                continue
            }
            found = true
            let key = word.uppercased()
            if let arg {
                switch key {
                case "PARAMETER":
                    let text = section(lines, &i)
                    let name = arg.uppercased()
                    if info.parameters[name] == nil { info.parameters[name] = text }
                case "FORWARDHELPTARGETNAME": info.forwardHelpTargetName = arg
                case "FORWARDHELPCATEGORY": info.forwardHelpCategory = arg
                case "REMOTEHELPRUNSPACE": break
                case "EXTERNALHELP": info.externalHelp = arg
                default: return nil
                }
                continue
            }
            guard sectionKeywords.contains(key) else { return nil }
            let text = section(lines, &i)
            switch key {
            case "SYNOPSIS": info.synopsis = text
            case "DESCRIPTION": info.description = text
            case "NOTES": info.notes = text
            case "LINK": info.links.append(text.trimmingWhitespaceAndNewlines())
            case "EXAMPLE": info.examples.append(text)
            case "INPUTS": info.inputs.append(text)
            case "OUTPUTS": info.outputs.append(text)
            case "COMPONENT": info.component = text.trimmingWhitespaceAndNewlines()
            case "ROLE": info.role = text.trimmingWhitespaceAndNewlines()
            default: info.functionality = text.trimmingWhitespaceAndNewlines()
            }
        }
        return found ? info : nil
    }

    /// An example's prompt (the first line up to its first `>`, else `PS > `), its code (up to the
    /// first blank line) and its remarks (the rest).
    public static func exampleParts(_ text: String) -> (prompt: String, code: String, remarks: String) {
        var content = Substring(text)
        var prompt = "PS > "
        let firstLine = content.prefix(while: { $0 != "\n" && $0 != "\r" })
        if let gt = firstLine.firstIndex(of: ">") {
            prompt = String(content[..<content.index(after: gt)])
            content = content[content.index(after: gt)...]
        }
        let normalized = Array(String(content).replacingCRLF())
        if let k = normalized.indices.first(where: { $0 + 1 < normalized.count && normalized[$0] == "\n" && normalized[$0 + 1] == "\n" }) {
            return (prompt, String(normalized[..<k]).trimmingWhitespaceAndNewlines(), String(normalized[(k + 2)...]))
        }
        return (prompt, String(normalized).trimmingWhitespaceAndNewlines(), "")
    }

    // MARK: Comments around a parameter

    private static func parameterComments(_ pieces: [Piece], _ f: FunctionAst, _ source: SourceText) -> [String] {
        let params = f.parameters.isEmpty ? f.body.parameters : f.parameters
        return params.map { parameterComment(pieces, $0, source) }
    }

    /// The comments just before a parameter, inside it and right after it, as one section.
    private static func parameterComment(_ pieces: [Piece], _ p: ParameterAst, _ source: SourceText) -> String {
        let first = firstIndex(pieces, atOrAfter: p.range.start)
        var comments = preceding(pieces, first, proximity: 2)
        let last = lastIndex(pieces, endingBy: p.range.end)
        if first < last { for k in first..<last where pieces[k].isComment { comments.append(pieces[k]) } }
        var next = last + 1
        comments += commentBlock(pieces, &next, limit: pieces.count)
        var n = -1
        return section(lines(comments, source), &n)
    }

    // MARK: Tokens

    /// The first piece that starts at or after `offset` (`pieces.count` when none does).
    static func firstIndex(_ pieces: [Piece], atOrAfter offset: Int) -> Int {
        pieces.firstIndex { $0.start >= offset } ?? pieces.count
    }

    /// The last piece that ends by `offset`.
    static func lastIndex(_ pieces: [Piece], endingBy offset: Int) -> Int {
        (pieces.lastIndex { $0.end <= offset }) ?? -1
    }

    /// The comments right before piece `index` (the end of the text when `index` is past the last
    /// piece): the nearest must end within `proximity` lines of it, each next one on the line before.
    static func preceding(_ pieces: [Piece], _ index: Int, proximity: Int) -> [Piece] {
        let line = index < pieces.count ? pieces[index].startLine : (pieces.last?.endLine ?? 1) + 1
        var minEnd = line - proximity
        var out: [Piece] = []
        var k = min(index, pieces.count) - 1
        while k >= 0 {
            let p = pieces[k]
            if p.endLine < minEnd || !p.isComment { break }
            out.append(p)
            minEnd = p.startLine - 1
            k -= 1
        }
        return out.reversed()
    }

    /// The comments from piece `i` on that follow one another on the same or the next line; `i`
    /// moves past them (to the piece that ended the block).
    static func commentBlock(_ pieces: [Piece], _ i: inout Int, limit: Int) -> [Piece] {
        var out: [Piece] = []
        var maxStart = Int.max
        while i < limit {
            let p = pieces[i]
            if p.startLine > maxStart { return out }
            guard p.isComment else { return out }
            out.append(p)
            maxStart = p.endLine + 1
            i += 1
        }
        return out
    }

    /// The comments and other tokens of the text, coarsely: strings and here-strings are one token,
    /// brackets and separators one each, other runs of characters one each.
    static func tokenize(_ source: SourceText) -> [Piece] {
        let s = source.scalars
        let n = s.count
        var out: [Piece] = []
        func add(_ comment: Bool, _ a: Int, _ b: Int) {
            out.append(Piece(isComment: comment, start: a, end: b, startLine: source.location(of: a).line,
                             endLine: source.location(of: max(a, b - 1)).line))
        }
        let punctuation: Set<Unicode.Scalar> = ["{", "}", "(", ")", "[", "]", ";", ",", "|"]
        var i = 0
        while i < n {
            let c = s[i]
            if c == " " || c == "\t" || c == "\n" || c == "\r" || c == "`" { i += 1; continue }
            if c == "#" || (c == "<" && i + 1 < n && s[i + 1] == "#") {
                var j = i
                if c == "#" {
                    while j < n && s[j] != "\n" && s[j] != "\r" { j += 1 }
                } else {
                    j = i + 2
                    while j < n && !(s[j] == "#" && j + 1 < n && s[j + 1] == ">") { j += 1 }
                    j = min(n, j + 2)
                }
                add(true, i, j)
                i = j
                continue
            }
            if c == "@" && i + 1 < n && (s[i + 1] == "'" || s[i + 1] == "\"") {
                let q = s[i + 1]
                var j = i + 2
                while j < n {
                    if (s[j] == "\n") && j + 2 < n && s[j + 1] == q && s[j + 2] == "@" { j += 3; break }
                    j += 1
                }
                add(false, i, min(j, n))
                i = min(j, n)
                continue
            }
            if c == "'" || c == "\"" {
                var j = i + 1
                while j < n {
                    if c == "\"" && s[j] == "`" { j += 2; continue }
                    if s[j] == c {
                        if j + 1 < n && s[j + 1] == c { j += 2; continue }
                        j += 1
                        break
                    }
                    j += 1
                }
                add(false, i, min(j, n))
                i = min(j, n)
                continue
            }
            if punctuation.contains(c) { add(false, i, i + 1); i += 1; continue }
            var j = i + 1
            while j < n {
                let d = s[j]
                if d == " " || d == "\t" || d == "\n" || d == "\r" || d == "'" || d == "\"" || punctuation.contains(d) { break }
                j += 1
            }
            add(false, i, j)
            i = j
        }
        return out
    }
}

fileprivate extension StringProtocol {
    func trimmingWhitespace() -> String {
        let t = drop(while: { $0 == " " || $0 == "\t" })
        var end = t.endIndex
        while end > t.startIndex, t[t.index(before: end)] == " " || t[t.index(before: end)] == "\t" { end = t.index(before: end) }
        return String(t[t.startIndex..<end])
    }

    func trimmingWhitespaceAndNewlines() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        let t = drop(while: isSpace)
        var end = t.endIndex
        while end > t.startIndex, isSpace(t[t.index(before: end)]) { end = t.index(before: end) }
        return String(t[t.startIndex..<end])
    }

    /// The text with `\r\n` and `\r` line ends made `\n`.
    func replacingCRLF() -> String {
        var out = String.UnicodeScalarView()
        var previousCR = false
        for u in unicodeScalars {
            if u == "\r" { out.append("\n"); previousCR = true; continue }
            if u == "\n" && previousCR { previousCR = false; continue }
            previousCR = false
            out.append(u)
        }
        return String(out)
    }
}
