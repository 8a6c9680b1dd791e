import Testing

/// Engine behaviours of pipelines with script commands that PowerShell's tests touch only in passing:
/// void method calls write nothing, stream redirections on a function reach the commands inside it,
/// Select-Object -First stops what runs before it, `exit` in a script file ends only that script.
struct PipelineEngineTests {
    /// Hashtable.Add/Remove/Clear are void in .NET: a statement that is only the call writes nothing,
    /// so a function's output is not padded with $null (PowerShell's AutomationNull).
    @Test func voidMethodCallsWriteNothing() {
        let r = ShellHarness.run("$h = @{ a = 1; b = 2 }; function f { $h.Remove('a'); $h.Add('c', 3); 'v'; $h.Clear() }; $r = @(f); $r.Count; $r[0]; $h.Count")
        #expect(r.lines == ["1", "v", "0"])
        #expect(ShellHarness.run("function g { [CmdletBinding()] param() $PSCmdlet.WriteObject(1) }; @(g).Count").lines == ["1"])
        // A method that returns $null (not void) still writes it.
        #expect(ShellHarness.run("$h = @{}; @($h['missing']).Count").lines == ["1"])
    }

    /// `3>&1`, `4>$null`, `*>&1` on a function or script block apply to the commands inside it
    /// (about_Redirection: the redirection is of the command's streams, which its contents write to).
    @Test func streamRedirectionsReachTheCommandsInside() {
        let merged = ShellHarness.run("function f { Write-Warning 'w'; Write-Verbose -Verbose 'v'; 'o' }; $x = f *>&1; $x.Count; $x | ForEach-Object { $_.GetType().Name + ':' + $_ }")
        #expect(merged.lines == ["3", "WarningRecord:w", "VerboseRecord:v", "String:o"])
        #expect(merged.err == "")
        let dropped = ShellHarness.run("& { Write-Warning 'w'; & { Write-Verbose -Verbose 'v' } } 3>$null 4>$null; 'done'")
        #expect(dropped.lines == ["done"])
        #expect(dropped.err == "")
        // A command inside that redirects the stream itself wins.
        let own = ShellHarness.run("$x = & { Write-Warning 'w' 3>$null; 'o' } 3>&1; $x")
        #expect(own.lines == ["o"])
        // ForEach-Object's redirection reaches its script block.
        #expect(ShellHarness.run("$x = 1..2 | ForEach-Object { Write-Warning \"w$_\" } 3>&1; $x.Count").lines == ["2"])
    }

    /// Select-Object -First n stops the commands before it once it has n objects: they see no more
    /// input and their end blocks do not run; the commands after it end normally.
    @Test func selectFirstStopsUpstream() {
        let r = ShellHarness.run("$n = 0; 1..100 | ForEach-Object { $script:n++; $_ } | Select-Object -First 2 | ForEach-Object -Process { $_ } -End { 'end' }; \"n=$n\"")
        #expect(r.lines == ["1", "2", "end", "n=2"])
        let f = ShellHarness.run("function up { process { $_ } end { 'up-end' } }; 1..5 | up | Select-Object -First 1")
        #expect(f.lines == ["1"])
    }

    /// `exit n` in a script file called from the shell ends that script, sets $LASTEXITCODE and, when
    /// n is not 0, makes $? false; the caller goes on.
    @Test func exitInAScriptFileEndsOnlyThatScript() throws {
        let dir = CLI.tempDir()
        let r = ShellHarness.run("'param($a)', '\"a=$a\"', 'exit 3', '\"not reached\"' | Out-File '\(dir)/s.ps1'; & '\(dir)/s.ps1' x; \"$LASTEXITCODE $?\"; & { exit 0 } ; 'after'")
        #expect(r.lines == ["a=x", "3 False"])
    }
}
