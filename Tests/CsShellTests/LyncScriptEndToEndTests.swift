import Foundation
import Testing

// End to end, with the built binary: the lines Lync administrators' scripts are made of around the
// partner cmdlets (Import-Module Lync first, dated log files, Test-Path / New-Item / Remove-Item,
// variables, strict mode, verbose output, Read-Host). Each of these failed before these cmdlets existed:
// `Import-Module` was "not recognized" and stopped nothing but printed an error, and so on.

@Suite(.serialized) struct LyncScriptEndToEndTests {
    func env(_ dir: String, _ extra: [String: String] = [:]) -> [String: String] {
        ["CSSHELL_STORE": dir + "/store.json", "HOME": dir].merging(extra) { _, e in e }
    }

    func script(_ text: String, in dir: String, _ extra: [String: String] = [:], args: [String] = []) throws -> ShellRun {
        let path = dir + "/script.ps1"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return try CLI.run(["-File", path] + args, env: env(dir, extra), cwd: dir)
    }

    @Test func importModuleLyncStartsAScript() throws {
        let d = CLI.tempDir()
        let r = try script("""
            Import-Module Lync
            Import-Module SkypeForBusiness -Force
            New-CsXmppAllowedPartner -Identity contoso.com -TlsNegotiation Optional -WarningAction SilentlyContinue
            (Get-CsXmppAllowedPartner).Identity
            """, in: d)
        #expect(r.err == "")
        #expect(r.status == 0)
        #expect(r.lines == ["contoso.com"])
        let unknown = try CLI.run(["-c", "Import-Module ActiveDirectory; 'went on'"], env: env(d))
        #expect(unknown.lines == ["went on"])
        #expect(unknown.status == 1)
        #expect(unknown.err.hasPrefix("Import-Module : The specified module 'ActiveDirectory' was not loaded because no valid module file was found in any module directory."))
        #expect(unknown.err.contains("Modules_ModuleNotFound,Microsoft.PowerShell.Commands.ImportModuleCommand"))
    }

    @Test func aDatedLogOfThePartners() throws {
        let d = CLI.tempDir()
        let r = try script("""
            Set-StrictMode -Version Latest
            Import-Module Lync
            New-CsXmppAllowedPartner -Identity contoso.com -WarningAction SilentlyContinue | Out-Null
            New-CsXmppAllowedPartner -Identity fabrikam.com -WarningAction SilentlyContinue | Out-Null
            $logDir = Join-Path -Path . -ChildPath logs
            if (-not (Test-Path -Path $logDir -PathType Container)) { New-Item -Path $logDir -ItemType Directory | Out-Null }
            $stamp = Get-Date -Date '2024-01-02 15:04:05' -Format 'yyyyMMdd-HHmmss'
            $log = Join-Path $logDir "partners-$stamp.log"
            Get-CsXmppAllowedPartner | Select-Object -ExpandProperty Identity | Tee-Object -FilePath $log | Out-Null
            Write-Verbose "wrote $log" -Verbose
            Split-Path $log -Leaf
            (Get-Content $log) -join ','
            Start-Sleep -Milliseconds 10
            Remove-Item $logDir -Recurse
            Test-Path $logDir
            """, in: d)
        #expect(r.lines == ["partners-20240102-150405.log", "contoso.com,fabrikam.com", "False"])
        #expect(r.err == "VERBOSE: wrote ./logs/partners-20240102-150405.log\n")
        #expect(r.status == 0)
    }

    /// Dates in a time zone other than UTC: zones in text become local time, UnixTimeSeconds is shown
    /// local, "$date" is the invariant form and the console the long en-US form.
    @Test func datesAndTimeZones() throws {
        let d = CLI.tempDir()
        let r = try CLI.run(["-c", """
            Get-Date -Date '2024-07-01T12:00:00Z' -Format 'yyyy-MM-dd HH:mm zzz'
            (Get-Date -UnixTimeSeconds 0).ToString('o')
            ([datetime]'2024-01-15 08:00').ToUniversalTime().ToString('u')
            "$([datetime]'2024-01-02 15:04:05')"
            [datetime]'2024-01-02 15:04:05'
            ([datetime]'2024-03-01' - [datetime]'2024-01-01').Days
            """], env: env(d, ["TZ": "America/New_York"]))
        #expect(r.err == "")
        #expect(r.lines == ["2024-07-01 08:00 -04:00", "1969-12-31T19:00:00.0000000-05:00", "2024-01-15 13:00:00Z", "01/02/2024 15:04:05",
                            "", "Tuesday, January 2, 2024 3:04:05 PM", "", "60"])
    }

    @Test func variablesAndStrictMode() throws {
        let d = CLI.tempDir()
        let r = try CLI.run(["-c", """
            Set-Variable -Name MaxPartners -Value 50 -Option ReadOnly
            (Get-Variable MaxPartners).Options
            $MaxPartners = 60
            Set-StrictMode -Version Latest
            $partner = [pscustomobject]@{ Identity = 'contoso.com' }
            $partner.Identity
            $partner.Idenity
            $misspelled
            'end'
            """], env: env(d))
        #expect(r.lines == ["ReadOnly", "contoso.com", "end"])
        #expect(r.status == 1)
        #expect(r.err.contains("Cannot overwrite variable MaxPartners because it is read-only or constant."))
        #expect(r.err.contains("The property 'Idenity' cannot be found on this object. Verify that the property exists."))
        #expect(r.err.contains("The variable '$misspelled' cannot be retrieved because it has not been set."))
    }

    @Test func streamsAndFormatWide() throws {
        let d = CLI.tempDir()
        let r = try CLI.run(["-c", """
            Write-Verbose 'hidden'
            Write-Debug 'hidden too'
            Write-Information 'shown' -InformationAction Continue
            Write-Verbose 'merged' -Verbose 4>&1
            'a', 'b', 'c' | Format-Wide -Column 3
            """], env: env(d))
        #expect(r.err == "")
        #expect(r.lines == ["shown", "VERBOSE: merged", "", "a" + String(repeating: " ", count: 40) + "b" + String(repeating: " ", count: 39) + "c", ""])
    }

    @Test func readHostWithoutATerminal() throws {
        let d = CLI.tempDir()
        let r = try CLI.run(["-c", "$answer = Read-Host -Prompt 'Partner domain'; 'after'"], stdin: "contoso.com\n", env: env(d))
        #expect(r.lines == ["after"])
        #expect(r.status == 1)
        #expect(r.err.hasPrefix("Read-Host : PowerShell is in NonInteractive mode. Read and Prompt functionality is not available."))
    }
}
