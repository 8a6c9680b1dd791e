/// Why the Control Panel could not start, or stopped with an error; `message` is for the user.
struct ControlPanelError: Error, Sendable, CustomStringConvertible {
    var message: String
    var errorId: String

    init(_ message: String, errorId: String = "ControlPanelFailed") {
        self.message = message
        self.errorId = errorId
    }

    var description: String { message }
}
