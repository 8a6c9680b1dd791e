import Testing

/// RedirectionOperator.Tests.ps1 restated (Language/Parser): `>` writes as Out-File does (UTF-8 without BOM,
/// or the encoding $PSDefaultParameterValues gives Out-File), before Out-Null, with other streams
/// redirected, and into variable:.
enum RedirectionOperatorCases {
    static let file = "RedirectionOperator.Tests.ps1"
    static let all: [PesterCase] = [
        // Upstream's expected bytes: UTF8Encoding($false).GetBytes('abc' + LF).
        PesterCase(file, "Redirection operator now supports encoding changes: If encoding is unset, redirection should be UTF8 without bom",
                   "$d = Join-Path ([IO.Path]::GetTempPath()) (\"redirection-$PID-\" + [guid]::NewGuid()); $null = New-Item -ItemType Directory $d; $f = Join-Path $d file.txt; 'abc' > $f; $bytes = [IO.File]::ReadAllBytes($f); Remove-Item -Recurse $d; ($bytes -join ',') -eq '97,98,99,10'", .isTrue),
        // Upstream makes one It per encoding; the inventory counts the It once, restated for unicode.
        PesterCase(file, "Redirection operator now supports encoding changes: $msg (Overriding encoding for out-file is respected for <encoding>)",
                   "$d = Join-Path ([IO.Path]::GetTempPath()) (\"redirection-$PID-\" + [guid]::NewGuid()); $null = New-Item -ItemType Directory $d; $PSDefaultParameterValues = @{}; $f = Join-Path $d file.txt; $PSDefaultParameterValues['Out-File:Encoding'] = 'unicode'; 'abc' > $f; $bytes = [IO.File]::ReadAllBytes($f); Remove-Item -Recurse $d; $e = [Text.Encoding]::unicode; $expected = .{ $e.GetPreamble(); $e.GetBytes(\"abc`n\") }; ($bytes -join ',') -eq ($expected -join ',')", .isTrue),
        PesterCase(file, "File redirection mixed with Out-Null: File redirection before Out-Null should work",
                   "$d = Join-Path ([IO.Path]::GetTempPath()) (\"redirection-$PID-\" + [guid]::NewGuid()); $null = New-Item -ItemType Directory $d; $f = Join-Path $d out.txt; 'some text' > $f | Out-Null; Get-Content $f; Write-Output 'some more text' > $f | Out-Null; Get-Content $f; Remove-Item -Recurse $d", .lines(["some text", "some more text"])),
        PesterCase(file, "File redirection should have 'DoComplete' called on the underlying pipeline processor: File redirection should result in the same file as Out-File",
                   "$d = Join-Path ([IO.Path]::GetTempPath()) (\"redirection-$PID-\" + [guid]::NewGuid()); $null = New-Item -ItemType Directory $d; $object = [pscustomobject] @{ one = 1 }; $r = Join-Path $d fileRedirect.txt; $o = Join-Path $d outFile.txt; $object > $r; $object | Out-File $o; $a = Get-Content $r -Raw; $b = Get-Content $o -Raw; Remove-Item -Recurse $d; $a -ceq $b", .isTrue),
        PesterCase(file, "File redirection should have 'DoComplete' called on the underlying pipeline processor: File redirection should not mess up the original pipe",
                   "$d = Join-Path ([IO.Path]::GetTempPath()) (\"redirection-$PID-\" + [guid]::NewGuid()); $null = New-Item -ItemType Directory $d; $out = Join-Path $d output.txt; $other = Join-Path $d otherstream.txt; $result = & { $(Get-Command NonExist; 1234) > $out *> $other; 'Hello' }; $result -ceq 'Hello'; (Get-Content $out -Raw).Trim() -ceq '1234'; $err = (Get-Content $other | ForEach-Object { $_.Trim() }) -join ''; Remove-Item -Recurse $d; $err -match 'CommandNotFoundException,Microsoft.PowerShell.Commands.GetCommandCommand'", .lines(["True", "True", "True"])),
        PesterCase(file, "Redirection and Set-Variable -append tests: variable redirection should work: Variable should be created",
                   "1..3>variable:a; ($a -join '') -eq ((1..3) -join '')", .isTrue),
        // Upstream's testexe -echoargs, written with printf.
        PesterCase(file, "Redirection and Set-Variable -append tests: Redirection of a native application is correct",
                   "/usr/bin/printf 'Arg 0 is <%s>\\nArg 1 is <%s>\\n' hi bye > variable:observed; $expected = @('Arg 0 is <hi>', 'Arg 1 is <bye>'); $observed.Count; ($observed -join '|') -ceq ($expected -join '|')", .lines(["2", "True"])),
    ]
    static let gaps: [PesterGap] = [
        PesterGap(file, "Redirection and Set-Variable -append tests: Redirection while in variable provider is correct", .notDone("Push-Location and the variable: provider location are not provided")),
    ]
}

@Suite struct RedirectionOperatorPesterTests {
    @Test(arguments: RedirectionOperatorCases.all) func follows(_ c: PesterCase) { c.check() }
}
