import Testing

/// BNotOperator.Tests.ps1 restated (Language/Operators): `-bnot` on each integral type's extremes. The
/// result is an Int32 for the types narrower than 32 bits (byte and UInt16 are widened first, so
/// their bits are not simply flipped), else the operand's type.
enum BNotOperatorCases {
    static let file = "BNotOperator.Tests.ps1"
    /// Upstream's Context variables for one type.
    static func setup(_ t: String) -> String {
        "$baseType = [\(t)]; $max = $baseType::MaxValue; $maxMinus1 = $max - 1; $min = $baseType::MinValue; $minPlus1 = $min + 1; "
    }
    static let all: [PesterCase] = [
        PesterCase(file, "bnot on integral types: [sbyte] max - 1", setup("sbyte") + "$res = -bnot $maxMinus1; $res -eq $minPlus1 -and $res -is [int]", .isTrue),
        PesterCase(file, "bnot on integral types: [sbyte] min + 1", setup("sbyte") + "$res = -bnot $minPlus1; $res -eq $maxMinus1 -and $res -is [int]", .isTrue),
        PesterCase(file, "bnot on integral types: [sbyte] max", setup("sbyte") + "$res = -bnot $max; $res -eq $min -and $res -is [int]", .isTrue),
        PesterCase(file, "bnot on integral types: [sbyte] min", setup("sbyte") + "$res = -bnot $min; $res -eq $max -and $res -is [int]", .isTrue),
        PesterCase(file, "bnot on integral types: [byte] max - 1", setup("byte") + "$res = -bnot $maxMinus1; $res -eq (-bnot [int]$maxMinus1) -and $res -is [int]", .isTrue),
        PesterCase(file, "bnot on integral types: [byte] min + 1", setup("byte") + "$res = -bnot $minPlus1; $res -eq (-bnot [int]$minPlus1) -and $res -is [int]", .isTrue),
        PesterCase(file, "bnot on integral types: [byte] max", setup("byte") + "$res = -bnot $max; $res -eq (-bnot [int]$max) -and $res -is [int]", .isTrue),
        PesterCase(file, "bnot on integral types: [byte] min", setup("byte") + "$res = -bnot $min; $res -eq (-bnot [int]$min) -and $res -is [int]", .isTrue),
        PesterCase(file, "bnot on integral types: [int16] max - 1", setup("int16") + "$res = -bnot $maxMinus1; $res -eq $minPlus1 -and $res -is [int]", .isTrue),
        PesterCase(file, "bnot on integral types: [int16] min + 1", setup("int16") + "$res = -bnot $minPlus1; $res -eq $maxMinus1 -and $res -is [int]", .isTrue),
        PesterCase(file, "bnot on integral types: [int16] max", setup("int16") + "$res = -bnot $max; $res -eq $min -and $res -is [int]", .isTrue),
        PesterCase(file, "bnot on integral types: [int16] min", setup("int16") + "$res = -bnot $min; $res -eq $max -and $res -is [int]", .isTrue),
        PesterCase(file, "bnot on integral types: [uint16] max - 1", setup("uint16") + "$res = -bnot $maxMinus1; $res -eq (-bnot [int]$maxMinus1) -and $res -is [int]", .isTrue),
        PesterCase(file, "bnot on integral types: [uint16] min + 1", setup("uint16") + "$res = -bnot $minPlus1; $res -eq (-bnot [int]$minPlus1) -and $res -is [int]", .isTrue),
        PesterCase(file, "bnot on integral types: [uint16] max", setup("uint16") + "$res = -bnot $max; $res -eq (-bnot [int]$max) -and $res -is [int]", .isTrue),
        PesterCase(file, "bnot on integral types: [uint16] min", setup("uint16") + "$res = -bnot $min; $res -eq (-bnot [int]$min) -and $res -is [int]", .isTrue),
        PesterCase(file, "bnot on integral types: [int32] max - 1", setup("int32") + "$res = -bnot $maxMinus1; $res -eq $minPlus1 -and $res -is [int32]", .isTrue),
        PesterCase(file, "bnot on integral types: [int32] min + 1", setup("int32") + "$res = -bnot $minPlus1; $res -eq $maxMinus1 -and $res -is [int32]", .isTrue),
        PesterCase(file, "bnot on integral types: [int32] max", setup("int32") + "$res = -bnot $max; $res -eq $min -and $res -is [int32]", .isTrue),
        PesterCase(file, "bnot on integral types: [int32] min", setup("int32") + "$res = -bnot $min; $res -eq $max -and $res -is [int32]", .isTrue),
        PesterCase(file, "bnot on integral types: [uint32] max - 1", setup("uint32") + "$res = -bnot $maxMinus1; $res -eq $minPlus1 -and $res -is [uint32]", .isTrue),
        PesterCase(file, "bnot on integral types: [uint32] min + 1", setup("uint32") + "$res = -bnot $minPlus1; $res -eq $maxMinus1 -and $res -is [uint32]", .isTrue),
        PesterCase(file, "bnot on integral types: [uint32] max", setup("uint32") + "$res = -bnot $max; $res -eq $min -and $res -is [uint32]", .isTrue),
        PesterCase(file, "bnot on integral types: [uint32] min", setup("uint32") + "$res = -bnot $min; $res -eq $max -and $res -is [uint32]", .isTrue),
        PesterCase(file, "bnot on integral types: [int64] max - 1", setup("int64") + "$res = -bnot $maxMinus1; $res -eq $minPlus1 -and $res -is [int64]", .isTrue),
        PesterCase(file, "bnot on integral types: [int64] min + 1", setup("int64") + "$res = -bnot $minPlus1; $res -eq $maxMinus1 -and $res -is [int64]", .isTrue),
        PesterCase(file, "bnot on integral types: [int64] max", setup("int64") + "$res = -bnot $max; $res -eq $min -and $res -is [int64]", .isTrue),
        PesterCase(file, "bnot on integral types: [int64] min", setup("int64") + "$res = -bnot $min; $res -eq $max -and $res -is [int64]", .isTrue),
        PesterCase(file, "bnot on integral types: [uint64] max - 1", setup("uint64") + "$res = -bnot $maxMinus1; $res -eq $minPlus1 -and $res -is [uint64]", .isTrue),
        PesterCase(file, "bnot on integral types: [uint64] min + 1", setup("uint64") + "$res = -bnot $minPlus1; $res -eq $maxMinus1 -and $res -is [uint64]", .isTrue),
        PesterCase(file, "bnot on integral types: [uint64] max", setup("uint64") + "$res = -bnot $max; $res -eq $min -and $res -is [uint64]", .isTrue),
        PesterCase(file, "bnot on integral types: [uint64] min", setup("uint64") + "$res = -bnot $min; $res -eq $max -and $res -is [uint64]", .isTrue),
    ]
    static let gaps: [PesterGap] = [
        PesterGap(file, "bnot on enums: E_sbyte max - 1", .outOfScope("enums compiled with Add-Type (C#), with an explicit underlying type")),
        PesterGap(file, "bnot on enums: E_sbyte min + 1", .outOfScope("enums compiled with Add-Type (C#), with an explicit underlying type")),
        PesterGap(file, "bnot on enums: E_sbyte max", .outOfScope("enums compiled with Add-Type (C#), with an explicit underlying type")),
        PesterGap(file, "bnot on enums: E_sbyte min", .outOfScope("enums compiled with Add-Type (C#), with an explicit underlying type")),
        PesterGap(file, "bnot on enums: E_byte max - 1", .outOfScope("enums compiled with Add-Type (C#), with an explicit underlying type")),
        PesterGap(file, "bnot on enums: E_byte min + 1", .outOfScope("enums compiled with Add-Type (C#), with an explicit underlying type")),
        PesterGap(file, "bnot on enums: E_byte max", .outOfScope("enums compiled with Add-Type (C#), with an explicit underlying type")),
        PesterGap(file, "bnot on enums: E_byte min", .outOfScope("enums compiled with Add-Type (C#), with an explicit underlying type")),
        PesterGap(file, "bnot on enums: E_int16 max - 1", .outOfScope("enums compiled with Add-Type (C#), with an explicit underlying type")),
        PesterGap(file, "bnot on enums: E_int16 min + 1", .outOfScope("enums compiled with Add-Type (C#), with an explicit underlying type")),
        PesterGap(file, "bnot on enums: E_int16 max", .outOfScope("enums compiled with Add-Type (C#), with an explicit underlying type")),
        PesterGap(file, "bnot on enums: E_int16 min", .outOfScope("enums compiled with Add-Type (C#), with an explicit underlying type")),
        PesterGap(file, "bnot on enums: E_uint16 max - 1", .outOfScope("enums compiled with Add-Type (C#), with an explicit underlying type")),
        PesterGap(file, "bnot on enums: E_uint16 min + 1", .outOfScope("enums compiled with Add-Type (C#), with an explicit underlying type")),
        PesterGap(file, "bnot on enums: E_uint16 max", .outOfScope("enums compiled with Add-Type (C#), with an explicit underlying type")),
        PesterGap(file, "bnot on enums: E_uint16 min", .outOfScope("enums compiled with Add-Type (C#), with an explicit underlying type")),
        PesterGap(file, "bnot on enums: E_int32 max - 1", .outOfScope("enums compiled with Add-Type (C#), with an explicit underlying type")),
        PesterGap(file, "bnot on enums: E_int32 min + 1", .outOfScope("enums compiled with Add-Type (C#), with an explicit underlying type")),
        PesterGap(file, "bnot on enums: E_int32 max", .outOfScope("enums compiled with Add-Type (C#), with an explicit underlying type")),
        PesterGap(file, "bnot on enums: E_int32 min", .outOfScope("enums compiled with Add-Type (C#), with an explicit underlying type")),
        PesterGap(file, "bnot on enums: E_uint32 max - 1", .outOfScope("enums compiled with Add-Type (C#), with an explicit underlying type")),
        PesterGap(file, "bnot on enums: E_uint32 min + 1", .outOfScope("enums compiled with Add-Type (C#), with an explicit underlying type")),
        PesterGap(file, "bnot on enums: E_uint32 max", .outOfScope("enums compiled with Add-Type (C#), with an explicit underlying type")),
        PesterGap(file, "bnot on enums: E_uint32 min", .outOfScope("enums compiled with Add-Type (C#), with an explicit underlying type")),
        PesterGap(file, "bnot on enums: E_int64 max - 1", .outOfScope("enums compiled with Add-Type (C#), with an explicit underlying type")),
        PesterGap(file, "bnot on enums: E_int64 min + 1", .outOfScope("enums compiled with Add-Type (C#), with an explicit underlying type")),
        PesterGap(file, "bnot on enums: E_int64 max", .outOfScope("enums compiled with Add-Type (C#), with an explicit underlying type")),
        PesterGap(file, "bnot on enums: E_int64 min", .outOfScope("enums compiled with Add-Type (C#), with an explicit underlying type")),
        PesterGap(file, "bnot on enums: E_uint64 max - 1", .outOfScope("enums compiled with Add-Type (C#), with an explicit underlying type")),
        PesterGap(file, "bnot on enums: E_uint64 min + 1", .outOfScope("enums compiled with Add-Type (C#), with an explicit underlying type")),
        PesterGap(file, "bnot on enums: E_uint64 max", .outOfScope("enums compiled with Add-Type (C#), with an explicit underlying type")),
        PesterGap(file, "bnot on enums: E_uint64 min", .outOfScope("enums compiled with Add-Type (C#), with an explicit underlying type")),
    ]
}

@Suite struct BNotOperatorPesterTests {
    @Test(arguments: BNotOperatorCases.all) func follows(_ c: PesterCase) { c.check() }
}
