import CsCore
import Foundation

/// Measure-Object: counts objects and computes sum, average, minimum, maximum and standard deviation
/// of numeric properties; or counts lines, words and characters of text.
final class MeasureObjectCommand: InputCollectingCmdlet {
    static let measureInfoType = FormatTypeNames.genericMeasureInfo
    static let textInfoType = "Microsoft.PowerShell.Commands.TextMeasureInfo"

    static let metadata = CmdletMetadata(
        verb: "Measure", noun: "Object", className: "Microsoft.PowerShell.Commands.MeasureObjectCommand",
        aliases: ["measure"],
        parameters: [
            ParameterMetadata("InputObject", .psObject, pipeline: .byValue, description: "Specifies the objects to be measured."),
            ParameterMetadata("Property", .array(.object), position: 0, description: "Specifies one or more properties to measure (wildcards allowed).", acceptsWildcards: true),
            ParameterMetadata("StandardDeviation", .switchParameter, sets: [ParameterSetSpec("GenericMeasure")], description: "Displays the standard deviation of the values."),
            ParameterMetadata("Sum", .switchParameter, sets: [ParameterSetSpec("GenericMeasure")], description: "Displays the sum of the values."),
            ParameterMetadata("AllStats", .switchParameter, sets: [ParameterSetSpec("GenericMeasure")], description: "Displays all the statistics."),
            ParameterMetadata("Average", .switchParameter, sets: [ParameterSetSpec("GenericMeasure")], description: "Displays the average of the values."),
            ParameterMetadata("Maximum", .switchParameter, sets: [ParameterSetSpec("GenericMeasure")], description: "Displays the maximum value."),
            ParameterMetadata("Minimum", .switchParameter, sets: [ParameterSetSpec("GenericMeasure")], description: "Displays the minimum value."),
            ParameterMetadata("Line", .switchParameter, sets: [ParameterSetSpec("TextMeasure")], description: "Counts the number of lines in the input."),
            ParameterMetadata("Word", .switchParameter, sets: [ParameterSetSpec("TextMeasure")], description: "Counts the number of words in the input."),
            ParameterMetadata("Character", .switchParameter, sets: [ParameterSetSpec("TextMeasure")], description: "Counts the number of characters in the input."),
            ParameterMetadata("IgnoreWhiteSpace", .switchParameter, sets: [ParameterSetSpec("TextMeasure")], description: "Ignores white space in character counts."),
        ],
        defaultParameterSet: "GenericMeasure",
        help: CmdletHelp(
            synopsis: "Calculates the numeric properties of objects, and the characters, words, and lines in string objects.",
            description: "Counts the input objects and, for numeric properties, calculates the sum, average, minimum, maximum and standard deviation.",
            examples: [CmdletExample("Example 1: Count the partners", code: "Get-CsXmppAllowedPartner | Measure-Object", remarks: "Shows how many XMPP allowed partners there are.")],
            inputs: "System.Management.Automation.PSObject",
            outputs: "Microsoft.PowerShell.Commands.GenericMeasureInfo, Microsoft.PowerShell.Commands.TextMeasureInfo"),
        outputTypes: [measureInfoType, textInfoType])

    var parameters = BoundParameters()
    var items: [PSValue] = []

    required init() {}

    func end(_ runtime: any ShellRuntime) throws {
        let p = parameters
        if p.parameterSetName == "TextMeasure" { return try measureText(p, runtime) }
        let all = p.isPresent("AllStats")
        let wanted = (sum: all || p.isPresent("Sum"), avg: all || p.isPresent("Average"), max: all || p.isPresent("Maximum"),
                      min: all || p.isPresent("Minimum"), std: all || p.isPresent("StandardDeviation"))
        let numeric = wanted.sum || wanted.avg || wanted.std
        let specs = try runtime.propertySpecs(p["Property"], usage: .group)
        var columns: [(name: String?, values: [PSValue])] = []
        if specs.isEmpty {
            columns = [(nil, items)]
        } else {
            // One result per matched property name, in the order first seen.
            var order: [String] = []
            var byName: [String: [PSValue]] = [:]
            for item in items {
                for s in specs {
                    for (name, value) in try s.values(of: item, invoke: runtime.invoker) {
                        guard let v = value else { continue }
                        if byName[name.caseFoldedKey] == nil { order.append(name); byName[name.caseFoldedKey] = [] }
                        byName[name.caseFoldedKey]!.append(v)
                    }
                }
            }
            for s in specs { if let n = s.plainName, byName[n.caseFoldedKey] == nil {
                try runtime.writeError(ErrorRecord(message: "The property \"\(n)\" cannot be found in the input for any objects.",
                                                   errorId: "GenericMeasurePropertyNotFound", category: .InvalidArgument, target: .string(n),
                                                   exceptionType: "System.Management.Automation.PSArgumentException"))
            } }
            columns = order.map { ($0, byName[$0.caseFoldedKey]!) }
        }
        for (name, values) in columns {
            var numbers: [Double] = []
            var allNumeric = true
            for v in values where !v.isNull {
                if let n = PSConvert.toNumber(v), v.stringValue == nil || PSConvert.parseNumber(v.stringValue!) != nil {
                    if let x = PSNumeric(n)?.doubleValue { numbers.append(x) }
                } else {
                    allNumeric = false
                    if numeric {
                        try runtime.writeError(ErrorRecord(message: "Input object \"\(PSConvert.toString(v))\" is not numeric.", errorId: "NonNumericInputObject",
                                                           category: .InvalidType, target: v, exceptionType: "System.Management.Automation.PSInvalidOperationException"))
                    }
                }
            }
            let count = values.count
            func stat(_ on: Bool, _ f: () -> Double?) -> PSValue { on ? (f().map { .double($0) } ?? .null) : .null }
            let mean = numbers.isEmpty ? nil : numbers.reduce(0, +) / Double(numbers.count)
            var maxV: PSValue = .null, minV: PSValue = .null
            if wanted.max || wanted.min {
                let present = values.filter { !$0.isNull }
                if allNumeric {
                    if wanted.max, let m = numbers.max() { maxV = .double(m) }
                    if wanted.min, let m = numbers.min() { minV = .double(m) }
                } else {
                    let sorted = present.sorted { Comparison.compareStrings(PSConvert.toString($0), PSConvert.toString($1), false) < 0 }
                    if wanted.max { maxV = sorted.last ?? .null }
                    if wanted.min { minV = sorted.first ?? .null }
                }
            }
            let info = PSObject(typeNames: [MeasureObjectCommand.measureInfoType, "Microsoft.PowerShell.Commands.MeasureInfo", "System.Object"], properties: [
                ("Count", .int(count)),
                ("Average", stat(wanted.avg) { mean }),
                ("Sum", stat(wanted.sum) { numbers.reduce(0, +) }),
                ("Maximum", maxV),
                ("Minimum", minV),
                ("StandardDeviation", stat(wanted.std) {
                    guard let m = mean, numbers.count > 1 else { return numbers.count == 1 ? 0 : nil }
                    return (numbers.map { ($0 - m) * ($0 - m) }.reduce(0, +) / Double(numbers.count - 1)).squareRoot()
                }),
                ("Property", name.map { .string($0) } ?? .null),
            ])
            runtime.writeObject(.object(info))
        }
    }

    private func measureText(_ p: BoundParameters, _ runtime: any ShellRuntime) throws {
        let specs = try runtime.propertySpecs(p["Property"], usage: .group)
        var texts: [String] = []
        for item in items {
            if specs.isEmpty { texts.append(PSConvert.toString(item)); continue }
            for s in specs { for (_, v) in try s.values(of: item, invoke: runtime.invoker) { if let v { texts.append(PSConvert.toString(v)) } } }
        }
        let ignore = p.isPresent("IgnoreWhiteSpace")
        let lines = texts.reduce(0) { $0 + $1.split(separator: "\n", omittingEmptySubsequences: true).count }
        let words = texts.reduce(0) { $0 + $1.split(whereSeparator: { $0.isWhitespace }).count }
        let chars = texts.reduce(0) { $0 + (ignore ? $1.filter { !$0.isWhitespace }.count : $1.count) }
        var props: [(String, PSValue)] = []
        if p.isPresent("Line") { props.append(("Lines", .int(lines))) }
        if p.isPresent("Word") { props.append(("Words", .int(words))) }
        if p.isPresent("Character") { props.append(("Characters", .int(chars))) }
        props.append(("Property", .null))
        runtime.writeObject(.object(PSObject(typeNames: [MeasureObjectCommand.textInfoType, "System.Object"], properties: props)))
    }
}
