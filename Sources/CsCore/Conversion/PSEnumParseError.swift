/// Why text did not convert to an enum member; `message` is PowerShell's inner message.
public enum PSEnumParseError: Error, Equatable {
    case noMatch(String, [String])
    case ambiguous(String, [String])

    public var message: String {
        switch self {
        case let .noMatch(v, names):
            return "Unable to match the identifier name \(v) to a valid enumerator name. Specify one of the following enumerator names and try again:\n\(names.joined(separator: ", "))"
        case let .ambiguous(v, names):
            return "The identifier name \(v) cannot be processed because it is either too similar or identical to the following enumerator names: \(names.joined(separator: ", ")). Use a more specific identifier name."
        }
    }
}
