/// A message for the page, attached to the form field it is about (a cmdlet parameter's name, or
/// `FieldMessage.negotiation` for the three negotiation settings together), or to the whole form.
struct FieldMessage: Sendable, Equatable {
    /// The TLS, SASL and Dialback drop-downs as one group.
    static let negotiation = "Negotiation"

    var field: String?
    var text: String
}

/// What a Commit (or a Delete) came to.
enum CommitOutcome: Sendable {
    /// The cmdlet ran without an error; the warnings it wrote.
    case saved(warnings: [String])
    /// The cmdlet (or converting a field to its parameter's type) reported errors; nothing was saved.
    case refused(errors: [FieldMessage], warnings: [String])
    /// The partner or gateway settings changed after the form was opened; nothing was saved.
    case changedMeanwhile
    /// The panel or the store is view-only (nothing was tried), or the store has just refused the change
    /// for want of permission (nothing was saved, and the panel is view-only from then on).
    case viewOnly(reason: String)
}
