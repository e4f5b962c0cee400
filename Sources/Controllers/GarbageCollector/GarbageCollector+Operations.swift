import API
import JSON

/// The garbage collector's reads and writes (upstream `operations.go`): every lookup goes to the
/// Registry, never to the graph, and every write names the object's UID.
extension GarbageCollector {
    /// The served resource for `apiVersion`/`kind` (upstream `apiResource` through the REST mapper). An
    /// unknown kind, or one that cannot be read, is an error: the node is retried with back-off, as
    /// upstream retries a `restMappingError`, and nothing is deleted meanwhile.
    func resolve(apiVersion: String, kind: String) throws -> ResourceInfo {
        let parts = apiVersion.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
        let (group, version) = parts.count == 2 ? (String(parts[0]), String(parts[1])) : ("", apiVersion)
        guard let r = context.registry.resources.resource(group: group, version: version, kind: kind),
              r.verbs.contains("get") else {
            throw ReconcileError("unable to get REST mapping for \(kind)/\(apiVersion)")
        }
        return r
    }

    /// The object `identity` names, as stored now; nil when there is none. A namespaced kind named
    /// without a namespace (by a cluster-scoped dependent) finds nothing.
    func lookup(_ identity: NodeIdentity) throws -> JSON? {
        let r = try resolve(apiVersion: identity.apiVersion, kind: identity.kind)
        if r.namespaced && identity.namespace == nil { return nil }
        return context.client.get(r, namespace: r.namespaced ? identity.namespace : nil, name: identity.name)
    }

    /// Deletes `latest` (the object of `node`) with `policy`, on condition that it is still the same
    /// object with the same resourceVersion (upstream `deleteObject`). When only something other than
    /// its ownerReferences changed, it retries with the UID condition alone; when they changed, the
    /// decision must be made again: returns false.
    func delete(_ node: GraphNode, _ latest: JSON, policy: PropagationPolicy) throws -> Bool {
        let r = try resolve(apiVersion: node.identity.apiVersion, kind: node.identity.kind)
        var options = DeleteOptions()
        options.propagationPolicy = policy.rawValue
        options.preconditionUID = node.identity.uid
        options.preconditionResourceVersion = latest.resourceVersion
        context.log("garbagecollector: deleting \(node.identity) with propagationPolicy \(policy.rawValue)")
        do throws(APIError) {
            try context.client.delete(r, namespace: node.identity.namespace, name: node.identity.name, options: options)
            return true
        } catch {
            if error.code == 404 { return true }
            guard error.code == 409 else { throw ReconcileError("deleting \(node.identity): \(error.message)") }
        }
        guard let live = try lookup(node.identity), live.uid == node.identity.uid else { return true }
        guard live.ownerReferences == latest.ownerReferences else { return false }
        options.preconditionResourceVersion = nil
        do throws(APIError) {
            try context.client.delete(r, namespace: node.identity.namespace, name: node.identity.name, options: options)
        } catch {
            if error.code != 404 && error.code != 409 { throw ReconcileError("deleting \(node.identity): \(error.message)") }
        }
        return true
    }

    /// Sends a strategic merge patch to `node`'s object (upstream `gc.patch`); a vanished object needs none.
    func patch(_ node: GraphNode, _ patch: JSON) throws {
        let r = try resolve(apiVersion: node.identity.apiVersion, kind: node.identity.kind)
        do throws(APIError) {
            try context.client.patch(r, namespace: node.identity.namespace, name: node.identity.name,
                                     type: .strategic, patch)
        } catch {
            if error.code != 404 { throw ReconcileError("patching \(node.identity): \(error.message)") }
        }
    }

    /// Removes `finalizer` from `node`'s object (upstream `removeFinalizer`: read, drop the finalizer,
    /// patch with the resourceVersion read; on a conflict read again, up to `retry.DefaultBackoff`'s 4
    /// steps). Nothing to do when the object or the finalizer is gone.
    func removeFinalizer(_ node: GraphNode, _ finalizer: String) throws {
        let r = try resolve(apiVersion: node.identity.apiVersion, kind: node.identity.kind)
        for _ in 0..<4 {
            guard let latest = try lookup(node.identity), latest.uid == node.identity.uid,
                  let rv = latest.resourceVersion else { return }
            let finalizers = latest.finalizers
            guard finalizers.contains(finalizer) else { return }
            let patch = OwnerPatches.setFinalizers(finalizers.filter { $0 != finalizer }, resourceVersion: rv)
            do throws(APIError) {
                try context.client.patch(r, namespace: node.identity.namespace, name: node.identity.name,
                                         type: .merge, patch)
                context.log("garbagecollector: removed the \(finalizer) finalizer of \(node.identity)")
                return
            } catch {
                if error.code == 404 { return }
                guard error.code == 409 else {
                    throw ReconcileError("removing the \(finalizer) finalizer of \(node.identity): \(error.message)")
                }
            }
        }
        throw ReconcileError("updateMaxRetries(4) has reached. The garbage collector will retry later for owner \(node.identity)")
    }
}
