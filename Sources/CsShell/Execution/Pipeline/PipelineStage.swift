import CsCore

/// One command of a running pipeline: PowerShell's begin / process / end phases.
protocol PipelineStage: OutputSink {
    var next: OutputSink { get set }
    func begin() throws
    /// The command is first in its pipeline: run its process phase once, with no input.
    func processWithoutInput() throws
    func end() throws
    /// Runs once the pipeline is over, whether it ended normally or by an error (a function's `clean`
    /// block), for every stage whose begin phase ran, in pipeline order.
    func clean()
}

extension PipelineStage {
    func clean() {}
}
