import CsCore

/// The text encodings the file cmdlets take with -Encoding (Out-File, Export-Csv, Import-Csv,
/// Get-Content) and that redirection uses: pwsh 7's names (`utf8` is UTF-8 without a BOM, the
/// default; `utf8BOM` writes one), plus the .NET names and code pages scripts commonly pass.
enum TextEncoding: Equatable, Sendable {
    case utf8(bom: Bool)
    case ascii
    case latin1
    case utf16LE
    case utf16BE
    case utf32LE
    case utf32BE
    /// UTF-7 (RFC 2152), as .NET's UTF7Encoding writes it: pwsh still accepts `-Encoding UTF7`.
    case utf7

    static let `default` = TextEncoding.utf8(bom: false)

    /// The encoding a name or code page denotes (case-insensitive), or nil.
    static func named(_ raw: String) -> TextEncoding? {
        switch raw.trimmingASCIISpaces().lowercased() {
        case "utf8", "utf8nobom", "default", "oem": return .utf8(bom: false)
        case "utf8bom", "utf-8", "65001": return .utf8(bom: true)
        case "ascii", "us-ascii", "20127": return .ascii
        case "ansi", "latin1", "iso-8859-1", "28591", "windows-1252", "1252": return .latin1
        case "unicode", "utf-16", "utf-16le", "1200": return .utf16LE
        case "bigendianunicode", "utf-16be", "unicodefffe", "1201": return .utf16BE
        case "utf32", "utf-32", "utf-32le", "12000": return .utf32LE
        case "bigendianutf32", "utf-32be", "12001": return .utf32BE
        // pwsh's legacy FileSystemCmdletProviderEncoding names: String and Unknown are UTF-16LE.
        case "string", "unknown": return .utf16LE
        case "utf7", "utf-7", "65000": return .utf7
        default: return nil
        }
    }

    /// The encoding a bound -Encoding value asks for (nil when absent); an unknown name is pwsh's
    /// argument-transformation error.
    static func from(_ parameters: BoundParameters) throws -> TextEncoding? {
        guard let name = parameters.string("Encoding") else { return nil }
        if let e = named(name) { return e }
        throw ErrorRecord(
            message: "Cannot process argument transformation on parameter 'Encoding'. '\(name)' is not a supported encoding name. For information on defining a custom encoding, see the documentation for the Encoding.RegisterProvider method. (Parameter 'name')",
            errorId: "ParameterArgumentTransformationError", category: .InvalidData, target: .string(name),
            exceptionType: "System.Management.Automation.ParameterBindingArgumentTransformationException")
    }

    /// The byte-order mark written at the start of a new file.
    var preamble: [UInt8] {
        switch self {
        case let .utf8(bom): return bom ? [0xEF, 0xBB, 0xBF] : []
        case .ascii, .latin1, .utf7: return []
        case .utf16LE: return [0xFF, 0xFE]
        case .utf16BE: return [0xFE, 0xFF]
        case .utf32LE: return [0xFF, 0xFE, 0x00, 0x00]
        case .utf32BE: return [0x00, 0x00, 0xFE, 0xFF]
        }
    }

    /// The text's bytes (no preamble). Characters the encoding cannot hold become `?`, as .NET's
    /// replacement fallback does.
    func encode(_ s: String) -> [UInt8] {
        switch self {
        case .utf8: return Array(s.utf8)
        case .ascii: return s.unicodeScalars.map { $0.value < 0x80 ? UInt8($0.value) : 0x3F }
        case .latin1: return s.unicodeScalars.map { $0.value < 0x100 ? UInt8($0.value) : 0x3F }
        case .utf7: return UTF7.encode(s)
        case .utf16LE, .utf16BE:
            var out: [UInt8] = []
            out.reserveCapacity(s.utf16.count * 2)
            for u in s.utf16 {
                if self == .utf16LE { out.append(UInt8(u & 0xFF)); out.append(UInt8(u >> 8)) }
                else { out.append(UInt8(u >> 8)); out.append(UInt8(u & 0xFF)) }
            }
            return out
        case .utf32LE, .utf32BE:
            var out: [UInt8] = []
            out.reserveCapacity(s.unicodeScalars.count * 4)
            for sc in s.unicodeScalars {
                let v = sc.value
                let bytes = [UInt8(v & 0xFF), UInt8((v >> 8) & 0xFF), UInt8((v >> 16) & 0xFF), UInt8(v >> 24)]
                out.append(contentsOf: self == .utf32LE ? bytes : bytes.reversed())
            }
            return out
        }
    }

    /// Decodes bytes the way .NET's StreamReader does: a byte-order mark decides the encoding (and is
    /// dropped); otherwise `fallback`. Invalid sequences become U+FFFD. Without `detectingMark` (.NET's
    /// Encoding.GetString), the bytes are decoded as `fallback` whatever they start with.
    static func decode(_ bytes: [UInt8], fallback: TextEncoding = .default, detectingMark: Bool = true) -> (text: String, encoding: TextEncoding) {
        let (encoding, skip) = (detectingMark ? detect(bytes) : nil) ?? (fallback, 0)
        let body = bytes[skip...]
        switch encoding {
        case .utf8:
            return (String(decoding: body, as: UTF8.self), encoding)
        case .ascii:
            return (String(decoding: body.map { $0 < 0x80 ? $0 : 0x3F }, as: UTF8.self), encoding)
        case .latin1:
            var s = String.UnicodeScalarView()
            for b in body { s.append(Unicode.Scalar(b)) }
            return (String(s), encoding)
        case .utf7:
            return (UTF7.decode(Array(body)), encoding)
        case .utf16LE, .utf16BE:
            var units: [UInt16] = []
            units.reserveCapacity(body.count / 2)
            var i = body.startIndex
            while i + 1 < body.endIndex {
                let a = UInt16(body[i]), b = UInt16(body[i + 1])
                units.append(encoding == .utf16LE ? a | (b << 8) : (a << 8) | b)
                i += 2
            }
            return (String(decoding: units, as: UTF16.self), encoding)
        case .utf32LE, .utf32BE:
            var s = String.UnicodeScalarView()
            var i = body.startIndex
            while i + 3 < body.endIndex {
                let b = [UInt32(body[i]), UInt32(body[i + 1]), UInt32(body[i + 2]), UInt32(body[i + 3])]
                let v = encoding == .utf32LE ? b[0] | (b[1] << 8) | (b[2] << 16) | (b[3] << 24) : (b[0] << 24) | (b[1] << 16) | (b[2] << 8) | b[3]
                s.append(Unicode.Scalar(v) ?? "\u{FFFD}")
                i += 4
            }
            return (String(s), encoding)
        }
    }

    /// The encoding a byte-order mark announces, and the mark's length.
    static func detect(_ b: [UInt8]) -> (TextEncoding, Int)? {
        if b.count >= 4 && b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0 { return (.utf32LE, 4) }
        if b.count >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF { return (.utf32BE, 4) }
        if b.count >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF { return (.utf8(bom: true), 3) }
        if b.count >= 2 && b[0] == 0xFF && b[1] == 0xFE { return (.utf16LE, 2) }
        if b.count >= 2 && b[0] == 0xFE && b[1] == 0xFF { return (.utf16BE, 2) }
        return nil
    }
}
