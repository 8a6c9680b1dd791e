import CsCore

/// The XMPP servers whose configuration csshell writes and reads (Debian 12's versions).
public enum XmppServerKind: Int, CaseIterable, Sendable {
    case prosody, ejabberd

    /// The `-Server` parameter's type.
    public static let psType = PSEnumType(name: "XmppServer", fullName: "CsShell.Xmpp.XmppServer", members: ["Prosody", "Ejabberd"])

    /// The server's own spelling, for messages.
    public var displayName: String { self == .prosody ? "Prosody" : "ejabberd" }
}

extension XmppServerKind: XmppEnum {}
