import Dispatch
import Hummingbird
import HummingbirdCore
import HummingbirdTLS
import Logging
import NIOCore
import NIOPosix
import NIOSSL
import ServiceLifecycle
import Synchronization

/// Runs the Control Panel's web server from synchronous code, on the shell's thread, until Ctrl-C.
enum ControlPanelServer {
    /// One event loop thread for every run of the panel in this process, created on first use and
    /// never shut down: Hummingbird finishes a graceful shutdown in a task of its own that may still
    /// schedule work on the loop after the server has returned (NIO then prints "Cannot schedule tasks
    /// on an EventLoop that has already shut down"), and a panel started again reuses the thread.
    private static let eventLoopGroup = MultiThreadedEventLoopGroup(numberOfThreads: 1)

    /// Serves until `interrupted()` turns true, then shuts down gracefully and returns. The backend's
    /// calls run on the calling thread, one at a time, while it waits.
    ///
    /// - Parameter announce: called once, on this thread, with the sign-in URL when the socket is bound.
    /// - Throws: `ControlPanelError` when the server cannot start (address or port not usable, a
    ///   certificate that does not load) or fails while running.
    static func run(_ configuration: ControlPanelConfiguration, backend: PanelBackend,
                    interrupted: () -> Bool, announce: (String) -> Void) throws {
        let wakeUp = DispatchSemaphore(value: 0)
        let gate = CallerThreadGate(wakeUp: wakeUp)
        // No log lines: the shell's streams are the user's, and sign-in tokens must never be logged.
        let logger = Logger(label: "csshell.control-panel", factory: { _ in SwiftLogNoOpLogHandler() })
        let server: HTTPServerBuilder
        if let files = configuration.tls {
            server = try .tls(.http1(), tlsConfiguration: try loadTLS(files))
        } else {
            server = .http1()
        }
        let address = ListeningAddress(configuration)
        let sessions = SessionStore()
        let routes = PanelRoutes(gate: gate, sessions: sessions, address: address)
        let status = RunStatus(wakeUp: wakeUp)
        let app = Application(
            router: routes.router(),
            server: server,
            configuration: .init(address: .hostname(configuration.address, port: configuration.port), serverName: nil),
            onServerRunning: { channel in
                address.bound(port: channel.localAddress?.port)
                status.markRunning()
            },
            eventLoopGroupProvider: .shared(eventLoopGroup),
            logger: logger
        )
        // No signal handlers of its own: the shell owns SIGINT; `interrupted` reports it.
        let group = ServiceGroup(configuration: .init(services: [app], gracefulShutdownSignals: [], logger: logger))
        let task = Task.detached {
            do {
                try await group.run()
                status.markFinished(error: nil)
            } catch {
                status.markFinished(error: error)
            }
        }

        var announced = false
        var shutdownDeadline: ContinuousClock.Instant?
        var cancelled = false
        while true {
            _ = wakeUp.wait(timeout: .now() + .milliseconds(100))
            gate.runPending(on: backend)
            switch status.phase {
            case .starting:
                break
            case .running:
                if !announced {
                    announced = true
                    announce(address.signInURL(token: sessions.firstSignInToken))
                }
            case let .finished(error):
                // Handlers still waiting for the backend get their answer before the server is gone.
                gate.runPending(on: backend)
                if let error { throw describe(error, configuration) }
                return
            }
            if shutdownDeadline == nil, interrupted() {
                shutdownDeadline = .now + configuration.shutdownGracePeriod
                Task { await group.triggerGracefulShutdown() }
            }
            if let deadline = shutdownDeadline, !cancelled, ContinuousClock.now >= deadline {
                cancelled = true
                task.cancel()
            }
        }
    }

    private static func loadTLS(_ files: ControlPanelConfiguration.TLSFiles) throws -> TLSConfiguration {
        let chain: [NIOSSLCertificate]
        do {
            chain = try NIOSSLCertificate.fromPEMFile(files.certificatePath)
        } catch {
            throw ControlPanelError("Cannot load the certificate '\(files.certificatePath)': \(describeTLS(error)).", errorId: "ControlPanelCertificateNotLoaded")
        }
        let key: NIOSSLPrivateKey
        do {
            key = try NIOSSLPrivateKey(file: files.keyPath, format: .pem)
        } catch {
            throw ControlPanelError("Cannot load the private key '\(files.keyPath)': \(describeTLS(error)).", errorId: "ControlPanelCertificateNotLoaded")
        }
        guard !chain.isEmpty else {
            throw ControlPanelError("The file '\(files.certificatePath)' holds no PEM certificate.", errorId: "ControlPanelCertificateNotLoaded")
        }
        return TLSConfiguration.makeServerConfiguration(certificateChain: chain.map { .certificate($0) }, privateKey: .privateKey(key))
    }

    private static func describeTLS(_ error: any Error) -> String {
        if let e = error as? IOError { return "\(e.description)" }
        return "it is missing, unreadable or not in PEM form (\(error))"
    }

    private static func describe(_ error: any Error, _ configuration: ControlPanelConfiguration) -> ControlPanelError {
        let place = "\(configuration.address) port \(configuration.port)"
        if let error = error as? IOError {
            switch error.errnoCode {
            case EADDRINUSE:
                return ControlPanelError("Port \(configuration.port) on \(configuration.address) is already in use. Choose another with -Port (0 lets the system choose).",
                                         errorId: "ControlPanelPortInUse")
            case EADDRNOTAVAIL:
                return ControlPanelError("Cannot listen on \(place): the address is not one of this machine's.", errorId: "ControlPanelAddressNotAvailable")
            case EACCES:
                return ControlPanelError("Cannot listen on \(place): permission denied (ports below 1024 need privileges).", errorId: "ControlPanelAddressNotAvailable")
            default:
                return ControlPanelError("Cannot listen on \(place): \(error.description).", errorId: "ControlPanelAddressNotAvailable")
            }
        }
        if let error = error as? ControlPanelError { return error }
        if "\(type(of: error))".contains("Resolution") || "\(error)".contains("resolve") {
            return ControlPanelError("Cannot listen on \(place): the address cannot be resolved.", errorId: "ControlPanelAddressNotAvailable")
        }
        return ControlPanelError("The Control Panel stopped: \(error)")
    }
}

/// The server task's progress, shared with the thread that waits for it.
private final class RunStatus: Sendable {
    enum Phase: Sendable {
        case starting
        case running
        case finished(error: (any Error)?)
    }

    private let state = Mutex<Phase>(.starting)
    private let wakeUp: DispatchSemaphore

    init(wakeUp: DispatchSemaphore) {
        self.wakeUp = wakeUp
    }

    var phase: Phase { state.withLock { $0 } }

    func markRunning() {
        state.withLock { $0 = .running }
        wakeUp.signal()
    }

    func markFinished(error: (any Error)?) {
        state.withLock { $0 = .finished(error: error) }
        wakeUp.signal()
    }
}
