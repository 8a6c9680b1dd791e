import Testing

/// RangeOperator.Tests.ps1 restated (Language/Operators): `a..b` over integers (either direction),
/// over chars (a [char] or a one-character string on each side; two digit strings stay numbers), and
/// over other numeric operands (rounded to Int32).
enum RangeOperatorCases {
    static let file = "RangeOperator.Tests.ps1"
    static let all: [PesterCase] = [
        PesterCase(file, "Range operator generates arrays of integers",
                   "$r = 5..8; $r.Count; ($r | Where-Object { $_ -is [int] }).Count; $r -join ','", .lines(["4", "4", "5,6,7,8"])),
        PesterCase(file, "Range operator accepts negative integer values",
                   "$r = -8..-5; $r.Count; $r -join ','", .lines(["4", "-8,-7,-6,-5"])),
        PesterCase(file, "Range operator support single-item sequences",
                   "$r = 0..0; $r.Count; $r[0] -is [int]; $r[0]", .lines(["1", "True", "0"])),
        PesterCase(file, "Range operator works in descending order",
                   "$r = 4..3; $r.Count; $r -join ','", .lines(["2", "4,3"])),
        PesterCase(file, "Range operator works for sequences of both negative and positive numbers",
                   "$r = -2..2; $r.Count; $r -join ','", .lines(["5", "-2,-1,0,1,2"])),
        PesterCase(file, "Range operator enumerator works",
                   "$r = -2..2 | ForEach-Object { $_ }; $r.Count; $r -join ','", .lines(["5", "-2,-1,0,1,2"])),
        PesterCase(file, "Range operator works with variables (integers)", """
            $var1 = -1; $var2 = 1
            ($var1..$var2) -join ','; ([int]$var2..[int]$var1) -join ','
            ($var1..$var2 | ForEach-Object { $_ }) -join ','; ([int]$var2..[int]$var1 | ForEach-Object { $_ }) -join ','
            """, .lines(["-1,0,1", "1,0,-1", "-1,0,1", "1,0,-1"])),
        PesterCase(file, "Range operator generates an array of [char] from single-character operands",
                   "$r = 'A'..'E'; $r.Count; ($r | Where-Object { $_ -is [char] }).Count", .lines(["5", "5"])),
        PesterCase(file, "Range operator enumerator generates an array of [string] from single-character operands",
                   "$r = 'A'..'E' | ForEach-Object { $_ }; $r.Count; ($r | Where-Object { $_ -is [char] }).Count", .lines(["5", "5"])),
        PesterCase(file, "Range operator works in ascending and descending order", """
            $r = 'a'..'c'; $r.Count; $r[0] -ceq [char]'a' -and $r[1] -ceq [char]'b' -and $r[2] -ceq [char]'c'
            $r = 'C'..'A'; $r.Count; $r[0] -ceq [char]'C' -and $r[1] -ceq [char]'B' -and $r[2] -ceq [char]'A'
            """, .lines(["3", "True", "3", "True"])),
        PesterCase(file, "Range operator works in ascending and descending order with [char] cast", """
            ([char]'a'..[char]'c') -join ''; ([char]"a".."c") -join ''; ("a"..[char]"c") -join ''
            ([char]'C'..[char]'A') -join ''; ([char]"C".."A") -join ''; ("C"..[char]"A") -join ''
            (([char]'a'..[char]'c') | Where-Object { $_ -is [char] }).Count
            """, .lines(["abc", "abc", "abc", "CBA", "CBA", "CBA", "3"])),
        PesterCase(file, "Range operator enumerator works in ascending and descending order", """
            $r = 'a'..'c' | ForEach-Object { $_ }; $r.Count; $r[0] -ceq "a" -and $r[1] -ceq "b" -and $r[2] -ceq "c"
            $r = 'C'..'A' | ForEach-Object { $_ }; $r.Count; $r[0] -ceq "C" -and $r[1] -ceq "B" -and $r[2] -ceq "A"
            """, .lines(["3", "True", "3", "True"])),
        PesterCase(file, "Range operator enumerator works in ascending and descending order with [char] cast", """
            $r = [char]'a'..[char]'c' | ForEach-Object { $_ }; $r.Count; $r[0] -ceq "a" -and $r[1] -ceq "b" -and $r[2] -ceq "c"
            $r = [char]'C'..[char]'A' | ForEach-Object { $_ }; $r.Count; $r[0] -ceq "C" -and $r[1] -ceq "B" -and $r[2] -ceq "A"
            """, .lines(["3", "True", "3", "True"])),
        PesterCase(file, "Range operator works with variables (chars)", """
            $var1 = 'a'; $var2 = 'c'
            ($var1..$var2) -join ''; ([char]$var2..[char]$var1) -join ''
            ($var1..$var2 | ForEach-Object { $_ }) -join ''; ([char]$var2..[char]$var1 | ForEach-Object { $_ }) -join ''
            """, .lines(["abc", "cba", "abc", "cba"])),
        PesterCase(file, "Range operator works with 16-bit unicode characters", """
            $u = "`u{0110}".."`u{0114}"
            $u.Count; $u[0] -eq "`u{0110}"[0] -and $u[2] -eq "`u{0112}"[0] -and $u[4] -eq "`u{0114}"[0]; $u.Where({ $_ -is [char] }).Count
            """, .lines(["5", "True", "5"])),
        PesterCase(file, "Range operator with special ranges", """
            $s = "0".."9"; $s.Count; $s.Where({ $_ -is [int] }).Count
            $s = '0'..'9'; $s.Count; $s.Where({ $_ -is [int] }).Count
            $s = [char]'0'..[char]'9'; $s.Count; $s.Where({ $_ -is [char] }).Count
            """, .lines(["10", "10", "10", "10", "10", "10"])),
        PesterCase(file, "Range operator works on [decimal]",
                   "$r = 1.1d..3.9d; $r.Count; $r -join ','; $r.Where({ $_ -is [int] }).Count", .lines(["4", "1,2,3,4", "4"])),
    ]
}

@Suite struct RangeOperatorPesterTests {
    @Test(arguments: RangeOperatorCases.all) func follows(_ c: PesterCase) { c.check() }
}
