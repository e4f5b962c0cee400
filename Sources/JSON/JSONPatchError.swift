/// A failure to apply a JSON patch, JSON merge patch or strategic merge patch, or to parse a JSON
/// Pointer. The message follows the wording of the Go libraries Kubernetes uses
/// (evanphx/json-patch and apimachinery's strategicpatch), so clients see familiar text.
public struct JSONPatchError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong, in upstream wording.
    public let message: String

    /// An error with this message.
    public init(_ message: String) { self.message = message }

    /// An error with this message.
    public init(message: String) { self.message = message }

    public var description: String { message }
}
