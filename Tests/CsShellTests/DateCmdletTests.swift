import Testing
@testable import CsShell

/// Get-Date and New-TimeSpan, and [datetime] / [timespan] values in the language. Follows PowerShell's
/// Get-Date.Tests.ps1 and New-TimeSpan.Tests.ps1 (test/powershell/Modules/Microsoft.PowerShell.Utility).
struct DateCmdletTests {
    func out(_ script: String) -> [String] { ShellHarness.run(script).lines }

    // Get-Date.Tests.ps1: "Get-Date with all parameters returns proper results"
    @Test func allPartsReplaced() {
        let r = out("$date = [datetime]::Now + ([timespan]::new(0,0,30)); $r = Get-Date -Date $date -Year 1973 -Month 2 -Day 22 -Hour 15 -Minute 40 -Second 10 -Millisecond 200; $r -is [datetime]; \"$($r.Year) $($r.Month) $($r.Day) $($r.Hour) $($r.Minute) $($r.Second) $($r.Millisecond)\"")
        #expect(r == ["True", "1973 2 22 15 40 10 200"])
    }

    // "using -displayhint produces the correct output"; "using -format produces the correct output"
    @Test func displayHintAndFormat() {
        #expect(out("(Get-Date -Date:'Jan 1, 2020' -DisplayHint Date | Out-String).Trim()") == ["Wednesday, January 1, 2020"])
        #expect(out("Get-Date -Date:'Jan 1, 2020' -Format:'MMM-dd-yy'") == ["Jan-01-20"])
        #expect(out("Get-Date -Date 2024-01-02 -DisplayHint Time") == ["", "12:00:00 AM", ""])
        #expect(out("(Get-Date).DisplayHint") == ["DateTime"])
    }

    // "using -AsUTC produces the correct output"; "using -uformat %s produces the correct output"
    @Test func asUTCAndUnixSeconds() {
        #expect(out("(Get-Date -Date:'2020-01-01T00:00:00').Kind; (Get-Date -Date:'2020-01-01T00:00:00' -AsUTC).Kind") == ["Unspecified", "Utc"])
        #expect(out("Get-Date -Date:'Jan 1, 2020Z' -UFormat:'%s'") == ["1577836800"])
    }

    // The -UFormat cases of Get-Date.Tests.ps1 ("ymdH", "aAbBcCdDehHIkljmMpr", "sStTuUVwWxXyYZ").
    @Test func uFormatSpecifiers() {
        #expect(out("Get-Date -Date 0030-01-01T00:00:00 -UFormat %y/%m/%d-%H") == ["30/01/01-00"])
        #expect(out("Get-Date -Date 1/1/0030 -UFormat '%a%A%b%B%c%C%d%D%e%h%H%I%k%l%j%m%M%p%r'")
                == ["TueTuesdayJanJanuaryTue 01 Jan 0030 00:00:0000101/01/30 1Jan0012 0120010100AM12:00:00 AM"])
        #expect(out("Get-Date -Date 1/1/0030 -UFormat %S%T%u%U%w%W%x%X%y%Y%%") == ["0000:00:00202001/01/3000:00:00300030%"])
        // "Get-Date -UFormat <format> (<result>)" with $date1 = 2030-4-5 1:2:3.09 and $date3 = 2030-4-15 21:2:3.
        let d1 = "$d = Get-Date -Date '2030-4-5 1:2:3.09'; "
        #expect(out(d1 + "'%e','%F','%j','%k','%l','%p','%r','%R','%U','%W','%x','%c' | % { Get-Date -Date $d -UFormat $_ }")
                == [" 5", "2030-04-05", "095", " 1", " 1", "AM", "01:02:03 AM", "01:02", "13", "13", "04/05/30", "Fri 05 Apr 2030 01:02:03"])
        #expect(out("Get-Date -Date '2030-4-15 21:2:3' -UFormat %r") == ["09:02:03 PM"])
    }

    // "using -uformat 'V'/'G'/'g'/'u' produces the correct output": a sample of the ISO week cases.
    @Test func isoWeekSpecifiers() {
        let cases: [(String, String, String, String, String)] = [
            ("1998-01-02", "01", "1998", "98", "5"), ("2005-01-01", "53", "2004", "04", "6"), ("2005-01-02", "53", "2004", "04", "7"),
            ("2006-01-01", "52", "2005", "05", "7"), ("2007-12-31", "01", "2008", "08", "1"), ("2008-12-29", "01", "2009", "09", "1"),
            ("2010-01-03", "53", "2009", "09", "7"), ("2010-01-04", "01", "2010", "10", "1")
        ]
        for (d, week, year, yy, dow) in cases {
            #expect(out("'%V','%G','%g','%u' | % { Get-Date -Date \(d) -UFormat $_ }") == [week, year, yy, dow], "\(d)")
        }
        #expect(out("Get-Date -Date 0777-01-01 -UFormat %G; Get-Date -Date 0055-12-31 -UFormat %g") == ["0776", "55"])
    }

    // "Passing '<name>' to -uformat produces a descriptive error (<errorId>)"
    @Test func uFormatNullOrEmptyIsABindingError() {
        #expect(ShellHarness.run("Get-Date -Date 1/1/1970 -UFormat $null").err.contains("ParameterArgumentValidationErrorNullNotAllowed,Microsoft.PowerShell.Commands.GetDateCommand"))
        #expect(ShellHarness.run("Get-Date -Date 1/1/1970 -UFormat ''").err.contains("ParameterArgumentValidationErrorEmptyStringNotAllowed,Microsoft.PowerShell.Commands.GetDateCommand"))
    }

    // "Get-date works with pipeline input"; the FileDate formats; "Should have colons when ToString method is used"
    @Test func pipelineInputAndFileFormats() {
        #expect(out("$x = [pscustomobject]@{Date = [datetime]::Now}; (@($x, $x) | Get-Date).Length") == ["2"])
        #expect(out("[pscustomobject]@{LastWriteTime = '2024-05-06'} | Get-Date -Format yyyy-MM-dd") == ["2024-05-06"])
        #expect(out("Get-Date -Date 0030-01-01T01:02:03.0004 -Format FileDate") == ["00300101"])
        #expect(out("Get-Date -Date 0030-01-01T01:02:03.0004 -Format FileDateTime") == ["00300101T0102030004"])
        #expect(out("Get-Date -Date 0030-01-01T01:02:03.0004z -Format FileDateTimeUniversal") == ["00300101T0102030004Z"])
        #expect(out("(Get-Date).ToString().Contains(':'); (Get-Date -Format d).Contains('/'); (Get-Date -Format m).Contains(':')") == ["True", "True", "False"])
    }

    // "Should check that Get-Date can return the correct datetime from the system time"; -UnixTimeSeconds
    @Test func currentTimeAndUnixTime() {
        #expect(out("$d = (Get-Date).Subtract([System.DateTime]::Now); $d.Days; $d.Hours; $d.Minutes; [math]::Abs($d.TotalSeconds) -lt 5") == ["0", "0", "0", "True"])
        #expect(out("(Get-Date -UnixTimeSeconds 1577836800).ToUniversalTime().ToString('o')") == ["2020-01-01T00:00:00.0000000Z"])
        #expect(out("(Get-Date -UnixTimeSeconds 0).Kind") == ["Local"])
    }

    /// [datetime] values: casts (invariant culture), string expansion, comparison, subtraction, methods.
    @Test func dateTimeValuesBehaveLikeDotNet() {
        #expect(out("$d = [datetime]'2024-01-02 15:04:05'; \"$d\"; $d.ToString(); $d") == ["01/02/2024 15:04:05", "1/2/2024 3:04:05 PM", "", "Tuesday, January 2, 2024 3:04:05 PM", ""])
        #expect(out("[datetime]'01/02/2024' -eq [datetime]'2024-01-02'") == ["True"])
        #expect(out("[datetime]'2024-01-02' -gt '2023-12-31'; [datetime]'2024-01-02' -lt [datetime]'2023-12-31'") == ["True", "False"])
        #expect(out("$s = [datetime]'2024-03-01' - [datetime]'2024-01-01'; $s.Days; $s.GetType().FullName; \"$s\"") == ["60", "System.TimeSpan", "60.00:00:00"])
        #expect(out("([datetime]'2024-01-31').AddMonths(1).ToString('yyyy-MM-dd'); ([datetime]'2024-01-02' + (New-TimeSpan -Hours 36)).ToString('s')")
                == ["2024-02-29", "2024-01-03T12:00:00"])
        #expect(out("[datetime]::ParseExact('20240102', 'yyyyMMdd', $null).DayOfWeek; [datetime]::DaysInMonth(2024, 2); [datetime]::IsLeapYear(2023)")
                == ["Tuesday", "29", "False"])
        #expect(out("[datetime]::new(2024, 1, 2).ToString('D'); [datetime]::MinValue.Ticks; [datetime]::UnixEpoch.Kind")
                == ["Tuesday, January 2, 2024", "0", "Utc"])
        #expect(out("'2024-01-03','2024-01-01','2024-01-02' | % { [datetime]$_ } | Sort-Object | % { $_.Day }") == ["1", "2", "3"])
        #expect(out("[datetime]'2024-01-02' -is [System.DateTime]; [datetime]'2024-01-02' | ConvertTo-Json") == ["True", "\"2024-01-02T00:00:00\""])
        let bad = ShellHarness.run("[datetime]'not a date'")
        #expect(bad.err.contains("Cannot convert value \"not a date\" to type \"System.DateTime\". Error: \"String 'not a date' was not recognized as a valid DateTime.\""))
        let overflow = ShellHarness.run("([datetime]'9999-12-31').AddDays(1)")
        #expect(overflow.err.contains("Exception calling \"AddDays\" with \"1\" argument(s): \"The added or subtracted value results in an un-representable DateTime. (Parameter 'value')\""))
        #expect(overflow.err.contains("ArgumentOutOfRangeException"))
    }

    /// `-f` formats dates and spans as String.Format does: with the item's format string, else the
    /// current culture's ToString(); a calculated property's FormatString too.
    @Test func formatOperatorAndFormatString() {
        #expect(out("'{0:yyyy-MM-dd}' -f [datetime]'2024-01-02'; '{0}' -f [datetime]'2024-01-02 15:04:05'; '{0:hh\\:mm}' -f (New-TimeSpan -Minutes 90)")
                == ["2024-01-02", "1/2/2024 3:04:05 PM", "01:30"])
        #expect(out("[pscustomobject]@{When = [datetime]'2024-01-02'} | Format-Table @{Name='When'; Expression={$_.When}; FormatString='dd MMM yyyy'}")
                == ["", "When", "----", "02 Jan 2024", ""])
    }

    /// A date's properties in a list and a table (the current culture), and the TimeSpan list view.
    @Test func datesAndTimeSpansFormat() {
        let list = out("[datetime]'2024-01-02 15:04:05' | Format-List Date, DayOfWeek, TimeOfDay, Kind")
        #expect(list == ["", "Date      : 1/2/2024 12:00:00 AM", "DayOfWeek : Tuesday", "TimeOfDay : 15:04:05", "Kind      : Unspecified", ""])
        #expect(out("[timespan]'1.02:03:04.5'") == ["", "Days              : 1", "Hours             : 2", "Minutes           : 3", "Seconds           : 4",
                                                    "Milliseconds      : 500", "Ticks             : 937845000000", "TotalDays         : 1.08546875",
                                                    "TotalHours        : 26.05125", "TotalMinutes      : 1563.075", "TotalSeconds      : 93784.5",
                                                    "TotalMilliseconds : 93784500", ""])
        #expect(out("[pscustomobject]@{When = [datetime]'2024-01-02 15:04:05'} | ConvertTo-Csv") == ["\"When\"", "\"1/2/2024 3:04:05 PM\""])
    }

    // New-TimeSpan.Tests.ps1: "Should works proper with new-timespan"; "Should be able to create a new timespan object"
    @Test func newTimeSpan() {
        #expect(out("$r = New-TimeSpan -Days 10 -Hours 10 -Minutes 10 -Seconds 10 -Milliseconds 10; $r -is [timespan]; \"$($r.Days) $($r.Hours) $($r.Minutes) $($r.Seconds) $($r.Milliseconds)\"")
                == ["True", "10 10 10 10 10"])
        #expect(out("(New-TimeSpan) -is [System.TimeSpan]; (New-TimeSpan -Start 2024-01-01 -End 2024-03-01).Days; ([pscustomobject]@{LastWriteTime = (Get-Date).AddDays(-2)} | New-TimeSpan).Days")
                == ["True", "60", "2"])
        #expect(out("(New-TimeSpan -Minutes 90).ToString(); (New-TimeSpan -Seconds 5) * 2 | % TotalSeconds; -(New-TimeSpan -Hours 1) | % ToString")
                == ["01:30:00", "10", "-01:00:00"])
    }
}
