import CsCore
import CsLanguage
import Foundation

/// Objects of the .NET types the shell implements: what `[T]::new(…)` and New-Object make (collections,
/// exceptions, Regex, Guid, StringBuilder, Version, Tuple, …), casts to them, and their static members.
extension KnownTypes {
    final class RegexBox {
        let regex: NSRegularExpression
        let pattern: String
        init(_ regex: NSRegularExpression, _ pattern: String) { self.regex = regex; self.pattern = pattern }
    }

    final class StringBuilderBox {
        var text = ""
    }

    final class EncodingBox {
        let encoding: TextEncoding
        init(_ e: TextEncoding) { encoding = e }
    }

    /// Values indexable by position ($tuple[0], $match.Groups[1]) and, for groups, by name.
    final class IndexedBox {
        let items: [PSValue]
        let names: [String]
        init(_ items: [PSValue], names: [String] = []) { self.items = items; self.names = names }
    }

    // MARK: Construction

    static func construct(_ t: DotNetType, _ args: [PSValue], _ interp: Interpreter) throws -> PSValue? {
        switch t.kind {
        case let .list(kind):
            let list = TypeResolver.makeList(t, kind: kind)
            if let first = args.first {
                // new(capacity) or new(collection).
                if first.integerValue == nil || first.enumerated != nil {
                    for x in first.asList { CollectionMethods.add(list, try CollectionMethods.element(list, x, method: "new", parameter: "collection")) }
                }
            }
            return .list(list)
        case let .dictionary(kind):
            switch kind {
            case .hashtable: return .hashtable(PSHashtable())
            case .ordered: return .hashtable(PSHashtable(ordered: true))
            case .generic, .sorted: return .hashtable(TypeResolver.makeDictionary(t, sorted: kind == .sorted))
            }
        case .psCustomObject:
            return .object(PSObject())
        case let .value(pt):
            switch pt {
            case .psObject, .object:
                if let a = args.first { return a }
                return .object(PSObject())
            case .string:
                return try stringMethod("new", args, interp, at: .empty)
            case let .numeric(n) where args.isEmpty: return PSNumber.make(n, 0)
            case .int32, .int64, .uint32, .double, .bool: return args.isEmpty ? try PSConvert.convert(.int(0), to: pt) : nil
            default: return nil
            }
        case .exception:
            return .object(exception(t.fullName, args))
        case let .array(element) where args.count == 1:
            // `[int[]]::new(10)`, New-Object int[] 10: that many elements of the type's default value.
            guard case let .int(n) = try convertArgument(args[0], .int32, "length"), n >= 0 else {
                throw PSMethodError("Arithmetic operation resulted in an overflow.", exceptionType: "System.OverflowException")
            }
            let zero: PSValue = element.isValueType ? ((try? element.psType.map { try PSConvert.convert(.int(0), to: $0) }) ?? .null) ?? .null : .null
            return .array(Array(repeating: zero, count: n))
        default:
            break
        }
        switch t.fullName {
        case "System.Text.RegularExpressions.Regex":
            return .object(try regex(text(args, 0), options: args.count > 1 ? regexOptions(args[1]) : [], interp))
        case "System.Text.StringBuilder":
            let o = stringBuilder()
            if let a = args.first, a.integerValue == nil { appendTo(o, PSConvert.toString(a)) }
            return .object(o)
        case "System.Guid":
            if args.isEmpty { return .object(guid("00000000-0000-0000-0000-000000000000")) }
            return try parseGuid(text(args, 0))
        case "System.Version":
            if args.count >= 2 { return .object(version(args.map { $0.integerValue ?? 0 })) }
            return try parseVersion(text(args, 0))
        case "System.Management.Automation.WildcardPattern":
            let o = PSObject(typeNames: ["System.Management.Automation.WildcardPattern", "System.Object"], properties: [])
            o.toStringOverride = text(args, 0)
            o.native = WildcardBox(WildcardPattern(text(args, 0), caseSensitive: !wildcardIgnoresCase(args)))
            return .object(o)
        case "System.Management.Automation.ErrorRecord":
            return .object(errorRecord(args))
        case "System.Management.Automation.PSNoteProperty" where args.count == 2:
            return PSObjectView.property(text(args, 0), args[1], kind: "NoteProperty", typeName: nil, settable: true)
        case "System.Object":
            return .object(PSObject())
        default:
            return nil
        }
    }

    final class WildcardBox {
        let pattern: WildcardPattern
        init(_ p: WildcardPattern) { pattern = p }
    }

    private static func wildcardIgnoresCase(_ args: [PSValue]) -> Bool {
        args.count > 1 && PSConvert.toString(args[1]).lowercased().contains("ignorecase")
    }

    // MARK: Casts

    static func convert(_ v: PSValue, to t: DotNetType) throws -> PSValue? {
        switch t.fullName {
        case "System.IO.FileInfo":
            // .NET's FileInfo(path): relative to the process's directory; the file need not exist.
            guard case let .string(path) = v, !path.isEmpty else { return nil }
            return .object(fileInfo(path))
        case "System.Text.RegularExpressions.MatchEvaluator":
            // A script block stands for the delegate: -replace and Regex.Replace call it with the Match.
            guard case .scriptBlock = v else { return nil }
            return v
        case "System.Guid":
            guard case let .string(s) = v else { return nil }
            return try parseGuid(s)
        case "System.Version":
            guard case let .string(s) = v else { return nil }
            return try parseVersion(s)
        case "System.Text.RegularExpressions.Regex":
            guard case let .string(s) = v else { return nil }
            guard let re = try? NSRegularExpression(pattern: s) else {
                throw PSConversionError(valueText: s, targetType: t.fullName, kind: .fromValue(inner: "Invalid pattern '\(s)'."))
            }
            return .object(regexObject(re, s))
        case "System.Management.Automation.WildcardPattern":
            let o = PSObject(typeNames: ["System.Management.Automation.WildcardPattern", "System.Object"], properties: [])
            o.toStringOverride = PSConvert.toString(v)
            o.native = WildcardBox(WildcardPattern(PSConvert.toString(v)))
            return .object(o)
        default:
            return nil
        }
    }

    // MARK: Static members of object types

    static func objectProperty(_ fullName: String, _ n: String) -> PSValue? {
        switch (fullName, n) {
        case ("System.Text.Encoding", "utf8"): return .object(encoding(.utf8(bom: true)))
        case ("System.Text.Encoding", "ascii"): return .object(encoding(.ascii))
        case ("System.Text.Encoding", "unicode"): return .object(encoding(.utf16LE))
        case ("System.Text.Encoding", "bigendianunicode"): return .object(encoding(.utf16BE))
        case ("System.Text.Encoding", "utf32"): return .object(encoding(.utf32LE))
        case ("System.Text.Encoding", "latin1"): return .object(encoding(.latin1))
        case ("System.Text.Encoding", "default"): return .object(encoding(.utf8(bom: false)))
        case ("System.Globalization.CultureInfo", "invariantculture"): return .object(culture(""))
        case ("System.Globalization.CultureInfo", "currentculture"), ("System.Globalization.CultureInfo", "currentuiculture"):
            return .object(culture("en-US"))
        default: return nil
        }
    }

    static func objectStaticMethod(_ fullName: String, _ n: String, _ args: [PSValue], _ interp: Interpreter) throws -> PSValue? {
        switch (fullName, n) {
        case ("System.Guid", "newguid"): return .object(guid(UUID().uuidString.lowercased()))
        case ("System.Guid", "parse"): return try parseGuid(text(args, 0))
        case ("System.Version", "parse"): return try parseVersion(text(args, 0))
        case ("System.Text.Encoding", "getencoding"):
            let key = arg(args, 0).integerValue.map(String.init) ?? text(args, 0)
            guard let e = TextEncoding.named(key) else {
                throw PSMethodError("'\(key)' is not a supported encoding name. For information on defining a custom encoding, see the documentation for the Encoding.RegisterProvider method. (Parameter 'name')",
                                    exceptionType: "System.ArgumentException")
            }
            return .object(encoding(e == .utf8(bom: false) ? .utf8(bom: true) : e))
        case ("System.Tuple", "create"):
            return .object(tuple(args))
        case ("System.Text.RegularExpressions.Regex", _):
            return try regexStatic(n, args, interp)
        default: return nil
        }
    }

    // MARK: Regex

    static func regexOptions(_ v: PSValue) -> NSRegularExpression.Options {
        let names = PSConvert.toString(v).lowercased().split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        var o: NSRegularExpression.Options = []
        for n in names {
            switch n {
            case "ignorecase": o.insert(.caseInsensitive)
            case "multiline": o.insert(.anchorsMatchLines)
            case "singleline": o.insert(.dotMatchesLineSeparators)
            case "ignorepatternwhitespace": o.insert(.allowCommentsAndWhitespace)
            case "explicitcapture": break
            default: break
            }
        }
        if let i = v.integerValue {
            if i & 1 != 0 { o.insert(.caseInsensitive) }
            if i & 2 != 0 { o.insert(.anchorsMatchLines) }
            if i & 16 != 0 { o.insert(.dotMatchesLineSeparators) }
            if i & 32 != 0 { o.insert(.allowCommentsAndWhitespace) }
        }
        return o
    }

    static func regex(_ pattern: String, options: NSRegularExpression.Options, _ interp: Interpreter) throws -> PSObject {
        do {
            return regexObject(try NSRegularExpression(pattern: pattern, options: options), pattern)
        } catch {
            throw PSMethodError("Invalid pattern '\(pattern)' at offset 0.", exceptionType: "System.ArgumentException")
        }
    }

    static func regexObject(_ re: NSRegularExpression, _ pattern: String) -> PSObject {
        let o = PSObject(typeNames: ["System.Text.RegularExpressions.Regex", "System.Object"], properties: [
            ("Options", .string(re.options.contains(.caseInsensitive) ? "IgnoreCase" : "None")), ("RightToLeft", .bool(false)),
        ])
        o.toStringOverride = pattern
        o.native = RegexBox(re, pattern)
        return o
    }

    static func regexStatic(_ n: String, _ args: [PSValue], _ interp: Interpreter) throws -> PSValue? {
        switch n {
        case "escape": return .string(regexEscape(text(args, 0)))
        case "unescape": return .string(text(args, 0).replacingOccurrences(of: "\\", with: ""))
        case "ismatch", "match", "matches", "replace", "split":
            let patternIndex = 1
            let optionsIndex = n == "replace" ? 3 : 2
            let options = args.count > optionsIndex ? regexOptions(args[optionsIndex]) : []
            let re = try regex(text(args, patternIndex), options: options, interp)
            var rest = args
            rest.remove(at: patternIndex)
            if rest.count > (n == "replace" ? 2 : 1) { rest.removeLast() }
            return try regexMethod(re.native as! RegexBox, n, rest, interp)
        default: return nil
        }
    }

    /// Regex.Escape: \, *, +, ?, |, {, [, (, ), ^, $, ., #, and white space escaped.
    static func regexEscape(_ s: String) -> String {
        var out = ""
        for c in s {
            switch c {
            case "\\", "*", "+", "?", "|", "{", "[", "(", ")", "^", "$", ".", "#", " ": out.append("\\"); out.append(c)
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\u{0C}": out += "\\f"
            default: out.append(c)
            }
        }
        return out
    }

    /// A Regex instance's methods: IsMatch, Match, Matches, Replace, Split, GetGroupNames.
    static func regexMethod(_ box: RegexBox, _ n: String, _ args: [PSValue], _ interp: Interpreter) throws -> PSValue? {
        let s = text(args, 0)
        let whole = NSRange(s.startIndex..., in: s)
        switch n {
        case "ismatch": return .bool(box.regex.firstMatch(in: s, range: whole) != nil)
        case "match":
            guard let m = box.regex.firstMatch(in: s, range: whole) else { return .object(matchObject(nil, s, box)) }
            return .object(matchObject(m, s, box))
        case "matches":
            return .array(box.regex.matches(in: s, range: whole).map { .object(matchObject($0, s, box)) })
        case "replace":
            if case let .scriptBlock(sb)? = args.dropFirst().first, let block = sb as? ScriptBlock {
                var out = ""
                var last = s.startIndex
                for m in box.regex.matches(in: s, range: whole) {
                    guard let r = Range(m.range, in: s) else { continue }
                    out += s[last..<r.lowerBound]
                    let items = try interp.invokeCollecting(block, dollarUnder: .object(matchObject(m, s, box)), args: [.object(matchObject(m, s, box))])
                    out += PSConvert.toString(items.count == 1 ? items[0] : .array(items))
                    last = r.upperBound
                }
                return .string(out + s[last...])
            }
            return .string(box.regex.stringByReplacingMatches(in: s, range: whole, withTemplate: Interpreter.dotNetTemplate(text(args, 1))))
        case "split":
            return .array(Interpreter.regexSplit(s, box.regex, limit: 0).map { .string($0) })
        case "getgroupnames":
            return .array((0...box.regex.numberOfCaptureGroups).map { .string(String($0)) } + Interpreter.groupNames(box.pattern).map { .string($0) })
        case "tostring": return .string(box.pattern)
        default: return nil
        }
    }

    /// A Match (or an unsuccessful one), with its Groups.
    static func matchObject(_ m: NSTextCheckingResult?, _ s: String, _ box: RegexBox) -> PSObject {
        var groups: [PSValue] = []
        var names: [String] = []
        if let m {
            let named = Interpreter.groupNames(box.pattern)
            for i in 0..<m.numberOfRanges {
                groups.append(.object(groupObject(m.range(at: i), s, name: String(i))))
                names.append(String(i))
            }
            for n in named {
                groups.append(.object(groupObject(m.range(withName: n), s, name: n)))
                names.append(n)
            }
        }
        let value = m.flatMap { Range($0.range, in: s) }.map { String(s[$0]) } ?? ""
        let groupCollection = PSObject(typeNames: ["System.Text.RegularExpressions.GroupCollection", "System.Object"], properties: [("Count", .int(groups.count))])
        groupCollection.native = IndexedBox(groups, names: names)
        groupCollection.toStringOverride = "System.Text.RegularExpressions.GroupCollection"
        let o = PSObject(typeNames: ["System.Text.RegularExpressions.Match", "System.Text.RegularExpressions.Group",
                                     "System.Text.RegularExpressions.Capture", "System.Object"], properties: [
            ("Groups", .object(groupCollection)), ("Success", .bool(m != nil)), ("Name", .string("0")),
            ("Captures", .array(m == nil ? [] : [groups[0]])),
            ("Index", .int(m.map { s.utf16.distance(from: s.utf16.startIndex, to: Range($0.range, in: s)?.lowerBound.samePosition(in: s.utf16) ?? s.utf16.startIndex) } ?? 0)),
            ("Length", .int(value.utf16.count)), ("Value", .string(value)),
        ])
        o.toStringOverride = value
        return o
    }

    static func groupObject(_ r: NSRange, _ s: String, name: String) -> PSObject {
        let found = r.location != NSNotFound ? Range(r, in: s) : nil
        let value = found.map { String(s[$0]) } ?? ""
        let o = PSObject(typeNames: ["System.Text.RegularExpressions.Group", "System.Text.RegularExpressions.Capture", "System.Object"], properties: [
            ("Success", .bool(found != nil)), ("Name", .string(name)), ("Captures", .array([])),
            ("Index", .int(found != nil ? r.location : 0)), ("Length", .int(value.utf16.count)), ("Value", .string(value)),
        ])
        o.toStringOverride = value
        return o
    }

    // MARK: Other object types

    static func guid(_ text: String) -> PSObject {
        let o = PSObject(typeNames: ["System.Guid", "System.ValueType", "System.Object"], properties: [("Guid", .string(text))])
        o.toStringOverride = text
        return o
    }

    static func parseGuid(_ raw: String) throws -> PSValue {
        var s = raw.trimmingCharacters(in: .whitespaces)
        if s.hasPrefix("{") && s.hasSuffix("}") || s.hasPrefix("(") && s.hasSuffix(")") { s = String(s.dropFirst().dropLast()) }
        if s.count == 32, !s.contains("-") {
            let c = Array(s)
            s = String(c[0..<8]) + "-" + String(c[8..<12]) + "-" + String(c[12..<16]) + "-" + String(c[16..<20]) + "-" + String(c[20...])
        }
        guard let u = UUID(uuidString: s) else {
            throw PSMethodError("Unrecognized Guid format.", exceptionType: "System.FormatException")
        }
        return .object(guid(u.uuidString.lowercased()))
    }

    static func version(_ parts: [Int]) -> PSObject {
        let p = parts + Array(repeating: -1, count: max(0, 4 - parts.count))
        let o = PSObject(typeNames: ["System.Version", "System.Object"], properties: [
            ("Major", .int(p[0])), ("Minor", .int(p[1])), ("Build", .int(p[2])), ("Revision", .int(p[3])),
            ("MajorRevision", .int(p[3] < 0 ? -1 : p[3] >> 16)), ("MinorRevision", .int(p[3] < 0 ? -1 : p[3] & 0xFFFF)),
        ])
        o.toStringOverride = parts.prefix(4).map(String.init).joined(separator: ".")
        return o
    }

    static func parseVersion(_ raw: String) throws -> PSValue {
        let parts = raw.trimmingCharacters(in: .whitespaces).split(separator: ".", omittingEmptySubsequences: false).map { Int($0) }
        guard (2...4).contains(parts.count), parts.allSatisfy({ $0 != nil && $0! >= 0 }) else {
            throw PSMethodError("Version string portion was too short or too long. (Parameter 'input')", exceptionType: "System.ArgumentException")
        }
        return .object(version(parts.map { $0! }))
    }

    /// A FileInfo for a path: the item's properties when it exists, else its names; it is written as
    /// the path it was made from, as .NET's FileInfo.ToString() does.
    static func fileInfo(_ path: String) -> PSObject {
        let full = path.hasPrefix("/") ? path : (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(path)
        let o: PSObject
        if case let .object(item)? = FileSystemItem.object(full), item.typeNames.first == "System.IO.FileInfo" {
            o = item
            o.addProperty("Exists", .bool(true))
        } else {
            let name = (full as NSString).lastPathComponent
            o = PSObject(typeNames: FileSystemItem.fileTypeNames, properties: [
                ("Name", .string(name)), ("FullName", .string(full)), ("DirectoryName", .string((full as NSString).deletingLastPathComponent)),
                ("Extension", .string(ItemPath.extensionOf(name))), ("Exists", .bool(false)),
            ])
        }
        o.toStringOverride = path
        return o
    }

    static func stringBuilder() -> PSObject {
        let o = PSObject(typeNames: ["System.Text.StringBuilder", "System.Object"], properties: [("Capacity", .int(16)), ("MaxCapacity", .int(Int(Int32.max))), ("Length", .int(0))])
        o.native = StringBuilderBox()
        o.toStringOverride = ""
        return o
    }

    static func appendTo(_ o: PSObject, _ s: String) {
        guard let box = o.native as? StringBuilderBox else { return }
        box.text += s
        o.toStringOverride = box.text
        o.addProperty("Length", .int(box.text.utf16.count))
    }

    static func encoding(_ e: TextEncoding) -> PSObject {
        let (typeName, web, name, page): (String, String, String, Int) = {
            switch e {
            case .utf8: return ("System.Text.UTF8Encoding+UTF8EncodingSealed", "utf-8", "Unicode (UTF-8)", 65001)
            case .ascii: return ("System.Text.ASCIIEncoding+ASCIIEncodingSealed", "us-ascii", "US-ASCII", 20127)
            case .latin1: return ("System.Text.Latin1Encoding+Latin1EncodingSealed", "iso-8859-1", "Western European (ISO)", 28591)
            case .utf16LE: return ("System.Text.UnicodeEncoding", "utf-16", "Unicode", 1200)
            case .utf16BE: return ("System.Text.UnicodeEncoding", "utf-16BE", "Unicode (Big-Endian)", 1201)
            case .utf32LE: return ("System.Text.UTF32Encoding", "utf-32", "Unicode (UTF-32)", 12000)
            case .utf32BE: return ("System.Text.UTF32Encoding", "utf-32BE", "Unicode (UTF-32 Big-Endian)", 12001)
            case .utf7: return ("System.Text.UTF7Encoding", "utf-7", "Unicode (UTF-7)", 65000)
            }
        }()
        let o = PSObject(typeNames: [typeName, "System.Text.Encoding", "System.Object"], properties: [
            ("BodyName", .string(web)), ("EncodingName", .string(name)), ("HeaderName", .string(web)), ("WebName", .string(web)),
            ("CodePage", .int(page)), ("IsSingleByte", .bool(e == .ascii || e == .latin1)),
        ])
        o.toStringOverride = typeName
        o.native = EncodingBox(e)
        return o
    }

    static func culture(_ name: String) -> PSObject {
        let o = PSObject(typeNames: ["System.Globalization.CultureInfo", "System.Object"], properties: [
            ("Name", .string(name)), ("DisplayName", .string(name.isEmpty ? "Invariant Language (Invariant Country)" : "English (United States)")),
            ("LCID", .int(name.isEmpty ? 127 : 1033)),
        ])
        o.toStringOverride = name
        return o
    }

    static func tuple(_ items: [PSValue]) -> PSObject {
        let names = items.indices.map { "Item\($0 + 1)" }
        let o = PSObject(typeNames: ["System.Tuple`\(items.count)", "System.Object"], properties: Array(zip(names, items)) + [("Length", .int(items.count))])
        o.toStringOverride = "(" + items.map { PSConvert.toString($0) }.joined(separator: ", ") + ")"
        o.native = IndexedBox(items)
        return o
    }

    /// `[ArgumentException]::new(…)`: (), (message), (message, inner); the argument exceptions take a
    /// parameter name — ArgumentNullException and ArgumentOutOfRangeException first, ArgumentException second.
    static func exception(_ fullName: String, _ args: [PSValue]) -> PSObject {
        let short = fullName.split(separator: ".").last.map(String.init) ?? fullName
        switch (short, args.count) {
        case ("ArgumentNullException", 1), ("ArgumentOutOfRangeException", 1), ("PSArgumentNullException", 1), ("PSArgumentOutOfRangeException", 1):
            return ExceptionTypes.make(fullName, message: nil, parameterName: text(args, 0))
        case ("ArgumentNullException", 2), ("ArgumentOutOfRangeException", 2), ("PSArgumentNullException", 2), ("PSArgumentOutOfRangeException", 2):
            if case .object = args[1] { return ExceptionTypes.make(fullName, message: text(args, 0), inner: args[1]) }
            return ExceptionTypes.make(fullName, message: text(args, 1), parameterName: text(args, 0))
        case ("ArgumentException", 2), ("PSArgumentException", 2):
            if case .object = args[1] { return ExceptionTypes.make(fullName, message: text(args, 0), inner: args[1]) }
            return ExceptionTypes.make(fullName, message: text(args, 0), parameterName: text(args, 1))
        case (_, 0): return ExceptionTypes.make(fullName, message: nil)
        case (_, 1): return ExceptionTypes.make(fullName, message: text(args, 0))
        default: return ExceptionTypes.make(fullName, message: text(args, 0), inner: args[1])
        }
    }

    /// `[System.Management.Automation.ErrorRecord]::new($exception, $errorId, $category, $target)`.
    static func errorRecord(_ args: [PSValue]) -> PSObject {
        let exception = arg(args, 0)
        let message: String
        var exceptionType = "System.Exception"
        if case let .object(o) = exception {
            message = o["Message"].map { PSConvert.toString($0) } ?? PSConvert.toString(exception)
            exceptionType = o.typeNames.first ?? exceptionType
        } else {
            message = PSConvert.toString(exception)
        }
        let category = ErrorCategory(rawValue: text(args, 2)) ?? .NotSpecified
        var r = ErrorRecord(message: message, errorId: text(args, 1), category: category, target: args.count > 3 ? args[3] : nil,
                            exceptionType: exceptionType)
        r.exceptionObject = exception.isNull ? nil : exception
        return ErrorRecordObject.make(r)
    }
}
