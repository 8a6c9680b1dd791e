import Foundation
import Testing
@testable import CsShell
@testable import CsXmpp

/// csshell's options, input modes, streams and exit status through the real binary (contract.md).
struct CommandLineTests {
    @Test func commandRunsTextAndExits() throws {
        let r = try CLI.run(["-Command", "1 + 1; 'two'"])
        #expect(r.out == "2\ntwo\n")
        #expect(r.err == "")
        #expect(r.status == 0)
    }

    @Test func optionNamesAreCaseInsensitiveAndMayBeShortened() throws {
        #expect(try CLI.run(["-c", "'a'"]).out == "a\n")
        #expect(try CLI.run(["-COMMAND", "'b'"]).out == "b\n")
        #expect(try CLI.run(["-Comm", "'c'"]).out == "c\n")
        #expect(try CLI.run(["-NoProfile", "-NonInteractive", "-c", "'d'"]).out == "d\n")
    }

    @Test func remainingArgumentsJoinTheCommand() throws {
        #expect(try CLI.run(["-c", "Write-Output", "x", "y"]).out == "x\ny\n")
    }

    @Test func commandDashReadsStdin() throws {
        let r = try CLI.run(["-Command", "-"], stdin: "$x = 5\n$x * 2\n")
        #expect(r.out == "10\n")
    }

    @Test func pipedStdinIsAScript() throws {
        let r = try CLI.run([], stdin: "'from stdin'\nexit 4\n")
        #expect(r.out == "from stdin\n")
        #expect(r.status == 4)
    }

    @Test func fileRunsAScriptWithArgs() throws {
        let dir = CLI.tempDir()
        let path = dir + "/s.ps1"
        try "\"n=$($args.Count)\"; $args[1]".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try CLI.run(["-File", path, "p", "q"]).out == "n=2\nq\n")
        #expect(try CLI.run([path, "p"]).out == "n=1\n")
    }

    @Test func fileParseErrorNamesTheFile() throws {
        let dir = CLI.tempDir()
        let path = dir + "/bad.ps1"
        try "'ok'\nWrite-Output (1 +\n".write(toFile: path, atomically: true, encoding: .utf8)
        let r = try CLI.run(["-File", path])
        #expect(r.status == 1)
        #expect(r.out == "")
        #expect(r.err.contains("At \(path):"))
    }

    @Test func parseErrorInCommand() throws {
        let r = try CLI.run(["-c", "Get-CsXmppAllowedPartner |"])
        #expect(r.status == 1)
        #expect(r.err.hasPrefix("An empty pipe element is not allowed.\nAt line:1 char:"))
    }

    @Test func misuseIs64() throws {
        #expect(try CLI.run(["-Bogus"]).status == 64)
        #expect(try CLI.run(["-Command"]).status == 64)
        #expect(try CLI.run(["-Store"]).status == 64)
        #expect(try CLI.run(["-File"]).status == 64)
        #expect(try CLI.run(["/nonexistent/script.ps1"]).status == 64)
        let r = try CLI.run(["-Bogus"])
        #expect(r.err.contains("-Bogus"))
        #expect(r.out == "")
    }

    @Test func versionAndHelp() throws {
        let v = try CLI.run(["-Version"])
        #expect(v.status == 0)
        #expect(v.out.hasPrefix("csshell "))
        for flag in ["-Help", "-?", "-h"] {
            let h = try CLI.run([flag])
            #expect(h.status == 0)
            #expect(h.out.contains("-Command"))
        }
    }

    @Test func streamsAreSplit() throws {
        let r = try CLI.run(["-c", "'out'; Write-Warning 'w'; Write-Error 'e'; 'more'"])
        #expect(r.out == "out\nmore\n")
        #expect(r.err.hasPrefix("WARNING: w\nWrite-Error : e\n"))
        #expect(!r.err.contains("\u{1B}["))
        #expect(r.status == 1)
    }

    @Test func exitStatusRules() throws {
        #expect(try CLI.run(["-c", "exit 7"]).status == 7)
        #expect(try CLI.run(["-c", "exit 300"]).status == 44)
        #expect(try CLI.run(["-c", "Get-Nothing; 'after'"]).status == 1)
        #expect(try CLI.run(["-c", "try { Get-Nothing } catch { 'caught' }"]).status == 0)
        #expect(try CLI.run(["-c", "Write-Error 'x' 2>$null"]).status == 1)
        #expect(try CLI.run(["-c", "Write-Error 'x' -ErrorAction SilentlyContinue"]).status == 0)
        #expect(try CLI.run(["-c", ""]).status == 0)
    }

    @Test func nonInteractiveTurnsPromptsIntoErrors() throws {
        let store = CLI.tempDir() + "/s.json"
        let r = try CLI.run(["-NonInteractive", "-c", "Remove-CsXmppAllowedPartner"], env: ["CSSHELL_STORE": store])
        #expect(r.status == 1)
        #expect(r.err.contains("Cannot process command because of one or more missing mandatory parameters: Identity."))
        let c = try CLI.run(["-NonInteractive", "-c", "New-CsXmppAllowedPartner contoso.com -Confirm"], env: ["CSSHELL_STORE": store])
        #expect(c.status == 1)
        #expect(c.err.contains("PowerShell is in NonInteractive mode. Read and Prompt functionality is not available."))
    }

    @Test func malformedInputNeverCrashes() throws {
        var rng = SystemRandomNumberGenerator()
        let bytes = (0..<4000).map { _ in UInt8.random(in: 0...255, using: &rng) }
        let r = try CLI.run(["-Command", "-"], stdin: String(decoding: bytes, as: UTF8.self))
        #expect(r.status == 0 || r.status == 1)
        let deep = try CLI.run(["-c", String(repeating: "(", count: 10_000) + "1" + String(repeating: ")", count: 10_000)])
        #expect(deep.status == 1)
        let big = try CLI.run(["-Command", "-"], stdin: "$s = '" + String(repeating: "x", count: 1_000_000) + "'; $s.Length")
        #expect(big.out == "1000000\n")
    }
}
