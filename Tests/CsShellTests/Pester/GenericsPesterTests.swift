import Testing

/// Generics.Tests.ps1 restated (Language/Scripting): generic type names, nested and with `[[T]]`
/// arguments, constructed and used. Upstream imports System.Collections.Generic with `using
/// namespace`; csshell has no `using` statement, so the type names are written in full.
enum GenericsCases {
    static let file = "Generics.Tests.ps1"
    static let g = "System.Collections.Generic."
    static let all: [PesterCase] = [
        PesterCase(file, "Type list[Int] works properly", "$x = [\(g)List[int]]::New(); $x.Add(42); $x.Add(40); $x.count -eq 2", .isTrue),
        PesterCase(file, "Type stack[Int] works properly", "$x = [\(g)Stack[int]]::New(); $x.Push(42); $x.Push(40); $x.count -eq 2", .isTrue),
        PesterCase(file, "Type dictionary[string, Int] works properly", "$x = [\(g)Dictionary[string, int]]::New(); $x.foo = 42; $x.foo -eq 42", .isTrue),
        PesterCase(file, "Type list[[Int]] works properly", "$x = [\(g)List[[int]]]::New(); $x.Add(42); $x.Add(40); $x.count -eq 2", .isTrue),
        PesterCase(file, "Type stack[[Int]] works properly", "$x = [\(g)Stack[[int]]]::New(); $x.Push(42); $x.Push(40); $x.count -eq 2", .isTrue),
        PesterCase(file, "Type dictionary[[string], [Int]] works properly",
                   "$x = [\(g)Dictionary[[string], [int]]]::New(); $x.foo = 42; $x.foo -eq 42", .isTrue),
        PesterCase(file, "Type dictionary[dictionary[list[int],string], stack[double]] works properly",
                   "$x = [\(g)Dictionary[\(g)Dictionary[\(g)List[int],string], \(g)Stack[double]]]::new(); $y = New-Object '\(g)Dictionary[\(g)Dictionary[\(g)List[int],string], \(g)Stack[double]]'; $x.gettype().fullname -match 'double' -and $y.gettype().fullname -match 'double'",
                   .isTrue),
        PesterCase(file, "Class type works properly",
                   #"""
class TestClass
{
    [string] $name = "default"
    [int] $port = 80
    [string] $scriptText = "1..6"
    TestClass([string] $name1, [int] $port1, [string] $scriptText1) { $this.name = $name1; $this.port = $port1; $this.scriptText = $scriptText1 }
}
$x = [TestClass]::New("default1", 90, "1...5")
$x.scriptText = "1...4"
$x.name; $x.port; $x.scriptText
"""#, .lines(["default1", "90", "1...4"])),
    ]
    static let gaps: [PesterGap] = [
        PesterGap(file, "non-generic EventHandler works properly",
                  .notDone("[nullable[object]] is accepted: Nullable's constraint to value types is not checked (TypeNotFoundWithMessage)")),
        PesterGap(file, "Array type works properly", .outOfScope("skipped on CoreCLR upstream")),
    ]
}

@Suite struct GenericsPesterTests {
    @Test(arguments: GenericsCases.all) func follows(_ c: PesterCase) { c.check() }
}
