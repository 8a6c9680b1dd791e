import CsCore
import CsLanguage

/// Converts one argument to a parameter's declared type with the binder's rules (ParameterBinderBase
/// CoerceTypeAsNeeded): switches and [bool] take only booleans and numbers, arrays do not become
/// scalars, scalars wrap into arrays, enums accept any case and unique prefixes, a hashtable becomes a
/// list modifier. Then the parameter's validations run.
enum ArgumentCoercer {
    /// A coerced value: a plain value, or a list modifier for PSListModifier parameters.
    enum Coerced {
        case value(PSValue)
        case listModifier(PSListModifier)
    }

    /// True when `value` already has the parameter's type, with no conversion (pipeline steps 1 and 2).
    static func matchesWithoutConversion(_ value: PSValue, _ type: PSType) -> Bool {
        switch (type, value) {
        case (.object, _), (.psObject, _): return true
        case (.string, .string), (.named, .string): return true
        case (.bool, .bool), (.switchParameter, .bool): return true
        case (.int32, .int(let i)): return Int(Int32.min)...Int(Int32.max) ~= i
        case (.uint32, .int(let i)): return 0...Int(UInt32.max) ~= i
        case (.int64, .int): return true
        case (.double, .double): return true
        case let (.enumeration(e), .enumValue(v)): return v.type == e
        case let (.array(t), .array(a)): return a.allSatisfy { matchesWithoutConversion($0, t) }
        case let (.array(t), v): return matchesWithoutConversion(v, t)
        case (.hashtable, .hashtable): return true
        case (.scriptBlock, .scriptBlock): return true
        case let (.instance(full, _), .object(o)): return o.typeNames.contains(full)
        case (.dateTime, .dateTime), (.timeSpan, .timeSpan): return true
        default: return false
        }
    }

    /// Converts and validates; `literalText` is the source spelling of a number literal (kept for [string]).
    static func coerce(_ value: PSValue, to p: ParameterMetadata, mandatory: Bool, literalText: String?, range: SourceRange?) throws(BindingError) -> Coerced {
        let result: Coerced
        if case .null = value {
            if mandatory && !p.validations.contains(.allowNull) { throw .nullNotAllowed(p, range) }
            switch p.type {
            case .switchParameter, .bool: result = .value(.bool(false))
            case .listModifier: result = .listModifier(PSListModifier(replaces: true))
            case .int32, .int64, .uint32: result = .value(.int(0))
            case .enumeration:
                throw .cannotConvertNoMessage(p, "Cannot convert null to type \"\(p.type.fullName)\".", range)
            default: result = .value(.null)
            }
            try validate(result, p, range: range)
            return result
        }
        switch p.type {
        case .switchParameter, .bool:
            switch value {
            case .bool: result = .value(value)
            case let .int(i): result = .value(.bool(i != 0))
            case .number: result = .value(.bool(PSConvert.isTrue(value)))
            case let .double(d): result = .value(.bool(d != 0))
            case let .array(a) where a.count == 1 && p.type == .switchParameter:
                return try coerce(a[0], to: p, mandatory: mandatory, literalText: nil, range: range)
            default:
                throw .cannotConvert(p, from: value.typeName ?? "null", reason: "", range)
            }
        case .object, .psObject:
            result = .value(value)
        case .listModifier(let element):
            do {
                var m = try PSListModifier(value)
                m.add = try m.add.map { try convertElement($0, element) }
                m.remove = try m.remove.map { try convertElement($0, element) }
                m.replace = try m.replace.map { try convertElement($0, element) }
                result = .listModifier(m)
            } catch let e as PSListModifierError {
                throw .cannotConvertNoMessage(p, "Cannot convert value \"\(PSConvert.toString(value))\" to type \"\(p.type.fullName)\". Error: \"\(e.message)\"", range)
            } catch let e as PSConversionError {
                throw .cannotConvertNoMessage(p, e.message, range)
            } catch {
                throw .cannotConvertNoMessage(p, "\(error)", range)
            }
        case .array(let element):
            let items = value.asList
            var out: [PSValue] = []
            out.reserveCapacity(items.count)
            for item in items {
                do { out.append(try convertElement(item, element)) }
                catch { throw .cannotConvertNoMessage(p, error.message, range) }
            }
            result = .value(.array(out))
        default:
            if case let .array(a) = value {
                if case .enumeration = p.type, !a.isEmpty {
                    let joined = a.map { PSConvert.toString($0) }.joined(separator: ",")
                    do { result = .value(try PSConvert.convert(.string(joined), to: p.type)) }
                    catch { throw .cannotConvertNoMessage(p, error.message, range) }
                    break
                }
                throw .cannotConvert(p, from: "System.Object[]", reason: "Specified method is not supported.", range)
            }
            // A bare number bound to a string (or a type taking text) keeps the text as typed.
            let keepsText: Bool
            switch p.type {
            case .string, .named: keepsText = true
            default: keepsText = false
            }
            if keepsText, let text = literalText {
                result = .value(.string(text))
                break
            }
            do { result = .value(try PSConvert.convert(value, to: p.type)) }
            catch { throw .cannotConvertNoMessage(p, error.message, range) }
        }
        if mandatory {
            if case let .value(.string(s)) = result, s.isEmpty, !p.validations.contains(.allowEmptyString) { throw .emptyStringNotAllowed(p, range) }
            if case let .value(.array(a)) = result, a.isEmpty, !p.validations.contains(.allowEmptyCollection) { throw .emptyArrayNotAllowed(p, range) }
        }
        try validate(result, p, range: range)
        return result
    }

    private static func convertElement(_ v: PSValue, _ t: PSType) throws(PSConversionError) -> PSValue {
        if case .string = t, case .null = v { return .null }
        return try PSConvert.convert(v, to: t)
    }

    /// ValidateNotNullOrEmpty / ValidateRange / ValidateSet / ValidateLength, with PowerShell's texts.
    static func validate(_ c: Coerced, _ p: ParameterMetadata, range: SourceRange?) throws(BindingError) {
        guard case let .value(v) = c else { return }
        for rule in p.validations {
            switch rule {
            case .notNullOrEmpty:
                let bad: Bool
                switch v {
                case .null: bad = true
                case let .string(s): bad = s.isEmpty
                case let .array(a): bad = a.isEmpty || a.contains { v in if case let .string(s) = v { return s.isEmpty } else { return v.isNull } }
                default: bad = false
                }
                if bad { throw .argumentValidation(p, "The argument is null or empty. Provide an argument that is not null or empty, and then try the command again.", range) }
            case let .range(lo, hi):
                for item in v.asList {
                    let x: Double
                    switch item {
                    case let .int(i): x = Double(i)
                    case let .double(d): x = d
                    case .number: x = PSNumeric(item)?.doubleValue ?? 0
                    default: continue
                    }
                    let text = PSConvert.toString(item)
                    if x < Double(lo) { throw .argumentValidation(p, "The \(text) argument is less than the minimum allowed range of \(lo). Supply an argument that is greater than or equal to \(lo) and then try the command again.", range) }
                    if x > Double(hi) { throw .argumentValidation(p, "The \(text) argument is greater than the maximum allowed range of \(hi). Supply an argument that is less than or equal to \(hi) and then try the command again.", range) }
                }
            case .notNull:
                if v.isNull || v.asList.contains(where: \.isNull) {
                    throw .argumentValidation(p, "The argument is null. Provide a valid value for the argument, and then try running the command again.", range)
                }
            case .nonNegative:
                for item in v.asList {
                    let negative: Bool
                    switch item {
                    case let .int(i): negative = i < 0
                    case .number: negative = (PSNumeric(item)?.doubleValue ?? 0) < 0
                    case let .double(d): negative = d < 0
                    case let .timeSpan(t): negative = t.ticks < 0
                    default: negative = false
                    }
                    if negative {
                        throw .argumentValidation(p, "The argument \"\(PSConvert.toString(item))\" cannot be validated because its value is not greater than or equal to zero.", range)
                    }
                }
            case let .set(allowed):
                for item in v.asList {
                    let s = PSConvert.toString(item)
                    if !allowed.contains(where: { $0.equalsIgnoringCase(s) }) {
                        throw .argumentValidation(p, "The argument \"\(s)\" does not belong to the set \"\(allowed.joined(separator: ","))\" specified by the ValidateSet attribute. Supply an argument that is in the set and then try the command again.", range)
                    }
                }
            case .allowNull, .allowEmptyString, .allowEmptyCollection:
                continue
            case let .maxLength(n):
                for item in v.asList {
                    guard case let .string(s) = item else { continue }
                    if s.count > n {
                        throw .argumentValidation(p, "The character length of the \(s.count) argument is too long. Shorten the character length of the argument so it is fewer than or equal to \"\(n)\" characters, and then try the command again.", range)
                    }
                }
            }
        }
    }
}
