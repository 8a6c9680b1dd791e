/// PowerShell's ErrorCategory names, as CategoryInfo prints them.
public enum ErrorCategory: String, Sendable, CaseIterable {
    case NotSpecified, OpenError, CloseError, DeviceError, DeadlockDetected, InvalidArgument, InvalidData,
         InvalidOperation, InvalidResult, InvalidType, MetadataError, NotImplemented, NotInstalled,
         ObjectNotFound, OperationStopped, OperationTimeout, SyntaxError, ParserError, PermissionDenied,
         ResourceBusy, ResourceExists, ResourceUnavailable, ReadError, WriteError, FromStdErr, SecurityError,
         ProtocolError, ConnectionError, AuthenticationError, LimitsExceeded, QuotaExceeded, NotEnabled
}
