import CsCore

/// Reads typed properties of an object given to `-Instance` (a partner or the gateway settings, as
/// the cmdlets wrote them, changed with `$x.Property = …`, or rebuilt by ConvertFrom-Json and
/// Import-Csv): Booleans as Booleans, numbers or "True"/"False", enums by name, UInt32 counters.
/// A value that does not fit is a `Cannot read property 'NAME' of the OBJECT object: why` error.
struct ObjectPropertyReader {
    /// What the object is, for messages: "XMPP allowed partner", "XMPP gateway settings".
    let object: String
    let errorId: String

    func bad(_ property: String, _ value: PSValue, _ why: String) -> XmppValidationError {
        XmppValidationError("Cannot read property '\(property)' of the \(object) object: \(why)",
                            errorId: errorId, target: PSConvert.toString(value))
    }

    func boolean(_ v: PSValue, _ name: String) throws(XmppValidationError) -> Bool {
        switch v {
        case let .bool(b): return b
        case let .int(i): return i != 0
        case .number: return PSConvert.isTrue(v)
        case let .string(s):
            let t = s.trimmingASCIISpaces()
            if t.equalsIgnoringCase("true") { return true }
            if t.equalsIgnoringCase("false") { return false }
            throw bad(name, v, "String '\(s)' was not recognized as a valid Boolean.")
        case let .array(a) where a.count == 1:
            return try boolean(a[0], name)
        default:
            throw bad(name, v, "a value of type \(v.typeName ?? "null") is not a Boolean.")
        }
    }

    func uint32(_ v: PSValue, _ name: String) throws(XmppValidationError) -> UInt32? {
        do {
            if let i = try PSConvert.convert(v, to: .uint32).integerValue { return UInt32(i) }
            return nil
        } catch {
            throw bad(name, v, error.message)
        }
    }

    func enumIndex(_ v: PSValue, _ type: PSEnumType, _ name: String) throws(XmppValidationError) -> Int {
        if case let .enumValue(e) = v, e.type == type || type.members == e.type.members { return e.index }
        do {
            if case let .enumValue(e) = try PSConvert.convert(v, to: .enumeration(type), allowEnumPrefix: false) { return e.index }
        } catch {
            throw bad(name, v, error.message)
        }
        throw bad(name, v, "Specify one of the following enumerator names: \(type.members.joined(separator: ", ")).")
    }
}
