import CsCore
import CsLanguage

/// Numeric literals as values: the parser's NumberValue in the value model's numeric types.
enum NumberLiterals {
    static func value(_ n: NumberValue) -> PSValue? {
        switch n {
        case let .int(i): return .int(i)
        case let .double(d): return .double(d)
        case let .typed(v, t): return PSNumber.make(type(t), v)
        case let .decimal(text, multiplier):
            guard let d = PSDecimal.parse(text) else { return nil }
            if multiplier == 1 { return .number(.decimal(d)) }
            return PSDecimal.multiply(d, PSDecimal(Int128(multiplier))).map { .number(.decimal($0)) }
        }
    }

    static func type(_ t: NumberLiteralType) -> PSNumericType {
        switch t {
        case .sbyte: return .sbyte
        case .byte: return .byte
        case .int16: return .int16
        case .uint16: return .uint16
        case .int32: return .int32
        case .uint32: return .uint32
        case .int64: return .int64
        case .uint64: return .uint64
        case .bigInteger: return .bigInteger
        }
    }

    /// Lets text converted to a number use the literal syntax (`[int]'1kb'`, `'100y' -as [int]`).
    static let installed: Void = {
        PSConvert.literalNumberParser = { NumberLiteral.parse($0).flatMap(value) }
    }()
}
