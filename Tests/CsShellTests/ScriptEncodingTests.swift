import Foundation
import Testing

/// Script files and scripts on stdin are read the way Get-Content reads files: a byte-order mark
/// (UTF-8, UTF-16LE as Windows PowerShell 5.1's `>` and Out-File write, UTF-16BE, UTF-32) decides the
/// encoding, else UTF-8 (ExternalScriptInfo.ReadScriptContents uses a StreamReader, which obeys BOMs).
/// A missing script and one that cannot be read get different messages. Through the built binary.
struct ScriptEncodingTests {
    static let script = "param($Name = 'w')\r\n\"héllo $Name\"\r\n'€ ok'\r\n"

    static func bytes(_ text: String, _ encoding: String) -> [UInt8] {
        switch encoding {
        case "utf16le": return [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        case "utf16be": return [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        case "utf8bom": return [0xEF, 0xBB, 0xBF] + Array(text.utf8)
        case "utf32le": return [0xFF, 0xFE, 0, 0] + text.unicodeScalars.flatMap { s in (0..<4).map { UInt8((s.value >> (8 * $0)) & 0xFF) } }
        default: return Array(text.utf8)
        }
    }

    static func write(_ bytes: [UInt8], name: String) throws -> String {
        let path = CLI.tempDir() + "/" + name
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test(arguments: ["utf16le", "utf16be", "utf8bom", "utf32le", "utf8"])
    func fileRunsInEveryEncoding(_ encoding: String) throws {
        let path = try Self.write(Self.bytes(Self.script, encoding), name: "s-\(encoding).ps1")
        let r = try CLI.run(["-File", path, "-Name", "you"])
        #expect(r.err == "")
        #expect(r.out == "héllo you\n€ ok\n")
        #expect(r.status == 0)
    }

    @Test(arguments: ["utf16le", "utf8bom"])
    func scriptsCalledFromInsideTheShell(_ encoding: String) throws {
        let dir = CLI.tempDir()
        try Data(Self.bytes("$v = 'dot'\r\n\"called $args\"\r\n", encoding)).write(to: URL(fileURLWithPath: dir + "/inner.ps1"))
        let r = try CLI.run(["-c", "& ./inner.ps1 a; ./inner.ps1 b; . ./inner.ps1 c; $v"], cwd: dir)
        #expect(r.err == "")
        #expect(r.out == "called a\ncalled b\ncalled c\ndot\n")
    }

    @Test func commandFromStdinWithAByteOrderMark() throws {
        let path = try Self.write(Self.bytes("'from stdin é'\n", "utf8bom"), name: "in.txt")
        let r = try Subprocess.run("/bin/sh", ["-c", "exec \"$0\" -Command - < \"$1\"", CLI.binary, path])
        #expect(r.err == "")
        #expect(r.out == "from stdin é\n")
        let u16 = try Self.write(Self.bytes("'wide'\n", "utf16le"), name: "in16.txt")
        let r16 = try Subprocess.run("/bin/sh", ["-c", "exec \"$0\" < \"$1\"", CLI.binary, u16])
        #expect(r16.err == "")
        #expect(r16.out == "wide\n")
    }

    @Test func aMissingScriptIsNotFound() throws {
        let r = try CLI.run(["-File", CLI.tempDir() + "/nope.ps1"])
        #expect(r.status == 64)
        #expect(r.err.contains("is not recognized as the name of a script file"))
    }

    @Test func aScriptThatCannotBeReadSaysSo() throws {
        // A socket cannot be opened for reading, even by root (open(2) fails with ENXIO).
        let dir = CLI.tempDir()
        let path = dir + "/sock.ps1"
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var addr = sockaddr_un()
        addr.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &addr.sun_path) { buf in
            for (i, b) in path.utf8.enumerated() where i < buf.count - 1 { buf[i] = b }
        }
        let bound = withUnsafePointer(to: &addr) { p in
            p.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        try #require(bound == 0)
        let r = try CLI.run(["-File", path])
        #expect(r.status == 1)
        #expect(!r.err.contains("is not recognized"))
        #expect(r.err.contains("Cannot read the script file '\(path)'"))
        let inner = try CLI.run(["-c", "& ./sock.ps1; 'next'"], cwd: dir)
        #expect(inner.err.contains("Cannot read the script file '\(path)'"))
        #expect(inner.out == "next\n")
    }
}
