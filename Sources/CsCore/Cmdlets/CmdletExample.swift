/// One help example: the code, as the user would type it, and what it does.
public struct CmdletExample: Sendable {
    public var title: String
    public var code: String
    public var remarks: String
    public init(_ title: String, code: String, remarks: String) {
        self.title = title
        self.code = code
        self.remarks = remarks
    }
}
