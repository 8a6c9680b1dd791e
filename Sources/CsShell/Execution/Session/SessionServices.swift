import CsCore

/// The services of one session: each made by its module's registration the first time a cmdlet asks
/// for it, then told when each command line finishes and when the session ends, in creation order.
final class SessionServices {
    private let registrations: [ObjectIdentifier: ServiceRegistration]
    private var created: [(key: ObjectIdentifier, service: any SessionService)] = []

    init(_ registrations: [ServiceRegistration]) {
        var byKey: [ObjectIdentifier: ServiceRegistration] = [:]
        for r in registrations { byKey[r.key] = r }
        self.registrations = byKey
    }

    func service<S: SessionService>(_ type: S.Type) throws -> S {
        let key = ObjectIdentifier(type)
        if let s = created.first(where: { $0.key == key })?.service as? S { return s }
        guard let registration = registrations[key] else { throw MissingServiceError(String(describing: type)) }
        guard let s = try registration.make() as? S else { throw MissingServiceError(String(describing: type)) }
        created.append((key, s))
        return s
    }

    /// Runs every created service's end-of-command step; returns the errors they threw.
    func commandLineFinished() -> [Error] { each { try $0.commandLineFinished() } }

    /// Runs every created service's end-of-session step; returns the errors they threw.
    func sessionEnding() -> [Error] { each { try $0.sessionEnding() } }

    private func each(_ step: (any SessionService) throws -> Void) -> [Error] {
        var errors: [Error] = []
        for (_, s) in created {
            do { try step(s) } catch { errors.append(error) }
        }
        return errors
    }
}
