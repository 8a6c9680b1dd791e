import CsCore

/// Opens the backend a location names (contract.md): only the default location's folder is created.
public enum StoreFactory {
    public static func open(_ location: StoreLocation) throws -> any XmppStore {
        switch location {
        case let .file(path, createsFolder):
            return JSONFileXmppStore(path: path, createMissingFolders: createsFolder)
        }
    }
}
