import Foundation
import Testing
@testable import CsShell

/// New-Item and Remove-Item on real files. Follows PowerShell's New-Item.Tests.ps1 and
/// Remove-Item.Tests.ps1 (test/powershell/Modules/Microsoft.PowerShell.Management).
struct ItemCmdletTests {
    func run(_ script: String) -> ShellRun { ShellHarness.run(script) }
    func out(_ script: String) -> [String] { run(script).lines }
    func exists(_ p: String) -> Bool { FileManager.default.fileExists(atPath: p) }
    func isDir(_ p: String) -> Bool { FileCommands.isDirectory(p) }

    // New-Item.Tests.ps1: files and folders, the ni alias, -Type, -Value, a full path, several paths.
    @Test func newItemCreatesFilesAndFolders() throws {
        let d = CLI.tempDir()
        #expect(run("New-Item -Name test.txt -Path \(d) -ItemType file | Out-Null").err == "")
        #expect(exists(d + "/test.txt"))
        _ = run("New-Item -Name newDirectory -Path \(d) -ItemType directory; ni -Name n2.txt -Path \(d) -ItemType file; New-Item -Name n3.txt -Path \(d) -Type file")
        #expect(isDir(d + "/newDirectory") && exists(d + "/n2.txt") && exists(d + "/n3.txt"))
        _ = run("New-Item -Name v.txt -Path \(d) -ItemType file -Value 'This is test string'")
        #expect(out("Get-Content \(d)/v.txt") == ["This is test string"])
        _ = run("New-Item -ItemType file -Path \(d)/m1.txt, \(d)/m2.txt; New-Item -Path \(d)/full.txt -ItemType file")
        #expect(exists(d + "/m1.txt") && exists(d + "/m2.txt") && exists(d + "/full.txt"))
        // "Should not create a file when the Name parameter is not used and only a directory specified"
        let r = run("New-Item -Path \(d) -ItemType file")
        #expect(r.err.contains("The file '\(d)' already exists.") && r.err.contains("NewItemIOError,Microsoft.PowerShell.Commands.NewItemCommand"))
        // A unique beginning of the type name is enough, as the file-system provider matches it.
        _ = run("New-Item -Path \(d)/short -ItemType dir")
        #expect(isDir(d + "/short"))
    }

    @Test func newItemReturnsTheItemAndShowsItAsPwshDoes() throws {
        let d = CLI.tempDir()
        #expect(out("$f = New-Item -Path \(d)/a.txt -Value hello; $f.Name; $f.Length; $f.FullName; $f.Extension; $f.BaseName; $f.GetType().FullName; $f.PSIsContainer; \"$f\"")
                == ["a.txt", "5", d + "/a.txt", ".txt", "a", "System.IO.FileInfo", "False", d + "/a.txt"])
        #expect(out("$i = New-Item -Path \(d)/sub -ItemType Directory; $i.GetType().FullName; $i.Mode; $i.Parent; $i.LastWriteTime -is [datetime]")
                == ["System.IO.DirectoryInfo", "d----", d, "True"])
        // pwsh's Unix table view ("childrenWithUnixStat"), grouped under the folder.
        let shown = out("New-Item -Path \(d)/b.txt -Value 123")
        #expect(shown.count == 7)
        #expect(shown[1] == "    Directory: \(d)")
        #expect(shown[3] == "UnixMode         User Group         LastWriteTime         Size Name")
        #expect(shown[4] == "--------         ---- -----         -------------         ---- ----")
        // UnixMode (10, left), User (10, right), Group (10, left), LastWriteTime (16, right, '{0:d} {0:HH}:{0:mm}'),
        // Size (12, right), Name.
        let row = shown[5]
        #expect(row.range(of: #"^-rw-\S{6} +\S+ \S+ +\d{1,2}/\d{1,2}/\d{4} \d{2}:\d{2} +3 b\.txt$"#, options: .regularExpression) != nil, "\(row)")
        if NSUserName().count <= 10 { #expect(row.count == 62 + " b.txt".count, "\(row)") }
    }

    // "Should be able to call the whatif switch without error"; "Should not create a new file when the whatif switch is used"
    @Test func newItemWhatIf() {
        let d = CLI.tempDir()
        let r = run("New-Item -Name testfile.txt -Path \(d) -ItemType file -WhatIf")
        #expect(r.out == "What if: Performing the operation \"Create File\" on target \"Destination: \(d)/testfile.txt\".\n")
        #expect(!exists(d + "/testfile.txt"))
    }

    // "New-Item -Force allows to create an item even if the directories in the path don't exist";
    // an existing file or folder without -Force.
    @Test func newItemForce() throws {
        let d = CLI.tempDir()
        let missing = run("New-Item \(d)/testfolder/testfile.txt -ErrorAction Stop")
        #expect(missing.err.contains("Could not find a part of the path '\(d)/testfolder/testfile.txt'."))
        #expect(missing.err.contains("NewItemIOError,Microsoft.PowerShell.Commands.NewItemCommand"))
        #expect(!exists(d + "/testfolder/testfile.txt"))
        #expect(run("New-Item \(d)/testfolder/testfile.txt -Force -ErrorAction Stop | Out-Null").err == "")
        #expect(exists(d + "/testfolder/testfile.txt"))
        _ = run("New-Item \(d)/testfolder/testfile.txt -Value replaced -Force")
        #expect(out("Get-Content \(d)/testfolder/testfile.txt") == ["replaced"])
        let dir = run("New-Item \(d)/testfolder -ItemType Directory")
        #expect(dir.err.contains("An item with the specified name \(d)/testfolder already exists."))
        #expect(dir.err.contains("DirectoryExist,Microsoft.PowerShell.Commands.NewItemCommand"))
        #expect(out("(New-Item \(d)/testfolder -ItemType Directory -Force).Name") == ["testfolder"])
        #expect(run("New-Item \(d)/x -ItemType Widget").err.contains("The type is not a known type for the file system. Only \"file\",\"directory\" or \"symboliclink\" can be specified."))
    }

    // "Should display an error message when a symbolic link target is not specified"; links.
    @Test func newItemLinks() throws {
        let d = CLI.tempDir()
        #expect(run("New-Item -Name link -Path \(d) -ItemType SymbolicLink").err.contains("ArgumentNull,Microsoft.PowerShell.Commands.NewItemCommand"))
        _ = run("New-Item -Name target.txt -Path \(d) -ItemType file -Value t")
        #expect(out("$l = New-Item -ItemType SymbolicLink -Target \(d)/target.txt -Name link -Path \(d); $l.LinkType; $l.Target") == ["SymbolicLink", d + "/target.txt"])
        #expect(out("Get-Content \(d)/link") == ["t"])
        #expect(out("(New-Item -ItemType HardLink -Target \(d)/target.txt -Name hard -Path \(d)).Length") == ["1"])
    }

    // Remove-Item.Tests.ps1: a file by -Path, by position, through the aliases.
    @Test func removeItemRemovesFiles() throws {
        let d = CLI.tempDir()
        for alias in ["Remove-Item -Path", "Remove-Item", "rm", "del", "erase", "ri"] {
            let f = d + "/testfile.txt"
            try "lorem ipsum".write(toFile: f, atomically: true, encoding: .utf8)
            #expect(run("\(alias) \(f)").err == "", "\(alias)")
            #expect(!exists(f), "\(alias)")
        }
    }

    // "Should not be able to remove a read-only document without using the force switch"; hidden files.
    @Test func removeItemNeedsForceForReadOnlyAndHidden() throws {
        let d = CLI.tempDir()
        let hidden = d + "/.hidden"
        try "x".write(toFile: hidden, atomically: true, encoding: .utf8)
        let r = run("Remove-Item \(hidden)")
        #expect(r.err.contains("Cannot remove item \(hidden): You do not have sufficient access rights to perform this operation or the item is hidden, system, or read only."))
        #expect(r.err.contains("RemoveFileSystemItemUnAuthorizedAccess,Microsoft.PowerShell.Commands.RemoveItemCommand"))
        #expect(exists(hidden))
        _ = run("Remove-Item \(hidden) -Force")
        #expect(!exists(hidden))
    }

    // "...with the include parameter"; "...with the exclude parameter"
    @Test func removeItemIncludeExclude() throws {
        let d = CLI.tempDir()
        for f in ["file1.txt", "file2.txt", "file3.txt", "testfile.txt"] { try "x".write(toFile: d + "/" + f, atomically: true, encoding: .utf8) }
        _ = run("Remove-Item (Join-Path -Path \(d) -ChildPath '*') -Include file*.txt")
        #expect(!exists(d + "/file1.txt") && !exists(d + "/file3.txt") && exists(d + "/testfile.txt"))
        for f in ["file1.wav", "file2.wav", "file1.txt"] { try "x".write(toFile: d + "/" + f, atomically: true, encoding: .utf8) }
        _ = run("Remove-Item (Join-Path -Path \(d) -ChildPath 'file*') -Exclude *.wav -Include *.txt")
        #expect(exists(d + "/file1.wav") && exists(d + "/file2.wav") && !exists(d + "/file1.txt"))
    }

    // "Directory Removal Tests": a folder, recursively, with a trailing separator; a missing path.
    @Test func removeItemRemovesFolders() throws {
        let d = CLI.tempDir()
        let t = d + "/testdir"
        try FileManager.default.createDirectory(atPath: t, withIntermediateDirectories: true)
        #expect(run("Remove-Item \(t) -ErrorAction Stop").err == "")
        #expect(!exists(t))
        try FileManager.default.createDirectory(atPath: t + "/subd", withIntermediateDirectories: true)
        try "lorem".write(toFile: t + "/subd/testfile.txt", atomically: true, encoding: .utf8)
        #expect(run("Remove-Item \(t)/ -Recurse -ErrorAction Stop").err == "")
        #expect(!exists(t))
        // A folder with children and no -Recurse asks first; a shell that cannot ask says so and keeps it.
        try FileManager.default.createDirectory(atPath: t + "/subd", withIntermediateDirectories: true)
        let ask = run("Remove-Item \(t)")
        #expect(ask.err.contains("PowerShell is in NonInteractive mode. Read and Prompt functionality is not available."))
        #expect(exists(t + "/subd"))
        let yes = ShellHarness.run("Remove-Item \(t)", input: ["y"])
        #expect(yes.out.contains("The item at \(t) has children and the Recurse parameter was not specified. If you continue, all children will be removed with the item. Are you sure you want to continue?"))
        #expect(!exists(t))
        let missing = run("Remove-Item \(d)/nothing")
        #expect(missing.err.contains("Cannot find path '\(d)/nothing' because it does not exist."))
        #expect(missing.err.contains("ObjectNotFound: (\(d)/nothing:String) [Remove-Item], ItemNotFoundException"))
        #expect(missing.err.contains("PathNotFound,Microsoft.PowerShell.Commands.RemoveItemCommand"))
        #expect(run("Remove-Item \(d)/none*").err == "")
    }

    @Test func removeItemWhatIfAndOtherDrives() throws {
        let d = CLI.tempDir()
        try "x".write(toFile: d + "/keep.txt", atomically: true, encoding: .utf8)
        #expect(out("Remove-Item \(d)/*.txt -WhatIf") == ["What if: Performing the operation \"Remove File\" on target \"\(d)/keep.txt\"."])
        #expect(exists(d + "/keep.txt"))
        #expect(out("New-Item \(d)/sub -ItemType Directory | Out-Null; Remove-Item \(d)/sub -WhatIf") == ["What if: Performing the operation \"Remove Directory\" on target \"\(d)/sub\"."])
        #expect(out("$env:CSSHELL_REMOVE_ME = 'x'; Remove-Item env:CSSHELL_REMOVE_ME; Test-Path env:CSSHELL_REMOVE_ME") == ["False"])
        #expect(out("$v = 1; Remove-Item variable:v; $null -eq $v") == ["True"])
        #expect(out("New-Item \(d)/p1.txt | Remove-Item; Test-Path \(d)/p1.txt") == ["False"])
    }
}
