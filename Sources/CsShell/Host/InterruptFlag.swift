import Foundation
import Synchronization

/// Ctrl-C: the SIGINT handler only sets this flag; pipelines check it between objects.
let interruptRequested = Atomic<Bool>(false)

enum InterruptFlag {
    static func install() {
        signal(SIGINT) { _ in interruptRequested.store(true, ordering: .relaxed) }
    }

    static var isSet: Bool { interruptRequested.load(ordering: .relaxed) }
    static func clear() { interruptRequested.store(false, ordering: .relaxed) }
}
