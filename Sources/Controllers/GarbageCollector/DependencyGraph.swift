import API

/// The garbage collector's picture of who owns whom (upstream `GraphBuilder.uidToNode` and
/// `processGraphChanges`), as a value: every change returns the UIDs whose nodes must be looked at
/// again (upstream's `attemptToDelete` / `attemptToOrphan` additions). Objects are keyed by UID;
/// an owner named by a dependent but not observed yet gets a virtual node, which is checked against
/// the Registry and dropped if the owner does not exist.
struct DependencyGraph: Sendable {
    private(set) var nodes: [String: GraphNode] = [:]

    /// The node for `uid`.
    subscript(uid: String) -> GraphNode? { nodes[uid] }

    /// An add or update seen by an informer. Returns the UIDs to process.
    mutating func observe(_ object: ObservedObject) -> [String] {
        let uid = object.identity.uid
        var out: [String] = []
        guard var node = nodes[uid] else {
            nodes[uid] = GraphNode(identity: object.identity, owners: object.owners, observed: true,
                                   beingDeleted: object.beingDeleted, deletingDependents: object.deletingDependents,
                                   orphaning: object.orphaning)
            addDependent(uid, namespace: object.identity.namespace, to: object.owners, &out)
            out += transitions(uid, from: nil, to: object)
            return out
        }
        let before = node
        if !node.observed {
            // A virtual node is now seen: dependents that named it otherwise may point at nothing and are
            // checked (upstream: "replacing virtual item with observed item").
            if node.identity != object.identity {
                for dep in node.dependents {
                    guard let d = nodes[dep], let ref = d.reference(to: uid),
                          !object.identity.matches(ref, from: d.identity.namespace) else { continue }
                    out.append(dep)
                }
            }
            node.identity = object.identity
            node.observed = true
        }
        let diff = Self.referencesDiff(node.owners, object.owners)
        // Upstream `addUnblockedOwnersToDeleteQueue`: an owner waiting for its blocking dependents may be
        // free to go once a reference that blocked it is removed or stops blocking.
        for ref in diff.removed where ref.blockOwnerDeletion && nodes[ref.uid] != nil { out.append(ref.uid) }
        for (old, new) in diff.changed where old.blockOwnerDeletion && !new.blockOwnerDeletion && nodes[new.uid] != nil {
            out.append(new.uid)
        }
        node.owners = object.owners
        node.beingDeleted = node.beingDeleted || object.beingDeleted
        node.deletingDependents = object.deletingDependents
        node.orphaning = object.orphaning
        nodes[uid] = node
        addDependent(uid, namespace: object.identity.namespace, to: diff.added, &out)
        removeDependent(uid, from: diff.removed)
        out += transitions(uid, from: before, to: object)
        return out
    }

    /// A deletion seen by an informer: the node goes; its dependents are processed (their owner may be
    /// gone for good), and so are owners waiting for their dependents to go.
    mutating func remove(_ uid: String) -> [String] {
        guard let node = nodes.removeValue(forKey: uid) else { return [] }
        var out = node.dependents.sorted()
        for ref in node.owners {
            guard let owner = nodes[ref.uid] else { continue }
            removeDependent(uid, from: [ref])
            if owner.deletingDependents { out.append(ref.uid) }
        }
        return out
    }

    /// The virtual node `uid` was looked up as `identity` and does not exist (upstream's virtual delete
    /// event). Every dependent is processed: each checks its own references against the Registry. The
    /// node goes unless some dependent names the owner by other coordinates, which may yet be observed
    /// (upstream keeps it then, too); it is dropped once its last dependent leaves.
    mutating func virtualOwnerAbsent(_ uid: String, as identity: NodeIdentity) -> [String] {
        guard let node = nodes[uid], !node.observed else { return [] }
        let dependents = node.dependents.sorted()
        let allMatch = dependents.allSatisfy { dep in
            guard let d = nodes[dep], let ref = d.reference(to: uid) else { return true }
            return identity.matches(ref, from: d.identity.namespace)
        }
        if allMatch { nodes[uid] = nil }
        return dependents
    }

    /// The dependents of `uid` that block its foreground deletion (upstream `blockingDependents`).
    func blockingDependents(of uid: String) -> [GraphNode] {
        dependents(of: uid).filter { $0.reference(to: uid)?.blockOwnerDeletion == true }
    }

    /// The dependents of `uid`, in UID order.
    func dependents(of uid: String) -> [GraphNode] {
        (nodes[uid]?.dependents ?? []).sorted().compactMap { nodes[$0] }
    }

    // MARK: edges

    /// Upstream `addDependentToOwners`: files `dependent` under each owner, creating a virtual node (to be
    /// checked) for an owner not in the graph; a dependent that names a known owner by other coordinates
    /// is checked itself.
    private mutating func addDependent(_ dependent: String, namespace: String?, to owners: [OwnerReference],
                                       _ out: inout [String]) {
        var suspicious = false
        for ref in owners {
            if var owner = nodes[ref.uid] {
                owner.dependents.insert(dependent)
                if !owner.identity.matches(ref, from: namespace) { suspicious = true }
                nodes[ref.uid] = owner
            } else {
                var owner = GraphNode(identity: NodeIdentity(ref, namespace: namespace), owners: [], observed: false)
                owner.dependents.insert(dependent)
                nodes[ref.uid] = owner
                out.append(ref.uid)
            }
        }
        if suspicious { out.append(dependent) }
    }

    /// Upstream `removeDependentFromOwners`; a virtual owner left without dependents goes as well.
    private mutating func removeDependent(_ dependent: String, from owners: [OwnerReference]) {
        for ref in owners {
            guard var owner = nodes[ref.uid] else { continue }
            owner.dependents.remove(dependent)
            nodes[ref.uid] = owner.observed || !owner.dependents.isEmpty ? owner : nil
        }
    }

    /// Upstream `processTransitions`: an object that starts waiting for its dependents to be orphaned is
    /// processed; one that starts waiting for them to be deleted is processed with all its dependents.
    private func transitions(_ uid: String, from before: GraphNode?, to object: ObservedObject) -> [String] {
        if object.orphaning && before?.orphaning != true { return [uid] }
        if object.deletingDependents && before?.deletingDependents != true {
            return (nodes[uid]?.dependents.sorted() ?? []) + [uid]
        }
        return []
    }

    /// Upstream `referencesDiffs`: references added, removed, and changed (same UID), by UID.
    static func referencesDiff(_ old: [OwnerReference], _ new: [OwnerReference])
        -> (added: [OwnerReference], removed: [OwnerReference], changed: [(OwnerReference, OwnerReference)]) {
        let oldByUID = Dictionary(old.map { ($0.uid, $0) }, uniquingKeysWith: { first, _ in first })
        var added: [OwnerReference] = []
        var changed: [(OwnerReference, OwnerReference)] = []
        var kept = Set<String>()
        for ref in new {
            if let previous = oldByUID[ref.uid] {
                kept.insert(ref.uid)
                if previous != ref { changed.append((previous, ref)) }
            } else {
                added.append(ref)
            }
        }
        let removed = old.filter { !kept.contains($0.uid) }
        return (added, removed, changed)
    }
}
