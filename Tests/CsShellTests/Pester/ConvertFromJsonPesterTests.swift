import Testing

/// ConvertFrom-Json.Tests.ps1 restated (Modules/Microsoft.PowerShell.Utility). Nested documents are
/// `{"x":{"x":…true…}}` of a given depth; their depth is counted by walking `x` down to the Boolean.
enum ConvertFromJsonCases {
    static let file = "ConvertFrom-Json.Tests.ps1"

    static let nested = #"function Nested([int]$n) { ('{"x":' * $n) + 'true' + ('}' * $n) }; function Depth($o) { $d = 0; while ($o -isnot [bool]) { $d++; $o = $o.x }; $d }; "#
    static func switchValue(_ on: Bool) -> String { on ? "$true" : "$false" }

    static func singleLine(_ h: Bool) -> String { #"('{"a" : "1"}' | ConvertFrom-Json -AsHashtable:"# + switchValue(h) + ").a" }
    static func incomplete(_ h: Bool) -> String {
        #"try { ConvertFrom-Json '["1",' -AsHashtable:"# + switchValue(h) + #" } catch { $_.FullyQualifiedErrorId }; try { ConvertFrom-Json '[' -AsHashtable:"# + switchValue(h) + #" } catch { $_.FullyQualifiedErrorId }"#
    }
    static let argumentError = "System.ArgumentException,Microsoft.PowerShell.Commands.ConvertFromJsonCommand"
    static func commentsInArray(_ h: Bool) -> String { "$r = \"[ // comment`n100, /* comment */`n200 ]\" | ConvertFrom-Json -AsHashtable:" + switchValue(h) + #"; $r.Count; $r[0]; $r[1]"# }
    static func tooDeep(_ n: Int, _ h: Bool, depth: String = "") -> String {
        nested + "Nested \(n) | ConvertFrom-Json -AsHashtable:" + switchValue(h) + depth
    }
    /// "Parses DateKind <kind> strings": the type, Kind and round-trip form of what `value` becomes.
    static func dateKind(_ value: String, _ kind: String) -> String {
        "$j = '\"\(value)\"' | ConvertFrom-Json -DateKind \(kind); $j -is [datetime]; $j.Kind; $j.ToString('o')"
    }
    static func zoned(_ value: String, _ kind: String) -> String {
        "$j = '\"\(value)\"' | ConvertFrom-Json -DateKind \(kind); $j -is [datetime]; $j.Kind; $j.ToUniversalTime().ToString('o')"
    }
    static func dateString(_ value: String) -> String {
        "$j = '\"\(value)\"' | ConvertFrom-Json -DateKind String; $j -is [string]; $j -ceq '\(value)'"
    }

    static let all: [PesterCase] = [
        PesterCase(file, "Can convert a single-line object with AsHashtable switch set to True", singleLine(true), .lines(["1"])),
        PesterCase(file, "Can convert a single-line object with AsHashtable switch set to False", singleLine(false), .lines(["1"])),
        PesterCase(file, "Can convert one string-per-object with AsHashtable switch set to False",
                   #"$json = @('{"a" : "1"}', '{"a" : "x"}') | ConvertFrom-Json -AsHashtable:$false; $json.Count; $json[1].a"#, .lines(["2", "x"])),
        // -AsHashtable makes an OrderedHashtable (pwsh 7.3+), which is a Hashtable (Should -BeOfType Hashtable).
        PesterCase(file, "Can convert one string-per-object with AsHashtable switch set to True",
                   #"$json = @('{"a" : "1"}', '{"a" : "x"}') | ConvertFrom-Json -AsHashtable:$true; $json.Count; $json[1].a; ($json | Where-Object { $_ -isnot [hashtable] }).Count"#,
                   .lines(["2", "x", "0"])),
        PesterCase(file, "Can convert multi-line object with AsHashtable switch set to True",
                   #"$json = @('{"a" :', '"x"}') | ConvertFrom-Json -AsHashtable:$true; $json.a; $json -is [hashtable]"#, .lines(["x", "True"])),
        PesterCase(file, "Can convert an object with Newtonsoft.Json metadata properties with AsHashtable switch set to True",
                   #"$json = '{"$id":13, "$type":"Calendar.Months.December", "$ref":1989}' | ConvertFrom-Json -AsHashtable:$true; $json.'$id'; $json.'$type'; $json.'$ref'; $json -is [hashtable]"#,
                   .lines(["13", "Calendar.Months.December", "1989", "True"])),
        PesterCase(file, "Can convert an object of depth 1024 by default with AsHashtable switch set to True",
                   nested + #"$o = Nested 1024 | ConvertFrom-Json -AsHashtable:$true; $o -is [hashtable]; Depth $o"#, .lines(["True", "1024"])),
        PesterCase(file, "Throws an ArgumentException with an incomplete array with AsHashtable switch set to True", incomplete(true), .lines([argumentError, argumentError])),
        PesterCase(file, "Throws an ArgumentException with an incomplete array with AsHashtable switch set to False", incomplete(false), .lines([argumentError, argumentError])),
        PesterCase(file, "Can convert multi-line object with AsHashtable switch set to False",
                   #"(@('{"a" :', '"x"}') | ConvertFrom-Json -AsHashtable:$false).a"#, .lines(["x"])),
        PesterCase(file, "Can convert an object with Newtonsoft.Json metadata properties with AsHashtable switch set to False",
                   #"$json = '{"$id":13, "$type":"Calendar.Months.December", "$ref":1989}' | ConvertFrom-Json; $json.'$id'; $json.'$type'; $json.'$ref'"#,
                   .lines(["13", "Calendar.Months.December", "1989"])),
        PesterCase(file, "Can convert an object of depth 1024 by default with AsHashtable switch set to False",
                   nested + #"$o = Nested 1024 | ConvertFrom-Json; $o -is [pscustomobject]; Depth $o"#, .lines(["True", "1024"])),
        PesterCase(file, "Fails to convert an object of depth higher than 1024 by default with AsHashtable switch set to True", tooDeep(1025, true), .throwsErrorId(argumentError)),
        PesterCase(file, "Fails to convert an object of depth higher than 1024 by default with AsHashtable switch set to False", tooDeep(1025, false), .throwsErrorId(argumentError)),
        PesterCase(file, "Can correctly round trip arrays with NoEnumerate switch set to True", #"'[ 1, 2 ]' | ConvertFrom-Json -NoEnumerate:$true | ConvertTo-Json -Compress"#, .lines(["[1,2]"])),
        PesterCase(file, "Can correctly round trip arrays with NoEnumerate switch set to False", #"'[ 1, 2 ]' | ConvertFrom-Json -NoEnumerate:$false | ConvertTo-Json -Compress"#, .lines(["[1,2]"])),
        PesterCase(file, "Unravels array elements when NoEnumerate switch is not set", #"('[ 1, 2 ]' | ConvertFrom-Json | Measure-Object).Count"#, .lines(["2"])),
        PesterCase(file, "Sends a Json array as a single element when NoEnumerate switch is set", #"('[ 1, 2 ]' | ConvertFrom-Json -NoEnumerate | Measure-Object).Count"#, .lines(["1"])),
        PesterCase(file, "Cannot round trip single element arrays without NoEnumerate switch", #"'[ 1 ]' | ConvertFrom-Json | ConvertTo-Json"#, .lines(["1"])),
        PesterCase(file, "Can round trip single element arrays with NoEnumerate switch", #"'[ 1 ]' | ConvertFrom-Json -NoEnumerate | ConvertTo-Json -Compress"#, .lines(["[1]"])),
        PesterCase(file, "Can convert null",
                   #"$null -eq ('null' | ConvertFrom-Json); $out = '[1, null, 2]' | ConvertFrom-Json; $out.Length; $out[0]; $null -eq $out[1]; $out[2]"#,
                   .lines(["True", "3", "1", "True", "2"])),
        PesterCase(file, "Order is preserved for a hashtable",
                   #"$json = '{"a":1,"b":2,"c":3}' | ConvertFrom-Json -AsHashtable; ($json | Out-String).Trim()"#,
                   .lines(["Name                           Value", "----                           -----", "a                              1", "b                              2", "c                              3"])),
        // A date without a zone keeps its clock time and takes the kind asked for.
        PesterCase(file, "Parses DateKind Default strings for \"1970-01-01T00:00:00\"",
                   dateKind("1970-01-01T00:00:00", "Default") + #"; $k = '"1970-01-01T00:00:00"' | ConvertFrom-Json; $k.Kind; $k -eq [datetime]::new(1970, 1, 1, 0, 0, 0, 0, 'Unspecified')"#,
                   .lines(["True", "Unspecified", "1970-01-01T00:00:00.0000000", "Unspecified", "True"])),
        PesterCase(file, "Parses DateKind Local strings for \"1970-01-01T00:00:00\"", dateKind("1970-01-01T00:00:00", "Local"),
                   .lines(["True", "Local", "1970-01-01T00:00:00.0000000+00:00"])),
        PesterCase(file, "Parses DateKind Utc strings for \"1970-01-01T00:00:00\"", dateKind("1970-01-01T00:00:00", "Utc"),
                   .lines(["True", "Utc", "1970-01-01T00:00:00.0000000Z"])),
        // A date with a zone: its kind, and the instant it denotes (in UTC, so that the case does not
        // depend on the machine's time zone); upstream states the expected value with DateTimeOffset.
        PesterCase(file, "Parses DateKind Default strings for \"2022-11-02T12:01:44.5801388+04:00\"", zoned("2022-11-02T12:01:44.5801388+04:00", "Default"), .lines(["True", "Local", "2022-11-02T08:01:44.5801388Z"])),
        PesterCase(file, "Parses DateKind Default strings for \"2022-11-02T12:01:44.5801388-04:00\"", zoned("2022-11-02T12:01:44.5801388-04:00", "Default"), .lines(["True", "Local", "2022-11-02T16:01:44.5801388Z"])),
        PesterCase(file, "Parses DateKind Default strings for \"1970-01-01T00:00:00.0000000Z\"", zoned("1970-01-01T00:00:00.0000000Z", "Default"), .lines(["True", "Utc", "1970-01-01T00:00:00.0000000Z"])),
        PesterCase(file, "Parses DateKind Default strings for \"1970-01-01T00:00:00.0000000+00:00\"", zoned("1970-01-01T00:00:00.0000000+00:00", "Default"), .lines(["True", "Local", "1970-01-01T00:00:00.0000000Z"])),
        PesterCase(file, "Parses DateKind Default strings for \"1970-01-01T00:00:00.0000000-00:00\"", zoned("1970-01-01T00:00:00.0000000-00:00", "Default"), .lines(["True", "Local", "1970-01-01T00:00:00.0000000Z"])),
        PesterCase(file, "Parses DateKind Default strings for \"1970-01-01T00:00:00.0000000+10:00\"", zoned("1970-01-01T00:00:00.0000000+10:00", "Default"), .lines(["True", "Local", "1969-12-31T14:00:00.0000000Z"])),
        PesterCase(file, "Parses DateKind Default strings for \"1970-01-01T00:00:00.0000000-10:00\"", zoned("1970-01-01T00:00:00.0000000-10:00", "Default"), .lines(["True", "Local", "1970-01-01T10:00:00.0000000Z"])),
        PesterCase(file, "Parses DateKind Local strings for \"2022-11-02T12:01:44.5801388+04:00\"", zoned("2022-11-02T12:01:44.5801388+04:00", "Local"), .lines(["True", "Local", "2022-11-02T08:01:44.5801388Z"])),
        PesterCase(file, "Parses DateKind Local strings for \"2022-11-02T12:01:44.5801388-04:00\"", zoned("2022-11-02T12:01:44.5801388-04:00", "Local"), .lines(["True", "Local", "2022-11-02T16:01:44.5801388Z"])),
        PesterCase(file, "Parses DateKind Local strings for \"1970-01-01T00:00:00.0000000Z\"", zoned("1970-01-01T00:00:00.0000000Z", "Local"), .lines(["True", "Local", "1970-01-01T00:00:00.0000000Z"])),
        PesterCase(file, "Parses DateKind Local strings for \"1970-01-01T00:00:00.0000000+00:00\"", zoned("1970-01-01T00:00:00.0000000+00:00", "Local"), .lines(["True", "Local", "1970-01-01T00:00:00.0000000Z"])),
        PesterCase(file, "Parses DateKind Local strings for \"1970-01-01T00:00:00.0000000-00:00\"", zoned("1970-01-01T00:00:00.0000000-00:00", "Local"), .lines(["True", "Local", "1970-01-01T00:00:00.0000000Z"])),
        PesterCase(file, "Parses DateKind Local strings for \"1970-01-01T00:00:00.0000000+10:00\"", zoned("1970-01-01T00:00:00.0000000+10:00", "Local"), .lines(["True", "Local", "1969-12-31T14:00:00.0000000Z"])),
        PesterCase(file, "Parses DateKind Local strings for \"1970-01-01T00:00:00.0000000-10:00\"", zoned("1970-01-01T00:00:00.0000000-10:00", "Local"), .lines(["True", "Local", "1970-01-01T10:00:00.0000000Z"])),
        PesterCase(file, "Parses DateKind Utc strings for \"2022-11-02T12:01:44.5801388+04:00\"", zoned("2022-11-02T12:01:44.5801388+04:00", "Utc"), .lines(["True", "Utc", "2022-11-02T08:01:44.5801388Z"])),
        PesterCase(file, "Parses DateKind Utc strings for \"2022-11-02T12:01:44.5801388-04:00\"", zoned("2022-11-02T12:01:44.5801388-04:00", "Utc"), .lines(["True", "Utc", "2022-11-02T16:01:44.5801388Z"])),
        PesterCase(file, "Parses DateKind Utc strings for \"1970-01-01T00:00:00.0000000Z\"", zoned("1970-01-01T00:00:00.0000000Z", "Utc"), .lines(["True", "Utc", "1970-01-01T00:00:00.0000000Z"])),
        PesterCase(file, "Parses DateKind Utc strings for \"1970-01-01T00:00:00.0000000+00:00\"", zoned("1970-01-01T00:00:00.0000000+00:00", "Utc"), .lines(["True", "Utc", "1970-01-01T00:00:00.0000000Z"])),
        PesterCase(file, "Parses DateKind Utc strings for \"1970-01-01T00:00:00.0000000-00:00\"", zoned("1970-01-01T00:00:00.0000000-00:00", "Utc"), .lines(["True", "Utc", "1970-01-01T00:00:00.0000000Z"])),
        PesterCase(file, "Parses DateKind Utc strings for \"1970-01-01T00:00:00.0000000+10:00\"", zoned("1970-01-01T00:00:00.0000000+10:00", "Utc"), .lines(["True", "Utc", "1969-12-31T14:00:00.0000000Z"])),
        PesterCase(file, "Parses DateKind Utc strings for \"1970-01-01T00:00:00.0000000-10:00\"", zoned("1970-01-01T00:00:00.0000000-10:00", "Utc"), .lines(["True", "Utc", "1970-01-01T10:00:00.0000000Z"])),
        PesterCase(file, "Parses DateKind String strings for \"2022-11-02T12:01:44.5801388+04:00\"", dateString("2022-11-02T12:01:44.5801388+04:00"), .lines(["True", "True"])),
        PesterCase(file, "Parses DateKind String strings for \"2022-11-02T12:01:44.5801388-04:00\"", dateString("2022-11-02T12:01:44.5801388-04:00"), .lines(["True", "True"])),
        PesterCase(file, "Parses DateKind String strings for \"1970-01-01T00:00:00\"", dateString("1970-01-01T00:00:00"), .lines(["True", "True"])),
        PesterCase(file, "Parses DateKind String strings for \"1970-01-01T00:00:00.0000000Z\"", dateString("1970-01-01T00:00:00.0000000Z"), .lines(["True", "True"])),
        PesterCase(file, "Parses DateKind String strings for \"1970-01-01T00:00:00.0000000+00:00\"", dateString("1970-01-01T00:00:00.0000000+00:00"), .lines(["True", "True"])),
        PesterCase(file, "Parses DateKind String strings for \"1970-01-01T00:00:00.0000000-00:00\"", dateString("1970-01-01T00:00:00.0000000-00:00"), .lines(["True", "True"])),
        PesterCase(file, "Parses DateKind String strings for \"1970-01-01T00:00:00.0000000+10:00\"", dateString("1970-01-01T00:00:00.0000000+10:00"), .lines(["True", "True"])),
        PesterCase(file, "Parses DateKind String strings for \"1970-01-01T00:00:00.0000000-10:00\"", dateString("1970-01-01T00:00:00.0000000-10:00"), .lines(["True", "True"])),
        PesterCase(file, "Ignores comments in arrays with AsHashtable switch set to True", commentsInArray(true), .lines(["2", "100", "200"])),
        PesterCase(file, "Ignores comments in arrays with AsHashtable switch set to False", commentsInArray(false), .lines(["2", "100", "200"])),
        PesterCase(file, "Ignores comments in dictionaries with AsHashtable switch set to True",
                   "$json = \"{ // comment`n`\"a`\": 100, /* comment */`n`\"b`\": 200 }\" | ConvertFrom-Json -AsHashtable:$true; $json.Keys -join ','; $json.a; $json.b",
                   .lines(["a,b", "100", "200"])),
        PesterCase(file, "Ignores comments in dictionaries with AsHashtable switch set to False",
                   "$json = \"{ // comment`n`\"a`\": 100, /* comment */`n`\"b`\": 200 }\" | ConvertFrom-Json -AsHashtable:$false; @($json | Get-Member -MemberType NoteProperty).Count; $json.a; $json.b",
                   .lines(["2", "100", "200"])),
        // Describe "ConvertFrom-Json -Depth Tests"
        PesterCase(file, "Can convert an object with depth less than Depth param set to 2 and AsHashtable switch set to True",
                   nested + #"$o = Nested 1 | ConvertFrom-Json -AsHashtable:$true -Depth 2; $o -is [hashtable]; Depth $o"#, .lines(["True", "1"])),
        PesterCase(file, "Can convert an object with depth less than Depth param set to 200 and AsHashtable switch set to True",
                   nested + #"$o = Nested 199 | ConvertFrom-Json -AsHashtable:$true -Depth 200; $o -is [hashtable]; Depth $o"#, .lines(["True", "199"])),
        PesterCase(file, "Can convert an object with depth less than Depth param set to 2000 and AsHashtable switch set to True",
                   nested + #"$o = Nested 1999 | ConvertFrom-Json -AsHashtable:$true -Depth 2000; $o -is [hashtable]; Depth $o"#, .lines(["True", "1999"])),
        PesterCase(file, "Can convert an object with depth equal to Depth param set to 2 and AsHashtable switch set to True",
                   nested + #"$o = Nested 2 | ConvertFrom-Json -AsHashtable:$true -Depth 2; $o -is [hashtable]; Depth $o"#, .lines(["True", "2"])),
        PesterCase(file, "Can convert an object with depth equal to Depth param set to 200 and AsHashtable switch set to True",
                   nested + #"$o = Nested 200 | ConvertFrom-Json -AsHashtable:$true -Depth 200; $o -is [hashtable]; Depth $o"#, .lines(["True", "200"])),
        PesterCase(file, "Can convert an object with depth equal to Depth param set to 2000 and AsHashtable switch set to True",
                   nested + #"$o = Nested 2000 | ConvertFrom-Json -AsHashtable:$true -Depth 2000; $o -is [hashtable]; Depth $o"#, .lines(["True", "2000"])),
        PesterCase(file, "Can convert an object with depth less than Depth param set to 2 and AsHashtable switch set to False",
                   nested + #"$o = Nested 1 | ConvertFrom-Json -Depth 2; $o -is [pscustomobject]; Depth $o"#, .lines(["True", "1"])),
        PesterCase(file, "Can convert an object with depth less than Depth param set to 200 and AsHashtable switch set to False",
                   nested + #"$o = Nested 199 | ConvertFrom-Json -Depth 200; $o -is [pscustomobject]; Depth $o"#, .lines(["True", "199"])),
        PesterCase(file, "Can convert an object with depth less than Depth param set to 2000 and AsHashtable switch set to False",
                   nested + #"$o = Nested 1999 | ConvertFrom-Json -Depth 2000; $o -is [pscustomobject]; Depth $o"#, .lines(["True", "1999"])),
        PesterCase(file, "Can convert an object with depth equal to Depth param set to 2 and AsHashtable switch set to False",
                   nested + #"$o = Nested 2 | ConvertFrom-Json -Depth 2; $o -is [pscustomobject]; Depth $o"#, .lines(["True", "2"])),
        PesterCase(file, "Can convert an object with depth equal to Depth param set to 200 and AsHashtable switch set to False",
                   nested + #"$o = Nested 200 | ConvertFrom-Json -Depth 200; $o -is [pscustomobject]; Depth $o"#, .lines(["True", "200"])),
        PesterCase(file, "Can convert an object with depth equal to Depth param set to 2000 and AsHashtable switch set to False",
                   nested + #"$o = Nested 2000 | ConvertFrom-Json -Depth 2000; $o -is [pscustomobject]; Depth $o"#, .lines(["True", "2000"])),
        PesterCase(file, "Fails to convert an object with greater depth than Depth param set to 2 and AsHashtable switch set to True", tooDeep(3, true, depth: " -Depth 2"), .throwsErrorId(argumentError)),
        PesterCase(file, "Fails to convert an object with greater depth than Depth param set to 2 and AsHashtable switch set to False", tooDeep(3, false, depth: " -Depth 2"), .throwsErrorId(argumentError)),
        PesterCase(file, "Fails to convert an object with greater depth than Depth param set to 200 and AsHashtable switch set to True", tooDeep(201, true, depth: " -Depth 200"), .throwsErrorId(argumentError)),
        PesterCase(file, "Fails to convert an object with greater depth than Depth param set to 200 and AsHashtable switch set to False", tooDeep(201, false, depth: " -Depth 200"), .throwsErrorId(argumentError)),
        PesterCase(file, "Fails to convert an object with greater depth than Depth param set to 2000 and AsHashtable switch set to True", tooDeep(2001, true, depth: " -Depth 2000"), .throwsErrorId(argumentError)),
        PesterCase(file, "Fails to convert an object with greater depth than Depth param set to 2000 and AsHashtable switch set to False", tooDeep(2001, false, depth: " -Depth 2000"), .throwsErrorId(argumentError)),
    ]


    static let gaps: [PesterGap] = [
        PesterGap(file, "Parses DateKind Offset strings for \"2022-11-02T12:01:44.5801388+04:00\"", .outOfScope("-DateKind Offset returns a DateTimeOffset, a .NET type csshell does not have")),
        PesterGap(file, "Parses DateKind Offset strings for \"2022-11-02T12:01:44.5801388-04:00\"", .outOfScope("-DateKind Offset returns a DateTimeOffset, a .NET type csshell does not have")),
        PesterGap(file, "Parses DateKind Offset strings for \"1970-01-01T00:00:00\"", .outOfScope("-DateKind Offset returns a DateTimeOffset, a .NET type csshell does not have")),
        PesterGap(file, "Parses DateKind Offset strings for \"1970-01-01T00:00:00.0000000Z\"", .outOfScope("-DateKind Offset returns a DateTimeOffset, a .NET type csshell does not have")),
        PesterGap(file, "Parses DateKind Offset strings for \"1970-01-01T00:00:00.0000000+00:00\"", .outOfScope("-DateKind Offset returns a DateTimeOffset, a .NET type csshell does not have")),
        PesterGap(file, "Parses DateKind Offset strings for \"1970-01-01T00:00:00.0000000-00:00\"", .outOfScope("-DateKind Offset returns a DateTimeOffset, a .NET type csshell does not have")),
        PesterGap(file, "Parses DateKind Offset strings for \"1970-01-01T00:00:00.0000000+10:00\"", .outOfScope("-DateKind Offset returns a DateTimeOffset, a .NET type csshell does not have")),
        PesterGap(file, "Parses DateKind Offset strings for \"1970-01-01T00:00:00.0000000-10:00\"", .outOfScope("-DateKind Offset returns a DateTimeOffset, a .NET type csshell does not have")),
    ]
}

@Suite struct ConvertFromJsonPesterTests {
    @Test(arguments: ConvertFromJsonCases.all) func follows(_ c: PesterCase) { c.check() }
}
