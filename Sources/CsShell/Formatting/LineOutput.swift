// Where formatted text goes: the console, Out-String's buffer, a file. The formatter writes whole lines
// (no line terminator) and asks the output how wide a line may be.

/// A line-oriented text sink with a width. `width` is the number of columns a formatted table or list
/// may use: the terminal's width for the console (PowerShell itself uses one less than the buffer
/// width there), `-Width` for Out-String / Out-File, else 120.
public protocol LineOutput: AnyObject {
    var width: Int { get }
    func writeLine(_ line: String)
}

/// Collects lines in memory (Out-String, tests).
public final class StringLineOutput: LineOutput {
    public let width: Int
    public private(set) var lines: [String] = []

    public init(width: Int = 120) {
        self.width = width
    }

    public func writeLine(_ line: String) {
        lines.append(line)
    }

    /// Every line followed by "\n" (what Out-String returns).
    public var text: String {
        var s = ""
        for l in lines { s += l; s += "\n" }
        return s
    }
}

/// Passes each line to a closure (console writers, Out-String -Stream, Out-File).
public final class ClosureLineOutput: LineOutput {
    public let width: Int
    private let sink: (String) -> Void

    public init(width: Int, _ sink: @escaping (String) -> Void) {
        self.width = width
        self.sink = sink
    }

    public func writeLine(_ line: String) { sink(line) }
}
