import CsCore

/// The .NET and PowerShell exception types scripts name in `catch [T]`, `trap [T]` and
/// `[T]::new(…)`, with their base types (a catch takes derived types) and .NET's default messages.
enum ExceptionTypes {
    struct Spec {
        let fullName: String
        let base: String
        let defaultMessage: String
        var aliases: [String] = []
    }

    static let all: [Spec] = [
        Spec(fullName: "System.Exception", base: "System.Object", defaultMessage: "Exception of type 'System.Exception' was thrown."),
        Spec(fullName: "System.SystemException", base: "System.Exception", defaultMessage: "System error."),
        Spec(fullName: "System.ApplicationException", base: "System.Exception", defaultMessage: "Error in the application."),
        Spec(fullName: "System.ArgumentException", base: "System.SystemException", defaultMessage: "Value does not fall within the expected range."),
        Spec(fullName: "System.ArgumentNullException", base: "System.ArgumentException", defaultMessage: "Value cannot be null."),
        Spec(fullName: "System.ArgumentOutOfRangeException", base: "System.ArgumentException", defaultMessage: "Specified argument was out of the range of valid values."),
        Spec(fullName: "System.ArithmeticException", base: "System.SystemException", defaultMessage: "Overflow or underflow in the arithmetic operation."),
        Spec(fullName: "System.DivideByZeroException", base: "System.ArithmeticException", defaultMessage: "Attempted to divide by zero."),
        Spec(fullName: "System.OverflowException", base: "System.ArithmeticException", defaultMessage: "Arithmetic operation resulted in an overflow."),
        Spec(fullName: "System.FormatException", base: "System.SystemException", defaultMessage: "One of the identified items was in an invalid format."),
        Spec(fullName: "System.IndexOutOfRangeException", base: "System.SystemException", defaultMessage: "Index was outside the bounds of the array."),
        Spec(fullName: "System.InvalidCastException", base: "System.SystemException", defaultMessage: "Specified cast is not valid."),
        Spec(fullName: "System.InvalidOperationException", base: "System.SystemException", defaultMessage: "Operation is not valid due to the current state of the object."),
        Spec(fullName: "System.ObjectDisposedException", base: "System.InvalidOperationException", defaultMessage: "Cannot access a disposed object."),
        Spec(fullName: "System.NotSupportedException", base: "System.SystemException", defaultMessage: "Specified method is not supported."),
        Spec(fullName: "System.NotImplementedException", base: "System.SystemException", defaultMessage: "The method or operation is not implemented."),
        Spec(fullName: "System.NullReferenceException", base: "System.SystemException", defaultMessage: "Object reference not set to an instance of an object."),
        Spec(fullName: "System.TimeoutException", base: "System.SystemException", defaultMessage: "The operation has timed out."),
        Spec(fullName: "System.UnauthorizedAccessException", base: "System.SystemException", defaultMessage: "Attempted to perform an unauthorized operation."),
        Spec(fullName: "System.OperationCanceledException", base: "System.SystemException", defaultMessage: "The operation was canceled."),
        Spec(fullName: "System.Collections.Generic.KeyNotFoundException", base: "System.SystemException",
             defaultMessage: "The given key was not present in the dictionary."),
        Spec(fullName: "System.IO.IOException", base: "System.SystemException", defaultMessage: "I/O error occurred."),
        Spec(fullName: "System.IO.FileNotFoundException", base: "System.IO.IOException", defaultMessage: "Unable to find the specified file."),
        Spec(fullName: "System.IO.DirectoryNotFoundException", base: "System.IO.IOException", defaultMessage: "Attempted to access a path that is not on the disk."),
        Spec(fullName: "System.Management.Automation.RuntimeException", base: "System.SystemException",
             defaultMessage: "Exception of type 'System.Management.Automation.RuntimeException' was thrown."),
        Spec(fullName: "System.Management.Automation.ParentContainsErrorRecordException", base: "System.SystemException",
             defaultMessage: "Exception of type 'System.Management.Automation.ParentContainsErrorRecordException' was thrown."),
        Spec(fullName: "System.Management.Automation.ScriptRequiresException", base: "System.Management.Automation.RuntimeException",
             defaultMessage: "Exception of type 'System.Management.Automation.ScriptRequiresException' was thrown."),
        Spec(fullName: "System.Management.Automation.ParseException", base: "System.Management.Automation.RuntimeException",
             defaultMessage: "Exception of type 'System.Management.Automation.ParseException' was thrown."),
        Spec(fullName: "System.Management.Automation.IncompleteParseException", base: "System.Management.Automation.ParseException",
             defaultMessage: "Exception of type 'System.Management.Automation.IncompleteParseException' was thrown."),
        Spec(fullName: "System.Management.Automation.CommandNotFoundException", base: "System.Management.Automation.RuntimeException",
             defaultMessage: "Exception of type 'System.Management.Automation.CommandNotFoundException' was thrown."),
        Spec(fullName: "System.Management.Automation.MethodException", base: "System.Management.Automation.RuntimeException",
             defaultMessage: "Exception of type 'System.Management.Automation.MethodException' was thrown."),
        Spec(fullName: "System.Management.Automation.MethodInvocationException", base: "System.Management.Automation.MethodException",
             defaultMessage: "Exception of type 'System.Management.Automation.MethodInvocationException' was thrown."),
        Spec(fullName: "System.Management.Automation.ExtendedTypeSystemException", base: "System.Management.Automation.RuntimeException",
             defaultMessage: "Exception of type 'System.Management.Automation.ExtendedTypeSystemException' was thrown."),
        Spec(fullName: "System.Management.Automation.PropertyNotFoundException", base: "System.Management.Automation.ExtendedTypeSystemException",
             defaultMessage: "Exception of type 'System.Management.Automation.PropertyNotFoundException' was thrown."),
        Spec(fullName: "System.Management.Automation.SetValueInvocationException", base: "System.Management.Automation.ExtendedTypeSystemException",
             defaultMessage: "Exception of type 'System.Management.Automation.SetValueInvocationException' was thrown."),
        Spec(fullName: "System.Management.Automation.ActionPreferenceStopException", base: "System.Management.Automation.RuntimeException",
             defaultMessage: "The running command stopped because the preference variable \"ErrorActionPreference\" or common parameter is set to Stop."),
        Spec(fullName: "System.Management.Automation.PipelineStoppedException", base: "System.Management.Automation.RuntimeException",
             defaultMessage: "The pipeline has been stopped."),
        Spec(fullName: "System.Management.Automation.CmdletInvocationException", base: "System.Management.Automation.RuntimeException",
             defaultMessage: "Exception of type 'System.Management.Automation.CmdletInvocationException' was thrown."),
        Spec(fullName: "System.Management.Automation.ScriptCallDepthException", base: "System.SystemException",
             defaultMessage: "The script failed due to call depth overflow."),
        Spec(fullName: "System.Management.Automation.SessionStateException", base: "System.Management.Automation.RuntimeException",
             defaultMessage: "Exception of type 'System.Management.Automation.SessionStateException' was thrown."),
        Spec(fullName: "System.Management.Automation.ItemNotFoundException", base: "System.Management.Automation.SessionStateException",
             defaultMessage: "Exception of type 'System.Management.Automation.ItemNotFoundException' was thrown."),
        Spec(fullName: "System.Management.Automation.DriveNotFoundException", base: "System.Management.Automation.SessionStateException",
             defaultMessage: "Exception of type 'System.Management.Automation.DriveNotFoundException' was thrown."),
        Spec(fullName: "System.Management.Automation.ProviderNotFoundException", base: "System.Management.Automation.SessionStateException",
             defaultMessage: "Exception of type 'System.Management.Automation.ProviderNotFoundException' was thrown."),
        Spec(fullName: "System.Management.Automation.ParameterBindingException", base: "System.Management.Automation.RuntimeException",
             defaultMessage: "Exception of type 'System.Management.Automation.ParameterBindingException' was thrown."),
        Spec(fullName: "System.Management.Automation.MetadataException", base: "System.Management.Automation.RuntimeException",
             defaultMessage: "Exception of type 'System.Management.Automation.MetadataException' was thrown."),
        Spec(fullName: "System.Management.Automation.ValidationMetadataException", base: "System.Management.Automation.MetadataException",
             defaultMessage: "Exception of type 'System.Management.Automation.ValidationMetadataException' was thrown."),
        Spec(fullName: "System.Management.Automation.PSInvalidCastException", base: "System.InvalidCastException",
             defaultMessage: "Specified cast is not valid."),
        Spec(fullName: "System.Management.Automation.PSArgumentException", base: "System.ArgumentException",
             defaultMessage: "Value does not fall within the expected range."),
        Spec(fullName: "System.Management.Automation.PSArgumentNullException", base: "System.ArgumentNullException", defaultMessage: "Value cannot be null."),
        Spec(fullName: "System.Management.Automation.PSArgumentOutOfRangeException", base: "System.ArgumentOutOfRangeException",
             defaultMessage: "Specified argument was out of the range of valid values."),
        Spec(fullName: "System.Management.Automation.PSInvalidOperationException", base: "System.InvalidOperationException",
             defaultMessage: "Operation is not valid due to the current state of the object."),
        Spec(fullName: "System.Management.Automation.PSNotSupportedException", base: "System.NotSupportedException",
             defaultMessage: "Specified method is not supported."),
        Spec(fullName: "System.Management.Automation.PSNotImplementedException", base: "System.NotImplementedException",
             defaultMessage: "The method or operation is not implemented."),
    ]

    static func spec(_ fullName: String) -> Spec? {
        let k = fullName.caseFoldedKey
        return all.first { $0.fullName.caseFoldedKey == k }
    }

    /// The type and its bases, most derived first.
    static func chain(_ fullName: String) -> [String] {
        var out: [String] = []
        var t: String? = fullName
        while let n = t, let s = spec(n) {
            out.append(s.fullName)
            t = s.base == "System.Object" ? nil : s.base
        }
        if out.isEmpty { out = [fullName, "System.Exception"] }
        return out + ["System.Object"]
    }

    /// An exception object (`[ArgumentException]::new('x')`): Message, InnerException and the other
    /// members scripts read; `ToString()` is `Type: Message`.
    static func make(_ fullName: String, message: String?, inner: PSValue = .null, parameterName: String? = nil) -> PSObject {
        var text = message ?? spec(fullName)?.defaultMessage ?? "Exception of type '\(fullName)' was thrown."
        if let p = parameterName, !p.isEmpty { text += " (Parameter '\(p)')" }
        var properties: [(String, PSValue)] = [
            ("Message", .string(text)), ("Data", .hashtable(PSHashtable())), ("InnerException", inner), ("TargetSite", .null),
            ("StackTrace", .null), ("HelpLink", .null), ("Source", .null), ("HResult", .int(-2146233088)),
        ]
        if parameterName != nil { properties.insert(("ParamName", .string(parameterName!)), at: 1) }
        let o = PSObject(typeNames: chain(fullName), properties: properties)
        o.toStringOverride = fullName + ": " + text
        return o
    }
}
