import Foundation
import Synchronization

/// Ctrl-C: the SIGINT handler only sets this flag; pipelines check it between objects.
let interruptRequested = Atomic<Bool>(false)

enum InterruptFlag {
    static func install() {
        signal(SIGINT) { _ in interruptRequested.store(true, ordering: .relaxed) }
    }

    /// Installs the handler for as long as a command runs until Ctrl-C (Start-CsControlPanel), also in
    /// a script, where SIGINT otherwise keeps its default action (or is ignored, in a background job),
    /// and unblocks SIGINT on this thread (a parent may have started csshell with it blocked); the flag
    /// is cleared first. The returned closure puts the previous disposition and mask back.
    static func installForCommand() -> () -> Void {
        clear()
        let previous = signal(SIGINT) { _ in interruptRequested.store(true, ordering: .relaxed) }
        var interrupt = sigset_t(), previousMask = sigset_t()
        sigemptyset(&interrupt)
        sigaddset(&interrupt, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &interrupt, &previousMask)
        return {
            var mask = previousMask
            pthread_sigmask(SIG_SETMASK, &mask, nil)
            _ = signal(SIGINT, previous)
        }
    }

    static var isSet: Bool { interruptRequested.load(ordering: .relaxed) }
    static func clear() { interruptRequested.store(false, ordering: .relaxed) }
}
