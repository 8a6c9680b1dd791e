import Dispatch
import Synchronization

/// Runs the request handlers' calls into the backend on the thread that started the panel (the
/// shell's own thread), one at a time: that thread drains the queue while it waits for the server.
/// The backend (the session's store and cmdlets) never leaves it, so it needs no lock and no
/// `Sendable` conformance, and cmdlet code keeps the shell thread's large stack.
final class CallerThreadGate: Sendable {
    typealias Job = @Sendable (PanelBackend) -> Void

    private let pending = Mutex<[Job]>([])
    private let wakeUp: DispatchSemaphore

    init(wakeUp: DispatchSemaphore) {
        self.wakeUp = wakeUp
    }

    /// Runs `body` with the backend on the owner thread and returns its result.
    func perform<R: Sendable>(_ body: @escaping @Sendable (PanelBackend) throws -> R) async throws -> R {
        try await withCheckedThrowingContinuation { continuation in
            pending.withLock { jobs in
                jobs.append { backend in continuation.resume(with: Result { try body(backend) }) }
            }
            wakeUp.signal()
        }
    }

    /// Runs the queued jobs. Call only on the owner thread.
    func runPending(on backend: PanelBackend) {
        while true {
            let jobs = pending.withLock { jobs in
                let taken = jobs
                jobs.removeAll()
                return taken
            }
            if jobs.isEmpty { return }
            for job in jobs { job(backend) }
        }
    }
}
