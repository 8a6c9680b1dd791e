import Testing

/// PipelineBehaviour.Tests.ps1 restated (Language/Scripting): begin, process, end and clean blocks
/// in pipelines — the clean block runs only once another named block ran, also after an error, a
/// halted pipeline (`Select-Object -First`) or `exit`; its output is dropped but its other streams
/// are not; redirections on the command reach its blocks. Each case writes its own file under /tmp.
enum PipelineBehaviourCases {
    static let file = "PipelineBehaviour.Tests.ps1"

    /// A file for one case (the cases run in parallel in one process).
    static func path(_ tag: String) -> String { "$filePath = \"/tmp/cs-pester-pipeline-\(tag)-$PID.txt\"; Remove-Item $filePath -ErrorAction Ignore\n" }
    static let cleanup = "\nRemove-Item $filePath -ErrorAction Ignore"

    /// The "'Clean' block runs in pipeline" case for a simple or an advanced function.
    static func cleanInPipeline(_ tag: String, advanced: Bool) -> String {
        let (binding, pipeParam, item) = advanced ? ("[CmdletBinding()] ", "[Parameter(ValueFromPipeline)] $pipeInput", "$pipeInput") : ("", "", "$_")
        // Wrapped in `& { } 4>$null` so the verbose messages stay off the console, as Pester's output.
        return path(tag) + "& {\n" + #"""
        function test-1 { \#(binding)param([switch] $EmitError) process { if ($EmitError) { throw 'test-1-process-error' } else { Write-Output 'test-1' } } clean { 'test-1-clean' >> $filePath } }
        function test-2 { \#(binding)param(\#(pipeParam)) begin { Write-Verbose -Verbose 'test-2-begin' } process { \#(item) } clean { 'test-2-clean' >> $filePath } }
        function test-3 { \#(binding)param(\#(pipeParam)) end { Write-Verbose -Verbose 'test-3-end' } clean { 'test-3-clean' >> $filePath } }
        test-1 | test-2 | test-3
        (Get-Content $filePath) -join ','
        Remove-Item $filePath
        $failure = $null
        try { test-1 -EmitError | test-2 | test-3 } catch { $failure = $_ }
        $failure.Exception.Message
        (Get-Content $filePath) -join ','
        """# + "\n} 4>$null" + cleanup
    }

    /// A script block whose `block` runs `body` and whose clean block writes a warning, run with
    /// -WarningVariable: its output (or its error's message), then the warning variable.
    static func cleanRuns(_ block: String, _ body: String) -> String {
        #"""
        $Script = { [CmdletBinding()] param() \#(block) { \#(body) } clean { Write-Warning 'clean-warning' } }
        try { & $Script -WarningVariable wv 3>$null } catch { $_.Exception.Message }
        $wv
        """#
    }

    static let all: [PesterCase] = [
        PesterCase(file, "'Clean' block executes only if at least one of the other named blocks executed", path("only") + #"""
            function test-1 { clean { 'clean-redirected-output' > $filePath } }
            function test-2 { End { 'end' } clean { 'clean-redirected-output' > $filePath } }
            $null -eq (test-1)
            Test-Path $filePath
            test-2
            Test-Path $filePath
            Get-Content $filePath
            """# + cleanup, .lines(["True", "False", "end", "True", "clean-redirected-output"])),
        PesterCase(file, "'Clean' block is skipped when the command doesn't run due to no input from upstream command", "& {\n" + #"""
            function test-1 ([switch] $WriteOutput) { Process { if ($WriteOutput) { Write-Output 'process' } else { Write-Verbose -Verbose 'process' } } }
            function test-2 { Process { Write-Output "test-2: $_" } clean { Write-Warning 'test-2-clean-warning' } }
            $null -eq (test-1 | test-2 *>&1)
            $output = test-1 -WriteOutput | test-2 *>&1
            $output.Count
            $output | ForEach-Object { "$_" }
            """# + "\n} 4>$null", .lines(["True", "2", "test-2: process", "test-2-clean-warning"])),
        PesterCase(file, "'Clean' block is skipped when the command doesn't run due to terminating error from upstream Process block", path("proc") + #"""
            function test-1 ([switch] $ThrowException) { Process { if ($ThrowException) { throw 'process' } else { Write-Output 'process' } } }
            function test-2 { Process { Write-Output "test-2: $_" } clean { 'clean-redirected-output' > $filePath } }
            $failure = $null
            try { test-1 -ThrowException | test-2 } catch { $failure = $_ }
            $failure.Exception.Message
            Test-Path $filePath
            test-1 | test-2
            Get-Content $filePath
            """# + cleanup, .lines(["process", "False", "test-2: process", "clean-redirected-output"])),
        PesterCase(file, "'Clean' block is skipped when the command doesn't run due to terminating error from upstream Begin block", path("begin") + #"""
            function test-1 { Begin { throw 'begin' } End { 'end' } }
            function test-2 { Begin { 'begin' } Process { Write-Output "test-2: $_" } clean { 'clean-redirected-output' > $filePath } }
            $failure = $null
            try { test-1 | test-2 } catch { $failure = $_ }
            $failure.Exception.Message
            Test-Path $filePath
            """# + cleanup, .lines(["begin", "False"])),
        PesterCase(file, "'Clean' block runs when 'Begin' runs", cleanRuns("begin", "'output'"), .lines(["output", "clean-warning"])),
        PesterCase(file, "'Clean' block runs when 'Process' runs", cleanRuns("process", "'output'"), .lines(["output", "clean-warning"])),
        PesterCase(file, "'Clean' block runs when 'End' runs", cleanRuns("end", "'output'"), .lines(["output", "clean-warning"])),
        PesterCase(file, "'Clean' block runs when 'Begin' throws terminating error", cleanRuns("begin", "throw 'failure'"), .lines(["failure", "clean-warning"])),
        PesterCase(file, "'Clean' block runs when 'Process' throws terminating error", cleanRuns("process", "throw 'failure'"), .lines(["failure", "clean-warning"])),
        PesterCase(file, "'Clean' block runs when 'End' throws terminating error", cleanRuns("end", "throw 'failure'"), .lines(["failure", "clean-warning"])),
        PesterCase(file, "'Clean' block runs in pipeline - simple function", cleanInPipeline("simple", advanced: false),
                   .lines(["test-1-clean,test-2-clean,test-3-clean", "test-1-process-error", "test-1-clean,test-2-clean"])),
        PesterCase(file, "'Clean' block runs in pipeline - advanced function", cleanInPipeline("advanced", advanced: true),
                   .lines(["test-1-clean,test-2-clean,test-3-clean", "test-1-process-error", "test-1-clean,test-2-clean"])),
        PesterCase(file, "does not execute End {} if the pipeline is halted during Process {}",
                   #"1..10 | & { begin { "BEGIN" } process { "PROCESS $_" } end { "END"; throw "This should not be reached." } } | Select-Object -First 3"#,
                   .lines(["BEGIN", "PROCESS 1", "PROCESS 2"])),
        PesterCase(file, "still executes 'Clean' block if the pipeline is halted", path("halted") + #"""
            1..10 | & { process { $_ } clean { "Clean block hit" > $filePath } } | Select-Object -First 1
            Get-Content $filePath
            """# + cleanup, .lines(["1", "Clean block hit"])),
        PesterCase(file, "Select-Object in pipeline", path("select") + #"""
            function bar { process { 'bar_' + $_ } end { 'bar_end' } clean { 'bar_clean' > $filePath } }
            function zoo { process { 'zoo_' + $_ } end { 'zoo_end' } clean { 'zoo_clean' >> $filePath } }
            1..10 | bar | Select-Object -First 2 | zoo
            (Get-Content $filePath) -join ','
            """# + cleanup, .lines(["zoo_bar_1", "zoo_bar_2", "zoo_end", "bar_clean,zoo_clean"])),
        PesterCase(file, "Permits output from named block: begin", "& { begin { 10 } }", .lines(["10"])),
        PesterCase(file, "Permits output from named block: process", "& { process { 15 } }", .lines(["15"])),
        PesterCase(file, "Permits output from named block: end", "& { end { 22 } }", .lines(["22"])),
        PesterCase(file, "Does not allow output from 'Clean' block", "$null -eq (& { end { } clean { 11 } })", .isTrue),
        PesterCase(file, "OutVariable should not capture anything from 'Clean' block", #"""
            function test { [CmdletBinding()] param() Begin { 'begin' } Process { 'process' } End { 'end' } clean { 'clean' } }
            test -OutVariable ov
            $ov -join ','
            """#, .lines(["begin", "process", "end", "begin,process,end"])),
        PesterCase(file, "Other streams can be captured from 'Clean' block", #"""
            function test { [CmdletBinding()] param() End { } clean { Write-Output 'clean-output'; Write-Warning 'clean-warning'; Write-Verbose -Verbose 'clean-verbose'; Write-Debug -Debug 'clean-debug'; Write-Information 'clean-information' } }
            test -OutVariable ov -WarningVariable wv -InformationVariable iv *>$null
            $ov.Count
            $wv
            $iv
            $allStreams = test *>&1
            $allStreams -join ','
            """#, .lines(["0", "clean-warning", "clean-information", "clean-warning,clean-verbose,clean-debug,clean-information"])),
        PesterCase(file, "passes output for begin, then process, then end, then clean",
                   #"$Script = { clean { Write-Warning 'clean-warning' } process { "PROCESS" } begin { "BEGIN" } end { "END" } }; (& $Script 3>&1) -join ','"#,
                   .lines(["BEGIN,PROCESS,END,clean-warning"])),
        PesterCase(file, "'Clean' block runs when 'exit' is used in other named blocks", path("exit") + #"""
            & $env:CSSHELL_BIN -c "& { process { exit 122 } clean { 'Clean block is hit' > '$filePath' } }"
            $LASTEXITCODE
            Get-Content $filePath
            """# + cleanup, .lines(["122", "Clean block is hit"])),
        PesterCase(file, "ExitException within 'Clean' block will not be propagated up", path("exitclean") + #"""
            function test { end {} clean { 'Clean block is hit' > $filePath; exit; 'more text' >> $filePath } }
            test
            'after'
            Get-Content $filePath
            """# + cleanup, .lines(["after", "Clean block is hit"])),
        PesterCase(file, "Exit from a script file works the same in 'Clean' block", path("exitfile") + #"""
            $scriptFile = "$filePath.ps1"
            "exit 122" > $scriptFile
            function test { end {} clean { & $scriptFile; $LASTEXITCODE > $filePath } }
            test
            Get-Content $filePath
            Remove-Item $scriptFile
            """# + cleanup, .lines(["122"])),
    ]

    static let gaps: [PesterGap] = [
        PesterGap(file, "'Clean' runs when steppable pipeline runs to the end successfully (Begin block)", .outOfScope("ScriptBlock.GetSteppablePipeline(): a .NET API")),
        PesterGap(file, "'Clean' runs when steppable pipeline runs to the end successfully (Process block)", .outOfScope("ScriptBlock.GetSteppablePipeline(): a .NET API")),
        PesterGap(file, "'Clean' runs when steppable pipeline runs to the end successfully (End block)", .outOfScope("ScriptBlock.GetSteppablePipeline(): a .NET API")),
        PesterGap(file, "'Clean' runs when steppable pipeline runs to the end successfully (All block)", .outOfScope("ScriptBlock.GetSteppablePipeline(): a .NET API")),
        PesterGap(file, "'Clean' runs when exception thrown from 'Begin' block", .outOfScope("ScriptBlock.GetSteppablePipeline(): a .NET API")),
        PesterGap(file, "'Clean' runs when exception thrown from 'Process' block", .outOfScope("ScriptBlock.GetSteppablePipeline(): a .NET API")),
        PesterGap(file, "'Clean' runs when exception thrown from 'End' block", .outOfScope("ScriptBlock.GetSteppablePipeline(): a .NET API")),
        PesterGap(file, "'Clean' runs when we explicitly call it on a steppable pipeline", .outOfScope("ScriptBlock.GetSteppablePipeline(): a .NET API")),
        PesterGap(file, "Calling 'Clean' on steppable pipeline after it has run automatically upon Exception won't trigger the 'Clean' block to run again",
                  .outOfScope("ScriptBlock.GetSteppablePipeline(): a .NET API")),
        PesterGap(file, "Calling 'Clean' on steppable pipeline after it has run automatically upon success won't trigger the 'Clean' block to run again",
                  .outOfScope("ScriptBlock.GetSteppablePipeline(): a .NET API")),
        PesterGap(file, "Clean block runs fine in a proxy function when a dynamic parameter fails to bind",
                  .notDone("needs [System.Management.Automation.ProxyCommand]::Create and Get-ChildItem's dynamic -Attributes parameter")),
        PesterGap(file, "still executes clean {} when StopProcessing() is triggered mid-pipeline", .outOfScope("[powershell]::Create() and BeginInvoke/Stop: the .NET hosting API")),
        PesterGap(file, "Array with 'Automation.Null' elements can be piped to pipeline", .outOfScope("AutomationNull as a value inside an array: a .NET engine internal")),
        PesterGap(file, "Automation.Null is not written to pipeline in a function", .outOfScope("AutomationNull as a value inside an array: a .NET engine internal")),
    ]
}

@Suite struct PipelineBehaviourPesterTests {
    @Test(arguments: PipelineBehaviourCases.all) func follows(_ c: PesterCase) { c.check() }
}
