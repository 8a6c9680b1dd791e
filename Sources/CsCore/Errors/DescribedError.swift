/// An error whose user-facing text is its `message` (what a shell shows for it, whichever layer
/// threw it). Every error type of the project that users see conforms.
public protocol DescribedError: Error {
    var message: String { get }
}

extension ErrorRecord: DescribedError {}
extension PSPropertyError: DescribedError {}
extension PSListModifierError: DescribedError {}
extension PSConversionError: DescribedError {}
