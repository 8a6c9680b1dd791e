import Hummingbird

/// The XMPP gateway settings page.
extension PanelRoutes {
    func gatewayPage(_ request: Request) async throws -> Response {
        guard let session = session(of: request) else { return notSignedIn() }
        return await reading(session) {
            let (access, gateway) = try await gate.perform { backend in (try backend.access(), try backend.gateway()) }
            return PanelResponse.page(.ok, Pages.gateway(form: GatewayForm(gateway: gateway), passphraseSet: gateway.dialbackPassphrase != nil,
                                                         notice: sessions.takeNotice(for: session.id), session: session, access: access))
        }
    }

    func commitGateway(_ request: Request, _ requestContext: PanelRequestContext) async throws -> Response {
        switch try await signedForm(GatewayForm.self, request, requestContext) {
        case let .refused(response): return response
        case let .accepted(form, session):
            let outcome = try await gate.perform { backend in backend.commitGateway(form) }
            switch outcome {
            case let .saved(warnings):
                sessions.setNotice(PanelNotice(text: "Saved the XMPP gateway settings.", warnings: warnings), for: session.id)
                return PanelResponse.redirect("/gateway")
            case let .viewOnly(reason):
                return viewOnlyRefused(reason, session: session)
            case let .refused(errors, warnings):
                return await reading(session) {
                    let (access, gateway) = try await gate.perform { backend in (try backend.access(), try backend.gateway()) }
                    return PanelResponse.page(.badRequest, Pages.gateway(form: form.withoutSecret, passphraseSet: gateway.dialbackPassphrase != nil,
                                                                         errors: errors, warnings: warnings, session: session, access: access))
                }
            case .changedMeanwhile:
                return await reading(session) {
                    let (access, gateway) = try await gate.perform { backend in (try backend.access(), try backend.gateway()) }
                    return PanelResponse.page(.conflict, Pages.gateway(form: GatewayForm(gateway: gateway), passphraseSet: gateway.dialbackPassphrase != nil,
                                                                       conflict: true, session: session, access: access))
                }
            }
        }
    }
}
