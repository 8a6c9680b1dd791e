import CsCore

// The TLS × SASL × Dialback matrix of "Negotiation settings for XMPP federated partners in Lync
// Server 2013" (negotiation.md §3), held as a literal table: the single source of truth for the
// texts. The derived rule of negotiation.md §7 is kept beside it; a unit test checks the two agree.

/// An authentication method a configuration allows, strongest first in every list.
public enum XmppAuthenticationMethod: Int, CaseIterable, Sendable, Comparable {
    case saslOverTls, tlsDialback, tcpDialback

    public var label: String {
        switch self {
        case .saslOverTls: return "SASL over TLS"
        case .tlsDialback: return "TLS Dialback"
        case .tcpDialback: return "TCP Dialback"
        }
    }

    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
}

/// One row of the complete matrix.
public struct NegotiationRow: Sendable, Equatable {
    /// How the page prints the row's text.
    public enum Kind: Sendable, Equatable {
        /// In a WARNING box (for a Not Valid row, the error text).
        case warning
        /// Plain text.
        case note
        /// Empty cell.
        case none
    }

    public let number: Int
    public let tls: XmppNegotiation
    public let sasl: XmppNegotiation
    public let dialback: Bool
    /// nil for "Not Valid Configuration".
    public let methods: [XmppAuthenticationMethod]?
    public let kind: Kind
    public let text: String?

    public var isValid: Bool { methods != nil }
    /// The texts the matrix prints in a WARNING box for this row (the error text of a Not Valid row).
    public var warnings: [String] { kind == .warning ? text.map { [$0] } ?? [] : [] }
    /// The matrix's plain notes for this row.
    public var notes: [String] { kind == .note ? text.map { [$0] } ?? [] : [] }
    /// Rows 5 and 11: SASL Required/Optional with TLS Not Supported (Dialback True). Valid in the
    /// matrix (TCP Dialback), refused by the Control Panel rule; New/Set store them only with -Force.
    public var violatesSaslRequiresTls: Bool { isValid && tls == .notSupported && sasl != .notSupported }
}

/// What New or Set does with a resulting combination (contract.md, "Negotiation rules").
public enum NegotiationDecision: Sendable, Equatable {
    /// Store; write these warnings (possibly none).
    case store(warnings: [String])
    /// Refuse with this message; -Force does not help.
    case invalid(message: String)
    /// Refuse with this message unless -Force is given (then store and write `warnings`).
    case needsForce(message: String, warnings: [String])
}

public enum NegotiationMatrix {
    public static let warningDialback = "Dialback will not operate if both SASL and TLS are required."
    public static let warningTls = "SASL requires TLS. Allowing TLS to be optional may result in failed session negotiations."
    public static let errorNoTls = "Because SASL requires TLS, and TLS is not available, SASL/TLS cannot succeed. TCP Dialback is set to false, and cannot be used."
    public static let errorNone = "SASL or Dialback must be enabled."
    public static let noteTlsDialback = "Configuration allows for TLS Dialback."
    public static let noteEitherDialback = "Based on negotiation choices of the other end point, TCP or TLS Dialback will be accepted."
    public static let noteTcpOnly = "TCP Dialback is the only negotiation method available"
    /// The Control Panel rule's opening sentences (CP-EDIT), the start of the rows 5/11 error.
    public static let saslRequiresTlsRule = "SASL requires TLS. To use SASL, TLS must either be required or optional."

    private static func row(_ n: Int, _ tls: XmppNegotiation, _ sasl: XmppNegotiation, _ dialback: Bool,
                            _ methods: [XmppAuthenticationMethod]?, _ kind: NegotiationRow.Kind, _ text: String?) -> NegotiationRow {
        NegotiationRow(number: n, tls: tls, sasl: sasl, dialback: dialback, methods: methods, kind: kind, text: text)
    }

    /// "XMPP Federation Negotiation Methods Matrix - Complete", all 18 rows in the page's order.
    public static let rows: [NegotiationRow] = [
        row(1, .required, .required, true, [.saslOverTls], .warning, warningDialback),
        row(2, .required, .required, false, [.saslOverTls], .none, nil),
        row(3, .optional, .required, true, [.saslOverTls, .tlsDialback, .tcpDialback], .warning, warningTls),
        row(4, .optional, .required, false, [.saslOverTls], .warning, warningTls),
        row(5, .notSupported, .required, true, [.tcpDialback], .warning, warningTls),
        row(6, .notSupported, .required, false, nil, .warning, errorNoTls),
        row(7, .required, .optional, true, [.saslOverTls, .tlsDialback], .none, nil),
        row(8, .required, .optional, false, [.saslOverTls], .none, nil),
        row(9, .optional, .optional, true, [.saslOverTls, .tlsDialback, .tcpDialback], .warning, warningTls),
        row(10, .optional, .optional, false, [.saslOverTls], .warning, warningTls),
        row(11, .notSupported, .optional, true, [.tcpDialback], .warning, warningTls),
        row(12, .notSupported, .optional, false, nil, .warning, warningTls),
        row(13, .required, .notSupported, true, [.tlsDialback], .note, noteTlsDialback),
        row(14, .required, .notSupported, false, nil, .warning, errorNone),
        row(15, .optional, .notSupported, true, [.tlsDialback, .tcpDialback], .note, noteEitherDialback),
        row(16, .optional, .notSupported, false, nil, .warning, errorNone),
        row(17, .notSupported, .notSupported, true, [.tcpDialback], .note, noteTcpOnly),
        row(18, .notSupported, .notSupported, false, nil, .warning, errorNone),
    ]

    /// The row for a combination (the table covers all 18).
    public static func row(tls: XmppNegotiation, sasl: XmppNegotiation, dialback: Bool) -> NegotiationRow {
        // Rows go SASL-major, then TLS, then Dialback True before False.
        let i = sasl.rawValue * 6 + tls.rawValue * 2 + (dialback ? 0 : 1)
        return rows[i]
    }

    /// contract.md's decision for New and Set.
    public static func decide(tls: XmppNegotiation, sasl: XmppNegotiation, dialback: Bool) -> NegotiationDecision {
        let r = row(tls: tls, sasl: sasl, dialback: dialback)
        let combination = "TlsNegotiation \(tls.name), SaslNegotiation \(sasl.name), SupportDialbackNegotiation \(dialback ? "True" : "False")"
        guard r.isValid else {
            return .invalid(message: "Not Valid Configuration (\(combination)): \(r.text ?? "")")
        }
        if r.violatesSaslRequiresTls {
            return .needsForce(
                message: "\(saslRequiresTlsRule) SaslNegotiation is \(sasl.name) but TlsNegotiation is NotSupported, so nothing was saved. Set TlsNegotiation to Required or Optional, or SaslNegotiation to NotSupported, or use -Force to save it anyway (only TCP Dialback can then be used).",
                warnings: r.warnings)
        }
        return .store(warnings: r.warnings)
    }

    // MARK: The derived rule (negotiation.md §7), kept to check the table.

    public static func derivedMethods(tls: XmppNegotiation, sasl: XmppNegotiation, dialback: Bool) -> [XmppAuthenticationMethod] {
        var m: [XmppAuthenticationMethod] = []
        if tls != .notSupported && sasl != .notSupported { m.append(.saslOverTls) }
        if dialback && tls != .notSupported && !(tls == .required && sasl == .required) { m.append(.tlsDialback) }
        if dialback && tls != .required { m.append(.tcpDialback) }
        return m
    }

    public static func derivedIsValid(tls: XmppNegotiation, sasl: XmppNegotiation, dialback: Bool) -> Bool {
        !derivedMethods(tls: tls, sasl: sasl, dialback: dialback).isEmpty
    }

    /// The warning-box texts the rule computes.
    public static func derivedTexts(tls: XmppNegotiation, sasl: XmppNegotiation, dialback: Bool) -> [String] {
        if !derivedIsValid(tls: tls, sasl: sasl, dialback: dialback) {
            if sasl == .notSupported { return [errorNone] }
            if sasl == .required { return [errorNoTls] }
            return [warningTls]
        }
        var w: [String] = []
        if tls == .required && sasl == .required && dialback { w.append(warningDialback) }
        if sasl != .notSupported && tls != .required { w.append(warningTls) }
        return w
    }

    public static func derivedNotes(tls: XmppNegotiation, sasl: XmppNegotiation, dialback: Bool) -> [String] {
        guard sasl == .notSupported && dialback else { return [] }
        switch tls {
        case .required: return [noteTlsDialback]
        case .optional: return [noteEitherDialback]
        case .notSupported: return [noteTcpOnly]
        }
    }
}
