// Reading CSV as ConvertFrom-Csv and Import-Csv do; the format is described in CSVWriter.swift.

import CsCore

public struct CSVReaderOptions: Sendable {
    public var delimiter: Character
    /// -Header: the column names; the first line is then data.
    public var header: [String]?

    public init(delimiter: Character = ",", header: [String]? = nil) {
        self.delimiter = delimiter
        self.header = header
    }
}

/// A CSV failure (a header naming a column twice).
public struct CSVError: Error, Equatable, CustomStringConvertible {
    public var message: String
    public var errorId: String
    public var description: String { message }
}

/// Reads CSV records into PSCustomObjects whose properties are strings, as Import-Csv does: an
/// optional `#TYPE` first line (the objects then carry that type name and `CSV:<type>`), other lines
/// starting with `#` before the header skipped, quoted fields with embedded delimiters, doubled quotes
/// and line breaks, blank lines skipped, fields missing at the end of a record → `$null`, extra
/// fields ignored, empty header names → `H1`, `H2`… (with one warning).
public struct CSVReader {
    public static let unspecifiedHeaderWarning =
        "One or more headers were not specified. Default names starting with \"H\" have been used in place of any missing headers."

    private let bytes: [UInt8]
    private let delim: [UInt8]
    private var i = 0
    public private(set) var header: [String]?
    public private(set) var typeName: String?
    /// Warnings to write (at most one: the unspecified-header one).
    public private(set) var warnings: [String] = []
    private var headerRead = false

    public init(_ text: String, options: CSVReaderOptions = CSVReaderOptions()) {
        self.bytes = Array(text.utf8)
        self.delim = Array(String(options.delimiter).utf8)
        self.header = options.header
    }

    /// The header of existing CSV text (for Export-Csv -Append), or nil when it has none.
    public static func readHeader(_ text: String, delimiter: Character = ",") -> [String]? {
        var r = CSVReader(text, options: CSVReaderOptions(delimiter: delimiter))
        guard (try? r.readHeaderIfNeeded()) != nil, let h = r.header, !(h.count == 1 && h[0].isEmpty) else { return nil }
        return h
    }

    /// Every object.
    public mutating func readAll() throws(CSVError) -> [PSValue] {
        var out: [PSValue] = []
        while let o = try next() { out.append(o) }
        return out
    }

    /// The next object, or nil at the end.
    public mutating func next() throws(CSVError) -> PSValue? {
        try readHeaderIfNeeded()
        guard let header else { return nil }
        while true {
            let values = parseRecord()
            if values.isEmpty { return nil }
            if values.count == 1 && values[0].isEmpty { continue }
            return build(header, values)
        }
    }

    private mutating func readHeaderIfNeeded() throws(CSVError) {
        if headerRead { return }
        headerRead = true
        if i < bytes.count && bytes[i] == UInt8(ascii: "#") {
            let line = readLine()
            if line.hasPrefixIgnoringCase("#Type") {
                let t = String(line.dropFirst(5)).trimmingASCIISpaces()
                typeName = t.isEmpty ? nil : t
            }
        }
        while header == nil && i < bytes.count {
            var values = parseRecord()
            while values.count > 1 && values[values.count - 1].isEmpty { values.removeLast() }
            if let first = values.first, first.hasPrefix("#Fields: ") {
                values[0] = String(first.dropFirst(9))
                header = values
            } else if let first = values.first, first.hasPrefix("#") {
                continue
            } else {
                header = values
            }
        }
        if let h = header {
            var seen = Set<String>()
            for name in h where !name.isEmpty {
                if !seen.insert(name.caseFoldedKey).inserted {
                    throw CSVError(message: "The member \"\(name)\" is already present.", errorId: "AlreadyPresentPSMemberInfoInternalCollectionAdd")
                }
            }
        }
    }

    private mutating func build(_ names: [String], _ values: [String]) -> PSValue {
        var props: [(String, PSValue)] = []
        props.reserveCapacity(names.count)
        var unspecified = 1
        for (k, raw) in names.enumerated() {
            var name = raw
            if name.isEmpty {
                name = "H\(unspecified)"
                unspecified += 1
            }
            props.append((name, k < values.count ? .string(values[k]) : .null))
        }
        if unspecified != 1 && warnings.isEmpty { warnings.append(CSVReader.unspecifiedHeaderWarning) }
        if let t = typeName {
            return .object(PSObject(typeNames: [t, "CSV:" + t], properties: props))
        }
        return .object(PSObject(properties: props))
    }

    // MARK: Record parsing (ImportCsvHelper.ParseNextRecord)

    private mutating func readLine() -> String {
        let start = i
        while i < bytes.count && bytes[i] != 0x0A && bytes[i] != 0x0D { i += 1 }
        let s = String(decoding: bytes[start..<i], as: UTF8.self)
        if i < bytes.count && bytes[i] == 0x0D { i += 1 }
        if i < bytes.count && bytes[i] == 0x0A { i += 1 }
        return s
    }

    @inline(__always)
    private func atDelimiter() -> Bool {
        if delim.count == 1 { return bytes[i] == delim[0] }
        if i + delim.count > bytes.count { return false }
        for k in 0..<delim.count where bytes[i + k] != delim[k] { return false }
        return true
    }

    /// Consumes a line break at `i` and returns it (empty when there is none).
    private mutating func newline() -> ArraySlice<UInt8> {
        let start = i
        if bytes[i] == 0x0D {
            i += 1
            if i < bytes.count && bytes[i] == 0x0A { i += 1 }
        } else if bytes[i] == 0x0A {
            i += 1
        }
        return bytes[start..<i]
    }

    private mutating func parseRecord() -> [String] {
        var result: [String] = []
        var current: [UInt8] = []
        var inQuotes = false
        func text(_ b: [UInt8]) -> String { String(decoding: b, as: UTF8.self) }
        while i < bytes.count {
            if atDelimiter() {
                if inQuotes {
                    current.append(contentsOf: delim)
                } else {
                    result.append(text(current))
                    current.removeAll(keepingCapacity: true)
                }
                i += delim.count
                continue
            }
            let ch = bytes[i]
            if ch == UInt8(ascii: "\"") {
                i += 1
                if inQuotes {
                    if i < bytes.count && bytes[i] == UInt8(ascii: "\"") {
                        i += 1
                        current.append(ch)
                    } else {
                        inQuotes = false
                        let end = readTillNextDelimiter(&current, eatTrailingBlanks: true)
                        result.append(text(current))
                        current.removeAll(keepingCapacity: true)
                        if end { break }
                    }
                } else if current.isEmpty {
                    inQuotes = true
                } else {
                    current.append(ch)
                    let end = readTillNextDelimiter(&current, eatTrailingBlanks: false)
                    result.append(text(current))
                    current.removeAll(keepingCapacity: true)
                    if end { break }
                }
            } else if ch == 0x20 || ch == 0x09 {
                i += 1
                if inQuotes {
                    current.append(ch)
                } else if current.isEmpty {
                    continue
                } else {
                    current.append(ch)
                    let end = readTillNextDelimiter(&current, eatTrailingBlanks: true)
                    result.append(text(current))
                    current.removeAll(keepingCapacity: true)
                    if end { break }
                }
            } else if ch == 0x0A || ch == 0x0D {
                let nl = newline()
                if inQuotes {
                    current.append(contentsOf: nl)
                } else {
                    result.append(text(current))
                    current.removeAll(keepingCapacity: true)
                    break
                }
            } else {
                current.append(ch)
                i += 1
            }
        }
        if !current.isEmpty { result.append(text(current)) }
        return result
    }

    /// Reads to the next delimiter or line end; returns true at the end of the record.
    private mutating func readTillNextDelimiter(_ current: inout [UInt8], eatTrailingBlanks: Bool) -> Bool {
        var temp: [UInt8] = []
        var nonWhite = false
        var endOfRecord = false
        while true {
            if i >= bytes.count { endOfRecord = true; break }
            if atDelimiter() { i += delim.count; break }
            let ch = bytes[i]
            if ch == 0x0A || ch == 0x0D { _ = newline(); endOfRecord = true; break }
            temp.append(ch)
            if ch != 0x20 && ch != 0x09 { nonWhite = true }
            i += 1
        }
        if !(eatTrailingBlanks && !nonWhite) { current.append(contentsOf: temp) }
        return endOfRecord
    }
}
