import CsCore
import Foundation

/// Instance methods of the objects the shell implements (`$sb.Append('x')`, `[Text.Encoding]::UTF8.GetBytes('x')`,
/// `$re.Match('x')`, `$pattern.IsMatch('x')`): nil when the object has no such method.
extension KnownTypes {
    static func instanceMethod(_ o: PSObject, _ name: String, _ args: [PSValue], _ interp: Interpreter) throws -> PSValue? {
        let n = name.lowercased()
        switch o.native {
        case let box as EncodingBox:
            return try encodingMethod(box.encoding, n, args)
        case let box as StringBuilderBox:
            return try stringBuilderMethod(o, box, n, args, interp)
        case let box as RegexBox:
            return try regexMethod(box, n, args, interp)
        case let box as WildcardBox:
            return n == "ismatch" ? .bool(box.pattern.matches(text(args, 0))) : nil
        case let type as DotNetType:
            switch n {
            case "getgenericarguments": return .array(type.genericArguments.map { .object($0.object) })
            case "getelementtype":
                if case let .array(element) = type.kind { return .object(element.object) }
                return .null
            case "isassignablefrom":
                guard let other = DotNetType.of(arg(args, 0)) else { return .bool(false) }
                return .bool(other.assignableNames.contains(type.fullName))
            default: return nil
            }
        default:
            return nil
        }
    }

    /// Encoding's GetBytes, GetString, GetByteCount, GetCharCount and GetPreamble.
    static func encodingMethod(_ e: TextEncoding, _ n: String, _ args: [PSValue]) throws -> PSValue? {
        func byteArray(_ b: [UInt8]) -> PSValue { .array(b.map { .number(.byte($0)) }) }
        func range(_ all: [UInt8]) throws -> [UInt8] {
            guard args.count >= 3 else { return all }
            let i = try int(args, 1), c = try int(args, 2)
            guard i >= 0, c >= 0, i + c <= all.count else {
                throw PSMethodError("Index and count must refer to a location within the buffer. (Parameter 'bytes')",
                                    exceptionType: "System.ArgumentOutOfRangeException")
            }
            return Array(all[i..<(i + c)])
        }
        func textArgument() throws -> String {
            let a = arg(args, 0)
            if a.isNull { throw PSMethodError("Value cannot be null. (Parameter 's')", exceptionType: "System.ArgumentNullException") }
            // A char[] is its characters.
            if let items = a.enumerated { return items.map { PSConvert.toString($0) }.joined() }
            return PSConvert.toString(a)
        }
        switch n {
        case "getbytes": return byteArray(e.encode(try textArgument()))
        case "getbytecount": return .int(e.encode(try textArgument()).count)
        case "getstring":
            // No byte-order mark is looked for: GetString decodes exactly the bytes given.
            return .string(TextEncoding.decode(try range(try bytes(arg(args, 0))), fallback: e, detectingMark: false).text)
        case "getcharcount":
            return .int(TextEncoding.decode(try range(try bytes(arg(args, 0))), fallback: e, detectingMark: false).text.utf16.count)
        case "getpreamble": return byteArray(e.preamble)
        default: return nil
        }
    }

    /// StringBuilder's Append, AppendLine, AppendFormat, Insert, Remove, Replace, Clear; those that
    /// change it return the builder itself, as .NET's do.
    static func stringBuilderMethod(_ o: PSObject, _ box: StringBuilderBox, _ n: String, _ args: [PSValue], _ interp: Interpreter) throws -> PSValue? {
        func set(_ s: String) -> PSValue {
            box.text = ""
            appendTo(o, s)
            return .object(o)
        }
        var units = Array(box.text.utf16)
        switch n {
        case "append": return set(box.text + args.map { PSConvert.toString($0) }.joined())
        case "appendline": return set(box.text + text(args, 0) + "\n")
        case "appendformat":
            return set(box.text + (try CompositeFormat.format(text(args, 0), Array(args.dropFirst()), at: .empty, interp)))
        case "insert":
            let i = try int(args, 0)
            guard i >= 0, i <= units.count else {
                throw PSMethodError("Index was out of range. Must be non-negative and less than or equal to the size of the collection. (Parameter 'index')",
                                    exceptionType: "System.ArgumentOutOfRangeException")
            }
            units.insert(contentsOf: Array(text(args, 1).utf16), at: i)
            return set(String(decoding: units, as: UTF16.self))
        case "remove":
            let i = try int(args, 0), c = try int(args, 1)
            guard i >= 0, c >= 0, i + c <= units.count else {
                throw PSMethodError("Index was out of range. Must be non-negative and less than or equal to the size of the collection. (Parameter 'startIndex')",
                                    exceptionType: "System.ArgumentOutOfRangeException")
            }
            units.removeSubrange(i..<(i + c))
            return set(String(decoding: units, as: UTF16.self))
        case "replace":
            let old = text(args, 0)
            guard !old.isEmpty else {
                throw PSMethodError("The value cannot be an empty string. (Parameter 'oldValue')", exceptionType: "System.ArgumentException")
            }
            return set(box.text.replacingOccurrences(of: old, with: text(args, 1)))
        case "clear": return set("")
        case "tostring": return .string(box.text)
        default: return nil
        }
    }
}
