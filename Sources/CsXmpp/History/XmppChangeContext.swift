import CsCore
import Glibc

/// Who makes a change and how, as its history entry records it: the command line as written (secret
/// values masked by the shell), the actor (login name and host), and the action when the change
/// alone does not tell it (an import, an undo).
public struct XmppChangeContext: Equatable, Sendable {
    /// The action to record; nil: the change tells it (a new partner New, a changed one Set, …).
    public var action: XmppChangeAction?
    /// The command line as written, with secret values masked.
    public var command: String
    /// `login@host` of the process making the change.
    public var actor: String

    public init(action: XmppChangeAction? = nil, command: String, actor: String = XmppChangeContext.localActor) {
        self.action = action
        self.command = command
        self.actor = actor
    }

    /// The context of a cmdlet's change: its command line as the shell shows it.
    public init(_ runtime: any CommandRuntime, action: XmppChangeAction? = nil) {
        self.init(action: action, command: runtime.commandLine)
    }

    /// This process's user (the login name of its effective user id) and host name: `alice@admin1`.
    public static let localActor: String = {
        var user = "uid\(geteuid())"
        if let pw = getpwuid(geteuid()), let name = pw.pointee.pw_name { user = String(cString: name) }
        var buffer = [CChar](repeating: 0, count: 256)
        let host = gethostname(&buffer, buffer.count - 1) == 0 ? String(cString: buffer) : "localhost"
        return "\(user)@\(host)"
    }()
}
