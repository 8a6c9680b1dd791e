import CsCore

/// Where a statement's or a command's success output goes: the next command in a pipeline, a
/// variable being assigned, a subexpression, or the console formatter.
protocol OutputSink: AnyObject {
    func write(_ value: PSValue) throws
}
