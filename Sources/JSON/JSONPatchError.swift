/// A failure to apply a JSON patch, JSON merge patch or strategic merge patch, or to parse a JSON
/// Pointer. The message follows the wording of the Go libraries Kubernetes uses
/// (evanphx/json-patch and apimachinery's strategicpatch), so clients see familiar text.
public struct JSONPatchError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Which class of failure this is, for choosing the HTTP status as kube-apiserver does.
    public enum Kind: Sendable, Equatable {
        /// The patch document itself is malformed (kube-apiserver answers 400 Bad Request).
        case decode
        /// The patch is over a size limit: too many operations or too much copied (413).
        case tooLarge
        /// The patch is well formed but cannot be applied to this document (422).
        case apply
    }

    /// What went wrong, in upstream wording.
    public let message: String
    /// The class of failure.
    public let kind: Kind

    /// An error with this message, of the `apply` kind unless given.
    public init(_ message: String, kind: Kind = .apply) {
        self.message = message
        self.kind = kind
    }

    /// An error with this message, of the `apply` kind unless given.
    public init(message: String, kind: Kind = .apply) { self.init(message, kind: kind) }

    public var description: String { message }
}
