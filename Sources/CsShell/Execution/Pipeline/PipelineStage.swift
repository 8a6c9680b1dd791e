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
    /// The -ErrorVariable, -WarningVariable and -InformationVariable lists of the command whose output
    /// this command's output becomes: the enclosing command's for the last command of a pipeline,
    /// none for the others (as in PowerShell, where the lists belong to the output pipe).
    var outputCollectors: [StreamCollector] { get set }
}

extension PipelineStage {
    func clean() {}
    var outputCollectors: [StreamCollector] {
        get { [] }
        set {}
    }
}
