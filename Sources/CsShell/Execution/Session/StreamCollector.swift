import CsCore

/// One -ErrorVariable, -WarningVariable or -InformationVariable of a running advanced function: the
/// records written to its stream by its blocks and by the commands inside it whose output becomes
/// its output (the last command of each pipeline in it, nested ones included).
final class StreamCollector {
    enum Stream { case error, warning, information }
    let stream: Stream
    var items: [PSValue] = []
    init(_ stream: Stream) { self.stream = stream }
}
