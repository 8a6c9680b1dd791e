import CsCore
import CsLanguage
import Foundation

/// An external program in a pipeline (`jq`, `dig`, `openssl`, …). Arguments are passed as text; piped
/// input becomes its stdin, one line per object; each line it prints becomes a string object. Alone at
/// the console, it gets the terminal itself (so interactive programs work). `$LASTEXITCODE` is its exit
/// status, and `$?` is false when that is not 0.
final class NativeCommandStage: PipelineStage {
    let interpreter: Interpreter
    let path: String
    let arguments: [String]
    let expectsInput: Bool
    /// `2>$null` silences the program's stderr; `2> file` and `2>&1` capture it.
    let errorRedirection: ErrorRedirection?
    var next: OutputSink = NullSink()
    private var input: [String] = []

    init(interpreter: Interpreter, path: String, arguments: [CommandArgument], expectsInput: Bool, errorRedirection: ErrorRedirection?) {
        self.errorRedirection = errorRedirection
        self.interpreter = interpreter
        self.path = path
        self.expectsInput = expectsInput
        var args: [String] = []
        for a in arguments {
            switch a {
            case let .parameter(_, text, _, colon):
                if let c = colon { args.append(text + PSConvert.toString(c.value)) } else { args.append(text) }
            case let .value(v):
                if case let .array(items) = v.value { args += items.map { PSConvert.toString($0) } }
                else { args.append(v.literalText ?? PSConvert.toString(v.value)) }
            }
        }
        self.arguments = args
    }

    /// The executable a command name denotes: a path, or a file found on PATH.
    static func find(_ name: String) -> String? {
        let fm = FileManager.default
        if name.contains("/") {
            let p = FileSystemPath.resolve(name)
            return fm.isExecutableFile(atPath: p) ? p : nil
        }
        let dirs = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":")
        for d in dirs {
            let p = String(d) + "/" + name
            var isDir: ObjCBool = false
            if fm.fileExists(atPath: p, isDirectory: &isDir), !isDir.boolValue, fm.isExecutableFile(atPath: p) { return p }
        }
        return nil
    }

    func begin() throws {}
    func processWithoutInput() throws {}

    func write(_ value: PSValue) throws {
        input.append(PSConvert.toString(value, ofs: interpreter.session.ofs))
    }

    func end() throws {
        let session = interpreter.session
        session.host.flush()
        let p = Process()
        p.executableURL = URL(fileURLWithPath: path)
        p.arguments = arguments
        p.currentDirectoryURL = URL(fileURLWithPath: FileSystemPath.currentDirectory())
        let toConsole = (next as? OutDefaultSink)?.writesToConsole ?? false
        let inPipe = expectsInput ? Pipe() : nil
        let outPipe = toConsole ? nil : Pipe()
        if let i = inPipe { p.standardInput = i }
        if let o = outPipe { p.standardOutput = o }
        var errPipe: Pipe?
        switch errorRedirection ?? session.inheritedErrorRedirection {
        case .discard?: p.standardError = FileHandle.nullDevice
        case .file?, .merge?: errPipe = Pipe(); p.standardError = errPipe
        default: break
        }
        final class Captured: @unchecked Sendable { var data = Data() }
        let captured = Captured()
        let errDone = DispatchSemaphore(value: 0)
        do { try p.run() } catch {
            throw interpreter.failure("Program '\((path as NSString).lastPathComponent)' failed to run: \(error.localizedDescription)",
                                      id: "NativeCommandFailed", category: .ResourceUnavailable, at: .empty,
                                      exceptionType: "System.Management.Automation.ApplicationFailedException")
        }
        if let i = inPipe {
            let text = input.map { $0 + "\n" }.joined()
            let writer = i.fileHandleForWriting
            Thread.detachNewThread {
                try? writer.write(contentsOf: Data(text.utf8))
                try? writer.close()
            }
        }
        if let e = errPipe {
            let h = e.fileHandleForReading
            Thread.detachNewThread { captured.data = h.readDataToEndOfFile(); errDone.signal() }
        } else {
            errDone.signal()
        }
        var failure: Error?
        if let o = outPipe {
            let reader = o.fileHandleForReading
            var pending = Data()
            while true {
                let chunk = reader.availableData
                if chunk.isEmpty { break }
                pending.append(chunk)
                while let nl = pending.firstIndex(of: 0x0A) {
                    var line = pending[pending.startIndex..<nl]
                    if line.last == 0x0D { line = line.dropLast() }
                    pending = Data(pending[(nl + 1)...])
                    if failure == nil {
                        do { try next.write(.string(String(decoding: line, as: UTF8.self))) } catch { failure = error }
                    }
                }
            }
            if !pending.isEmpty, failure == nil {
                do { try next.write(.string(String(decoding: pending, as: UTF8.self))) } catch { failure = error }
            }
        }
        p.waitUntilExit()
        errDone.wait()
        if !captured.data.isEmpty {
            let text = String(decoding: captured.data, as: UTF8.self)
            switch errorRedirection ?? session.inheritedErrorRedirection {
            case let .file(f)?: f.text += text
            case let .merge(sink)?:
                for line in text.split(separator: "\n") where failure == nil {
                    do { try sink.write(.string(String(line))) } catch { failure = error }
                }
            default: break
            }
        }
        let code = Int(p.terminationStatus)
        session.variables.setLocal("LASTEXITCODE", .int(code))
        try? session.variables.set("global:LASTEXITCODE", .int(code))
        if code != 0 { session.pipelineFailed = true }
        if let f = failure { throw f }
    }
}
