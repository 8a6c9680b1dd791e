import HTTPTypes
import Hummingbird

/// Checks every request and adds the security headers to every response, errors included.
///
/// - On loopback the Host must name this server (127.0.0.1:PORT, localhost:PORT): a page elsewhere
///   whose name resolves to 127.0.0.1 (DNS rebinding) gets 421.
/// - A POST whose Origin header is not this server's own origin gets 403 (CSRF tokens are checked too).
/// - Content-Security-Policy allows no inline script and nothing from elsewhere.
struct PanelSecurityMiddleware<Context: RequestContext>: RouterMiddleware {
    let address: ListeningAddress

    static var contentSecurityPolicy: String {
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        let host = request.head.authority
        if !address.allows(host: host) {
            response = PanelResponse.page(.misdirectedRequest, Pages.message(
                title: "Wrong address", text: "Open the Control Panel at the address that Start-CsControlPanel printed."))
        } else if request.method == .post, let origin = request.headers[.origin],
                  origin.lowercased() != "\(address.configuration.scheme)://\((host ?? "").lowercased())" {
            response = PanelResponse.page(.forbidden, Pages.message(
                title: "Request refused", text: "The form did not come from this Control Panel. Nothing was changed."))
        } else {
            do {
                response = try await next(request, context)
            } catch let error as any HTTPResponseError {
                response = try error.response(from: request, context: context)
            }
        }
        response.headers[.contentSecurityPolicy] = Self.contentSecurityPolicy
        response.headers[.xContentTypeOptions] = "nosniff"
        // Not "no-referrer": under it Chromium sends `Origin: null` on the panel's own form POSTs.
        response.headers[.referrerPolicy] = "same-origin"
        response.headers[.xFrameOptions] = "DENY"
        if address.secure { response.headers[.strictTransportSecurity] = "max-age=31536000" }
        if response.headers[.cacheControl] == nil {
            response.headers[.cacheControl] = "no-store"
        }
        return response
    }
}

/// HTML responses.
enum PanelResponse {
    static func page(_ status: HTTPResponse.Status, _ html: HTML) -> Response {
        Response(
            status: status,
            headers: [.contentType: "text/html; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: html.text))
        )
    }

    /// 303 See Other to a path of the panel (Post/Redirect/Get).
    static func redirect(_ location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }
}

extension HTTPField.Name {
    /// Not among HTTPTypes' predefined names.
    static let referrerPolicy = HTTPField.Name("Referrer-Policy")!
    static let xFrameOptions = HTTPField.Name("X-Frame-Options")!
}
