import Foundation
import JSON

/// Parsed objects (or views of them, such as a target's Scale) by store key, valid for one revision of
/// the object: a sync whose HPA and target did not change since the last one reads neither again.
final class RevisionCache: @unchecked Sendable {
    // Invariant: `entries` is guarded by `lock`.
    private let lock = NSLock()
    private var entries: [String: (revision: Int64, value: JSON)] = [:]

    init() {}

    /// The value stored for `key` at `revision`; nil when absent or stored for another revision.
    func hit(_ key: String, revision: Int64) -> JSON? {
        lock.withLock {
            guard let e = entries[key], e.revision == revision else { return nil }
            return e.value
        }
    }

    func store(_ key: String, revision: Int64, _ value: JSON) {
        lock.withLock { entries[key] = (revision, value) }
    }

    func remove(_ key: String) {
        lock.withLock { _ = entries.removeValue(forKey: key) }
    }
}
