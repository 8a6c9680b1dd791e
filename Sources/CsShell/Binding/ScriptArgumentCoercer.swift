import CsCore
import CsLanguage
import Foundation

/// Binds one argument to a script parameter the way PowerShell binds script parameters: the type
/// constraint converts it first (ArgumentTypeConverterAttribute, a cast's rules; a failure is
/// ParameterArgumentTransformationError), then a mandatory parameter refuses null and empty values,
/// then the Validate* attributes run, each on every element of a collection.
struct ScriptArgumentCoercer {
    let parameters: [ScriptParameter]
    let isAdvanced: Bool
    /// `$OFS`, for an array converted to a simple function's [string] parameter.
    let ofs: String
    /// Runs a ValidateScript block with `$_` set to the value; true when it returns true.
    let runValidationScript: (ScriptBlock, PSValue) throws -> Bool

    func coerce(_ value: PSValue, _ pi: Int, to p: ParameterMetadata, mandatory: Bool, literalText: String?,
                range: SourceRange?) throws(BindingError) -> ArgumentCoercer.Coerced {
        let sp = parameters[pi]
        let v = try transform(value, sp, p, literalText: literalText, range: range)
        if mandatory {
            switch v {
            case .null where !p.validations.contains(.allowNull): throw .nullNotAllowed(p, range)
            case let .string(s) where s.isEmpty && !p.validations.contains(.allowEmptyString): throw .emptyStringNotAllowed(p, range)
            case let .array(a) where a.isEmpty && !p.validations.contains(.allowEmptyCollection): throw .emptyArrayNotAllowed(p, range)
            default: break
            }
        }
        try ArgumentCoercer.validate(.value(v), p, range: range)
        for rule in sp.validations { try validate(v, rule, p, range: range) }
        return .value(v)
    }

    /// The type constraint's conversion, with the binder's extra rules for Booleans and strings.
    private func transform(_ value: PSValue, _ sp: ScriptParameter, _ p: ParameterMetadata, literalText: String?,
                           range: SourceRange?) throws(BindingError) -> PSValue {
        guard let type = sp.type else { return value }
        // A bare number given to a [string] parameter keeps the text as typed (`-Value 34uy`).
        if let text = literalText, p.type == .string { return .string(text) }
        if sp.booleanElement {
            if p.type.isArray {
                if isAdvanced { for item in value.asList { try checkBoolean(item, p, range) } }
            } else {
                try checkBoolean(value, p, range)
            }
        }
        if isAdvanced, p.type == .string, case .array = value {
            throw .argumentTransformation(p, "Cannot convert value to type System.String.", range)
        }
        if value.isNull {
            // $null converts to the type's empty value, as a cast does.
            switch p.type {
            case .string: return .string("")
            case .int32, .int64, .uint32: return .int(0)
            case .double: return .double(0)
            case .switchParameter: return .bool(false)
            default: break
            }
        }
        do {
            return try type.convert(value, ofs: ofs)
        } catch {
            throw .argumentTransformation(p, error.message, range)
        }
    }

    /// [bool] and [switch] take only Booleans and numbers (and $null for a switch).
    private func checkBoolean(_ v: PSValue, _ p: ParameterMetadata, _ range: SourceRange?) throws(BindingError) {
        let target = (p.type.elementType ?? p.type).fullName
        switch v {
        case .bool, .int, .double: return
        case .null:
            if p.type == .switchParameter || p.type.elementType == .switchParameter { return }
            throw .argumentTransformation(p, "Cannot convert value \"\" to type \"\(target)\". Boolean parameters accept only Boolean values and numbers, such as $True, $False, 1 or 0.", range)
        default:
            let from = v.typeName ?? "System.Object"
            throw .argumentTransformation(p, "Cannot convert value \"\(from)\" to type \"\(target)\". Boolean parameters accept only Boolean values and numbers, such as $True, $False, 1 or 0.", range)
        }
    }

    // MARK: Validation

    private func validate(_ v: PSValue, _ rule: ScriptValidation, _ p: ParameterMetadata, range: SourceRange?) throws(BindingError) {
        func fail(_ detail: String) -> BindingError { .argumentValidation(p, detail, range) }
        switch rule {
        case let .count(lo, hi):
            let n = v.isNull ? 0 : v.asList.count
            if n < lo || n > hi {
                throw fail(lo == hi ? "The parameter requires exactly \(lo) value(s) - \(n) value(s) were provided."
                                    : "The parameter requires at least \(lo) value(s) and no more than \(hi) value(s) - \(n) value(s) were provided.")
            }
            return
        case .notNullOrWhiteSpace:
            let items = v.asList
            if v.isNull || items.isEmpty { throw fail("The argument is null, empty, or consists of only white-space characters. Provide an argument that contains non white-space characters, and then try the command again.") }
            for item in items where item.isNull || PSConvert.toString(item).allSatisfy(\.isWhitespace) {
                throw fail(items.count == 1 && !isCollection(v)
                           ? "The argument is null, empty, or consists of only white-space characters. Provide an argument that contains non white-space characters, and then try the command again."
                           : "An element of the argument collection is null, empty, or consists of only white-space characters. Supply a collection that does not contain any those values and then try the command again.")
            }
            return
        default:
            break
        }
        // The rest validate each element (ValidateEnumeratedArgumentsAttribute); $null is an error.
        if v.isNull {
            throw fail("The argument is null, empty, or an element of the argument collection contains a null value. Supply a collection that does not contain any null values and then try the command again.")
        }
        for item in v.asList { try validateElement(item, rule, fail) }
    }

    private func isCollection(_ v: PSValue) -> Bool { if case .array = v { return true } else { return false } }

    private func validateElement(_ item: PSValue, _ rule: ScriptValidation, _ fail: (String) -> BindingError) throws(BindingError) {
        let text = PSConvert.toString(item)
        switch rule {
        case let .pattern(pattern, ignoreCase, message):
            let re: NSRegularExpression
            do { re = try NSRegularExpression(pattern: pattern, options: ignoreCase ? [.caseInsensitive] : []) } catch {
                throw fail("The argument \"\(text)\" does not match the \"\(pattern)\" pattern. Supply an argument that matches \"\(pattern)\" and try the command again.")
            }
            if re.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) == nil {
                throw fail(message.map { Self.format($0, text, pattern) }
                           ?? "The argument \"\(text)\" does not match the \"\(pattern)\" pattern. Supply an argument that matches \"\(pattern)\" and try the command again.")
            }
        case let .script(block, message):
            let ok: Bool
            do { ok = try runValidationScript(block, item) } catch { throw fail(error.message) }
            if !ok {
                throw fail(message.map { Self.format($0, text, block.text) }
                           ?? "The \"\(block.text)\" validation script for the argument with value \"\(text)\" did not return a result of True. Determine why the validation script failed, and then try the command again.")
            }
        case let .length(lo, hi):
            let n = text.count
            if n < lo { throw fail("The character length (\(n)) of the argument is too short. Specify an argument with a length that is greater than or equal to \"\(lo)\", and then try the command again.") }
            if n > hi { throw fail("The character length (\(n)) of the argument is too long. Specify an argument with a length that is shorter than or equal to \"\(hi)\", and then try the command again.") }
        case let .set(values, ignoreCase, message):
            let found = values.contains { ignoreCase ? $0.equalsIgnoringCase(text) : $0 == text }
            if !found {
                let list = values.joined(separator: ",")
                throw fail(message.map { Self.format($0, text, list) }
                           ?? "The argument \"\(text)\" does not belong to the set \"\(list)\" specified by the ValidateSet attribute. Supply an argument that is in the set and then try the command again.")
            }
        case let .range(lo, hi):
            if let lo, let c = Comparison.compare(item, lo, caseSensitive: false), c < 0 {
                throw fail("The \(text) argument is less than the minimum allowed range of \(PSConvert.toString(lo)). Supply an argument that is greater than or equal to \(PSConvert.toString(lo)) and then try the command again.")
            }
            if let hi, let c = Comparison.compare(item, hi, caseSensitive: false), c > 0 {
                throw fail("The \(text) argument is greater than the maximum allowed range of \(PSConvert.toString(hi)). Supply an argument that is less than or equal to \(PSConvert.toString(hi)) and then try the command again.")
            }
        case let .rangeKind(kind):
            guard let n = PSConvert.toNumber(item) else { return }
            let x: Double
            switch n {
            case let .int(i): x = Double(i)
            case let .double(d): x = d
            default: return
            }
            switch kind.lowercased() {
            case "positive" where x <= 0: throw fail("The argument \"\(text)\" cannot be validated because its value is not greater than zero.")
            case "nonnegative" where x < 0: throw fail("The argument \"\(text)\" cannot be validated because its value is not greater than or equal to zero.")
            case "negative" where x >= 0: throw fail("The argument \"\(text)\" cannot be validated because its value is not less than zero.")
            case "nonpositive" where x > 0: throw fail("The argument \"\(text)\" cannot be validated because its value is not less than or equal to zero.")
            default: return
            }
        case .count, .notNullOrWhiteSpace:
            return
        }
    }

    /// An attribute's ErrorMessage with `{0}` (the value) and `{1}` (the pattern, script or set) filled in.
    static func format(_ template: String, _ value: String, _ detail: String) -> String {
        template.replacingOccurrences(of: "{0}", with: value).replacingOccurrences(of: "{1}", with: detail)
    }
}
