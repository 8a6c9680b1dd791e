// A wildcard pattern as a condition a SQL database evaluates (PostgreSQL's LIKE and POSIX regular
// expressions), so that a store on a database server answers -Filter without sending every row.

extension WildcardPattern {
    /// How a database tests a text column against the pattern. The pattern's text is as the matcher
    /// sees it (lower-cased unless case-sensitive), so the column must hold text in that case.
    public enum SQLCondition: Equatable, Sendable {
        /// No wildcard: `column = text`.
        case equals(String)
        /// Only `*` and `?`: `column LIKE pattern ESCAPE '\'` (`%`, `_` and `\` escaped).
        case like(String)
        /// A `[…]` set: `column ~ regex`, anchored at both ends.
        case regex(String)
    }

    public var sqlCondition: SQLCondition {
        if !elements.contains(where: { if case .literal = $0 { return false }; return true }) {
            var s = ""
            for case let .literal(c) in elements { s.append(c) }
            return .equals(s)
        }
        if !elements.contains(where: { if case .set = $0 { return true }; return false }) {
            var s = ""
            for e in elements {
                switch e {
                case let .literal(c):
                    if c == "%" || c == "_" || c == "\\" { s.append("\\") }
                    s.append(c)
                case .any: s.append("_")
                case .star: s.append("%")
                case .set: break
                }
            }
            return .like(s)
        }
        func escaped(_ c: Character, specials: String) -> String { specials.contains(c) ? "\\" + String(c) : String(c) }
        var s = "^"
        for e in elements {
            switch e {
            case let .literal(c): s += escaped(c, specials: "\\^$.|?*+()[]{}")
            case .any: s += "."
            case .star: s += ".*"
            case let .set(ranges, negated):
                s += negated ? "[^" : "["
                for r in ranges {
                    s += escaped(r.lowerBound, specials: "\\]^-[")
                    if r.upperBound != r.lowerBound { s += "-" + escaped(r.upperBound, specials: "\\]^-[") }
                }
                s += "]"
            }
        }
        return .regex(s + "$")
    }
}
