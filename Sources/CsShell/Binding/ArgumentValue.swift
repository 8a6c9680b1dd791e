import CsCore
import CsLanguage

/// An argument's value with where it came from.
struct ArgumentValue {
    var value: PSValue
    var range: SourceRange
    /// The source spelling of a number literal, which a [string] parameter receives as written.
    var literalText: String?
    /// The value of a `@hashtable` splat's entry: an explicit `-Name value` for the same parameter wins.
    var fromSplat = false

    init(_ value: PSValue, range: SourceRange, literalText: String? = nil, fromSplat: Bool = false) {
        self.value = value
        self.range = range
        self.literalText = literalText
        self.fromSplat = fromSplat
    }
}
