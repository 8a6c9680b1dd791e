import Foundation
import PGTestSupport
import Testing
@testable import CsShell
@testable import CsXmpp

#if canImport(Glibc)
import Glibc
#endif

/// The PostgreSQL store through the real csshell binary, with several shells at once and with the
/// server failing under them: nothing reported is lost, every failure is a clear error, passwords never
/// reach output or errors. The tests that stop or kill the server start a server of their own.
@Suite(.serialized) struct PostgreSQLEndToEndTests {
    let cluster: TestCluster
    init() throws { cluster = try TestCluster.shared() }

    /// A batch line that reports what became of it on stdout: `stored N`, or `failed N: message` (and
    /// a pause, so that a batch does not race through a server's downtime).
    static func reportingLine(_ i: Int) -> String {
        "try { New-CsXmppAllowedPartner -Identity r\(i).example.com -SaslNegotiation Optional -ErrorAction Stop; \"stored \(i)\" } catch { \"failed \(i): $_\"; /bin/sleep 0.05 }"
    }

    /// Four processes × 200 New against one empty database, all at once (the first of them creates
    /// the schema): all 800 are stored, each process's in its order.
    @Test func fourProcessesTimesTwoHundredNewLoseNothing() throws {
        let store = try EndToEndBackend.postgreSQL.makeStore()
        var procs: [Process] = []
        for w in 0..<4 {
            let script = store.folder + "/w\(w).ps1"
            try (0..<200).map { "New-CsXmppAllowedPartner -Identity w\(w)-\($0).example.com -SaslNegotiation Optional" }
                .joined(separator: "\n").write(toFile: script, atomically: true, encoding: .utf8)
            procs.append(try Faults.start(["-File", script], env: ["CSSHELL_STORE": store.location, "HOME": store.folder]).0)
        }
        for p in procs { p.waitUntilExit(); #expect(p.terminationStatus == 0) }
        let ids = try store.identities()
        #expect(ids.count == 800)
        #expect(Set(ids).count == 800)
        for w in 0..<4 {
            #expect(ids.filter { $0.hasPrefix("w\(w)-") } == (0..<200).map { "w\(w)-\($0).example.com" }, "writer \(w)'s partners, in its order")
        }
        #expect(try store.run("@(Get-CsXmppAllowedPartner).Count").lines == ["800"])
    }

    /// Two processes adding the same domain at the same moment, ten times: each time one partner holds
    /// the domain and the other process gets one clear error naming it (the file store's message).
    @Test func twoProcessesAddingTheSameDomainEndWithOnePartnerAndOneError() throws {
        let store = try EndToEndBackend.postgreSQL.makeStore()
        #expect(try store.run("Set-CsXmppGatewayConfiguration").status == 0)   // the owner creates the schema
        for round in 0..<10 {
            let shared = "shared\(round).example.org"
            let runs = try ["a", "b"].map { side in
                try Subprocess.start(CLI.binary, ["-Store", store.location, "-Command",
                                                  "New-CsXmppAllowedPartner -Identity \(side)\(round).example.com -AdditionalDomains \(shared) -SaslNegotiation Optional"],
                                     env: ["NO_COLOR": "1", "HOME": store.folder])
            }.map { $0.finish() }
            let winners = runs.filter { $0.status == 0 }
            let losers = runs.filter { $0.status != 0 }
            #expect(winners.count == 1 && losers.count == 1, "round \(round): \(runs.map(\.err))")
            let holders = try store.identities().filter { $0.hasSuffix("\(round).example.com") }
            #expect(holders.count == 1, "round \(round): \(holders)")
            if let holder = holders.first, let loser = losers.first {
                #expect(loser.err.hasPrefix("New-CsXmppAllowedPartner : The domain '\(shared)' already belongs to the XMPP allowed partner '\(holder)'; a domain can belong to only one partner."), "\(loser.err)")
            }
        }
    }

    /// SIGKILL at five seeded points of a 5,000-command batch: the store always holds exactly a prefix
    /// of the batch, at least what was reported (each New writes its warning after the change is
    /// committed); the rest of the batch then completes it.
    @Test func sigkillOfABatchLeavesAPrefixOfIt() throws {
        let store = try EndToEndBackend.postgreSQL.makeStore()
        let total = 5000
        let lines = (0..<total).map { "New-CsXmppAllowedPartner -Identity k\($0).example.com" }
        func expected(_ n: Int) -> [String] { (0..<n).map { "k\($0).example.com" } }
        var rng = SeededRandom(seed: 0x11_2026_0505)
        var stored = 0, kills = 0, attempts = 0
        while kills < 5 && attempts < 10 {
            attempts += 1
            let script = store.folder + "/batch.ps1"
            try lines[stored...].joined(separator: "\n").write(toFile: script, atomically: true, encoding: .utf8)
            let (seen, killed) = try Faults.runAndKill(["-File", script], env: ["CSSHELL_STORE": store.location, "HOME": store.folder],
                                                       afterLines: Int.random(in: 20...400, using: &rng), prefix: "WARNING: ",
                                                       jitter: UInt32.random(in: 0..<3000, using: &rng))
            let ids = try store.identities()
            #expect(ids == expected(ids.count), "kill \(kills + 1): the store is not a prefix of the batch")
            // Every stored change has its history entry (written in its transaction), and no entry lacks its change.
            #expect(try store.newInHistory() == ids, "kill \(kills + 1): the history does not match the stored changes")
            #expect(ids.count >= stored + seen, "kill \(kills + 1): \(stored + seen) changes were reported, \(ids.count) are stored")
            stored = ids.count
            if killed { kills += 1 }
        }
        #expect(kills == 5)
        try lines[stored...].joined(separator: "\n").write(toFile: store.folder + "/rest.ps1", atomically: true, encoding: .utf8)
        let r = try CLI.run(["-File", store.folder + "/rest.ps1"], env: ["CSSHELL_STORE": store.location, "HOME": store.folder])
        #expect(r.status == 0, "\(r.err.prefix(500))")
        #expect(try store.identities() == expected(total))
    }

    /// The server stopped and started, restarted, and killed with SIGKILL (then crash recovery), each
    /// in the middle of a batch: every command reported done is stored; each one that failed says so
    /// (and, unless its COMMIT's fate could not be learnt, is not stored); the commands after the
    /// server is back reconnect and work.
    @Test func theServerFailingInTheMiddleOfABatch() throws {
        let own = try TestCluster.start(in: CLI.tempDir() + "/pg")
        defer { own.stop() }
        for fault in ["down", "restart", "kill"] {
            let database = try own.createDatabase()
            let uri = own.uri(database: database)
            let folder = CLI.tempDir()
            let total = 1500
            let script = folder + "/batch.ps1"
            try (0..<total).map(Self.reportingLine).joined(separator: "\n").write(toFile: script, atomically: true, encoding: .utf8)
            let shell = try Subprocess.start(CLI.binary, ["-File", script], env: ["CSSHELL_STORE": uri, "HOME": folder, "NO_COLOR": "1"])
            _ = shell.waitForLine { $0 == "stored 150" }
            switch fault {
            case "down":
                try own.server("down")
                #expect(shell.waitForLine { $0.hasPrefix("failed ") } != nil, "no command failed while the server was down")
                try own.server("start")
            case "restart":
                try own.server("restart")
            default:
                try own.server("kill")
                #expect(shell.waitForLine { $0.hasPrefix("failed ") } != nil, "no command failed while the server was dead")
                try own.server("start")
            }
            let r = shell.finish()
            #expect(r.status == 0, "\(fault): \(r.err.prefix(400))")
            let stored = Set(try PostgreSQLXmppStore(connectionString: uri).partners().map(\.identity))
            var reportedStored = 0, failed = 0, unknown = 0
            for line in r.lines {
                let words = line.split(separator: " ", maxSplits: 2)
                guard words.count >= 2, let i = Int(words[1].trimmingCharacters(in: CharacterSet(charactersIn: ":"))) else {
                    Issue.record("\(fault): unexpected output \(line)")
                    continue
                }
                let id = "r\(i).example.com"
                if words[0] == "stored" {
                    reportedStored += 1
                    #expect(stored.contains(id), "\(fault): \(id) was reported stored but is not")
                } else {
                    failed += 1
                    let message = String(words[2])
                    #expect(message.contains(own.uri(database: database)) || message.contains("127.0.0.1"), "\(fault): \(message)")
                    if message.contains("whether it was stored is not known") {
                        unknown += 1
                    } else {
                        #expect(message.hasSuffix("Nothing was changed."), "\(fault): \(message)")
                        #expect(!stored.contains(id), "\(fault): \(id) failed but is stored")
                    }
                }
            }
            #expect(reportedStored + failed == total, "\(fault): every command says what became of it")
            #expect(stored.count == reportedStored + (stored.count - reportedStored), "")
            #expect(stored.count >= reportedStored && stored.count <= reportedStored + unknown, "\(fault): \(stored.count) stored, \(reportedStored) reported, \(unknown) unknown")
            #expect(r.lines.last == "stored \(total - 1)", "\(fault): the commands after the fault reconnect")
            if fault != "restart" { #expect(failed >= 1, "\(fault)") }
        }
    }

    /// Lync's CsViewOnlyAdministrator and CsAdministrator, as the README's roles: the read-only role's
    /// Get commands work and its changes are clear permission errors (status 1, nothing changed); the
    /// read-write role changes the store.
    @Test func theReadOnlyAndReadWriteRoles() throws {
        let store = try EndToEndBackend.postgreSQL.makeStore()
        #expect(try store.run("New-CsXmppAllowedPartner -Identity contoso.com -AdditionalDomains na.contoso.com -SaslNegotiation Optional; Export-CsConfiguration backup.json").status == 0)
        let before = try store.snapshot()
        let ro = cluster.uri("csshell_ro", database: store.database!)
        let reads = try CLI.run(["-Store", ro, "-Command", "(Get-CsXmppAllowedPartner).Identity; (Get-CsXmppAllowedPartner -Filter '*.com').AdditionalDomains; (Get-CsXmppGatewayConfiguration).ConnectionLimit; Export-CsConfiguration ro.json"], cwd: store.folder)
        #expect(reads.status == 0, "\(reads.err)")
        #expect(reads.lines == ["contoso.com", "na.contoso.com", "1000"])
        let changes = [
            "New-CsXmppAllowedPartner -Identity fabrikam.com -SaslNegotiation Optional",
            "Set-CsXmppAllowedPartner -Identity contoso.com -Description x",
            "Remove-CsXmppAllowedPartner -Identity contoso.com",
            "Set-CsXmppGatewayConfiguration -ConnectionLimit 5",
            "Import-CsConfiguration -FileName backup.json",
        ]
        for change in changes {
            let r = try CLI.run(["-Store", ro, "-Command", change], cwd: store.folder)
            #expect(r.status == 1, "\(change)")
            let first = r.err.split(separator: "\n").first.map(String.init) ?? ""
            let cmdlet = change.split(separator: " ")[0]
            #expect(first.hasPrefix("\(cmdlet) : The role 'csshell_ro' may not change the XMPP store 'postgresql://csshell_ro@"), "\(first)")
            #expect(first.contains(": permission denied for table ") && first.hasSuffix("Nothing was changed."), "\(first)")
        }
        #expect(try store.snapshot() == before)
        let rw = cluster.uri("csshell_rw", database: store.database!)
        let writes = try CLI.run(["-Store", rw, "-Command", changes.joined(separator: "; ") + "; (Get-CsXmppAllowedPartner).Identity"], cwd: store.folder)
        #expect(writes.status == 0, "\(writes.err)")
        #expect(writes.lines == ["contoso.com"], "the import put the backup back")
    }

    /// No password reaches stdout or stderr, whether it comes from the URI, PGPASSWORD or a password
    /// file, right or wrong, nor from a malformed URI; a bare postgresql:// takes the PG* variables.
    @Test func passwordsNeverReachOutputOrErrors() throws {
        let database = try cluster.createDatabase()
        #expect(try CLI.run(["-Store", cluster.uri(database: database), "-Command", "Set-CsXmppGatewayConfiguration"]).status == 0)
        let home = CLI.tempDir()
        let right = cluster.password, wrong = "Wrong-Secret-4711"
        var n = 0
        var getAll: String {
            n += 1
            return "New-CsXmppAllowedPartner -Identity p\(n).example.com -SaslNegotiation Optional; (Get-CsXmppAllowedPartner).Count -gt 0; Get-CsXmppGatewayConfiguration | Format-List"
        }
        func check(_ r: ShellRun, ok: Bool, _ what: String) {
            for secret in [right, wrong] {
                #expect(!r.out.contains(secret) && !r.err.contains(secret), "\(what): a password was shown")
            }
            if ok {
                #expect(r.status == 0, "\(what): \(r.err)")
            } else {
                #expect(r.status == 1, "\(what)")
                #expect(r.err.contains("password authentication failed for user \"csshell_pw\"") || r.err.contains("no password supplied"), "\(what): \(r.err)")
                #expect(r.err.contains("127.0.0.1") && r.err.contains(cluster.port), "\(what): host and port")
            }
        }
        let bare = cluster.passwordURI(database: database, password: nil)
        check(try CLI.run(["-Store", cluster.passwordURI(database: database, password: right), "-Command", getAll], env: ["HOME": home]), ok: true, "right password in the URI")
        check(try CLI.run(["-Store", cluster.passwordURI(database: database, password: wrong), "-Command", getAll], env: ["HOME": home]), ok: false, "wrong password in the URI")
        check(try CLI.run(["-Store", bare, "-Command", getAll], env: ["HOME": home, "PGPASSWORD": right]), ok: true, "right PGPASSWORD")
        check(try CLI.run(["-Store", bare, "-Command", getAll], env: ["HOME": home, "PGPASSWORD": wrong]), ok: false, "wrong PGPASSWORD")
        check(try CLI.run(["-Store", bare, "-Command", getAll], env: ["HOME": home]), ok: false, "no password")
        for (password, ok) in [(right, true), (wrong, false)] {
            try "127.0.0.1:\(cluster.port):\(database):csshell_pw:\(password)\n".write(toFile: home + "/.pgpass", atomically: true, encoding: .utf8)
            chmod(home + "/.pgpass", 0o600)
            check(try CLI.run(["-Store", bare, "-Command", getAll], env: ["HOME": home]), ok: ok, "~/.pgpass")
        }
        try FileManager.default.removeItem(atPath: home + "/.pgpass")
        // A bare postgresql:// (and $CSSHELL_STORE) takes everything from the PG* variables.
        let pgEnv = ["HOME": home, "PGHOST": "127.0.0.1", "PGPORT": cluster.port, "PGUSER": "csshell_pw", "PGDATABASE": database, "PGPASSWORD": right]
        check(try CLI.run(["-Store", "postgresql://", "-Command", getAll], env: pgEnv), ok: true, "bare postgresql://")
        check(try CLI.run(["-Command", getAll], env: pgEnv.merging(["CSSHELL_STORE": "postgres://"]) { $1 }), ok: true, "bare postgres:// in $CSSHELL_STORE")
        // Malformed URIs holding the password: refused without a word of it.
        for uri in ["postgresql://csshell_pw:\(wrong)%zz@127.0.0.1/db", "postgresql://csshell_pw:Wrong/Secret-4711@127.0.0.1:\(cluster.port)/db",
                    "postgresql://csshell_pw:Wrong@Secret-4711@127.0.0.1:\(cluster.port)/db", "postgresql://csshell_pw:\(wrong)@[::1/db",
                    "postgresql://csshell_pw:\(wrong)@127.0.0.1:\(cluster.port)/db?sslmode=sometimes"] {
            let r = try CLI.run(["-Store", uri, "-Command", "Get-CsXmppAllowedPartner"], env: ["HOME": home])
            #expect(r.status == 1, "\(uri)")
            for fragment in ["Wrong", "Secret", "4711"] { #expect(!r.err.contains(fragment) && !r.out.contains(fragment), "\(uri): \(r.err)") }
        }
        // A server that is not there: status 1, host and port named.
        let down = try CLI.run(["-Store", "postgresql://csshell_pw:\(wrong)@127.0.0.1:1/db", "-Command", "Get-CsXmppAllowedPartner"], env: ["HOME": home])
        #expect(down.status == 1)
        #expect(down.err.hasPrefix("Get-CsXmppAllowedPartner : Cannot connect to the XMPP store 'postgresql://csshell_pw@127.0.0.1:1/db': connection to server at \"127.0.0.1\", port 1 failed: Connection refused."), "\(down.err)")
        #expect(!down.err.contains(wrong))
    }
}

extension Subprocess {
    /// A program running in the background whose stdout a test reads line by line as it comes.
    final class Running: @unchecked Sendable {
        let process = Process()
        private let condition = NSCondition()
        private var lines: [String] = []
        private var partial = Data()
        private var err = Data()
        private var open = 2
        private var nextLine = 0

        init(_ executable: String, _ args: [String], env: [String: String]) throws {
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = args
            process.environment = ProcessInfo.processInfo.environment.merging(env) { _, given in given }
            let out = Pipe(), errPipe = Pipe()
            process.standardOutput = out
            process.standardError = errPipe
            process.standardInput = FileHandle.nullDevice
            try process.run()
            DispatchQueue.global().async { self.pump(out.fileHandleForReading, isOut: true) }
            DispatchQueue.global().async { self.pump(errPipe.fileHandleForReading, isOut: false) }
        }

        private func pump(_ handle: FileHandle, isOut: Bool) {
            while true {
                let data = handle.availableData
                condition.lock()
                if data.isEmpty {
                    if isOut && !partial.isEmpty { lines.append(String(decoding: partial, as: UTF8.self)); partial = Data() }
                    open -= 1
                    condition.broadcast()
                    condition.unlock()
                    return
                }
                if isOut {
                    partial.append(data)
                    while let nl = partial.firstIndex(of: 0x0A) {
                        lines.append(String(decoding: partial[partial.startIndex..<nl], as: UTF8.self))
                        partial = Data(partial[(nl + 1)...])
                    }
                } else {
                    err.append(data)
                }
                condition.broadcast()
                condition.unlock()
            }
        }

        /// Waits (at most `timeout` seconds) for a stdout line after the ones already looked at that
        /// satisfies `match`; nil when the program ended or time ran out first.
        func waitForLine(timeout: TimeInterval = 120, _ match: (String) -> Bool) -> String? {
            let deadline = Date().addingTimeInterval(timeout)
            condition.lock()
            defer { condition.unlock() }
            while true {
                while nextLine < lines.count {
                    let line = lines[nextLine]
                    nextLine += 1
                    if match(line) { return line }
                }
                if open == 0 || !condition.wait(until: deadline) { return nil }
            }
        }

        /// Waits for the program to end; everything it wrote.
        func finish() -> ShellRun {
            process.waitUntilExit()
            condition.lock()
            while open > 0 { condition.wait() }
            let out = lines.joined(separator: "\n") + (lines.isEmpty ? "" : "\n")
            let result = ShellRun(out: out, err: String(decoding: err, as: UTF8.self), status: process.terminationStatus)
            condition.unlock()
            return result
        }
    }

    static func start(_ executable: String, _ args: [String], env: [String: String] = [:]) throws -> Running {
        try Running(executable, args, env: env)
    }
}
