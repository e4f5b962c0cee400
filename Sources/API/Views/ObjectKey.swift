/// An object's identity within one resource: namespace (nil for cluster-scoped kinds) and name.
/// Written as upstream's `MetaNamespaceKeyFunc` writes it: "namespace/name", or "name".
public struct ObjectKey: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The namespace; nil for cluster-scoped objects.
    public let namespace: String?
    /// The name.
    public let name: String

    public init(namespace: String?, name: String) {
        self.namespace = namespace.flatMap { $0.isEmpty ? nil : $0 }
        self.name = name
    }

    /// Parses "namespace/name" or "name".
    public init(_ text: String) {
        if let slash = text.firstIndex(of: "/") {
            self.init(namespace: String(text[..<slash]), name: String(text[text.index(after: slash)...]))
        } else {
            self.init(namespace: nil, name: text)
        }
    }

    public var description: String { namespace.map { $0 + "/" + name } ?? name }

    public static func < (a: ObjectKey, b: ObjectKey) -> Bool { a.description < b.description }
}
