import CsCore

/// The Control Panel as the shell registers it: one cmdlet, Start-CsControlPanel, whose pages run
/// the XMPP module's cmdlets on the session's store (it lends no service of its own).
public enum ControlPanelModule {
    public static let name = "CsControlPanel"

    public static var module: ShellModule {
        ShellModule(name: name, cmdlets: [StartCsControlPanelCommand.self])
    }
}
