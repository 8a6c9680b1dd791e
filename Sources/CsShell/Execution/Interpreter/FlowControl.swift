import CsCore

/// Non-error control flow, carried by Swift's error propagation.
enum FlowControl: Error {
    case breakLoop(label: String?)
    case continueLoop(label: String?)
    case returnFromScope
    case exit(Int32)
    /// Ctrl-C, or a downstream command that stopped the pipeline.
    case pipelineStopped
    /// A command has all the input it wants (Select-Object -First N): the commands before it in its
    /// pipeline stop, it and the commands after it end normally (PowerShell's StopUpstreamCommandsException).
    case stopUpstream(requester: ObjectIdentifier)
}
