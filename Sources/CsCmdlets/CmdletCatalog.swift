/// The cmdlets of this module, for the shell to register.
public enum CsCmdletCatalog {
    public static let cmdlets: [any Cmdlet.Type] = []
}
