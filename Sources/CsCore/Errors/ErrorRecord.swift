// An error as PowerShell records it: message, ErrorId, category, target and the command it came from.
// Cmdlets throw one to stop (a terminating error) or pass one to writeError (non-terminating).

public struct ErrorRecord: Error, @unchecked Sendable {
    public var message: String
    public var errorId: String
    public var category: ErrorCategory
    /// The target's text and type name, as CategoryInfo shows them: `(contoso.com:String)`.
    public var targetName: String
    public var targetTypeName: String
    public var targetObject: PSValue?
    /// The exception's type: short name for CategoryInfo's reason, full name for `$_.Exception`.
    public var exceptionType: String
    /// The command that reported it (CategoryInfo's activity and the display prefix); empty for none.
    public var activity: String
    /// The implementing class appended to the FullyQualifiedErrorId (`Id,Class`); nil for none.
    public var commandClass: String?
    /// Replaces the `Id,Class` rule when PowerShell uses a bare id.
    public var fullyQualifiedErrorIdOverride: String?
    public var position: ErrorPosition?
    public var recommendedAction: String?
    /// The command the display names (`name : message`) when it is not the activity: Write-Error
    /// inside a function reports the function there.
    public var invocationName: String?
    /// The record has ErrorDetails (Write-Error -Exception … -Message, -RecommendedAction): its message
    /// is `message`, which then replaces the exception's own (`exceptionMessage`) in what is shown.
    public var hasErrorDetails = false
    /// The exception's message when ErrorDetails show another one; nil when it is `message`.
    public var exceptionMessage: String?
    /// The .NET type of the exception's InnerException, when the engine wraps one (a failed cast's
    /// RuntimeException wraps a PSInvalidCastException); catch and trap also match it.
    public var innerExceptionType: String?
    /// CategoryInfo's Reason when set explicitly (Write-Error -CategoryReason); else the exception's short type name.
    public var reasonOverride: String?
    /// The exception object a script threw or made (`throw [ArgumentException]::new('x')`), which
    /// `$_.Exception` is; nil for the errors the engine and cmdlets make.
    public var exceptionObject: PSValue?

    public init(message: String, errorId: String, category: ErrorCategory, target: PSValue? = nil,
                exceptionType: String = "System.Management.Automation.RuntimeException") {
        self.message = message
        self.errorId = errorId
        self.category = category
        self.targetObject = target
        if let t = target, !t.isNull {
            self.targetName = PSConvert.toString(t)
            let full = t.typeName ?? ""
            self.targetTypeName = String(full.split(separator: ".").last ?? Substring(full))
        } else {
            self.targetName = ""
            self.targetTypeName = ""
        }
        self.exceptionType = exceptionType
        self.activity = ""
        self.commandClass = nil
    }

    public var reason: String { reasonOverride ?? String(exceptionType.split(separator: ".").last ?? Substring(exceptionType)) }

    public var fullyQualifiedErrorId: String {
        if let o = fullyQualifiedErrorIdOverride { return o }
        if let c = commandClass, !c.isEmpty { return errorId + "," + c }
        return errorId
    }

    /// `Category: (target:Type) [Activity], Reason`
    public var categoryInfo: String {
        "\(category.rawValue): (\(targetName):\(targetTypeName)) [\(activity)], \(reason)"
    }

    /// A runtime error from the engine itself (not from a cmdlet): `RuntimeException` with a bare id.
    public static func runtime(_ message: String, id: String, category: ErrorCategory = .InvalidOperation, target: PSValue? = nil,
                               exceptionType: String = "System.Management.Automation.RuntimeException") -> ErrorRecord {
        var r = ErrorRecord(message: message, errorId: id, category: category, target: target, exceptionType: exceptionType)
        r.activity = ""
        return r
    }
}

/// PowerShell's ErrorCategory names, as CategoryInfo prints them.
public enum ErrorCategory: String, Sendable, CaseIterable {
    case NotSpecified, OpenError, CloseError, DeviceError, DeadlockDetected, InvalidArgument, InvalidData,
         InvalidOperation, InvalidResult, InvalidType, MetadataError, NotImplemented, NotInstalled,
         ObjectNotFound, OperationStopped, OperationTimeout, SyntaxError, ParserError, PermissionDenied,
         ResourceBusy, ResourceExists, ResourceUnavailable, ReadError, WriteError, FromStdErr, SecurityError,
         ProtocolError, ConnectionError, AuthenticationError, LimitsExceeded, QuotaExceeded, NotEnabled
}
