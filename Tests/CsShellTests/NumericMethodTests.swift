import Testing
@testable import CsShell

/// The methods every .NET numeric type has, on each of csshell's numeric values (Int32, Int64, Byte,
/// Decimal, Double): ToString with a standard format string and CompareTo (sign of the comparison).
/// Expected text per .NET's standard numeric format strings (N: group separators, D: zero padding,
/// x: hexadecimal) in the invariant culture.
struct NumericMethodTests {
    @Test func toStringWithAFormatOnEveryNumericType() {
        let r = ShellHarness.run("(5).ToString('N0'); ([long]1234567).ToString('N0'); ([byte]5).ToString('D3'); ([decimal]5).ToString('N2'); ([int64]255).ToString('x'); (1.5).ToString('N2')")
        #expect(r.lines == ["5", "1,234,567", "005", "5.00", "ff", "1.50"], "\(r.err)")
    }

    @Test func compareToOnEveryNumericType() {
        let r = ShellHarness.run("([long]5).CompareTo(3); (2.5).CompareTo(3); ([decimal]1).CompareTo(1); (7).CompareTo(9)")
        #expect(r.lines == ["1", "-1", "0", "-1"], "\(r.err)")
    }
}
