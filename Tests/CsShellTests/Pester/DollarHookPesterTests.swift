import Foundation
import Testing

/// DollarHook.Tests.ps1 restated (Language/Scripting): `$?` after cmdlets, native programs, expressions,
/// subexpressions `$( )` and array subexpressions `@( )` (the status of the last statement they ran),
/// expandable strings, and redirections. Upstream records `$?` through a `Hook` function and runs each
/// script with Invoke-Expression (`testexe -returncode N` is a native program exiting with N: here
/// `sh -c "exit N"`; TESTDRIVE: is a file under /tmp); the terminating-error cases run in a fresh
/// runspace, here in a script block whose errors are discarded.
enum DollarHookCases {
    static let file = "DollarHook.Tests.ps1"
    /// Upstream's Hook function, and a runner printing the values it recorded.
    static let hook = #"$hookValues = [System.Collections.Generic.List[bool]]::new(); function Hook { param([Parameter(Position = 0)][bool]$Value); $hookValues.Add($Value) }; "#
    static func hooked(_ script: String) -> String { hook + "Invoke-Expression '\(script.replacingOccurrences(of: "'", with: "''"))' 2>&1 > $null; $hookValues" }
    static func hookedOutput(_ script: String) -> String {
        hook + "$output = Invoke-Expression '\(script.replacingOccurrences(of: "'", with: "''"))' 2>$null; $hookValues; '---'; $output"
    }
    static func terminating(_ script: String) -> String { "& { \(script) } 2>$null" }
    static let all: [PesterCase] = [
        PesterCase(file, "Sets $? for case Write-Output \"Hi\"; Hook $?", hooked("Write-Output \"Hi\"; Hook $?"), .lines(["True"])),
        PesterCase(file, "Sets $? for case Write-Error \"Bad\"; Hook $?", hooked("Write-Error \"Bad\"; Hook $?"), .lines(["False"])),
        PesterCase(file, "Sets $? for case Write-Error \"Bad\"; Hook $?; Hook $?", hooked("Write-Error \"Bad\"; Hook $?; Hook $?"), .lines(["False", "True"])),
        PesterCase(file, "Sets $? for case testexe -returncode 0; Hook $?", hooked("sh -c \"exit 0\"; Hook $?"), .lines(["True"])),
        PesterCase(file, "Sets $? for case testexe -returncode 1; Hook $?; Hook $?", hooked("sh -c \"exit 1\"; Hook $?; Hook $?"), .lines(["False", "True"])),
        PesterCase(file, "Sets $? for case \"Hi\"; Hook $?", hooked("\"Hi\"; Hook $?"), .lines(["True"])),
        PesterCase(file, "Sets $? for case Write-Error \"Bad\"; \"Hi\"; Hook $?", hooked("Write-Error \"Bad\"; \"Hi\"; Hook $?"), .lines(["True"])),
        PesterCase(file, "Sets $? for case (Write-Output \"Hi\"); Hook $?", hooked("(Write-Output \"Hi\"); Hook $?"), .lines(["True"])),
        PesterCase(file, "Sets $? for case Write-Error \"Bad\"; (\"Hi\"); Hook $?", hooked("Write-Error \"Bad\"; (\"Hi\"); Hook $?"), .lines(["True"])),
        PesterCase(file, "Sets $? for case (Write-Error \"Bad\"); Hook $?; Hook $?", hooked("(Write-Error \"Bad\"); Hook $?; Hook $?"), .lines(["False", "True"])),
        PesterCase(file, "Sets $? for case (testexe -returncode 0); Hook $?", hooked("(sh -c \"exit 0\"); Hook $?"), .lines(["True"])),
        PesterCase(file, "Sets $? for case (testexe -returncode 1); Hook $?; Hook $?", hooked("(sh -c \"exit 1\"); Hook $?; Hook $?"), .lines(["False", "True"])),
        PesterCase(file, "Sets $? for case $(\"Hi\"); Hook $?", hooked("$(\"Hi\"); Hook $?"), .lines(["True"])),
        PesterCase(file, "Sets $? for case Write-Error \"Bad\"; $(\"Hi\"); Hook $?", hooked("Write-Error \"Bad\"; $(\"Hi\"); Hook $?"), .lines(["True"])),
        PesterCase(file, "Sets $? for case $(); Hook $?", hooked("$(); Hook $?"), .lines(["True"])),
        PesterCase(file, "Sets $? for case Write-Error \"Bad\"; $(); Hook $?", hooked("Write-Error \"Bad\"; $(); Hook $?"), .lines(["True"])),
        PesterCase(file, "Sets $? for case $(Write-Error \"Bad\"); Hook $?; Hook $?", hooked("$(Write-Error \"Bad\"); Hook $?; Hook $?"), .lines(["False", "True"])),
        PesterCase(file, "Sets $? for case $(testexe -returncode 1); Hook $?; Hook $?", hooked("$(sh -c \"exit 1\"); Hook $?; Hook $?"), .lines(["False", "True"])),
        PesterCase(file, "Sets $? for case Write-Error \"Bad\"; $(trap { continue }); Hook $?", hooked("Write-Error \"Bad\"; $(trap { continue }); Hook $?"), .lines(["True"])),
        PesterCase(file, "Sets $? for case Write-Error \"Bad\"; $(trap { continue } \"Hi\"); Hook $?", hooked("Write-Error \"Bad\"; $(trap { continue } \"Hi\"); Hook $?"), .lines(["True"])),
        PesterCase(file, "Sets $? for case @(\"Hi\"); Hook $?", hooked("@(\"Hi\"); Hook $?"), .lines(["True"])),
        PesterCase(file, "Sets $? for case @(); Hook $?", hooked("@(); Hook $?"), .lines(["True"])),
        PesterCase(file, "Sets $? for case Write-Error \"Bad\"; @(\"Hi\"); Hook $?", hooked("Write-Error \"Bad\"; @(\"Hi\"); Hook $?"), .lines(["True"])),
        PesterCase(file, "Sets $? for case Write-Error \"Bad\"; @(); Hook $?", hooked("Write-Error \"Bad\"; @(); Hook $?"), .lines(["True"])),
        PesterCase(file, "Sets $? for case Write-Error \"Bad\"; @(\"Hi\", \"There\"); Hook $?", hooked("Write-Error \"Bad\"; @(\"Hi\", \"There\"); Hook $?"), .lines(["True"])),
        PesterCase(file, "Sets $? for case Write-Error \"Bad\"; @(\"Hi\"; \"There\"); Hook $?", hooked("Write-Error \"Bad\"; @(\"Hi\"; \"There\"); Hook $?"), .lines(["True"])),
        PesterCase(file, "Sets $? for case Write-Error \"Bad\"; @(trap { continue }); Hook $?", hooked("Write-Error \"Bad\"; @(trap { continue }); Hook $?"), .lines(["True"])),
        PesterCase(file, "Sets $? for case Write-Error \"Bad\"; @(trap { continue } \"Hi\"); Hook $?", hooked("Write-Error \"Bad\"; @(trap { continue } \"Hi\"); Hook $?"), .lines(["True"])),
        PesterCase(file, "Sets $? for case Write-Error \"Bad\"; @(trap { continue } \"Hi\", \"There\"); Hook $?", hooked("Write-Error \"Bad\"; @(trap { continue } \"Hi\", \"There\"); Hook $?"), .lines(["True"])),
        PesterCase(file, "Sets $? for case @(Write-Error \"Bad\"); Hook $?; Hook $?", hooked("@(Write-Error \"Bad\"); Hook $?; Hook $?"), .lines(["False", "True"])),
        PesterCase(file, "Sets $? for case @(Write-Error \"Bad\"; \"Hi\"); Hook $?; Hook $?", hooked("@(Write-Error \"Bad\"; \"Hi\"); Hook $?; Hook $?"), .lines(["True", "True"])),
        PesterCase(file, "Sets $? for case @(\"Hi\"; Write-Error \"Bad\"); Hook $?; Hook $?", hooked("@(\"Hi\"; Write-Error \"Bad\"); Hook $?; Hook $?"), .lines(["False", "True"])),
        PesterCase(file, "Sets $? for case @(Write-Error \"Bad\"; Write-Output \"Hi\"); Hook $?; Hook $?", hooked("@(Write-Error \"Bad\"; Write-Output \"Hi\"); Hook $?; Hook $?"), .lines(["True", "True"])),
        PesterCase(file, "Sets $? for case @(Write-Output \"Hi\"; Write-Error \"Bad\"); Hook $?; Hook $?", hooked("@(Write-Output \"Hi\"; Write-Error \"Bad\"); Hook $?; Hook $?"), .lines(["False", "True"])),
        PesterCase(file, "Sets $? correctly for string expression \"Hi\"; Hook $?", hookedOutput("\"Hi\"; Hook $?"), .lines(["True", "---", "Hi"])),
        PesterCase(file, "Sets $? correctly for string expression \"Hi $(\"Good\")\"; Hook $?", hookedOutput("\"Hi $(\"Good\")\"; Hook $?"), .lines(["True", "---", "Hi Good"])),
        PesterCase(file, "Sets $? correctly for string expression \"Hi $(Write-Error \"Bad\")\"; Hook $?", hookedOutput("\"Hi $(Write-Error \"Bad\")\"; Hook $?"), .lines(["True", "---", "Hi "])),
        PesterCase(file, "Sets $? correctly for string expression \"Hi $(Write-Output \"Good\")\"; Hook $?", hookedOutput("\"Hi $(Write-Output \"Good\")\"; Hook $?"), .lines(["True", "---", "Hi Good"])),
        PesterCase(file, "Sets $? correctly for single expression with redirection Write-Error \"Bad\"; Hook $?; \"b\" > $null; Hook $?", hooked("Write-Error \"Bad\"; Hook $?; \"b\" > $null; Hook $?"), .lines(["False", "True"])),
        PesterCase(file, "Sets $? correctly for single expression with redirection Write-Error \"Bad\"; Hook $?; \"b\" >> $null; Hook $?", hooked("Write-Error \"Bad\"; Hook $?; \"b\" >> $null; Hook $?"), .lines(["False", "True"])),
        PesterCase(file, "Sets $? correctly for single expression with redirection Write-Error \"Bad\"; Hook $?; \"b\" > TESTDRIVE:\\out.txt; Hook $?", hooked("Write-Error \"Bad\"; Hook $?; \"b\" > /tmp/csshell-pester-dollarhook-$PID.txt; Hook $?"), .lines(["False", "True"])),
        PesterCase(file, "Sets $? correctly for single expression with redirection Write-Error \"Bad\"; Hook $?; \"b\" >> TESTDRIVE:\\out.txt; Hook $?", hooked("Write-Error \"Bad\"; Hook $?; \"b\" >> /tmp/csshell-pester-dollarhook-$PID.txt; Hook $?"), .lines(["False", "True"])),
        PesterCase(file, "Sets $? correctly for single expression with redirection Write-Error \"Bad\"; Hook $?; \"b\" 2> $null; Hook $?", hooked("Write-Error \"Bad\"; Hook $?; \"b\" 2> $null; Hook $?"), .lines(["False", "True"])),
        PesterCase(file, "Sets $? correctly for single expression with redirection Write-Error \"Bad\"; Hook $?; \"b\" 2>> $null; Hook $?", hooked("Write-Error \"Bad\"; Hook $?; \"b\" 2>> $null; Hook $?"), .lines(["False", "True"])),
        PesterCase(file, "Sets $? correctly for single expression with redirection Write-Error \"Bad\"; Hook $?; \"b\" 2> TESTDRIVE:\\out.txt; Hook $?", hooked("Write-Error \"Bad\"; Hook $?; \"b\" 2> /tmp/csshell-pester-dollarhook-$PID.txt; Hook $?"), .lines(["False", "True"])),
        PesterCase(file, "Sets $? correctly for single expression with redirection Write-Error \"Bad\"; Hook $?; \"b\" 2>> TESTDRIVE:\\out.txt; Hook $?", hooked("Write-Error \"Bad\"; Hook $?; \"b\" 2>> /tmp/csshell-pester-dollarhook-$PID.txt; Hook $?"), .lines(["False", "True"])),
        PesterCase(file, "Sets $? correctly for single expression with redirection Write-Error \"Bad\"; Hook $?; \"b\" 2>&1; Hook $?", hooked("Write-Error \"Bad\"; Hook $?; \"b\" 2>&1; Hook $?"), .lines(["False", "True"])),
        PesterCase(file, "Sets $? correctly for single expression with redirection Write-Error \"Bad\"; Hook $?; \"b\" 2>&1; Hook $? (again)", hooked("Write-Error \"Bad\"; Hook $?; \"b\" 2>&1; Hook $?"), .lines(["False", "True"])),
        PesterCase(file, "Sets $? correctly for single expression with redirection Write-Error \"Bad\"; Hook $?; \"b\" 2>&1 > $null; Hook $?", hooked("Write-Error \"Bad\"; Hook $?; \"b\" 2>&1 > $null; Hook $?"), .lines(["False", "True"])),
        PesterCase(file, "Sets $? correctly for single expression with redirection Write-Error \"Bad\"; Hook $?; \"b\" 2>&1 > TESTDRIVE:\\out.txt; Hook $?", hooked("Write-Error \"Bad\"; Hook $?; \"b\" 2>&1 > /tmp/csshell-pester-dollarhook-$PID.txt; Hook $?"), .lines(["False", "True"])),
        PesterCase(file, "Sets $? correctly for single expression with redirection Write-Error \"Bad\"; Hook $?; (\"b\" > $null); Hook $?", hooked("Write-Error \"Bad\"; Hook $?; (\"b\" > $null); Hook $?"), .lines(["False", "True"])),
        PesterCase(file, "Sets $? correctly for single expression with redirection Write-Error \"Bad\"; Hook $?; (\"b\" >> $null); Hook $?", hooked("Write-Error \"Bad\"; Hook $?; (\"b\" >> $null); Hook $?"), .lines(["False", "True"])),
        PesterCase(file, "Sets $? correctly for single expression with redirection Write-Error \"Bad\"; Hook $?; (\"b\" > TESTDRIVE:\\out.txt); Hook $?", hooked("Write-Error \"Bad\"; Hook $?; (\"b\" > /tmp/csshell-pester-dollarhook-$PID.txt); Hook $?"), .lines(["False", "True"])),
        PesterCase(file, "Sets $? correctly for single expression with redirection Write-Error \"Bad\"; Hook $?; (\"b\" >> TESTDRIVE:\\out.txt); Hook $?", hooked("Write-Error \"Bad\"; Hook $?; (\"b\" >> /tmp/csshell-pester-dollarhook-$PID.txt); Hook $?"), .lines(["False", "True"])),
        PesterCase(file, "Sets $? correctly for single expression with redirection Write-Error \"Bad\"; Hook $?; (\"b\" 2> $null); Hook $?", hooked("Write-Error \"Bad\"; Hook $?; (\"b\" 2> $null); Hook $?"), .lines(["False", "True"])),
        PesterCase(file, "Sets $? correctly for single expression with redirection Write-Error \"Bad\"; Hook $?; (\"b\" 2>> $null); Hook $?", hooked("Write-Error \"Bad\"; Hook $?; (\"b\" 2>> $null); Hook $?"), .lines(["False", "True"])),
        PesterCase(file, "Sets $? correctly for single expression with redirection Write-Error \"Bad\"; Hook $?; (\"b\" 2> TESTDRIVE:\\out.txt); Hook $?", hooked("Write-Error \"Bad\"; Hook $?; (\"b\" 2> /tmp/csshell-pester-dollarhook-$PID.txt); Hook $?"), .lines(["False", "True"])),
        PesterCase(file, "Sets $? correctly for single expression with redirection Write-Error \"Bad\"; Hook $?; (\"b\" 2>> TESTDRIVE:\\out.txt); Hook $?", hooked("Write-Error \"Bad\"; Hook $?; (\"b\" 2>> /tmp/csshell-pester-dollarhook-$PID.txt); Hook $?"), .lines(["False", "True"])),
        PesterCase(file, "Sets $? correctly for single expression with redirection Write-Error \"Bad\"; Hook $?; (\"b\" 2>&1); Hook $?", hooked("Write-Error \"Bad\"; Hook $?; (\"b\" 2>&1); Hook $?"), .lines(["False", "True"])),
        PesterCase(file, "Sets $? correctly for single expression with redirection Write-Error \"Bad\"; Hook $?; (\"b\" 2>&1 > $null); Hook $?", hooked("Write-Error \"Bad\"; Hook $?; (\"b\" 2>&1 > $null); Hook $?"), .lines(["False", "True"])),
        PesterCase(file, "Sets $? correctly for single expression with redirection Write-Error \"Bad\"; Hook $?; (\"b\" 2>&1 > TESTDRIVE:\\out.txt); Hook $?", hooked("Write-Error \"Bad\"; Hook $?; (\"b\" 2>&1 > /tmp/csshell-pester-dollarhook-$PID.txt); Hook $?"), .lines(["False", "True"])),
        PesterCase(file, "Validate $? with potential terminating error: 1/0 > $null; $?", terminating("1/0 > $null; $?"), .lines(["False"])),
        PesterCase(file, "Validate $? with potential terminating error: 1/0 >> $null; $?", terminating("1/0 >> $null; $?"), .lines(["False"])),
        PesterCase(file, "Validate $? with potential terminating error: 1/0 > TESTDRIVE:\\out.txt; $?", terminating("1/0 > /tmp/csshell-pester-dollarhook-$PID.txt; $?"), .lines(["False"])),
        PesterCase(file, "Validate $? with potential terminating error: 1/0 >> TESTDRIVE:\\out.txt; $?", terminating("1/0 >> /tmp/csshell-pester-dollarhook-$PID.txt; $?"), .lines(["False"])),
        PesterCase(file, "Validate $? with potential terminating error: 1/0 2>&1; $?", terminating("1/0 2>&1; $?"), .lines(["False"])),
        PesterCase(file, "Validate $? with potential terminating error: 1/0 2>&1 > $null; $?", terminating("1/0 2>&1 > $null; $?"), .lines(["False"])),
        PesterCase(file, "Validate $? with potential terminating error: 1/0 2>&1 > TESTDRIVE:\\out.txt; $?", terminating("1/0 2>&1 > /tmp/csshell-pester-dollarhook-$PID.txt; $?"), .lines(["False"])),
        PesterCase(file, "Validate $? with potential terminating error: \"b\" > NonExistDrive:\\nowhere.txt; $?", terminating("\"b\" > NonExistDrive:\\nowhere.txt; $?"), .lines(["False"])),
        PesterCase(file, "Validate $? with potential terminating error: \"b\" >> NonExistDrive:\\nowhere.txt; $?", terminating("\"b\" >> NonExistDrive:\\nowhere.txt; $?"), .lines(["False"])),
        PesterCase(file, "Validate $? with potential terminating error: \"b\" 2>&1 > NonExistDrive:\\nowhere.txt; $?", terminating("\"b\" 2>&1 > NonExistDrive:\\nowhere.txt; $?"), .lines(["False"])),
    ]
    static let gaps: [PesterGap] = []
}

@Suite struct DollarHookPesterTests {
    @Test(arguments: DollarHookCases.all) func follows(_ c: PesterCase) { c.check() }
}
