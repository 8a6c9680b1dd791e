import CsCore
import CsLanguage

/// The common parameters' values for one command. (-OutBuffer is accepted and has nothing to act on:
/// output is never buffered.)
struct CommonParameterValues {
    var errorAction: PSEnumValue?
    var warningAction: PSEnumValue?
    var informationAction: PSEnumValue?
    var informationVariable: String?
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
        case "informationvariable": informationVariable = value.stringValue
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
