import API
import Foundation
import JSON

/// The slices a controller wrote itself, so that the informer events they cause do not queue the
/// Service again (upstream `EndpointSliceTracker`, which keys on generation; the resourceVersion the
/// write returned is used here). A slice changed or deleted by anyone else does queue it.
final class OwnWrites: @unchecked Sendable {
    // Invariant: `versions` and `deletions` are guarded by `lock`.
    private let lock = NSLock()
    private var versions: [String: String] = [:]  // slice UID → resourceVersion written
    private var deletions: Set<String> = []       // slice UIDs being deleted

    /// Notes the object a create or update returned.
    func wrote(_ object: JSON) {
        guard let uid = object.uid, let rv = object.resourceVersion else { return }
        lock.lock()
        versions[uid] = rv
        lock.unlock()
    }

    /// Notes a deletion about to be sent.
    func deleting(_ object: JSON) {
        guard let uid = object.uid else { return }
        lock.lock()
        deletions.insert(uid)
        versions[uid] = nil
        lock.unlock()
    }

    /// Whether `object` is as this controller last wrote it.
    func isOwn(_ object: JSON) -> Bool {
        guard let uid = object.uid else { return false }
        lock.lock()
        defer { lock.unlock() }
        return versions[uid] != nil && versions[uid] == object.resourceVersion
    }

    /// Whether the deletion of `object` was this controller's; forgets the slice either way.
    func deleted(_ object: JSON) -> Bool {
        guard let uid = object.uid else { return false }
        lock.lock()
        defer { lock.unlock() }
        versions[uid] = nil
        return deletions.remove(uid) != nil
    }
}
