import CsXmpp

extension Pages {
    /// XMPP Federated Partners: the list (filtered by an Identity wildcard, as Get -Filter does), with
    /// New, Edit and Delete for the selected partner unless the panel is view-only.
    static func partnerList(_ partners: [XmppAllowedPartner], filter: String, notice: PanelNotice?,
                            session: PanelSession, access: PanelAccess) -> HTML {
        let rows = partners.enumerated().map { (i, p) -> HTML in
            let domains = p.additionalDomains.map { d -> HTML in "<li>\(d)</li>" }
            return """
                <tr>
                  <td class="select"><input type="radio" name="identity" value="\(p.identity)" id="select-\(i)"\(HTML.attribute("checked", if: partners.count == 1))></td>
                  <td class="identity"><label for="select-\(i)">\(p.identity)</label></td>
                  <td class="partner-type">\(Display.label(p.partnerType.name))</td>
                  <td class="tls">\(Display.label(p.tlsNegotiation.name))</td>
                  <td class="sasl">\(Display.label(p.saslNegotiation.name))</td>
                  <td class="dialback">\(p.supportDialbackNegotiation ? "True" : "False")</td>
                  <td class="domains"><ul>\(domains)</ul></td>
                  <td class="description">\(p.description ?? "")</td>
                </tr>
                """
        }
        let empty: HTML = partners.isEmpty ? """
            <tr><td colspan="8" class="empty">\(filter.isEmpty ? "There are no XMPP federated partners." : "No XMPP federated partner's Identity matches \(filter).")</td></tr>
            """ : .empty
        let toolbar: HTML = access.canChange ? """
            <a class="button" id="new" href="/partners/new">New</a>
              <button type="submit" id="edit">Edit</button>
              <button type="submit" id="delete" formaction="/partners/delete">Delete</button>
            """ : """
            <button type="submit" id="details">Details</button>
            """
        let noticeHTML: HTML
        if let notice {
            noticeHTML = """
                <p class="\(notice.isError ? "error" : "notice")" id="notice" role="status">\(notice.text)</p>
                \(notice.warnings.isEmpty ? .empty : warningList(notice.warnings, id: "notice-warnings"))
                """
        } else {
            noticeHTML = .empty
        }
        let count = partners.count == 1 ? "1 XMPP federated partner" : "\(partners.count) XMPP federated partners"
        return layout(title: "XMPP Federated Partners", tab: .partners, session: session, access: access, body: """
            <h1>XMPP Federated Partners</h1>
            \(noticeHTML)
            <form method="get" action="/partners" class="search" role="search">
              <label for="filter">Identity</label>
              <input id="filter" name="filter" value="\(filter)" placeholder="*.contoso.com" maxlength="255">
              <button type="submit" id="search">Search</button>
            </form>
            <form method="get" action="/partners/edit" id="select-form">
              <div class="toolbar">
              \(toolbar)
              </div>
              <table class="grid" id="partners">
                <thead><tr><th><span class="hidden">Select</span></th><th>Identity</th><th>Partner type</th><th>TLS negotiation</th><th>SASL negotiation</th><th>Dialback negotiation</th><th>Additional domains</th><th>Description</th></tr></thead>
                <tbody>
                \(rows)\(empty)
                </tbody>
              </table>
            </form>
            <p class="count" id="count">\(count)\(filter.isEmpty ? "" : " match \(filter)")</p>
            """)
    }

    /// Delete asks first: the partner's settings and a Delete button that posts the removal.
    static func confirmDelete(_ p: XmppAllowedPartner, notice: String?, session: PanelSession, access: PanelAccess) -> HTML {
        let noticeHTML: HTML = notice.map { "<p class=\"error\" id=\"errors\" role=\"alert\">\($0)</p>" } ?? .empty
        return layout(title: "Delete XMPP Federated Partner", tab: .partners, session: session, access: access, body: """
            <h1>Delete XMPP Federated Partner</h1>
            \(noticeHTML)
            <p id="confirm-text">Delete the XMPP federated partner \(p.identity)? Users will no longer be able to exchange instant messages and presence information with it.</p>
            \(settingsTable(p, id: "settings"))
            <form method="post" action="/partners/delete" class="buttons">
              <input type="hidden" name="csrf" value="\(session.csrfToken)">
              <input type="hidden" name="Identity" value="\(p.identity)">
              <input type="hidden" name="version" value="\(SettingsVersion.of(p))">
              <button type="submit" id="confirm-delete" class="danger">Delete</button>
              <a class="button" id="cancel" href="/partners">Cancel</a>
            </form>
            """)
    }

    /// A partner's stored settings, property by property (contract.md's order).
    static func settingsTable(_ p: XmppAllowedPartner, id: String) -> HTML {
        let rows: [(String, String)] = [
            ("Identity", p.identity),
            ("Additional domains", p.additionalDomains.joined(separator: ", ")),
            ("Connection limit", String(p.connectionLimit)),
            ("Description", p.description ?? ""),
            ("Enable keep-alive", p.enableKeepAlive ? "True" : "False"),
            ("Partner type", Display.label(p.partnerType.name)),
            ("Proxy FQDN", p.proxyFqdn ?? ""),
            ("SASL negotiation", Display.label(p.saslNegotiation.name)),
            ("Dialback negotiation", p.supportDialbackNegotiation ? "True" : "False"),
            ("TLS negotiation", Display.label(p.tlsNegotiation.name)),
        ]
        let cells = rows.map { (k, v) -> HTML in "<tr><th>\(k)</th><td>\(v)</td></tr>" }
        return """
            <table class="settings-table" id="\(id)"><tbody>\(cells)</tbody></table>
            """
    }
}
