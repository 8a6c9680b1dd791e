import CsCore
import CsLanguage
import Foundation

/// PowerShell's binary operators: arithmetic, comparison (case-insensitive unless `c`-prefixed,
/// filtering when the left side is a collection, the right side converted to the left's type),
/// pattern matching, -join / -split / -replace / -f, -is / -as.
extension Interpreter {
    func binary(_ op: BinaryOperator, _ l: PSValue, _ r: PSValue, at range: SourceRange) throws -> PSValue {
        switch op {
        case .is, .isNot, .as, .and, .or, .xor, .coalesce: break
        default:
            // A growable collection (List[T], ArrayList) is an operand as its elements are, as an array.
            if case let .list(list) = l { return try binary(op, .array(list.enumerated), r, at: range) }
            if case .comparison = op, case let .list(list) = r { return try binary(op, l, .array(list.enumerated), at: range) }
        }
        switch op {
        case .and: return .bool(PSConvert.isTrue(l) && PSConvert.isTrue(r))
        case .or: return .bool(PSConvert.isTrue(l) || PSConvert.isTrue(r))
        case .xor: return .bool(PSConvert.isTrue(l) != PSConvert.isTrue(r))
        case .coalesce: return l.isNull ? r : l
        case .add, .subtract, .multiply, .divide, .remainder:
            if let v = try dateArithmetic(op, l, r, at: range) { return v }
            return op == .add ? try add(l, r, at: range) : try arithmetic(op, l, r, at: range)
        case .band, .bor, .bxor:
            return try bitwise(op == .band ? .and : op == .bor ? .or : .xor, l, r, at: range)
        case .shl, .shr:
            let count = try PSConvert.convertNumber(r, to: .int32)
            guard case let .int(n) = count, let a = PSNumeric(try numeric(l, at: range)) else { return .null }
            return try numberOperation(at: range) { () throws(PSArithmeticError) in try PSArithmetic.shift(left: op == .shl, a, n) }
        case .range: return try rangeValue(l, r, at: range)
        case .format:
            // `'{0}' -f $null` formats one $null argument.
            return .string(try CompositeFormat.format(PSConvert.toString(l), r.isNull ? [.null] : r.asList, at: range, self))
        case .join: return .string(try join(joinedStrings(l), separator: PSConvert.toString(r), at: range))
        case .is, .isNot:
            let matches = try isType(l, r, at: range)
            return .bool(op == .is ? matches : !matches)
        case .as:
            // The right operand is a type or text naming one (`5 -as 'string'`).
            guard let type = DotNetType.of(r) ?? r.stringValue.flatMap({ TypeResolver.type($0, registry: session.registry) }) else {
                return .null
            }
            return (try? TypeResolver.convert(l, to: type, ofs: session.ofs, registry: session.registry)) ?? .null
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
        // Int32 and Int64 (the common case) without unpacking.
        if case let .int(x) = a, case let .int(y) = b, op != .divide, op != .remainder,
           (Int(Int32.min)...Int(Int32.max)).contains(x), (Int(Int32.min)...Int(Int32.max)).contains(y) {
            let v = op == .add ? x + y : op == .subtract ? x - y : x * y
            return (Int(Int32.min)...Int(Int32.max)).contains(v) ? .int(v) : .double(Double(v))
        }
        guard let x = PSNumeric(a), let y = PSNumeric(b) else { return .null }
        let arithmeticOp: PSArithmeticOperator
        switch op {
        case .add: arithmeticOp = .add
        case .subtract: arithmeticOp = .subtract
        case .multiply: arithmeticOp = .multiply
        case .divide: arithmeticOp = .divide
        default: arithmeticOp = .remainder
        }
        return try numberOperation(at: range) { () throws(PSArithmeticError) in try PSArithmetic.apply(arithmeticOp, x, y) }
    }

    /// Runs an operation on numbers, turning its failure into PowerShell's error.
    func numberOperation(at range: SourceRange, _ body: () throws(PSArithmeticError) -> PSValue) throws -> PSValue {
        do {
            return try body()
        } catch .divideByZero {
            throw divideByZero(range)
        } catch {
            throw failure(error.message, id: "RuntimeException", category: .NotSpecified, at: range,
                          exceptionType: "System.Management.Automation.RuntimeException")
        }
    }

    /// `-band`, `-bor`, `-bxor`: on numbers (in the wider integer type), and on enums (a value of the
    /// left operand's enum type).
    private func bitwise(_ op: PSBitwiseOperator, _ l: PSValue, _ r: PSValue, at range: SourceRange) throws -> PSValue {
        if l.isNull && r.isNull { return .int(0) }
        guard let x = PSNumeric(try numeric(l, at: range)), let y = PSNumeric(try numeric(r, at: range)) else { return .int(0) }
        let result = try numberOperation(at: range) { () throws(PSArithmeticError) in try PSArithmetic.bitwise(op, x, y) }
        if case let .enumValue(e) = l, let n = PSNumeric(result), case let .integer(v, _) = n {
            return .enumValue(PSEnumValue(type: e.type, value: Int(v)))
        }
        return result
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
        // Chars (a [char] or a one-character string on each side) make a range of chars, except two
        // strings of digits ("0".."9"), which are numbers.
        if let a = Interpreter.rangeChar(l), let b = Interpreter.rangeChar(r) {
            let bothText = l.stringValue != nil && r.stringValue != nil
            let digit = { (c: UInt16) in c >= 0x30 && c <= 0x39 }
            if !(bothText && digit(a) && digit(b)) {
                try checkSize(abs(Int(b) - Int(a)) + 1, .elements, at: range)
                let codes = a <= b ? Array(a...b) : Array((b...a).reversed())
                return .array(codes.map { .number(.char($0)) })
            }
        }
        guard case let .int(a) = try PSConvert.convert(try numeric(l, at: range), to: .int32),
              case let .int(b) = try PSConvert.convert(try numeric(r, at: range), to: .int32) else { return .array([]) }
        try checkSize(abs(b - a) + 1, .elements, at: range)
        return .array(a <= b ? (a...b).map { .int($0) } : (b...a).reversed().map { .int($0) })
    }

    /// The code of a range operand that is a char: a [char], or a string of one UTF-16 code unit.
    private static func rangeChar(_ v: PSValue) -> UInt16? {
        if case let .number(.char(c)) = v { return c }
        if let s = v.stringValue {
            let units = Array(s.utf16)
            return units.count == 1 ? units[0] : nil
        }
        return nil
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
            if items.count > 1, case .scriptBlock = items[1] {
                // A script block is the substitution: run once per match, with the Match as `$_`.
                let box = KnownTypes.RegexBox(re, pattern)
                func evaluate(_ v: PSValue) throws -> PSValue {
                    try KnownTypes.regexMethod(box, "replace", [.string(PSConvert.toString(v)), items[1]], self) ?? v
                }
                if let a = l.enumerated { return .array(try a.map(evaluate)) }
                return try evaluate(l)
            }
            let template = Interpreter.dotNetTemplate(replacement)
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
                if template.contains("\\${") {
                    // Named groups (`${name}`), which the template syntax lacks: each match expanded in turn.
                    var out = ""
                    var last = s.startIndex
                    for m in re.matches(in: s, range: whole) {
                        guard let r = Range(m.range, in: s) else { continue }
                        out += s[last..<r.lowerBound] + Interpreter.expandNamedGroups(re.replacementString(for: m, in: s, offset: 0, template: template), m, s)
                        last = r.upperBound
                    }
                    return out + s[last...]
                }
                return re.stringByReplacingMatches(in: s, range: whole, withTemplate: template)
            }
            if let a = l.enumerated { return .array(try a.map { .string(try replace(PSConvert.toString($0))) }) }
            return .string(try replace(PSConvert.toString(l)))
        case .split:
            return try split(l, r, caseSensitive: cs, at: range)
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
            let r = try NSRegularExpression(pattern: RegexDialect.icu(pattern), options: caseSensitive ? [] : [.caseInsensitive])
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

    /// The names of a pattern's named groups, in order.
    static func groupNames(_ p: String) -> [String] {
        groupName.matches(in: p, range: NSRange(p.startIndex..., in: p)).compactMap { n in
            Range(n.range(at: 1), in: p).map { String(p[$0]) }
        }
    }

    /// `$Matches`: 0 is the whole match, then numbered and named groups.
    private static func matchTable(_ m: NSTextCheckingResult, _ s: String, _ re: NSRegularExpression) -> PSHashtable {
        let h = PSHashtable()
        for i in 0..<m.numberOfRanges {
            let r = m.range(at: i)
            if r.location != NSNotFound, let sr = Range(r, in: s) { h[.int(i)] = .string(String(s[sr])) }
        }
        // Named groups: (?<name>…)
        for name in groupNames(re.pattern) {
            let r = m.range(withName: name)
            if r.location != NSNotFound, let sr = Range(r, in: s) { h[.string(name)] = .string(String(s[sr])) }
        }
        return h
    }

    /// .NET replacement syntax (`$1`, `${name}`, `$$`) → NSRegularExpression's (`$1`, `\$`).
    /// A replacement's literal `${name}` references (left by dotNetTemplate) filled from the match's named groups.
    static func expandNamedGroups(_ text: String, _ m: NSTextCheckingResult, _ s: String) -> String {
        var out = text
        for name in namedReferences(text) {
            let r = m.range(withName: name)
            let value = r.location == NSNotFound ? "${\(name)}" : (Range(r, in: s).map { String(s[$0]) } ?? "")
            out = out.replacingOccurrences(of: "${\(name)}", with: value)
        }
        return out
    }

    private static func namedReferences(_ text: String) -> [String] {
        var names: [String] = []
        var rest = Substring(text)
        while let start = rest.range(of: "${"), let end = rest[start.upperBound...].firstIndex(of: "}") {
            names.append(String(rest[start.upperBound..<end]))
            rest = rest[rest.index(after: end)...]
        }
        return names
    }

    static func dotNetTemplate(_ t: String) -> String {
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

    // MARK: Types

    /// `-is`: the right operand is a type, or text naming one (`'hello' -is 'string'`).
    private func isType(_ l: PSValue, _ r: PSValue, at range: SourceRange) throws -> Bool {
        if let t = DotNetType.of(r) { return TypeResolver.isInstance(l, of: t, registry: session.registry) }
        let text = PSConvert.toString(r)
        guard r.stringValue != nil, let t = TypeResolver.type(text, registry: session.registry) else {
            throw failure("Cannot convert the \"\(text)\" value of type \"\(r.typeName ?? "null")\" to type \"System.Type\".",
                          id: "RuntimeException", category: .InvalidArgument, at: range)
        }
        return TypeResolver.isInstance(l, of: t, registry: session.registry)
    }
}
