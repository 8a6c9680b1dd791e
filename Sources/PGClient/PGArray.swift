/// PostgreSQL's text form of a one-dimensional array: for passing a list as one text parameter
/// (`unnest($1::text[])`; every element double-quoted with `\` and `"` escaped, nil is NULL), and for
/// reading an array column back.
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

    /// The elements of a one-dimensional array in PostgreSQL's text output (`{a,"b c",NULL}`); nil
    /// when the text is not such an array.
    public static func parse(_ text: String) -> [String?]? {
        let s = Array(text.unicodeScalars)
        guard s.first == "{", s.last == "}" else { return nil }
        var out: [String?] = []
        var i = 1
        let end = s.count - 1
        if i == end { return [] }
        while i < end {
            var element = ""
            if s[i] == "\"" {
                i += 1
                while i < end && s[i] != "\"" {
                    if s[i] == "\\" { i += 1; guard i < end else { return nil } }
                    element.unicodeScalars.append(s[i])
                    i += 1
                }
                guard i < end else { return nil }
                i += 1
                out.append(element)
            } else {
                while i < end && s[i] != "," {
                    if s[i] == "{" || s[i] == "\"" { return nil }
                    element.unicodeScalars.append(s[i])
                    i += 1
                }
                out.append(element == "NULL" ? nil : element)
            }
            if i < end {
                guard s[i] == "," else { return nil }
                i += 1
                if i == end { return nil }
            }
        }
        return out
    }
}
