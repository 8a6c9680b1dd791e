// Parsing is recursive descent, so deep nesting needs stack. The parse runs on a thread of its own
// with a large stack, whatever thread (and stack size) the caller is on.

import Glibc

/// A parse handed to the large-stack thread.
final class ParseJob: @unchecked Sendable {
    let source: SourceText
    var result: Result<ScriptBlockAst, ParseError>?

    init(_ source: SourceText) { self.source = source }

    func run() {
        do throws(ParseError) {
            result = .success(try Parser.parseOnCurrentThread(source))
        } catch {
            result = .failure(error)
        }
    }
}

/// Runs the job on a new thread with a 64 MiB stack (address space only: pages are touched as used)
/// and waits for it; runs it on the calling thread if no thread can be created.
func runOnLargeStack(_ job: ParseJob) {
    #if canImport(Glibc) || canImport(Musl) || canImport(Darwin)
    var attributes = pthread_attr_t()
    pthread_attr_init(&attributes)
    defer { pthread_attr_destroy(&attributes) }
    pthread_attr_setstacksize(&attributes, 64 << 20)
    let context = Unmanaged.passRetained(job).toOpaque()
    #if canImport(Darwin)
    var thread: pthread_t?
    #else
    var thread = pthread_t()
    #endif
    let rc = pthread_create(&thread, &attributes, { context in
        let job = Unmanaged<ParseJob>.fromOpaque(context!).takeRetainedValue()
        job.run()
        return nil
    }, context)
    if rc == 0 {
        #if canImport(Darwin)
        pthread_join(thread!, nil)
        #else
        pthread_join(thread, nil)
        #endif
        return
    }
    Unmanaged<ParseJob>.fromOpaque(context).release()
    #endif
    job.run()
}
