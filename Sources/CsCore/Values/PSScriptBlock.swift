/// A script block as the cmdlet layer sees it: opaque code with its source text. The shell's
/// interpreter provides the concrete type and knows how to invoke it.
public protocol PSScriptBlock: AnyObject {
    /// The text between the braces.
    var text: String { get }
}
