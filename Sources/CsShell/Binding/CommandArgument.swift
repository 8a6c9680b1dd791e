import CsCmdlets
import CsLanguage

/// One evaluated element of a command line, ready for binding.
enum CommandArgument {
    /// `-Name` or `-Name:value`.
    case parameter(name: String, text: String, range: SourceRange, colonArgument: ArgumentValue?)
    case value(ArgumentValue)

    var range: SourceRange {
        switch self {
        case let .parameter(_, _, r, _): return r
        case let .value(v): return v.range
        }
    }
}

/// An argument's value with where it came from.
struct ArgumentValue {
    var value: PSValue
    var range: SourceRange
    /// The source spelling of a number literal, which a [string] parameter receives as written.
    var literalText: String?

    init(_ value: PSValue, range: SourceRange, literalText: String? = nil) {
        self.value = value
        self.range = range
        self.literalText = literalText
    }
}

/// The common parameters' values for one command.
struct CommonParameterValues {
    var errorAction: PSEnumValue?
    var warningAction: PSEnumValue?
    var informationAction: PSEnumValue?
    var errorVariable: String?
    var warningVariable: String?
    var outVariable: String?
    var pipelineVariable: String?
    var verbose: Bool?
    var debug: Bool?
    var whatIf: Bool?
    var confirm: Bool?

    mutating func set(_ name: String, _ value: PSValue) {
        switch name.caseFoldedKey {
        case "erroraction": errorAction = enumOf(value)
        case "warningaction": warningAction = enumOf(value)
        case "informationaction": informationAction = enumOf(value)
        case "errorvariable": errorVariable = value.stringValue
        case "warningvariable": warningVariable = value.stringValue
        case "outvariable": outVariable = value.stringValue
        case "pipelinevariable": pipelineVariable = value.stringValue
        case "verbose": verbose = PSConvert.isTrue(value)
        case "debug": debug = PSConvert.isTrue(value)
        case "whatif": whatIf = PSConvert.isTrue(value)
        case "confirm": confirm = PSConvert.isTrue(value)
        default: break
        }
    }

    private func enumOf(_ v: PSValue) -> PSEnumValue? {
        if case let .enumValue(e) = v { return e }
        return nil
    }
}
