import CsCore
import CsLanguage

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
