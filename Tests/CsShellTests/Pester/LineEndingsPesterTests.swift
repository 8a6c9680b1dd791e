import Testing

/// LineEndings.Tests.ps1 restated (Language/Scripting): strings and here-strings whose lines end in CR, LF or
/// CRLF keep those line endings, run through Invoke-Expression and from a script file.
enum LineEndingsCases {
    static let file = "LineEndings.Tests.ps1"
    static let all: [PesterCase] = [
        PesterCase(file, "CR in single quotes here-string in expression",
                   "$nl = \"`r\"; $expected = \"This$($nl)is$($nl)a$($nl)multi$($nl)line$($nl)string\"; $content = \"@'`r\" + $expected + \"`r'@\"; $actual = iex $content; $actual -ceq $expected", .isTrue),
        PesterCase(file, "CR in single quotes here-string in ps file",
                   "$nl = \"`r\"; $expected = \"This$($nl)is$($nl)a$($nl)multi$($nl)line$($nl)string\"; $content = \"@'`r\" + $expected + \"`r'@\"; $f = Join-Path ([IO.Path]::GetTempPath()) (\"lineendings-$PID-\" + [guid]::NewGuid() + \".ps1\"); [IO.File]::WriteAllText($f, $content); $actual = & $f; Remove-Item $f; $actual -ceq $expected", .isTrue),
        PesterCase(file, "LF in single quotes here-string in expression",
                   "$nl = \"`n\"; $expected = \"This$($nl)is$($nl)a$($nl)multi$($nl)line$($nl)string\"; $content = \"@'`n\" + $expected + \"`n'@\"; $actual = iex $content; $actual -ceq $expected", .isTrue),
        PesterCase(file, "LF in single quotes here-string in ps file",
                   "$nl = \"`n\"; $expected = \"This$($nl)is$($nl)a$($nl)multi$($nl)line$($nl)string\"; $content = \"@'`n\" + $expected + \"`n'@\"; $f = Join-Path ([IO.Path]::GetTempPath()) (\"lineendings-$PID-\" + [guid]::NewGuid() + \".ps1\"); [IO.File]::WriteAllText($f, $content); $actual = & $f; Remove-Item $f; $actual -ceq $expected", .isTrue),
        PesterCase(file, "CRLF in single quotes here-string in expression",
                   "$nl = \"`r`n\"; $expected = \"This$($nl)is$($nl)a$($nl)multi$($nl)line$($nl)string\"; $content = \"@'`r`n\" + $expected + \"`r`n'@\"; $actual = iex $content; $actual -ceq $expected", .isTrue),
        PesterCase(file, "CRLF in single quotes here-string in ps file",
                   "$nl = \"`r`n\"; $expected = \"This$($nl)is$($nl)a$($nl)multi$($nl)line$($nl)string\"; $content = \"@'`r`n\" + $expected + \"`r`n'@\"; $f = Join-Path ([IO.Path]::GetTempPath()) (\"lineendings-$PID-\" + [guid]::NewGuid() + \".ps1\"); [IO.File]::WriteAllText($f, $content); $actual = & $f; Remove-Item $f; $actual -ceq $expected", .isTrue),
        PesterCase(file, "CR in double quotes here string in expression",
                   "$nl = \"`r\"; $expected = \"This$($nl)is$($nl)a$($nl)multi$($nl)line$($nl)string\"; $content = \"@`\"`r\" + $expected + \"`r`\"@\"; $actual = iex $content; $actual -ceq $expected", .isTrue),
        PesterCase(file, "CR in double quotes here string in ps file",
                   "$nl = \"`r\"; $expected = \"This$($nl)is$($nl)a$($nl)multi$($nl)line$($nl)string\"; $content = \"@`\"`r\" + $expected + \"`r`\"@\"; $f = Join-Path ([IO.Path]::GetTempPath()) (\"lineendings-$PID-\" + [guid]::NewGuid() + \".ps1\"); [IO.File]::WriteAllText($f, $content); $actual = & $f; Remove-Item $f; $actual -ceq $expected", .isTrue),
        PesterCase(file, "LF in double quotes here string in expression",
                   "$nl = \"`n\"; $expected = \"This$($nl)is$($nl)a$($nl)multi$($nl)line$($nl)string\"; $content = \"@`\"`n\" + $expected + \"`n`\"@\"; $actual = iex $content; $actual -ceq $expected", .isTrue),
        PesterCase(file, "LF in double quotes here string in ps file",
                   "$nl = \"`n\"; $expected = \"This$($nl)is$($nl)a$($nl)multi$($nl)line$($nl)string\"; $content = \"@`\"`n\" + $expected + \"`n`\"@\"; $f = Join-Path ([IO.Path]::GetTempPath()) (\"lineendings-$PID-\" + [guid]::NewGuid() + \".ps1\"); [IO.File]::WriteAllText($f, $content); $actual = & $f; Remove-Item $f; $actual -ceq $expected", .isTrue),
        PesterCase(file, "CRLF in double quotes here string in expression",
                   "$nl = \"`r`n\"; $expected = \"This$($nl)is$($nl)a$($nl)multi$($nl)line$($nl)string\"; $content = \"@`\"`r`n\" + $expected + \"`r`n`\"@\"; $actual = iex $content; $actual -ceq $expected", .isTrue),
        PesterCase(file, "CRLF in double quotes here string in ps file",
                   "$nl = \"`r`n\"; $expected = \"This$($nl)is$($nl)a$($nl)multi$($nl)line$($nl)string\"; $content = \"@`\"`r`n\" + $expected + \"`r`n`\"@\"; $f = Join-Path ([IO.Path]::GetTempPath()) (\"lineendings-$PID-\" + [guid]::NewGuid() + \".ps1\"); [IO.File]::WriteAllText($f, $content); $actual = & $f; Remove-Item $f; $actual -ceq $expected", .isTrue),
        PesterCase(file, "CR in double quotes here string (second row) in expression",
                   "$nl = \"`r\"; $expected = \"This$($nl)is$($nl)a$($nl)multi$($nl)line$($nl)string\"; $content = \"@`\"`r\" + $expected + \"`r`\"@\"; $actual = iex $content; $actual -ceq $expected", .isTrue),
        PesterCase(file, "CR in double quotes here string (second row) in ps file",
                   "$nl = \"`r\"; $expected = \"This$($nl)is$($nl)a$($nl)multi$($nl)line$($nl)string\"; $content = \"@`\"`r\" + $expected + \"`r`\"@\"; $f = Join-Path ([IO.Path]::GetTempPath()) (\"lineendings-$PID-\" + [guid]::NewGuid() + \".ps1\"); [IO.File]::WriteAllText($f, $content); $actual = & $f; Remove-Item $f; $actual -ceq $expected", .isTrue),
        PesterCase(file, "Lf in double quotes here string in expression",
                   "$nl = \"`n\"; $expected = \"This$($nl)is$($nl)a$($nl)multi$($nl)line$($nl)string\"; $content = \"@`\"`n\" + $expected + \"`n`\"@\"; $actual = iex $content; $actual -ceq $expected", .isTrue),
        PesterCase(file, "Lf in double quotes here string in ps file",
                   "$nl = \"`n\"; $expected = \"This$($nl)is$($nl)a$($nl)multi$($nl)line$($nl)string\"; $content = \"@`\"`n\" + $expected + \"`n`\"@\"; $f = Join-Path ([IO.Path]::GetTempPath()) (\"lineendings-$PID-\" + [guid]::NewGuid() + \".ps1\"); [IO.File]::WriteAllText($f, $content); $actual = & $f; Remove-Item $f; $actual -ceq $expected", .isTrue),
        PesterCase(file, "CRLF in double quotes here string (second row) in expression",
                   "$nl = \"`r`n\"; $expected = \"This$($nl)is$($nl)a$($nl)multi$($nl)line$($nl)string\"; $content = \"@`\"`r`n\" + $expected + \"`r`n`\"@\"; $actual = iex $content; $actual -ceq $expected", .isTrue),
        PesterCase(file, "CRLF in double quotes here string (second row) in ps file",
                   "$nl = \"`r`n\"; $expected = \"This$($nl)is$($nl)a$($nl)multi$($nl)line$($nl)string\"; $content = \"@`\"`r`n\" + $expected + \"`r`n`\"@\"; $f = Join-Path ([IO.Path]::GetTempPath()) (\"lineendings-$PID-\" + [guid]::NewGuid() + \".ps1\"); [IO.File]::WriteAllText($f, $content); $actual = & $f; Remove-Item $f; $actual -ceq $expected", .isTrue),
        PesterCase(file, "CR in single quotes string in expression",
                   "$nl = \"`r\"; $expected = \"This$($nl)is$($nl)a$($nl)multi$($nl)line$($nl)string\"; $content = \"'\" + $expected + \"'\"; $actual = iex $content; $actual -ceq $expected", .isTrue),
        PesterCase(file, "CR in single quotes string in ps file",
                   "$nl = \"`r\"; $expected = \"This$($nl)is$($nl)a$($nl)multi$($nl)line$($nl)string\"; $content = \"'\" + $expected + \"'\"; $f = Join-Path ([IO.Path]::GetTempPath()) (\"lineendings-$PID-\" + [guid]::NewGuid() + \".ps1\"); [IO.File]::WriteAllText($f, $content); $actual = & $f; Remove-Item $f; $actual -ceq $expected", .isTrue),
        PesterCase(file, "LF in single quotes string in expression",
                   "$nl = \"`n\"; $expected = \"This$($nl)is$($nl)a$($nl)multi$($nl)line$($nl)string\"; $content = \"'\" + $expected + \"'\"; $actual = iex $content; $actual -ceq $expected", .isTrue),
        PesterCase(file, "LF in single quotes string in ps file",
                   "$nl = \"`n\"; $expected = \"This$($nl)is$($nl)a$($nl)multi$($nl)line$($nl)string\"; $content = \"'\" + $expected + \"'\"; $f = Join-Path ([IO.Path]::GetTempPath()) (\"lineendings-$PID-\" + [guid]::NewGuid() + \".ps1\"); [IO.File]::WriteAllText($f, $content); $actual = & $f; Remove-Item $f; $actual -ceq $expected", .isTrue),
        PesterCase(file, "CRLF in single quotes string in expression",
                   "$nl = \"`r`n\"; $expected = \"This$($nl)is$($nl)a$($nl)multi$($nl)line$($nl)string\"; $content = \"'\" + $expected + \"'\"; $actual = iex $content; $actual -ceq $expected", .isTrue),
        PesterCase(file, "CRLF in single quotes string in ps file",
                   "$nl = \"`r`n\"; $expected = \"This$($nl)is$($nl)a$($nl)multi$($nl)line$($nl)string\"; $content = \"'\" + $expected + \"'\"; $f = Join-Path ([IO.Path]::GetTempPath()) (\"lineendings-$PID-\" + [guid]::NewGuid() + \".ps1\"); [IO.File]::WriteAllText($f, $content); $actual = & $f; Remove-Item $f; $actual -ceq $expected", .isTrue),
        PesterCase(file, "CR in double quotes string in expression",
                   "$nl = \"`r\"; $expected = \"This$($nl)is$($nl)a$($nl)multi$($nl)line$($nl)string\"; $content = \"`\"\" + $expected + \"`\"\"; $actual = iex $content; $actual -ceq $expected", .isTrue),
        PesterCase(file, "CR in double quotes string in ps file",
                   "$nl = \"`r\"; $expected = \"This$($nl)is$($nl)a$($nl)multi$($nl)line$($nl)string\"; $content = \"`\"\" + $expected + \"`\"\"; $f = Join-Path ([IO.Path]::GetTempPath()) (\"lineendings-$PID-\" + [guid]::NewGuid() + \".ps1\"); [IO.File]::WriteAllText($f, $content); $actual = & $f; Remove-Item $f; $actual -ceq $expected", .isTrue),
        PesterCase(file, "LF in double quotes string in expression",
                   "$nl = \"`n\"; $expected = \"This$($nl)is$($nl)a$($nl)multi$($nl)line$($nl)string\"; $content = \"`\"\" + $expected + \"`\"\"; $actual = iex $content; $actual -ceq $expected", .isTrue),
        PesterCase(file, "LF in double quotes string in ps file",
                   "$nl = \"`n\"; $expected = \"This$($nl)is$($nl)a$($nl)multi$($nl)line$($nl)string\"; $content = \"`\"\" + $expected + \"`\"\"; $f = Join-Path ([IO.Path]::GetTempPath()) (\"lineendings-$PID-\" + [guid]::NewGuid() + \".ps1\"); [IO.File]::WriteAllText($f, $content); $actual = & $f; Remove-Item $f; $actual -ceq $expected", .isTrue),
        PesterCase(file, "CRLF in double quotes string in expression",
                   "$nl = \"`r`n\"; $expected = \"This$($nl)is$($nl)a$($nl)multi$($nl)line$($nl)string\"; $content = \"`\"\" + $expected + \"`\"\"; $actual = iex $content; $actual -ceq $expected", .isTrue),
        PesterCase(file, "CRLF in double quotes string in ps file",
                   "$nl = \"`r`n\"; $expected = \"This$($nl)is$($nl)a$($nl)multi$($nl)line$($nl)string\"; $content = \"`\"\" + $expected + \"`\"\"; $f = Join-Path ([IO.Path]::GetTempPath()) (\"lineendings-$PID-\" + [guid]::NewGuid() + \".ps1\"); [IO.File]::WriteAllText($f, $content); $actual = & $f; Remove-Item $f; $actual -ceq $expected", .isTrue),
    ]
    static let gaps: [PesterGap] = [
    ]
}

@Suite struct LineEndingsPesterTests {
    @Test(arguments: LineEndingsCases.all) func follows(_ c: PesterCase) { c.check() }
}
