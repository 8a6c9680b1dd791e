import CsCore

/// csshell's own options (contract.md): names are case-insensitive and may be shortened to a
/// unique prefix, as pwsh's are; misuse is exit status 64.
struct CommandLineOptions: Equatable {
    enum Mode: Equatable {
        /// No script given: interactive when stdin is a terminal, else the script is read from stdin.
        case standardInput
        case command(String)
        /// `-Command -`: the script comes from stdin.
        case commandFromStdin
        case file(String, [String])
        case version
        case help
    }

    var mode: Mode = .standardInput
    var storePath: String?
    var noProfile = false
    var nonInteractive = false

    struct UsageError: Error, Equatable {
        let message: String
    }

    private static let names = ["Command", "File", "Store", "NoProfile", "NonInteractive", "Version", "Help"]
    private static let aliases = ["c": "Command", "f": "File", "h": "Help", "?": "Help", "nop": "NoProfile", "noni": "NonInteractive", "v": "Version"]

    /// Resolves `-Name` to an option name.
    static func optionName(_ arg: String) throws(UsageError) -> String {
        var typed = arg
        while typed.hasPrefix("-") || typed.hasPrefix("/") && typed.count <= 3 { typed.removeFirst() }
        if let a = aliases[typed.lowercased()] { return a }
        if let exact = names.first(where: { $0.equalsIgnoringCase(typed) }) { return exact }
        let matches = typed.isEmpty ? [] : names.filter { $0.hasPrefixIgnoringCase(typed) }
        if matches.count == 1 { return matches[0] }
        if matches.count > 1 {
            throw UsageError(message: "The parameter '\(arg)' is ambiguous: it could be \(matches.map { "-" + $0 }.joined(separator: " or "))." )
        }
        throw UsageError(message: "Unknown option '\(arg)'.")
    }

    static func parse(_ args: [String]) throws(UsageError) -> CommandLineOptions {
        var o = CommandLineOptions()
        var i = 0
        func value(_ name: String) throws(UsageError) -> String {
            i += 1
            guard i < args.count else { throw UsageError(message: "Missing the value for -\(name).") }
            return args[i]
        }
        while i < args.count {
            let a = args[i]
            if a.hasPrefix("-") && a.count > 1 || a == "/?" {
                switch try optionName(a) {
                case "Command":
                    let first = try value("Command")
                    if first == "-" {
                        o.mode = .commandFromStdin
                        if i + 1 < args.count { throw UsageError(message: "No arguments may follow '-Command -'.") }
                    } else {
                        o.mode = .command(([first] + args[(i + 1)...]).joined(separator: " "))
                    }
                    return o
                case "File":
                    let path = try value("File")
                    o.mode = path == "-" ? .commandFromStdin : .file(path, Array(args[(i + 1)...]))
                    return o
                case "Store": o.storePath = try value("Store")
                case "NoProfile": o.noProfile = true
                case "NonInteractive": o.nonInteractive = true
                case "Version": o.mode = .version; return o
                case "Help": o.mode = .help; return o
                default: break
                }
            } else {
                o.mode = .file(a, Array(args[(i + 1)...]))
                return o
            }
            i += 1
        }
        return o
    }

    static let usage = """
    Usage: csshell [options] [SCRIPT.ps1 [ARGS...]]

      -Command TEXT | -c TEXT   Run TEXT as a script, then exit. '-Command -' reads the script from stdin.
      -File PATH [ARGS...]      Run a script file; ARGS bind to its param() (-Name value, -Switch:$false,
                                positional), the rest become $args. Also: csshell PATH.ps1 [ARGS...]
      -Store PATH|URI           The store to use: a JSON store file, or a PostgreSQL database as a
                                postgresql://... URI (libpq's; PG* variables and ~/.pgpass apply).
                                Else $CSSHELL_STORE, else
                                ${XDG_DATA_HOME:-$HOME/.local/share}/csshell/store.json.
      -NoProfile                Accepted (csshell has no profile scripts).
      -NonInteractive           Prompts (-Confirm, missing mandatory parameters) become errors.
      -Version                  Print the version and exit.
      -Help, -?, -h             Print this help and exit.

    With no script, csshell is an interactive shell when stdin is a terminal, and otherwise reads the
    script from stdin. Exit status: 'exit N' gives N; otherwise 1 if any error was reported, else 0;
    64 for misuse of these options.

    """
}
