import CsCore

/// A warning as an object in the output (`Write-Warning … 3>&1`): System.Management.Automation.WarningRecord,
/// whose Message is the text and whose string is the text.
enum WarningRecordObject {
    static let typeName = "System.Management.Automation.WarningRecord"

    static func make(_ message: String) -> PSObject {
        let o = PSObject(typeNames: [typeName, "System.Management.Automation.InformationalRecord", "System.Object"],
                         properties: [("Message", .string(message)), ("InvocationInfo", .null)])
        o.toStringOverride = message
        return o
    }

    /// The message of a WarningRecord, if `v` is one.
    static func message(of v: PSValue) -> String? {
        guard case let .object(o) = v, o.typeNames.first == typeName else { return nil }
        return PSConvert.toString(o["Message"] ?? .null)
    }
}
