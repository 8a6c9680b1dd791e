/// The pages, rendered on the server as HTML that works without JavaScript. Every value goes in
/// through `HTML`'s escaping interpolation.
enum Pages {
    /// The tabs of Federation and External Access; the XMPP ones are ours to serve.
    enum Tab {
        case partners, gateway, none
    }

    /// The frame every signed-in page shares: banner (sign-out, a link for another browser), the
    /// Control Panel's left navigation, the Federation and External Access tabs.
    static func layout(title: String, tab: Tab, session: PanelSession?, access: PanelAccess? = nil, body: HTML) -> HTML {
        let banner: HTML
        if let session {
            banner = """
                <span class="mode" id="mode">\(access.map { $0.canChange ? "" : "View only" } ?? "")</span>
                  <form method="post" action="/signin-links" class="inline">
                    <input type="hidden" name="csrf" value="\(session.csrfToken)">
                    <button type="submit" id="another-browser" class="link">Sign in another browser</button>
                  </form>
                  <form method="post" action="/signout" class="inline">
                    <input type="hidden" name="csrf" value="\(session.csrfToken)">
                    <button type="submit" id="signout" class="link">Sign out</button>
                  </form>
                """
        } else {
            banner = .empty
        }
        let navigation: HTML = session == nil ? .empty : """
            <nav class="sidebar" aria-label="Control Panel">
              <ul>
                <li class="off">Home</li>
                <li class="off">Users</li>
                <li class="off">Topology</li>
                <li class="off">IM and Presence</li>
                <li class="off">Persistent Chat</li>
                <li class="off">Voice Routing</li>
                <li class="off">Voice Features</li>
                <li class="off">Response Groups</li>
                <li class="off">Conferencing</li>
                <li class="off">Clients</li>
                <li class="current"><a href="/partners" id="nav-federation">Federation and External Access</a></li>
                <li class="off">Monitoring and Archiving</li>
                <li class="off">Security</li>
                <li class="off">Network Configuration</li>
              </ul>
            </nav>
            """
        let tabs: HTML = tab == .none ? .empty : """
            <div class="tabs" role="navigation" aria-label="Federation and External Access">
              <span class="tab off">External Access Policy</span>
              <span class="tab off">Access Edge Configuration</span>
              <span class="tab off">SIP Federated Domains</span>
              <span class="tab off">SIP Federated Providers</span>
              <a class="tab\(tab == .partners ? " current" : "")" id="tab-partners" href="/partners">XMPP Federated Partners</a>
              <a class="tab\(tab == .gateway ? " current" : "")" id="tab-gateway" href="/gateway">XMPP Gateway</a>
            </div>
            """
        let viewOnly: HTML = access?.viewOnlyReason.map { """
            <p class="viewonly" id="view-only" role="status">\($0)</p>
            """ } ?? .empty
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(title) - csshell Control Panel</title>
            <link rel="icon" href="/static/favicon.svg" type="image/svg+xml">
            <link rel="stylesheet" href="/static/panel.css">
            <script src="/static/panel.js" defer></script>
            </head>
            <body>
            <header class="banner">
              <span class="product">csshell</span>
              <span class="app">Control Panel</span>
              \(banner)
            </header>
            <div class="frame">
            \(navigation)
            <main>
            \(tabs)
            \(viewOnly)
            \(body)
            </main>
            </div>
            </body>
            </html>

            """
    }

    /// A page with a heading and one paragraph (sign-out, refusals, errors).
    static func message(title: String, text: String, session: PanelSession? = nil) -> HTML {
        layout(title: title, tab: .none, session: session, body: """
            <h1>\(title)</h1>
            <p id="message">\(text)</p>
            """)
    }

    /// What every request without a valid session gets: how to sign in, and no data.
    static func signIn(problem: String? = nil) -> HTML {
        let alert: HTML = problem.map { """
            <p class="error" id="message" role="alert">\($0)</p>
            """ } ?? """
            <p id="message">You are not signed in.</p>
            """
        return layout(title: "Sign in", tab: .none, session: nil, body: """
            <h1>Sign in</h1>
            \(alert)
            <p>Open the sign-in link that <code>Start-CsControlPanel</code> printed (each link works once),
            or paste its token here.</p>
            <form method="get" action="/signin" class="signin">
              <label for="token">Token</label>
              <input id="token" name="token" type="password" autocomplete="off" required>
              <button type="submit" id="signin">Sign in</button>
            </form>
            """)
    }

    /// A new one-time sign-in link for another browser.
    static func newSignInLink(_ url: String, minutes: Int, session: PanelSession) -> HTML {
        layout(title: "Sign in another browser", tab: .none, session: session, body: """
            <h1>Sign in another browser</h1>
            <p>Open this link in the other browser within \(minutes) minutes. It works once.</p>
            <p><code id="new-link">\(url)</code></p>
            <p><a href="/partners" class="button">Back to XMPP Federated Partners</a></p>
            """)
    }

    /// Messages for the form as a whole: what was refused, and the warnings the cmdlet wrote.
    static func alerts(errors: [FieldMessage], warnings: [String]) -> HTML {
        var parts: [HTML] = []
        if !errors.isEmpty {
            let items = errors.map { e -> HTML in "<li>\(e.text)</li>" }
            parts.append("""
                <div class="error" id="errors" role="alert">
                  <p>Your changes are not saved.</p>
                  <ul>\(items)</ul>
                </div>
                """)
        }
        if !warnings.isEmpty { parts.append(warningList(warnings, id: "warnings")) }
        return HTML(joining: parts)
    }

    static func warningList(_ warnings: [String], id: String) -> HTML {
        let items = warnings.map { w -> HTML in "<li>WARNING: \(w)</li>" }
        return """
            <ul class="warnings" id="\(id)" role="status">\(items)</ul>
            """
    }
}
