// The persistence seam the partner cmdlets use. Backends (the JSON file store, an in-memory store for
// tests) implement it; the cmdlets never see files.

public protocol XmppStore: AnyObject {
    /// Makes every change so far durable (fsync); called at the end of each interactive command and of a script.
    func sync() throws
}
