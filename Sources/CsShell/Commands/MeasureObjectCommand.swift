import CsCore
import Foundation

/// Measure-Object: counts objects and computes sum, average, minimum, maximum and standard deviation
/// of numeric properties; or counts lines, words and characters of text. One result per measured
/// property (wildcards expand to each matching property), in the order first seen.
final class MeasureObjectCommand: InputCollectingCmdlet {
    static let measureInfoType = FormatTypeNames.genericMeasureInfo
    static let textInfoType = "Microsoft.PowerShell.Commands.TextMeasureInfo"

    static let metadata = CmdletMetadata(
        verb: "Measure", noun: "Object", className: "Microsoft.PowerShell.Commands.MeasureObjectCommand",
        aliases: ["measure"],
        parameters: [
            ParameterMetadata("InputObject", .psObject, pipeline: .byValue, description: "Specifies the objects to be measured."),
            ParameterMetadata("Property", .array(.object), position: 0,
                              description: "Specifies one or more properties to measure: names (wildcards allowed) or script blocks.", acceptsWildcards: true),
            ParameterMetadata("StandardDeviation", .switchParameter, sets: [ParameterSetSpec("GenericMeasure")], description: "Displays the standard deviation of the values."),
            ParameterMetadata("Sum", .switchParameter, sets: [ParameterSetSpec("GenericMeasure")], description: "Displays the sum of the values."),
            ParameterMetadata("AllStats", .switchParameter, sets: [ParameterSetSpec("GenericMeasure")], description: "Displays all the statistics: sum, average, minimum, maximum and standard deviation."),
            ParameterMetadata("Average", .switchParameter, sets: [ParameterSetSpec("GenericMeasure")], description: "Displays the average of the values."),
            ParameterMetadata("Maximum", .switchParameter, aliases: ["Max"], sets: [ParameterSetSpec("GenericMeasure")], description: "Displays the maximum value (of any values that compare, numbers or not)."),
            ParameterMetadata("Minimum", .switchParameter, aliases: ["Min"], sets: [ParameterSetSpec("GenericMeasure")], description: "Displays the minimum value (of any values that compare, numbers or not)."),
            ParameterMetadata("Line", .switchParameter, sets: [ParameterSetSpec("TextMeasure")], description: "Counts the number of lines in the input."),
            ParameterMetadata("Word", .switchParameter, sets: [ParameterSetSpec("TextMeasure")], description: "Counts the number of words in the input."),
            ParameterMetadata("Character", .switchParameter, sets: [ParameterSetSpec("TextMeasure")], description: "Counts the number of characters in the input."),
            ParameterMetadata("IgnoreWhiteSpace", .switchParameter, sets: [ParameterSetSpec("TextMeasure")], description: "Ignores white space in character counts."),
        ],
        defaultParameterSet: "GenericMeasure",
        help: CmdletHelp(
            synopsis: "Calculates the numeric properties of objects, and the characters, words, and lines in string objects.",
            description: "Counts the input objects and, for numeric properties, calculates the sum, average, minimum, maximum and standard deviation.",
            examples: [
                CmdletExample("Example 1: Count the partners", code: "Get-CsXmppAllowedPartner | Measure-Object", remarks: "Shows how many XMPP allowed partners there are."),
                CmdletExample("Example 2: The longest partner domain", code: "Get-CsXmppAllowedPartner | Measure-Object -Maximum { $_.Identity.Length }",
                              remarks: "Shows the length of the longest partner identity."),
            ],
            inputs: "System.Management.Automation.PSObject",
            outputs: "Microsoft.PowerShell.Commands.GenericMeasureInfo, Microsoft.PowerShell.Commands.TextMeasureInfo"),
        outputTypes: [measureInfoType, textInfoType])

    var parameters = BoundParameters()
    var items: [PSValue] = []

    required init() {}

    /// What is known about one measured property.
    private struct Statistics {
        var count = 0
        var sum = 0.0
        var variance = 0.0
        var min: PSValue?
        var max: PSValue?
        var lines = 0, words = 0, characters = 0
    }

    func end(_ runtime: any ShellRuntime) throws {
        let p = parameters
        let text = p.parameterSetName == "TextMeasure"
        let all = p.isPresent("AllStats")
        let want = (sum: all || p.isPresent("Sum"), avg: all || p.isPresent("Average"), max: all || p.isPresent("Maximum"),
                    min: all || p.isPresent("Minimum"), std: all || p.isPresent("StandardDeviation"),
                    lines: p.isPresent("Line"), words: p.isPresent("Word"), chars: p.isPresent("Character"))
        let ignoreWhiteSpace = p.isPresent("IgnoreWhiteSpace")
        let specs = try runtime.propertySpecs(p["Property"], usage: .group)
        var order: [String] = []
        var stats: [Statistics] = []
        var slots: [String: Int] = [:]
        var nonNumeric = false

        var last: (name: String, slot: Int)?
        @discardableResult
        func entry(_ name: String) -> Int {
            // Mostly the same property again: no need to fold and hash its name.
            if let l = last, l.name == name { return l.slot }
            let key = name.caseFoldedKey
            let slot: Int
            if let i = slots[key] {
                slot = i
            } else {
                order.append(name)
                stats.append(Statistics())
                slot = stats.count - 1
                slots[key] = slot
            }
            last = (name, slot)
            return slot
        }
        let countOnly = !(want.sum || want.avg || want.max || want.min || want.std || want.lines || want.words || want.chars)
        func analyze(_ name: String, _ value: PSValue) throws {
            let slot = entry(name)
            if countOnly { stats[slot].count += 1; return }
            var s = stats[slot]
            defer { stats[slot] = s }
            s.count += 1
            if want.lines || want.words || want.chars {
                let str = value.isNull ? "" : PSConvert.toString(value)
                if want.chars { s.characters += MeasureObjectCommand.characters(str, ignoringWhiteSpace: ignoreWhiteSpace) }
                if want.words { s.words += MeasureObjectCommand.words(str) }
                if want.lines { s.lines += MeasureObjectCommand.lines(str) }
            }
            if want.sum || want.avg || want.std {
                guard let x = MeasureObjectCommand.number(value) else {
                    nonNumeric = true
                    try runtime.writeError(ErrorRecord(message: "Input object \"\(PSConvert.toString(value))\" is not numeric.", errorId: "NonNumericInputObject",
                                                       category: .InvalidType, target: value, exceptionType: "System.Management.Automation.PSInvalidOperationException"))
                    return
                }
                // The running (sample) variance, as PowerShell updates it value by value.
                let previousAverage = s.count > 1 ? s.sum / Double(s.count - 1) : 0
                s.sum += x
                if want.std && s.count > 1 {
                    s.variance *= (Double(s.count) - 2) / Double(s.count - 1)
                    s.variance += (x - previousAverage) * (x - previousAverage) / Double(s.count)
                }
            }
            if want.min { s.min = MeasureObjectCommand.extreme(value, s.min, minimum: true) }
            if want.max { s.max = MeasureObjectCommand.extreme(value, s.max, minimum: false) }
        }

        // With several properties (or a wildcard) one object's property is counted once.
        let mayRepeat = specs.count > 1 || specs.contains { $0.isPattern }
        for item in items where !item.isNull {
            if specs.isEmpty { try analyze("$_", item); continue }
            var counted: [String] = []
            for spec in specs {
                var found = false
                for (name, value) in try spec.values(of: item, invoke: runtime.invoker) {
                    guard let value else { continue }
                    found = true
                    if mayRepeat {
                        let key = name.caseFoldedKey
                        if counted.contains(key) { continue }
                        counted.append(key)
                    }
                    try analyze(name, value)
                }
                // Remembered so that a property no object has can be reported.
                if !found, let n = spec.plainName { entry(n) }
            }
        }
        if items.allSatisfy(\.isNull) && specs.isEmpty { entry("$_") }

        for (slot, name) in order.enumerated() {
            let s = stats[slot]
            if s.count == 0 && !specs.isEmpty {
                if runtime.strictModeVersion >= 2 {
                    var r = ErrorRecord(message: "The property \"\(name)\" cannot be found in the input for any objects.",
                                        errorId: text ? "TextMeasurePropertyNotFound" : "GenericMeasurePropertyNotFound", category: .ObjectNotFound,
                                        exceptionType: "System.Management.Automation.PSArgumentException")
                    r.targetName = ""
                    try runtime.writeError(r)
                }
                continue
            }
            let property: PSValue = specs.isEmpty ? .null : .string(name)
            if text {
                runtime.writeObject(.object(PSObject(typeNames: [MeasureObjectCommand.textInfoType, "Microsoft.PowerShell.Commands.MeasureInfo", "System.Object"], properties: [
                    ("Lines", want.lines ? .int(s.lines) : .null),
                    ("Words", want.words ? .int(s.words) : .null),
                    ("Characters", want.chars ? .int(s.characters) : .null),
                    ("Property", property),
                ])))
                continue
            }
            // Minimum and Maximum are numbers when both are; otherwise the values themselves.
            let numericExtremes = [s.min, s.max].allSatisfy { $0 == nil || MeasureObjectCommand.number($0!) != nil }
            func extreme(_ v: PSValue?) -> PSValue {
                guard let v else { return .null }
                return numericExtremes ? MeasureObjectCommand.number(v).map { .double($0) } ?? .null : v
            }
            runtime.writeObject(.object(PSObject(typeNames: [MeasureObjectCommand.measureInfoType, "Microsoft.PowerShell.Commands.MeasureInfo", "System.Object"], properties: [
                ("Count", .int(s.count)),
                ("Average", want.avg && !nonNumeric && s.count > 0 ? .double(s.sum / Double(s.count)) : .null),
                ("Sum", want.sum && !nonNumeric ? .double(s.sum) : .null),
                ("Maximum", want.max ? extreme(s.max) : .null),
                ("Minimum", want.min ? extreme(s.min) : .null),
                ("StandardDeviation", want.std && !nonNumeric ? .double(s.variance.squareRoot()) : .null),
                ("Property", property),
            ])))
        }
    }

    /// A value as a number, as PowerShell converts it to [double] ($null is 0); nil when it is not one.
    static func number(_ v: PSValue) -> Double? {
        switch v {
        case .null: return 0
        case let .int(i): return Double(i)
        case let .double(d): return d
        case let .bool(b): return b ? 1 : 0
        case let .enumValue(e): return Double(e.value)
        case .number: return PSNumeric(v)?.doubleValue
        case let .string(s):
            let t = s.trimmingCharacters(in: .whitespaces)
            if t.isEmpty { return 0 }
            guard let n = PSConvert.parseNumber(t) else { return nil }
            return PSNumeric(n)?.doubleValue
        default: return nil
        }
    }

    /// The smaller (or larger) of a value and the one kept so far: numbers by value, anything else as text.
    private static func extreme(_ value: PSValue, _ kept: PSValue?, minimum: Bool) -> PSValue? {
        guard let kept else { return value }
        if value.isNull { return kept }
        let c: Int
        if let a = number(value), let b = number(kept) {
            c = a == b ? 0 : (a < b ? -1 : 1)
        } else {
            c = Comparison.compareStrings(PSConvert.toString(value), PSConvert.toString(kept), true)
        }
        return (minimum ? c < 0 : c > 0) ? value : kept
    }

    /// UTF-16 code units, as .NET's String.Length counts (white space left out when asked).
    static func characters(_ s: String, ignoringWhiteSpace: Bool) -> Int {
        ignoringWhiteSpace ? s.unicodeScalars.filter { !$0.properties.isWhitespace }.reduce(0) { $0 + $1.utf16.count } : s.utf16.count
    }

    /// Runs of characters that are not white space.
    static func words(_ s: String) -> Int {
        var count = 0, inWord = false
        for u in s.unicodeScalars {
            if u.properties.isWhitespace { inWord = false } else if !inWord { inWord = true; count += 1 }
        }
        return count
    }

    /// Line feeds, plus one when the text does not end with one ("abc\nd" has two lines, "abc\n" one).
    static func lines(_ s: String) -> Int {
        guard !s.isEmpty else { return 0 }
        let feeds = s.utf8.reduce(0) { $0 + ($1 == 10 ? 1 : 0) }
        return s.utf8.last == 10 ? feeds : feeds + 1
    }
}
