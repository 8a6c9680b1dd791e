import CsCmdlets

/// Opens the store at a location (contract.md): only the default location's folder is created.
enum StoreFactory {
    static func open(_ location: StoreLocation) throws -> any XmppStore {
        JSONFileXmppStore(path: location.path, createMissingFolders: location.createsFolder)
    }
}
