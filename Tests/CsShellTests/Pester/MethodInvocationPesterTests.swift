import Testing

/// MethodInvocation.Tests.ps1 restated (Language/Parser): generic method calls (`[Array]::Empty[string]()`,
/// `$d.AddOrUpdate[float](…)`) parse and run, and their runtime errors.
enum MethodInvocationCases {
    static let file = "MethodInvocation.Tests.ps1"
    static let all: [PesterCase] = [
        PesterCase(file, "does not throw a parse error for \"[Array]::Empty[string]()\"",
                   "$null = [scriptblock]::Create('[Array]::Empty[string]()')", .noError),
        PesterCase(file, "does not throw a parse error for \"[Array]::Empty[System.Collections.Generic.Dictionary[System.Numerics.BigInteger, System.Collections.Generic.List[string[,]]]]()\"",
                   "$null = [scriptblock]::Create('[Array]::Empty[System.Collections.Generic.Dictionary[System.Numerics.BigInteger, System.Collections.Generic.List[string[,]]]]()')", .noError),
        PesterCase(file, "gives a runtime error if too many type parameters are given",
                   "try { [array]::Empty[string, int](); 'no error' } catch { $_.FullyQualifiedErrorId -ceq 'MethodCountCouldNotFindBestGeneric' }", .isTrue),
        PesterCase(file, "gives a runtime error if a nonexistent type is specified",
                   "try { [array]::Empty[thisdoesnotexist](); 'no error' } catch { $_.Exception.Message -like '*`[thisdoesnotexist`]*'; $_.FullyQualifiedErrorId -ceq 'TypeNotFound' }", .lines(["True", "True"])),
    ]
    static let gaps: [PesterGap] = [
        PesterGap(file, "parses fine for indexing a property: [object]::Property[[type]]", .outOfScope("inspects the AST through the .NET Parser API")),
        PesterGap(file, "parses fine for indexing a property: $object.IPSubnet[[Array]::IndexOf($_.IPAddress, $_.IPAddress[0])]", .outOfScope("inspects the AST through the .NET Parser API")),
        PesterGap(file, "parses fine for indexing a property: [IPAddress]::Parse( $_.IPSubnet[ [Array]::IndexOf(...) ] )", .outOfScope("inspects the AST through the .NET Parser API")),
        PesterGap(file, "parses fine for indexing a property: [IPAddress]::Parse( $_.IPSubnet[ ([Array]::IndexOf(...)) ] )", .outOfScope("inspects the AST through the .NET Parser API")),
        PesterGap(file, "reports a parse error for \"$object.Method[incompl\"", .outOfScope("counts every parse error through the .NET Parser API (csshell stops at the first)")),
        PesterGap(file, "reports a parse error for \"[type]::Member[incompl\"", .outOfScope("counts every parse error through the .NET Parser API (csshell stops at the first)")),
        PesterGap(file, "reports a parse error for \"$object.Method[Type1[Type2\"", .outOfScope("counts every parse error through the .NET Parser API (csshell stops at the first)")),
        PesterGap(file, "reports a parse error for \"[array]::empty[type]]()\"", .outOfScope("counts every parse error through the .NET Parser API (csshell stops at the first)")),
        PesterGap(file, "reports a parse error for \"$object.Method[type,]()\"", .outOfScope("counts every parse error through the .NET Parser API (csshell stops at the first)")),
        PesterGap(file, "reports a parse error for \"$object.Method[]()\"", .outOfScope("counts every parse error through the .NET Parser API (csshell stops at the first)")),
        PesterGap(file, "reports a parse error for \"$object.Method[,]()\"", .outOfScope("counts every parse error through the .NET Parser API (csshell stops at the first)")),
        PesterGap(file, "reports a parse error for \"$object.Method[,type]()\"", .outOfScope("counts every parse error through the .NET Parser API (csshell stops at the first)")),
        PesterGap(file, "reports a parse error for \"$object.Method[type()\"", .outOfScope("counts every parse error through the .NET Parser API (csshell stops at the first)")),
        PesterGap(file, "reports a parse error for \"$object.Method[type)\"", .outOfScope("counts every parse error through the .NET Parser API (csshell stops at the first)")),
        PesterGap(file, "reports a parse error for \"$object.Method[[type]]()\"", .outOfScope("counts every parse error through the .NET Parser API (csshell stops at the first)")),
        PesterGap(file, "reports a parse error for \"[Array]::Empty[[type]]()\"", .outOfScope("counts every parse error through the .NET Parser API (csshell stops at the first)")),
        PesterGap(file, "reports a parse error for \"$object.Property[type]\"", .outOfScope("counts every parse error through the .NET Parser API (csshell stops at the first)")),
        PesterGap(file, "can call a generic method \"[Array]::Empty[string]()\" with no arguments", .notDone("typed arrays are not modelled: [Array]::Empty[T]() gives an Object[], not a T[]")),
        PesterGap(file, "can call a generic method \"[Array]::Empty[System.Collections.Generic.Dictionary[System.Numerics.BigInteger, System.Collections.Generic.List[string[,]]]]()\" with no arguments", .notDone("typed arrays are not modelled: [Array]::Empty[T]() gives an Object[], not a T[]")),
        PesterGap(file, "can call generic instance methods", .notDone("System.Collections.Concurrent and System.Linq generic methods are not provided")),
        PesterGap(file, "can call generic static methods with arguments", .notDone("System.Collections.Concurrent and System.Linq generic methods are not provided")),
        PesterGap(file, "successfully invokes common Linq generic methods", .notDone("System.Linq.Enumerable's generic methods and [Func[int, float]] delegates are not provided")),
        PesterGap(file, "can use type that is loaded at runtime", .outOfScope("the type is compiled from C# by Add-Type")),
        PesterGap(file, "Interface inheritance with remoting proxies: Direct invocation", .outOfScope("a WCF service compiled by Add-Type (Windows PowerShell only: the file returns on CoreCLR)")),
        PesterGap(file, "Interface inheritance with remoting proxies: Invocation via method constraints", .outOfScope("a WCF service compiled by Add-Type (Windows PowerShell only: the file returns on CoreCLR)")),
    ]
}

@Suite struct MethodInvocationPesterTests {
    @Test(arguments: MethodInvocationCases.all) func follows(_ c: PesterCase) { c.check() }
}
