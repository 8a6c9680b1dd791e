import CsCmdlets
import CsLanguage

extension Error {
    /// The user-facing text of an error from any layer.
    var message: String {
        switch self {
        case let e as PSConversionError: return e.message
        case let e as PSListModifierError: return e.message
        case let e as PSPropertyError: return e.message
        case let e as ErrorRecord: return e.message
        case let e as ParseError: return e.message
        case let e as BindingError: return e.message
        case let e as TextFileError: return e.message
        case let e as TerminatingError: return e.record.message
        case let e as XmppStoreError: return e.message
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
