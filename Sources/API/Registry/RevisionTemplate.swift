import JSON

/// An object serialized before its write commits, with room for the resourceVersion that only the
/// store's writer knows. Serializing on the request's own thread and splicing the revision in on
/// the writer keeps the writer (one thread for the whole store) doing a copy instead of an encode.
struct RevisionTemplate: Sendable {
    private let bytes: [UInt8]
    /// Where the placeholder `""` of `metadata.resourceVersion` starts.
    private let mark: Int

    /// Encodes `object` with an empty `metadata.resourceVersion` and remembers where it went.
    /// `managedFields`, when given, is the encoding of the object's `metadata.managedFields`,
    /// already made (see `ManagedFields.recordCreate`), and is copied instead of re-encoded.
    init(_ object: JSON, managedFields: [UInt8]? = nil) {
        var o = object
        o[path: ["metadata", "resourceVersion"]] = .string("")
        var splices = [JSONSplice(path: ["metadata", "resourceVersion"])]
        if let managedFields { splices.append(JSONSplice(path: ["metadata", "managedFields"], replacement: managedFields)) }
        var w = JSONWriter(capacity: 8192)
        // `o` always has metadata.resourceVersion, so the mark is always found.
        mark = w.write(o, splices: splices)[0] ?? 0
        bytes = w.bytes
    }

    /// The encoding with `revision` as its resourceVersion.
    func render(revision: Int64) -> [UInt8] {
        let digits = Array(String(revision).utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + digits.count)
        bytes.withUnsafeBufferPointer { b in
            // The placeholder is the two bytes `""`: keep the opening quote, put the digits in.
            out.append(contentsOf: UnsafeBufferPointer(rebasing: b[..<(mark + 1)]))
            out.append(contentsOf: digits)
            out.append(contentsOf: UnsafeBufferPointer(rebasing: b[(mark + 1)...]))
        }
        return out
    }
}
