import CsCore
import CsLanguage
import Foundation

/// The static members of the .NET types scripts use most, as .NET defines them: the numeric types'
/// limits and Parse, [string], [char], [math], [convert], [enum], [array], [scriptblock]::Create, …
/// A failure throws PSMethodError (the inner exception the caller wraps in "Exception calling …").
enum KnownTypes {
    // MARK: Argument helpers

    static func arg(_ args: [PSValue], _ i: Int) -> PSValue { i < args.count ? args[i] : .null }
    static func text(_ args: [PSValue], _ i: Int) -> String { PSConvert.toString(arg(args, i)) }

    static func convertArgument(_ v: PSValue, _ t: PSType, _ name: String = "value") throws -> PSValue {
        do { return try PSConvert.convert(v, to: t) } catch {
            throw PSMethodError(error.message, exceptionType: "System.Management.Automation.PSInvalidCastException")
        }
    }

    static func double(_ args: [PSValue], _ i: Int) throws -> Double {
        guard case let .double(d) = try convertArgument(arg(args, i), .double) else { return 0 }
        return d
    }

    static func int(_ args: [PSValue], _ i: Int) throws -> Int {
        try convertArgument(arg(args, i), .int32).integerValue ?? 0
    }

    static func bool(_ args: [PSValue], _ i: Int) -> Bool { PSConvert.isTrue(arg(args, i)) }

    /// An integral double as PowerShell's numeric results keep it: Math.Round etc. return doubles.
    static func same(_ like: PSValue, _ d: Double) -> PSValue {
        switch like.numericType {
        case .some(.decimal): return PSDecimal(d).map { .number(.decimal($0)) } ?? .double(d)
        default: return .double(d)
        }
    }

    // MARK: Static properties

    static func staticProperty(_ t: DotNetType, _ name: String) -> PSValue? {
        let n = name.caseFoldedKey
        if case let .value(pt) = t.kind, let nt = pt.numericType {
            return numericProperty(nt, n)
        }
        switch (t.fullName, n) {
        case ("System.String", "empty"): return .string("")
        case ("System.Boolean", "truestring"): return .string("True")
        case ("System.Boolean", "falsestring"): return .string("False")
        case ("System.Math", "pi"): return .double(Double.pi)
        case ("System.Math", "e"): return .double(M_E)
        case ("System.Math", "tau"): return .double(2 * Double.pi)
        case ("System.Guid", "empty"): return .object(guid("00000000-0000-0000-0000-000000000000"))
        case ("System.Management.Automation.Internal.AutomationNull", "value"): return .null
        default: break
        }
        return ioProperty(t.fullName, n) ?? objectProperty(t.fullName, n)
    }

    static func numericProperty(_ t: PSNumericType, _ n: String) -> PSValue? {
        switch (t, n) {
        case (.double, "maxvalue"): return .double(.greatestFiniteMagnitude)
        case (.double, "minvalue"): return .double(-.greatestFiniteMagnitude)
        case (.double, "epsilon"): return .double(.leastNonzeroMagnitude)
        case (.double, "nan"): return .double(.nan)
        case (.double, "positiveinfinity"): return .double(.infinity)
        case (.double, "negativeinfinity"): return .double(-.infinity)
        case (.single, "maxvalue"): return .number(.single(.greatestFiniteMagnitude))
        case (.single, "minvalue"): return .number(.single(-.greatestFiniteMagnitude))
        case (.single, "epsilon"): return .number(.single(.leastNonzeroMagnitude))
        case (.single, "nan"): return .number(.single(.nan))
        case (.single, "positiveinfinity"): return .number(.single(.infinity))
        case (.single, "negativeinfinity"): return .number(.single(-.infinity))
        case (.decimal, "maxvalue"): return .number(.decimal(PSDecimal(PSDecimal.maxMantissa)))
        case (.decimal, "minvalue"): return .number(.decimal(PSDecimal(-PSDecimal.maxMantissa)))
        case (.decimal, "zero"): return .number(.decimal(PSDecimal(0)))
        case (.decimal, "one"): return .number(.decimal(PSDecimal(1)))
        case (.decimal, "minusone"): return .number(.decimal(PSDecimal(-1)))
        case (.bigInteger, "zero"): return .number(.bigInteger(PSBigInteger(0)))
        case (.bigInteger, "one"): return .number(.bigInteger(PSBigInteger(1)))
        case (.bigInteger, "minusone"): return .number(.bigInteger(PSBigInteger(-1)))
        case (_, "maxvalue") where t.isInteger && t != .bigInteger: return PSNumber.make(t, t.range.upperBound)
        case (_, "minvalue") where t.isInteger && t != .bigInteger: return PSNumber.make(t, t.range.lowerBound)
        default: return nil
        }
    }

    // MARK: Static methods

    static func staticMethod(_ t: DotNetType, _ name: String, _ args: [PSValue], _ interp: Interpreter, at range: SourceRange) throws -> PSValue? {
        let n = name.caseFoldedKey
        if case let .value(pt) = t.kind {
            if let nt = pt.numericType { return try numericMethod(nt, n, args) }
            if case let .enumeration(e) = pt { return try enumMethod(e, n, args) }
        }
        switch t.fullName {
        case "System.String": return try stringMethod(n, args, interp, at: range)
        case "System.Boolean":
            guard n == "parse" else { return nil }
            let s = text(args, 0).trimmingASCIISpaces()
            if s.equalsIgnoringCase("true") { return .bool(true) }
            if s.equalsIgnoringCase("false") { return .bool(false) }
            throw PSMethodError("String '\(s)' was not recognized as a valid Boolean.", exceptionType: "System.FormatException")
        case "System.Math": return try mathMethod(n, args)
        case "System.Convert": return try convertMethod(n, args)
        case "System.Enum":
            guard let type = args.first.flatMap(DotNetType.of), case let .value(.enumeration(e)) = type.kind else {
                if ["getnames", "getvalues", "parse", "isdefined", "getname", "toobject"].contains(n) {
                    throw PSMethodError("Type provided must be an Enum. (Parameter 'enumType')", exceptionType: "System.ArgumentException")
                }
                return nil
            }
            return try enumMethod(e, n, Array(args.dropFirst()))
        case "System.Array":
            switch n {
            case "empty": return .array([])
            case "indexof": return .int(arg(args, 0).asList.firstIndex { Comparison.equals($0, arg(args, 1), caseSensitive: true) } ?? -1)
            case "lastindexof": return .int(arg(args, 0).asList.lastIndex { Comparison.equals($0, arg(args, 1), caseSensitive: true) } ?? -1)
            case "exists": return nil
            default: return nil
            }
        case "System.Management.Automation.ScriptBlock":
            guard n == "create" else { return nil }
            return try interp.createScriptBlock(text(args, 0))
        case "System.Management.Automation.WildcardPattern":
            switch n {
            case "escape": return .string(WildcardPattern.escape(text(args, 0)))
            case "unescape": return .string(WildcardPattern.unescape(text(args, 0)))
            case "containswildcardcharacters": return .bool(WildcardPattern.containsWildcards(text(args, 0)))
            default: return nil
            }
        default:
            return try ioMethod(t.fullName, n, args, interp) ?? objectStaticMethod(t.fullName, n, args, interp)
        }
    }

    static func numericMethod(_ t: PSNumericType, _ n: String, _ args: [PSValue]) throws -> PSValue? {
        switch n {
        case "parse":
            let s = text(args, 0)
            do { return try PSConvert.convertNumber(.string(s), to: t) } catch {
                if case .fromValue(let inner) = error.kind, inner.hasPrefix("Value was") {
                    throw PSMethodError(inner, exceptionType: "System.OverflowException")
                }
                throw PSMethodError("The input string '\(s)' was not in a correct format.", exceptionType: "System.FormatException")
            }
        case "isnan": return .bool(try double(args, 0).isNaN)
        case "isinfinity": return .bool(try double(args, 0).isInfinite)
        case "ispositiveinfinity": let d = try double(args, 0); return .bool(d.isInfinite && d > 0)
        case "isnegativeinfinity": let d = try double(args, 0); return .bool(d.isInfinite && d < 0)
        case "isfinite": return .bool(try double(args, 0).isFinite)
        case "isdigit" where t == .char: return .bool(charTest(args) { $0.properties.numericType == .decimal })
        case "isletter" where t == .char: return .bool(charTest(args) { $0.properties.isAlphabetic })
        case "isletterordigit" where t == .char: return .bool(charTest(args) { $0.properties.isAlphabetic || $0.properties.numericType == .decimal })
        case "isupper" where t == .char: return .bool(charTest(args) { $0.properties.isUppercase })
        case "islower" where t == .char: return .bool(charTest(args) { $0.properties.isLowercase })
        case "iswhitespace" where t == .char: return .bool(charTest(args) { $0.properties.isWhitespace })
        case "ispunctuation" where t == .char: return .bool(charTest(args) { [.connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation, .finalPunctuation,
                                                                                                 .otherPunctuation].contains($0.properties.generalCategory) })
        case "toupper" where t == .char: return .char(Character(text(args, 0).uppercased()))
        case "tolower" where t == .char: return .char(Character(text(args, 0).lowercased()))
        case "convertfromutf32":
            guard let u = Unicode.Scalar(try int(args, 0)) else {
                throw PSMethodError("A valid UTF32 value is between 0x000000 and 0x10ffff, inclusive, and should not include surrogate codepoint values (0x00d800 ~ 0x00dfff). (Parameter 'utf32')",
                                    exceptionType: "System.ArgumentOutOfRangeException")
            }
            return .string(String(Character(u)))
        default: return nil
        }
    }

    private static func charTest(_ args: [PSValue], _ test: (Unicode.Scalar) -> Bool) -> Bool {
        let s = text(args, 0)
        guard let u = s.unicodeScalars.first else { return false }
        return test(u)
    }

    static func enumMethod(_ e: PSEnumType, _ n: String, _ args: [PSValue]) throws -> PSValue? {
        switch n {
        case "getnames": return .array(e.members.map { .string($0) })
        case "getvalues": return .array(e.members.indices.map { .enumValue(PSEnumValue(type: e, index: $0)) })
        case "parse", "tryparse":
            let ignoreCase = args.count > 1 ? bool(args, 1) : false
            let s = text(args, 0).trimmingASCIISpaces()
            if !ignoreCase, let i = e.members.firstIndex(of: s) { return .enumValue(PSEnumValue(type: e, index: i)) }
            if let n = Int(s) { return .enumValue(PSEnumValue(type: e, value: n)) }
            if case let .success(m) = e.parse(s, allowPrefix: false), ignoreCase || s.split(separator: ",").allSatisfy({ part in
                e.members.contains(part.trimmingCharacters(in: .whitespaces)) }) {
                return .enumValue(m)
            }
            throw PSMethodError("Requested value '\(s)' was not found.", exceptionType: "System.ArgumentException")
        case "isdefined":
            let v = arg(args, 0)
            if case let .string(s) = v { return .bool(e.members.contains(s)) }
            if case let .enumValue(x) = v { return .bool(e.values.contains(x.value)) }
            return .bool(v.integerValue.map { e.values.contains($0) } ?? false)
        case "getname":
            let v = arg(args, 0)
            let value = { if case let .enumValue(x) = v { return x.value }; return v.integerValue ?? -1 }()
            return e.values.firstIndex(of: value).map { .string(e.members[$0]) } ?? .null
        case "toobject":
            let v = arg(args, 0)
            if case let .enumValue(x) = v { return .enumValue(PSEnumValue(type: e, value: x.value)) }
            return .enumValue(PSEnumValue(type: e, value: try int(args, 0)))
        default: return nil
        }
    }

    static func stringMethod(_ n: String, _ args: [PSValue], _ interp: Interpreter, at range: SourceRange) throws -> PSValue? {
        switch n {
        case "isnullorempty": return .bool(PSConvert.toString(arg(args, 0)).isEmpty)
        case "isnullorwhitespace": return .bool(PSConvert.toString(arg(args, 0)).trimmingCharacters(in: .whitespacesAndNewlines).isEmpty)
        case "join":
            let sep = text(args, 0)
            let items = args.count == 2 ? args[1].asList : Array(args.dropFirst())
            return .string(try interp.join(items.map { PSConvert.toString($0) }, separator: sep, at: range))
        case "concat":
            return .string(try interp.join(args.flatMap { $0.asList }.map { PSConvert.toString($0) }, separator: "", at: range))
        case "format":
            let items = args.count == 2 ? args[1].asList : Array(args.dropFirst())
            return .string(try CompositeFormat.format(text(args, 0), items, at: range, interp))
        case "compare":
            let ignoreCase = args.count > 2 && bool(args, 2)
            return .int(Comparison.compareStrings(text(args, 0), text(args, 1), !ignoreCase))
        case "compareordinal":
            let a = Array(text(args, 0).utf16), b = Array(text(args, 1).utf16)
            return .int(a == b ? 0 : (a.lexicographicallyPrecedes(b) ? -1 : 1))
        case "equals":
            return .bool(text(args, 0) == text(args, 1))
        case "new":
            if args.count == 2 {
                let c = text(args, 0)
                return .string(String(repeating: c, count: max(0, try int(args, 1))))
            }
            return .string(arg(args, 0).asList.map { PSConvert.toString($0) }.joined())
        default: return nil
        }
    }

    static func mathMethod(_ n: String, _ args: [PSValue]) throws -> PSValue? {
        let a = arg(args, 0)
        func isInt(_ v: PSValue) -> Bool { if case .int = v { return true }; return false }
        switch n {
        case "abs":
            if case let .int(i) = a, i != Int.min { return .int(abs(i)) }
            if case let .decimal(d)? = PSNumeric(a) { return .number(.decimal(PSDecimal(mantissa: abs(d.mantissa), scale: d.scale))) }
            if let nt = a.numericType, nt.isInteger, case let .integer(i, _)? = PSNumeric(a) { return PSNumber.make(nt, abs(i)) ?? .double(Double(abs(i))) }
            return .double(abs(try double(args, 0)))
        case "max", "min":
            let b = arg(args, 1)
            if isInt(a) && isInt(b), let x = a.integerValue, let y = b.integerValue { return .int(n == "max" ? max(x, y) : min(x, y)) }
            if let x = PSNumeric(a), let y = PSNumeric(b), x.type == y.type, x.type != .double {
                let c = PSNumeric.compare(x, y) ?? 0
                return (n == "max") == (c >= 0) ? a : b
            }
            let x = try double(args, 0), y = try double(args, 1)
            return .double(n == "max" ? max(x, y) : min(x, y))
        case "round":
            var digits = 0
            var away = false
            if args.count > 1 {
                if case let .enumValue(e) = args[1] { away = e.name == "AwayFromZero" }
                else if case .string(let s) = args[1], s.equalsIgnoringCase("AwayFromZero") { away = true }
                else { digits = try int(args, 1) }
            }
            if args.count > 2 {
                if case let .enumValue(e) = args[2] { away = e.name == "AwayFromZero" } else { away = text(args, 2).equalsIgnoringCase("AwayFromZero") }
            }
            guard digits >= 0 && digits <= 15 else {
                throw PSMethodError("Rounding digits must be between 0 and 15, inclusive. (Parameter 'digits')", exceptionType: "System.ArgumentOutOfRangeException")
            }
            if case let .decimal(d)? = PSNumeric(a) {
                var m = d.mantissa, s = d.scale
                while s > digits { m = away ? (m + (m < 0 ? -5 : 5)) / 10 : PSDecimal.divideRounding(m, 10); s -= 1 }
                return .number(.decimal(PSDecimal(mantissa: m, scale: s)))
            }
            let p = pow(10.0, Double(digits))
            let x = try double(args, 0) * p
            return .double((away ? x.rounded(.toNearestOrAwayFromZero) : x.rounded(.toNearestOrEven)) / p)
        case "floor": return same(a, (try double(args, 0)).rounded(.down))
        case "ceiling": return same(a, (try double(args, 0)).rounded(.up))
        case "truncate": return same(a, (try double(args, 0)).rounded(.towardZero))
        case "pow": return .double(pow(try double(args, 0), try double(args, 1)))
        case "sqrt": return .double((try double(args, 0)).squareRoot())
        case "cbrt": return .double(cbrt(try double(args, 0)))
        case "exp": return .double(exp(try double(args, 0)))
        case "log":
            if args.count > 1 { return .double(log(try double(args, 0)) / log(try double(args, 1))) }
            return .double(log(try double(args, 0)))
        case "log10": return .double(log10(try double(args, 0)))
        case "log2": return .double(log2(try double(args, 0)))
        case "sin": return .double(sin(try double(args, 0)))
        case "cos": return .double(cos(try double(args, 0)))
        case "tan": return .double(tan(try double(args, 0)))
        case "asin": return .double(asin(try double(args, 0)))
        case "acos": return .double(acos(try double(args, 0)))
        case "atan": return .double(atan(try double(args, 0)))
        case "atan2": return .double(atan2(try double(args, 0), try double(args, 1)))
        case "sinh": return .double(sinh(try double(args, 0)))
        case "cosh": return .double(cosh(try double(args, 0)))
        case "tanh": return .double(tanh(try double(args, 0)))
        case "sign":
            let d = try double(args, 0)
            if d.isNaN { throw PSMethodError("Function does not accept floating point Not-a-Number values.", exceptionType: "System.ArithmeticException") }
            return .int(d > 0 ? 1 : (d < 0 ? -1 : 0))
        case "clamp":
            let x = try double(args, 0), lo = try double(args, 1), hi = try double(args, 2)
            if isInt(a) { return .int(Int(min(max(x, lo), hi))) }
            return .double(min(max(x, lo), hi))
        case "bigmul": return .int(try int(args, 0) * int(args, 1))
        default: return nil
        }
    }

    static func convertMethod(_ n: String, _ args: [PSValue]) throws -> PSValue? {
        let targets: [String: PSNumericType] = [
            "toint32": .int32, "toint64": .int64, "toint16": .int16, "tobyte": .byte, "tosbyte": .sbyte, "touint16": .uint16,
            "touint32": .uint32, "touint64": .uint64, "todouble": .double, "tosingle": .single, "todecimal": .decimal, "tochar": .char,
        ]
        if let t = targets[n] {
            if args.count == 2, t.isInteger {
                // Convert.ToInt32("ff", 16): text in base 2, 8, 10 or 16.
                let radix = try int(args, 1)
                guard [2, 8, 10, 16].contains(radix) else { throw PSMethodError("Invalid Base. (Parameter 'fromBase')", exceptionType: "System.ArgumentException") }
                var s = text(args, 0)
                if radix == 16, s.lowercased().hasPrefix("0x") { s = String(s.dropFirst(2)) }
                guard let u = UInt64(s, radix: radix) else {
                    throw PSMethodError("Could not find any recognizable digits.", exceptionType: "System.FormatException")
                }
                let bits = t == .byte || t == .sbyte ? 8 : (t == .int16 || t == .uint16 ? 16 : (t == .int32 || t == .uint32 ? 32 : 64))
                let value = t.isSigned ? PSArithmetic.wrapped(Int128(u), t == .sbyte ? .sbyte : (bits == 16 ? .int16 : (bits == 32 ? .int32 : .int64)))
                                       : Int128(u)
                guard let r = PSNumber.make(t, value) else { throw PSMethodError(t.overflowMessage, exceptionType: "System.OverflowException") }
                return r
            }
            let v = arg(args, 0)
            if case let .string(s) = v, t.isInteger, t != .char, Int(s.trimmingASCIISpaces()) == nil, PSConvert.parseNumber(s) == nil {
                throw PSMethodError("The input string '\(s)' was not in a correct format.", exceptionType: "System.FormatException")
            }
            do { return try PSConvert.convertNumber(v, to: t) } catch {
                throw PSMethodError(t.overflowMessage, exceptionType: "System.OverflowException")
            }
        }
        switch n {
        case "toboolean": return .bool(PSConvert.isTrue(try convertArgument(arg(args, 0), .bool)))
        case "tostring":
            if args.count == 2, let v = arg(args, 0).integerValue {
                let radix = try int(args, 1)
                guard [2, 8, 10, 16].contains(radix) else { throw PSMethodError("Invalid Base. (Parameter 'toBase')", exceptionType: "System.ArgumentException") }
                if radix == 10 { return .string(String(v)) }
                let width = arg(args, 0).numericType == .int64 ? 64 : 32
                let u = width == 64 ? UInt64(bitPattern: Int64(v)) : UInt64(UInt32(truncatingIfNeeded: v))
                return .string(String(u, radix: radix))
            }
            return .string(PSConvert.toString(arg(args, 0)))
        case "tobase64string":
            return .string(Data(try bytes(arg(args, 0))).base64EncodedString())
        case "frombase64string":
            guard let d = Data(base64Encoded: text(args, 0)) else {
                throw PSMethodError("The input is not a valid Base-64 string as it contains a non-base 64 character, more than two padding characters, or an illegal character among the padding characters.",
                                    exceptionType: "System.FormatException")
            }
            return .array(d.map { .number(.byte($0)) })
        case "tohexstring":
            return .string(try bytes(arg(args, 0)).map { String(format: "%02X", $0) }.joined())
        case "fromhexstring":
            let s = Array(text(args, 0).utf8)
            guard s.count % 2 == 0 else {
                throw PSMethodError("The input is not a valid hex string as its length is not a multiple of 2. (Parameter 's')", exceptionType: "System.FormatException")
            }
            var out: [PSValue] = []
            var i = 0
            while i < s.count {
                guard let b = UInt8(String(decoding: s[i..<(i + 2)], as: UTF8.self), radix: 16) else {
                    throw PSMethodError("The input is not a valid hex string as it contains a non-hex character.", exceptionType: "System.FormatException")
                }
                out.append(.number(.byte(b)))
                i += 2
            }
            return .array(out)
        default: return nil
        }
    }

    /// A byte[] argument: numbers converted to bytes.
    static func bytes(_ v: PSValue) throws -> [UInt8] {
        try v.asList.map { x in
            guard case let .number(.byte(b)) = try convertArgument(x, .numeric(.byte)) else { return 0 }
            return b
        }
    }
}
