/// Whether the pages may offer changes: not with `-ViewOnly`, nor on a store this process may only
/// read (a read-only file system, a database role without write privileges).
struct PanelAccess: Sendable, Equatable {
    /// Why changes are not offered; nil when they are.
    var viewOnlyReason: String?

    var canChange: Bool { viewOnlyReason == nil }

    static let readWrite = PanelAccess(viewOnlyReason: nil)
}
