import CsCore
import CsLanguage

/// A parameter-binding failure with PowerShell's ErrorId and message (ParameterBinderStrings.resx),
/// and the source range to underline. Turned into an ErrorRecord by the engine.
struct BindingError: Error, @unchecked Sendable {
    var errorId: String
    var message: String
    var category: ErrorCategory = .InvalidArgument
    var exceptionType = "System.Management.Automation.ParameterBindingException"
    var range: SourceRange?
    var target: PSValue?

    static func namedParameterNotFound(_ name: String, _ range: SourceRange?) -> BindingError {
        BindingError(errorId: "NamedParameterNotFound", message: "A parameter cannot be found that matches parameter name '\(name)'.", range: range)
    }

    static func ambiguousParameter(_ name: String, _ matches: [String], _ range: SourceRange?) -> BindingError {
        BindingError(errorId: "AmbiguousParameter",
                     message: "Parameter cannot be processed because the parameter name '\(name)' is ambiguous. Possible matches include:\(matches.map { " -" + $0 }.joined()).",
                     range: range)
    }

    static func missingArgument(_ p: ParameterMetadata, _ range: SourceRange?) -> BindingError {
        BindingError(errorId: "MissingArgument",
                     message: "Missing an argument for parameter '\(p.name)'. Specify a parameter of type '\(p.type.fullName)' and try again.",
                     range: range)
    }

    static func parameterAlreadyBound(_ p: ParameterMetadata, _ range: SourceRange?) -> BindingError {
        BindingError(errorId: "ParameterAlreadyBound",
                     message: "Cannot bind parameter because parameter '\(p.name)' is specified more than once. To provide multiple values to parameters that can accept multiple values, use the array syntax. For example, \"-parameter value1,value2,value3\".",
                     range: range)
    }

    static func positionalParameterNotFound(_ argText: String, _ range: SourceRange?) -> BindingError {
        BindingError(errorId: "PositionalParameterNotFound",
                     message: "A positional parameter cannot be found that accepts argument '\(argText)'.", range: range)
    }

    static func ambiguousPositionalParameterNoName(_ range: SourceRange?) -> BindingError {
        BindingError(errorId: "AmbiguousPositionalParameterNoName", message: "Cannot bind positional parameters because no names were given.", range: range)
    }

    /// A script parameter's type constraint could not convert the argument (ArgumentTypeConverterAttribute).
    static func argumentTransformation(_ p: ParameterMetadata, _ inner: String, _ range: SourceRange?) -> BindingError {
        BindingError(errorId: "ParameterArgumentTransformationError", message: "Cannot process argument transformation on parameter '\(p.name)'. \(inner)",
                     category: .InvalidData, exceptionType: "System.Management.Automation.ParameterBindingArgumentTransformationException", range: range)
    }

    static func ambiguousParameterSet(_ range: SourceRange?) -> BindingError {
        BindingError(errorId: "AmbiguousParameterSet",
                     message: "Parameter set cannot be resolved using the specified named parameters. One or more parameters issued cannot be used together or an insufficient number of parameters were provided.",
                     range: range)
    }

    static func missingMandatory(_ names: [String], _ range: SourceRange?) -> BindingError {
        BindingError(errorId: "MissingMandatoryParameter",
                     message: "Cannot process command because of one or more missing mandatory parameters:\(names.map { " " + $0 }.joined()).",
                     range: range)
    }

    static func inputObjectNotBound(_ input: PSValue) -> BindingError {
        BindingError(errorId: "InputObjectNotBound",
                     message: "The input object cannot be bound to any parameters for the command either because the command does not take pipeline input or the input and its properties do not match any of the parameters that take pipeline input.",
                     range: nil, target: input)
    }

    static func inputObjectMissingMandatory(_ names: [String], _ input: PSValue) -> BindingError {
        BindingError(errorId: "InputObjectMissingMandatory",
                     message: "The input object cannot be bound because it did not contain the information required to bind all mandatory parameters: \(names.map { " " + $0 }.joined())",
                     range: nil, target: input)
    }

    /// `Cannot bind parameter 'X'. <inner>` (a conversion failure with its own message).
    static func cannotConvertNoMessage(_ p: ParameterMetadata, _ inner: String, _ range: SourceRange?) -> BindingError {
        BindingError(errorId: "CannotConvertArgumentNoMessage", message: "Cannot bind parameter '\(p.name)'. \(inner)", range: range)
    }

    /// `Cannot convert 'System.String' to the type 'System.Boolean' required by parameter 'X'. <reason>`
    static func cannotConvert(_ p: ParameterMetadata, from source: String, reason: String, _ range: SourceRange?) -> BindingError {
        BindingError(errorId: "CannotConvertArgument",
                     message: "Cannot convert '\(source)' to the type '\(p.type.fullName)' required by parameter '\(p.name)'. \(reason)",
                     range: range)
    }

    static func validation(_ id: String, _ message: String, _ range: SourceRange?) -> BindingError {
        BindingError(errorId: id, message: message, category: .InvalidData,
                     exceptionType: "System.Management.Automation.ParameterBindingValidationException", range: range)
    }

    static func nullNotAllowed(_ p: ParameterMetadata, _ range: SourceRange?) -> BindingError {
        validation("ParameterArgumentValidationErrorNullNotAllowed", "Cannot bind argument to parameter '\(p.name)' because it is null.", range)
    }

    static func emptyStringNotAllowed(_ p: ParameterMetadata, _ range: SourceRange?) -> BindingError {
        validation("ParameterArgumentValidationErrorEmptyStringNotAllowed", "Cannot bind argument to parameter '\(p.name)' because it is an empty string.", range)
    }

    static func emptyArrayNotAllowed(_ p: ParameterMetadata, _ range: SourceRange?) -> BindingError {
        validation("ParameterArgumentValidationErrorEmptyArrayNotAllowed", "Cannot bind argument to parameter '\(p.name)' because it is an empty array.", range)
    }

    static func argumentValidation(_ p: ParameterMetadata, _ detail: String, _ range: SourceRange?) -> BindingError {
        validation("ParameterArgumentValidationError", "Cannot validate argument on parameter '\(p.name)'. \(detail)", range)
    }
}
