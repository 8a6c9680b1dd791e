import CsCore
import CsLanguage

/// One evaluated element of a command line, ready for binding.
enum CommandArgument {
    /// `-Name` or `-Name:value`.
    case parameter(name: String, text: String, range: SourceRange, colonArgument: ArgumentValue?)
    case value(ArgumentValue)
}
