import Testing

/// Add-Member.Tests.ps1 restated (Modules/Microsoft.PowerShell.Utility): the checks of the member
/// (kind, -SecondValue, the values' types) and members added to objects. csshell adds members to
/// objects only; PowerShell also wraps a string or an array in a PSObject that carries them.
enum AddMemberCases {
    static let file = "Add-Member.Tests.ps1"
    static let cmd = "Microsoft.PowerShell.Commands.AddMemberCommand"
    /// Runs each block and writes the id of the error each throws.
    static func ids(_ blocks: [String]) -> String {
        "foreach ($s in " + blocks.map { "{ \($0) }" }.joined(separator: ", ") + ") { try { & $s } catch { $_.FullyQualifiedErrorId } }"
    }
    static let all: [PesterCase] = [
        PesterCase(file, "Mandatory parameters should not be null nor empty",
                   ids(["Add-Member -Name $null", "Add-Member -Name ''", "Add-Member -MemberType $null", "Add-Member -MemberType ''", "Add-Member -InputObject $null"]),
                   .lines(["ParameterArgumentValidationErrorNullNotAllowed,\(cmd)", "ParameterArgumentValidationErrorEmptyStringNotAllowed,\(cmd)",
                           "ParameterArgumentValidationErrorNullNotAllowed,\(cmd)", "CannotConvertArgumentNoMessage,\(cmd)",
                           "ParameterArgumentValidationErrorNullNotAllowed,\(cmd)"])),
        PesterCase(file, "Should Not Have Value2",
                   ids(["CodeMethod", "MemberSet", "PropertySet", "ScriptMethod", "NoteProperty"].map {
                       "Add-Member -InputObject a -MemberType \($0) -Name Name -Value something -SecondValue somethingElse"
                   }), .lines(Array(repeating: "Value2ShouldNotBeSpecified,\(cmd)", count: 5))),
        PesterCase(file, "Cannot Add PS Property Or PS Method",
                   ids(["Method", "Property", "ParameterizedProperty", "AnythingElse"].map { "Add-Member -InputObject a -MemberType \($0) -Name Name" }),
                   .lines(Array(repeating: "CannotAddMemberType,\(cmd)", count: 3) + ["CannotConvertArgumentNoMessage,\(cmd)"])),
        PesterCase(file, "Value1 And Value2 Should Not Both Null",
                   ids(["CodeProperty", "ScriptProperty"].map { "Add-Member -MemberType \($0) -Name PropertyName -Value $null -SecondValue $null -InputObject a" }),
                   .lines(Array(repeating: "Value1AndValue2AreNotBothNull,\(cmd)", count: 2))),
        PesterCase(file, "Fail to add unexisting type",
                   "Add-Member -InputObject a -MemberType AliasProperty -Name Name -Value something -SecondValue unexistingType",
                   .throwsErrorId("InvalidCastFromStringToType,\(cmd)")),
        PesterCase(file, "CodeProperty Reference Wrong Type", "Add-Member -InputObject a -MemberType CodeProperty -Name Name -Value something",
                   .throwsErrorId("ConvertToFinalInvalidCastException,\(cmd)")),
        PesterCase(file, "MemberSet With Wrong Type For Value1", "Add-Member -InputObject a -MemberType MemberSet -Name Name -Value ImNotACollection",
                   .throwsErrorId("ConvertToFinalInvalidCastException,\(cmd)")),
        PesterCase(file, "ScriptMethod Reference Wrong Type", "Add-Member -InputObject a -MemberType ScriptMethod -Name Name -Value something",
                   .throwsErrorId("ConvertToFinalInvalidCastException,\(cmd)")),
        PesterCase(file, "ScriptProperty Reference Wrong Type", "Add-Member -InputObject a -MemberType ScriptProperty -Name Name -Value something",
                   .throwsErrorId("ConvertToFinalInvalidCastException,\(cmd)")),
        PesterCase(file, "Add Multiple Note Members",
                   "$obj = New-Object psobject; $hash = @{ Name = 'Name'; TestInt = 1; TestNull = $null }; Add-Member -InputObject $obj $hash; $obj.Name -eq 'Name' -and $obj.TestInt -eq 1 -and $null -eq $obj.TestNull",
                   .isTrue),
        PesterCase(file, "Add Multiple Note With TypeName",
                   "$obj = New-Object psobject; $hash = @{ Name = 'Name'; TestInt = 1; TestNull = $null }; $obj = Add-Member -InputObject $obj $hash -TypeName MyType -PassThru; $obj.PSTypeNames[0]",
                   .lines(["MyType"])),
        PesterCase(file, "Add Multiple Members With Force",
                   "$obj = New-Object psobject; $obj | Add-Member -MemberType NoteProperty -Name TestNote -Value 1; $obj | Add-Member @{ TestNote = 'hello' } -Force; $obj.TestNote",
                   .lines(["hello"])),
        PesterCase(file, "should be able to see a newly added member of an object",
                   "$o = New-Object psobject; Add-Member -InputObject $o -MemberType NoteProperty -Name proppy -Value 'superVal'; $o.proppy -ceq 'superVal'", .isTrue),
        PesterCase(file, "Should be able to add a member to an object that already has a member in it",
                   "$o = New-Object psobject; Add-Member -InputObject $o -MemberType NoteProperty -Name proppy -Value 'superVal'; Add-Member -InputObject $o -MemberType NoteProperty -Name AnotherMember -Value 'AnotherValue'; $o.AnotherMember -ceq 'AnotherValue'",
                   .isTrue),
    ]
    static let gaps: [PesterGap] = [
        PesterGap(file, "Successful alias, no type", .notDone("members on a string: PowerShell wraps the string in a PSObject; csshell adds members to objects only")),
        PesterGap(file, "Successful alias, with type", .notDone("members on a string")),
        PesterGap(file, "Empty Member Set Null Value1", .notDone("MemberSet members are not supported")),
        PesterGap(file, "Member Set With 1 Member", .notDone("MemberSet members and Collection[PSMemberInfo] are not supported")),
        PesterGap(file, "Add ScriptMethod Success", .notDone("members on a string")),
        PesterGap(file, "Add ScriptProperty Success", .notDone("Set-Alias/Get-Alias and alias objects are not provided; script property setters are not run")),
        PesterGap(file, "Add TypeName MemberSet Success", .notDone("members on a string")),
        PesterGap(file, "Add TypeName Existing Name Success", .notDone("type names on a string")),
        PesterGap(file, "Add Single Note To Array", .notDone("members on an array")),
        PesterGap(file, "Simplified Add-Member should support using 'Property' as the NoteProperty member name", .notDone("members on a string")),
        PesterGap(file, "Verify Add-Member error message is not empty", .notDone("members on an array")),
    ]
}

@Suite struct AddMemberPesterTests {
    @Test(arguments: AddMemberCases.all) func follows(_ c: PesterCase) { c.check() }
}
