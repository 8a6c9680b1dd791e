import Testing

/// Write-Error.Tests.ps1 restated (Modules/Microsoft.PowerShell.Utility).
enum WriteErrorCases {
    static let file = "Write-Error.Tests.ps1"

    static let all: [PesterCase] = [
        PesterCase(file, "Should be works with command: write-error myerrortext",
                   #"""
                   $e = Write-Error myerrortext 2>&1
                   $e.GetType().FullName
                   $e.Exception.GetType().FullName
                   $e.Exception.Message
                   $e.Exception.Data.Count
                   $null -eq $e.Exception.InnerException
                   $null -ne $e.CategoryInfo
                   $e.CategoryInfo.Category
                   $e.CategoryInfo.Activity
                   $e.CategoryInfo.Reason
                   "[$($e.CategoryInfo.TargetName)][$($e.CategoryInfo.TargetType)]"
                   $e.CategoryInfo.GetMessage()
                   $null -eq $e.ErrorDetails
                   $e.FullyQualifiedErrorId -ceq 'Microsoft.PowerShell.Commands.WriteErrorException'
                   $null -ne $e.InvocationInfo
                   "[$($e.InvocationInfo.MyCommand.Name)]"
                   """#, .lines(["System.Management.Automation.ErrorRecord", "Microsoft.PowerShell.Commands.WriteErrorException", "myerrortext", "0", "True", "True",
                                 "NotSpecified", "Write-Error", "WriteErrorException", "[][]", "NotSpecified: (:) [Write-Error], WriteErrorException", "True", "True", "True", "[]"])),
        PesterCase(file, "Should be works with all parameters (-Activity -Reason -TargetName -TargetType)",
                   #"""
                   $e = Write-Error -Activity fooAct -Reason fooReason -TargetName fooTargetName -TargetType fooTargetType -Message fooMessage 2>&1
                   $e.CategoryInfo.Activity; $e.CategoryInfo.Reason; $e.CategoryInfo.TargetName; $e.CategoryInfo.TargetType; $e.CategoryInfo.GetMessage()
                   """#, .lines(["fooAct", "fooReason", "fooTargetName", "fooTargetType", "NotSpecified: (fooTargetName:fooTargetType) [fooAct], fooReason"])),
        PesterCase(file, "Should be able to throw with -ErrorAction stop", #"Write-Error "test throw" -ErrorAction Stop"#,
                   .throwsErrorId("Microsoft.PowerShell.Commands.WriteErrorException")),
        PesterCase(file, "Should throw a non-terminating error", #"Write-Error "test throw" -ErrorAction SilentlyContinue"#, .noError),
        PesterCase(file, "Should trip an exception using the exception switch", #"Write-Error -Exception -Message "test throw""#,
                   .throwsErrorId("MissingArgument,Microsoft.PowerShell.Commands.WriteErrorCommand")),
        PesterCase(file, "Should output the error message to the `$error automatic variable",
                   #"$theError = "Error: Too many input values."; Write-Error -Message $theError -Category InvalidArgument -ErrorAction SilentlyContinue; [string]$error[0]; $error[0].CategoryInfo.Category"#,
                   .lines(["Error: Too many input values.", "InvalidArgument"])),
        PesterCase(file, "Should be able to pass ErrorRecord to parameter position 0.",
                   #"try { [int]::parse('foo') } catch { }; (Write-Error $Error[0] 2>&1).Exception.GetType().FullName"#,
                   .lines(["System.Management.Automation.MethodInvocationException"])),
        PesterCase(file, "Should be able to pass string to parameter position 0.",
                   #"try { [int]::parse('foo') } catch { }; (Write-Error "$($Error[0])" 2>&1).Exception.GetType().FullName"#,
                   .lines(["Microsoft.PowerShell.Commands.WriteErrorException"])),
    ]

    static let gaps: [PesterGap] = [
        PesterGap(file, "Should be works with all parameters (-Exception -ErrorId -Category -TargetObject and the category fields)", .notDone("needs .NET exception objects (New-Object System.ArgumentNullException)")),
        PesterGap(file, "ErrorRecord should not be truncated or have inserted newlines when redirected from another process", .notDone("needs a child pwsh with $ErrorView = 'NormalView' (csshell's error view adds the position lines)")),
        PesterGap(file, "Should be able to pass Exception to parameter position 0.", .notDone("needs the inner .NET exception of a method call ($Error[0].Exception.InnerException)")),
    ]
}

@Suite struct WriteErrorPesterTests {
    @Test(arguments: WriteErrorCases.all) func follows(_ c: PesterCase) { c.check() }
}
