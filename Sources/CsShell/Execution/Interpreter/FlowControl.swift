import CsCore

/// Non-error control flow, carried by Swift's error propagation.
enum FlowControl: Error {
    case breakLoop(label: String?)
    case continueLoop(label: String?)
    case returnFromScope
    case exit(Int32)
    /// Ctrl-C, or a downstream command that stopped the pipeline.
    case pipelineStopped
    /// A command has all the input it wants (`Select-Object -First n`): the commands before it in its
    /// pipeline stop (no more process, no end), it and those after it end normally.
    case stopUpstream(ObjectIdentifier)
}
