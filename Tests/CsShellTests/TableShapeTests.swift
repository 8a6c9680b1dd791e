import Foundation
import Testing

/// Objects of one type share one table: PowerShell's formatter chooses the view from the first object
/// (FormatViewManager.Initialize) and a view built from that object's properties applies to every later
/// object (ViewGenerator.IsObjectApplicable is true without a view definition), so later objects fill
/// the first object's columns, with empty cells for what they lack and without columns for what only
/// they have. Format-Table does so for every object without a view of its own; Out-Default for the
/// objects of the same type name. Through the built binary.
struct TableShapeTests {
    @Test func formatTableMakesOneTableWithTheFirstObjectsColumns() throws {
        let r = try CLI.run(["-c", "[pscustomobject]@{a=1;b='x'}, [pscustomobject]@{a=2} | Format-Table"])
        #expect(r.err == "")
        #expect(r.out == "\na b\n- -\n1 x\n2\n\n")
    }

    @Test func laterPropertiesHaveNoColumn() throws {
        let r = try CLI.run(["-c", "[pscustomobject]@{a=1}, [pscustomobject]@{a=22;b=3}, [pscustomobject]@{c=4} | Format-Table"])
        #expect(r.out == "\n a\n -\n 1\n22\n\n\n")
    }

    @Test func outDefaultSharesTheTableForTheSameTypeName() throws {
        let r = try CLI.run(["-c", "[pscustomobject]@{a=1;b='x'}, [pscustomobject]@{a=2}"])
        #expect(r.err == "")
        #expect(r.out == "\na b\n- -\n1 x\n2\n\n")
        let piped = try CLI.run(["-c", "1..3 | ForEach-Object { if ($_ -eq 2) { [pscustomobject]@{Id=$_} } else { [pscustomobject]@{Id=$_; Name=\"n$_\"} } }"])
        #expect(piped.out == "\nId Name\n-- ----\n 1 n1\n 2\n 3 n3\n\n")
    }

    @Test func outDefaultKeepsTheFirstObjectsListLayout() throws {
        let r = try CLI.run(["-c", "[pscustomobject]@{a=1;b=2;c=3;d=4;e=5}, [pscustomobject]@{a=6}"])
        #expect(r.out == "\na : 1\nb : 2\nc : 3\nd : 4\ne : 5\n\na : 6\n\n")
    }

    @Test func otherTypesStillGetTheirOwnLayout() throws {
        // A string is printed as a line, and ends the table; the next object starts a new one.
        let r = try CLI.run(["-c", "[pscustomobject]@{a=1}, 'text', [pscustomobject]@{b=2}"])
        #expect(r.out == "\na\n-\n1\n\ntext\n\nb\n-\n2\n\n")
    }
}
