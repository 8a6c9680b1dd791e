/// TypeAccelerator.Tests.ps1 (Language/Parser) and ConvertTo-Json.PSSerializeJSONLongEnumAsNumber.Tests.ps1
/// (Modules/Microsoft.PowerShell.Utility): their in-scope cases, none of which csshell follows yet.
enum TypeAcceleratorCases {
    static let file = "TypeAccelerator.Tests.ps1"
    static let reflection = "needs the TypeAccelerators class, which the test reaches by reflection ([psobject].Assembly.GetType(…)) to list accelerators and add one"

    static let gaps: [PesterGap] = [
        PesterGap(file, "Should have all the type accelerators", .notDone(reflection)),
        PesterGap(file, "Basic type accelerator usage", .notDone(reflection)),
    ]
}

enum ConvertToJsonLongEnumCases {
    static let file = "ConvertTo-Json.PSSerializeJSONLongEnumAsNumber.Tests.ps1"

    static let gaps: [PesterGap] = [
        PesterGap(file, "Should treat enums as integers", .notDone("csshell's ConvertTo-Json writes an enum as its name (contract.md), and an enum value above Int64.MaxValue (a ulong enum's 18446744073709551615) does not fit csshell's enum values")),
    ]
}
