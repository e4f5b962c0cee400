import API
import Foundation
import JSON

/// Empties terminating namespaces and then finalizes them (upstream's namespace controller and its
/// `NamespacedResourcesDeleter`): deletes every namespaced object in the namespace, reports progress in
/// the namespace's status conditions, and once nothing is left removes the `kubernetes` finalizer
/// through the `finalize` subresource, which lets the Registry delete the namespace.
///
/// Nothing is finalized unless every kind could be listed and came back empty: a failed list or delete
/// is an error (retried with back-off), never "no content".
public final class NamespaceController: Controller, @unchecked Sendable {
    // Invariant: all stored properties are immutable after init.
    public let queue: WorkQueue
    private let context: ControllerContext
    private let content: any NamespaceContent
    private let namespaces: Lister?

    /// Upstream's wait before looking again at content that has finalizers (`finalizerEstimateSeconds`).
    static let finalizerEstimateSeconds = 15.0

    public convenience init(context: ControllerContext) {
        self.init(context: context, content: RegistryNamespaceContent(context: context))
    }

    public init(context: ControllerContext, content: any NamespaceContent) {
        self.context = context
        self.content = content
        let nsResource = context.resource("", "v1", "namespaces")
        namespaces = nsResource.map(context.informers.lister(for:))
        let box = WeakBox<NamespaceController>()
        queue = WorkQueue(name: "namespace", workers: 2, clock: context.clock, log: context.log) { key in
            try box.value?.sync(key) ?? .done
        }
        box.value = self
        guard let nsResource else { return }
        context.informers.informer(for: nsResource).addHandler { [queue] event in
            // Upstream enqueues every add and update; sync returns at once for live namespaces.
            if case .deleted = event { return }
            if let key = event.object.objectKey, event.object.isBeingDeleted { queue.add(key) }
        }
    }

    /// One pass over a namespace.
    func sync(_ key: ObjectKey) throws -> ReconcileResult {
        guard let namespaces, let nsResource = context.resource("", "v1", "namespaces"),
              let obj = namespaces.get(key), obj.isBeingDeleted else { return .done }
        let ns = Namespace(obj)
        guard ns.specFinalizers.contains("kubernetes") else { return .done }

        var progress = DeletionProgress()
        let resources: [ResourceInfo]
        do {
            resources = try content.resources()
        } catch {
            progress.discoveryError = "\(error)"
            try writeConditions(obj, progress, nsResource)
            throw ReconcileError("namespace \(key): discovering resources: \(error)")
        }
        for r in resources {
            let items: [JSON]
            do {
                items = try content.list(r, namespace: key.name)
            } catch {
                progress.failures.append("\(Self.groupResource(r)): \(error)")
                continue
            }
            for item in items where !item.isBeingDeleted {
                guard let name = item.name else { continue }
                do throws(APIError) {
                    try content.delete(r, namespace: key.name, name: name)
                } catch {
                    if error.code != 404 {
                        progress.failures.append("\(Self.groupResource(r)) \"\(name)\": \(error.message)")
                    }
                }
            }
            // Read-your-own-writes: what is still listed now is really still there (finalizing or
            // terminating gracefully).
            guard let left = try? content.list(r, namespace: key.name) else {
                progress.failures.append("\(Self.groupResource(r)): listing after delete failed")
                continue
            }
            progress.count(left, of: Self.groupResource(r))
        }
        try writeConditions(obj, progress, nsResource)
        if !progress.failures.isEmpty {
            throw ReconcileError("namespace \(key): \(progress.failures.joined(separator: "; "))")
        }
        if !progress.remaining.isEmpty {
            let estimate = progress.finalizers.isEmpty ? progress.graceEstimate
                : max(progress.graceEstimate, Self.finalizerEstimateSeconds)
            // Upstream waits half the estimate plus a second (`estimate/2 + 1`, in whole seconds).
            return .requeue(after: (estimate / 2).rounded(.down) + 1)
        }
        var finalized = obj
        finalized[path: ["spec", "finalizers"]] = .array(ns.specFinalizers.filter { $0 != "kubernetes" }.map(JSON.string))
        do throws(APIError) {
            try context.client.update(nsResource, namespace: nil, name: key.name, subresource: "finalize", finalized)
        } catch {
            if error.code == 404 { return .done }
            if error.code == 409 { return .requeue(after: 0.001) }  // changed meanwhile: look again
            throw ReconcileError("namespace \(key): finalize: \(error.message)")
        }
        return .done
    }

    /// upstream `schema.GroupResource.String()`: "pods", "deployments.apps".
    static func groupResource(_ r: ResourceInfo) -> String { r.group.isEmpty ? r.plural : r.plural + "." + r.group }

    /// Writes the namespace's deletion conditions when they changed.
    private func writeConditions(_ obj: JSON, _ progress: DeletionProgress, _ nsResource: ResourceInfo) throws {
        let now = ObjectMeta.timestamp(context.clock.now())
        let old = obj[path: ["status", "conditions"]]?.arrayValue ?? []
        let next = progress.conditions.map { c -> JSON in
            let before = old.first { $0["type"]?.stringValue == c.type }
            let since = before?["status"]?.stringValue == c.status ? before?["lastTransitionTime"] : nil
            return ["type": .string(c.type), "status": .string(c.status), "lastTransitionTime": since ?? .string(now),
                    "reason": .string(c.reason), "message": .string(c.message)]
        }
        let unchanged = next.count == old.count && zip(next, old).allSatisfy { n, o in
            ["type", "status", "reason", "message"].allSatisfy { n[$0] == o[$0] }
        }
        if unchanged { return }
        var updated = obj
        updated[path: ["status", "conditions"]] = .array(next)
        do throws(APIError) {
            try context.client.update(nsResource, namespace: nil, name: obj.name ?? "", subresource: "status", updated)
        } catch {
            // Gone, or changed meanwhile: the next pass writes them.
            guard error.code == 404 || error.code == 409 else { throw ReconcileError("namespace status: \(error.message)") }
        }
    }
}

/// What one pass found, and the status conditions upstream reports for it
/// (`pkg/controller/namespace/deletion/status_condition_utils.go`).
struct DeletionProgress {
    var discoveryError: String?
    var failures: [String] = []
    /// group-resource → objects left.
    var remaining: [String: Int] = [:]
    /// finalizer → objects carrying it.
    var finalizers: [String: Int] = [:]
    /// The longest grace period left among terminating Pods, seconds.
    var graceEstimate = 0.0

    mutating func count(_ left: [JSON], of groupResource: String) {
        guard !left.isEmpty else { return }
        remaining[groupResource] = left.count
        for o in left {
            for f in o.finalizers { finalizers[f, default: 0] += 1 }
            if let grace = o[path: ["metadata", "deletionGracePeriodSeconds"]]?.intValue {
                graceEstimate = max(graceEstimate, Double(grace))
            }
        }
    }

    struct Condition { let type, status, reason, message: String }

    var conditions: [Condition] {
        func summary(_ counts: [String: Int]) -> String {
            counts.sorted { $0.key < $1.key }.map { "\($0.key) has \($0.value) resource instances" }
                .joined(separator: ", ")
        }
        return [
            discoveryError.map { Condition(type: "NamespaceDeletionDiscoveryFailure", status: "True", reason: "DiscoveryFailed",
                                           message: "Discovery failed for some groups: \($0)") }
                ?? Condition(type: "NamespaceDeletionDiscoveryFailure", status: "False", reason: "ResourcesDiscovered",
                             message: "All resources successfully discovered"),
            Condition(type: "NamespaceDeletionGroupVersionParsingFailure", status: "False", reason: "ParsedGroupVersions",
                      message: "All legacy kube types successfully parsed"),
            failures.isEmpty
                ? Condition(type: "NamespaceDeletionContentFailure", status: "False", reason: "ContentDeleted",
                            message: "All content successfully deleted, may be waiting on finalization")
                : Condition(type: "NamespaceDeletionContentFailure", status: "True", reason: "ContentDeletionFailed",
                            message: "Failed to delete all resource types, \(failures.count) remaining: "
                                + failures.joined(separator: ", ")),
            remaining.isEmpty
                ? Condition(type: "NamespaceContentRemaining", status: "False", reason: "ContentRemoved",
                            message: "All content successfully removed")
                : Condition(type: "NamespaceContentRemaining", status: "True", reason: "SomeResourcesRemain",
                            message: "Some resources are remaining: " + summary(remaining)),
            finalizers.isEmpty
                ? Condition(type: "NamespaceFinalizersRemaining", status: "False", reason: "ContentHasNoFinalizers",
                            message: "All content-preserving finalizers finished")
                : Condition(type: "NamespaceFinalizersRemaining", status: "True", reason: "SomeFinalizersRemain",
                            message: "Some content in the namespace has finalizers remaining: "
                                + finalizers.sorted { $0.key < $1.key }.map { "\($0.key) in \($0.value) resource instances" }
                                    .joined(separator: ", ")),
        ]
    }
}
