import Testing

/// Array.Tests.ps1 restated (Language/Scripting): `@( )` always makes a new object[] (of a typed
/// array, of $null, of a cast collection), `[void]` inside `@( )` and in array literals.
enum ArrayCases {
    static let file = "Array.Tests.ps1"
    static func objectArray(_ expr: String, count: Int, nullFirst: Bool = false) -> String {
        "$result = \(expr); $result.GetType().FullName -ceq 'System.Object[]' -and $result.Length -eq \(count)" + (nullFirst ? " -and $null -eq $result[0]" : "")
    }
    static let all: [PesterCase] = [
        PesterCase(file, "@([object[]](1,2,3)) should return a 3-element array of object[]", objectArray("@([object[]](1,2,3))", count: 3), .isTrue),
        PesterCase(file, "@([int[]](1,2,3)) should return a 3-element array of object[]", objectArray("@([int[]](1,2,3))", count: 3), .isTrue),
        PesterCase(file, "@([object[]]`$null) should return a 1-element(`$null) array of object[]",
                   objectArray("@([object[]]$null)", count: 1, nullFirst: true), .isTrue),
        PesterCase(file, "@([int[]]`$null) should return a 1-element(`$null) array of object[]",
                   objectArray("@([int[]]$null)", count: 1, nullFirst: true), .isTrue),
        PesterCase(file, "@(`$null) should return a 1-element(`$null) array of object[]", objectArray("@($null)", count: 1, nullFirst: true), .isTrue),
        PesterCase(file, "@([object[]]`$a) should return a new array", "$a = 1,2,3; " + objectArray("@([object[]]$a)", count: 3), .isTrue),
        PesterCase(file, "@([int[]]`$a) should return a new array", "$a = 1,2,3; " + objectArray("@([int[]]$a)", count: 3), .isTrue),
        PesterCase(file, "@([System.Collections.Generic.List[object]]`$null) should return a 1-element(`$null) array of object[]",
                   objectArray("@([System.Collections.Generic.List[object]]$null)", count: 1, nullFirst: true), .isTrue),
        PesterCase(file, "@([void](New-Item)) should create file", #"""
            $testFile = "/tmp/csshell-pester-array-$PID.txt"
            $result = @([void](New-Item $testFile -ItemType File))
            $made = Test-Path $testFile
            Remove-Item $testFile -Force
            $made -and $result.Count -eq 0
            """#, .isTrue),
    ]
    static let gaps: [PesterGap] = [
        PesterGap(file, "'[void]`$arraylist1.Add(1), `$arraylist2.Clear()' should return a 2-AutomationNull-element array",
                  .notDone("[void] and void methods give $null, not AutomationNull: piped, the elements still run the next command")),
        PesterGap(file, "@([object[]][System.Management.Automation.Internal.AutomationNull]::Value) should return a 1-element(`$null) array of object[]",
                  .outOfScope("AutomationNull type")),
        PesterGap(file, "@([int[]][System.Management.Automation.Internal.AutomationNull]::Value) should return a 1-element(`$null) array of object[]",
                  .outOfScope("AutomationNull type")),
        PesterGap(file, "@([System.Management.Automation.Internal.AutomationNull]::Value) should return an empty array of object[]",
                  .outOfScope("AutomationNull type")),
        PesterGap(file, "'[void](New-Item),2,3' should return a 3-element array and first element is AutomationNull", .outOfScope("AutomationNull type")),
        PesterGap(file, "'[void]1, [void](New-Item), [void]2' should return a 3-AutomationNull-element array", .outOfScope("AutomationNull type")),
    ]
}

@Suite struct ArrayPesterTests {
    @Test(arguments: ArrayCases.all) func follows(_ c: PesterCase) { c.check() }
}
