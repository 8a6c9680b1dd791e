import CsCore
import CsLanguage
import Foundation

extension ScriptStage {
    /// The PowerShell version csshell follows ($PSVersionTable.PSVersion), as `#requires -Version` compares it.
    static let powerShellVersion = [7, 5, 0]

    /// Is `version` (major, minor, …; missing parts 0) above powerShellVersion?
    static func isAbovePowerShellVersion(_ version: [Int]) -> Bool {
        for i in 0..<max(version.count, powerShellVersion.count) {
            let a = i < version.count ? version[i] : 0, b = i < powerShellVersion.count ? powerShellVersion[i] : 0
            if a != b { return a > b }
        }
        return false
    }

    /// `./script.ps1 args`: the file parsed and run in a new scope (`. ./script.ps1`: in the caller's).
    static func scriptFile(interpreter: Interpreter, path: String, arguments: [CommandArgument], range: SourceRange,
                           dotSource: Bool, errorRedirection: ErrorRedirection?, expectsInput: Bool, call: CallSite) throws -> ScriptStage {
        let text: String
        switch ScriptFile.read(path) {
        case let .success(t):
            text = t
        case .failure(.notFound):
            var r = ErrorRecord.commandNotFound(path)
            r.position = interpreter.position(range)
            throw TerminatingError(record: r, scriptTerminating: false, errorRedirection: errorRedirection)
        case let .failure(.unreadable(reason)):
            throw interpreter.failure(ScriptFile.unreadableMessage(path, reason), id: "ScriptFileUnreadable", category: .ReadError, at: range)
        }
        let parsed: ParsedScript
        do {
            parsed = try ParsedScript(SourceText(text, file: path), registry: interpreter.session.registry)
        } catch {
            throw TerminatingError(record: error.record, scriptTerminating: true)
        }
        // `#requires -Version` above the version csshell follows (PowerShell 7.5.0) stops the script.
        if let required = parsed.ast.requirements?.version, ScriptStage.isAbovePowerShellVersion(required) {
            let name = (path as NSString).lastPathComponent
            let text = parsed.ast.requirements?.versionText ?? ""
            throw interpreter.failure("The script '\(name)' cannot be run because it contained a \"#requires\" statement for PowerShell \(text). The version of PowerShell that is required by the script does not match the currently running version of PowerShell \(ScriptStage.powerShellVersion.map(String.init).joined(separator: ".")).",
                                      id: "ScriptRequiresUnmatchedPSVersion", category: .ResourceUnavailable, at: range,
                                      target: .string(name), exceptionType: "System.Management.Automation.ScriptRequiresException")
        }
        let stage = ScriptStage(interpreter: interpreter, block: ScriptBlock(ast: parsed.ast, source: parsed.source), arguments: arguments,
                                name: (path as NSString).lastPathComponent, dotSource: dotSource, errorRedirection: errorRedirection,
                                expectsInput: expectsInput, call: call)
        // A script file run (not dot-sourced) has a script scope of its own.
        stage.ownsScriptScope = !dotSource
        return stage
    }
}
