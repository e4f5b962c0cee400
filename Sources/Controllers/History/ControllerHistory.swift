import API
import JSON

/// The ControllerRevisions a StatefulSet or DaemonSet keeps of its Pod template (upstream
/// `pkg/controller/history`): each revision holds the template as a patch
/// (`{"spec":{"template":{…,"$patch":"replace"}}}`, upstream `getPatch`), a `revision` number, the
/// template's labels and the owner's controller reference, and is named `<owner>-<hash>`.
struct ControllerHistory {
    /// upstream `history.ControllerRevisionHashLabel`.
    static let hashLabel = "controller.kubernetes.io/hash"

    let client: Client
    let revisions: ResourceInfo
    let lister: Lister

    init?(context: ControllerContext) {
        guard let r = context.resource("apps", "v1", "controllerrevisions") else { return nil }
        client = context.client
        revisions = r
        lister = context.informers.lister(for: r)
    }

    /// upstream `ListControllerRevisions`: the revisions in the owner's namespace its selector matches
    /// and it controls, sorted by `revision`, then name (`SortControllerRevisions`).
    func owned(by owner: JSON, selector: LabelSelector) -> [JSON] {
        guard let uid = owner.uid else { return [] }
        return lister.list(namespace: owner.namespace, labels: selector)
            .filter { $0.controllerRef?.uid == uid }
            .sorted { (Self.number($0), $0.name ?? "") < (Self.number($1), $1.name ?? "") }
    }

    /// A revision's `revision` number.
    static func number(_ revision: JSON) -> Int64 { revision["revision"]?.intValue ?? 0 }

    /// upstream `nextRevision`: one more than the last.
    static func next(_ sorted: [JSON]) -> Int64 { (sorted.last.map(number) ?? 0) + 1 }

    /// upstream `getPatch` for StatefulSets and DaemonSets: the owner's template, to be replaced whole.
    static func data(of owner: JSON) -> JSON {
        var template = owner[path: ["spec", "template"]] ?? .object(JSONObject())
        template["$patch"] = "replace"
        return ["spec": ["template": template]]
    }

    /// The template a revision holds (its patch without the `$patch` directive).
    static func template(of revision: JSON) -> JSON? {
        guard var template = revision[path: ["data", "spec", "template"]] else { return nil }
        template["$patch"] = nil
        return template
    }

    /// upstream `EqualRevision`: the same data (compared canonically, as the hash is).
    static func equal(_ a: JSON, _ b: JSON) -> Bool {
        PodTemplateHash.normalized(a["data"] ?? .null) == PodTemplateHash.normalized(b["data"] ?? .null)
    }

    /// upstream `HashControllerRevision`: FNV-1a over the data, salted by the collision count.
    static func hash(data: JSON, collisionCount: Int) -> String {
        PodTemplateHash.compute(template: data, collisionCount: collisionCount)
    }

    /// A revision object for `owner` (upstream `NewControllerRevision`), not yet stored.
    /// `hashLabelKey` is where the hash goes: upstream's `controller.kubernetes.io/hash` for
    /// StatefulSets, the DaemonSet controller's own `controller-revision-hash` for DaemonSets.
    static func revision(owner: JSON, ownerRef: OwnerReference, data: JSON, number: Int64, hash: String,
                         hashLabelKey: String = hashLabel) -> JSON {
        var labels = owner[path: ["spec", "template", "metadata", "labels"]]?.objectValue ?? JSONObject()
        labels[hashLabelKey] = .string(hash)
        return ["apiVersion": "apps/v1", "kind": "ControllerRevision",
                "metadata": ["name": .string("\(owner.name ?? "")-\(hash)"), "labels": .object(labels),
                             "ownerReferences": [ownerRef.json]],
                "data": data, "revision": .int(number)]
    }

    /// upstream `CreateControllerRevision`: stores `revision` under `<owner>-<hash>`; when that name is
    /// taken by a revision with other data, bumps `collisionCount` and tries the next hash. An equal
    /// revision already stored under the name is returned as it is.
    func create(owner: JSON, ownerRef: OwnerReference, data: JSON, number: Int64, collisionCount: inout Int,
                hash: (Int) -> String, hashLabelKey: String = hashLabel) throws -> JSON {
        for _ in 0..<10 {
            let h = hash(collisionCount)
            let candidate = Self.revision(owner: owner, ownerRef: ownerRef, data: data, number: number, hash: h,
                                          hashLabelKey: hashLabelKey)
            do throws(APIError) {
                return try client.create(revisions, namespace: owner.namespace, candidate)
            } catch {
                guard error.reason == "AlreadyExists" else { throw ReconcileError("creating revision: \(error.message)") }
                let existing = client.get(revisions, namespace: owner.namespace, name: candidate.name ?? "")
                if let existing, Self.equal(existing, candidate), existing.controllerRef?.uid == owner.uid { return existing }
                collisionCount += 1
            }
        }
        throw ReconcileError("creating revision: too many hash collisions")
    }

    /// upstream `UpdateControllerRevision`: gives an older equal revision the newest number (a rollback).
    func renumber(_ revision: JSON, to number: Int64) throws -> JSON {
        if Self.number(revision) == number { return revision }
        do throws(APIError) {
            return try client.patch(revisions, namespace: revision.namespace, name: revision.name ?? "",
                                    ["revision": .int(number)])
        } catch {
            throw ReconcileError("updating revision \(revision.name ?? ""): \(error.message)")
        }
    }

    /// upstream `truncateHistory` / `cleanupHistory`: deletes the oldest revisions no Pod uses and that
    /// are not `live`, beyond `limit`.
    func truncate(_ sorted: [JSON], live: Set<String>, limit: Int) {
        let dead = sorted.filter { !live.contains($0.name ?? "") }
        guard dead.count > limit else { return }
        let names = dead.prefix(dead.count - limit).compactMap(\.name)
        _ = client.deleteAll(revisions, namespace: sorted.first?.namespace, names: names)
    }
}
