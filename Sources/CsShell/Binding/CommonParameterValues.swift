import CsCore
import CsLanguage

/// The common parameters' values for one command. (-InformationAction, -InformationVariable and
/// -OutBuffer are accepted and have nothing to act on: csshell has no information stream, and output
/// is never buffered.)
struct CommonParameterValues {
    var errorAction: PSEnumValue?
    var warningAction: PSEnumValue?
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
