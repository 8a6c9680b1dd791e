/// PostgreSQL's text form of a one-dimensional array, for passing a list as one text parameter
/// (`unnest($1::text[])`): every element double-quoted with `\` and `"` escaped; nil is NULL.
public enum PGArray {
    public static func literal<S: Sequence>(_ elements: S) -> String where S.Element == String? {
        var out = "{"
        var first = true
        for e in elements {
            if !first { out += "," }
            first = false
            guard let e else { out += "NULL"; continue }
            out += "\""
            for ch in e.unicodeScalars {
                if ch == "\\" || ch == "\"" { out += "\\" }
                out.unicodeScalars.append(ch)
            }
            out += "\""
        }
        return out + "}"
    }

    public static func literal<S: Sequence>(_ elements: S) -> String where S.Element == String {
        literal(elements.map { Optional($0) })
    }
}
