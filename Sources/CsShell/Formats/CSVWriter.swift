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
// what PowerShell's own string conversion (`"$list"`, `[string]$list`, $OFS) gives. An empty list
// becomes an empty string. The XMPP cmdlets read such a cell back as the list (a domain name contains
// no space or comma, so `-AdditionalDomains $_.AdditionalDomains` and `Import-Csv | Set-…` take the
// names apart, and an empty cell is no domain); other consumers can use `-split ' '`.
// Doubles are written in their shortest round-trip form (.NET Core's ToString()).

import CsCore

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
        if case let .object(o) = value, let first = o.typeNames.first { t = first }
        if t.hasPrefixIgnoringCase("CSV:") { t = String(t.dropFirst(4)) }
        return "#TYPE " + t
    }

    /// The text of a cell; nil for `$null` (an empty, unquoted field).
    public static func fieldText(_ v: PSValue) -> String? {
        switch v {
        case .null: return nil
        case let .double(d): return DoubleFormat.roundTrip(d).replacingNaN()
        case let .array(a): return a.map(elementText).joined(separator: " ")
        // ToString() of a date: the current culture's (en-US) general form.
        case let .dateTime(d): return DateTimeFormat.general(d, culture: .enUS)
        default: return PSConvert.toString(v)
        }
    }

    private static func elementText(_ v: PSValue) -> String {
        switch v {
        case .array: return "System.Object[]"
        case let .double(d): return DoubleFormat.roundTrip(d).replacingNaN()
        default: return PSConvert.toString(v)
        }
    }

    /// The property's value, or nil when the object has no such property.
    static func lookup(_ name: String, in value: PSValue) -> PSValue? {
        switch value {
        case let .object(o): return o[name]
        case let .hashtable(h): return h[name]
        // A date, a time span, a file: the properties its type adapts (DateTime's Ticks, …).
        default: return value.property(name)
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
