import CLibPQ

/// Receives the server's notices for one connection (installed with PQsetNoticeReceiver) instead of
/// libpq's default receiver, which prints them to stderr. Keeps the most recent ones.
final class NoticeSink {
    private(set) var notices: [PGNotice] = []
    private let limit = 100

    func take() -> [PGNotice] {
        defer { notices.removeAll() }
        return notices
    }

    fileprivate func receive(_ result: OpaquePointer) {
        func field(_ code: Int32) -> String? { PQresultErrorField(result, code).map { String(cString: $0) } }
        let notice = PGNotice(severity: field(Int32(CLIBPQ_DIAG_SEVERITY)) ?? "NOTICE",
                              sqlState: field(Int32(CLIBPQ_DIAG_SQLSTATE)),
                              message: field(Int32(CLIBPQ_DIAG_MESSAGE_PRIMARY)) ?? "")
        if notices.count == limit { notices.removeFirst() }
        notices.append(notice)
    }

    /// Routes `conn`'s notices here. The sink must outlive the PGconn (PGConnection owns both).
    func install(on conn: OpaquePointer) {
        let context = Unmanaged.passUnretained(self).toOpaque()
        _ = PQsetNoticeReceiver(conn, { context, result in
            guard let context, let result else { return }
            Unmanaged<NoticeSink>.fromOpaque(context).takeUnretainedValue().receive(result)
        }, context)
    }
}
