import CsControlPanel
import CsCore
import CsXmpp

/// The one place where the shell names its domain modules. A new module is added here and nowhere
/// else: its cmdlets, services, views and completers reach the engine through `ShellModule`.
enum ModuleCatalog {
    /// The modules of a session, configured from csshell's options (`-Store`) and environment.
    static func modules(storeOption: String?, environment: [String: String]) -> [ShellModule] {
        let location = StoreLocation.resolve(option: storeOption, environment: environment)
        return modules { XmppStoreService(location: location) }
    }

    /// The same modules over a store service of the caller's (tests use an in-memory store).
    static func modules(storeService: @escaping () throws -> XmppStoreService) -> [ShellModule] {
        [XmppModule.module(service: storeService), ControlPanelModule.module]
    }

    /// The registry of a session: the shell's cmdlets and the modules'.
    static func registry(storeOption: String?, environment: [String: String]) -> CommandRegistry {
        CommandRegistry(shell: CommandCatalog.shell, modules: modules(storeOption: storeOption, environment: environment))
    }
}
