// PowerShell wildcards (-like, -Filter, Select-Object -Property): `*`, `?`, `[abc]`, `[a-z]`, and a
// backtick escaping the next character. Case-insensitive unless asked otherwise.

public struct WildcardPattern: Sendable {
    /// One element of a pattern over units of type `C` (Characters, or bytes for ASCII).
    enum Unit<C: Comparable & Sendable>: Sendable, Equatable {
        case literal(C)
        case any            // ?
        case star           // *
        case set([ClosedRange<C>], negated: Bool)
    }

    typealias Element = Unit<Character>
    typealias ByteElement = Unit<UInt8>

    let elements: [Element]
    public let caseSensitive: Bool
    public let pattern: String

    /// The same elements as bytes, when every one of them is a single ASCII scalar: the fast path for
    /// ASCII text (no per-call lowercasing or Character array; -Filter runs this 100,000 times).
    let bytes: [ByteElement]?

    public init(_ pattern: String, caseSensitive: Bool = false) {
        self.pattern = pattern
        self.caseSensitive = caseSensitive
        let chars = Array(caseSensitive ? pattern : pattern.lowercased())
        var out: [Element] = []
        var i = 0
        while i < chars.count {
            let c = chars[i]
            switch c {
            case "`":
                if i + 1 < chars.count { out.append(.literal(chars[i + 1])); i += 2 } else { out.append(.literal(c)); i += 1 }
                continue
            case "*":
                if out.last != .star { out.append(.star) }
            case "?":
                out.append(.any)
            case "[":
                // A bracket expression; an unterminated one is a literal '['.
                if let close = chars[(i + 1)...].firstIndex(of: "]"), close > i + 1 {
                    var body = Array(chars[(i + 1)..<close])
                    var negated = false
                    if body.first == "!" && body.count > 1 { negated = true; body.removeFirst() }
                    var ranges: [ClosedRange<Character>] = []
                    var j = 0
                    while j < body.count {
                        if j + 2 < body.count && body[j + 1] == "-" && body[j] <= body[j + 2] {
                            ranges.append(body[j]...body[j + 2]); j += 3
                        } else {
                            ranges.append(body[j]...body[j]); j += 1
                        }
                    }
                    out.append(.set(ranges, negated: negated))
                    i = close + 1
                    continue
                }
                out.append(.literal(c))
            default:
                out.append(.literal(c))
            }
            i += 1
        }
        elements = out
        bytes = WildcardPattern.byteElements(out)
    }

    private static func byteElements(_ elements: [Element]) -> [ByteElement]? {
        // A Character is one byte here only when it is a single ASCII scalar ("\r\n" is one Character).
        func byte(_ c: Character) -> UInt8? { c.utf8.count == 1 ? c.asciiValue : nil }
        var out: [ByteElement] = []
        out.reserveCapacity(elements.count)
        for e in elements {
            switch e {
            case let .literal(c):
                guard let b = byte(c) else { return nil }
                out.append(.literal(b))
            case .any: out.append(.any)
            case .star: out.append(.star)
            case let .set(ranges, negated):
                var r: [ClosedRange<UInt8>] = []
                for x in ranges {
                    guard let lo = byte(x.lowerBound), let hi = byte(x.upperBound) else { return nil }
                    r.append(lo...hi)
                }
                out.append(.set(r, negated: negated))
            }
        }
        return out
    }

    /// True when the pattern has any wildcard character (so a plain name can be looked up directly).
    public static func hasWildcards(_ s: String) -> Bool {
        s.contains { $0 == "*" || $0 == "?" || $0 == "[" }
    }

    /// WildcardPattern.Escape: `*`, `?`, `[`, `]` and the backtick with a backtick before each.
    public static func escape(_ s: String) -> String {
        var out = ""
        for c in s {
            if c == "*" || c == "?" || c == "[" || c == "]" || c == "`" { out.append("`") }
            out.append(c)
        }
        return out
    }

    /// WildcardPattern.Unescape: the escaping backticks removed.
    public static func unescape(_ s: String) -> String {
        var out = ""
        var escaped = false
        for c in s {
            if c == "`" && !escaped { escaped = true; continue }
            out.append(c)
            escaped = false
        }
        if escaped { out.append("`") }
        return out
    }

    /// WildcardPattern.ContainsWildcardCharacters: a `*`, `?` or `[` that no backtick escapes.
    public static func containsWildcards(_ s: String) -> Bool {
        var escaped = false
        for c in s {
            if escaped { escaped = false; continue }
            if c == "`" { escaped = true; continue }
            if c == "*" || c == "?" || c == "[" { return true }
        }
        return false
    }

    public func matches(_ text: String) -> Bool {
        if let bytes, let m = text.utf8.withContiguousStorageIfAvailable({ WildcardPattern.matchASCII(bytes, $0, fold: !caseSensitive) }),
           let result = m {
            return result
        }
        return matchCharacters(text)
    }

    /// The byte matcher: nil when the text is not plain ASCII (then Characters decide: `?` matches
    /// one Character, and "\r\n" is one). Lower-cases A–Z, as `lowercased()` does for ASCII text.
    private static func matchASCII(_ elements: [ByteElement], _ t: UnsafeBufferPointer<UInt8>, fold: Bool) -> Bool? {
        for b in t where b >= 0x80 || b == 0x0D { return nil }
        return match(elements, count: t.count) { i in
            let b = t[i]
            return fold && b >= 0x41 && b <= 0x5A ? b | 0x20 : b
        }
    }

    /// The general matcher over Characters (internal for the test that checks both matchers agree).
    func matchCharacters(_ text: String) -> Bool {
        let t = Array(caseSensitive ? text : text.lowercased())
        return WildcardPattern.match(elements, count: t.count) { t[$0] }
    }

    /// Iterative matching with backtracking to the last star; `unit(i)` is the text's i-th unit.
    @inline(__always)
    private static func match<C>(_ elements: [Unit<C>], count: Int, unit: (Int) -> C) -> Bool {
        var p = 0, s = 0
        var starP = -1, starS = 0
        while s < count {
            if p < elements.count {
                switch elements[p] {
                case .star:
                    starP = p; starS = s; p += 1
                    continue
                case .any:
                    p += 1; s += 1
                    continue
                case let .literal(c) where c == unit(s):
                    p += 1; s += 1
                    continue
                case let .set(ranges, negated):
                    let c = unit(s)
                    if ranges.contains(where: { $0.contains(c) }) != negated { p += 1; s += 1; continue }
                default:
                    break
                }
            }
            if starP >= 0 {
                p = starP + 1; starS += 1; s = starS
                continue
            }
            return false
        }
        while p < elements.count, elements[p] == .star { p += 1 }
        return p == elements.count
    }
}
