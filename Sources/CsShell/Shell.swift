import CsCore
import CsLanguage
import Foundation

/// The csshell program: options, the store's location, and the choice between the interactive
/// host and the script runner (contract.md).
public enum Shell {
    public static let version = "0.1.0"

    /// Runs csshell with the process's arguments and returns the exit status.
    public static func main(_ arguments: [String]) -> Int32 {
        let options: CommandLineOptions
        do {
            options = try CommandLineOptions.parse(Array(arguments.dropFirst()))
        } catch {
            FileHandle.standardError.write(Data("csshell: \(error.message)\nRun 'csshell -Help' for usage.\n".utf8))
            return 64
        }
        switch options.mode {
        case .version:
            print("csshell \(version)")
            return 0
        case .help:
            print(CommandLineOptions.usage, terminator: "")
            return 0
        default:
            break
        }
        // Deep but legal scripts recurse deeply: run on a thread with a large stack.
        let result = ResultBox()
        let thread = Thread { result.status = run(options) ; result.done.signal() }
        thread.stackSize = 512 << 20
        thread.start()
        // Terminal signals must reach the worker thread, where libedit reads and pipelines run.
        var blocked = sigset_t()
        sigemptyset(&blocked)
        for s in [SIGINT, SIGWINCH, SIGCONT, SIGTSTP, SIGQUIT] { sigaddset(&blocked, s) }
        pthread_sigmask(SIG_BLOCK, &blocked, nil)
        result.done.wait()
        return result.status
    }

    final class ResultBox: @unchecked Sendable {
        var status: Int32 = 0
        let done = DispatchSemaphore(value: 0)
    }

    static func run(_ options: CommandLineOptions) -> Int32 {
        let env = ProcessInfo.processInfo.environment
        let interactive = options.mode == .standardInput && isatty(0) == 1
        let host = ConsoleHostIO(nonInteractive: options.nonInteractive)
        let session = Session(registry: ModuleCatalog.registry(storeOption: options.storePath, environment: env), host: host,
                              interrupted: { InterruptFlag.isSet }, catchInterrupts: { InterruptFlag.installForCommand() })
        switch options.mode {
        case let .command(text):
            return ScriptRunner(session: session).run(text, file: nil)
        case .commandFromStdin:
            return ScriptRunner(session: session).run(readStandardInput(), file: nil)
        case let .file(path, args):
            let full = FileSystemPath.resolve(path)
            switch ScriptFile.read(full) {
            case let .success(text):
                return ScriptRunner(session: session).run(text, file: full, arguments: args)
            case .failure(.notFound):
                host.writeErr("The argument '\(path)' is not recognized as the name of a script file. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.\n")
                return 64
            case let .failure(.unreadable(reason)):
                host.writeErr(ScriptFile.unreadableMessage(full, reason) + "\n")
                return 1
            }
        case .standardInput:
            if interactive {
                session.isInteractive = true
                InterruptFlag.install()
                let completer = TabCompleter(session: session)
                let reader: LineReader = EditLineReader().map { r in
                    r.width = { host.outputWidth }
                    r.completer = { line, cursor in completer.complete(line: line, cursor: cursor) }
                    return r
                } ?? PlainLineReader()
                return InteractiveHost(session: session, reader: reader,
                                       historyFile: HistoryFile(path: HistoryFile.defaultPath(environment: env))).run()
            }
            return ScriptRunner(session: session).run(readStandardInput(), file: nil)
        case .version, .help:
            return 0
        }
    }

    static func readStandardInput() -> String {
        ScriptFile.decode([UInt8](FileHandle.standardInput.readDataToEndOfFile()))
    }
}
