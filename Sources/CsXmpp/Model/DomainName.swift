import CsCore

// DNS names for partner identities, additional domains and ProxyFqdn (contract.md): labels of 1–63
// letters, digits or hyphens, not starting or ending with a hyphen; 253 characters at most; stored in
// lower case with a trailing dot dropped.

/// A per-object validation failure: becomes a non-terminating error for that object.
public struct XmppValidationError: Error, Equatable, Sendable {
    public var message: String
    public var errorId: String
    public var category: ErrorCategory
    /// The offending value (the error record's target), when there is one.
    public var target: String?

    public init(_ message: String, errorId: String, category: ErrorCategory = .InvalidArgument, target: String? = nil) {
        self.message = message
        self.errorId = errorId
        self.category = category
        self.target = target
    }

    /// A domain that another partner holds (every backend, whichever check finds it).
    public static func domainInUse(_ domain: String, holder: String) -> XmppValidationError {
        XmppValidationError("The domain '\(domain)' already belongs to the XMPP allowed partner '\(holder)'; a domain can belong to only one partner.",
                            errorId: "XmppDomainInUse", category: .ResourceExists, target: domain)
    }
}

public enum DomainName {
    public static let maxLength = 253
    public static let maxLabelLength = 63

    /// The domain names a list of values holds. A string may hold several names separated by white
    /// space or commas (a DNS name contains neither), as Export-Csv writes a list of domains (`a.com
    /// b.com`) and as an administrator types one (`'a.com, b.com'`); empty entries are dropped, so an
    /// empty CSV cell is no domain at all. The names are not checked here.
    public static func names(in values: [PSValue]) -> [String] {
        var out: [String] = []
        for v in values {
            let text = PSConvert.toString(v)
            if !text.utf8.contains(where: isSeparator) {
                if !text.isEmpty { out.append(text) }
                continue
            }
            for part in text.utf8.split(whereSeparator: isSeparator) { out.append(String(decoding: part, as: UTF8.self)) }
        }
        return out
    }

    private static func isSeparator(_ b: UInt8) -> Bool {
        b == UInt8(ascii: " ") || b == UInt8(ascii: ",") || b == UInt8(ascii: "\t") || b == UInt8(ascii: "\n") || b == UInt8(ascii: "\r")
    }

    /// The name in stored form (lower case, trailing dot dropped) when valid; otherwise a message saying
    /// what is wrong, naming the value (`role` names what it is: "The domain", "The ProxyFqdn", ...).
    public static func normalize(_ given: String, role: String = "The domain", errorId: String = "InvalidDomainName") throws(XmppValidationError) -> String {
        if isNormalizedValid(given) { return given }
        // Spaces around a name (a spreadsheet cell's) are not part of it.
        let raw = trimmed(given)
        func fail(_ why: String) -> XmppValidationError {
            XmppValidationError("\(role) '\(raw)' is not a valid DNS name: \(why)", errorId: errorId, target: raw)
        }
        var bytes = Array(raw.utf8)
        if bytes.last == UInt8(ascii: ".") { bytes.removeLast() }
        if bytes.isEmpty { throw fail(raw.isEmpty ? "it is empty." : "it has no labels.") }
        if bytes.count > maxLength {
            throw fail("it is \(bytes.count) characters long; a DNS name can be at most \(maxLength).")
        }
        var labelStart = 0
        var i = 0
        while i <= bytes.count {
            if i == bytes.count || bytes[i] == UInt8(ascii: ".") {
                let label = bytes[labelStart..<i]
                if label.isEmpty { throw fail("it contains an empty label (two dots in a row, or a leading dot).") }
                let text = String(decoding: label, as: UTF8.self)
                if label.count > maxLabelLength {
                    throw fail("the label '\(text)' is \(label.count) characters long; a label can be at most \(maxLabelLength).")
                }
                if label.first == UInt8(ascii: "-") { throw fail("the label '\(text)' starts with a hyphen.") }
                if label.last == UInt8(ascii: "-") { throw fail("the label '\(text)' ends with a hyphen.") }
                labelStart = i + 1
            } else {
                let c = bytes[i]
                switch c {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"):
                    break
                case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    bytes[i] = c + 32
                default:
                    // Name the offending character (whole, even when it is not ASCII; a control
                    // character by its code point).
                    let s = Array(raw)
                    let bad = s.first { ch in !(ch.isASCII && (ch.isLetter || ch.isNumber || ch == "-" || ch == ".")) }
                    let shown = bad.map { ch -> String in
                        if ch == " " { return "a space" }
                        if let sc = ch.unicodeScalars.first, sc.isControlCharacter { return "the control character \(CodePoint.name(sc))" }
                        return "'\(ch)'"
                    } ?? "an invalid character"
                    var why = "it contains \(shown); a DNS name may contain only letters, digits, hyphens and dots."
                    if raw.unicodeScalars.contains(where: { !$0.isASCII && !$0.isControlCharacter && !$0.properties.isWhitespace }),
                       let ascii = Punycode.asciiForm(ofDomain: raw), isNormalizedValid(ascii.hasSuffix(".") ? String(ascii.dropLast()) : ascii) {
                        why += " An internationalized name is stored in its ASCII (punycode) form: use '\(ascii.hasSuffix(".") ? String(ascii.dropLast()) : ascii)'."
                    }
                    throw fail(why)
                }
            }
            i += 1
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// True when the name is already in stored form and valid (the common case when loading a store),
    /// checked without allocating.
    static func isNormalizedValid(_ s: String) -> Bool {
        var count = 0, labelLength = 0
        var previous: UInt8 = UInt8(ascii: ".")
        for c in s.utf8 {
            count += 1
            switch c {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                labelLength += 1
            case UInt8(ascii: "-"):
                if previous == UInt8(ascii: ".") { return false }
                labelLength += 1
            case UInt8(ascii: "."):
                if previous == UInt8(ascii: ".") || previous == UInt8(ascii: "-") { return false }
                labelLength = 0
            default:
                return false
            }
            if labelLength > maxLabelLength { return false }
            previous = c
        }
        return count > 0 && count <= maxLength && previous != UInt8(ascii: ".") && previous != UInt8(ascii: "-")
    }

    /// The name without the white space around it.
    static func trimmed(_ raw: String) -> String {
        guard let first = raw.unicodeScalars.first, let last = raw.unicodeScalars.last,
              first.properties.isWhitespace || last.properties.isWhitespace else { return raw }
        let scalars = raw.unicodeScalars
        var a = scalars.startIndex, b = scalars.endIndex
        while a < b && scalars[a].properties.isWhitespace { a = scalars.index(after: a) }
        while b > a && scalars[scalars.index(before: b)].properties.isWhitespace { b = scalars.index(before: b) }
        return String(scalars[a..<b])
    }

    /// The lookup key for a name that may not be valid: white space around it and a trailing dot
    /// dropped, lower case.
    public static func lookupKey(_ raw: String) -> String {
        var s = trimmed(raw).caseFoldedKey
        if s.hasSuffix(".") && s.count > 1 { s.removeLast() }
        return s
    }
}
