/// .NET regular expressions as ICU (NSRegularExpression) reads them. .NET takes a brace that does
/// not make a quantifier (`{n}`, `{n,}`, `{n,m}`) as a literal character, `\{x}` or `a}` included;
/// ICU rejects such a pattern, so those braces are escaped.
enum RegexDialect {
    static func icu(_ pattern: String) -> String {
        guard pattern.contains("{") || pattern.contains("}") else { return pattern }
        let s = Array(pattern)
        var out = ""
        var i = 0
        var inClass = false
        while i < s.count {
            let c = s[i]
            if c == "\\" && i + 1 < s.count {
                out.append(c); out.append(s[i + 1]); i += 2; continue
            }
            if inClass {
                if c == "]" { inClass = false }
                out.append(c); i += 1; continue
            }
            switch c {
            case "[":
                inClass = true
                out.append(c)
                // `[]…]` and `[^]…]`: a `]` first in the class is a member.
                if i + 1 < s.count && s[i + 1] == "^" { out.append("^"); i += 1 }
                if i + 1 < s.count && s[i + 1] == "]" { out.append("]"); i += 1 }
            case "{":
                if let end = quantifierEnd(s, i) {
                    out.append(contentsOf: String(s[i...end])); i = end + 1; continue
                }
                out.append("\\{")
            case "}":
                out.append("\\}")
            default:
                out.append(c)
            }
            i += 1
        }
        return out
    }

    /// The index of the `}` closing a quantifier `{n}`, `{n,}` or `{n,m}` that starts at `i`.
    private static func quantifierEnd(_ s: [Character], _ i: Int) -> Int? {
        var j = i + 1
        var digits = 0
        while j < s.count, s[j].isASCII, s[j].isNumber { j += 1; digits += 1 }
        guard digits > 0, j < s.count else { return nil }
        if s[j] == "}" { return j }
        guard s[j] == "," else { return nil }
        j += 1
        while j < s.count, s[j].isASCII, s[j].isNumber { j += 1 }
        return j < s.count && s[j] == "}" ? j : nil
    }
}
