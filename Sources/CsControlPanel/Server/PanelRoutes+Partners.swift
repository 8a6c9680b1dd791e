import CsCore
import CsXmpp
import Hummingbird

/// XMPP Federated Partners: the list, New, Edit (Details when view-only) and Delete.
extension PanelRoutes {
    /// What a partner form needs besides the form itself.
    struct FormContext: Sendable {
        var access: PanelAccess
        var hints: [NegotiationHint]
        var gatewayConnectionLimit: UInt32
    }

    private struct DeleteForm: Decodable, CSRFCarrying {
        var csrf: String
        var identity: String
        var version: String?

        enum CodingKeys: String, CodingKey {
            case csrf, version
            case identity = "Identity"
        }
    }

    private func formContext() async throws -> FormContext {
        try await gate.perform { backend in
            FormContext(access: try backend.access(), hints: try backend.negotiationHints(),
                        gatewayConnectionLimit: try backend.gateway().partnerConnectionLimit)
        }
    }

    private func query(_ request: Request, _ name: String) -> String? {
        request.uri.queryParameters[Substring(name)].map(String.init)
    }

    /// Back to the list with a message (Edit or Delete with no partner selected, say).
    private func backToList(_ session: PanelSession, _ text: String, isError: Bool = false) -> Response {
        sessions.setNotice(PanelNotice(text: text, isError: isError), for: session.id)
        return PanelResponse.redirect("/partners")
    }

    private func missing(_ identity: String, session: PanelSession) -> Response {
        PanelResponse.page(.notFound, Pages.message(
            title: "Partner not found", text: "There is no XMPP federated partner with Identity '\(identity)'. It may have been deleted.", session: session))
    }

    // MARK: List

    func partnerList(_ request: Request) async throws -> Response {
        guard let session = session(of: request) else { return notSignedIn() }
        let filter = query(request, "filter") ?? ""
        return await reading(session) {
            let (access, partners) = try await gate.perform { backend in (try backend.access(), try backend.partners(filter: filter)) }
            return PanelResponse.page(.ok, Pages.partnerList(partners, filter: filter, notice: sessions.takeNotice(for: session.id),
                                                             session: session, access: access))
        }
    }

    // MARK: New

    func newPartnerForm(_ request: Request) async throws -> Response {
        guard let session = session(of: request) else { return notSignedIn() }
        return await reading(session) {
            let context = try await formContext()
            if let reason = context.access.viewOnlyReason { return viewOnlyRefused(reason, session: session) }
            return PanelResponse.page(.ok, Pages.partnerForm(.new, form: .newPartner, hints: context.hints,
                                                             gatewayConnectionLimit: context.gatewayConnectionLimit,
                                                             session: session, access: context.access))
        }
    }

    func commitNew(_ request: Request, _ requestContext: PanelRequestContext) async throws -> Response {
        switch try await signedForm(PartnerForm.self, request, requestContext) {
        case let .refused(response): return response
        case let .accepted(form, session):
            let outcome = try await gate.perform { backend in backend.commitNew(form) }
            return try await respond(to: outcome, mode: .new, form: form, session: session,
                                     saved: "Created the XMPP federated partner \((form.identity ?? "").trimmingASCIISpaces()).")
        }
    }

    // MARK: Edit

    func editPartnerForm(_ request: Request) async throws -> Response {
        guard let session = session(of: request) else { return notSignedIn() }
        guard let identity = query(request, "identity"), !identity.isEmpty else {
            return backToList(session, "Select a partner in the list, then click Edit.")
        }
        return await reading(session) {
            let context = try await formContext()
            guard let partner = try await gate.perform({ backend in try backend.partner(identity: identity) }) else {
                return missing(identity, session: session)
            }
            return PanelResponse.page(.ok, Pages.partnerForm(context.access.canChange ? .edit : .details, form: PartnerForm(partner: partner),
                                                             hints: context.hints, gatewayConnectionLimit: context.gatewayConnectionLimit,
                                                             session: session, access: context.access))
        }
    }

    func commitEdit(_ request: Request, _ requestContext: PanelRequestContext) async throws -> Response {
        switch try await signedForm(PartnerForm.self, request, requestContext) {
        case let .refused(response): return response
        case let .accepted(form, session):
            let outcome = try await gate.perform { backend in backend.commitEdit(form) }
            return try await respond(to: outcome, mode: .edit, form: form, session: session,
                                     saved: "Saved the XMPP federated partner \(form.identity ?? "").")
        }
    }

    /// The page after a Commit on the New or Edit form.
    private func respond(to outcome: CommitOutcome, mode: Pages.PartnerFormMode, form: PartnerForm, session: PanelSession,
                         saved: String) async throws -> Response {
        switch outcome {
        case let .saved(warnings):
            sessions.setNotice(PanelNotice(text: saved, warnings: warnings), for: session.id)
            return PanelResponse.redirect("/partners")
        case let .viewOnly(reason):
            return viewOnlyRefused(reason, session: session)
        case let .refused(errors, warnings):
            return await reading(session) {
                let context = try await formContext()
                return PanelResponse.page(.badRequest, Pages.partnerForm(mode, form: form, errors: errors, warnings: warnings, hints: context.hints,
                                                                         gatewayConnectionLimit: context.gatewayConnectionLimit,
                                                                         session: session, access: context.access))
            }
        case .changedMeanwhile:
            return await reading(session) {
                let identity = form.identity ?? ""
                let context = try await formContext()
                guard let current = try await gate.perform({ backend in try backend.partner(identity: identity) }) else {
                    return missing(identity, session: session)
                }
                var retry = form
                retry.version = SettingsVersion.of(current)
                return PanelResponse.page(.conflict, Pages.partnerForm(mode, form: retry, conflict: Pages.changedMeanwhile(current), hints: context.hints,
                                                                       gatewayConnectionLimit: context.gatewayConnectionLimit,
                                                                       session: session, access: context.access))
            }
        }
    }

    // MARK: Delete

    func confirmDelete(_ request: Request) async throws -> Response {
        guard let session = session(of: request) else { return notSignedIn() }
        guard let identity = query(request, "identity"), !identity.isEmpty else {
            return backToList(session, "Select a partner in the list, then click Delete.")
        }
        return await reading(session) {
            let (access, partner) = try await gate.perform { backend in (try backend.access(), try backend.partner(identity: identity)) }
            if let reason = access.viewOnlyReason { return viewOnlyRefused(reason, session: session) }
            guard let partner else { return missing(identity, session: session) }
            return PanelResponse.page(.ok, Pages.confirmDelete(partner, notice: nil, session: session, access: access))
        }
    }

    func commitDelete(_ request: Request, _ requestContext: PanelRequestContext) async throws -> Response {
        switch try await signedForm(DeleteForm.self, request, requestContext) {
        case let .refused(response): return response
        case let .accepted(form, session):
            let outcome = try await gate.perform { backend in backend.commitDelete(identity: form.identity, version: form.version) }
            switch outcome {
            case .saved:
                return backToList(session, "Deleted the XMPP federated partner \(form.identity).")
            case let .viewOnly(reason):
                return viewOnlyRefused(reason, session: session)
            case let .refused(errors, _):
                return backToList(session, errors.map(\.text).joined(separator: " "), isError: true)
            case .changedMeanwhile:
                return await reading(session) {
                    let (access, partner) = try await gate.perform { backend in (try backend.access(), try backend.partner(identity: form.identity)) }
                    guard let partner else { return missing(form.identity, session: session) }
                    return PanelResponse.page(.conflict, Pages.confirmDelete(partner, notice: "The XMPP federated partner \(partner.identity) was changed after you asked to delete it (in the shell or in another browser), so it was not deleted. Its settings now are shown below: delete it again if you still want to.", session: session, access: access))
                }
            }
        }
    }
}
