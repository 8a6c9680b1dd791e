import Foundation
import PGTestSupport
import Testing
@testable import CsXmpp

/// A store backend the end-to-end tests run the csshell binary against: the same tests, given a
/// JSON file path or a PostgreSQL URI as the store.
enum EndToEndBackend: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case jsonFile
    case postgreSQL

    var testDescription: String { rawValue }

    /// A fresh, empty store for one test (a file in a new folder; a new database on the server
    /// scripts/test starts), with a working folder of its own.
    func makeStore() throws -> EndToEndStore {
        let folder = CLI.tempDir()
        switch self {
        case .jsonFile:
            return EndToEndStore(backend: self, location: folder + "/store.json", folder: folder, cluster: nil, database: nil)
        case .postgreSQL:
            let cluster = try TestCluster.shared()
            let database = try cluster.createDatabase()
            return EndToEndStore(backend: self, location: cluster.uri(database: database), folder: folder, cluster: cluster, database: database)
        }
    }
}

/// One test's store: what csshell is given (`location`), and what the test looks at behind it.
struct EndToEndStore {
    let backend: EndToEndBackend
    /// The file path or the connection URI.
    let location: String
    /// A working folder for the test's own files (csshell runs in it).
    let folder: String
    let cluster: TestCluster?
    let database: String?

    /// Runs csshell -Command with this store as $CSSHELL_STORE, in the working folder.
    @discardableResult
    func run(_ script: String, env: [String: String] = [:]) throws -> ShellRun {
        try CLI.run(["-Command", script], env: ["CSSHELL_STORE": location, "HOME": folder].merging(env) { _, given in given }, cwd: folder)
    }

    /// Everything stored, as bytes: to show that something left the store unchanged.
    func snapshot() throws -> [UInt8] {
        if let cluster, let database { return Array(try cluster.snapshot(database).joined(separator: "\n").utf8) }
        let doc = FileManager.default.contents(atPath: location).map { Array($0) } ?? []
        return doc + (FileManager.default.contents(atPath: location + ".journal").map { Array($0) } ?? [])
    }

    /// Whether anything was created (the file; the database's csshell schema).
    func exists() throws -> Bool {
        if let cluster, let database { return try cluster.superuser(database).exec("SELECT to_regnamespace('csshell') IS NOT NULL").scalar == "t" }
        return FileManager.default.fileExists(atPath: location)
    }

    /// Damages the stored data so that csshell cannot read it (garbage as the file; a dropped table).
    func corrupt() throws {
        if let cluster, let database {
            try run("New-CsXmppAllowedPartner -Identity before.example.com -SaslNegotiation Optional")
            try cluster.superuser(database).exec("DROP TABLE csshell.partner CASCADE")
        } else {
            try Data("{ \"partners\": [ this is not json".utf8).write(to: URL(fileURLWithPath: location))
        }
    }

    /// How csshell's messages name the store.
    var displayName: String { StoreLocation.resolve(option: location, environment: [:]).displayName }

    /// The identities stored, in order, read in process with csshell's own store code.
    func identities() throws -> [String] { try StoreLocation.resolve(option: location, environment: [:]).open().partners().map(\.identity) }
    /// The identities the store's history records as added (New entries), in the order of their numbers.
    func newInHistory() throws -> [String] { Faults.added(try StoreLocation.resolve(option: location, environment: [:]).open().changes()) }
}
