import CsCore
import CsLanguage
import Foundation

/// PowerShell's binary operators: arithmetic, comparison (case-insensitive unless `c`-prefixed,
/// filtering when the left side is a collection, the right side converted to the left's type),
/// pattern matching, -join / -split / -replace / -f, -is / -as.
extension Interpreter {
    func binary(_ op: BinaryOperator, _ l: PSValue, _ r: PSValue, at range: SourceRange) throws -> PSValue {
        switch op {
        case .and: return .bool(PSConvert.isTrue(l) && PSConvert.isTrue(r))
        case .or: return .bool(PSConvert.isTrue(l) || PSConvert.isTrue(r))
        case .xor: return .bool(PSConvert.isTrue(l) != PSConvert.isTrue(r))
        case .add, .subtract, .multiply, .divide, .remainder:
            if let v = try dateArithmetic(op, l, r, at: range) { return v }
            return op == .add ? try add(l, r, at: range) : try arithmetic(op, l, r, at: range)
        case .band, .bor, .bxor:
            guard case let .int(a) = try numeric(l, at: range), case let .int(b) = try numeric(r, at: range) else { return .int(0) }
            return .int(op == .band ? a & b : op == .bor ? a | b : a ^ b)
        case .range: return try rangeValue(l, r, at: range)
        case .format: return .string(try CompositeFormat.format(PSConvert.toString(l), r.asList, at: range, self))
        case .join: return .string(try join(joinedStrings(l), separator: PSConvert.toString(r), at: range))
        case .is, .isNot:
            let matches = try isType(l, r, at: range)
            return .bool(op == .is ? matches : !matches)
        case .as:
            guard case let .object(t) = r, let name = t["FullName"].map({ PSConvert.toString($0) }),
                  let type = TypeResolver.resolve(name, registry: session.registry) else {
                return .null
            }
            return (try? type.convert(l, ofs: session.ofs)) ?? .null
        case let .comparison(kind, mode):
            return try compare(kind, caseSensitive: mode == .sensitive, l, r, at: range)
        }
    }

    // MARK: Arithmetic

    private func add(_ l: PSValue, _ r: PSValue, at range: SourceRange) throws -> PSValue {
        switch l {
        case .null:
            return r
        case let .array(a):
            if case let .array(b) = r {
                try checkSize(ElementLimit.sum(a.count, b.count), .elements, at: range)
                return .array(a + b)
            }
            try checkSize(ElementLimit.sum(a.count, 1), .elements, at: range)
            return .array(a + [r])
        case let .hashtable(h):
            guard case let .hashtable(h2) = r else {
                throw failure("A hash table can only be added to another hash table.", id: "AddHashTableToNonHashTable", at: range)
            }
            let out = h.copy()
            for (k, v) in h2.entries {
                if out.containsKey(k) {
                    throw failure("Item has already been added. Key in dictionary: '\(PSConvert.toString(k))'  Key being added: '\(PSConvert.toString(k))'",
                                  id: "System.ArgumentException", category: .InvalidOperation, at: range, exceptionType: "System.ArgumentException")
                }
                out[k] = v
            }
            return .hashtable(out)
        case let .string(s):
            let t = PSConvert.toString(r, ofs: session.ofs)
            try checkSize(ElementLimit.sum(s.utf8.count, t.utf8.count), .characters, at: range)
            return .string(s + t)
        case .object, .scriptBlock:
            throw failure("Method invocation failed because [\(l.typeName ?? "")] does not contain a method named 'op_Addition'.",
                          id: "MethodNotFound", at: range)
        default:
            return try arithmetic(.add, l, r, at: range)
        }
    }

    private func arithmetic(_ op: BinaryOperator, _ l: PSValue, _ r: PSValue, at range: SourceRange) throws -> PSValue {
        if op == .multiply {
            switch l {
            case let .string(s):
                guard case let .int(n) = try PSConvert.convert(try numeric(r, at: range), to: .int32) else { return .string("") }
                try checkSize(ElementLimit.product(s.utf8.count, max(0, n)), .characters, at: range)
                return .string(String(repeating: s, count: max(0, n)))
            case let .array(a):
                guard case let .int(n) = try PSConvert.convert(try numeric(r, at: range), to: .int32) else { return .array([]) }
                try checkSize(ElementLimit.product(a.count, max(0, n)), .elements, at: range)
                return .array(Array([[PSValue]](repeating: a, count: max(0, n)).joined()))
            default: break
            }
        }
        if case .array = l {
            let name = ["op_Addition", "op_Subtraction", "op_Multiply", "op_Division", "op_Modulus"][[BinaryOperator.add, .subtract, .multiply, .divide, .remainder].firstIndex(of: op) ?? 0]
            throw failure("Method invocation failed because [System.Object[]] does not contain a method named '\(name)'.", id: "MethodNotFound", at: range)
        }
        let a = try numeric(l, at: range)
        let b = try numeric(r, at: range)
        switch (a, b) {
        case let (.int(x), .int(y)):
            switch op {
            case .add: let (v, o) = x.addingReportingOverflow(y); return o ? .double(Double(x) + Double(y)) : .int(v)
            case .subtract: let (v, o) = x.subtractingReportingOverflow(y); return o ? .double(Double(x) - Double(y)) : .int(v)
            case .multiply: let (v, o) = x.multipliedReportingOverflow(by: y); return o ? .double(Double(x) * Double(y)) : .int(v)
            case .divide:
                if y == 0 { throw divideByZero(range) }
                let (q, o) = x.dividedReportingOverflow(by: y)
                return !o && x % y == 0 ? .int(q) : .double(Double(x) / Double(y))
            case .remainder:
                if y == 0 { throw divideByZero(range) }
                let (r, o) = x.remainderReportingOverflow(dividingBy: y)
                return .int(o ? 0 : r)
            default: return .null
            }
        default:
            let x = double(a), y = double(b)
            switch op {
            case .add: return .double(x + y)
            case .subtract: return .double(x - y)
            case .multiply: return .double(x * y)
            case .divide:
                if y == 0 { throw divideByZero(range) }
                return .double(x / y)
            case .remainder:
                if y == 0 { throw divideByZero(range) }
                return .double(fmod(x, y))
            default: return .null
            }
        }
    }

    private func double(_ v: PSValue) -> Double {
        switch v {
        case let .int(i): return Double(i)
        case let .double(d): return d
        default: return 0
        }
    }

    private func divideByZero(_ range: SourceRange) -> TerminatingError {
        failure("Attempted to divide by zero.", id: "RuntimeException", category: .NotSpecified, at: range,
                exceptionType: "System.DivideByZeroException")
    }

    /// Fails when a result of `count` elements or characters would pass the shell's element limit
    /// (ending the script, unless caught: see ElementLimit).
    func checkSize(_ count: Int, _ unit: ElementLimit.Unit, at range: SourceRange) throws {
        if var r = ElementLimit.check(count, unit) {
            r.position = position(range)
            throw TerminatingError(record: r, scriptTerminating: true)
        }
    }

    /// The strings -join joins: a collection's elements as PowerShell writes them inside a joined
    /// string (PSObject.ToStringEnumerable: not looked into again), or the one value's string.
    func joinedStrings(_ v: PSValue) -> [String] {
        if case let .array(a) = v { return a.map { PSConvert.nestedString($0) } }
        return v.isNull ? [] : [PSConvert.toString(v)]
    }

    /// `-join`, `[string]::Join`: the strings with `separator` between them, within the limit.
    func join(_ strings: [String], separator: String, at range: SourceRange) throws -> String {
        try checkSize(ElementLimit.joinedLength(strings, separator: separator), .characters, at: range)
        return strings.joined(separator: separator)
    }

    private func rangeValue(_ l: PSValue, _ r: PSValue, at range: SourceRange) throws -> PSValue {
        guard case let .int(a) = try PSConvert.convert(try numeric(l, at: range), to: .int32),
              case let .int(b) = try PSConvert.convert(try numeric(r, at: range), to: .int32) else { return .array([]) }
        try checkSize(abs(b - a) + 1, .elements, at: range)
        return .array(a <= b ? (a...b).map { .int($0) } : (b...a).reversed().map { .int($0) })
    }

    // MARK: Comparison

    private func compare(_ kind: ComparisonKind, caseSensitive cs: Bool, _ l: PSValue, _ r: PSValue, at range: SourceRange) throws -> PSValue {
        switch kind {
        case .contains, .notcontains:
            let found = l.asList.contains { Comparison.equals($0, r, caseSensitive: cs) }
            return .bool(kind == .contains ? found : !found)
        case .in, .notin:
            let found = r.asList.contains { Comparison.equals($0, l, caseSensitive: cs) }
            return .bool(kind == .in ? found : !found)
        case .replace:
            let items = r.asList
            let pattern = items.first.map { PSConvert.toString($0) } ?? ""
            let replacement = items.count > 1 ? PSConvert.toString(items[1]) : ""
            let re = try regex(pattern, caseSensitive: cs, at: range)
            let template = dotNetTemplate(replacement)
            let references = replacement.utf8.filter { $0 == UInt8(ascii: "$") }.count
            func replace(_ s: String) throws -> String {
                let whole = NSRange(s.startIndex..., in: s)
                // At most: the text, the replacement once per match, and each group reference as long
                // as the text (the matches do not overlap). The matches are counted only when even a
                // match at every position could pass the limit.
                let length = s.utf8.count
                func bound(_ matches: Int) -> Int {
                    ElementLimit.sum(length, ElementLimit.product(matches, replacement.utf8.count), ElementLimit.product(references, length))
                }
                if ElementLimit.check(bound(length + 1), .characters) != nil {
                    try checkSize(bound(re.numberOfMatches(in: s, range: whole)), .characters, at: range)
                }
                return re.stringByReplacingMatches(in: s, range: whole, withTemplate: template)
            }
            if case let .array(a) = l { return .array(try a.map { .string(try replace(PSConvert.toString($0))) }) }
            return .string(try replace(PSConvert.toString(l)))
        case .split:
            let items = r.asList
            let pattern = items.first.map { PSConvert.toString($0) } ?? " "
            var limit = 0
            if items.count > 1, case let .int(n)? = try? PSConvert.convert(items[1], to: .int32) { limit = n }
            let re = try regex(pattern, caseSensitive: cs, at: range)
            return .array(l.asList.flatMap { split(PSConvert.toString($0), re, limit: limit).map { PSValue.string($0) } })
        default:
            // The right operand is prepared once (a wildcard pattern, a regex), then tested against the
            // left value, or against each element of a left array (which filters it).
            let test = try scalarTest(kind, cs, r, at: range)
            if case let .array(a) = l { return .array(try a.filter(test)) }
            return .bool(try test(l))
        }
    }

    private func scalarTest(_ kind: ComparisonKind, _ cs: Bool, _ r: PSValue, at range: SourceRange) throws -> (PSValue) throws -> Bool {
        switch kind {
        case .eq: return { Comparison.equals($0, r, caseSensitive: cs) }
        case .ne: return { !Comparison.equals($0, r, caseSensitive: cs) }
        case .gt, .ge, .lt, .le:
            return { [unowned self] l in
                guard let c = Comparison.compare(l, r, caseSensitive: cs) else {
                    throw failure("Cannot compare \"\(PSConvert.toString(l))\" to \"\(PSConvert.toString(r))\" because the objects are not the same type or the object \"\(PSConvert.toString(l))\" does not implement \"IComparable\".",
                                  id: "ComparisonFailure", category: .InvalidOperation, at: range)
                }
                switch kind {
                case .gt: return c > 0
                case .ge: return c >= 0
                case .lt: return c < 0
                default: return c <= 0
                }
            }
        case .like, .notlike:
            let pattern = WildcardPattern(PSConvert.toString(r), caseSensitive: cs)
            return { pattern.matches(PSConvert.toString($0)) == (kind == .like) }
        case .match, .notmatch:
            let re = try regex(PSConvert.toString(r), caseSensitive: cs, at: range)
            return { [unowned self] l in
                let s = PSConvert.toString(l)
                let m = re.firstMatch(in: s, range: NSRange(s.startIndex..., in: s))
                if let m, kind == .match { session.variables.setLocal("Matches", .hashtable(Self.matchTable(m, s, re))) }
                return kind == .match ? m != nil : m == nil
            }
        default:
            return { _ in false }
        }
    }

    func regex(_ pattern: String, caseSensitive: Bool, at range: SourceRange) throws -> NSRegularExpression {
        let key = (caseSensitive ? "c:" : "i:") + pattern
        if let r = session.regexCache[key] { return r }
        do {
            let r = try NSRegularExpression(pattern: pattern, options: caseSensitive ? [] : [.caseInsensitive])
            if session.regexCache.count > 500 { session.regexCache.removeAll() }
            session.regexCache[key] = r
            return r
        } catch {
            throw failure("The regular expression pattern \(pattern) is not valid.", id: "InvalidRegularExpression",
                          category: .InvalidOperation, at: range, target: .string(pattern))
        }
    }

    /// Finds the names of a pattern's named groups, `(?<name>…)`.
    private static let groupName = try! NSRegularExpression(pattern: "\\(\\?<([A-Za-z][A-Za-z0-9_]*)>")

    /// `$Matches`: 0 is the whole match, then numbered and named groups.
    private static func matchTable(_ m: NSTextCheckingResult, _ s: String, _ re: NSRegularExpression) -> PSHashtable {
        let h = PSHashtable()
        for i in 0..<m.numberOfRanges {
            let r = m.range(at: i)
            if r.location != NSNotFound, let sr = Range(r, in: s) { h[.int(i)] = .string(String(s[sr])) }
        }
        // Named groups: (?<name>…)
        let p = re.pattern
        for n in groupName.matches(in: p, range: NSRange(p.startIndex..., in: p)) {
            guard let nr = Range(n.range(at: 1), in: p) else { continue }
            let name = String(p[nr])
            let r = m.range(withName: name)
            if r.location != NSNotFound, let sr = Range(r, in: s) { h[.string(name)] = .string(String(s[sr])) }
        }
        return h
    }

    /// .NET replacement syntax (`$1`, `${name}`, `$$`) → NSRegularExpression's (`$1`, `\$`).
    private func dotNetTemplate(_ t: String) -> String {
        var out = ""
        let chars = Array(t)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "\\" { out += "\\\\"; i += 1; continue }
            if c == "$" && i + 1 < chars.count && chars[i + 1] == "$" { out += "\\$"; i += 2; continue }
            if c == "$" && i + 1 < chars.count && chars[i + 1] == "{" {
                if let close = chars[(i + 2)...].firstIndex(of: "}") {
                    let name = String(chars[(i + 2)..<close])
                    if Int(name) != nil { out += "$" + name } else { out += "\\$" + "{" + name + "}" }
                    i = close + 1
                    continue
                }
            }
            if c == "$" && !(i + 1 < chars.count && chars[i + 1].isNumber) { out += "\\$"; i += 1; continue }
            out.append(c)
            i += 1
        }
        return out
    }

    private func split(_ s: String, _ re: NSRegularExpression, limit: Int) -> [String] {
        var parts: [String] = []
        var last = s.startIndex
        for m in re.matches(in: s, range: NSRange(s.startIndex..., in: s)) {
            if limit > 0 && parts.count == limit - 1 { break }
            guard let r = Range(m.range, in: s) else { continue }
            if r.isEmpty && r.lowerBound == last { continue }
            parts.append(String(s[last..<r.lowerBound]))
            for g in 1..<max(1, m.numberOfRanges) {
                if let gr = Range(m.range(at: g), in: s) { parts.append(String(s[gr])) }
            }
            last = r.upperBound
        }
        parts.append(String(s[last...]))
        return parts
    }

    // MARK: Types

    private func isType(_ l: PSValue, _ r: PSValue, at range: SourceRange) throws -> Bool {
        guard case let .object(t) = r, let name = t["FullName"].map({ PSConvert.toString($0) }) else {
            throw failure("The right operand of '-is' must be a type.", id: "IsOperatorRequiresType", category: .InvalidArgument, at: range)
        }
        return TypeResolver.isInstance(l, of: name)
    }
}
