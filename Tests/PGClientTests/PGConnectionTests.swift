import Foundation
import PGTestSupport
import Testing
@testable import PGClient

#if canImport(Glibc)
import Glibc
#endif

/// PGClient against the server scripts/test starts: connecting with a password, and what its errors
/// say. No message may hold a password, whatever its source (the connection string, a password file)
/// and however the string is malformed (libpq's own parse errors quote it).
@Suite struct PGConnectionTests {
    let cluster: TestCluster
    init() throws { cluster = try TestCluster.shared() }

    /// Every text an error carries.
    func texts(_ e: PGError) -> String { [e.message, e.detail ?? "", e.target?.description ?? "", e.target?.uri ?? ""].joined(separator: "\n") }

    @Test func aPasswordRoleConnectsWithTheRightPasswordOnly() throws {
        let right = try PGConnection(cluster.passwordURI(database: "csshell", password: cluster.password))
        #expect(try right.exec("SELECT session_user").scalar == "csshell_pw")
        #expect(right.target.uri == "postgresql://csshell_pw@127.0.0.1:\(cluster.port)/csshell")
        for wrong in ["Wrong-Password-987", cluster.password + "x", "x" + cluster.password] {
            do {
                _ = try PGConnection(cluster.passwordURI(database: "csshell", password: wrong))
                Issue.record("connected with a wrong password")
            } catch {
                #expect(error.kind == .connectionFailed)
                #expect(error.message.contains("password authentication failed for user \"csshell_pw\""), "\(error.message)")
                #expect(error.message.contains("127.0.0.1") && error.message.contains("\(cluster.port)"))
                #expect(!texts(error).contains(wrong) && !texts(error).contains(cluster.password))
            }
        }
        do {
            _ = try PGConnection(cluster.passwordURI(database: "csshell", password: nil) + "?passfile=/nonexistent")
            Issue.record("connected without a password")
        } catch {
            #expect(error.message.contains("no password supplied"), "\(error.message)")
        }
    }

    /// A password file (libpq's ~/.pgpass format; here named with the URI's passfile option): used,
    /// and its password is never in a message when the server refuses it.
    @Test func aPasswordFileIsUsedAndNeverShown() throws {
        let dir = NSTemporaryDirectory() + "pgpass-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let file = dir + "/pgpass"
        func write(_ password: String) throws {
            try "127.0.0.1:\(cluster.port):*:csshell_pw:\(password)\n".write(toFile: file, atomically: true, encoding: .utf8)
            chmod(file, 0o600)
        }
        try write(cluster.password)
        let c = try PGConnection(cluster.passwordURI(database: "csshell", password: nil) + "?passfile=\(file)")
        #expect(try c.exec("SELECT 1").scalar == "1")
        try write("File-Wrong-Password-55")
        do {
            _ = try PGConnection(cluster.passwordURI(database: "csshell", password: nil) + "?passfile=\(file)")
            Issue.record("connected with a wrong password")
        } catch {
            #expect(error.message.contains("password authentication failed"), "\(error.message)")
            #expect(!texts(error).contains("File-Wrong-Password-55"))
        }
    }

    /// Malformed connection strings with a password in them: libpq's parse errors quote fragments, a
    /// password with an unencoded `/` or `@` lands in the port or host; none of it reaches a message.
    @Test func malformedConnectionStringsNeverShowThePassword() throws {
        let secret = "S3cret-Pass"
        let port = cluster.port
        let strings = [
            "postgresql://u:\(secret)%zz@127.0.0.1/db",
            "postgresql://u:\(secret)@[::1/db",
            "postgresq://u:\(secret)@127.0.0.1/db",
            "postgresql://u:S3/cret-Pass@127.0.0.1:\(port)/db",
            "postgresql://u:S3@cret-Pass@127.0.0.1:\(port)/db",
            "postgresql://u:S3cret-Pass@127.0.0.1:abc/db",
            "postgresql://u@127.0.0.1:\(port)/db?password=\(secret)&sslmode=sometimes",
            "postgresql://u@127.0.0.1:\(port)/db?password=\(secret)&port=x",
            "host=127.0.0.1 user=u password=\(secret) extra",
            "host=127.0.0.1 user=u password='\(secret)",
            "user=u password=S3cret Pass",
            "postgresql://u:\(secret)@no-such-host.invalid/db",
            "postgresql://u:\(secret)@127.0.0.1:1/db",
        ]
        for s in strings {
            do {
                _ = try PGConnection(s, connectTimeout: 2)
                Issue.record("connected with \(s)")
            } catch {
                for fragment in [secret, "S3cret", "cret-Pass", "Pass"] {
                    #expect(!texts(error).contains(fragment), "\(s): \(texts(error))")
                }
            }
            if let t = PGTarget.resolving(s) { #expect(!t.uri.contains("S3") && !t.description.contains("S3"), "\(s): \(t.uri)") }
        }
    }

    /// A server that accepts the connection but never answers: libpq's connect_timeout, 5 s unless the
    /// connection string says otherwise, ends the wait with an error naming host and port.
    @Test func aSilentServerTimesOut() throws {
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(listener) }
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        addr.sin_port = 0
        var len = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, len) } }
        #expect(listen(listener, 8) == 0)
        _ = withUnsafeMutablePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(listener, $0, &len) } }
        let port = Int(UInt16(bigEndian: addr.sin_port))
        func attempt(_ uri: String) -> (seconds: Double, error: PGError?) {
            let start = Date()
            do { _ = try PGConnection(uri); return (Date().timeIntervalSince(start), nil) } catch {
                return (Date().timeIntervalSince(start), error)
            }
        }
        let short = attempt("postgresql://u@127.0.0.1:\(port)/db?connect_timeout=1")
        #expect(short.seconds >= 0.9 && short.seconds < 4, "\(short.seconds)")
        #expect(short.error?.message == "connection to server at \"127.0.0.1\", port \(port) failed: timeout expired")
        let byDefault = attempt("postgresql://u@127.0.0.1:\(port)/db")
        #expect(byDefault.seconds >= 4.9 && byDefault.seconds < 9, "\(byDefault.seconds)")
        #expect(byDefault.error?.message.hasSuffix("timeout expired") == true)
    }

    /// A list goes to the server as one array parameter, whatever its elements hold.
    @Test func arraysRoundTripThroughTheServer() throws {
        let c = try cluster.superuser()
        let values: [String?] = ["plain", "with \"quotes\"", "back\\slash", "{braces}", "comma,here", "", nil, "NULL", " spaced ", "ünïcode"]
        let rows = try c.exec("SELECT x FROM unnest($1::text[]) WITH ORDINALITY AS u(x, n) ORDER BY n", [PGArray.literal(values)]).rows
        #expect(rows.map { $0[0] } == values)
        // And an array column read back: the server's own text form, parsed.
        let text = try #require(try c.exec("SELECT $1::text[]", [PGArray.literal(values)]).scalar)
        #expect(PGArray.parse(text) == values, "\(text)")
        #expect(PGArray.parse("{}") == [])
        #expect(PGArray.parse("{a,b") == nil && PGArray.parse("{{a},{b}}") == nil)
    }

    /// Messages name a connection by host (a socket folder percent-encoded, as libpq reads it), port,
    /// database and user.
    @Test func targetsReadBackAsURIs() throws {
        let c = try PGConnection(cluster.uri("csshell_ro", database: "csshell"))
        #expect(c.target.uri == "postgresql://csshell_ro@\(cluster.dir.replacingOccurrences(of: "/", with: "%2F")):\(cluster.port)/csshell")
        #expect(PGTarget.resolving("postgresql://u:pw@db.example.com:6543/cms?sslmode=require")?.uri == "postgresql://u@db.example.com:6543/cms")
        #expect(PGTarget.resolving("postgresql://u@[::1]:5432/cms")?.uri == "postgresql://u@[::1]:5432/cms")
    }
}
