import CsXmpp

extension Pages {
    enum PartnerFormMode {
        case new, edit, details

        var title: String {
            switch self {
            case .new: return "New XMPP Federated Partner"
            case .edit: return "Edit XMPP Federated Partner"
            case .details: return "XMPP Federated Partner"
            }
        }

        var action: String { self == .new ? "/partners/new" : "/partners/edit" }
    }

    /// The New and Edit form: the seed's fields (Primary domain, Description, Additional domains,
    /// Partner type, TLS, SASL and Dialback negotiation) and the remaining partner settings, with
    /// Test-CsXmppAllowedPartner's answer for the chosen negotiation beside the drop-downs.
    static func partnerForm(_ mode: PartnerFormMode, form: PartnerForm, errors: [FieldMessage] = [], warnings: [String] = [],
                            conflict: HTML = .empty, hints: [NegotiationHint], gatewayConnectionLimit: UInt32,
                            session: PanelSession, access: PanelAccess) -> HTML {
        let readOnly = mode == .details
        func messages(_ field: String) -> [String] { errors.filter { $0.field == field }.map(\.text) }
        func fieldError(_ field: String) -> HTML {
            let texts = messages(field)
            guard !texts.isEmpty else { return .empty }
            let items = texts.map { t -> HTML in "<span>\(t)</span>" }
            return """
                <p class="field-error" id="\(field)-error">\(items)</p>
                """
        }
        func invalid(_ field: String) -> HTML {
            messages(field).isEmpty ? .empty : " aria-invalid=\"true\" aria-describedby=\"\(field)-error\""
        }
        func selectField(_ name: String, _ label: String, _ choices: [String], _ selected: String?) -> HTML {
            """
            <div class="field">
                <label for="\(name)">\(label)</label>
                \(Display.select(name, choices, selected: selected, disabled: readOnly, invalid: !messages(name).isEmpty))
                \(fieldError(name))
              </div>
            """
        }
        let disabled = HTML.attribute("disabled", if: readOnly)
        let identityAttributes: HTML = mode == .new ? "" : " readonly"
        let chosen = NegotiationHint.key(tls: form.tlsNegotiation ?? "Required", sasl: form.saslNegotiation ?? "Required",
                                         dialback: form.supportDialbackNegotiation ?? "True")
        let hintBlocks = hints.map { negotiationHint($0, shown: $0.key.lowercased() == chosen.lowercased()) }
        let buttons: HTML = readOnly ? """
            <a class="button" id="cancel" href="/partners">Close</a>
            """ : """
            <button type="submit" id="commit">Commit</button>
              <a class="button" id="cancel" href="/partners">Cancel</a>
            """
        let force: HTML = readOnly ? .empty : """
            <p class="check"><input type="checkbox" id="Force" name="Force" value="on"\(HTML.attribute("checked", if: form.forceChosen))>
                <label for="Force">Force: save SASL without TLS support anyway (only TCP Dialback can then be used), as <code>-Force</code> does</label></p>
            """
        let limitPlaceholder = "gateway default (\(gatewayConnectionLimit))"
        return layout(title: mode.title, tab: .partners, session: session, access: access, body: """
            <h1>\(mode.title)</h1>
            \(conflict)
            \(alerts(errors: errors, warnings: warnings))
            <form method="post" action="\(mode.action)" id="partner-form" class="settings" novalidate>
              <input type="hidden" name="csrf" value="\(session.csrfToken)">
              \(form.version.map { v -> HTML in "<input type=\"hidden\" name=\"version\" value=\"\(v)\">" } ?? .empty)
              <div class="buttons">
                \(buttons)
              </div>
              <div class="field">
                <label for="Identity">Primary domain <span class="required">(required)</span></label>
                <input id="Identity" name="Identity" value="\(form.identity ?? "")" maxlength="300" autocomplete="off" spellcheck="false"\(identityAttributes)\(disabled)\(invalid("Identity"))>
                \(fieldError("Identity"))
              </div>
              <div class="field">
                <label for="Description">Description</label>
                <input id="Description" name="Description" value="\(form.description ?? "")" maxlength="1100"\(disabled)\(invalid("Description"))>
                \(fieldError("Description"))
              </div>
              <div class="field">
                <label for="AdditionalDomains">Additional domains</label>
                <textarea id="AdditionalDomains" name="AdditionalDomains" rows="4" spellcheck="false"\(disabled)\(invalid("AdditionalDomains"))>\(form.additionalDomains ?? "")</textarea>
                <span class="help">One domain per line, for example corp.fabrikam.com</span>
                \(fieldError("AdditionalDomains"))
              </div>
              \(selectField("PartnerType", "Partner type", Display.partnerTypes, form.partnerType))
              <fieldset class="negotiation" id="negotiation"\(invalid(FieldMessage.negotiation))>
                <legend>Negotiation</legend>
                <div class="negotiation-fields">
                  \(selectField("TlsNegotiation", "TLS negotiation", Display.negotiations, form.tlsNegotiation))
                  \(selectField("SaslNegotiation", "SASL negotiation", Display.negotiations, form.saslNegotiation))
                  \(selectField("SupportDialbackNegotiation", "Dialback negotiation", Display.booleans, form.supportDialbackNegotiation))
                  <div class="hints" id="hints" aria-live="polite">
                    \(hintBlocks)
                  </div>
                </div>
                \(fieldError(FieldMessage.negotiation))
                \(force)
              </fieldset>
              <div class="field">
                <label for="ConnectionLimit">Connection limit</label>
                <input id="ConnectionLimit" name="ConnectionLimit" value="\(form.connectionLimit ?? "")" inputmode="numeric" placeholder="\(limitPlaceholder)" maxlength="20"\(disabled)\(invalid("ConnectionLimit"))>
                \(fieldError("ConnectionLimit"))
              </div>
              \(selectField("EnableKeepAlive", "Enable keep-alive", Display.booleans, form.enableKeepAlive))
              <div class="field">
                <label for="ProxyFqdn">Proxy FQDN</label>
                <input id="ProxyFqdn" name="ProxyFqdn" value="\(form.proxyFqdn ?? "")" maxlength="300" spellcheck="false"\(disabled)\(invalid("ProxyFqdn"))>
                \(fieldError("ProxyFqdn"))
              </div>
            </form>
            """)
    }

    /// Test-CsXmppAllowedPartner's answer for one combination, and what Commit will do with it.
    static func negotiationHint(_ hint: NegotiationHint, shown: Bool) -> HTML {
        let methods = hint.isValid ? hint.methods.joined(separator: ", ") : "Not Valid Configuration"
        let warnings = hint.warnings.map { w -> HTML in "<li class=\"hint-warning\">WARNING: \(w)</li>" }
        let notes = hint.notes.map { n -> HTML in "<li class=\"hint-note\">\(n)</li>" }
        let commit: String
        if !hint.isValid {
            commit = "Commit refuses this combination (Not Valid Configuration)."
        } else if hint.needsForce {
            commit = "Commit refuses this combination unless Force is chosen: SASL requires TLS."
        } else if !hint.warnings.isEmpty {
            commit = "Commit saves this combination and shows the warning."
        } else {
            commit = "Commit saves this combination."
        }
        return """
            <div class="hint\(hint.isValid ? "" : " not-valid")" data-key="\(hint.key)"\(HTML.attribute("hidden", if: !shown))>
                      <p class="hint-title">Test-CsXmppAllowedPartner</p>
                      <p class="hint-methods">Expected authentication methods: <strong>\(methods)</strong></p>
                      <ul class="hint-texts">\(warnings)\(notes)</ul>
                      <p class="hint-commit">\(commit)</p>
                    </div>
            """
    }

    /// The box Commit shows when the partner changed after the form was opened.
    static func changedMeanwhile(_ current: XmppAllowedPartner) -> HTML {
        """
        <div class="error" id="conflict" role="alert">
          <p>The XMPP federated partner \(current.identity) was changed after you opened this form (in the shell or in another browser). Your changes are not saved.</p>
          <p>This is what is stored now. Commit again to replace it with the values below, or Cancel to keep it.</p>
          \(settingsTable(current, id: "stored-now"))
        </div>
        """
    }
}
