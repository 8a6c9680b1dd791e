import Testing
@testable import CsShell

/// Typed variables (about_Variables, "Types of variables"): a cast on the left of an assignment
/// constrains the variable, so later assignments in its scope convert to the type or fail, and the
/// global preference variables are ActionPreferences (ActionPreference.Tests.ps1 restates the Suspend
/// cases).
struct VariableConstraintTests {
    /// about_Variables: `[int]$number = 8; $number = "12345"` converts; `$number = "Hello"` fails
    /// ("Cannot convert value "Hello" to type "System.Int32"") and the variable keeps its value.
    @Test func aCastOnTheLeftConstrainsLaterAssignments() {
        let r = ShellHarness.run("""
            [int]$number = 8
            $number = "12345"; $number.GetType().Name
            try { $number = "Hello" } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.Reason; $_.Exception.Message }
            $number
            $number += "5"; $number
            """)
        #expect(r.lines == ["Int32", "RuntimeException", "ArgumentTransformationMetadataException",
                            "Cannot convert value \"Hello\" to type \"System.Int32\". Error: \"The input string 'Hello' was not in a correct format.\"",
                            "12345", "12350"], "\(r.err)")
    }

    /// An array type keeps its elements' type through `+=`; a new cast replaces the constraint; a child
    /// scope's assignment makes its own, unconstrained variable.
    @Test func arraysRecastsAndScopes() {
        let r = ShellHarness.run("""
            [string[]]$names = @(); $names += 5; $names += 6; $names[0].GetType().Name; $names[1].GetType().Name
            [int]$x = 1; [string]$x = 2; $x = 3; $x.GetType().Name
            [int]$y = 1; & { $y = 'text'; $y }; $y
            """)
        #expect(r.lines == ["String", "String", "String", "text", "1"], "\(r.err)")
    }

    /// A typed parameter is a typed variable inside its function.
    @Test func typedParametersConstrainTheirVariables() {
        let r = ShellHarness.run("""
            function f([int]$n, [string]$s) { $n = '7'; $n.GetType().Name; $s = 5; $s.GetType().Name; try { $n = 'seven' } catch { $_.CategoryInfo.Reason }; $n }
            f 1 'a'
            """)
        #expect(r.lines == ["Int32", "String", "ArgumentTransformationMetadataException", "7"], "\(r.err)")
    }

    /// $ErrorActionPreference and the other action preferences of the global scope take only
    /// ActionPreference values: an unknown name fails and changes nothing.
    @Test func globalPreferencesAreActionPreferences() {
        let r = ShellHarness.run("""
            try { $global:ErrorActionPreference = 'Sometimes' } catch { $_.CategoryInfo.Reason }
            $global:ErrorActionPreference
            $global:WarningPreference = 'silentlycontinue'; $global:WarningPreference.GetType().Name; "$global:WarningPreference"
            """)
        #expect(r.lines == ["ArgumentTransformationMetadataException", "Continue", "ActionPreference", "SilentlyContinue"], "\(r.err)")
    }
}
