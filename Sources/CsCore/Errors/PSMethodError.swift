/// Why a .NET-style method of a value failed (`$d.AddDays(1e9)`, `$d.ToString('fffffffff')`): the
/// inner exception's message and type, which the shell wraps in PowerShell's "Exception calling …".
public struct PSMethodError: Error, Equatable, DescribedError {
    public let message: String
    public let exceptionType: String
    /// For an inner exception that carries its own ErrorRecord (ParseException): that record's
    /// FullyQualifiedErrorId, which a script reads as `$_.Exception.InnerException.ErrorRecord`.
    public let innerErrorId: String?

    public init(_ message: String, exceptionType: String = "System.ArgumentOutOfRangeException", innerErrorId: String? = nil) {
        self.message = message
        self.exceptionType = exceptionType
        self.innerErrorId = innerErrorId
    }

    /// .NET's FormatException for a format string it cannot read.
    public static let badFormat = PSMethodError("Input string was not in a correct format.", exceptionType: "System.FormatException")
}
