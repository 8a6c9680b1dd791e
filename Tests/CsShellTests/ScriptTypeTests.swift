import Testing

// enum and class statements end to end (in process). Expected values follow PowerShell's about_Enum and
// about_Classes (values count on from the previous member; a [Flags] value prints the members it
// combines; a typed property converts what is assigned; a method gives only what `return` gives).

@Suite struct ScriptTypeTests {
    private func lines(_ script: String) -> (lines: [String], err: String) {
        let r = ShellHarness.run(script)
        return (r.lines, r.err)
    }

    @Test func enumValuesCountOnFromThePreviousMember() {
        let r = lines("enum Color { Red; Green = 5; Blue }\n[Color]::Blue; [int][Color]::Blue; [int][Color]::Red; [Color]'green'; [Color]5 -is [Color]; [Color]::Blue.GetType().Name")
        #expect(r.lines == ["Blue", "6", "0", "Green", "True", "Color"] && r.err.isEmpty, "\(r)")
    }

    @Test func flagsEnumCombinesMembers() {
        let r = lines("[Flags()] enum Access : byte { Read = 1; Write = 2; Run = 4 }\n[Access]3; [Access]'Read, Run'; [int]([Access]'Write, Run')")
        #expect(r.lines == ["Read, Write", "Read, Run", "6"] && r.err.isEmpty, "\(r)")
    }

    @Test func enumValueMustFitItsUnderlyingType() {
        let r = lines("try { enum Small : byte { A = 256 } } catch { 'refused' }")
        #expect(r.lines == ["refused"], "\(r)")
    }

    @Test func typedPropertyConvertsOnAssignmentAndRefusesWhatItCannot() {
        let r = lines("class P { [int]$Age }\n$p = [P]::new(); $p.Age = '42'; $p.Age.GetType().Name\ntry { $p.Age = 'x' } catch { $_.FullyQualifiedErrorId }")
        #expect(r.lines == ["Int32", "ExceptionWhenSetting"], "\(r)")
    }

    @Test func methodsGiveOnlyWhatReturnGives() {
        let r = lines("class M { [int] One() { 'dropped'; Write-Output 'dropped too'; return '1' }; [void] None() { 'dropped' } }\n$m = [M]::new(); $m.One(); $m.One().GetType().Name; $null -eq $m.None()")
        #expect(r.lines == ["1", "Int32", "True"] && r.err.isEmpty, "\(r)")
    }

    @Test func baseConstructorsAndBaseMethods() {
        let r = lines("""
        class Base { [int]$X; Base([int]$x) { $this.X = $x }; [string] Who() { return 'base' } }
        class Derived : Base { Derived() : base(7) { }; [string] Who() { return 'derived of ' + ([Base]$this).Who() } }
        $d = [Derived]::new(); $d.X; $d.Who(); $d -is [Base]; $d.GetType().BaseType.Name
        """)
        #expect(r.lines == ["7", "derived of base", "True", "Base"] && r.err.isEmpty, "\(r)")
    }

    @Test func staticMembers() {
        let r = lines("class Counter { static [int]$Count = 1; static [int] Next() { [Counter]::Count++; return [Counter]::Count } }\n[Counter]::Next(); [Counter]::Next(); [Counter]::Count")
        #expect(r.lines == ["2", "3", "3"] && r.err.isEmpty, "\(r)")
    }

    @Test func classTypesParameters() {
        let r = lines("class Pt { [int]$X }\nfunction Get-X { param([Pt]$p) $p.X }\nGet-X -p @{ X = 4 }; (Get-X ([Pt]@{ X = '5' })) + 1")
        #expect(r.lines == ["4", "6"] && r.err.isEmpty, "\(r)")
    }

    @Test func noConstructorForTheArguments() {
        let r = lines("class C { C() {} }\ntry { [C]::new(1, 2) } catch { $_.FullyQualifiedErrorId }")
        #expect(r.lines == ["MethodCountCouldNotFindBest"], "\(r)")
    }
}
