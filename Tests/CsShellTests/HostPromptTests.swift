import CsTestSupport
import Foundation
import Testing
@testable import CsCore
@testable import CsShell
@testable import CsXmpp

/// Prompts (-Confirm, missing mandatory parameters) and the interactive error form.
struct HostPromptTests {
    @Test func confirmAsksAndHonoursTheAnswer() {
        let store = InMemoryXmppStore()
        _ = ShellHarness.run("New-CsXmppAllowedPartner a.com -WarningAction Ignore; New-CsXmppAllowedPartner b.com -WarningAction Ignore", store: { store })
        let no = ShellHarness.run("Remove-CsXmppAllowedPartner a.com -Confirm", input: ["n"], store: { store })
        // Without a command prompt to return to (a script), [S] Suspend is not offered.
        #expect(no.out.contains("Confirm\nAre you sure you want to perform this action?\nPerforming the operation \"Remove-CsXmppAllowedPartner\" on target \"a.com\".\n[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [?] Help (default is \"Y\"): "))
        #expect(ShellHarness.run("@(Get-CsXmppAllowedPartner).Count", store: { store }).lines == ["2"])
        let all = ShellHarness.run("Get-CsXmppAllowedPartner | Remove-CsXmppAllowedPartner -Confirm", input: ["a"], store: { store })
        #expect(all.status == 0)
        #expect(ShellHarness.run("@(Get-CsXmppAllowedPartner).Count", store: { store }).lines == ["0"])
    }

    @Test func missingMandatoryParameterIsPromptedFor() {
        let store = InMemoryXmppStore()
        let r = ShellHarness.run("New-CsXmppAllowedPartner -WarningAction Ignore; (Get-CsXmppAllowedPartner).Identity", input: ["prompted.com"], store: { store })
        #expect(r.out.contains("cmdlet New-CsXmppAllowedPartner at command pipeline position 1\nSupply values for the following parameters:\nIdentity: "))
        #expect(r.lines.last == "prompted.com")
    }

    // PromptForChoice (ConsoleHostUserInterfacePromptForChoice.cs): `?` lists each choice's help and
    // asks again without repeating the caption; an answer that is no hotkey or label asks again; a
    // full label counts ("No to All"). [S] Suspend (where a command prompt exists) opens a nested
    // prompt and then asks the whole question again (MshCommandRuntime.InquireHelper).
    @Test func confirmationChoices() {
        let store = InMemoryXmppStore()
        _ = ShellHarness.run("New-CsXmppAllowedPartner a.com -WarningAction Ignore; New-CsXmppAllowedPartner b.com -WarningAction Ignore", store: { store })
        let host = StringHostIO(input: ["?", "maybe", "s", "No to All"])
        let session = ShellHarness.session(host: host, store: { store })
        var suspended = 0
        session.nestedPromptRunner = { suspended += 1 }
        _ = ScriptRunner(session: session).run("Get-CsXmppAllowedPartner | Remove-CsXmppAllowedPartner -Confirm", file: nil)
        let question = "\nConfirm\nAre you sure you want to perform this action?\nPerforming the operation \"Remove-CsXmppAllowedPartner\" on target \"a.com\".\n"
        let choices = "[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend  [?] Help (default is \"Y\"): "
        let help = """
            Y - Continue with only the next step of the operation.
            A - Continue with all the steps of the operation.
            N - Skip this operation and proceed with the next operation.
            L - Skip this operation and all subsequent operations.
            S - Pause the current pipeline and return to the command prompt. Type "exit" to resume the pipeline.

            """
        #expect(host.out == question + choices + "?\n" + help + choices + "maybe\n" + choices + "s\n" + question + choices + "No to All\n")
        #expect(suspended == 1)
        #expect(host.err == "")
        #expect(ShellHarness.run("@(Get-CsXmppAllowedPartner).Count", store: { store }).lines == ["2"])
    }

    // Ctrl-C at a prompt stops the command: nothing more is printed, nothing changes, and the rest
    // of the script does not run (ConsoleHostUserInterface: a prompt ended by a break is cancelled
    // and the pipeline stopped).
    @Test func ctrlCAtConfirmationStopsTheCommand() {
        let store = InMemoryXmppStore()
        _ = ShellHarness.run("New-CsXmppAllowedPartner a.com -WarningAction Ignore", store: { store })
        let r = ShellHarness.run("Remove-CsXmppAllowedPartner a.com -Confirm; 'rest'", input: [StringHostIO.ctrlC, ""], store: { store })
        #expect(r.out.hasSuffix("(default is \"Y\"): ^C"))
        #expect(r.err == "")
        #expect(ShellHarness.run("@(Get-CsXmppAllowedPartner).Count", store: { store }).lines == ["1"])
    }

    @Test func ctrlCAtMandatoryPromptStopsTheCommand() {
        let store = InMemoryXmppStore()
        let r = ShellHarness.run("New-CsXmppAllowedPartner -WarningAction Ignore; 'rest'", input: [StringHostIO.ctrlC, "typed.com"], store: { store })
        #expect(r.out.hasSuffix("Identity: ^C"))
        #expect(r.err == "")
        #expect(ShellHarness.run("@(Get-CsXmppAllowedPartner).Count", store: { store }).lines == ["0"])
    }

    @Test func interactiveSingleLineErrorsAreOneLine() {
        let host = StringHostIO()
        let session = ShellHarness.session(host: host, store: { InMemoryXmppStore() })
        session.isInteractive = true
        session.singleLineInput = true
        _ = ScriptRunner(session: session).run("Write-Error 'oops'", file: nil)
        #expect(host.err == "Write-Error : oops\n")
        host.err = ""
        session.singleLineInput = false
        _ = ScriptRunner(session: session).run("'a'\nWrite-Error 'oops'", file: nil)
        #expect(host.err.hasPrefix("Write-Error : oops\nAt line:2 char:1\n+ Write-Error 'oops'\n+ ~~~~~~~~~~~~~~~~~~\n"))
    }

    @Test func conciseAndCategoryViews() {
        let c = ShellHarness.run("$ErrorView = 'ConciseView'; Write-Error 'oops'")
        #expect(c.err.hasPrefix("Write-Error: "))
        let k = ShellHarness.run("$ErrorView = 'CategoryView'; Write-Error 'oops'")
        #expect(k.err == "NotSpecified: (:) [Write-Error], WriteErrorException\n")
    }
}

/// Get-History's table (powershell-language.md §6.2): Id right-aligned in 4, Duration right-aligned
/// in 12 as s.fff / m:ss.fff, then the command line.
struct HistoryTableTests {
    @Test func getHistoryTable() {
        let host = StringHostIO()
        let session = ShellHarness.session(host: host, store: { InMemoryXmppStore() })
        let t0 = Date(timeIntervalSince1970: 1_000_000)
        session.history.add("Get-CsXmppAllowedPartner", status: "Completed", start: t0, end: t0.addingTimeInterval(0.0123), limit: 4096)
        session.history.add("1..1e6 | Measure-Object", status: "Completed", start: t0, end: t0.addingTimeInterval(75.5), limit: 4096)
        _ = ScriptRunner(session: session).run("Get-History", file: nil)
        #expect(host.out == """

              Id     Duration CommandLine
              --     -------- -----------
               1        0.012 Get-CsXmppAllowedPartner
               2     1:15.500 1..1e6 | Measure-Object


            """)
        host.out = ""
        _ = ScriptRunner(session: session).run("(Get-History -Count 1).CommandLine; (Get-History 1).ExecutionStatus", file: nil)
        #expect(host.out == "1..1e6 | Measure-Object\nCompleted\n")
    }
}
