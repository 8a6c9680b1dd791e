import Foundation
@testable import CsCore
@testable import CsXmpp

#if canImport(Glibc)
import Glibc
#endif

/// Helpers for the fault tests: processes watched while they run, interactive sessions in a
/// pseudo-terminal, small file systems (root only), and a seeded random generator.
enum Faults {
    /// The identities in the store at `path`, in store order, read in process (the same code csshell
    /// uses to open it).
    static func identities(_ path: String) throws -> [String] {
        try JSONFileXmppStore(path: path, createMissingFolders: false).partners().map(\.identity)
    }

    /// The identities the store's history records as added (New entries), in the order of their numbers.
    static func newInHistory(_ path: String) throws -> [String] {
        try Self.added(JSONFileXmppStore(path: path, createMissingFolders: false).changes())
    }

    static func added(_ history: [XmppChangeEntry]) -> [String] {
        history.filter { $0.action == .new }.compactMap(\.identity)
    }

    static func mode(_ path: String) -> Int? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        return Int(st.st_mode & 0o7777)
    }

    /// Starts csshell with stdout discarded and stderr in a pipe.
    static func start(_ args: [String], env: [String: String]) throws -> (Process, FileHandle) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: CLI.binary)
        p.arguments = args
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        for (k, v) in env { environment[k] = v }
        p.environment = environment
        let err = Pipe()
        p.standardOutput = FileHandle.nullDevice
        p.standardError = err
        p.standardInput = FileHandle.nullDevice
        try p.run()
        return (p, err.fileHandleForReading)
    }

    /// Runs csshell until it has written `lines` lines starting with `prefix` to stderr, waits
    /// `jitter` microseconds more, and kills it with SIGKILL. Returns how many such lines it saw and
    /// whether the kill happened (false when the process ended first).
    static func runAndKill(_ args: [String], env: [String: String], afterLines lines: Int, prefix: String,
                           jitter: UInt32) throws -> (seen: Int, killed: Bool) {
        let (p, err) = try start(args, env: env)
        let fd = err.fileDescriptor
        var seen = 0
        var pending: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        let prefixBytes = Array(prefix.utf8)
        while seen < lines {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            pending += buffer[0..<n]
            while let nl = pending.firstIndex(of: 0x0A) {
                if pending[..<nl].starts(with: prefixBytes) { seen += 1 }
                pending.removeSubrange(...nl)
            }
        }
        var killed = false
        if seen >= lines {
            if jitter > 0 { usleep(jitter) }
            killed = kill(p.processIdentifier, SIGKILL) == 0
        }
        // Drain stderr so a process that is still running cannot block on a full pipe.
        while buffer.withUnsafeMutableBytes({ read(fd, $0.baseAddress!, $0.count) }) > 0 {}
        p.waitUntilExit()
        killed = killed && p.terminationReason == .uncaughtSignal && p.terminationStatus == SIGKILL
        return (seen, killed)
    }
}

/// A small seeded generator (the standard one cannot be seeded), for reproducible random tests.
struct SeededRandom: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// A small tmpfs, for the full-disk and read-only tests. Only root may mount; `available` tells.
final class TmpfsMount {
    let path: String

    /// True when this process may mount a tmpfs here (root with the capability to mount).
    static let available: Bool = {
        guard getuid() == 0 else { return false }
        let parent = CLI.tempDir()
        let probe = parent + "/probe"
        defer { rmdir(probe); rmdir(parent) }
        guard mkdir(probe, 0o700) == 0 else { return false }
        guard mount("tmpfs", probe, "tmpfs", 0, "size=64k") == 0 else { return false }
        umount2(probe, Int32(MNT_DETACH))
        return true
    }()

    init?(sizeKB: Int) {
        let dir = CLI.tempDir() + "/fs"
        guard mkdir(dir, 0o700) == 0, mount("tmpfs", dir, "tmpfs", 0, "size=\(sizeKB)k,mode=0700") == 0 else { return nil }
        path = dir
    }

    /// Makes the file system read-only (or writable again).
    func remount(readOnly: Bool) -> Bool {
        let flags = UInt(MS_REMOUNT) | (readOnly ? UInt(MS_RDONLY) : 0)
        return mount("tmpfs", path, "tmpfs", flags, nil) == 0
    }

    deinit {
        umount2(path, Int32(MNT_DETACH))
        rmdir(path)
        rmdir((path as NSString).deletingLastPathComponent)
    }
}

/// csshell in a pseudo-terminal, as a user at the prompt sees it: `run` types a line and returns what
/// the terminal showed until the next prompt.
final class InteractiveSession {
    let process = Process()
    private let master: Int32
    private var output: [UInt8] = []
    let prompt: String

    /// Starts csshell with no script in `cwd`; waits for the first prompt.
    init(cwd: String, env: [String: String], shellCommand: String? = nil) throws {
        // posix_openpt/unlockpt/ptsname are not visible through the Glibc module: do what they do on
        // Linux (ioctl numbers _IOW('T', 0x31, int) and _IOR('T', 0x30, unsigned int)).
        master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        var unlock: Int32 = 0
        var number: UInt32 = 0
        guard master >= 0, ioctl(master, 0x4004_5431, &unlock) == 0, ioctl(master, 0x8004_5430, &number) == 0 else {
            throw CocoaError(.fileReadUnknown)
        }
        let slavePath = "/dev/pts/\(number)"
        guard let slave = FileHandle(forUpdatingAtPath: slavePath) else { throw CocoaError(.fileReadUnknown) }
        if let shellCommand {
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", shellCommand + " exec \"$0\"", CLI.binary]
        } else {
            process.executableURL = URL(fileURLWithPath: CLI.binary)
        }
        process.currentDirectoryURL = URL(fileURLWithPath: cwd)
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment["TERM"] = "dumb"
        for (k, v) in env { environment[k] = v }
        process.environment = environment
        process.standardInput = slave
        process.standardOutput = slave
        process.standardError = slave
        try process.run()
        try slave.close()
        // The prompt shows the folder, with the home folder as `~` (InteractiveHost.promptText).
        var shown = cwd
        if let home = environment["HOME"], !home.isEmpty, shown == home || shown.hasPrefix(home + "/") {
            shown = "~" + shown.dropFirst(home.count)
        }
        prompt = "PS \(shown)> "
        _ = try readUntilPrompt()
    }

    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGKILL); process.waitUntilExit() }
        close(master)
    }

    /// Types `line` and Enter; returns the text shown before the next prompt (the echo included).
    func run(_ line: String) throws -> String {
        send(line + "\r")
        return try readUntilPrompt()
    }

    func send(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress!, $0.count) }
    }

    /// Types `exit` and waits for the shell to end; returns its exit status.
    func exit() -> Int32 {
        send("exit\r")
        let deadline = Date().addingTimeInterval(20)
        while process.isRunning && Date() < deadline { drain(timeoutMs: 50) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        return process.terminationStatus
    }

    private func drain(timeoutMs: Int32) {
        var pfd = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        guard poll(&pfd, 1, timeoutMs) > 0 else { return }
        var buf = [UInt8](repeating: 0, count: 65536)
        let n = buf.withUnsafeMutableBytes { read(master, $0.baseAddress!, $0.count) }
        if n > 0 { output += buf[0..<n] }
    }

    private func readUntilPrompt(timeout: TimeInterval = 30) throws -> String {
        let marker = Array(prompt.utf8)
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let r = output.firstRange(of: marker) {
                let text = String(decoding: output[..<r.lowerBound], as: UTF8.self)
                output.removeSubrange(..<r.upperBound)
                return text.replacingOccurrences(of: "\r", with: "")
            }
            if !process.isRunning { break }
            drain(timeoutMs: 100)
        }
        throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "no prompt; the terminal showed: \(String(decoding: output, as: UTF8.self))"])
    }
}
