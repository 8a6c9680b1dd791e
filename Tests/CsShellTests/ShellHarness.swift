import CsTestSupport
import Foundation
@testable import CsCore
@testable import CsShell
@testable import CsXmpp

/// Runs script text in process with a string host, the way `csshell -Command` would.
struct ShellRun {
    var out: String
    var err: String
    var status: Int32
    /// True when the process was killed for running past its time limit.
    var timedOut = false
    /// True when it was sent SIGINT (Ctrl-C) for running past `interruptAfter`.
    var interrupted = false
    /// stdout split into lines, without the trailing empty line.
    var lines: [String] {
        var l = out.components(separatedBy: "\n")
        if l.last == "" { l.removeLast() }
        return l
    }
}

enum ShellHarness {
    static func session(host: StringHostIO, store: @escaping () throws -> any XmppStore) -> Session {
        Session(registry: registry(store: store), host: host)
    }

    /// The shell's cmdlets and the modules a session has, the XMPP store being the one `store` makes.
    static func registry(store: @escaping () throws -> any XmppStore = { InMemoryXmppStore() }) -> CommandRegistry {
        CommandRegistry(shell: CommandCatalog.shell, modules: ModuleCatalog.modules { XmppStoreService(open: store) })
    }

    /// The metadata of every cmdlet a session knows, the shell's and the modules'.
    static var allMetadata: [CmdletMetadata] { registry().entries.map(\.metadata) }

    static func run(_ script: String, width: Int = 120, input: [String]? = nil,
                    store: @escaping () throws -> any XmppStore = { throw ErrorRecord(message: "no store in this test", errorId: "NoStore", category: .NotSpecified) }) -> ShellRun {
        let host = StringHostIO(width: width, input: input)
        let s = session(host: host, store: store)
        let status = ScriptRunner(session: s).run(script, file: nil)
        return ShellRun(out: host.out, err: host.err, status: status)
    }
}

/// Runs a program to completion with text on its stdin, collecting its stdout and stderr.
enum Subprocess {
    /// `timeout`: seconds after which the process is killed (the result says so); `interruptAfter`:
    /// seconds after which it gets SIGINT, as a user's Ctrl-C (the result says so too).
    static func run(_ executable: String, _ args: [String], stdin: String? = nil, env: [String: String] = [:], cwd: String? = nil,
                    timeout: Double? = nil, interruptAfter: Double? = nil) throws -> ShellRun {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: executable)
        p.arguments = args
        p.environment = ProcessInfo.processInfo.environment.merging(env) { _, given in given }
        if let cwd { p.currentDirectoryURL = URL(fileURLWithPath: cwd) }
        let outPipe = Pipe(), errPipe = Pipe(), inPipe = Pipe()
        p.standardOutput = outPipe
        p.standardError = errPipe
        p.standardInput = inPipe
        try p.run()
        let killed = KillFlag(), interrupted = KillFlag()
        if let interruptAfter {
            let pid = p.processIdentifier
            DispatchQueue.global().asyncAfter(deadline: .now() + interruptAfter) {
                if p.isRunning { interrupted.set(); kill(pid, SIGINT) }
            }
        }
        if let timeout {
            let pid = p.processIdentifier
            DispatchQueue.global().asyncAfter(deadline: .now() + timeout) {
                if p.isRunning { killed.set(); kill(pid, SIGKILL) }
            }
        }
        // Read both pipes while writing stdin, so that neither side can block the other.
        let group = DispatchGroup()
        nonisolated(unsafe) var errData = Data()
        nonisolated(unsafe) var outData = Data()
        group.enter()
        DispatchQueue.global().async { errData = errPipe.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        group.enter()
        DispatchQueue.global().async { outData = outPipe.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        if let stdin { inPipe.fileHandleForWriting.write(Data(stdin.utf8)) }
        try inPipe.fileHandleForWriting.close()
        group.wait()
        p.waitUntilExit()
        return ShellRun(out: String(decoding: outData, as: UTF8.self), err: String(decoding: errData, as: UTF8.self), status: p.terminationStatus,
                        timedOut: killed.isSet, interrupted: interrupted.isSet)
    }

    final class KillFlag: @unchecked Sendable {
        private let lock = NSLock()
        private var value = false
        func set() { lock.lock(); value = true; lock.unlock() }
        var isSet: Bool { lock.lock(); defer { lock.unlock() }; return value }
    }
}

/// Runs the built csshell binary (end-to-end tests).
enum CLI {
    static var binary: String {
        if let b = ProcessInfo.processInfo.environment["CSSHELL_BIN"], !b.isEmpty { return b }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return root.appendingPathComponent(".build/debug/csshell").path
    }

    @discardableResult
    static func run(_ args: [String], stdin: String? = nil, env: [String: String] = [:], cwd: String? = nil,
                    interruptAfter: Double? = nil, timeout: Double? = nil) throws -> ShellRun {
        try Subprocess.run(binary, args, stdin: stdin, env: env.merging(["NO_COLOR": "1"]) { given, _ in given }, cwd: cwd,
                           timeout: timeout, interruptAfter: interruptAfter)
    }

    /// Runs the binary with its address space limited to `memoryMB` and killed after `seconds`: for
    /// scripts that could run away, so that a regression fails its test instead of exhausting the
    /// machine. A process stopped by either limit ends with a signal or a non-zero status.
    static func runBounded(_ args: [String], stdin: String? = nil, memoryMB: Int = 4096, seconds: Double = 120, cwd: String? = nil,
                           env: [String: String] = [:]) throws -> ShellRun {
        try Subprocess.run("/bin/sh", ["-c", "ulimit -v \(memoryMB * 1024) && exec \"$0\" \"$@\"", binary] + args, stdin: stdin,
                           env: env.merging(["NO_COLOR": "1"]) { given, _ in given }, cwd: cwd, timeout: seconds)
    }

    /// A fresh temporary folder for one test, inside one folder per test process that is removed when
    /// the process exits.
    static func tempDir() -> String {
        let dir = testRunFolder + "/" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }
}

/// The test process's scratch folder, removed at exit.
let testRunFolder: String = {
    let base = NSTemporaryDirectory() + "csshell-tests-\(getpid())"
    try? FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
    atexit {
        let path = NSTemporaryDirectory() + "csshell-tests-\(getpid())"
        try? FileManager.default.removeItem(atPath: path)
    }
    return base
}()
