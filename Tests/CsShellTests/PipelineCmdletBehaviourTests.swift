import Testing
@testable import CsShell

/// What the pipeline cmdlets do beyond the Pester restatements, each as PowerShell 7's source and
/// resource strings say (Microsoft.PowerShell.Commands.Utility: Select-Object.cs, Sort-Object.cs,
/// OrderObjectBase.cs, Group-Object.cs, Measure-Object.cs, GetMember.cs, Write.cs; System.Management.
/// Automation: InternalCommands.cs for Where-Object and ForEach-Object).
struct PipelineCmdletBehaviourTests {
    func out(_ script: String) -> [String] { ShellHarness.run(script).lines }

    /// The FullyQualifiedErrorId of the error the script ends with (`-ErrorAction Stop` or a terminating one).
    func errorId(_ script: String) -> String {
        ShellHarness.run("try {\n\(script)\n} catch { $_.FullyQualifiedErrorId }").lines.last ?? ""
    }

    // MARK: Select-Object

    @Test func expandPropertyErrors() {
        // SelectObjectStrings: PropertyNotFound, MutlipleExpandProperties (sic); each object's own error.
        let r = ShellHarness.run("[pscustomobject]@{ A = 1 } | Select-Object -ExpandProperty B")
        #expect(r.err.hasPrefix("Select-Object : Property \"B\" cannot be found."))
        #expect(r.err.contains("ExpandPropertyNotFound,Microsoft.PowerShell.Commands.SelectObjectCommand"))
        #expect(errorId("[pscustomobject]@{ FooProp = 1; BarProp = 2 } | Select-Object -ExpandProperty *Prop -ErrorAction Stop")
                == "MutlipleExpandProperties,Microsoft.PowerShell.Commands.SelectObjectCommand")
        // A $null value expands to nothing; a collection's $null elements are left out.
        #expect(out("[pscustomobject]@{ A = $null } | Select-Object -ExpandProperty A | Measure-Object | % Count") == ["0"])
        #expect(out("[pscustomobject]@{ A = 1, $null, 2 } | Select-Object -ExpandProperty A") == ["1", "2"])
    }

    @Test func duplicatePropertyIsAnErrorForThatPropertyOnly() {
        let r = ShellHarness.run("$r = [pscustomobject]@{ A = 1 } | Select-Object A, @{ Name = 'A'; Expression = { 2 } }; $r.A")
        #expect(r.lines == ["1"])
        #expect(r.err.contains("The property cannot be processed because the property \"A\" already exists."))
        #expect(r.err.contains("AlreadyExistingUserSpecifiedPropertyNoExpand"))
    }

    @Test func renamingAWildcardThatMatchesSeveralIsAnError() {
        let r = ShellHarness.run("[pscustomobject]@{ A1 = 1; A2 = 2 } | Select-Object @{ Name = 'X'; Expression = 'A*' } | Out-Null")
        #expect(r.err.isEmpty)  // a calculated property's Expression string is a literal name
        #expect(out("([pscustomobject]@{ A1 = 1; A2 = 2 } | Select-Object @{ Name = 'X'; Expression = 'A1' }).X") == ["1"])
    }

    @Test func uniqueObjectsAreWrittenWhenTheInputEnds() {
        // Without -Unique the first object reaches the next command before the second is read.
        #expect(out("1, 2, 1 | Select-Object -Unique | ForEach-Object { \"<$_>\" }") == ["<1>", "<2>"])
        #expect(out("$log = @(); 1, 2 | ForEach-Object { $log += \"in$_\"; $_ } | Select-Object -Unique | ForEach-Object { $log += \"out$_\" }; $log -join ','")
                == ["in1,in2,out1,out2"])
        #expect(out("$log = @(); 1, 2 | ForEach-Object { $log += \"in$_\"; $_ } | Select-Object | ForEach-Object { $log += \"out$_\" }; $log -join ','")
                == ["in1,out1,in2,out2"])
    }

    @Test func indexStopsTheCommandsBeforeIt() {
        #expect(out("$n = 0; 1..100 | ForEach-Object { $n++; $_ } | Select-Object -Index 1, 3; \"n=$n\"") == ["2", "4", "n=4"])
        #expect(out("$n = 0; 1..100 | ForEach-Object { $n++; $_ } | Select-Object -Index 1, 3 -Wait | Out-Null; \"n=$n\"") == ["n=100"])
        // Every end phase after the one that asked still runs; the commands before it end no more.
        #expect(out("1..5 | Sort-Object -Descending | Select-Object -First 2 | Measure-Object | % Count") == ["2"])
        #expect(out("function f { process { $_ } end { 'e' } }; 1..3 | f | Select-Object -First 2") == ["1", "2"])
    }

    @Test func selectedTypeName() {
        // New objects are marked Selected.<the input's type>.
        #expect(out("('x' | Select-Object Length | Get-Member)[0].TypeName") == ["Selected.System.String"])
        #expect(out("\"$('x' | Select-Object Length)\"") == ["@{Length=1}"])
        #expect(out("('x' | Select-Object Length).GetType().FullName") == ["System.Management.Automation.PSCustomObject"])
    }

    @Test func intrinsicCountAndLengthAreNotProperties() {
        // `$obj.Count` answers 1 for any object, but a property name resolves only real properties.
        #expect(out("$null -eq ([pscustomobject]@{ a = 1 } | Select-Object Count).Count; ('abc' | Select-Object Length).Length") == ["True", "3"])
        #expect(out("@(1, 2), @(3) | Select-Object Count | ForEach-Object Count") == ["2", "1"])
        #expect(out("@([pscustomobject]@{ a = 1 } | Measure-Object Length -Sum).Count") == ["0"])
    }

    // MARK: Sort-Object

    @Test func sortWithoutStableIsDotNetsIntroSort() {
        // Equal keys: the 3-element sorting network moves the second Smith ahead of the first.
        let people = "$a = [pscustomobject]@{ N = 'a'; L = 'smith' }; $b = [pscustomobject]@{ N = 'b'; L = 'smith' }; $c = [pscustomobject]@{ N = 'c'; L = 'smyth' }\n"
        #expect(out(people + "($a, $b, $c | Sort-Object L -Descending | % N) -join ','") == ["c,b,a"])
        #expect(out(people + "($a, $b, $c | Sort-Object L -Descending -Stable | % N) -join ','") == ["c,a,b"])
        #expect(out(people + "($a, $b, $c | Sort-Object L -Descending -Unique | % N) -join ','") == ["c,b"])
        #expect(out(people + "($a, $b, $c | Sort-Object L -Descending -Unique -Stable | % N) -join ','") == ["c,a"])
    }

    @Test func introSortSortsWhateverItsSize() {
        var seed: UInt64 = 42
        func next() -> Int { seed = seed &* 6364136223846793005 &+ 1442695040888963407; return Int(seed >> 33) % 1000 }
        for n in [0, 1, 2, 3, 4, 16, 17, 100, 5000] {
            var a = (0..<n).map { _ in next() }
            let expected = a.sorted()
            IntroSort.sort(&a) { $0 == $1 ? 0 : ($0 < $1 ? -1 : 1) }
            #expect(a == expected, "n = \(n)")
        }
        // Already sorted and reversed input of the size where the depth limit can be reached.
        var sortedInput = Array(0..<2000), reversedInput = Array((0..<2000).reversed())
        IntroSort.sort(&sortedInput) { $0 - $1 }
        IntroSort.sort(&reversedInput) { $0 - $1 }
        #expect(sortedInput == Array(0..<2000) && reversedInput == Array(0..<2000))
    }

    @Test func sortTopAndBottomAreParameterSets() {
        #expect(ShellHarness.run("1 | Sort-Object -Top 1 -Bottom 1").err.contains("AmbiguousParameterSet"))
        #expect(ShellHarness.run("1 | Sort-Object -Top 0").err.contains("ParameterArgumentValidationError"))
        #expect(out("5, 3, 9, 1 | Sort-Object -Bottom 2") == ["5", "9"])
        #expect(out("'b', 'a', 'c' | Sort-Object -Culture 'en-US'") == ["a", "b", "c"])
    }

    @Test func wildcardSortKeysExpandToEachMatchingProperty() {
        #expect(out("$x = [pscustomobject]@{ K1 = 2; K2 = 'b' }, [pscustomobject]@{ K1 = 1; K2 = 'z' }, [pscustomobject]@{ K1 = 2; K2 = 'a' }; ($x | Sort-Object K* | % K2) -join ','")
                == ["z,a,b"])
    }

    // MARK: Group-Object

    @Test func groupsOfMixedTypesKeepTheirFirstSeenOrder() {
        #expect(out("(2, 'a', 1, 2 | Group-Object | % Name) -join ','") == ["2,a,1"])
        #expect(out("(2, 3, 1, 2 | Group-Object | % Name) -join ','") == ["1,2,3"])
    }

    @Test func asHashTableErrors() {
        let id = errorId("1 | Group-Object -Property A, B -AsHashTable")
        #expect(id == "ArgumentException,Microsoft.PowerShell.Commands.GroupObjectCommand")
        let r = ShellHarness.run("1 | Group-Object -Property A, B -AsHashTable")
        #expect(r.err.hasPrefix("Group-Object : The command cannot be run because using the AsHashTable parameter with more than one property requires adding the AsString parameter."))
        #expect(out("$h = [pscustomobject]@{ A = 1; B = 2 } | Group-Object -Property A, B -AsHashTable -AsString; $h.Keys") == ["1, 2"])
        #expect(out("$h = 'x' | Group-Object -AHT; $h.Keys") == ["x"])
    }

    @Test func groupNamesAndValues() {
        #expect(out("$g = [pscustomobject]@{ A = 1, 2; B = $null } | Group-Object A, B; $g.Name; $g.Values.Count") == ["{1, 2}", "2"])
    }

    // MARK: Measure-Object

    @Test func measureTextCountsAsDotNetDoes() {
        // Lines: line feeds, plus one unless the text ends with one; characters: UTF-16 code units.
        #expect(out("$m = \"a`n`nb\", \"c`n\", '' | Measure-Object -Line -Word -Character; $m.Lines; $m.Words; $m.Characters") == ["4", "3", "6"])
        #expect(out("('😀' | Measure-Object -Character).Characters") == ["2"])
        // The counts that were not asked for are $null, the properties are still there.
        #expect(out("$m = 'a b' | Measure-Object -Word; $null -eq $m.Lines; ($m | Get-Member -MemberType Property).Name -join ','") == ["True", "Characters,Lines,Property,Words"])
    }

    @Test func measureNonNumericInput() {
        let r = ShellHarness.run("$m = 1, 'x', 3 | Measure-Object -Sum -Maximum; $null -eq $m.Sum; $m.Maximum; $m.Count")
        // The value that is not a number is left out of the maximum too.
        #expect(r.lines == ["True", "3", "3"])
        #expect(r.err.contains("Input object \"x\" is not numeric."))
        #expect(r.err.contains("NonNumericInputObject,Microsoft.PowerShell.Commands.MeasureObjectCommand"))
    }

    @Test func measureMissingPropertyIsSilentOutsideStrictMode() {
        let r = ShellHarness.run("[pscustomobject]@{ A = 1 } | Measure-Object B -Sum; 'done'")
        #expect(r.lines == ["done"] && r.err.isEmpty)
        #expect(out("$m = 1..4 | Measure-Object -StandardDeviation -Average; $m.Average; [Math]::Round($m.StandardDeviation, 6)") == ["2.5", "1.290994"])
    }

    // MARK: Where-Object

    @Test func whereObjectOperatorNeedsAValue() {
        let r = ShellHarness.run("1 | Where-Object Name -EQ")
        #expect(r.err.hasPrefix("Where-Object : The specified operator requires both the -Property and -Value parameters. Provide values for both parameters, and then try the command again."))
        #expect(r.err.contains("+ CategoryInfo          : InvalidArgument: (:) [Where-Object], PSArgumentException"))
        #expect(r.err.contains("ValueNotSpecifiedForWhereObject,Microsoft.PowerShell.Commands.WhereObjectCommand"))
        // No input: nothing to report.
        #expect(ShellHarness.run("@() | Where-Object Name -EQ").err.isEmpty)
        let v = ShellHarness.run("1 | Where-Object Name 1")
        #expect(v.err.hasPrefix("Where-Object : An operator is required to compare the two specified values. Include a valid operator in the command, and then try the command again. For example, Get-Process | Where-Object -Property Name -eq Idle"))
    }

    @Test func whereObjectFailingComparisonIsThatObjectsError() {
        let r = ShellHarness.run("'a', 'b' | Where-Object Length -Match '('; 'after'")
        #expect(r.lines == ["after"])
        #expect(r.err.contains("OperatorFailed,Microsoft.PowerShell.Commands.WhereObjectCommand"))
    }

    @Test func whereObjectIsTakesATypeNameInBrackets() {
        #expect(out("1, 'a', 2.5 | Where-Object { $true } | Where-Object Length -IsNot '[int]' | Measure-Object | % Count") == ["0"])
        #expect(out("@{ A = 1 }, @{ B = 2 } | Where-Object A -Is '[int]' | % Count") == ["1"])
    }

    // MARK: ForEach-Object

    @Test func forEachObjectScriptBlockPlacement() {
        // -Begin and -End given by name keep their places; the positional blocks fill in around them.
        #expect(out("1 | ForEach-Object -Begin { 'B' } { 'b2' } { $_ } { 'e' }") == ["B", "b2", "1", "e"])
        #expect(out("1 | ForEach-Object { 'b' } { $_ } -End { 'E' }") == ["b", "1", "E"])
        #expect(out("1, 2 | ForEach-Object $null") == [])
    }

    @Test func forEachObjectMemberErrors() {
        let r = ShellHarness.run("'x' | ForEach-Object Nope 1")
        #expect(r.err.hasPrefix("ForEach-Object : Input name \"Nope\" cannot be resolved to a method."))
        #expect(r.err.contains("MethodNotFound,Microsoft.PowerShell.Commands.ForEachObjectCommand"))
        #expect(out("$null | ForEach-Object Length | ForEach-Object { $_ + 3 }") == ["3"])
        #expect(out("'abc' | ForEach-Object Substring 1 1") == ["b"])
        #expect(ShellHarness.run("[pscustomobject]@{ Ab = 1; Ac = 2 } | ForEach-Object A*").err.contains("AmbiguousPropertyOrMethodName"))
    }

    // MARK: Get-Member

    @Test func getMemberView() {
        let o = "$o = [pscustomobject]@{ a = 1 }\n"
        #expect(out(o + "($o | Get-Member -View Extended).Name") == ["a"])
        #expect(out(o + "($o | Get-Member -View Base).Name -join ','") == ["Equals,GetHashCode,GetType,ToString"])
        #expect(out(o + "($o | Get-Member -View All).Count") == ["5"])
    }

    // MARK: Write-Error, Write-Output, Write-Host, Write-Warning

    @Test func writeErrorFromAnErrorRecordOrAnException() {
        let prefix = "try { [int]::Parse('x') } catch { }\n"
        #expect(out(prefix + "$e = Write-Error $Error[0] 2>&1; $e.FullyQualifiedErrorId; $e.CategoryInfo.Activity") == ["FormatException", "Write-Error"])
        #expect(out(prefix + "$e = Write-Error -Exception $Error[0].Exception -Message 'shown' 2>&1; $e.Exception.GetType().FullName; $e.Exception.Message; $e.ErrorDetails.Message; \"$e\"; $e.FullyQualifiedErrorId")
                == ["System.Management.Automation.MethodInvocationException", "Exception calling \"Parse\" with \"1\" argument(s): \"The input string 'x' was not in a correct format.\"",
                    "shown", "shown", "System.Management.Automation.MethodInvocationException"])
        #expect(out("$e = Write-Error 'm' -RecommendedAction 'retry' 2>&1; $e.ErrorDetails.RecommendedAction; $e.ErrorDetails.Message") == ["retry", "m"])
        #expect(out("$e = Write-Error 'm' -ErrorId MyId -Category ObjectNotFound -TargetObject t 2>&1; $e.FullyQualifiedErrorId; $e.CategoryInfo.GetMessage()")
                == ["MyId", "ObjectNotFound: (t:String) [Write-Error], WriteErrorException"])
    }

    @Test func writeOutputEnumeratesOneLevel() {
        #expect(out("(Write-Output @(1, @(2, 3)) | Measure-Object).Count") == ["2"])
        #expect(out("Write-Output -InputObject @(1, @(2, 3)) | ForEach-Object { $_.GetType().Name }") == ["Int32", "Object[]"])
    }

    @Test func writeHostMessageAliasesAndNestedCollections() {
        #expect(ShellHarness.run("Write-Host -Message a, (1, 2) -Separator '+'").out == "a+1+2\n")
        #expect(ShellHarness.run("Write-Host -Msg x -NoNewline; Write-Host y").out == "xy\n")
    }

    @Test func warningsMergedIntoTheOutput() {
        #expect(out("$w = Write-Warning 'careful' 3>&1; $w.GetType().FullName; $w.Message; \"$w\"") == ["System.Management.Automation.WarningRecord", "careful", "careful"])
        #expect(ShellHarness.run("Write-Warning 'careful' -WarningAction SilentlyContinue 3>&1").out.isEmpty)
    }
}
