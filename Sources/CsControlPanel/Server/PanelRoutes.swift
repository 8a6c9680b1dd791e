import CsXmpp
import Foundation
import Hummingbird

/// The routes: sign-in, XMPP Federated Partners (list, New, Edit, Delete), the gateway settings,
/// sign-out, and the static assets. Every page but sign-in and the assets needs a session; every POST
/// needs the session's CSRF token. Reads and changes go to the backend through the gate.
struct PanelRoutes: Sendable {
    let gate: CallerThreadGate
    let sessions: SessionStore
    let address: ListeningAddress

    /// Sign-out and a new sign-in link carry only the CSRF token.
    private struct TokenForm: Decodable, CSRFCarrying {
        var csrf: String
    }

    func router() -> Router<PanelRequestContext> {
        let router = Router(context: PanelRequestContext.self)
        // Middleware applies to the routes added after it (and to "not found"): add it first.
        router.add(middleware: PanelSecurityMiddleware(address: address))
        router.get("/") { request, _ in
            session(of: request) == nil ? notSignedIn() : PanelResponse.redirect("/partners")
        }
        router.get("/signin") { request, _ in signIn(request) }
        router.post("/signin-links") { request, context in try await newSignInLink(request, context) }
        router.post("/signout") { request, context in try await signOut(request, context) }
        router.get("/partners") { request, _ in try await partnerList(request) }
        router.get("/partners/new") { request, _ in try await newPartnerForm(request) }
        router.post("/partners/new") { request, context in try await commitNew(request, context) }
        router.get("/partners/edit") { request, _ in try await editPartnerForm(request) }
        router.post("/partners/edit") { request, context in try await commitEdit(request, context) }
        router.get("/partners/delete") { request, _ in try await confirmDelete(request) }
        router.post("/partners/delete") { request, context in try await commitDelete(request, context) }
        router.get("/gateway") { request, _ in try await gatewayPage(request) }
        router.post("/gateway") { request, context in try await commitGateway(request, context) }
        router.get("/static/:name") { _, context in try staticAsset(context.parameters.require("name")) }
        return router
    }

    // MARK: Sign-in and sessions

    private func signIn(_ request: Request) -> Response {
        guard let token = request.uri.queryParameters["token"], let session = sessions.redeem(token) else {
            return PanelResponse.page(.forbidden, Pages.signIn(
                problem: "This sign-in link is wrong or was already used. Run Start-CsControlPanel again, or make a new link in a signed-in browser."))
        }
        var response = PanelResponse.redirect("/partners")
        response.setCookie(Cookie(name: address.cookieName, value: session.id, path: "/", secure: address.secure,
                                  httpOnly: true, sameSite: .strict))
        return response
    }

    private func newSignInLink(_ request: Request, _ context: PanelRequestContext) async throws -> Response {
        switch try await signedForm(TokenForm.self, request, context) {
        case let .refused(response): return response
        case let .accepted(_, session):
            let url = address.signInURL(token: sessions.makeSignInToken())
            return PanelResponse.page(.ok, Pages.newSignInLink(url, minutes: Int(SessionStore.extraLinkLifetime.components.seconds / 60), session: session))
        }
    }

    private func signOut(_ request: Request, _ context: PanelRequestContext) async throws -> Response {
        switch try await signedForm(TokenForm.self, request, context) {
        case let .refused(response): return response
        case let .accepted(_, session):
            sessions.end(id: session.id)
            var response = PanelResponse.page(.ok, Pages.message(title: "Signed out", text: "You have signed out of the Control Panel."))
            response.setCookie(Cookie(name: address.cookieName, value: "", maxAge: 0, path: "/", secure: address.secure,
                                      httpOnly: true, sameSite: .strict))
            return response
        }
    }

    func session(of request: Request) -> PanelSession? {
        request.cookies[address.cookieName].flatMap { sessions.session(id: $0.value) }
    }

    /// What a request without a valid session gets: the sign-in page, and no data.
    func notSignedIn() -> Response {
        PanelResponse.page(.unauthorized, Pages.signIn())
    }

    enum SignedForm<Form> {
        case accepted(Form, PanelSession)
        case refused(Response)
    }

    /// A POSTed form from a signed-in browser, with its CSRF token checked.
    func signedForm<Form: Decodable & CSRFCarrying>(_ type: Form.Type, _ request: Request,
                                                    _ context: PanelRequestContext) async throws -> SignedForm<Form> {
        guard let session = session(of: request) else { return .refused(notSignedIn()) }
        let form: Form
        do {
            form = try await URLEncodedFormDecoder().decode(type, from: request, context: context)
        } catch is DecodingError {
            return .refused(csrfRefused(session))
        }
        guard Token.matches(form.csrf, session.csrfToken) else { return .refused(csrfRefused(session)) }
        return .accepted(form, session)
    }

    private func csrfRefused(_ session: PanelSession) -> Response {
        PanelResponse.page(.forbidden, Pages.message(
            title: "Request refused",
            text: "The form has expired or did not come from this Control Panel (its security token is missing or wrong). Nothing was changed. Reload the page and try again.",
            session: session))
    }

    /// Builds a page from what it reads; a read that fails (the store cannot be read, say) gives the
    /// page that says so.
    func reading(_ session: PanelSession, _ body: () async throws -> Response) async -> Response {
        do {
            return try await body()
        } catch {
            return failed(error, session: session)
        }
    }

    /// The page for a read that failed.
    private func failed(_ error: any Error, session: PanelSession) -> Response {
        let text = (error as? XmppStoreError)?.message ?? (error as? ControlPanelError)?.message ?? "\(error)"
        return PanelResponse.page(.internalServerError, Pages.message(title: "The store cannot be read", text: text, session: session))
    }

    func viewOnlyRefused(_ reason: String, session: PanelSession) -> Response {
        let text = reason.hasSuffix("Nothing was changed.") ? reason : reason + " Nothing was changed."
        return PanelResponse.page(.forbidden, Pages.message(title: "View only", text: text, session: session))
    }

    // MARK: Static assets

    private func staticAsset(_ name: String) throws -> Response {
        guard let asset = StaticAssets.all[name] else { throw HTTPError(.notFound) }
        return Response(
            status: .ok,
            headers: [.contentType: asset.contentType, .cacheControl: "no-cache"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: asset.body))
        )
    }
}

/// A form that carries the session's CSRF token.
protocol CSRFCarrying {
    var csrf: String { get }
}

extension PartnerForm: CSRFCarrying {}
extension GatewayForm: CSRFCarrying {}
