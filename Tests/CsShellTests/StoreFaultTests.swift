import Foundation
import Testing
@testable import CsCore
@testable import CsShell
@testable import CsXmpp

#if canImport(Glibc)
import Glibc
#endif

/// Faults around the JSON store, through the real csshell binary (issue 6 §3): kills in the middle of
/// a batch, concurrent writers, a full disk, a read-only folder, a store replaced underneath a running
/// shell, and the modes of the files csshell creates.
@Suite(.serialized) struct StoreFaultTests {
    /// SIGKILL at 20 seeded random points of a 5,000-command batch. Each New writes its negotiation
    /// warning after the change is stored, so every warning seen is a reported change. After each kill
    /// the store must load and hold exactly a prefix of the batch, at least as long as what was
    /// reported; the batch then goes on from where the store stands (the next writer cuts off a torn
    /// journal line), and in the end holds all 5,000.
    @Test func sigkillAtTwentySeededPointsLeavesAPrefixOfTheBatch() throws {
        let dir = CLI.tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/store.json"
        let total = 5000
        let lines = (0..<total).map { "New-CsXmppAllowedPartner -Identity k\($0).example.com" }
        func expected(_ n: Int) -> [String] { (0..<n).map { "k\($0).example.com" } }
        var rng = SeededRandom(seed: 0x6_2026_1121)
        var stored = 0
        var kills = 0
        var attempts = 0
        while kills < 20 && stored < total && attempts < 40 {
            attempts += 1
            let script = dir + "/batch.ps1"
            try lines[stored...].joined(separator: "\n").write(toFile: script, atomically: true, encoding: .utf8)
            let step = Int.random(in: 1...250, using: &rng)   // 20 steps stay well inside the batch
            let jitter = UInt32.random(in: 0..<3000, using: &rng)
            let (seen, killed) = try Faults.runAndKill(["-File", script], env: ["CSSHELL_STORE": path, "HOME": dir],
                                                       afterLines: step, prefix: "WARNING: ", jitter: jitter)
            let ids = try Faults.identities(path)
            #expect(ids == expected(ids.count), "kill \(kills + 1): the store is not a prefix of the batch")
            // Every stored change has its history entry, and no entry lacks its change.
            #expect(try Faults.newInHistory(path) == ids, "kill \(kills + 1): the history does not match the stored changes")
            #expect(ids.count >= stored + seen, "kill \(kills + 1): \(stored + seen) changes were reported, \(ids.count) are stored")
            stored = ids.count
            if killed { kills += 1 }
        }
        #expect(kills == 20)
        // The rest of the batch runs to the end on top of what the kills left.
        try lines[stored...].joined(separator: "\n").write(toFile: dir + "/rest.ps1", atomically: true, encoding: .utf8)
        let r = try CLI.run(["-File", dir + "/rest.ps1"], env: ["CSSHELL_STORE": path, "HOME": dir])
        #expect(r.status == 0, "\(r.err.prefix(500))")
        #expect(try Faults.identities(path) == expected(total))
        #expect(try Faults.newInHistory(path) == expected(total))
        #expect(try CLI.run(["-Store", path, "-Command", "@(Get-CsXmppAllowedPartner).Count"]).lines == ["\(total)"])
    }

    /// Four processes add their own partners and, all at once, add additional domains to one shared
    /// partner (a read-modify-write under the store's lock): every update is there afterwards.
    @Test func fourProcessesWritingAtOnceLoseNoUpdate() throws {
        let dir = CLI.tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/store.json"
        let setup = try CLI.run(["-Store", path, "-Command", "New-CsXmppAllowedPartner -Identity shared.example.com -SaslNegotiation Optional"])
        #expect(setup.status == 0, "\(setup.err)")
        let perWriter = 300, domainsPerWriter = 50
        var procs: [Process] = []
        for w in 0..<4 {
            var lines: [String] = []
            for i in 0..<perWriter {
                lines.append("New-CsXmppAllowedPartner -Identity w\(w)-\(i).example.com -SaslNegotiation Optional")
                if i % (perWriter / domainsPerWriter) == 0 {
                    lines.append("Set-CsXmppAllowedPartner -Identity shared.example.com -AdditionalDomains @{Add='w\(w)-\(i).shared.example.org'}")
                }
            }
            let script = dir + "/w\(w).ps1"
            try lines.joined(separator: "\n").write(toFile: script, atomically: true, encoding: .utf8)
            let (p, _) = try Faults.start(["-File", script], env: ["CSSHELL_STORE": path, "HOME": dir])
            procs.append(p)
        }
        for p in procs { p.waitUntilExit(); #expect(p.terminationStatus == 0) }
        let store = JSONFileXmppStore(path: path, createMissingFolders: false)
        let all = try store.partners()
        #expect(all.count == 1 + 4 * perWriter)
        #expect(Set(all.map(\.identity)).count == all.count)
        let shared = try #require(try store.partner(identity: "shared.example.com"))
        #expect(shared.additionalDomains.count == 4 * domainsPerWriter)
        for w in 0..<4 {
            let mine = all.map(\.identity).filter { $0.hasPrefix("w\(w)-") }
            #expect(mine == (0..<perWriter).map { "w\(w)-\($0).example.com" }, "writer \(w)'s partners, in its order")
        }
    }

    /// A full disk: the change that does not fit is refused with a clear error, the reported changes
    /// are all kept, the store still loads, and once there is room again the next change works.
    @Test(.enabled(if: TmpfsMount.available, "skipped: mounting a small tmpfs needs root"))
    func fullDiskGivesAClearErrorAndKeepsTheLastGoodState() throws {
        let fs = try #require(TmpfsMount(sizeKB: 512))
        let path = fs.path + "/store.json"
        let seed = try CLI.run(["-Store", path, "-Command", "foreach ($i in 0..49) { New-CsXmppAllowedPartner -Identity \"s$i.example.com\" -SaslNegotiation Optional }"])
        #expect(seed.status == 0, "\(seed.err)")
        // Room to free later (enough for the fold, which writes a new document beside the journal).
        try Data(count: 360 * 1024).write(to: URL(fileURLWithPath: fs.path + "/filler"))
        let fill = """
        $n = 0
        try {
            foreach ($i in 0..100000) { New-CsXmppAllowedPartner -Identity "f$i.example.com" -SaslNegotiation Optional -ErrorAction Stop; $n++ }
        } catch {
            "stopped after $n"
            "$_"
        }
        "still reads $(@(Get-CsXmppAllowedPartner).Count)"
        """
        let r = try CLI.run(["-Store", path, "-Command", fill])
        let lines = r.lines
        #expect(lines.count == 3, "\(r.out.prefix(800)) \(r.err.prefix(800))")
        let reported = try #require(lines.first.flatMap { Int($0.replacingOccurrences(of: "stopped after ", with: "")) })
        #expect(reported > 0)
        #expect(lines.dropFirst().first?.contains("No space left on device") == true, "\(lines)")
        #expect(lines.dropFirst().first?.contains(path) == true, "the error names the store: \(lines)")
        #expect(lines.last == "still reads \(50 + reported)")
        // The failed fold at exit is reported, and says nothing is lost.
        #expect(r.status == 1)
        #expect(r.err.contains("No change is lost"), "\(r.err.prefix(800))")
        let ids = try Faults.identities(path)
        #expect(ids == (0..<50).map { "s\($0).example.com" } + (0..<reported).map { "f\($0).example.com" })
        // Room again: the next change is stored and folded.
        try FileManager.default.removeItem(atPath: fs.path + "/filler")
        let more = try CLI.run(["-Store", path, "-Command", "New-CsXmppAllowedPartner -Identity after.example.com -SaslNegotiation Optional"])
        #expect(more.status == 0, "\(more.err)")
        #expect(try Faults.identities(path).count == 50 + reported + 1)
    }

    /// A read-only store folder: reading works, a change is refused with an error naming the store and
    /// the reason, and the store is unchanged. As root (who ignores modes) the folder is a read-only
    /// mount; otherwise the folder and files lose their write bits.
    @Test func readOnlyStoreFolderGivesAClearError() throws {
        let fs: TmpfsMount? = TmpfsMount.available ? TmpfsMount(sizeKB: 256) : nil
        let dir = fs?.path ?? CLI.tempDir()
        defer { if fs == nil { try? FileManager.default.removeItem(atPath: dir) } }
        let path = dir + "/store.json"
        let seed = try CLI.run(["-Store", path, "-Command", "'a', 'b', 'c' | ForEach-Object { New-CsXmppAllowedPartner -Identity \"$_.example.com\" -SaslNegotiation Optional }"])
        #expect(seed.status == 0, "\(seed.err)")
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let reason: String
        if let fs {
            #expect(fs.remount(readOnly: true))
            reason = "Read-only file system"
        } else {
            for f in [path, path + ".journal"] { chmod(f, 0o400) }
            chmod(dir, 0o500)
            reason = "Permission denied"
        }
        defer {
            if let fs { _ = fs.remount(readOnly: false) } else { chmod(dir, 0o700) }
        }
        // The store tells it cannot be written (the Control Panel then shows itself view-only).
        let access = try JSONFileXmppStore(path: path, createMissingFolders: false).access()
        #expect(access == .readOnly(reason: "the XMPP store journal '\(path).journal' can only be opened for reading (\(reason))"), "\(access)")
        let read = try CLI.run(["-Store", path, "-Command", "(Get-CsXmppAllowedPartner).Identity"])
        #expect(read.status == 0, "\(read.err)")
        #expect(read.lines == ["a.example.com", "b.example.com", "c.example.com"])
        let write = try CLI.run(["-Store", path, "-Command", "New-CsXmppAllowedPartner -Identity d.example.com -SaslNegotiation Optional; 'next'"])
        #expect(write.status == 1)
        #expect(write.lines == ["next"], "the script goes on after the error")
        let first = write.err.split(separator: "\n").first.map(String.init) ?? ""
        #expect(first.hasPrefix("New-CsXmppAllowedPartner : Cannot write the XMPP store"), "\(write.err)")
        #expect(first.contains(dir) && first.contains(reason), "\(first)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(try Faults.identities(path) == ["a.example.com", "b.example.com", "c.example.com"])
    }

    /// A store replaced underneath a running interactive shell: a document replaced by something that
    /// is not JSON is reported (and left alone), a valid replacement is seen at the next command, and
    /// a replaced journal is reported once; the command then works when run again.
    @Test func storeReplacedUnderneathARunningShell() throws {
        let dir = CLI.tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/store.json"
        let other = dir + "/other.json"
        #expect(try CLI.run(["-Store", path, "-Command", "'a', 'b' | ForEach-Object { New-CsXmppAllowedPartner -Identity \"$_.example.com\" -SaslNegotiation Optional }"]).status == 0)
        #expect(try CLI.run(["-Store", other, "-Command", "New-CsXmppAllowedPartner -Identity c.example.com -SaslNegotiation Optional"]).status == 0)
        let fm = FileManager.default
        func replace(_ target: String, with data: Data) throws {
            let tmp = target + ".new"
            try data.write(to: URL(fileURLWithPath: tmp))
            #expect(rename(tmp, target) == 0)
        }
        let shell = try InteractiveSession(cwd: dir, env: ["CSSHELL_STORE": path, "HOME": dir, "XDG_DATA_HOME": dir + "/xdg"])
        #expect(try shell.run("(Get-CsXmppAllowedPartner).Identity").contains("a.example.com\nb.example.com"))

        let good = try Data(contentsOf: URL(fileURLWithPath: path))
        let garbage = Data("{ \"partners\": [ not json".utf8)
        try replace(path, with: garbage)
        let broken = try shell.run("(Get-CsXmppAllowedPartner).Identity")
        #expect(broken.contains("is not valid JSON") && broken.contains(path), "\(broken)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == garbage, "a damaged store is never overwritten")

        try replace(path, with: good)
        #expect(try shell.run("(Get-CsXmppAllowedPartner).Identity").contains("a.example.com\nb.example.com"))

        try replace(path, with: try Data(contentsOf: URL(fileURLWithPath: other)))
        let swapped = try shell.run("(Get-CsXmppAllowedPartner).Identity")
        #expect(swapped.contains("c.example.com") && !swapped.contains("a.example.com"), "the new document is seen at once: \(swapped)")

        try replace(path + ".journal", with: try Data(contentsOf: URL(fileURLWithPath: other + ".journal")))
        let replacedJournal = try shell.run("New-CsXmppAllowedPartner -Identity d.example.com -SaslNegotiation Optional")
        #expect(replacedJournal.contains("was removed or replaced while csshell was using it"), "\(replacedJournal)")
        let again = try shell.run("New-CsXmppAllowedPartner -Identity d.example.com -SaslNegotiation Optional")
        #expect(!again.contains("Cannot") && !again.contains("Error"), "\(again)")
        #expect(try shell.run("(Get-CsXmppAllowedPartner).Identity").contains("c.example.com\nd.example.com"))
        _ = shell.exit()
        #expect(shell.process.terminationReason == .exit)
        #expect(try Faults.identities(path) == ["c.example.com", "d.example.com"])
        #expect(fm.fileExists(atPath: path + ".journal"))
    }

    /// The files csshell creates at the default location are private: store, journal and history mode
    /// 0600 in a 0700 folder (missing parents too), whatever the umask.
    @Test func storeAndHistoryAreCreatedPrivate() throws {
        for first in ["history", "store"] {
            let home = CLI.tempDir()
            defer { try? FileManager.default.removeItem(atPath: home) }
            let xdg = home + "/data/xdg"
            let shell = try InteractiveSession(cwd: home, env: ["HOME": home, "XDG_DATA_HOME": xdg, "CSSHELL_STORE": ""],
                                               shellCommand: "umask 000;")
            if first == "history" {
                // A command that does not use the store: the history creates the folder.
                _ = try shell.run("'hello'")
                #expect(Faults.mode(xdg + "/csshell") == 0o700, "history first: the folder")
                #expect(Faults.mode(xdg + "/csshell/history") == 0o600, "history first: the history")
            }
            let out = try shell.run("New-CsXmppAllowedPartner -Identity p.example.com -SaslNegotiation Optional")
            #expect(!out.contains("Cannot"), "\(out)")
            _ = shell.exit()
            for (file, mode) in [("", 0o700), ("/store.json", 0o600), ("/store.json.journal", 0o600), ("/history", 0o600)] {
                #expect(Faults.mode(xdg + "/csshell" + file) == mode, "\(first) first: \(file.isEmpty ? "the folder" : file)")
            }
            #expect(Faults.mode(xdg) == 0o700, "\(first) first: a missing parent of the folder")
        }
    }
}
