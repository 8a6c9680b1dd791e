import CsCore

/// ShouldProcess's question at the console, as PowerShell asks it (MshCommandRuntime.InquireHelper
/// through ConsoleHostUserInterface.PromptForChoice): the caption and message, then the choice line
/// until an answer picks a choice by hotkey or full label (ignoring case); Enter takes the default
/// Yes, `?` lists the choices' help. [S] Suspend is offered only where there is a command prompt to
/// return to (the interactive shell): it opens a nested prompt and asks again once that is left.
struct ConfirmationPrompt {
    enum Choice { case yes, yesToAll, no, noToAll }

    private struct Option {
        let hotkey: String
        let label: String
        let help: String
        /// Nil for Suspend.
        let choice: Choice?
    }

    private static let options = [
        Option(hotkey: "Y", label: "Yes", help: "Continue with only the next step of the operation.", choice: .yes),
        Option(hotkey: "A", label: "Yes to All", help: "Continue with all the steps of the operation.", choice: .yesToAll),
        Option(hotkey: "N", label: "No", help: "Skip this operation and proceed with the next operation.", choice: .no),
        Option(hotkey: "L", label: "No to All", help: "Skip this operation and all subsequent operations.", choice: .noToAll),
        Option(hotkey: "S", label: "Suspend", help: "Pause the current pipeline and return to the command prompt. Type \"exit\" to resume the pipeline.", choice: nil),
    ]

    let host: HostIO
    /// Opens a nested prompt; nil where there is none (scripts, tests).
    let suspend: (() -> Void)?

    /// The answer: yes or no, for this operation or all. Nil when the input ends; Ctrl-C throws
    /// FlowControl.pipelineStopped.
    func ask(action: String, target: String) throws -> Choice? {
        try ask("Are you sure you want to perform this action?\nPerforming the operation \"\(action)\" on target \"\(target)\".")
    }

    /// The answer to a question of the command's own (ShouldContinue: Remove-Item's folder with children).
    func ask(_ message: String) throws -> Choice? {
        let offered = ConfirmationPrompt.options.filter { $0.choice != nil || suspend != nil }
        let choiceLine = offered.map { "[\($0.hotkey)] \($0.label)  " }.joined() + "[?] Help (default is \"Y\"): "
        while true {
            host.writeOut("\nConfirm\n\(message)\n")
            var picked: Option?
            while picked == nil {
                guard let answer = try host.readLine(prompt: choiceLine).promptAnswer() else { return nil }
                let typed = answer.trimmingASCIISpaces()
                if typed.isEmpty { picked = offered[0]; break }
                if typed == "?" {
                    host.writeOut(offered.map { "\($0.hotkey) - \($0.help)\n" }.joined())
                    continue
                }
                picked = offered.first { $0.label.equalsIgnoringCase(typed) } ?? offered.first { $0.hotkey.equalsIgnoringCase(typed) }
            }
            if let choice = picked?.choice { return choice }
            suspend?()
        }
    }
}
