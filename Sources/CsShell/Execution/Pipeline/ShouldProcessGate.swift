import CsCore

/// ShouldProcess and ShouldContinue for one running command, a cmdlet or an advanced function
/// (PowerShell's MshCommandRuntime): -WhatIf prints `What if:` and declines; the command is
/// confirmed when its ConfirmImpact reaches the threshold (-Confirm makes it Low, -Confirm:$false
/// None, otherwise $ConfirmPreference); "Yes to All" and "No to All" hold for the rest of the run.
final class ShouldProcessGate {
    private var yesToAll = false
    private var noToAll = false

    /// `whatIf` / `confirm`: the command's -WhatIf / -Confirm, when given (else the preference variables).
    func shouldProcess(_ session: Session, whatIf: Bool?, confirm: Bool?, impact: ConfirmImpact, target: String, action: String,
                       writeError: (ErrorRecord) throws -> Void) throws -> Bool {
        if whatIf ?? PSConvert.isTrue(session.variables.get("WhatIfPreference") ?? .bool(false)) {
            session.host.writeOut("What if: Performing the operation \"\(action)\" on target \"\(target)\".\n")
            return false
        }
        let threshold: ConfirmImpact
        switch confirm {
        case true?: threshold = .low
        case false?: threshold = .none
        case nil: threshold = Self.confirmPreference(session)
        }
        guard threshold != .none && impact >= threshold else { return true }
        return try ask("Are you sure you want to perform this action?\nPerforming the operation \"\(action)\" on target \"\(target)\".",
                       session, writeError: writeError)
    }

    /// $ConfirmPreference (High when unset or not a ConfirmImpact).
    static func confirmPreference(_ session: Session) -> ConfirmImpact {
        guard let v = session.variables.get("ConfirmPreference") else { return .high }
        if case let .enumValue(e) = v, e.type == PSEnumType.confirmImpact { return ConfirmImpact(rawValue: e.value) ?? .high }
        if case let .success(e) = PSEnumType.confirmImpact.parse(PSConvert.toString(v)) { return ConfirmImpact(rawValue: e.value) ?? .high }
        return .high
    }

    /// PowerShell's confirmation prompt (Yes, Yes to All, No, No to All, Suspend, Help); a host that
    /// cannot prompt is an error (HostFunctionNotImplemented) and the answer no.
    func ask(_ question: String, _ session: Session, writeError: (ErrorRecord) throws -> Void) throws -> Bool {
        if yesToAll { return true }
        if noToAll { return false }
        guard session.host.canPrompt else {
            try writeError(ErrorRecord(message: "PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.",
                                       errorId: "HostFunctionNotImplemented", category: .ResourceUnavailable,
                                       exceptionType: "System.Management.Automation.Host.HostException"))
            return false
        }
        switch try ConfirmationPrompt(host: session.host, suspend: session.nestedPromptRunner).ask(question) {
        case .yes: return true
        case .yesToAll: yesToAll = true; return true
        case .noToAll: noToAll = true; return false
        case .no, nil: return false
        }
    }
}
