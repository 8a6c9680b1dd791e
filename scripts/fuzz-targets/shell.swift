// libFuzzer entry point for whole scripts: the input is parsed, bound and run by the real engine
// against an in-memory store holding a few partners, stopped at the next statement or loop iteration
// after 0.1 s. scripts/fuzz links it with CsLanguage, CsCore, CsXmpp and CsShell built by SwiftPM with
// `-sanitize=fuzzer,address -enable-testing` (the executable target itself does not link that way).
// Scripts that could write files (redirections, file cmdlets) or wait are skipped.

import Foundation
@testable import CsCore
@testable import CsXmpp
@testable import CsShell

private let fixture = [
    "New-CsXmppAllowedPartner -Identity contoso.com -AdditionalDomains europe.contoso.com, asia.contoso.com -WarningAction SilentlyContinue",
    "New-CsXmppAllowedPartner -Identity xmpp.contoso.com -PartnerType Federated -SaslNegotiation Optional",
    "New-CsXmppAllowedPartner -Identity xmpp.fabrikam.org -PartnerType PublicVerified -SaslNegotiation Optional",
].joined(separator: "\n")

private func safeToRun(_ script: String) -> Bool {
    let l = script.lowercased()
    if l.contains(">") { return false }
    return !["out-file", "export-", "set-content", "add-content", "tee", "new-item", "remove-item", "read-",
             "start-", "wait-", "transcript", "epcsv"].contains { l.contains($0) }
}

private func run(_ script: String, store: any XmppStore, budget: Double) -> Int32 {
    let deadline = Date().addingTimeInterval(budget)
    let registry = CommandRegistry(shell: CommandCatalog.shell, modules: [XmppModule.module { XmppStoreService { store } }])
    let session = Session(registry: registry, host: StringHostIO(width: 80), interrupted: { Date() > deadline })
    return ScriptRunner(session: session).run(script, file: nil)
}

/// The fixture's partners, made once by the engine itself; each input gets a fresh store holding them.
nonisolated(unsafe) private let fixturePartners: [XmppAllowedPartner] = {
    let store = InMemoryXmppStore()
    _ = run(fixture, store: store, budget: 10)
    return (try? store.partners()) ?? []
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzShell(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    guard safeToRun(text) else { return 0 }
    let store = InMemoryXmppStore(partners: fixturePartners)
    // The engine runs on a large stack, as csshell's main does.
    final class Job: @unchecked Sendable { let text: String; init(_ t: String) { text = t }; var store: (any XmppStore)? }
    let job = Job(text)
    job.store = store
    let done = DispatchSemaphore(value: 0)
    let thread = Thread { _ = run(job.text, store: job.store!, budget: 0.1); done.signal() }
    thread.stackSize = 64 << 20   // (csshell uses 512 MiB; ASAN makes huge stacks slow to set up)
    thread.start()
    done.wait()
    return 0
}
