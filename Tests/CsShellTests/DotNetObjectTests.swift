import Testing
@testable import CsShell

/// Instance members of the .NET objects scripts make (collections, encodings, StringBuilder, Regex) and
/// the `psobject` wrapper every value has. Expected values are .NET's documented results (List<T>,
/// ArrayList, Encoding.GetBytes, StringBuilder) and what PowerShell 7 prints for them.
struct DotNetObjectTests {
    func run(_ script: String) -> (lines: [String], err: String) {
        let r = ShellHarness.run(script)
        return (r.lines, r.err)
    }

    @Test func genericListGrowsInPlaceAndConvertsToItsElementType() {
        let r = run("""
            $list = [System.Collections.Generic.List[int]]::new()
            $list.Add(3); $list.Add('4'); $same = $list; $same.Add(5)
            $list.Count; $list[1].GetType().Name; $list -join ','
            $list.Insert(0, 1); $list.Remove(4); $list.Contains(5); $list.IndexOf(5)
            ($list.FindAll({ param($x) $x -gt 2 })) -join ','
            $list.Find({ $args[0] -gt 2 }); $list.Exists({ param($x) $x -eq 9 })
            $list.RemoveAt(0); $list -join ','
            $list | ForEach-Object { "<$_>" }
            foreach ($x in $list) { $x * 10 }
            $list.Where({ $_ -gt 3 })
            """)
        #expect(r.err.isEmpty, "\(r.err)")
        #expect(r.lines == ["3", "Int32", "3,4,5", "True", "True", "2", "3,5", "3", "False", "3,5", "<3>", "<5>", "30", "50", "5"])
    }

    @Test func genericListRejectsAnElementItCannotConvert() {
        let r = run("$l = [System.Collections.Generic.List[int]]::new(); try { $l.Add('q') } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }")
        #expect(r.lines.first == "MethodArgumentConversionInvalidCastArgument")
        #expect(r.lines.dropFirst().first?.hasPrefix("Cannot convert argument \"item\", with value: \"q\", for \"Add\" to type \"System.Int32\"") == true)
    }

    @Test func listIndexOutOfRangeIsTheArgumentOutOfRangeException() {
        let r = run("$l = [System.Collections.Generic.List[string]]::new(); try { $l.RemoveAt(3) } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }")
        #expect(r.lines == ["ArgumentOutOfRangeException",
                            "Exception calling \"RemoveAt\" with \"1\" argument(s): \"Index was out of range. Must be non-negative and less than the size of the collection. (Parameter 'index')\""])
    }

    @Test func arrayListAddReturnsTheIndexAndRemoveInsertCount() {
        let r = run("""
            $a = [System.Collections.ArrayList]::new()
            $a.Add('x'); [void]$a.Add('y'); $a.Insert(0, 'z'); $a.Remove('x')
            $a -join ','; $a.Count
            $b = New-Object System.Collections.ArrayList; $b.AddRange(@(1, 2)); $b.Count
            """)
        #expect(r.err.isEmpty, "\(r.err)")
        #expect(r.lines == ["0", "z,y", "2", "2"])
    }

    @Test func aMethodACollectionLacksIsMethodNotFound() {
        let r = run("$l = [System.Collections.Generic.List[int]]::new(); try { $l.Frobnicate() } catch { $_.FullyQualifiedErrorId }")
        #expect(r.lines == ["MethodNotFound"])
    }

    @Test func encodingsEncodeAndDecode() {
        let r = run("""
            [System.Text.Encoding]::UTF8.GetBytes('xé') -join ' '
            [System.Text.Encoding]::Unicode.GetBytes('A') -join ' '
            [System.Text.Encoding]::ASCII.GetBytes('é') -join ' '
            [System.Text.Encoding]::UTF8.GetString([byte[]](104, 105))
            [System.Text.Encoding]::UTF8.GetString([byte[]](97, 98, 99, 100), 1, 2)
            [System.Text.Encoding]::UTF8.GetByteCount('é')
            [System.Text.Encoding]::UTF8.GetPreamble() -join ' '
            [System.Text.Encoding]::UTF8.GetBytes('x').GetType().Name
            """)
        #expect(r.err.isEmpty, "\(r.err)")
        #expect(r.lines == ["120 195 169", "65 0", "63", "hi", "bc", "2", "239 187 191", "Object[]"])
    }

    @Test func stringBuilderAppendsInPlaceAndReturnsItself() {
        let r = run("""
            $sb = [System.Text.StringBuilder]::new()
            [void]$sb.Append('a').Append('b'); [void]$sb.AppendFormat('{0}-{1}', 1, 2); [void]$sb.Insert(0, '>')
            $sb.ToString(); "$sb"; $sb.Length
            [void]$sb.Replace('-', '+').Remove(0, 1); $sb.ToString(); [void]$sb.Clear(); $sb.Length
            """)
        #expect(r.err.isEmpty, "\(r.err)")
        #expect(r.lines == [">ab1-2", ">ab1-2", "6", "ab1+2", "0"])
    }

    @Test func regexAndWildcardInstancesMatch() {
        let r = run("""
            $re = [regex]'(\\d+)'; $re.IsMatch('a1'); $re.Match('x42y').Groups[1].Value; ($re.Matches('1 2 3')).Count; $re.Replace('a1b2', '#')
            ([System.Management.Automation.WildcardPattern]::new('a*')).IsMatch('abc')
            """)
        #expect(r.err.isEmpty, "\(r.err)")
        #expect(r.lines == ["True", "42", "3", "a#b#", "True"])
    }

    // MARK: psobject

    @Test func psobjectPropertiesOfACustomObject() {
        let r = run("""
            $o = [pscustomobject]@{ a = 1; b = 'x' }
            $o.psobject.Properties | ForEach-Object { "$($_.Name)=$($_.Value) $($_.MemberType) $($_.TypeNameOfValue)" }
            $o.psobject.Properties.Name -join ','
            $o.psobject.Properties['b'].Value
            $o.psobject.Properties.Count
            "$($o.psobject.Properties['a'])"
            """)
        #expect(r.err.isEmpty, "\(r.err)")
        #expect(r.lines == ["a=1 NoteProperty System.Int32", "b=x NoteProperty System.String", "a,b", "x", "2", "int a=1"])
    }

    @Test func psobjectPropertiesChangeTheObject() {
        let r = run("""
            $o = [pscustomobject]@{ a = 1; b = 2 }
            $o.psobject.Properties.Remove('a')
            $o.psobject.Properties.Add([psnoteproperty]::new('c', 3))
            ($o.psobject.Properties.Name) -join ','; $o.c
            ($o.psobject.Properties.Match('c*')).Count
            """)
        #expect(r.err.isEmpty, "\(r.err)")
        #expect(r.lines == ["b,c", "3", "1"])
    }

    @Test func psobjectTypeNames() {
        let r = run("""
            $o = [pscustomobject]@{ a = 1 }
            $o.psobject.TypeNames -join ','
            $o.psobject.TypeNames.Insert(0, 'My.Type')
            $o.pstypenames -join ','
            $o -is [pscustomobject]
            'abc'.psobject.TypeNames -join ','
            (1).psobject.TypeNames -join ','
            @{}.pstypenames -join ','
            (1).psobject.BaseObject
            """)
        #expect(r.err.isEmpty, "\(r.err)")
        #expect(r.lines == ["System.Management.Automation.PSCustomObject,System.Object",
                            "My.Type,System.Management.Automation.PSCustomObject,System.Object", "True",
                            "System.String,System.Object", "System.Int32,System.ValueType,System.Object",
                            "System.Collections.Hashtable,System.Object", "1"])
    }

    @Test func psobjectPropertiesOfAHashtableAreItsDotNetProperties() {
        let r = run("@{ a = 1 }.psobject.Properties | Where-Object Name -eq 'Count' | ForEach-Object { \"$($_.Value) $($_.MemberType)\" }")
        #expect(r.lines == ["1 Property"])
    }
}

/// A Double's own ToString() and composite formatting (`-f`) write .NET Core 3.0+'s shortest round-trip
/// text, while PowerShell's conversion to string keeps 15 significant digits (PowerShell/PowerShell#9893).
struct DoubleTextTests {
    @Test func toStringIsTheShortestRoundTripAndConversionKeepsFifteenDigits() {
        let r = ShellHarness.run("""
            (0.1 + 0.2).ToString(); "$(0.1 + 0.2)"; '{0}' -f (0.1 + 0.2)
            [math]::PI.ToString(); [string][math]::PI
            ([single]0.1).ToString(); (1e20).ToString(); [double]::MaxValue.ToString(); (2.5).ToString()
            """)
        #expect(r.err.isEmpty, "\(r.err)")
        #expect(r.lines == ["0.30000000000000004", "0.3", "0.30000000000000004", "3.141592653589793", "3.14159265358979",
                            "0.1", "1E+20", "1.7976931348623157E+308", "2.5"])
    }
}

/// `throw` alone in a catch block rethrows the error being handled (the same exception object); outside
/// a catch block (also in a function called from one) it is ScriptHalted, as in PowerShell.
struct RethrowTests {
    @Test func bareThrowRethrowsOnlyInsideTheCatchBlock() {
        let r = ShellHarness.run("""
            try { try { throw 'x1' } catch { throw } } catch { $_.FullyQualifiedErrorId }
            try { try { 1 / 0 } catch { $inner = $_; throw } } catch { $_.Exception.GetType().FullName; $inner.Exception -eq $_.Exception }
            function f { throw }
            try { try { throw 'x2' } catch { f } } catch { $_.FullyQualifiedErrorId }
            try { throw } catch { $_.FullyQualifiedErrorId }
            """)
        #expect(r.err.isEmpty, "\(r.err)")
        #expect(r.lines == ["x1", "System.DivideByZeroException", "True", "ScriptHalted", "ScriptHalted"])
    }
}
