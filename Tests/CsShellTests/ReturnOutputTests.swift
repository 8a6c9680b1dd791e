import Testing

/// `return` inside statements whose output is collected as a value (`$( … )`, `@( … )`, an `if` on the
/// right of `=`): what they wrote, the returned value last, goes to the output of the function or
/// script block that `return` leaves, and the assignment does not happen (Scripting.Followup.Tests.ps1,
/// "Return statement on the right side of an assignment should write the retrun value to outer pipe").
struct ReturnOutputTests {
    @Test func aSubexpressionsOutputReachesTheFunctionsOutputInOrder() {
        let r = ShellHarness.run(#"function f { "a"; $x = $("1"; $("2"; return "3")); "never" }; (f) -join ','"#)
        #expect(r.err == "")
        #expect(r.out == "a,1,2,3\n")
    }

    @Test func anAssignmentLeftByReturnDoesNotHappen() {
        let r = ShellHarness.run(#"$y = 'old'; function f { $script:y = if ($true) { return 'one' } }; f; $y"#)
        #expect(r.err == "")
        #expect(r.out == "one\nold\n")
    }

    @Test func aScriptBlockRunByForEachObjectWritesItToo() {
        let r = ShellHarness.run(#"(1, 2 | ForEach-Object { $v = @("x$_"; return "r$_") }) -join ','"#)
        #expect(r.out == "x1,r1,x2,r2\n")
    }

    @Test func atTheTopLevelItEndsTheScriptWithItsOutput() {
        let r = ShellHarness.run(#"'a'; $x = $('b'; return 'c'); 'never'"#)
        #expect(r.out == "a\nb\nc\n")
        #expect(r.status == 0)
    }

    @Test func aClassMethodStillReturnsOnlyItsReturnValue() {
        let r = ShellHarness.run(#"class C { [string] M() { $x = $('dropped'; return 'kept') } }; [C]::new().M(); 'after'"#)
        #expect(r.err == "")
        #expect(r.out == "kept\nafter\n")
    }
}
