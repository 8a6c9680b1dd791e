import Testing
@testable import CsShell

/// External programs in pipelines: text in, lines out, $LASTEXITCODE and $?.
struct NativeCommandTests {
    @Test func outputLinesBecomeStrings() {
        let r = ShellHarness.run("$x = printf 'a\\nb\\n'; $x.Count; $x[1]")
        #expect(r.lines == ["2", "b"])
    }

    @Test func pipelineInputIsStdin() {
        #expect(ShellHarness.run("'b','a','c' | /usr/bin/sort | Select-Object -First 1").lines == ["a"])
    }

    @Test func exitCodeAndStatus() {
        let r = ShellHarness.run("/bin/false; $?; $LASTEXITCODE; /bin/true; $?; $LASTEXITCODE")
        #expect(r.lines == ["False", "1", "True", "0"])
        #expect(r.status == 0)
    }

    @Test func stderrRedirection() {
        let r = ShellHarness.run("$e = ls /nonexistent-csshell 2>&1; $e -like '*No such file*'; ls /nonexistent-csshell 2>$null; 'ok'")
        #expect(r.lines == ["True", "ok"])
    }

    @Test func argumentsAreText() {
        #expect(ShellHarness.run("$n = 3; printf '%s-%s\\n' x $n").lines == ["x-3"])
        #expect(ShellHarness.run("printf '%s|' -a --long 'two words'; ''").lines.first == "-a|--long|two words|")
    }
}
