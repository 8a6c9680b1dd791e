import Foundation
import PGClient

#if canImport(Glibc)
import Glibc
#endif

/// A PostgreSQL cluster for the tests: the one scripts/test starts for the whole run (found through
/// CSSHELL_TEST_PG_HOST, CSSHELL_TEST_PG_PORT and CSSHELL_TEST_PG_PASSWORD), or a private one a test
/// starts itself with scripts/pg-cluster.sh because it stops, restarts or kills the server.
/// Its roles and databases are the ones pg-cluster.sh creates (the README's): csshell_owner owns the
/// databases, csshell_rw may change, csshell_ro may only read, csshell_pw (a member of csshell_rw)
/// logs in with a password over TCP; every test works in a fresh database copied from
/// csshell_template.
public final class TestCluster: @unchecked Sendable {
    /// The cluster's folder: its Unix socket is there.
    public let dir: String
    public let port: String
    /// csshell_pw's password.
    public let password: String
    private let isPrivate: Bool

    /// The package's root folder.
    public static let root: String = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path
    public static var script: String { root + "/scripts/pg-cluster.sh" }

    /// Why there is no shared cluster, as a test failure says it.
    public struct Missing: Error, CustomStringConvertible {
        public let description: String
    }

    /// The cluster scripts/test started. Without it the PostgreSQL tests fail (they are never skipped).
    public static func shared() throws -> TestCluster {
        let env = ProcessInfo.processInfo.environment
        guard let host = env["CSSHELL_TEST_PG_HOST"], !host.isEmpty, let port = env["CSSHELL_TEST_PG_PORT"], !port.isEmpty else {
            throw Missing(description: "No PostgreSQL server for the tests: run scripts/test, which starts one, or start one with scripts/pg-cluster.sh start DIR and set CSSHELL_TEST_PG_HOST=DIR, CSSHELL_TEST_PG_PORT and CSSHELL_TEST_PG_PASSWORD.")
        }
        return TestCluster(dir: host, port: port, password: env["CSSHELL_TEST_PG_PASSWORD"] ?? "csshell-test-S3cret-7f3a", isPrivate: false)
    }

    /// Starts a cluster of the test's own in `dir` (a fresh folder); `stop()` removes it.
    public static func start(in dir: String) throws -> TestCluster {
        let out = try run(script, ["start", dir])
        guard let port = out.split(separator: " ").first(where: { $0.hasPrefix("PGPORT=") })?.dropFirst(7) else {
            throw Missing(description: "pg-cluster.sh start printed no port: \(out)")
        }
        return TestCluster(dir: dir, port: String(port), password: "csshell-test-S3cret-7f3a", isPrivate: true)
    }

    private init(dir: String, port: String, password: String, isPrivate: Bool) {
        self.dir = dir
        self.port = port
        self.password = password
        self.isPrivate = isPrivate
    }

    deinit { if isPrivate { _ = try? Self.run(Self.script, ["stop", dir]) } }

    // MARK: Connection strings

    /// A URI over the Unix socket (trust authentication, no password).
    public func uri(_ role: String = "csshell_owner", database: String) -> String {
        "postgresql://\(role)@\(dir.replacingOccurrences(of: "/", with: "%2F")):\(port)/\(database)"
    }

    /// A URI over TCP on 127.0.0.1 for csshell_pw, which must give a password; `password` nil leaves
    /// it out of the URI (PGPASSWORD or a password file then gives it).
    public func passwordURI(database: String, password: String?) -> String {
        "postgresql://csshell_pw\(password.map { ":" + $0 } ?? "")@127.0.0.1:\(port)/\(database)"
    }

    // MARK: Databases

    /// A fresh, empty database owned by csshell_owner, with the README's grants; dropped when the test
    /// process exits (stores that use it may outlive the test's own variables).
    public func createDatabase() throws -> String {
        let name = "t_" + String(UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16))
        try superuser().exec("CREATE DATABASE \(name) TEMPLATE csshell_template OWNER csshell_owner")
        if !isPrivate { CreatedDatabases.shared.add(name, uri: uri("postgres", database: "postgres")) }
        return name
    }

    /// Drops a database, ending its sessions.
    public func dropDatabase(_ name: String) {
        _ = try? superuser().exec("DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
    }

    /// A superuser connection (over the socket).
    public func superuser(_ database: String = "postgres") throws -> PGConnection {
        try PGConnection(uri("postgres", database: database))
    }

    /// Every row of csshell's tables in `database`, as text: to show that something left them unchanged.
    public func snapshot(_ database: String) throws -> [String] {
        let c = try superuser(database)
        var out: [String] = []
        for table in try c.exec("SELECT table_name FROM information_schema.tables WHERE table_schema = 'csshell' ORDER BY 1").rows {
            let name = table[0] ?? ""
            out.append("table \(name)")
            let sql = name == "store_info" ? "SELECT row_to_json(t)::text FROM csshell.store_info t"
                                           : "SELECT row_to_json(t)::text FROM csshell.\(name) t ORDER BY 1"
            out += try c.exec(sql).rows.map { $0[0] ?? "" }
        }
        return out
    }

    // MARK: The server (private clusters)

    /// `pg-cluster.sh COMMAND DIR`: down (stop, data kept), start, restart, kill (SIGKILL), crash.
    @discardableResult
    public func server(_ command: String) throws -> String {
        try Self.run(Self.script, [command, dir])
    }

    public func stop() { _ = try? Self.run(Self.script, ["stop", dir]) }

    // MARK: Running a program

    public struct Failed: Error, CustomStringConvertible {
        public let description: String
    }

    /// Runs a program to completion (posix_spawn and waitpid: the server it may start keeps no pipe of
    /// ours open), with its output in a file; returns stdout and stderr together, throws on a
    /// non-zero status.
    @discardableResult
    public static func run(_ program: String, _ args: [String]) throws -> String {
        let log = NSTemporaryDirectory() + "pg-run-\(getpid())-\(UUID().uuidString)"
        defer { unlink(log) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, log, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let argv = ([program] + args).map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, program, &actions, nil, argv, environ)
        guard spawned == 0 else { throw Failed(description: "cannot run \(program): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let output = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        let exited = (status & 0x7f) == 0
        let code = (status >> 8) & 0xff
        guard exited && code == 0 else {
            throw Failed(description: "\(program) \(args.joined(separator: " ")) failed (status \(status)): \(output)")
        }
        return output
    }
}

/// The databases this test process created on the shared cluster, dropped when it exits.
final class CreatedDatabases: @unchecked Sendable {
    static let shared = CreatedDatabases()
    private let lock = NSLock()
    private var names: [String] = []
    private var uri = ""

    private init() {
        atexit { CreatedDatabases.shared.dropAll() }
    }

    func add(_ name: String, uri: String) {
        lock.lock(); defer { lock.unlock() }
        names.append(name)
        self.uri = uri
    }

    private func dropAll() {
        lock.lock(); defer { lock.unlock() }
        guard !names.isEmpty, let c = try? PGConnection(uri) else { return }
        for n in names { _ = try? c.exec("DROP DATABASE IF EXISTS \(n) WITH (FORCE)") }
        names.removeAll()
    }
}
