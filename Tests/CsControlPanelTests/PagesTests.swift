import Foundation
import Testing
@testable import CsControlPanel
@testable import CsXmpp

/// The pages: every value escaped, no inline script or style (the Content-Security-Policy forbids
/// them), the view-only pages without New/Edit/Delete.
@Suite struct PagesTests {
    let session = PanelSession(id: "s", csrfToken: "c0ffee")
    let markup = "<script>alert('x')</script> & \"quoted\""

    @Test func interpolatedTextIsEscapedAndHTMLIsNot() {
        let inner: HTML = "<b>\(markup)</b>"
        let outer: HTML = "<p>\(inner)</p>"
        #expect(outer.text == "<p><b>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;</b></p>")
    }

    /// Script tags only load the panel's own script; no element has an event handler or a style
    /// attribute, so the page works under `script-src 'self'; style-src 'self'`.
    private func expectNoInlineScriptOrStyle(_ page: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let scripts = page.components(separatedBy: "<script").dropFirst()
        #expect(scripts.count == 1, sourceLocation: sourceLocation)
        #expect(scripts.allSatisfy { $0.hasPrefix(" src=\"/static/panel.js\" defer></script>") }, sourceLocation: sourceLocation)
        #expect(page.range(of: #"\son[a-z]+\s*="#, options: .regularExpression) == nil, sourceLocation: sourceLocation)
        #expect(!page.contains(" style="), sourceLocation: sourceLocation)
    }

    @Test func aDescriptionWithMarkupShowsAsText() throws {
        let p = XmppAllowedPartner(identity: "contoso.com", additionalDomains: ["a.contoso.com"], description: markup)
        let list = Pages.partnerList([p], filter: "<img src=x>", notice: PanelNotice(text: markup, warnings: [markup]),
                                     session: session, access: .readWrite).text
        expectNoInlineScriptOrStyle(list)
        #expect(list.contains("<td class=\"description\">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;</td>"))
        #expect(list.contains("value=\"&lt;img src=x&gt;\""))
        #expect(!list.contains("<img"))
        let hints = try PanelBackend(session: TestSession(), viewOnly: false).negotiationHints()
        let edit = Pages.partnerForm(.edit, form: PartnerForm(partner: p), errors: [FieldMessage(field: "Description", text: markup)],
                                     hints: hints, gatewayConnectionLimit: 20, session: session, access: .readWrite).text
        expectNoInlineScriptOrStyle(edit)
        #expect(edit.contains("id=\"Description\" name=\"Description\" value=\"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;\""))
        #expect(!edit.contains("<script>alert"))
        let delete = Pages.confirmDelete(p, notice: markup, session: session, access: .readWrite).text
        expectNoInlineScriptOrStyle(delete)
        #expect(!delete.contains("<script>alert"))
    }

    @Test func everyFormCarriesTheCSRFToken() throws {
        let hints = try PanelBackend(session: TestSession(), viewOnly: false).negotiationHints()
        let pages = [
            Pages.partnerList([XmppAllowedPartner(identity: "a.example.com")], filter: "", notice: nil, session: session, access: .readWrite),
            Pages.partnerForm(.new, form: .newPartner, hints: hints, gatewayConnectionLimit: 20, session: session, access: .readWrite),
            Pages.confirmDelete(XmppAllowedPartner(identity: "a.example.com"), notice: nil, session: session, access: .readWrite),
            Pages.gateway(form: GatewayForm(gateway: XmppGatewaySettings()), passphraseSet: false, session: session, access: .readWrite),
        ].map(\.text)
        for page in pages {
            let posts = page.components(separatedBy: "<form method=\"post\"").dropFirst()
            #expect(!posts.isEmpty)
            for form in posts {
                let body = form.components(separatedBy: "</form>")[0]
                #expect(body.contains("<input type=\"hidden\" name=\"csrf\" value=\"c0ffee\">"), "\(body.prefix(200))")
            }
        }
    }

    /// Without JavaScript the hint for the chosen values is the one shown; the others are hidden.
    @Test func theHintForTheChosenNegotiationIsTheOneShown() throws {
        let hints = try PanelBackend(session: TestSession(), viewOnly: false).negotiationHints()
        var form = PartnerForm.newPartner
        form.tlsNegotiation = "NotSupported"
        form.saslNegotiation = "Optional"
        let page = Pages.partnerForm(.new, form: form, hints: hints, gatewayConnectionLimit: 20, session: session, access: .readWrite).text
        let blocks = page.components(separatedBy: "<div class=\"hint").dropFirst().filter { $0.hasPrefix("\"") || $0.hasPrefix(" not-valid\"") }
        #expect(blocks.count == 18)
        let shown = blocks.filter { !$0.prefix(while: { $0 != ">" }).contains(" hidden") }
        #expect(shown.count == 1)
        #expect(shown.first?.contains("data-key=\"NotSupported|Optional|True\"") == true)
        #expect(shown.first?.contains("Expected authentication methods: <strong>TCP Dialback</strong>") == true)
        #expect(shown.first?.contains("unless Force is chosen") == true)
    }

    @Test func viewOnlyPagesOfferNoChange() throws {
        let access = PanelAccess(viewOnlyReason: "The Control Panel was started with -ViewOnly.")
        let list = Pages.partnerList([XmppAllowedPartner(identity: "a.example.com")], filter: "", notice: nil, session: session, access: access).text
        #expect(!list.contains("id=\"new\"") && !list.contains("id=\"edit\"") && !list.contains("id=\"delete\""))
        #expect(list.contains("id=\"details\"") && list.contains("id=\"view-only\""))
        let hints = try PanelBackend(session: TestSession(), viewOnly: false).negotiationHints()
        let details = Pages.partnerForm(.details, form: PartnerForm(partner: XmppAllowedPartner(identity: "a.example.com")), hints: hints,
                                        gatewayConnectionLimit: 20, session: session, access: access).text
        #expect(!details.contains("id=\"commit\"") && details.contains("id=\"Identity\" name=\"Identity\" value=\"a.example.com\""))
        let gateway = Pages.gateway(form: GatewayForm(gateway: XmppGatewaySettings()), passphraseSet: true, session: session, access: access).text
        #expect(!gateway.contains("id=\"commit\"") && !gateway.contains("DialbackPassphrase\" name"))
    }
}

@Suite struct SessionStoreTests {
    @Test func theSignInTokenWorksOnceAndOnlyItself() {
        let store = SessionStore()
        let token = store.firstSignInToken
        #expect(token.count == 64 && token.allSatisfy(\.isHexDigit))
        #expect(store.redeem(String(token.dropLast()) + (token.last == "0" ? "1" : "0")) == nil)
        let session = store.redeem(token)
        #expect(session != nil)
        #expect(store.redeem(token) == nil, "a used link is refused")
        #expect(store.session(id: session!.id)?.csrfToken == session!.csrfToken)
        #expect(store.session(id: "forged") == nil)
        store.end(id: session!.id)
        #expect(store.session(id: session!.id) == nil, "a signed-out session's cookie is worth nothing")
    }

    @Test func aLinkForAnotherBrowserIsANewOneTimeToken() {
        let store = SessionStore()
        let other = store.makeSignInToken()
        #expect(other != store.firstSignInToken)
        let a = store.redeem(other), b = store.redeem(store.firstSignInToken)
        #expect(a != nil && b != nil && a!.id != b!.id && a!.csrfToken != b!.csrfToken)
        #expect(store.redeem(other) == nil)
    }

    @Test func aNoticeIsShownOnce() {
        let store = SessionStore()
        let s = store.redeem(store.firstSignInToken)!
        store.setNotice(PanelNotice(text: "Saved", warnings: ["w"]), for: s.id)
        #expect(store.takeNotice(for: s.id) == PanelNotice(text: "Saved", warnings: ["w"]))
        #expect(store.takeNotice(for: s.id) == nil)
    }
}
