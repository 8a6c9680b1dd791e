import Testing

/// TryCatch.Tests.ps1 restated (Language/Scripting): try/catch/finally, traps inside try, catch by
/// type (and by base type), break and continue through try, catch and finally, rethrow. Where upstream
/// reads a missing item from TESTDRIVE with Get-ChildItem, Get-Content of a missing file raises the same
/// ItemNotFoundException.
enum TryCatchCases {
    static let file = "TryCatch.Tests.ps1"
    static let all: [PesterCase] = [
        // Upstream asserts only that the statements parse and run (the It has no Should).
        PesterCase(file, "Test simple parsing, ensure newlines allowed everywhere", #"""
            try
            {
            }
            catch
            {
            }
            try
            {
            }
            catch
            [int]
            {
            }
            try
            {
            }
            catch
            [int]
            ,
            [char]
            {
            }
            try
            {
            }
            finally
            {
            }
            try
            {
            }
            catch
            {
            }
            finally
            {
            }
            try
            {
            }
            catch
            [int]
            {
            }
            finally
            {
            }
            try
            {
            }
            catch
            [int]
            ,
            [char]
            {
            }
            finally
            {
            }
            """#, .noError),
        PesterCase(file, "Simple throw and catch",
                   "$a = . { try { 1; throw \"exception\"; \"test failed\" } catch { 2 } }; $a",
                   .lines(["1", "2"])),
        PesterCase(file, "Simple try finally",
                   "$a = . { try { 1 } finally { 2 } }; $a",
                   .lines(["1", "2"])),
        PesterCase(file, "Simple try, throw, catch, and finally",
                   "$a = . { try { 1; throw \"exception\"; \"test failed\" } catch { 2 } finally { 3 } }; $a",
                   .lines(["1", "2", "3"])),
        PesterCase(file, "Trap shouldn't catch exception",
                   "$a = . { trap { \"test failed\" } try { 1; throw \"exception\"; \"test failed\" } catch { 2 } }; $a",
                   .lines(["1", "2"])),
        PesterCase(file, "Trap should catch exception",
                   "$a = . { try { 1; throw \"exception\"; trap { 2; return }; \"test failed\" } catch { \"test failed\" } }; $a",
                   .lines(["1", "2"])),
        PesterCase(file, "Catch by type #1",
                   "$a = . { try { 1; $a = 0; 1/$a; \"test failed\" } catch [DivideByZeroException] { 2 } }; $a",
                   .lines(["1", "2"])),
        PesterCase(file, "Catch by type #2",
                   "$a = . { try { 1; $a = 0; 1/$a; \"test failed\" } catch [DivideByZeroException] { 2 } catch [Exception] { \"test failed\" } }; $a",
                   .lines(["1", "2"])),
        PesterCase(file, "Catch by type #3",
                   "$a = . { try { 1; $a = 0; 1/$a; \"test failed\" } catch [DivideByZeroException] { 2 } catch { \"test failed\" } }; $a",
                   .lines(["1", "2"])),
        PesterCase(file, "Catch by type #4",
                   "$a = . { try { 1; $a = 0; 1/$a; \"test failed\" } catch [DivideByZeroException],[ArgumentNullException] { 2 } }; $a",
                   .lines(["1", "2"])),
        PesterCase(file, "Catch by type #5",
                   "$a = . { try { 1; throw ([ArgumentNullException]::new(\"bad\")) } catch [DivideByZeroException],[ArgumentNullException] { 2 } }; $a",
                   .lines(["1", "2"])),
        PesterCase(file, "break in try",
                   "$a = . { foreach ($i in (1..3)) { try { if ($i -eq 2) { break }; $i } catch { \"test failed\" } finally { \"finally: $i\" } } }; $a",
                   .lines(["1", "finally: 1", "finally: 2"])),
        PesterCase(file, "continue in try",
                   "$a = . { foreach ($i in (1..3)) { try { if ($i -eq 2) { continue }; $i } catch { \"test failed\" } finally { \"finally: $i\" } } }; $a",
                   .lines(["1", "finally: 1", "finally: 2", "3", "finally: 3"])),
        PesterCase(file, "continue in nested try within foreach loop",
                   "$a = . { foreach ($i in (1..3)) { try { try { if ($i -eq 2) { continue }; $i } catch { \"test failed: catch#2\" } finally { \"finally#2: $i\" } } catch { \"test failed: catch#1\" } finally { \"finally#1: $i\" } } }; $a",
                   .lines(["1", "finally#2: 1", "finally#1: 1", "finally#2: 2", "finally#1: 2", "3", "finally#2: 3", "finally#1: 3"])),
        PesterCase(file, "break in nested try within foreach loop",
                   "$a = . { foreach ($i in (1..3)) { try { try { if ($i -eq 2) { break }; $i } catch { \"test failed: catch#2\" } finally { \"finally#2: $i\" } } catch { \"test failed: catch#1\" } finally { \"finally#1: $i\" } } }; $a",
                   .lines(["1", "finally#2: 1", "finally#1: 1", "finally#2: 2", "finally#1: 2"])),
        PesterCase(file, "break in catch without loop",
                   "$a = . { try { throw 1 } catch { foreach ($i in (1..3)) { if ($i -eq 2) { break }; $i } } finally { \"finally\" } }; $a",
                   .lines(["1", "finally"])),
        PesterCase(file, "break in catch within foreach loop",
                   "$a = . { foreach ($i in (1..3)) { try { throw 1 } catch { if ($i -eq 2) { break }; $i } finally { \"finally $i\" } } }; $a",
                   .lines(["1", "finally 1", "finally 2"])),
        PesterCase(file, "continue in catch without loop",
                   "$a = . { try { throw 1 } catch { foreach ($i in (1..3)) { if ($i -eq 2) { continue }; $i } } finally { \"finally\" } }; $a",
                   .lines(["1", "3", "finally"])),
        PesterCase(file, "continue in catch within foreach loop",
                   "$a = . { foreach ($i in (1..3)) { try { throw 1 } catch { if ($i -eq 2) { continue }; $i } finally { \"finally $i\" } } }; $a",
                   .lines(["1", "finally 1", "finally 2", "3", "finally 3"])),
        PesterCase(file, "continue in nested catch within foreach loop",
                   "$a = . { foreach ($i in (1..3)) { try { try { throw 1 } catch { if ($i -eq 2) { continue }; $i } finally { \"finally#2: $i\" } } catch { \"test failed: catch#1\" } finally { \"finally#1: $i\" } } }; $a",
                   .lines(["1", "finally#2: 1", "finally#1: 1", "finally#2: 2", "finally#1: 2", "3", "finally#2: 3", "finally#1: 3"])),
        PesterCase(file, "break in nested catch within foreach loop",
                   "$a = . { foreach ($i in (1..3)) { try { try { throw 1 } catch { if ($i -eq 2) { break }; $i } finally { \"finally#2: $i\" } } catch { \"test failed: catch#1\" } finally { \"finally#1: $i\" } } }; $a",
                   .lines(["1", "finally#2: 1", "finally#1: 1", "finally#2: 2", "finally#1: 2"])),
        PesterCase(file, "break in finally normal execution",
                   "$a = . { try { \"try\" } catch { } finally { \"finally\"; foreach ($i in (1..3)) { if ($i -eq 2) { break }; $i } } }; $a",
                   .lines(["try", "finally", "1"])),
        PesterCase(file, "continue in finally normal execution",
                   "$a = . { try { \"try\" } catch { } finally { \"finally\"; foreach ($i in (1..3)) { if ($i -eq 2) { continue }; $i } } }; $a",
                   .lines(["try", "finally", "1", "3"])),
        PesterCase(file, "break in finally abnormal execution",
                   "$a = . { try { \"try\"; throw 1 } catch { \"catch\" } finally { \"finally\"; foreach ($i in (1..3)) { if ($i -eq 2) { break }; $i } } }; $a",
                   .lines(["try", "catch", "finally", "1"])),
        PesterCase(file, "continue in finally abnormal execution",
                   "$a = . { try { \"try\"; throw 1 } catch { \"catch\" } finally { \"finally\"; foreach ($i in (1..3)) { if ($i -eq 2) { continue }; $i } } }; $a",
                   .lines(["try", "catch", "finally", "1", "3"])),
        PesterCase(file, "ErrorRecord object is set correctly",
                   "$a = . { try { throw 42 } catch { $_ } }; [int]$a.ToString()",
                   .lines(["42"])),
        PesterCase(file, "Nested try/catch",
                   "$a = . { try { \"outer try\"; try { \"inner try\"; $a = 0; 1 / $a }\ncatch [OutOfMemoryException] { \"test failed\" }\nfinally { \"inner finally\" } }\ncatch [DivideByZeroException] { \"caught\" }\nfinally { \"outer finally\" } }; $a",
                   .lines(["outer try", "inner try", "inner finally", "caught", "outer finally"])),
        PesterCase(file, "throw; outside catch threw wrong object",
                   "$a = . { function foo { trap [system.management.automation.runtimeexception] { return \"test passed\" }; trap { return \"test failed\" }; throw }; try { $a = 0; 1 / $a } catch { foo } }; $a",
                   .lines(["test passed"])),
        PesterCase(file, "Choose 'ItemNotFoundException' over 'Exception' when searching handler",
                   "$a = try { Get-Content ./NotExist-csshell -ErrorAction Stop } catch [System.Management.Automation.ItemNotFoundException] { \"ItemNotFoundException caught\" } catch [System.Exception] { \"System.Exception caught\" }; $a",
                   .lines(["ItemNotFoundException caught"])),
        PesterCase(file, "Choose 'ItemNotFoundException' over 'RuntimeException' when searching handler",
                   "$a = try { Get-Content ./NotExist-csshell -ErrorAction Stop } catch [System.Management.Automation.ItemNotFoundException] { \"ItemNotFoundException caught\" } catch [System.Management.Automation.RuntimeException] { \"RuntimeException caught\" }; $a",
                   .lines(["ItemNotFoundException caught"])),
        PesterCase(file, "Choose 'ItemNotFoundException' over 'RuntimeException' and 'Exception' when throw ItemNotFoundException directly",
                   "$a = try { throw [System.Management.Automation.ItemNotFoundException]::new() } catch [System.Management.Automation.ItemNotFoundException] { \"ItemNotFoundException caught\" } catch [System.Management.Automation.RuntimeException] { \"RuntimeException caught\" } catch [System.Exception] { \"System.Exception caught\" }; $a",
                   .lines(["ItemNotFoundException caught"])),
        PesterCase(file, "Catch ActionPreferenceStopException",
                   "$exception = $null; $a = try { Get-Content ./NotExist-csshell -ErrorAction Stop } catch [System.Management.Automation.ActionPreferenceStopException] { $exception = $_.Exception.GetType().FullName; \"ActionPreferenceStopException Caught\" }; $a; $exception",
                   .lines(["ActionPreferenceStopException Caught", "System.Management.Automation.ItemNotFoundException"])),
        PesterCase(file, "rethrow flow up",
                   "$a = . { try { try { $a = 0; 1 / $a } catch { \"inner catch\"; $ex_inner = $_; throw } } catch { \"outer catch\"; $ex_outer = $_ } }; $a; $ex_inner.Exception -eq $ex_outer.Exception",
                   .lines(["inner catch", "outer catch", "True"])),
    ]
    static let gaps: [PesterGap] = [
        PesterGap(file, "Catch CmdletInvocationException", .notDone("a parameter binding error inside Invoke-Expression is not wrapped in a CmdletInvocationException")),
        PesterGap(file, "return in try", .outOfScope("marked -Pending upstream (never runs)")),
        PesterGap(file, "return in catch without loop", .outOfScope("marked -Pending upstream (never runs)")),
        PesterGap(file, "return in catch within foreach loop", .outOfScope("marked -Pending upstream (never runs)")),
    ]
}

@Suite struct TryCatchPesterTests {
    @Test(arguments: TryCatchCases.all) func follows(_ c: PesterCase) { c.check() }
}
