/// What one server-to-server stream negotiates: a method, or the side and step that fail it.
public struct FederationStream: Sendable, Equatable {
    /// Where a stream fails, in the order a stream is negotiated.
    public enum Step: Int, CaseIterable, Sendable {
        case tcp, startTls, certificate, saslExternal, dialback

        /// As Test-CsXmppFederation's FailingStep shows it.
        public var name: String {
            switch self {
            case .tcp: return "TCP"
            case .startTls: return "STARTTLS"
            case .certificate: return "Certificate"
            case .saslExternal: return "SASL EXTERNAL"
            case .dialback: return "Dialback"
            }
        }
    }

    /// The method the stream authenticates with; nil when it fails.
    public var method: XmppAuthenticationMethod?
    /// The side whose setting or certificate does not meet what the stream needs.
    public var failingSide: FederationSide.Role?
    public var failingStep: Step?
    public var reason: String
    /// The RFC or XEP section, or the server behaviour, the deciding rule follows.
    public var source: String

    public var succeeds: Bool { method != nil }

    public static func success(_ method: XmppAuthenticationMethod, _ reason: String, _ source: String) -> FederationStream {
        FederationStream(method: method, failingSide: nil, failingStep: nil, reason: reason, source: source)
    }

    public static func failure(_ side: FederationSide, _ step: Step?, _ reason: String, _ source: String) -> FederationStream {
        FederationStream(method: nil, failingSide: side.role, failingStep: step, reason: reason, source: source)
    }
}
