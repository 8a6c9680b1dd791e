/// Tab completion of one parameter's values, declared with the parameter (PowerShell's
/// `[ArgumentCompleter()]`): given the session's services and the text typed so far (without quotes),
/// the candidate values. Enum parameters need none: their members complete by themselves.
public struct ArgumentCompleter: Sendable {
    public let complete: @Sendable (_ services: any ServiceProvider, _ typed: String) -> [String]

    public init(_ complete: @escaping @Sendable (_ services: any ServiceProvider, _ typed: String) -> [String]) {
        self.complete = complete
    }
}
