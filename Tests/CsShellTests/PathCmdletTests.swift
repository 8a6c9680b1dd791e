import Foundation
import Testing
@testable import CsShell

/// Import-Module / Get-Module, and Test-Path, Join-Path, Split-Path. Follows PowerShell's
/// Test-Path.Tests.ps1, Join-Path.Tests.ps1 and Split-Path.Tests.ps1
/// (test/powershell/Modules/Microsoft.PowerShell.Management).
@Suite(.serialized) struct PathCmdletTests {
    /// Runs in process; with `dir`, through the binary in that folder (the test process's own
    /// folder is shared by every test running at the same time).
    func run(_ script: String, in dir: String? = nil) -> ShellRun {
        guard let dir else { return ShellHarness.run(script) }
        return (try? CLI.run(["-c", script], cwd: dir)) ?? ShellRun(out: "", err: "could not run csshell", status: -1)
    }

    func out(_ script: String, in dir: String? = nil) -> [String] { run(script, in: dir).lines }

    /// The Test-Path.Tests.ps1 fixture: testfile.txt, datestfile, gatestfile and the usr folder.
    func fixture() throws -> String {
        let d = CLI.tempDir()
        for f in ["testfile.txt", "datestfile", "gatestfile"] { try "1".write(toFile: d + "/" + f, atomically: true, encoding: .utf8) }
        try FileManager.default.createDirectory(atPath: d + "/usr", withIntermediateDirectories: true)
        return d
    }

    @Test func importModuleOfTheBuiltInModules() {
        let r = run("Import-Module Lync; Import-Module SkypeForBusiness; ipmo lync -Force -DisableNameChecking; Import-Module Microsoft.PowerShell.Utility; 'ok'")
        #expect(r.lines == ["ok"] && r.err == "" && r.status == 0)
        #expect(out("(Import-Module SkypeForBusiness -PassThru).Name; 'Lync' | Import-Module -PassThru | % Version") == ["Lync", Shell.version])
        #expect(out("(Get-Module Lync).ExportedCommands.Keys -contains 'New-CsXmppAllowedPartner'; (Get-Module).Name -contains 'Microsoft.PowerShell.Utility'")
                == ["True", "True"])
        // The path of Lync's manifest, as scripts written on a Lync server give it.
        let path = run("Import-Module 'C:\\Program Files\\Common Files\\Microsoft Lync Server 2013\\Modules\\Lync\\Lync.psd1'; Import-Module /opt/Modules/SkypeForBusiness/SkypeForBusiness.psd1; 'ok'")
        #expect(path.lines == ["ok"] && path.err == "")
        #expect(run("Import-Module ./Other.psd1").err.contains("The specified module './Other.psd1' was not loaded"))
    }

    @Test func importModuleOfAnUnknownModuleIsPowerShellsError() {
        let r = run("Import-Module ActiveDirectory; 'next'")
        #expect(r.lines == ["next"])
        #expect(r.err.hasPrefix("Import-Module : The specified module 'ActiveDirectory' was not loaded because no valid module file was found in any module directory."))
        #expect(r.err.contains("ResourceUnavailable: (ActiveDirectory:String) [Import-Module], FileNotFoundException"))
        #expect(r.err.contains("Modules_ModuleNotFound,Microsoft.PowerShell.Commands.ImportModuleCommand"))
        #expect(run("Import-Module Nope -ErrorAction SilentlyContinue; $Error[0].FullyQualifiedErrorId").lines == ["Modules_ModuleNotFound,Microsoft.PowerShell.Commands.ImportModuleCommand"])
        #expect(run("try { Import-Module Nope -ErrorAction Stop } catch { 'caught' }").lines == ["caught"])
    }

    // Test-Path.Tests.ps1: existing and missing paths, piping, empty and white-space strings, $null.
    @Test func testPathBasics() throws {
        let d = try fixture()
        #expect(out("Test-Path \(d); Test-Path -Path \(d); Test-Path -LiteralPath \(d); '\(d)' | Test-Path; '\(d)/usr/bin' | Test-Path") == ["True", "True", "True", "True", "False"])
        #expect(out("Test-Path -Path \(d)/usr/bin/error; Test-Path -Path ''; Test-Path -Path '  '") == ["False", "False", "False"])
        let null = run("Test-Path -Path $null")
        #expect(null.lines.isEmpty)
        #expect(null.err.contains("Value cannot be null. (Parameter 'The provided Path argument was null or an empty collection.')"))
        #expect(null.err.contains("NullPathNotPermitted,Microsoft.PowerShell.Commands.TestPathCommand"))
        #expect(run("Test-Path -Path $null, $null -ErrorAction SilentlyContinue; 'went on'").lines == ["went on"])
        #expect(run("try { Test-Path -Path $null -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }").lines == ["NullPathNotPermitted,Microsoft.PowerShell.Commands.TestPathCommand"])
    }

    // "Should be able to return the correct result when a regular expression is used", -PathType,
    // -Include / -Exclude, -LiteralPath with wildcard characters.
    @Test func testPathWildcardsAndTypes() throws {
        let d = try fixture()
        #expect(out("Test-Path \(d)/u*; Test-Path \(d)/u[a-z]*; Test-Path \(d)/aoeu*; Test-Path \(d)/u[A-Z]") == ["True", "True", "False", "False"])
        #expect(out("Test-Path \(d) -PathType Leaf; Test-Path \(d)/testfile.txt -PathType Leaf; Test-Path aoeu -PathType Leaf; Test-Path \(d)/testfile.txt -Type Leaf")
                == ["False", "True", "False", "True"])
        #expect(out("Test-Path \(d)/usr -PathType Container; Test-Path \(d)/testfile.txt -PathType Any") == ["True", "True"])
        #expect(out("Test-Path \(d)/* -Include t*; Test-Path \(d)/* -Exclude v*; Test-Path \(d)/testfile.txt -Exclude d*, g*; Test-Path \(d)/* -Include zz*")
                == ["True", "True", "True", "False"])
        #expect(out("Test-Path -LiteralPath \(d)/u*; Test-Path -PSPath '\(d)/u[a-z]r'") == ["False", "False"])
    }

    // -IsValid: "Unix paths should be valid", "Unix paths should be invalid", bad drive syntax.
    @Test func testPathIsValid() {
        let valid = ["/usr/bin", "/usr/bin/", "filesystem::/usr/bin", "variable::psversiontable", "/usr/bi*n/test", "/totally a valid/path", "/a path / with/funkyspaces"]
        for p in valid { #expect(out("Test-Path -Path '\(p)' -IsValid") == ["True"], "\(p)") }
        #expect(out("Test-Path -Path \"/usr/bi`0n/test\" -IsValid; Test-Path -Path ' :;!@#$%^&*(){}?+|_-' -IsValid") == ["False", "False"])
        #expect(run("Test-Path -Path /a path/without quotes/around/it -IsValid").err.contains("PositionalParameterNotFound,Microsoft.PowerShell.Commands.TestPathCommand"))
    }

    // "Should return true if used on components other than filesystem objects"; -NewerThan / -OlderThan.
    @Test func testPathDrivesAndDates() throws {
        #expect(out("Test-Path Env:\\PATH; Test-Path env:NO_SUCH_VARIABLE_9; Test-Path Alias:\\gcm; $x = 1; Test-Path variable:x; Test-Path variable:nope")
                == ["True", "False", "True", "True", "False"])
        let d = try fixture()
        let old = d + "/oldfile"
        try "x".write(toFile: old, atomically: true, encoding: .utf8)
        // Two and a half days old.
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(-60 * 60 * 60)], ofItemAtPath: old)
        let setup = "$today = Get-Date; $oneDayOld = (Get-Date).AddDays(-1); $threeDaysOld = (Get-Date).AddDays(-3); "
        #expect(out(setup + "Test-Path \(old) -OlderThan $today; Test-Path \(old) -NewerThan $oneDayOld; Test-Path \(old) -NewerThan $threeDaysOld -OlderThan $oneDayOld; Test-Path \(d)/testfile.txt -PathType Leaf -NewerThan $oneDayOld")
                == ["True", "False", "True", "True"])
    }

    // Join-Path.Tests.ps1
    @Test func joinPath() throws {
        #expect(out("Join-Path one two three four five") == ["one/two/three/four/five"])
        #expect(out("Join-Path -Path one -ChildPath two, three; Join-Path -Path one, two -ChildPath three, four") == ["one/two/three", "one/three/four", "two/three/four"])
        #expect(out("Join-Path -Path one -ChildPath @(); Join-Path -Path one -ChildPath $null; Join-Path -Path one -ChildPath ''") == ["one/", "one/", "one/"])
        #expect(out("Join-Path 'Variable:' 'foo'; Join-Path Env: foo; Join-Path FileSystem::windir system32; Join-Path 'C:\\Temp\\' '\\sub'")
                == ["Variable:/foo", "Env:/foo", "FileSystem::windir/system32", "C:/Temp/sub"])
        let ext: [(String, String, String)] = [
            ("file.txt", ".log", "file.log"), ("file", ".txt", "file.txt"), ("file.txt", "log", "file.log"), ("file.txt", ".tar.gz", "file.tar.gz"),
            ("file.txt", "", "file"), ("file...txt", "", "file.."), ("file.backup.txt", ".log", "file.backup.log"), ("file...txt", ".md", "file...md"),
            ("subfolder", ".log", "subfolder.log"),
        ]
        for (child, e, expected) in ext { #expect(out("Join-Path -Path folder -ChildPath '\(child)' -Extension '\(e)'") == ["folder/" + expected], "\(child) \(e)") }
        #expect(out("Join-Path -Path folder -ChildPath subfolder, file.txt -Extension .log; Join-Path -Path folder1, folder2 -ChildPath file.txt -Extension .log")
                == ["folder/subfolder/file.log", "folder1/file.log", "folder2/file.log"])
        #expect(out("[pscustomobject]@{ Path = 'folder'; ChildPath = 'file.txt'; Extension = '.log' } | Join-Path") == ["folder/file.log"])
        #expect(run("Join-Path -Path folder -ChildPath x -Extension $null").err.contains("ParameterArgumentValidationError,Microsoft.PowerShell.Commands.JoinPathCommand"))
    }

    // "should throw 'DriveNotFound' / 'PathNotFound' when called with -Resolve", "should resolve path when -Extension changes to existing file"
    @Test func joinPathResolve() throws {
        let d = CLI.tempDir()
        try "x".write(toFile: d + "/testfile.log", atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: d + "/SubDir1", withIntermediateDirectories: true)
        #expect(out("Join-Path -Path \(d) -ChildPath testfile.txt -Extension .log -Resolve; (Join-Path -Path \(d), \(d) -ChildPath SubDir1 -Resolve).Length")
                == [d + "/testfile.log", "2"])
        #expect(out("Join-Path . SubDir1 -Resolve", in: d) == [d + "/SubDir1"])
        #expect(run("Join-Path bogusdrive:\\\\somedir otherdir -Resolve").err.contains("DriveNotFound,Microsoft.PowerShell.Commands.JoinPathCommand"))
        let missing = run("Join-Path Bogus Path -Resolve", in: d)
        #expect(missing.err.contains("Cannot find path '\(d)/Bogus/Path' because it does not exist."))
        #expect(missing.err.contains("PathNotFound,Microsoft.PowerShell.Commands.JoinPathCommand"))
        #expect(run("Join-Path -Path \(d) -ChildPath testfile.txt -Extension .nonexistent -Resolve").err.contains("PathNotFound,Microsoft.PowerShell.Commands.JoinPathCommand"))
    }

    // Split-Path.Tests.ps1
    @Test func splitPath() throws {
        #expect(out("Split-Path -Qualifier env:; Split-Path -Qualifier env:PATH; Split-Path env:PATH -NoQualifier") == ["env:", "env:", "PATH"])
        let noQualifier = run("Split-Path -Qualifier -ErrorAction Stop /Users")
        #expect(noQualifier.err.contains("Cannot parse path because path '/Users' does not have a qualifier specified."))
        #expect(noQualifier.err.contains("ParsePathFormatError,Microsoft.PowerShell.Commands.SplitPathCommand"))
        #expect(run("Split-Path env: $NULL").err.contains("PositionalParameterNotFound,Microsoft.PowerShell.Commands.SplitPathCommand"))
        let leaves = ["/usr/bin", "fs:/usr/local/bin", "usr/bin", "./bin", "bin"]
        for p in leaves { #expect(out("Split-Path -Leaf '\(p)'") == ["bin"], "\(p)") }
        #expect(out("Split-Path -Leaf 'C:\\Temp\\Folder1'; Split-Path -Leaf 'C:\\Temp'; Split-Path -Leaf '\\\\server1\\share1\\folder'; Split-Path -Leaf '\\\\server1\\share1'")
                == ["Folder1", "Temp", "folder", "share1"])
        let parents: [(String, String)] = [
            ("fs:/usr/bin", "fs:/usr"), ("/usr/bin", "/usr"), ("/usr/local/bin", "/usr/local"), ("usr/local/bin", "usr/local"),
            ("C:\\Temp\\Folder1", "C:/Temp"), ("C:\\Temp", "C:/"), ("\\\\server1\\share1\\folder", "//server1/share1"), ("\\\\server1\\share1", "//server1"),
        ]
        for (p, expected) in parents { #expect(out("Split-Path -Parent '\(p)'") == [expected], "\(p)") }
        #expect(out("'usr/bin' | Split-Path; Split-Path -Path 'C:\\'; Split-Path -Path 'env:PATH' -Qualifier:$false; Split-Path -Path 'env:PATH' -NoQualifier:$false")
                == ["usr", "", "", ""])
        #expect(out("Split-Path -Path '/usr/bin' -Leaf:$false; Split-Path -Path 'fs:/usr/bin' -IsAbsolute:$false") == ["/usr", "fs:/usr"])
        let absolute: [(String, String)] = [("fs:/usr/bin", "True"), ("..", "False"), ("/usr/..", "True"), ("fs:/usr/../", "True"), ("../", "False"),
                                            (".", "False"), ("~/", "False"), ("~/..", "False"), ("~/../..", "False")]
        for (p, expected) in absolute { #expect(out("Split-Path -IsAbsolute '\(p)'") == [expected], "\(p)") }
        #expect(out("Split-Path exports/partners.csv -LeafBase; Split-Path exports/partners.csv -Extension") == ["partners", ".csv"])
    }

    // "Should be able to accept regular expression input and output an array for multiple objects"
    @Test func splitPathResolve() throws {
        let d = CLI.tempDir()
        for f in ["testfile1.ps1", "testfile2.ps1"] { try "".write(toFile: d + "/" + f, atomically: true, encoding: .utf8) }
        #expect(out("$a = (Split-Path (Join-Path -Path \(d) -ChildPath 'testfile*.ps1') -Leaf -Resolve) | Sort-Object; $a.Count; $a[0]; $a[1]")
                == ["2", "testfile1.ps1", "testfile2.ps1"])
        #expect(run("Split-Path \(d)/nothing-here -Resolve").err.contains("PathNotFound,Microsoft.PowerShell.Commands.SplitPathCommand"))
    }
}
