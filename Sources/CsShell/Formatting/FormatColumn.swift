// Property selection for Format-Table, Format-List and Select-Object: names with wildcards and
// calculated properties (`@{Name='x'; Expression={…}; Width=10; Alignment='Right'; FormatString='N2'}`).
// Script blocks are run by the caller (the interpreter) through a closure, so this layer needs no
// parser or interpreter.

import CsCore

public enum FormatAlignment: Sendable, Equatable {
    /// Not given: views show it left-aligned; self-sized tables pick by the value's type.
    case undefined
    case left
    case center
    case right
}

/// Runs a script block with `$_` set to the input, returning its output (several outputs as an array).
public typealias ScriptBlockInvoker = (_ block: any PSScriptBlock, _ input: PSValue) throws -> PSValue

/// One column of a table (or one line of a list): a label and how to get the value from an object.
public struct FormatColumn {
    public var label: String
    public var alignment: FormatAlignment
    /// A fixed width in cells; nil lets the table size the column from its rows.
    public var width: Int?
    public var formatString: String?
    public var value: (PSValue) throws -> PSValue

    public init(label: String, alignment: FormatAlignment = .undefined, width: Int? = nil, formatString: String? = nil,
                value: @escaping (PSValue) throws -> PSValue) {
        self.label = label
        self.alignment = alignment
        self.width = width
        self.formatString = formatString
        self.value = value
    }

    /// A column showing a property (missing → empty).
    public static func property(_ name: String, label: String? = nil, alignment: FormatAlignment = .undefined, width: Int? = nil) -> FormatColumn {
        FormatColumn(label: label ?? name, alignment: alignment, width: width) { FormatValue.property(name, of: $0) }
    }
}

/// A failure in a formatting or property argument; `message` is the text to report.
public struct FormatError: Error, Equatable, CustomStringConvertible {
    public var message: String
    public var errorId: String
    public init(_ message: String, errorId: String) {
        self.message = message
        self.errorId = errorId
    }
    public var description: String { message }
}

extension PropertySpec {
    /// The (name, value) pairs this property gives for an object, as Select-Object, Sort-Object,
    /// Group-Object and Measure-Object read them: a wildcard name expands to the object's matching
    /// properties (in its order); a plain name gives its value, or nil when the object lacks it; a
    /// script block runs with `$_` set to the object (label: the calculated name, else its text).
    public func values(of input: PSValue, invoke: ScriptBlockInvoker?) throws -> [(String, PSValue?)] {
        switch expression {
        case let .name(name):
            if !isCalculated && WildcardPattern.hasWildcards(name) {
                let pattern = WildcardPattern(name)
                return FormatValue.propertyNames(of: input).filter { pattern.matches($0) }.map { ($0, input.member($0)) }
            }
            return [(label ?? name, input.property(name))]
        case let .scriptBlock(sb):
            let v = try invoke?(sb, input) ?? .null
            return [(label ?? sb.text.trimmingASCIISpaces(), v)]
        }
    }

    /// True for a bare wildcard name (which may match nothing without being an error).
    public var isPattern: Bool {
        if case let .name(n) = expression { return !isCalculated && WildcardPattern.hasWildcards(n) }
        return false
    }

    /// The name of a plain (non-wildcard, non-script) property, if this is one.
    public var plainName: String? {
        if case let .name(n) = expression, !isPattern { return n }
        return nil
    }
}

extension FormatColumn {
    /// Columns for the given property arguments, resolved against a sample object (the first input):
    /// wildcard names expand to the sample's matching properties in its order; plain names stay even
    /// when the sample lacks them (an empty column); duplicates from wildcards are dropped.
    /// `invoke` runs calculated-property script blocks; without it a script block yields $null.
    /// `exclude` (-ExcludeProperty) drops the property names it matches; calculated properties stay.
    public static func resolve(_ specs: [PropertySpec], sample: PSValue, invoke: ScriptBlockInvoker? = nil,
                               exclude: [WildcardPattern] = []) -> [FormatColumn] {
        var out: [FormatColumn] = []
        var seen = Set<String>()
        func excluded(_ name: String) -> Bool { exclude.contains { $0.matches(name) } }
        for spec in specs {
            switch spec.expression {
            case let .name(name):
                if !spec.isCalculated && excluded(name) { continue }
                if !spec.isCalculated && WildcardPattern.hasWildcards(name) {
                    let pattern = WildcardPattern(name)
                    for p in FormatValue.propertyNames(of: sample) where pattern.matches(p) && !seen.contains(p.caseFoldedKey) && !excluded(p) {
                        seen.insert(p.caseFoldedKey)
                        out.append(.property(p, label: spec.label, alignment: spec.alignment ?? .undefined, width: spec.width))
                    }
                } else {
                    seen.insert(name.caseFoldedKey)
                    var c = FormatColumn.property(name, label: spec.label, alignment: spec.alignment ?? .undefined, width: spec.width)
                    c.formatString = spec.formatString
                    out.append(c)
                }
            case let .scriptBlock(sb):
                let label = spec.label ?? sb.text.trimmingASCIISpaces()
                out.append(FormatColumn(label: label, alignment: spec.alignment ?? .undefined, width: spec.width,
                                        formatString: spec.formatString) { input in
                    guard let invoke else { return .null }
                    return try invoke(sb, input)
                })
            }
        }
        return out
    }

    /// One column per property of the value, in order.
    public static func allProperties(of value: PSValue) -> [FormatColumn] {
        FormatValue.propertyNames(of: value).map { FormatColumn.property($0) }
    }
}
