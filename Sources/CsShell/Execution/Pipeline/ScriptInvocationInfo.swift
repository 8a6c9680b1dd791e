import CsCore
import CsLanguage
import Foundation

/// `$MyInvocation` of a function, script block or script: System.Management.Automation.InvocationInfo
/// with the command, where it was called from, and its bound and unbound arguments. Write-Error reads
/// it to report its error as the calling function's (as WriteErrorCommand does).
final class ScriptInvocationInfo {
    /// The function's or script's name; empty for a script block.
    let commandName: String
    /// Where the call was written.
    let position: ErrorPosition
    let object: PSObject

    init(commandName: String, commandType: String, block: ScriptBlock, invocationName: String, callRange: SourceRange, statementRange: SourceRange,
         callSource: SourceText, pipelinePosition: Int, pipelineLength: Int, expectingInput: Bool) {
        self.commandName = commandName
        position = ErrorPosition(callRange, in: callSource)
        let file = callSource.file
        let command = PSObject(typeNames: ["System.Management.Automation.\(commandType)Info", "System.Management.Automation.CommandInfo", "System.Object"],
                               properties: [
                                   ("Name", .string(commandName)), ("CommandType", .enumValue(CommandDiscovery.commandTypes.member(named: commandType)!)),
                                   ("Definition", .string(block.text)), ("ScriptBlock", .scriptBlock(block)),
                               ])
        command.toStringOverride = commandName.isEmpty ? block.text : commandName
        object = PSObject(typeNames: ["System.Management.Automation.InvocationInfo", "System.Object"], properties: [
            ("MyCommand", .object(command)),
            ("BoundParameters", .hashtable(PSHashtable(ordered: true))),
            ("UnboundArguments", .array([])),
            ("ScriptLineNumber", .int(position.line)),
            ("OffsetInLine", .int(position.column)),
            ("HistoryId", .int(1)),
            ("ScriptName", .string(file ?? "")),
            ("Line", .string(position.lineText)),
            ("Statement", .string(callSource.text(of: statementRange))),
            ("PositionMessage", .string(ErrorRecordView.positionMessage(position))),
            ("PSScriptRoot", .string(file.map { ($0 as NSString).deletingLastPathComponent } ?? "")),
            ("PSCommandPath", .string(file ?? "")),
            ("InvocationName", .string(invocationName)),
            ("PipelineLength", .int(pipelineLength)),
            ("PipelinePosition", .int(pipelinePosition)),
            ("ExpectingInput", .bool(expectingInput)),
            ("CommandOrigin", .string("Runspace")),
        ])
        object.native = self
    }

    /// Updates BoundParameters and UnboundArguments (after binding, and per pipeline object).
    func setArguments(bound: PSHashtable, unbound: [PSValue]) {
        try? object.setProperty("BoundParameters", .hashtable(bound))
        try? object.setProperty("UnboundArguments", .array(unbound))
    }

    /// The invocation `$MyInvocation` holds in the current scope, if it is a function's or script's.
    static func current(_ session: Session) -> ScriptInvocationInfo? {
        guard case let .object(o)? = session.variables.get("MyInvocation"), let info = o.native as? ScriptInvocationInfo,
              !info.commandName.isEmpty else { return nil }
        return info
    }
}
