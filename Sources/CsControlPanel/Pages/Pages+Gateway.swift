import CsXmpp

extension Pages {
    /// The XMPP gateway settings (Set-CsXmppGatewayConfiguration's parameters). The dialback
    /// passphrase is never shown, only whether one is set.
    static func gateway(form: GatewayForm, passphraseSet: Bool, errors: [FieldMessage] = [], warnings: [String] = [],
                        notice: PanelNotice? = nil, conflict: Bool = false, session: PanelSession, access: PanelAccess) -> HTML {
        let readOnly = !access.canChange
        let disabled = HTML.attribute("disabled", if: readOnly)
        func fieldError(_ field: String) -> HTML {
            let texts = errors.filter { $0.field == field }.map { t -> HTML in "<span>\(t.text)</span>" }
            return texts.isEmpty ? .empty : "<p class=\"field-error\" id=\"\(field)-error\">\(texts)</p>"
        }
        let labels = [
            "ConnectionLimit": "Connection limit (all partners)",
            "KeepAliveInterval": "Keep-alive interval (seconds)",
            "PartnerConnectionLimit": "Connection limit per partner",
            "StreamEstablishmentTimeout": "Stream establishment timeout (seconds)",
            "StreamInactivityTimeout": "Stream inactivity timeout (seconds)",
            "SubscriptionRefreshInterval": "Subscription refresh interval (seconds)",
        ]
        let counters = form.counters.map { (name, value) -> HTML in
            """
            <div class="field">
                <label for="\(name)">\(labels[name] ?? name)</label>
                <input id="\(name)" name="\(name)" value="\(value ?? "")" inputmode="numeric" maxlength="20"\(disabled)>
                \(fieldError(name))
              </div>
            """
        }
        let passphrase: HTML = readOnly ? """
            <div class="field">
                <span class="label">Dialback passphrase</span>
                <span id="passphrase-state">\(passphraseSet ? "Set (not shown)" : "Not set")</span>
              </div>
            """ : """
            <div class="field">
                <label for="DialbackPassphrase">Dialback passphrase</label>
                <input id="DialbackPassphrase" name="DialbackPassphrase" type="password" autocomplete="new-password" placeholder="\(passphraseSet ? "set (not shown); type a new one to replace it" : "not set")">
                \(fieldError("DialbackPassphrase"))
              </div>
              <p class="check"><input type="checkbox" id="ClearDialbackPassphrase" name="ClearDialbackPassphrase" value="on">
                <label for="ClearDialbackPassphrase">Clear the dialback passphrase</label></p>
            """
        let conflictHTML: HTML = conflict ? """
            <div class="error" id="conflict" role="alert"><p>The gateway settings were changed after you opened this page (in the shell or in another browser). Your changes are not saved. The values stored now are shown; make your changes again and Commit.</p></div>
            """ : .empty
        let noticeHTML: HTML = notice.map { n -> HTML in
            """
            <p class="notice" id="notice" role="status">\(n.text)</p>
            \(n.warnings.isEmpty ? .empty : warningList(n.warnings, id: "notice-warnings"))
            """
        } ?? .empty
        let buttons: HTML = readOnly ? .empty : """
            <div class="buttons">
                <button type="submit" id="commit">Commit</button>
                <a class="button" id="cancel" href="/gateway">Cancel</a>
              </div>
            """
        return layout(title: "XMPP Gateway", tab: .gateway, session: session, access: access, body: """
            <h1>XMPP Gateway</h1>
            \(noticeHTML)
            \(conflictHTML)
            \(alerts(errors: errors, warnings: warnings))
            <form method="post" action="/gateway" id="gateway-form" class="settings" novalidate>
              <input type="hidden" name="csrf" value="\(session.csrfToken)">
              <input type="hidden" name="version" value="\(form.version ?? "")">
              \(buttons)
              \(counters)
              <div class="field">
                <label for="EnableLoggingAllMessageBodies">Log all message bodies</label>
                \(Display.select("EnableLoggingAllMessageBodies", Display.booleans, selected: form.enableLoggingAllMessageBodies, disabled: readOnly, invalid: false))
                \(fieldError("EnableLoggingAllMessageBodies"))
              </div>
              \(passphrase)
            </form>
            """)
    }
}
