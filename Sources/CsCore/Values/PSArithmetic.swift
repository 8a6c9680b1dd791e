// PowerShell's arithmetic on numbers (NumericOps and the binder's choice of operation type): the
// operation runs in the wider of the two types, integers no smaller than Int32; an integer result
// outside that type's range becomes a Double; Decimal overflows are errors.

public enum PSArithmeticOperator: Sendable {
    case add, subtract, multiply, divide, remainder
}

public enum PSBitwiseOperator: Sendable {
    case and, or, xor
}

/// Why an operation on numbers failed; `message` is .NET's.
public enum PSArithmeticError: Error, Equatable, Sendable {
    case divideByZero
    case overflow(PSNumericType)
    /// A Double outside every integer type given to a bitwise operator.
    case invalidBitwiseOperand(String)

    public var message: String {
        switch self {
        case .divideByZero: return "Attempted to divide by zero."
        case let .overflow(t): return t.overflowMessage
        case let .invalidBitwiseOperand(text): return "Cannot convert value \"\(text)\" to type \"System.UInt64\"."
        }
    }
}

public enum PSArithmetic {
    /// `a op b` for two numbers.
    public static func apply(_ op: PSArithmeticOperator, _ a: PSNumeric, _ b: PSNumeric) throws(PSArithmeticError) -> PSValue {
        let opType = max(a.type, b.type)
        if opType == .bigInteger {
            return try big(op, a, b)
        }
        switch opType {
        case .single, .double:
            return .double(floating(op, a.doubleValue, b.doubleValue))
        case .decimal:
            guard let x = a.decimalValue, let y = b.decimalValue else { return .double(floating(op, a.doubleValue, b.doubleValue)) }
            return try decimal(op, x, y)
        default:
            guard case let .integer(x, lt) = a, case let .integer(y, rt) = b else { return .double(floating(op, a.doubleValue, b.doubleValue)) }
            var type = opType < .int32 ? PSNumericType.int32 : opType
            // A negative signed operand with an unsigned one: UInt32 widens to Int64, UInt64 to Decimal.
            if (x < 0 && lt.isSigned) || (y < 0 && rt.isSigned) {
                if type == .uint32 { type = .int64 }
                if type == .uint64 {
                    let r = try? decimal(op, PSDecimal(x), PSDecimal(y))
                    return r ?? .double(floating(op, Double(x), Double(y)))
                }
            }
            return try integer(op, x, y, type)
        }
    }

    static func floating(_ op: PSArithmeticOperator, _ x: Double, _ y: Double) -> Double {
        switch op {
        case .add: return x + y
        case .subtract: return x - y
        case .multiply: return x * y
        case .divide: return x / y
        case .remainder: return x.truncatingRemainder(dividingBy: y)
        }
    }

    /// Integer operations: the exact result in `type` when it fits, otherwise a Double.
    static func integer(_ op: PSArithmeticOperator, _ x: Int128, _ y: Int128, _ type: PSNumericType) throws(PSArithmeticError) -> PSValue {
        let exact: Int128?
        switch op {
        case .add: let (v, o) = x.addingReportingOverflow(y); exact = o ? nil : v
        case .subtract: let (v, o) = x.subtractingReportingOverflow(y); exact = o ? nil : v
        case .multiply: let (v, o) = x.multipliedReportingOverflow(by: y); exact = o ? nil : v
        case .divide:
            if y == 0 { throw .divideByZero }
            exact = x % y == 0 ? x / y : nil
        case .remainder:
            if y == 0 { throw .divideByZero }
            exact = x % y
        }
        if let e = exact, let v = PSNumber.make(type, e) { return v }
        return .double(floating(op, Double(x), Double(y)))
    }

    static func decimal(_ op: PSArithmeticOperator, _ x: PSDecimal, _ y: PSDecimal) throws(PSArithmeticError) -> PSValue {
        let r: PSDecimal?
        switch op {
        case .add: r = PSDecimal.add(x, y)
        case .subtract: r = PSDecimal.subtract(x, y)
        case .multiply: r = PSDecimal.multiply(x, y)
        case .divide:
            if y.isZero { throw .divideByZero }
            r = PSDecimal.divide(x, y)
        case .remainder:
            if y.isZero { throw .divideByZero }
            r = PSDecimal.remainder(x, y)
        }
        guard let r else { throw .overflow(.decimal) }
        return .number(.decimal(r))
    }

    /// BigInteger arithmetic (division truncates, as BigInteger.Divide does).
    static func big(_ op: PSArithmeticOperator, _ a: PSNumeric, _ b: PSNumeric) throws(PSArithmeticError) -> PSValue {
        guard let x = a.roundedInteger, let y = b.roundedInteger else { throw .overflow(.bigInteger) }
        let r: Int128
        let o: Bool
        switch op {
        case .add: (r, o) = x.addingReportingOverflow(y)
        case .subtract: (r, o) = x.subtractingReportingOverflow(y)
        case .multiply: (r, o) = x.multipliedReportingOverflow(by: y)
        case .divide:
            if y == 0 { throw .divideByZero }
            (r, o) = x.dividedReportingOverflow(by: y)
        case .remainder:
            if y == 0 { throw .divideByZero }
            (r, o) = x.remainderReportingOverflow(dividingBy: y)
        }
        if o { throw .overflow(.bigInteger) }
        return .number(.bigInteger(PSBigInteger(r)))
    }

    // MARK: Bitwise

    /// The integer type a bitwise operation runs in: at least Int32, the wider operand's otherwise.
    static func bitwiseType(_ t: PSNumericType) -> PSNumericType {
        switch t {
        case .uint32, .int64, .uint64, .bigInteger: return t
        default: return .int32
        }
    }

    /// A Double given to a bitwise operator: the smallest of Int32, UInt32, Int64, UInt64 holding it.
    static func integerForBitwise(_ n: PSNumeric) throws(PSArithmeticError) -> (Int128, PSNumericType) {
        switch n {
        case let .integer(i, t): return (i, t)
        default:
            guard let i = n.roundedInteger else { throw .invalidBitwiseOperand(PSConvert.formatDouble(n.doubleValue)) }
            for t in [PSNumericType.int32, .uint32, .int64, .uint64] where t.range.contains(i) { return (i, t) }
            throw .invalidBitwiseOperand(PSConvert.formatDouble(n.doubleValue))
        }
    }

    /// `a -band b`, `-bor`, `-bxor`.
    public static func bitwise(_ op: PSBitwiseOperator, _ a: PSNumeric, _ b: PSNumeric) throws(PSArithmeticError) -> PSValue {
        let (x, lt) = try integerForBitwise(a)
        let (y, rt) = try integerForBitwise(b)
        let type = bitwiseType(max(lt, rt))
        let r: Int128
        switch op {
        case .and: r = x & y
        case .or: r = x | y
        case .xor: r = x ^ y
        }
        return PSNumber.make(type, wrapped(r, type)) ?? .null
    }

    /// `-bnot a`: types narrower than Int32 become Int32 first.
    public static func bnot(_ a: PSNumeric) throws(PSArithmeticError) -> PSValue {
        let (x, t) = try integerForBitwise(a)
        let type = bitwiseType(t)
        return PSNumber.make(type, wrapped(~x, type)) ?? .null
    }

    /// `a -shl n` / `a -shr n`: the shift count masked to the type's width, as .NET does.
    public static func shift(left: Bool, _ a: PSNumeric, _ count: Int) throws(PSArithmeticError) -> PSValue {
        let (x, t) = try integerForBitwise(a)
        let type = bitwiseType(t)
        let width = (type == .int64 || type == .uint64) ? 64 : (type == .bigInteger ? 127 : 32)
        let n = type == .bigInteger ? min(max(count, 0), 126) : count & (width - 1)
        let r = left ? x << n : x >> n
        return PSNumber.make(type, wrapped(r, type)) ?? .null
    }

    /// A two's complement result brought back into the type's range (the bits the type keeps).
    public static func wrapped(_ v: Int128, _ type: PSNumericType) -> Int128 {
        let bits: Int
        switch type {
        case .sbyte, .byte: bits = 8
        case .int16, .uint16, .char: bits = 16
        case .int32, .uint32: bits = 32
        case .int64, .uint64: bits = 64
        default: return v
        }
        let mask = (Int128(1) << bits) - 1
        var u = v & mask
        if type.isSigned && u >= (Int128(1) << (bits - 1)) { u -= Int128(1) << bits }
        return u
    }
}
