import CsCore
import CsLanguage
import Foundation

/// Equality and ordering as PowerShell's comparison operators and Sort-Object use them.
enum Comparison {
    /// `-eq`: the right side converted to the left side's type; failures are simply "not equal".
    static func equals(_ l: PSValue, _ r: PSValue, caseSensitive cs: Bool) -> Bool {
        switch l {
        case .null:
            return r.isNull
        case let .string(a):
            if r.isNull { return false }
            let b = PSConvert.toString(r)
            return cs ? a == b : a.equalsIgnoringCase(b)
        case .int, .double, .number:
            if r.isNull { return false }
            if case let .int(a) = l, case let .int(b) = r { return a == b }
            if case .number(.char) = l, case let .string(s) = r {
                // A Char compares with a one-character string as a character.
                let ls = PSConvert.toString(l)
                return cs ? ls == s : ls.equalsIgnoringCase(s)
            }
            guard let rn = PSConvert.toNumber(r), let a = PSNumeric(l), let b = PSNumeric(rn) else { return false }
            return PSNumeric.compare(a, b) == 0
        case let .bool(a):
            if r.isNull { return false }
            return a == PSConvert.isTrue(r)
        case let .enumValue(e):
            switch r {
            case let .enumValue(x): return x.type == e.type && x.value == e.value
            case let .int(i): return e.value == i
            case let .string(s):
                if case let .success(m) = e.type.parse(s, allowPrefix: false) { return m.index == e.index }
                return false
            default: return false
            }
        case let .object(o):
            if case let .object(p) = r { return o === p }
            // Text converted to the object's type: a type by its name (`$t -eq 'System.Object'`), a
            // value-like object (Version, Guid) by the text it is written as.
            if case let .string(s) = r {
                if let t = DotNetType.of(l) { return s.equalsIgnoringCase(t.fullName) || s.equalsIgnoringCase(t.psName) }
                if let text = o.toStringOverride, o.descriptor == nil { return cs ? text == s : text.equalsIgnoringCase(s) }
            }
            return false
        case let .hashtable(h):
            if case let .hashtable(g) = r { return h === g }
            return false
        case let .scriptBlock(s):
            if case let .scriptBlock(t) = r { return s === t }
            return false
        case let .array(a):
            if case let .array(b) = r { return a.count == b.count && zip(a, b).allSatisfy { equals($0, $1, caseSensitive: cs) } }
            return false
        case let .list(a):
            if case let .list(b) = r { return a === b }
            return false
        case let .dateTime(a):
            guard case let .dateTime(b)? = try? PSConvert.convert(r, to: .dateTime) else { return false }
            return a == b
        case let .timeSpan(a):
            guard case let .timeSpan(b)? = try? PSConvert.convert(r, to: .timeSpan) else { return false }
            return a == b
        }
    }

    /// `-lt` and friends: nil when the two cannot be ordered.
    static func compare(_ l: PSValue, _ r: PSValue, caseSensitive cs: Bool) -> Int? {
        switch l {
        case .null:
            if r.isNull { return 0 }
            if case .string = r { return compareStrings("", PSConvert.toString(r), cs) }
            guard let rn = PSConvert.toNumber(r) else { return -1 }
            return compareNumbers(.int(0), rn)
        case let .string(a):
            return compareStrings(a, PSConvert.toString(r), cs)
        case .int, .double, .number:
            if r.isNull { return compareNumbers(l, .int(0)) }
            guard let rn = PSConvert.toNumber(r) else { return nil }
            return compareNumbers(l, rn)
        case let .bool(a):
            let b = PSConvert.isTrue(r)
            return a == b ? 0 : (a ? 1 : -1)
        case let .enumValue(e):
            let other: Int?
            switch r {
            case let .enumValue(x): other = x.value
            case let .int(i): other = i
            case let .string(s): other = (try? e.type.parse(s, allowPrefix: false).get())?.value
            default: other = nil
            }
            guard let o = other else { return nil }
            return e.value == o ? 0 : (e.value < o ? -1 : 1)
        case let .dateTime(a):
            // The right side converts to a date ($null is the smallest value, as .NET's CompareTo says).
            if r.isNull { return 1 }
            guard case let .dateTime(b)? = try? PSConvert.convert(r, to: .dateTime) else { return nil }
            return a.ticks == b.ticks ? 0 : (a.ticks < b.ticks ? -1 : 1)
        case let .timeSpan(a):
            if r.isNull { return 1 }
            guard case let .timeSpan(b)? = try? PSConvert.convert(r, to: .timeSpan) else { return nil }
            return a.ticks == b.ticks ? 0 : (a.ticks < b.ticks ? -1 : 1)
        default:
            return nil
        }
    }

    static func compareNumbers(_ a: PSValue, _ b: PSValue) -> Int {
        if case let .int(x) = a, case let .int(y) = b { return x == y ? 0 : (x < y ? -1 : 1) }
        guard let x = PSNumeric(a), let y = PSNumeric(b) else { return 0 }
        // NaN sorts before every number, as Double.CompareTo orders it.
        return PSNumeric.compare(x, y) ?? (x.doubleValue.isNaN ? (y.doubleValue.isNaN ? 0 : -1) : 1)
    }

    /// Culture-like ordering: case-insensitive first; with case sensitivity, lower case sorts before upper case.
    static func compareStrings(_ a: String, _ b: String, _ cs: Bool) -> Int {
        if let c = compareASCII(a, b, cs) { return c }
        let la = a.lowercased(), lb = b.lowercased()
        if la != lb { return la < lb ? -1 : 1 }
        if !cs || a == b { return 0 }
        for (x, y) in zip(a, b) where x != y {
            return x.isLowercase ? -1 : 1
        }
        return 0
    }

    /// compareStrings for two ASCII strings, without allocating (Sort-Object compares a lot); nil when
    /// either has other characters (or is not stored contiguously).
    private static func compareASCII(_ a: String, _ b: String, _ cs: Bool) -> Int? {
        let r: Int?? = a.utf8.withContiguousStorageIfAvailable { x in
            b.utf8.withContiguousStorageIfAvailable { y in compareASCII(x, y, cs) } ?? nil
        }
        return r ?? nil
    }

    private static func compareASCII(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>, _ cs: Bool) -> Int? {
        @inline(__always) func lower(_ c: UInt8) -> UInt8 { c >= 0x41 && c <= 0x5A ? c + 0x20 : c }
        let n = min(x.count, y.count)
        var firstCaseDifference = 0
        var i = 0
        while i < n {
            let p = x[i], q = y[i]
            i += 1
            if p == q {
                if p >= 0x80 { return nil }
                continue
            }
            if p >= 0x80 || q >= 0x80 { return nil }
            let lp = lower(p), lq = lower(q)
            if lp != lq {
                // The rest must be ASCII too for this answer to stand.
                if x[i...].contains(where: { $0 >= 0x80 }) || y[i...].contains(where: { $0 >= 0x80 }) { return nil }
                return lp < lq ? -1 : 1
            }
            if firstCaseDifference == 0 { firstCaseDifference = p > q ? -1 : 1 }
        }
        if x.count != y.count {
            let rest = x.count > n ? x[n...] : y[n...]
            if rest.contains(where: { $0 >= 0x80 }) { return nil }
            return x.count < y.count ? -1 : 1
        }
        return cs ? firstCaseDifference : 0
    }
}
