import CsCore
import CsLanguage

/// One evaluated element of a command line, ready for binding.
enum CommandArgument {
    /// `-Name` or `-Name:value`.
    case parameter(name: String, text: String, range: SourceRange, colonArgument: ArgumentValue?)
    case value(ArgumentValue)
}

extension CommandArgument {
    /// A `-Name:value` taken from a hashtable splat's entry.
    var isFromSplat: Bool {
        switch self {
        case .value: return false
        case let .parameter(_, _, _, colon): return colon?.fromSplat == true
        }
    }
}
