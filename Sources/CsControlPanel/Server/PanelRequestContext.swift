import Hummingbird

/// The request context: Hummingbird's, with a small body limit (the panel's forms are tiny).
struct PanelRequestContext: RequestContext {
    var coreContext: CoreRequestContextStorage

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
    }

    var maxUploadSize: Int { 64 * 1024 }
}
