/// Why assigning a property failed; `message` is PowerShell's text.
public enum PSPropertyError: Error, Equatable {
    /// `$obj.Missing = 1` on an object without that property.
    case notFound(String)
    case readOnly(String)
    /// The value did not convert to the property's declared type.
    case conversion(String, String)

    public var errorId: String {
        switch self {
        case .notFound: return "PropertyNotFound"
        case .readOnly: return "PropertyAssignmentException"
        case .conversion: return "ExceptionWhenSetting"
        }
    }

    public var message: String {
        switch self {
        case let .notFound(n): return "The property '\(n)' cannot be found on this object. Verify that the property exists and can be set."
        case let .readOnly(n): return "'\(n)' is a ReadOnly property."
        case let .conversion(n, m): return "Exception setting \"\(n)\": \"\(m)\""
        }
    }
}
