import CsCore
import CsLanguage

extension ParseError: DescribedError {}
extension BindingError: DescribedError {}
extension TextFileError: DescribedError {}

extension Error {
    /// The user-facing text of an error from any layer.
    var message: String {
        switch self {
        case let e as TerminatingError: return e.record.message
        case let e as DescribedError: return e.message
        default: return "\(self)"
        }
    }

    /// The ErrorId an error maps to.
    var errorId: String {
        switch self {
        case let e as PSPropertyError: return e.errorId
        case let e as PSConversionError: return e.errorId
        case let e as ParseError: return e.errorId
        case let e as ErrorRecord: return e.errorId
        default: return "RuntimeException"
        }
    }
}
