/// A YAML document that could not be read, with the 1-based line and column where reading stopped.
/// `description` follows go-yaml's shape (`yaml: line 3: mapping values are not allowed in this
/// context`), which is what kubectl and kube-apiserver print for bad manifests.
public struct YAMLError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong, e.g. "did not find expected key".
    public let message: String
    /// The 1-based line.
    public let line: Int
    /// The 1-based column.
    public let column: Int

    /// An error at this position.
    public init(_ message: String, line: Int, column: Int) {
        self.message = message
        self.line = line
        self.column = column
    }

    public var description: String { "yaml: line \(line): \(message)" }
}

/// Bounds on the work one YAML text may cause; hostile input (deep nesting, alias bombs, huge
/// texts) fails with a `YAMLError` instead of exhausting the stack or memory.
public struct YAMLLimits: Sendable, Equatable {
    /// Deepest nesting of collections.
    public var maxDepth: Int
    /// Most values a text may produce, counting every value an alias copies.
    public var maxNodes: Int
    /// Longest text in bytes.
    public var maxBytes: Int

    /// Limits with these values; the defaults fit any real manifest with room to spare.
    public init(maxDepth: Int = 256, maxNodes: Int = 2_000_000, maxBytes: Int = 64 << 20) {
        self.maxDepth = maxDepth
        self.maxNodes = maxNodes
        self.maxBytes = maxBytes
    }

    /// The default limits.
    public static let `default` = YAMLLimits()
}
