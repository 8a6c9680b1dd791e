import Synchronization

/// A signed-in browser: its cookie value and the token its forms must carry.
struct PanelSession: Sendable {
    let id: String
    let csrfToken: String
}

/// What the page after a redirect tells the admin once (Post/Redirect/Get): a saved partner and the
/// warnings its cmdlet wrote.
struct PanelNotice: Sendable, Equatable {
    var text: String
    var warnings: [String] = []
    /// What was asked for did not happen (a Delete the cmdlet refused).
    var isError = false
}

/// The one-time sign-in tokens and the sessions they were exchanged for. Thread-safe; lives as long
/// as the panel runs, so stopping the panel signs every browser out.
final class SessionStore: Sendable {
    /// How long a session lasts without a request.
    static let idleLimit: Duration = .seconds(8 * 3600)
    /// How long a sign-in link made on the page (for another browser) stays valid.
    static let extraLinkLifetime: Duration = .seconds(600)
    /// At most this many unused links and sessions are kept (the oldest go first).
    static let maxPendingLinks = 16
    static let maxSessions = 64

    private struct Link {
        var token: String
        var expires: ContinuousClock.Instant?
    }

    private struct Entry {
        var session: PanelSession
        var lastSeen: ContinuousClock.Instant
        var notice: PanelNotice?
    }

    private struct State {
        var links: [Link]
        var sessions: [String: Entry] = [:]
    }

    /// The token of the URL that Start-CsControlPanel prints; valid once, until the panel stops.
    let firstSignInToken: String
    private let state: Mutex<State>

    init() {
        let token = Token.random()
        firstSignInToken = token
        state = Mutex(State(links: [Link(token: token, expires: nil)]))
    }

    /// Exchanges a sign-in token for a new session; nil when it is wrong, used or expired.
    func redeem(_ token: some StringProtocol) -> PanelSession? {
        let now = ContinuousClock.now
        return state.withLock { state in
            state.links.removeAll { $0.expires.map { $0 <= now } ?? false }
            // Compare with every pending token, each in constant time.
            var found: Int?
            for (i, link) in state.links.enumerated() where Token.matches(token, link.token) { found = i }
            guard let i = found else { return nil }
            state.links.remove(at: i)
            let session = PanelSession(id: Token.random(), csrfToken: Token.random())
            if state.sessions.count >= Self.maxSessions,
               let oldest = state.sessions.min(by: { $0.value.lastSeen < $1.value.lastSeen })?.key {
                state.sessions[oldest] = nil
            }
            state.sessions[session.id] = Entry(session: session, lastSeen: now)
            return session
        }
    }

    /// A new one-time sign-in token for another browser, valid for `extraLinkLifetime`.
    func makeSignInToken() -> String {
        let token = Token.random()
        state.withLock { state in
            let extra = state.links.indices.filter { state.links[$0].expires != nil }
            if extra.count >= Self.maxPendingLinks, let first = extra.first { state.links.remove(at: first) }
            state.links.append(Link(token: token, expires: .now + Self.extraLinkLifetime))
        }
        return token
    }

    /// The live session with this id (its idle time starts again), or nil.
    func session(id: some StringProtocol) -> PanelSession? {
        let now = ContinuousClock.now
        return state.withLock { state in
            guard let key = state.sessions.keys.first(where: { Token.matches(id, $0) }), var entry = state.sessions[key] else { return nil }
            if now - entry.lastSeen > Self.idleLimit {
                state.sessions[key] = nil
                return nil
            }
            entry.lastSeen = now
            state.sessions[key] = entry
            return entry.session
        }
    }

    func end(id: String) {
        _ = state.withLock { $0.sessions.removeValue(forKey: id) }
    }

    func setNotice(_ notice: PanelNotice, for id: String) {
        state.withLock { $0.sessions[id]?.notice = notice }
    }

    /// The notice for the session, once.
    func takeNotice(for id: String) -> PanelNotice? {
        state.withLock { state in
            let notice = state.sessions[id]?.notice
            state.sessions[id]?.notice = nil
            return notice
        }
    }
}
