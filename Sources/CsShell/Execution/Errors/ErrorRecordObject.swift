import CsCore

/// An ErrorRecord as a script sees it: `$Error[0]`, `$_` in a catch block, a record merged into the
/// output with `2>&1`. Properties follow System.Management.Automation.ErrorRecord.
enum ErrorRecordObject {
    static let typeName = "System.Management.Automation.ErrorRecord"
    static let categoryInfoTypeName = "System.Management.Automation.ErrorCategoryInfo"

    final class Box {
        let record: ErrorRecord
        init(_ r: ErrorRecord) { record = r }
    }

    static func make(_ r: ErrorRecord) -> PSObject {
        let exceptionText = r.exceptionMessage ?? r.message
        let exception: PSValue
        if let e = r.exceptionObject {
            exception = e
        } else {
            var inner: PSValue = .null
            if let innerType = r.innerExceptionType {
                let i = PSObject(typeNames: ExceptionTypes.chain(innerType),
                                 properties: [("Message", .string(exceptionText)), ("InnerException", .null), ("HResult", .int(-2147467262))])
                i.toStringOverride = exceptionText
                inner = .object(i)
            }
            let o = PSObject(typeNames: ExceptionTypes.chain(r.exceptionType),
                             properties: [("Message", .string(exceptionText)), ("InnerException", inner), ("HResult", .int(-2146233087))])
            o.toStringOverride = exceptionText
            exception = .object(o)
        }
        var details: PSValue = .null
        if r.hasErrorDetails || r.recommendedAction != nil {
            let d = PSObject(typeNames: ["System.Management.Automation.ErrorDetails", "System.Object"], properties: [
                ("Message", .string(r.message)), ("RecommendedAction", .string(r.recommendedAction ?? "")),
            ])
            d.toStringOverride = r.message
            details = .object(d)
        }
        let category = PSObject(typeNames: [categoryInfoTypeName, "System.Object"], properties: [
            ("Category", .string(r.category.rawValue)), ("Activity", .string(r.activity)), ("Reason", .string(r.reason)),
            ("TargetName", .string(r.targetName)), ("TargetType", .string(r.targetTypeName)),
        ])
        category.toStringOverride = r.categoryInfo
        var invocation: PSValue = .null
        if let p = r.position {
            let info = PSObject(typeNames: ["System.Management.Automation.InvocationInfo", "System.Object"], properties: [
                ("ScriptName", .string(p.file ?? "")), ("ScriptLineNumber", .int(p.line)), ("OffsetInLine", .int(p.column)),
                ("Line", .string(p.lineText)), ("PositionMessage", .string(ErrorRecordView.positionMessage(p))),
            ])
            invocation = .object(info)
        }
        let o = PSObject(typeNames: [typeName, "System.Object"], properties: [
            ("Exception", exception),
            ("TargetObject", r.targetObject ?? .null),
            ("CategoryInfo", .object(category)),
            ("FullyQualifiedErrorId", .string(r.fullyQualifiedErrorId)),
            ("ErrorDetails", details),
            ("InvocationInfo", invocation),
            // The frame where the error happened (csshell keeps no call stack on the record):
            // `at <ScriptBlock>, /path/script.ps1: line 2`.
            ("ScriptStackTrace", .string(r.position.map { "at <ScriptBlock>, \($0.file ?? "<No file>"): line \($0.line)" } ?? "")),
        ])
        o.toStringOverride = r.message
        // The record keeps its exception object, so a rethrown error carries the same exception.
        var record = r
        record.exceptionObject = exception
        o.native = Box(record)
        return o
    }

    /// The record behind an ErrorRecord object, if `v` is one.
    static func record(from v: PSValue) -> ErrorRecord? {
        guard case let .object(o) = v, let box = o.native as? Box else { return nil }
        return box.record
    }
}
