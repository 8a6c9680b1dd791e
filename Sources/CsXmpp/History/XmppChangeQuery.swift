import CsCore

/// Which history entries Get-CsXmppPartnerChange asks for: all its filters at once.
public struct XmppChangeQuery: Sendable {
    /// Entries about a partner whose identity, or one of whose domains before or after the change,
    /// matches (wildcards).
    public var identity: WildcardPattern?
    /// Entries made after this time (entries' time text, exclusive).
    public var after: String?
    /// Entries made before this time (exclusive).
    public var before: String?
    /// Entries whose actor matches (wildcards).
    public var actor: WildcardPattern?
    /// Only the last n of those that match.
    public var last: Int?

    public init(identity: WildcardPattern? = nil, after: String? = nil, before: String? = nil, actor: WildcardPattern? = nil, last: Int? = nil) {
        self.identity = identity
        self.after = after
        self.before = before
        self.actor = actor
        self.last = last
    }

    public func matches(_ e: XmppChangeEntry) -> Bool {
        if let after, !(e.time > after) { return false }
        if let before, !(e.time < before) { return false }
        if let actor, !actor.matches(e.actor) { return false }
        if let identity {
            guard let id = e.identity else { return false }
            if !identity.matches(id) && !e.domains.contains(where: identity.matches) { return false }
        }
        return true
    }

    /// The entries that match, oldest first (`entries` is oldest first).
    public func select(_ entries: [XmppChangeEntry]) -> [XmppChangeEntry] {
        let found = entries.filter(matches)
        guard let last else { return found }
        return Array(found.suffix(max(0, last)))
    }
}
