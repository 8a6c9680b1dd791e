// Turning values into the text of a table cell or a list line, and the properties the formatter,
// Select-Object and the CSV writer see on a value.

import CsCore
import Foundation

/// Where a value is shown: tables show doubles with 2 decimals, lists in full.
public enum FormatContext: Sendable {
    case table
    case list
}

public enum FormatValue {
    /// The properties a value shows to the formatter, Select-Object and Export-Csv: an object's
    /// properties in order, a hashtable's keys (CSV, Select-Object), a string's Length; none for
    /// numbers, booleans and the other scalars.
    public static func properties(of v: PSValue) -> [(name: String, value: PSValue)] {
        switch v {
        case let .object(o):
            return o.properties
        case let .hashtable(h):
            return h.entries.map { (name: PSConvert.toString($0.key), value: $0.value) }
        case let .string(s):
            return [(name: "Length", value: .int(s.utf16.count))]
        case let .dateTime(d):
            return d.propertyNames.map { (name: $0, value: d.member($0) ?? .null) }
        case let .timeSpan(t):
            return PSTimeSpan.propertyNames.map { (name: $0, value: t.member($0) ?? .null) }
        default:
            return []
        }
    }

    /// The property names, in order.
    public static func propertyNames(of v: PSValue) -> [String] {
        switch v {
        case let .object(o): return o.names
        default: return properties(of: v).map(\.name)
        }
    }

    /// `$value.Name`, or $null when there is no such member.
    public static func property(_ name: String, of v: PSValue) -> PSValue {
        v.member(name) ?? .null
    }

    /// True for the values PowerShell right-aligns in a table column it sizes itself: numbers,
    /// booleans and enums (FormatViewManager.ComputeDefaultAlignment over DefaultScalarTypes).
    public static func isRightAligned(_ v: PSValue) -> Bool {
        switch v {
        case .int, .double, .number, .bool, .enumValue: return true
        default: return false
        }
    }

    /// True for values printed as one line by Out-Default (no properties to lay out).
    public static func isScalar(_ v: PSValue) -> Bool {
        switch v {
        case .bool, .int, .double, .number, .string, .enumValue, .scriptBlock: return true
        default: return false
        }
    }

    /// The text of a value in a table cell or after a list label. Collections print as `{a, b, c…}`
    /// with at most `enumerationLimit` items (negative: no limit); doubles get 2 decimals in tables.
    public static func text(_ v: PSValue, context: FormatContext, enumerationLimit: Int = 4, formatString: String? = nil) -> String {
        if let fs = formatString, !fs.isEmpty, let s = NetFormat.format(v, fs) { return s }
        switch v {
        case .null:
            return ""
        case let .double(d):
            return context == .table ? NetFormat.fixed(d, 2) : PSConvert.formatDouble(d)
        // Single and Decimal as Double: the current culture's number of decimals in a table.
        case .number where context == .table:
            switch PSNumeric(v) {
            case let .floating(d, _)?: return NetFormat.fixed(d, 2)
            case let .decimal(d)?: return NetFormat.fixed(d.doubleValue, 2)
            default: return PSConvert.toString(v)
            }
        case .array, .list:
            return collection(v.asList.map(elementText), limit: enumerationLimit)
        case let .hashtable(h):
            return collection(h.entries.map { "[\(PSConvert.toString($0.key)), \(elementText($0.value))]" }, limit: enumerationLimit)
        case let .dateTime(d):
            // A date in a cell is its ToString() in the current culture (en-US).
            return DateTimeFormat.general(d, culture: .enUS)
        default:
            return PSConvert.toString(v)
        }
    }

    /// One element inside `{…}` (PSObjectHelper.GetObjectName): its string form; a nested collection
    /// shows as PowerShell converts it to a string (its elements joined by spaces), $null as `$null`.
    static func elementText(_ v: PSValue) -> String {
        switch v {
        case .null: return "$null"
        case .array, .list: return PSConvert.toString(v)
        case let .dateTime(d): return DateTimeFormat.general(d, culture: .enUS)
        default: return PSConvert.toString(v)
        }
    }

    static func collection(_ items: [String], limit: Int) -> String {
        if limit < 0 || items.count <= limit { return "{" + items.joined(separator: ", ") + "}" }
        return "{" + items.prefix(limit).joined(separator: ", ") + DisplayText.ellipsis + "}"
    }
}
