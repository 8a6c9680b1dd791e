import Foundation
import Testing
@testable import CsShell

/// Write-Verbose, Write-Debug, Write-Information, Tee-Object, Start-Sleep and Read-Host. Follows
/// PowerShell's Write-Verbose.Tests.ps1, Write-Debug.Tests.ps1, Write-Stream.Tests.ps1,
/// Tee-Object.Tests.ps1, Start-Sleep.Tests.ps1 and Read-Host.Tests.ps1.
struct StreamCmdletTests {
    func run(_ script: String, input: [String]? = nil) -> ShellRun { ShellHarness.run(script, input: input) }

    // Write-Verbose.Tests.ps1
    @Test func writeVerbose() {
        let quiet = run("$VerbosePreference; Write-Verbose -Message 'test'; Write-Verbose -Message test -ErrorAction SilentlyContinue")
        #expect(quiet.lines == ["SilentlyContinue"] && quiet.err == "")
        #expect(run("$VerbosePreference = 'Continue'; Write-Verbose -Message 'test'").err == "VERBOSE: test\n")
        #expect(run("Write-Verbose -Message 'test' -Verbose").err == "VERBOSE: test\n")
        #expect(run("Write-Verbose -Message test -Verbose:$false").err == "")
        // 4>&1 puts the record into the output: it is the message, without line breaks added.
        let long = String(repeating: "0123456789", count: 30)
        #expect(run("$out = Write-Verbose '\(long)' -Verbose 4>&1; \"$out\"; $out.GetType().FullName; $out.Message.Length").lines
                == [long, "System.Management.Automation.VerboseRecord", "300"])
        #expect(run("Write-Verbose x -Verbose 4>$null; 'next'").err == "")
        // Merged into the console's output, a record keeps its prefix.
        #expect(run("Write-Verbose 'to stdout' -Verbose 4>&1").out == "VERBOSE: to stdout\n")
    }

    // Write-Debug.Tests.ps1: "Should not have added line breaks"; -Debug no longer asks.
    @Test func writeDebug() {
        #expect(run("Write-Debug 'hidden'").err == "")
        #expect(run("$DebugPreference = 'Continue'; $out = Write-Debug 'text' 5>&1; \"$out\"; $out.GetType().Name").lines == ["text", "DebugRecord"])
        #expect(run("Write-Debug -Message 'A debug message' -Debug").err == "DEBUG: A debug message\n")
    }

    @Test func stopPreference() {
        let r = run("$VerbosePreference = 'Stop'; Write-Verbose 'halt'; 'not reached'")
        #expect(r.err.hasPrefix("VERBOSE: halt\n"))
        #expect(r.err.contains("The running command stopped because the preference variable \"VerbosePreference\" or common parameter is set to Stop: halt"))
        #expect(!r.out.contains("not reached"))
    }

    // Write-Stream.Tests.ps1: "Redirect Stream Tests" (to a file: the message alone).
    @Test func streamsRedirectedToAFile() throws {
        let d = CLI.tempDir()
        _ = run("Write-Warning 'Test Warning' 3>&1 > \(d)/w.txt; Write-Verbose 'Verbose Message' -Verbose 4>&1 > \(d)/v.txt; Write-Debug 'Debug Message' -Debug 5>&1 > \(d)/d.txt")
        #expect(try String(contentsOfFile: d + "/w.txt", encoding: .utf8) == "Test Warning\n")
        #expect(try String(contentsOfFile: d + "/v.txt", encoding: .utf8) == "Verbose Message\n")
        #expect(try String(contentsOfFile: d + "/d.txt", encoding: .utf8) == "Debug Message\n")
        #expect(run("Write-Error 'Test Error Message' -ErrorAction SilentlyContinue; \"$($Error[0])\"").lines == ["Test Error Message"])
    }

    // "Write-Information outputs an information object"; "Write-Information accepts `$null"
    @Test func writeInformation() {
        #expect(run("Write-Information 'TestMessage'").out == "" )
        #expect(run("Write-Information 'shown' -InformationAction Continue").out == "shown\n")
        #expect(run("$InformationPreference = 'Continue'; Write-Information -MessageData 'pref'; Write-Information -Msg 'alias'").out == "pref\nalias\n")
        let rec = run("$r = Write-Information 'Test Message' *>&1; \"$r\"; $r.GetType().FullName; $r.ProcessId -eq $PID; $r.NativeThreadId -ne 0; $r.Source; $r.TimeGenerated -is [datetime]")
        #expect(rec.lines == ["Test Message", "System.Management.Automation.InformationRecord", "True", "True", "Write-Information", "True"])
        #expect(run("$null | Write-Information -Tags myTag -ErrorAction Stop -InformationAction SilentlyContinue -InformationVariable i; $i.Tags; $null -eq $i.MessageData")
                .lines == ["myTag", "True"])
        #expect(run("'teststring', 12345 | Write-Information -InformationVariable iv; $iv.Count; $iv[1].MessageData").lines == ["2", "12345"])
        #expect(run("$v = Write-Host 'host text' 6>&1; $v.Tags; \"$v\"").lines == ["PSHOST", "host text"])
    }

    // Tee-Object.Tests.ps1
    @Test func teeObject() throws {
        let d = CLI.tempDir()
        #expect(run("Write-Output teeobjecttest1 | Tee-Object -Variable teeresults | Out-Null; $teeresults").lines == ["teeobjecttest1"])
        #expect(run("Write-Output teeobjecttest3 | Tee-Object \(d)/t1.txt; Get-Content \(d)/t1.txt").lines == ["teeobjecttest3", "teeobjecttest3"])
        #expect(run("$r = '1', '2', '3' | Tee-Object -FilePath \(d)/t2.txt; $r.Length; (Get-Content \(d)/t2.txt) -join ','").lines == ["3", "1,2,3"])
        #expect(run("$r = '1', '2', '3' | Tee-Object -Path \(d)/t3.txt; (Get-Content \(d)/t3.txt).Count").lines == ["3"])
        #expect(run("$r = '1', '2', '3' | Tee-Object -Variable teeObjectTestVar; (Get-Variable -Name teeObjectTestVar -ValueOnly).Length").lines == ["3"])
        #expect(run("'a' | Tee-Object \(d)/t4.txt -Append | Out-Null; 'b' | Tee-Object \(d)/t4.txt -Append | Out-Null; (Get-Content \(d)/t4.txt) -join ','").lines == ["a,b"])
        // "Should tee output to file using <encoding> encoding when selected"
        for enc in ["ascii", "bigendianunicode", "latin1", "unicode", "utf32", "utf8"] {
            let text = enc == "ascii" ? "teeobjecttest1" : "téèõbjêcttëst1"
            #expect(run("Write-Output -InputObject '\(text)' | Tee-Object -FilePath \(d)/e.txt -Encoding \(enc) | Out-Null; Get-Content -Path \(d)/e.txt -Encoding \(enc)").lines == [text], "\(enc)")
        }
        let bytes = try Data(contentsOf: URL(fileURLWithPath: d + "/e.txt"))
        #expect(Array(bytes.prefix(3)) == [0x74, 0xC3, 0xA9])   // utf8: no byte-order mark
    }

    // Start-Sleep.Tests.ps1
    @Test func startSleep() {
        func elapsed(_ script: String) -> Double {
            let start = Date()
            let r = run(script)
            #expect(r.err == "", "\(script): \(r.err)")
            return Date().timeIntervalSince(start)
        }
        #expect(elapsed("Start-Sleep -Seconds 0.3") >= 0.3)
        #expect(elapsed("Start-Sleep -Milliseconds 300") >= 0.3)
        #expect(elapsed("Start-Sleep -ms 300") >= 0.3)
        #expect(elapsed("Start-Sleep 0.3") >= 0.3)
        #expect(elapsed("Start-Sleep -Duration ([timespan]::FromMilliseconds(300))") >= 0.3)
        #expect(elapsed("Start-Sleep ([timespan]::FromMilliseconds(300))") >= 0.3)
        #expect(elapsed("Start-Sleep -Duration '0:00:00.3'") >= 0.3)
        let negative = run("Start-Sleep -Duration '-0:00:01'")
        #expect(negative.err.contains("Cannot validate argument on parameter 'Duration'. The argument \"-00:00:01\" cannot be validated because its value is not greater than or equal to zero."))
        #expect(negative.err.contains("ParameterArgumentValidationError,Microsoft.PowerShell.Commands.StartSleepCommand"))
        let long = run("Start-Sleep -Duration '30.0:00:00'")
        #expect(long.err.contains("The '-Duration' parameter value must not exceed '24.20:31:23.6470000', provided value was '30.00:00:00'."))
        #expect(long.err.contains("MaximumDurationExceeded,Microsoft.PowerShell.Commands.StartSleepCommand"))
        #expect(run("Start-Sleep -Seconds -1").err.contains("The -1 argument is less than the minimum allowed range of 0."))
    }

    // Read-Host.Tests.ps1: the prompt gets ': ' and the answer is returned; NonInteractive is an error.
    @Test func readHost() {
        let r = run("$a = Read-Host -Prompt 'foo'; \"got $a\"", input: ["!1"])
        #expect(r.out == "foo: !1\ngot !1\n")
        #expect(run("Read-Host Partner domain", input: ["contoso.com"]).out == "Partner domain: contoso.com\ncontoso.com\n")
        #expect(run("Read-Host", input: ["plain"]).lines == ["plain", "plain"])
        let secure = run("$s = Read-Host 'Passphrase' -AsSecureString; $s; \"$s\"; $s.GetType().FullName", input: ["hunter2"])
        #expect(secure.lines.suffix(3) == ["System.Security.SecureString", "System.Security.SecureString", "System.Security.SecureString"])
        #expect(run("Read-Host -MaskInput -Prompt Test", input: ["TEST"]).lines.last == "TEST")
        #expect(run("Read-Host -MaskInput -AsSecureString").err.contains("AmbiguousParameterSet"))
        let ni = run("Read-Host -Prompt 'foo'; 'after'")
        #expect(ni.lines == ["after"])
        #expect(ni.err.hasPrefix("Read-Host : PowerShell is in NonInteractive mode. Read and Prompt functionality is not available."))
        #expect(ni.err.contains("InvalidOperation,Microsoft.PowerShell.Commands.ReadHostCommand"))
    }
}
