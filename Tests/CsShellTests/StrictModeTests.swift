import Testing
@testable import CsShell

/// Set-StrictMode and the errors strict mode gives, as PowerShell's engine raises them
/// (VariableOps.GetVariableValue, PSGetMemberBinder, ArrayOps.GetMDArrayValue, Compiler's
/// StrictModeFunctionCallWithParens check); the Pester files that use it (Scripting.Followup.Tests.ps1,
/// Set-StrictMode cases of Get-Member and ForEach-Object) check the same errors.
struct StrictModeTests {
    func run(_ script: String) -> ShellRun { ShellHarness.run(script) }

    @Test func uninitializedVariables() {
        let v1 = run("Set-StrictMode -Version 1.0; $x = $undefinedVar; 'after'")
        #expect(v1.lines == ["after"])
        #expect(v1.err.contains("The variable '$undefinedVar' cannot be retrieved because it has not been set."))
        #expect(v1.err.contains("InvalidOperation: (undefinedVar:String) [], RuntimeException"))
        #expect(v1.err.contains("FullyQualifiedErrorId : VariableIsUndefined"))
        // Version 1 allows them inside strings; version 2 does not.
        #expect(run("Set-StrictMode -Version 1; \"[$undefinedVar]\"").lines == ["[]"])
        #expect(run("Set-StrictMode -Version 2; \"[$undefinedVar]\"").err.contains("VariableIsUndefined"))
        // Assigning first, $null itself, $_ in a pipeline, and the environment are fine.
        #expect(run("Set-StrictMode -Version Latest; $y = $null; $y; $null -eq $y; 1 | % { $_ }; $env:NO_SUCH_VARIABLE_X; 'ok'").lines == ["True", "1", "ok"])
        #expect(run("Set-StrictMode -Off; $undefinedVar; 'off'").lines == ["off"])
        #expect(run("Set-StrictMode -Version Latest; try { $nope } catch { $_.FullyQualifiedErrorId }").lines == ["VariableIsUndefined"])
    }

    @Test func missingProperties() {
        let r = run("Set-StrictMode -Version 2.0; $o = [pscustomobject]@{ Name = 'a' }; $o.Name; $o.Nmae")
        #expect(r.lines == ["a"])
        #expect(r.err.contains("The property 'Nmae' cannot be found on this object. Verify that the property exists."))
        #expect(r.err.contains("PropertyNotFoundStrict"))
        // Version 1 does not check properties; hashtable keys and $null's members count as properties.
        #expect(run("Set-StrictMode -Version 1; $o = [pscustomobject]@{ Name = 'a' }; $null -eq $o.Nmae").lines == ["True"])
        #expect(run("Set-StrictMode -Version Latest; @{a=1}.b").err.contains("PropertyNotFoundStrict"))
        #expect(run("Set-StrictMode -Version Latest; @{a=1}.a; @(1,2).Count; 'abc'.Length").lines == ["1", "2", "3"])
        // A single value has no Count under strict mode (PowerShell's Count/Length magic is off).
        #expect(run("Set-StrictMode -Version Latest; $x = 5; $x.Count").err.contains("The property 'Count' cannot be found on this object."))
        #expect(run("Set-StrictMode -Version Latest; (Get-Date).DayOfWeek -is [DayOfWeek]").lines == ["True"])
    }

    @Test func outOfBoundsIndexes() {
        #expect(run("Set-StrictMode -Version 2; $a = 1, 2; $null -eq $a[5]").lines == ["True"])
        let r = run("Set-StrictMode -Version 3.0; $a = 1, 2; $a[5]")
        #expect(r.err.contains("Index was outside the bounds of the array."))
        #expect(r.err.contains("OperationStopped: (:) [], IndexOutOfRangeException"))
        #expect(r.err.contains("FullyQualifiedErrorId : System.IndexOutOfRangeException"))
        #expect(run("Set-StrictMode -Version Latest; 'abc'[10]").err.contains("Index was outside the bounds of the array."))
        #expect(run("Set-StrictMode -Version Latest; $a = 1, 2; $a[1]; $a[-1]").lines == ["2", "2"])
        #expect(run("Set-StrictMode -Version 2; $x = 5; $x[0]; $x[3]").err.contains("Unable to index into an object of type System.Int32."))
    }

    @Test func commandsCalledLikeMethods() {
        let r = run("Set-StrictMode -Version 2; function f($a, $b) { \"$a-$b\" }; f(1,2)")
        #expect(r.err.contains("The function or command was called as if it were a method. Parameters should be separated by spaces. For information about parameters, see the about_Parameters Help topic."))
        #expect(r.err.contains("StrictModeFunctionCallWithParens"))
        // With a space, or a single value in parentheses, or without strict mode, it is an ordinary call.
        #expect(run("Set-StrictMode -Version 2; function f($a, $b) { \"$a-$b\" }; f (1,2); f(1)").lines == ["1 2-", "1-"])
        #expect(run("function f($a, $b) { \"$a-$b\" }; f(1,2)").lines == ["1 2-"])
    }

    @Test func scopesAndVersions() {
        // Strict mode set in a script block ends with it; set outside, it reaches the blocks inside.
        #expect(run("& { Set-StrictMode -Version Latest }; $undefinedVar; 'not strict here'").lines == ["not strict here"])
        #expect(run("Set-StrictMode -Version Latest; & { $undefinedVar }").err.contains("VariableIsUndefined"))
        #expect(run("Set-StrictMode -Version Latest; & { Set-StrictMode -Off; $undefinedVar; 'off inside' }").lines == ["off inside"])
        let bad = run("Set-StrictMode -Version 9.0")
        #expect(bad.err.contains("Cannot validate argument on parameter 'Version'. The \"9.0\" argument does not contain a valid PowerShell version. Supply a valid version number and then try the command again."))
        #expect(run("Set-StrictMode -v 2; $undefinedVar").err.contains("VariableIsUndefined"))
        #expect(run("Set-StrictMode").err.hasPrefix("Set-StrictMode : Cannot process command because of one or more missing mandatory parameters: Version."))
    }
}
