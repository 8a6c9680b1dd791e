import CsCore
import CsXmpp

// Start-CsControlPanel: serves the Control Panel's XMPP Federated Partners pages (csshell's own; in
// Lync the Control Panel is a web application of its own) until Ctrl-C.

public final class StartCsControlPanelCommand: Cmdlet {
    public static let defaultPort = 8443
    public static let defaultAddress = "127.0.0.1"

    public static let metadata = CmdletMetadata(
        verb: "Start", noun: "CsControlPanel",
        className: "Csshell.Commands.StartControlPanelCmdlet",
        module: ControlPanelModule.name,
        parameters: [
            ParameterMetadata("Port", .int32, validations: [.range(0, 65535)],
                              description: "The TCP port to listen on. 0 lets the system choose a free port; the sign-in URL names it. The default is 8443.",
                              defaultValue: String(defaultPort)),
            ParameterMetadata("Address", .string, validations: [.notNullOrEmpty],
                              description: "The IP address (or host name) to listen on. The default, 127.0.0.1, serves this machine only, over HTTP. Any address that is not a loopback address (127.0.0.0/8, ::1, localhost) requires -CertificatePath and -KeyPath, and the panel is then served over HTTPS only; 0.0.0.0 listens on every IPv4 address.",
                              defaultValue: defaultAddress),
            ParameterMetadata("CertificatePath", .string,
                              description: "A PEM file with the server's certificate (followed by any intermediate certificates). Given with -KeyPath, the panel is served over HTTPS only, and its session cookie is marked Secure."),
            ParameterMetadata("KeyPath", .string,
                              description: "A PEM file with the private key of the certificate given by -CertificatePath."),
            ParameterMetadata("ViewOnly", .switchParameter,
                              description: "Shows the pages without New, Edit and Delete, and refuses every change on the server side, as Lync's CsViewOnlyAdministrator role does. A store this process may only read (a read-only file system, a database role without write privileges) makes the panel view-only by itself."),
        ],
        help: CmdletHelp(
            synopsis: "Serves the Control Panel's XMPP Federated Partners pages in a browser, on the shell's store, until Ctrl-C. This cmdlet is part of csshell.",
            description: """
                Start-CsControlPanel runs a small web server in the shell until you press Ctrl-C. Its first line of output is the sign-in URL to open in a browser: it carries a one-time random token, which the browser exchanges for a session cookie (HttpOnly, SameSite=Strict, Secure under HTTPS). A request without a valid session gets the sign-in page and no data. The pages are those of Lync Server's Control Panel under Federation and External Access: XMPP Federated Partners (the list, filtered by an Identity wildcard as Get-CsXmppAllowedPartner -Filter does; New, Edit and Delete) and the XMPP gateway settings.

                The pages change nothing themselves: Commit runs New-CsXmppAllowedPartner, Set-CsXmppAllowedPartner, Remove-CsXmppAllowedPartner or Set-CsXmppGatewayConfiguration on the shell's store, so the page refuses, warns and saves exactly as the cmdlets do (a Not Valid Configuration is refused with the matrix's text; SASL without TLS support is refused unless Force is chosen, as with -Force). A change made in the shell appears when the page is loaded again, and a Commit on a partner that changed after its form was opened (in the shell or in another browser) saves nothing and says so. Beside the TLS, SASL and Dialback drop-downs the page shows what Test-CsXmppAllowedPartner says about the combination chosen.

                Every form carries a CSRF token; responses carry a Content-Security-Policy that allows no inline script; every value is HTML-escaped; the stylesheet and script are compiled into csshell, so no request reaches a file. On a loopback address, requests must name the panel's own address (a defence against DNS rebinding). Stopping the panel ends every session. Use "Sign in another browser" on a page to get a new one-time link (valid 10 minutes).
                """,
            examples: [
                CmdletExample("Example 1", code: "Start-CsControlPanel",
                              remarks: "Serves the Control Panel at http://127.0.0.1:8443 until Ctrl-C. Open the sign-in URL the command prints first (it works once) in a browser on this machine."),
                CmdletExample("Example 2", code: "Start-CsControlPanel -Port 0 -ViewOnly",
                              remarks: "Serves the pages on a free port that the system chooses (the sign-in URL names it), without New, Edit and Delete: the partners and gateway settings can be viewed but not changed."),
                CmdletExample("Example 3", code: "Start-CsControlPanel -Address 0.0.0.0 -Port 9443 -CertificatePath panel.crt -KeyPath panel.key",
                              remarks: "Serves the Control Panel to other machines over HTTPS only, with the certificate and key in the PEM files panel.crt and panel.key of the current folder. The sign-in URL names this machine."),
            ],
            inputs: "None. Start-CsControlPanel does not accept pipelined input.",
            outputs: "None. The sign-in URL is written to the console (the host), not to the pipeline."))

    public init() {}

    public func process(_ params: BoundParameters, _ runtime: any CommandRuntime) throws {
        let configuration = try Self.configuration(params)
        // A store that cannot be read is reported now, not on the first page.
        do {
            _ = try runtime.service(XmppStoreService.self).store().read { try $0.partnerCount }
        } catch let e as XmppStoreError {
            throw e.errorRecord
        }
        let backend = PanelBackend(session: runtime, viewOnly: configuration.viewOnly)
        do {
            try runtime.catchingInterrupts {
                try ControlPanelServer.run(configuration, backend: backend, interrupted: { runtime.isStopping }) { url in
                    runtime.writeHost(url, newline: true)
                    runtime.writeHost("The Control Panel is running\(configuration.viewOnly ? " (view only)" : ""); open the link above. Press Ctrl-C to stop it.", newline: true)
                    runtime.flushHost()
                }
            }
        } catch let e as ControlPanelError {
            throw ErrorRecord(message: e.message, errorId: e.errorId, category: .ResourceUnavailable, target: .string(configuration.address),
                              exceptionType: "System.InvalidOperationException")
        }
    }

    /// The configuration the parameters describe; a terminating error when they do not go together.
    static func configuration(_ params: BoundParameters) throws -> ControlPanelConfiguration {
        let address = params.string("Address") ?? defaultAddress
        let port = params.int("Port") ?? defaultPort
        let certificate = params.string("CertificatePath").map(FileSystemPath.resolve)
        let key = params.string("KeyPath").map(FileSystemPath.resolve)
        var configuration = ControlPanelConfiguration(address: address, port: port, tls: nil, viewOnly: params.isPresent("ViewOnly"))
        switch (certificate, key) {
        case let (c?, k?):
            configuration.tls = .init(certificatePath: c, keyPath: k)
        case (nil, nil):
            guard configuration.isLoopback else {
                throw ErrorRecord(message: "The address '\(address)' is not a loopback address, and the Control Panel serves other machines over HTTPS only: give -CertificatePath and -KeyPath.",
                                  errorId: "ControlPanelRequiresHttps", category: .InvalidArgument, target: .string(address),
                                  exceptionType: "System.ArgumentException")
            }
        default:
            throw ErrorRecord(message: "-CertificatePath and -KeyPath go together: give both to serve the Control Panel over HTTPS, or neither.",
                              errorId: "ControlPanelCertificateIncomplete", category: .InvalidArgument,
                              exceptionType: "System.ArgumentException")
        }
        return configuration
    }
}
