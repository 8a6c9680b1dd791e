import Testing

/// LineContinuance.Tests.ps1 restated (Language/Parser): a line continued by a trailing backtick or pipe, or
/// by a pipe at the start of the next line, and the parse errors when nothing follows. Each script is
/// parsed with [scriptblock]::Create, as upstream parses it in a fresh runspace.
enum LineContinuanceCases {
    static let file = "LineContinuance.Tests.ps1"
    static let all: [PesterCase] = [
        PesterCase(file, "Lines ending with a backtick that parse and execute without error: Lines ending with a single backtick",
                   "$s = @'\n'Hello' + `\n    ' world'\n'@; & ([scriptblock]::Create($s))", .lines(["Hello world"])),
        PesterCase(file, "Lines ending with a backtick that parse and execute without error: Lines ending with a single backtick followed only by a CR (old-style Mac line ending)",
                   "$s = \"'Hello' + ```r' world'\"; & ([scriptblock]::Create($s))", .lines(["Hello world"])),
        PesterCase(file, "Lines ending with a backtick that parse and execute without error: Lines ending with a single backtick followed by whitespace",
                   "$s = @'\n'Hello' + `\n'@ + \"`t `f`v$([char]0x00a0)$([char]0x0085)\" + @'\n\n    ' world'\n'@; & ([scriptblock]::Create($s))", .lines(["Hello world"])),
        PesterCase(file, "Lines ending with a backtick that parse and execute without error: Lines ending with a single backtick followed by whitespace and a comment",
                   "$s = @'\n'Hello' + ` # a comment after whitespace after the backtick\n    ' world'\n'@; & ([scriptblock]::Create($s))", .lines(["Hello world"])),
        PesterCase(file, "Lines ending with a backtick that parse and execute without error: Lines ending with a single backtick followed by a comment line and then the continued line",
                   "$s = @'\n'Hello' + `\n# a comment line inside the continued line\n    ' world'\n'@; & ([scriptblock]::Create($s))", .lines(["Hello world"])),
        PesterCase(file, "Lines ending with a backtick that do not parse: Lines ending with a single backtick followed immediately by a comment",
                   "$s = @'\n'Hello' + `# not a comment\n    ' world'\n'@; try { $null = [scriptblock]::Create($s); 'parsed' } catch { $_.FullyQualifiedErrorId; $_.Exception.InnerException.ErrorRecord.FullyQualifiedErrorId }", .lines(["ParseException", "ExpectedValueExpression"])),
        PesterCase(file, "Lines ending with a backtick that do not parse: Lines ending with two backticks",
                   "$s = @'\n'Hello' + ``\n    ' world'\n'@; try { $null = [scriptblock]::Create($s); 'parsed' } catch { $_.FullyQualifiedErrorId; $_.Exception.InnerException.ErrorRecord.FullyQualifiedErrorId }", .lines(["ParseException", "ExpectedValueExpression"])),
        PesterCase(file, "Lines ending with a pipe that parse and execute without error: Lines ending with a pipe",
                   "$s = @'\n'Hello' |\n    ForEach-Object {\"$_ world\"}\n'@; & ([scriptblock]::Create($s))", .lines(["Hello world"])),
        PesterCase(file, "Lines ending with a pipe that parse and execute without error: Lines ending with a pipe followed only by a CR (old-style Mac line ending)",
                   "$s = \"'Hello' |`r    ForEach-Object {`\"`$_ world`\"}\"; & ([scriptblock]::Create($s))", .lines(["Hello world"])),
        PesterCase(file, "Lines ending with a pipe that parse and execute without error: Lines ending with a pipe followed by whitespace",
                   "$s = @'\n'Hello' |\n'@ + \"`t `f`v$([char]0x00a0)$([char]0x0085)\" + @'\n\n    ForEach-Object {\"$_ world\"}\n'@; & ([scriptblock]::Create($s))", .lines(["Hello world"])),
        PesterCase(file, "Lines ending with a pipe that parse and execute without error: Lines ending with a pipe followed by a comment",
                   "$s = @'\n'Hello' |# a comment after the pipe\n    ForEach-Object {\"$_ world\"}\n'@; & ([scriptblock]::Create($s))", .lines(["Hello world"])),
        PesterCase(file, "Lines ending with a pipe that parse and execute without error: Lines ending with a pipe followed by a comment line and then the continued command",
                   "$s = @'\n'Hello' |\n# a comment line inside the pipeline\n    ForEach-Object {\"$_ world\"}\n'@; & ([scriptblock]::Create($s))", .lines(["Hello world"])),
        PesterCase(file, "Lines ending with a pipe that do not parse: Lines ending with a single pipe followed by an empty line",
                   "$s = @'\n'Hello' |\n\n'@; try { $null = [scriptblock]::Create($s); 'parsed' } catch { $_.FullyQualifiedErrorId; $_.Exception.InnerException.ErrorRecord.FullyQualifiedErrorId }", .lines(["ParseException", "EmptyPipeElement"])),
        PesterCase(file, "Lines ending with a pipe that do not parse: Lines ending with a single pipe followed by a line that starts with a pipe",
                   "$s = @'\n'Hello' |\n    |\n\n'@; try { $null = [scriptblock]::Create($s); 'parsed' } catch { $_.FullyQualifiedErrorId; $_.Exception.InnerException.ErrorRecord.FullyQualifiedErrorId }", .lines(["ParseException", "EmptyPipeElement"])),
        PesterCase(file, "Parsing and executing without error while using a pipe at the beginning of a line to continue the previous line: Line continuance using a pipe at the start of a subsequent line",
                   "$s = @'\n'Hello'\n    | ForEach-Object {\"$_ world\"}\n'@; & ([scriptblock]::Create($s))", .lines(["Hello world"])),
        PesterCase(file, "Parsing and executing without error while using a pipe at the beginning of a line to continue the previous line: Line continuance using a pipe at the start of a subsequent line after a CR (old-style Mac line ending)",
                   "$s = \"'Hello'`r    | ForEach-Object {`\"`$_ world`\"}\"; & ([scriptblock]::Create($s))", .lines(["Hello world"])),
        PesterCase(file, "Parsing and executing without error while using a pipe at the beginning of a line to continue the previous line: Longer line continuance using pipes at the start of subsequent lines",
                   "$s = @'\n1..10\n    | ForEach-Object {($_ -shl 1) + $_}\n    | Where-Object {$_ % 2 -eq 0}\n    | Sort-Object -Descending\n'@; & ([scriptblock]::Create($s))", .lines(["30", "24", "18", "12", "6"])),
        PesterCase(file, "Parsing and executing without error while using a pipe at the beginning of a line to continue the previous line: Line continuance using a comment line followed by a pipe at the start of a subsequent line",
                   "$s = @'\n'Hello'\n    # a comment before the continued pipeline\n    | ForEach-Object {\"$_ world\"}\n'@; & ([scriptblock]::Create($s))", .lines(["Hello world"])),
        PesterCase(file, "Parsing and executing without error while using a pipe at the beginning of a line to continue the previous line: Longer line continuance using pipes at the start of subsequent lines (with comments)",
                   "$s = @'\n1..10\n    # times three\n    | ForEach-Object {($_ -shl 1) + $_}\n    # even only\n    | Where-Object {$_ % 2 -eq 0}\n    # reversed\n    | Sort-Object -Descending\n'@; & ([scriptblock]::Create($s))", .lines(["30", "24", "18", "12", "6"])),
        PesterCase(file, "Parsing and executing without error while using a pipe at the beginning of a line to continue the previous line: Line continuance using a pipe on a line by itself",
                   "$s = @'\n'Hello'\n    |\n    ForEach-Object {\"$_ world\"}\n'@; & ([scriptblock]::Create($s))", .lines(["Hello world"])),
        PesterCase(file, "Parsing and executing without error while using a pipe at the beginning of a line to continue the previous line: Longer line continuance using pipes on lines by themselves",
                   "$s = @'\n1..10\n    |\n    ForEach-Object {($_ -shl 1) + $_}\n    |\n    Where-Object {$_ % 2 -eq 0}\n    |\n    Sort-Object -Descending\n'@; & ([scriptblock]::Create($s))", .lines(["30", "24", "18", "12", "6"])),
        PesterCase(file, "Parsing and executing without error while using a pipe at the beginning of a line to continue the previous line: Line continuance using a pipe on a line by itself (with comments)",
                   "$s = @'\n'Hello'\n    |\n    # a comment before the continued pipeline\n    ForEach-Object {\"$_ world\"}\n'@; & ([scriptblock]::Create($s))", .lines(["Hello world"])),
        PesterCase(file, "Parsing and executing without error while using a pipe at the beginning of a line to continue the previous line: Longer line continuance using pipes on lines by themselves (with comments)",
                   "$s = @'\n1..10\n    |\n    # times three\n    ForEach-Object {($_ -shl 1) + $_}\n    |\n    # even only\n    Where-Object {$_ % 2 -eq 0}\n    |\n    # reversed\n    Sort-Object -Descending\n'@; & ([scriptblock]::Create($s))", .lines(["30", "24", "18", "12", "6"])),
        PesterCase(file, "Lines starting with a pipe that do not parse: Lines starting with a single pipe with nothing after it",
                   "$s = @'\n'Hello'\n    | # nothing after the pipe\n\n'@; try { $null = [scriptblock]::Create($s); 'parsed' } catch { $_.FullyQualifiedErrorId; $_.Exception.InnerException.ErrorRecord.FullyQualifiedErrorId }", .lines(["ParseException", "EmptyPipeElement"])),
        PesterCase(file, "Lines starting with a pipe that do not parse: Lines starting with a single pipe with blank lines after it",
                   "$s = @'\n'Hello'\n    |\n\n\n'@; try { $null = [scriptblock]::Create($s); 'parsed' } catch { $_.FullyQualifiedErrorId; $_.Exception.InnerException.ErrorRecord.FullyQualifiedErrorId }", .lines(["ParseException", "EmptyPipeElement"])),
        PesterCase(file, "Lines starting with a pipe that do not parse: Lines starting with a single pipe that have a blank line before it",
                   "$s = @'\n'Hello'\n\n    | ForEach-Object {\"$_ world\"}\n\n'@; try { $null = [scriptblock]::Create($s); 'parsed' } catch { $_.FullyQualifiedErrorId; $_.Exception.InnerException.ErrorRecord.FullyQualifiedErrorId }", .lines(["ParseException", "EmptyPipeElement"])),
        PesterCase(file, "Lines starting with a pipe that do not parse: Lines starting with a single pipe that have a line with whitespace before it",
                   "$s = \"'Hello'`n`t `f`v$([char]0x00a0)$([char]0x0085)`n    | ForEach-Object {`\"`$_ world`\"}\"; try { $null = [scriptblock]::Create($s); 'parsed' } catch { $_.FullyQualifiedErrorId; $_.Exception.InnerException.ErrorRecord.FullyQualifiedErrorId }", .lines(["ParseException", "EmptyPipeElement"])),
    ]
    static let gaps: [PesterGap] = [
    ]
}

@Suite struct LineContinuancePesterTests {
    @Test(arguments: LineContinuanceCases.all) func follows(_ c: PesterCase) { c.check() }
}
