// ConvertTo-Csv / Export-Csv and ConvertFrom-Csv / Import-Csv in pwsh 7's form
// (powershell-language.md §5.8; CSVCommands.cs ExportCsvHelper and ImportCsvHelper).
//
// Writing: the header comes from the first object's property names; every field is double-quoted
// unless -UseQuotes AsNeeded/Never or -QuoteFields says otherwise; `$null` is an empty, unquoted
// field; embedded quotes are doubled; delimiters and line breaks stay inside the quotes.
//
// Collections in cells: PowerShell writes a cell with the value's .NET ToString(), so a list of
// domains becomes `System.Object[]` (or `System.Collections.Generic.List`1[System.String]`) and the
// data is lost. csshell writes a collection as its elements joined with a single space, which is also
// what PowerShell's own string conversion (`"$list"`, `[string]$list`, $OFS) gives. Domain names never
// contain spaces, so `$_.AdditionalDomains -split ' '` recreates the list on import. An empty list
// becomes an empty string; note that `'' -split ' '` is one empty string, so importers should drop
// empty entries (`-split ' ' | Where-Object { $_ }`) or the cmdlet should ignore empty domains.
// Doubles are written in their shortest round-trip form (.NET Core's ToString()).

import CsCmdlets

public enum CSVQuoting: Sendable, Equatable {
    case always
    case asNeeded
    case never
}

public struct CSVWriterOptions: Sendable {
    public var delimiter: Character
    /// -UseQuotes (default Always).
    public var quoting: CSVQuoting
    /// -QuoteFields: quote only these columns (case-insensitive); overrides `quoting`.
    public var quoteFields: [String]?
    /// -IncludeTypeInformation: a `#TYPE <type name>` line first.
    public var includeTypeInformation: Bool
    /// -NoHeader.
    public var noHeader: Bool

    public init(delimiter: Character = ",", quoting: CSVQuoting = .always, quoteFields: [String]? = nil,
                includeTypeInformation: Bool = false, noHeader: Bool = false) {
        self.delimiter = delimiter
        self.quoting = quoting
        self.quoteFields = quoteFields
        self.includeTypeInformation = includeTypeInformation
        self.noHeader = noHeader
    }
}

/// Turns objects into CSV records. Feed every pipeline object to `write`; it returns the records to
/// output (the first call also returns the `#TYPE` line and the header). A record may contain line
/// breaks inside quoted fields.
public struct CSVWriter {
    public let options: CSVWriterOptions
    /// The columns, fixed by the first object (or given for -Append).
    public private(set) var columns: [String]?
    private var started: Bool
    private let quoteSet: Set<String>?

    public init(options: CSVWriterOptions = CSVWriterOptions()) {
        self.options = options
        self.columns = nil
        self.started = false
        self.quoteSet = options.quoteFields.map { Set($0.map(\.caseFoldedKey)) }
    }

    /// For Export-Csv -Append to a file that already has a header: the file's columns, no header or
    /// `#TYPE` line written; an object's extra properties are skipped and missing ones left empty.
    public init(appendingTo columns: [String], options: CSVWriterOptions = CSVWriterOptions()) {
        self.init(options: options)
        self.columns = columns
        self.started = true
    }

    /// The records for one object.
    public mutating func write(_ value: PSValue) -> [String] {
        var out: [String] = []
        if !started {
            started = true
            let names = FormatValue.propertyNames(of: value)
            columns = names
            if options.includeTypeInformation { out.append(CSVWriter.typeLine(for: value)) }
            if !options.noHeader { out.append(names.map { quote($0, column: $0) }.joined(separator: String(options.delimiter))) }
        }
        out.append(record(value))
        return out
    }

    /// The record (one line, unless a field holds line breaks) for an object, in the current columns.
    public func record(_ value: PSValue) -> String {
        let cols = columns ?? FormatValue.propertyNames(of: value)
        var fields: [String] = []
        fields.reserveCapacity(cols.count)
        for c in cols {
            let v = CSVWriter.lookup(c, in: value)
            if let text = v.flatMap(CSVWriter.fieldText) { fields.append(quote(text, column: c)) } else { fields.append("") }
        }
        return fields.joined(separator: String(options.delimiter))
    }

    /// Columns of the current header that the object lacks (Export-Csv -Append without -Force reports
    /// the first one as an error).
    public func missingColumns(of value: PSValue) -> [String] {
        (columns ?? []).filter { CSVWriter.lookup($0, in: value) == nil }
    }

    /// PowerShell's message for appending an object that lacks a column of the file.
    public static func appendMismatchMessage(file: String, column: String) -> String {
        "Cannot append CSV content to the following file: \(file). The appended object does not have a property that corresponds to the following column: \(column). To continue with mismatched properties, add the -Force parameter, and then retry the command."
    }

    /// `#TYPE <first type name>` (a `CSV:` prefix from Import-Csv removed).
    public static func typeLine(for value: PSValue) -> String {
        var t = value.typeName ?? ""
        if t.hasPrefixIgnoringCase("CSV:") { t = String(t.dropFirst(4)) }
        return "#TYPE " + t
    }

    /// The text of a cell; nil for `$null` (an empty, unquoted field).
    public static func fieldText(_ v: PSValue) -> String? {
        switch v {
        case .null: return nil
        case let .double(d): return JSONWriter.roundTrip(d).replacingNaN()
        case let .array(a): return a.map(elementText).joined(separator: " ")
        default: return PSConvert.toString(v)
        }
    }

    private static func elementText(_ v: PSValue) -> String {
        switch v {
        case .array: return "System.Object[]"
        case let .double(d): return JSONWriter.roundTrip(d).replacingNaN()
        default: return PSConvert.toString(v)
        }
    }

    /// The property's value, or nil when the object has no such property.
    static func lookup(_ name: String, in value: PSValue) -> PSValue? {
        switch value {
        case let .object(o): return o[name]
        case let .hashtable(h): return h[name]
        case let .string(s): return name.equalsIgnoringCase("Length") ? .int(s.utf16.count) : nil
        default: return nil
        }
    }

    private func quote(_ text: String, column: String) -> String {
        if let q = quoteSet {
            return q.contains(column.caseFoldedKey) ? CSVWriter.quoteAlways(text) : text
        }
        switch options.quoting {
        case .always:
            return CSVWriter.quoteAlways(text)
        case .never:
            return text
        case .asNeeded:
            let d = options.delimiter
            // PowerShell quotes for the delimiter, `"` and LF. csshell also quotes for CR, which the
            // reader (like PowerShell's) would take for the end of the record, and for leading blanks,
            // which the reader would drop: what AsNeeded writes reads back unchanged.
            let needs = text.first == " " || text.first == "\t"
                || text.contains(where: { $0 == d || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
            return needs ? CSVWriter.quoteAlways(text) : text
        }
    }

    static func quoteAlways(_ s: String) -> String {
        if !s.utf8.contains(0x22) { return "\"" + s + "\"" }
        var out = "\""
        for sc in s.unicodeScalars {
            if sc == "\"" { out += "\"\"" } else { out.unicodeScalars.append(sc) }
        }
        out += "\""
        return out
    }
}

private extension String {
    /// .NET writes NaN and the infinities as `NaN`, `Infinity`, `-Infinity`; JSON quoted them.
    func replacingNaN() -> String { hasPrefix("\"") ? String(dropFirst().dropLast()) : self }
}

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
