import Foundation
import Testing

/// Assigning to `$null` discards the value, the way PowerShell scripts throw output away (about_Null:
/// "$null = Get-Process" suppresses output; PowerShell's NullVariable ignores every assignment). Through
/// the built binary.
struct NullAssignmentTests {
    @Test func assigningToNullDiscardsTheValue() throws {
        let r = try CLI.run(["-c", """
        $null = 5
        $null = Write-Output 1 2 3
        $null = 1..3 | ForEach-Object { $_ * 2 }
        $NULL = 'case does not matter'
        'after'
        """])
        #expect(r.err == "")
        #expect(r.out == "after\n")
        #expect(r.status == 0)
    }

    @Test func theExpressionStillRuns() throws {
        let r = try CLI.run(["-c", "$n = 0; $null = ($n = 7); $null = & { $script:m = 'ran' }; \"$n $m\""])
        #expect(r.err == "")
        #expect(r.out == "7 ran\n")
    }

    @Test func nullStaysNull() throws {
        let r = try CLI.run(["-c", "$null = 'x'; $null += 1; $null -eq $null; \"[$null]\"; ($null).Count"])
        #expect(r.err == "")
        #expect(r.out == "True\n[]\n0\n")
        #expect(r.status == 0)
    }

    @Test func nullAsATargetOfMultipleAssignment() throws {
        let r = try CLI.run(["-c", "$a, $null = 1, 2; $a; $null, $b = 3, 4; $b; $c, $null, $d = 5, 6, 7, 8; $c; $d -join ','"])
        #expect(r.err == "")
        #expect(r.out == "1\n4\n5\n7,8\n")
    }

    @Test func voidCastAndOutNullStillDiscard() throws {
        let r = try CLI.run(["-c", "[void](1 + 1); [void]'x'; 5 | Out-Null; 'done'"])
        #expect(r.out == "done\n")
        #expect(r.status == 0)
    }

    @Test func nullAsALoopVariable() throws {
        let r = try CLI.run(["-c", "foreach ($null in 1..3) { 'x' }; $null -eq $null"])
        #expect(r.err == "")
        #expect(r.out == "x\nx\nx\nTrue\n")
    }

    @Test func readOnlyVariablesAreStillProtected() throws {
        let r = try CLI.run(["-c", "$true = 5"])
        #expect(r.status == 1)
        #expect(r.err.hasPrefix("Cannot overwrite variable true because it is read-only or constant."))
    }
}
