import CsCore
import CsLanguage

/// Reading members of values: properties, hashtable keys, and member enumeration over collections
/// (`$partners.Identity` gives every partner's Identity).
enum Members {
    static func get(_ v: PSValue, _ name: String) -> PSValue {
        if let x = v.member(name) { return x }
        if let a = v.enumerated {
            var out: [PSValue] = []
            for item in a {
                guard let x = item.member(name) else { continue }
                if case let .array(inner) = x { out.append(contentsOf: inner) } else { out.append(x) }
            }
            if out.isEmpty { return .null }
            return out.count == 1 ? out[0] : .array(out)
        }
        return .null
    }
}

extension Interpreter {
    // MARK: Indexing

    func index(_ container: PSValue, _ key: PSValue, at range: SourceRange) throws -> PSValue {
        switch container {
        case .null:
            throw failure("Cannot index into a null array.", id: "NullArray", category: .InvalidOperation, at: range)
        case let .hashtable(h):
            if case let .array(keys) = key { return .array(keys.map { h[$0] ?? .null }) }
            return h[key] ?? .null
        case let .array(a):
            if case let .array(keys) = key { return .array(try keys.map { try element(a, $0, at: range) }) }
            if key.isNull {
                throw failure("Index operation failed; the array index evaluated to null.", id: "NullArrayIndex", category: .InvalidOperation, at: range)
            }
            return try element(a, key, at: range)
        case let .string(s):
            // A string indexes as .NET's does: one Char per UTF-16 code unit.
            let chars = s.utf16.map { PSValue.number(.char($0)) }
            if case let .array(keys) = key { return .array(try keys.map { try element(chars, $0, at: range) }) }
            return try element(chars, key, at: range)
        case let .list(l):
            if let v = PSObjectView.item(l, key) { return v }
            return try index(.array(l.enumerated), key, at: range)
        case .object, .scriptBlock:
            // A tuple or a match's Groups: by position, a group also by name.
            if case let .object(o) = container, let box = o.native as? KnownTypes.IndexedBox {
                if case let .string(name) = key, Int(name) == nil {
                    return box.names.firstIndex { $0.equalsIgnoringCase(name) }.map { box.items[$0] } ?? .null
                }
                return try element(box.items, key, at: range)
            }
            // A value that cannot be indexed is its own element 0 (and -1); any other index gives nothing,
            // or an error under strict mode 2.
            if let i = PSConvert.toNumber(key), Comparison.equals(i, .int(0), caseSensitive: false) || Comparison.equals(i, .int(-1), caseSensitive: false) {
                return container
            }
            if strictMode >= 2 {
                throw failure("Unable to index into an object of type \(container.typeName ?? "").", id: "CannotIndex",
                              category: .InvalidOperation, at: range)
            }
            return .null
        default:
            // A scalar is a one-element collection for [0] and [-1]; another index is $null, or an
            // error under strict mode 2.
            if strictMode >= 2, case let .int(i)? = try? PSConvert.convert(key, to: .int32), i != 0 && i != -1 {
                throw failure("Unable to index into an object of type \(container.typeName ?? "").", id: "CannotIndex",
                              category: .InvalidOperation, at: range)
            }
            return try element([container], key, at: range)
        }
    }

    private func element(_ a: [PSValue], _ key: PSValue, at range: SourceRange) throws -> PSValue {
        guard case let .int(n)? = try? PSConvert.convert(key, to: .int32) else {
            throw failure("Cannot convert value \"\(PSConvert.toString(key))\" to type \"System.Int32\". Error: \"The input string '\(PSConvert.toString(key))' was not in a correct format.\"",
                          id: "InvalidCastFromStringToInteger", category: .InvalidArgument, at: range)
        }
        let i = n < 0 ? a.count + n : n
        if i >= 0 && i < a.count { return a[i] }
        if strictMode >= 3 { throw indexOutOfRange(at: range) }
        return .null
    }
}
