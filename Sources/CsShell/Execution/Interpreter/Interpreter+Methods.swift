import CsCore
import CsLanguage
import Foundation

/// Method calls on values (`$s.ToUpper()`, `$h.ContainsKey('a')`, `$list.Where({ … })`) and static
/// members of types (`[int]::MaxValue`, `[string]::IsNullOrEmpty($x)`, `[PartnerType]::Federated`):
/// the .NET members scripts commonly use.
extension Interpreter {
    func invokeMethod(_ target: PSValue, _ name: String, _ args: [PSValue], at range: SourceRange) throws -> PSValue {
        let n = name.lowercased()
        func arg(_ i: Int) -> PSValue { i < args.count ? args[i] : .null }
        func str(_ i: Int) -> String { PSConvert.toString(arg(i)) }
        func int(_ i: Int) throws -> Int {
            guard case let .int(x) = try PSConvert.convert(arg(i), to: .int32) else { return 0 }
            return x
        }
        func notFound() -> TerminatingError {
            failure("Method invocation failed because [\(target.typeName ?? "System.Object")] does not contain a method named '\(name)'.",
                    id: "MethodNotFound", at: range)
        }

        // `.ForEach()` and `.Where()` on a single object treat it as a collection of one.
        if n == "foreach" || n == "where", case .object = target {
            return try invokeMethod(.array([target]), name, args, at: range)
        }
        // Dates and durations have their own ToString (the current culture) and methods.
        switch target {
        case let .dateTime(d):
            if let v = try valueMethod(name, args, at: range, { () throws(PSMethodError) in try d.invoke(name, args) }) { return v }
        case let .timeSpan(t):
            if let v = try valueMethod(name, args, at: range, { () throws(PSMethodError) in try t.invoke(name, args) }) { return v }
        default:
            break
        }

        // Members every value has.
        switch n {
        case "tostring" where args.isEmpty:
            return .string(CompositeFormat.floatingToString(target) ?? PSConvert.toString(target, ofs: session.ofs))
        case "gettype" where args.isEmpty:
            guard let t = TypeResolver.type(of: target, registry: session.registry) else { break }
            return .object(t.object)
        case "equals" where args.count == 1:
            return .bool(Comparison.equals(target, args[0], caseSensitive: true))
        default:
            break
        }

        switch target {
        case .null:
            throw failure("You cannot call a method on a null-valued expression.", id: "InvokeMethodOnNull", at: range)
        case let .string(s):
            do {
                return try stringMethod(s, n, args, str: str, int: int, at: range) ?? { throw notFound() }()
            } catch let e as TerminatingError { throw e } catch {
                throw failure("Exception calling \"\(name)\" with \"\(args.count)\" argument(s): \"\(error.message)\"", id: "MethodInvocationException", at: range)
            }
        case let .hashtable(h):
            switch n {
            case "containskey", "contains": return .bool(h.containsKey(arg(0)))
            case "containsvalue": return .bool(h.values.contains { Comparison.equals($0, arg(0), caseSensitive: false) })
            case "add":
                if !h.add(arg(0), arg(1)) {
                    throw failure("Exception calling \"Add\" with \"2\" argument(s): \"Item has already been added. Key in dictionary: '\(str(0))'  Key being added: '\(str(0))'\"",
                                  id: "ArgumentException", at: range)
                }
                voidResult = true
                return .null
            case "remove": h.remove(arg(0)); voidResult = true; return .null
            case "clear": h.removeAll(); voidResult = true; return .null
            case "clone": return .hashtable(h.copy())
            case "getenumerator":
                return .array(h.entries.map { e in
                    let o = PSObject(typeNames: ["System.Collections.DictionaryEntry", "System.Object"], properties: [("Name", e.key), ("Key", e.key), ("Value", e.value)])
                    return .object(o)
                })
            default: throw notFound()
            }
        case let .array(a):
            switch n {
            case "contains": return .bool(a.contains { Comparison.equals($0, arg(0), caseSensitive: false) })
            case "indexof": return .int(a.firstIndex { Comparison.equals($0, arg(0), caseSensitive: false) } ?? -1)
            case "where":
                guard let sb = arg(0).scriptBlockValue as? ScriptBlock else { throw notFound() }
                return .array(try a.filter { PSConvert.isTrue(try invokeForValue(sb, dollarUnder: $0)) })
            case "foreach":
                guard let sb = arg(0).scriptBlockValue as? ScriptBlock else {
                    // `.ForEach('Name', value)` sets the property on each element.
                    if args.count == 2 {
                        for case let .object(o) in a {
                            do { try o.setProperty(str(0), arg(1)) } catch {
                                throw failure(error.message, id: error.errorId, category: .InvalidOperation, at: range)
                            }
                        }
                        return .array([])
                    }
                    return .array(a.map { Members.get($0, str(0)) })
                }
                var out: [PSValue] = []
                for x in a { out.append(contentsOf: try invokeCollecting(sb, dollarUnder: x)) }
                return .array(out)
            case "add", "remove", "insert", "clear":
                throw failure("Exception calling \"\(name)\" with \"\(args.count)\" argument(s): \"Collection was of a fixed size.\"",
                              id: "NotSupportedException", at: range)
            default:
                // Member enumeration of methods: call on each element.
                if a.isEmpty { throw notFound() }
                return .array(try a.map { try invokeMethod($0, name, args, at: range) })
            }
        case let .list(l):
            if let v = try collectionMethod(l, name, args, at: range) {
                // The collections' void methods write nothing to a pipeline (AutomationNull).
                if v.isNull && Interpreter.voidCollectionMethods.contains(n) { voidResult = true }
                return v
            }
            // The intrinsic methods every collection has.
            guard n == "where" || n == "foreach" else { throw notFound() }
            return try invokeMethod(.array(l.enumerated), name, args, at: range)
        case let .object(o):
            if n == "psobject" || n == "copy", o.isCustomObject { return .object(o.copy()) }
            if let cmdlet = o.native as? ScriptCmdletContext, let v = try cmdlet.invoke(name, args, at: range, self) { return v }
            // ErrorCategoryInfo.GetMessage(): the "Category: (Target:Type) [Activity], Reason" line.
            if n == "getmessage", args.isEmpty, o.typeNames.first == ErrorRecordObject.categoryInfoTypeName { return .string(o.toPSString()) }
            if let instance = o.native as? ScriptInstance, let v = try invokeScriptMethod(instance.scriptClass, this: target, name, args, at: range) {
                return v
            }
            if let m = o.scriptMethods[name.caseFoldedKey], let block = m.body as? ScriptBlock {
                return try invokeMember(block, this: target, args: args)
            }
            do {
                if let v = try KnownTypes.instanceMethod(o, name, args, self) { return v }
            } catch let e as PSMethodError {
                throw methodException(name, args.count, e, at: range)
            } catch let e as PSConversionError {
                throw methodException(name, args.count, PSMethodError(e.message, exceptionType: "System.Management.Automation.PSInvalidCastException"), at: range)
            }
            throw notFound()
        case let .scriptBlock(sb):
            guard n == "invoke" || n == "invokereturnasis", let block = sb as? ScriptBlock else { throw notFound() }
            let items = try invokeCollecting(block, dollarUnder: nil, args: args)
            return items.count == 1 ? items[0] : .array(items)
        case .int, .double, .number:
            // Every numeric type (Int32, Int64, Byte, Decimal, …): CompareTo and ToString(format).
            if n == "compareto", args.count == 1 { return .int(Comparison.compare(target, arg(0), caseSensitive: false) ?? 0) }
            if n == "tostring", args.count == 1 { return .string(CompositeFormat.formatValue(target, format: str(0))) }
            throw notFound()
        default:
            throw notFound()
        }
    }

    /// A method of a growable collection (`$list.Add(3)`); a script block given to Find, FindAll, … is
    /// the predicate, called with the element as its argument and as `$_`.
    private func collectionMethod(_ l: PSList, _ name: String, _ args: [PSValue], at range: SourceRange) throws -> PSValue? {
        do {
            if let v = try PSObjectView.invoke(l, name.lowercased(), args) { return v }
            defer { PSObjectView.changed(l) }
            return try CollectionMethods.invoke(l, name, args) { predicate, item in
                guard let block = predicate.scriptBlockValue as? ScriptBlock else {
                    throw CollectionMethods.ArgumentConversion(
                        message: "Cannot convert argument \"match\", with value: \"\(PSConvert.toString(predicate))\", for \"\(name)\" to type \"System.Predicate`1[\(l.elementTypeName ?? "System.Object")]\": \"Cannot convert the \"\(PSConvert.toString(predicate))\" value of type \"\(predicate.typeName ?? "System.Object")\" to type \"System.Predicate`1[\(l.elementTypeName ?? "System.Object")]\".\"")
                }
                let items = try invokeCollecting(block, dollarUnder: item, args: [item])
                return PSConvert.isTrue(items.count == 1 ? items[0] : .array(items))
            }
        } catch let e as PSMethodError {
            throw methodException(name, args.count, e, at: range)
        } catch let e as CollectionMethods.Failure {
            throw methodException(name, args.count, PSMethodError(e.message, exceptionType: e.exceptionType), at: range)
        } catch let e as CollectionMethods.ArgumentConversion {
            throw failure(e.message, id: "MethodArgumentConversionInvalidCastArgument", category: .NotSpecified, at: range,
                          exceptionType: "System.Management.Automation.MethodException")
        }
    }

    /// A method of a value type implemented in the value model; its failure is PowerShell's
    /// "Exception calling …" (MethodInvocationException).
    private func valueMethod(_ name: String, _ args: [PSValue], at range: SourceRange,
                             _ call: () throws(PSMethodError) -> PSValue?) throws -> PSValue? {
        do {
            return try call()
        } catch {
            throw methodException(name, args.count, error, at: range)
        }
    }

    func methodException(_ name: String, _ count: Int, _ error: PSMethodError, at range: SourceRange) -> TerminatingError {
        let message = "Exception calling \"\(name)\" with \"\(count)\" argument(s): \"\(error.message)\""
        var e = failure(message, id: error.exceptionType.split(separator: ".").last.map(String.init) ?? "MethodInvocationException",
                        category: .NotSpecified, at: range, exceptionType: "System.Management.Automation.MethodInvocationException")
        if let innerId = error.innerErrorId {
            // The inner exception (a ParseException) carries its own ErrorRecord, as .NET's does.
            var innerRecord = ErrorRecord(message: error.message, errorId: innerId, category: .ParserError, exceptionType: error.exceptionType)
            innerRecord.position = e.record.position
            let inner = PSObject(typeNames: ExceptionTypes.chain(error.exceptionType), properties: [
                ("Message", .string(error.message)), ("InnerException", .null), ("HResult", .int(-2146233087)),
                ("ErrorRecord", .object(ErrorRecordObject.make(innerRecord))),
            ])
            inner.toStringOverride = error.message
            let outer = PSObject(typeNames: ExceptionTypes.chain("System.Management.Automation.MethodInvocationException"), properties: [
                ("Message", .string(message)), ("InnerException", .object(inner)), ("HResult", .int(-2146233087)),
            ])
            outer.toStringOverride = message
            e.record.exceptionObject = .object(outer)
        }
        return e
    }

    private func stringMethod(_ s: String, _ n: String, _ args: [PSValue], str: (Int) -> String, int: (Int) throws -> Int,
                              at range: SourceRange) throws -> PSValue? {
        func chars(_ i: Int) -> Set<Character> { Set(args.count > i ? args[i...].flatMap { Array(PSConvert.toString($0)) } : []) }
        switch n {
        case "toupper", "toupperinvariant": return .string(s.uppercased())
        case "tolower", "tolowerinvariant": return .string(s.lowercased())
        case "trim":
            let set = chars(0)
            return .string(args.isEmpty ? s.trimmingCharacters(in: .whitespacesAndNewlines) : String(s.drop(while: { set.contains($0) }).reversed().drop(while: { set.contains($0) }).reversed()))
        case "trimstart":
            let set = chars(0)
            return .string(String(s.drop(while: { args.isEmpty ? $0.isWhitespace : set.contains($0) })))
        case "trimend":
            let set = chars(0)
            return .string(String(s.reversed().drop(while: { args.isEmpty ? $0.isWhitespace : set.contains($0) }).reversed()))
        case "contains": return .bool(s.contains(str(0)))
        case "startswith": return .bool(s.hasPrefix(str(0)))
        case "endswith": return .bool(s.hasSuffix(str(0)))
        case "indexof":
            guard let r = s.range(of: str(0)) else { return .int(-1) }
            return .int(s.distance(from: s.startIndex, to: r.lowerBound))
        case "lastindexof":
            guard let r = s.range(of: str(0), options: .backwards) else { return .int(-1) }
            return .int(s.distance(from: s.startIndex, to: r.lowerBound))
        case "replace":
            let (old, new) = (str(0), str(1))
            let growth = new.utf8.count - old.utf8.count
            // Counted only when the most the result could grow to passes the limit.
            if growth > 0, !old.isEmpty,
               ElementLimit.check(ElementLimit.sum(s.utf8.count, ElementLimit.product(s.utf8.count / old.utf8.count, growth)), .characters) != nil {
                let count = Self.occurrences(of: Array(old.utf8), in: Array(s.utf8))
                try checkSize(ElementLimit.sum(s.utf8.count, ElementLimit.product(count, growth)), .characters, at: range)
            }
            return .string(s.replacingOccurrences(of: old, with: new))
        case "split":
            let seps = chars(0)
            if seps.isEmpty { return .array(s.split(omittingEmptySubsequences: false, whereSeparator: { $0.isWhitespace }).map { .string(String($0)) }) }
            return .array(s.split(omittingEmptySubsequences: false, whereSeparator: { seps.contains($0) }).map { .string(String($0)) })
        case "substring":
            let a = Array(s)
            let start = try int(0)
            let len = args.count > 1 ? try int(1) : a.count - start
            guard start >= 0, len >= 0, start + len <= a.count else {
                throw PSConversionError(valueText: s, targetType: "System.String", kind: .fromValue(inner: "Index and length must refer to a location within the string."))
            }
            return .string(String(a[start..<(start + len)]))
        case "padleft", "padright":
            let width = try int(0)
            try checkSize(width, .characters, at: range)
            let pad = args.count > 1 ? (str(1).first ?? " ") : " "
            let fill = String(repeating: pad, count: max(0, width - s.count))
            return .string(n == "padleft" ? fill + s : s + fill)
        case "insert":
            let inserted = str(1)
            try checkSize(ElementLimit.sum(s.utf8.count, inserted.utf8.count), .characters, at: range)
            let a = Array(s)
            let i = min(max(0, try int(0)), a.count)
            return .string(String(a[..<i]) + inserted + String(a[i...]))
        case "remove":
            let a = Array(s)
            let i = min(max(0, try int(0)), a.count)
            let len = args.count > 1 ? try int(1) : a.count - i
            return .string(String(a[..<i]) + String(a[min(a.count, i + len)...]))
        case "normalize": return .string(s)
        case "compareto": return .int(Comparison.compareStrings(s, str(0), true))
        case "tochararray": return .array(s.utf16.map { .number(.char($0)) })
        case "getbytes": return .array(s.utf8.map { .int(Int($0)) })
        default: return nil
        }
    }

    /// How often `needle` occurs in `hay`, without overlaps (for the size of a Replace result).
    private static func occurrences(of needle: [UInt8], in hay: [UInt8]) -> Int {
        guard let first = needle.first, needle.count <= hay.count else { return 0 }
        var count = 0
        var i = 0
        let last = hay.count - needle.count
        while i <= last {
            if hay[i] == first && hay[i..<(i + needle.count)].elementsEqual(needle) {
                count += 1
                i += needle.count
            } else {
                i += 1
            }
        }
        return count
    }
}

extension Interpreter {
    /// Methods of List, ArrayList, Stack and Queue that return void.
    static let voidCollectionMethods: Set<String> = ["clear", "removeat", "removerange", "insert", "insertrange", "reverse", "sort",
                                                     "addrange", "push", "enqueue", "trimtoexcess"]
}
