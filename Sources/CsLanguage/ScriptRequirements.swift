// `#requires` statements: line comments that begin `#requires`, read when a script is parsed
// (PowerShell's Parser.ParseScriptRequirements). A statement not in the form
// `#requires -Version N.N`, `-PSEdition E`, `-Modules …`, `-RunAsAdministrator`, `-ShellId`,
// `-PSSnapin`, `-Assembly` is a parse error.

/// What a script's `#requires` statements ask for.
public struct ScriptRequirements: Sendable, Equatable {
    /// `-Version`: the lowest PowerShell version the script runs on, as its numbers (`7.1` → [7, 1]).
    public var version: [Int]?
    /// `-Version` as written.
    public var versionText: String?
    /// `-PSEdition`.
    public var edition: String?

    public init() {}

    /// The requirements of a script's text; nil when it has no `#requires` statement.
    public static func scan(_ source: SourceText) throws(ParseError) -> ScriptRequirements? {
        guard mentionsRequires(source.scalars) else { return nil }
        var found: ScriptRequirements?
        for piece in CommentHelp.tokenize(source) where piece.isComment {
            let text = source.text(of: SourceRange(piece.start, piece.end))
            guard text.count >= 9, text.prefix(9).lowercased() == "#requires" else { continue }
            var r = found ?? ScriptRequirements()
            try r.read(String(text.dropFirst(9)), at: SourceRange(piece.start, piece.end))
            found = r
        }
        return found
    }

    /// Does `#requires` (any case) occur in the text at all? Most scripts are passed over on this.
    static func mentionsRequires(_ s: [Unicode.Scalar]) -> Bool {
        let word = Array("requires".utf8)
        // Every script is scanned once before it runs: a plain loop over the buffer, no bounds checks.
        return s.withUnsafeBufferPointer { b in
            var i = 0
            while i + word.count < b.count {
                if b[i].value == 0x23 {
                    var k = 0
                    while k < word.count, b[i + 1 + k].value < 0x80, UInt8(b[i + 1 + k].value) | 0x20 == word[k] { k += 1 }
                    if k == word.count { return true }
                }
                i += 1
            }
            return false
        }
    }

    private static let parameterNames = ["version", "psedition", "modules", "runasadministrator", "shellid", "pssnapin", "assembly"]

    private mutating func read(_ rest: String, at range: SourceRange) throws(ParseError) {
        let formatError = ParseError(errorId: "ScriptRequiresInvalidFormat", message: ParseMessages.requiresInvalidFormat, range: range)
        if let first = rest.first, first != " " && first != "\t" { throw formatError }
        let words = rest.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," }).map(String.init)
        var i = 0
        while i < words.count {
            let word = words[i]
            guard word.hasPrefix("-"), word.count > 1 else { throw formatError }
            let name = word.dropFirst().lowercased()
            let matches = Self.parameterNames.filter { $0.hasPrefix(name) }
            guard matches.count == 1 else { throw formatError }
            i += 1
            if matches[0] == "runasadministrator" { continue }
            guard i < words.count else { throw formatError }
            let value = words[i]
            i += 1
            switch matches[0] {
            case "version":
                guard let numbers = Self.versionNumbers(value) else {
                    throw ParseError(errorId: "RequiresVersionInvalid", message: ParseMessages.requiresVersionInvalid, range: range)
                }
                version = numbers
                versionText = value
            case "psedition": edition = value
            default:
                // `-Modules` and the others take the rest of the statement.
                i = words.count
            }
        }
    }

    /// `N`, `N.N`, `N.N.N` or `N.N.N.N`, each part digits.
    static func versionNumbers(_ text: String) -> [Int]? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...4).contains(parts.count) else { return nil }
        var out: [Int] = []
        for p in parts {
            guard !p.isEmpty, p.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int(p) else { return nil }
            out.append(n)
        }
        return out
    }
}
