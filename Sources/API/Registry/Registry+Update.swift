import Foundation
import JSON
import Storage

/// Turns the current object (in the served version) into the desired one; runs on the store's
/// writer thread, so it sees the latest state and needs no retry loop.
public typealias ObjectTransform = @Sendable (JSON) throws(APIError) -> JSON

extension Registry {
    /// PUT of a whole object (or of its `status` subresource).
    public func update(_ r: ResourceInfo, namespace: String?, name: String, subresource: String? = nil,
                       object input: JSON, options: WriteOptions, completion: @escaping WriteCompletion) {
        guard case .object = input else {
            completion(.failure(APIError.badRequest("the body of the request must be a JSON object")))
            return
        }
        if let bodyName = input.name, !bodyName.isEmpty, bodyName != name {
            completion(.failure(APIError.badRequest("the name of the object (\(bodyName)) does not match the name on the URL (\(name))")))
            return
        }
        guaranteedUpdate(r, namespace: namespace, name: name, subresource: subresource, options: options,
                         transform: { _ throws(APIError) in input }, completion: completion)
    }

    /// Server-side apply (`application/apply-patch+yaml`): merges `config` into the live object
    /// under `options.manager`'s ownership, or creates the object when it does not exist.
    public func apply(_ r: ResourceInfo, namespace: String?, name: String, subresource: String? = nil,
                      config: JSON, options: WriteOptions, completion: @escaping WriteCompletion) {
        let s = storageResource(r)
        let now = ObjectMeta.timestamp(clock.now())
        let schema = KubernetesPatchSchema(kind: s.kind)
        let apply: @Sendable (JSON?) throws(APIError) -> JSON = { live throws(APIError) in
            try ManagedFields.apply(config: config, live: live, manager: options.manager, force: options.force,
                                    apiVersion: r.groupVersion, time: now,
                                    subresource: subresource == "status" ? "status" : nil, schema: schema)
        }
        guard store.get(key(r, namespace: namespace, name: name)) != nil else {
            if let n = config.name, n != name {
                completion(.failure(APIError.badRequest("the name of the object (\(n)) does not match the name on the URL (\(name))")))
                return
            }
            do throws(APIError) {
                var created = try apply(nil)
                created[path: ["metadata", "name"]] = .string(name)
                create(r, namespace: namespace, object: created, options: options, skipManagedFields: true,
                       completion: completion)
            } catch {
                completion(.failure(error))
            }
            return
        }
        guaranteedUpdate(r, namespace: namespace, name: name, subresource: subresource, options: options, applied: true,
                         transform: { old throws(APIError) in try apply(old) }, completion: completion)
    }

    /// PATCH of an object (or of its `status` subresource) with one of the patch types.
    public func patch(_ r: ResourceInfo, namespace: String?, name: String, subresource: String? = nil,
                      type: PatchType, patch: JSON, options: WriteOptions, completion: @escaping WriteCompletion) {
        guaranteedUpdate(r, namespace: namespace, name: name, subresource: subresource, options: options,
                         transform: { old throws(APIError) in
                             try Patching.apply(type, patch: patch, to: old, kind: r.kind)
                         }, completion: completion)
    }

    /// The shared read-modify-write of update, patch and the scale subresource: `transform` maps the
    /// current served object to the desired one; the Registry then enforces optimistic concurrency,
    /// the kind's update rules, generation, defaults and validation, and writes only real changes
    /// (an unchanged object keeps its resourceVersion, as upstream's GuaranteedUpdate does).
    /// `render` turns the stored result into the response body (defaults to the served object).
    func guaranteedUpdate(_ r: ResourceInfo, namespace: String?, name: String, subresource: String?,
                          options: WriteOptions, applied: Bool = false, transform: @escaping ObjectTransform,
                          render: (@Sendable (JSON) -> [UInt8])? = nil, completion: @escaping WriteCompletion) {
        let s = storageResource(r)
        let strategy = Strategies.strategy(for: s)
        let k = key(r, namespace: namespace, name: name)
        let dryRun = options.dryRun
        let now = ObjectMeta.timestamp(clock.now())
        let warnings = WarningsBox()
        let lookup = admissionLookup
        // What the write comes to against one revision of the object, apart from the revision it gets.
        let plan: @Sendable (StoredObject, WarningsBox) throws(APIError) -> UpdatePlan = { current, warnings throws(APIError) in
            let old = try Registry.parseStored(current)
            let next = try Registry.nextState(r, storage: s, old: old, currentRV: String(current.revision),
                                              subresource: subresource, options: options, warnings: warnings,
                                              applied: applied, now: now, lookup: lookup, transform: transform)
            if Registry.deletesDuringUpdate(next, strategy: strategy) {
                return dryRun ? .dryRun(next) : .delete(RevisionTemplate(next), Registry.attributes(next, s))
            }
            if Registry.sameIgnoringVersion(next, old) { return .unchanged(old) }
            return dryRun ? .dryRun(next) : .put(RevisionTemplate(next), Registry.attributes(next, s))
        }
        // The plan is made here, on the request's thread, against the object as it is now; the store's
        // single writer then only checks that the object has not moved on (else it plans again itself,
        // so a racing write still needs no retry) and splices in the revision.
        let early = store.get(k).map { current -> (revision: Int64, plan: Result<UpdatePlan, APIError>, warnings: WarningsBox) in
            let box = WarningsBox()
            do throws(APIError) {
                return (current.revision, .success(try plan(current, box)), box)
            } catch {
                return (current.revision, .failure(error), box)
            }
        }
        let decide: @Sendable (StoredObject?, Int64) throws -> WriteDecision = { current, rev in
            guard let current else { throw APIError.notFound(resource: r.plural, group: r.group, name: name) }
            let decided: UpdatePlan
            if let early, early.revision == current.revision {
                warnings.value = early.warnings.value
                decided = try early.plan.get()
            } else {
                decided = try plan(current, warnings)
            }
            switch decided {
            case .unchanged(let old):
                throw Unchanged(object: old)
            case .dryRun(var next):
                next[path: ["metadata", "resourceVersion"]] = .string(String(rev))
                throw DryRunResult(object: next)
            case .put(let template, let attributes):
                return .put(template.render(revision: rev), attributes: attributes)
            case .delete(let template, let attributes):
                return .delete(tombstone: template.render(revision: rev), attributes: attributes)
            }
        }
        let respond: @Sendable (JSON?, [UInt8]) -> Void = { obj, bytes in
            if let render, let obj {
                completion(.success(WriteResult(code: 200, body: render(obj), warnings: warnings.value)))
            } else {
                completion(.success(WriteResult(code: 200, body: Conversion.output(bytes, resource: r, storage: s),
                                                warnings: warnings.value)))
            }
        }
        store.write(key: k, decide: decide, completion: { result in
            switch result {
            case .success(let outcome):
                let bytes = (outcome.object ?? outcome.tombstone)?.value ?? []
                if outcome.object == nil, outcome.tombstone != nil, let gone = try? JSONParser.parse(bytes) {
                    // The last finalizer went: the object is removed, and gives back what it held (AfterDelete).
                    strategy.afterDelete(gone, allocators: self.allocators)
                }
                respond(render != nil ? (try? JSONParser.parse(bytes)) : nil, bytes)
            case .failure(let error as Unchanged):
                respond(error.object, error.object.bytes)
            case .failure(let error as DryRunResult):
                respond(error.object, error.object.bytes)
            case .failure(let error):
                completion(.failure(Registry.apiError(error)))
            }
        })
    }

    /// Parses a stored object; stored bytes are always our own JSON, so failure is an internal error.
    static func parseStored(_ o: StoredObject) throws(APIError) -> JSON {
        do {
            return try JSONParser.parse(o.value)
        } catch {
            throw APIError.internalError("stored object \(o.key) is not valid JSON: \(error)")
        }
    }

    /// Computes the object an update leads to, or throws the Status the client gets.
    static func nextState(_ r: ResourceInfo, storage s: ResourceInfo, old: JSON, currentRV: String,
                          subresource: String?, options: WriteOptions, warnings: WarningsBox, applied: Bool,
                          now: String, lookup: AdmissionLookup, transform: ObjectTransform) throws(APIError) -> JSON {
        let oldServed = Conversion.fromStorage(old, resource: r, storage: s)
        var served = try transform(oldServed)
        guard case .object = served else { throw APIError.badRequest("the body of the request must be a JSON object") }
        if subresource != "scale" { warnings.value = try Registry.checkFields(&served, r, options) }
        if let rv = served.resourceVersion, !rv.isEmpty, rv != currentRV {
            throw APIError.conflict(resource: r.plural, group: r.group, name: old.name ?? "", APIError.staleObjectDetail)
        }
        // upstream ValidateObjectMetaUpdate: the UID is immutable, so a write naming another UID (as the
        // garbage collector's and controllers' patches do, to make sure they land on the object they read)
        // fails instead of changing a namesake.
        if let uid = served.uid, !uid.isEmpty, let oldUID = old.uid, uid != oldUID {
            throw APIError.invalid(kind: r.kind, group: r.group, name: old.name ?? "",
                                   [ValidationSupport.invalid("metadata.uid", uid, "field is immutable")])
        }
        if let k = served["kind"]?.stringValue, !k.isEmpty, k != r.kind {
            throw APIError.badRequest("the API version in the data does not match the expected API version (\(r.groupVersion))")
        }
        var next = Conversion.toStorage(served, resource: r, storage: s)
        let strategy = Strategies.strategy(for: s)
        if subresource == "status" {
            // The status subresource changes only status (upstream status strategies reset the rest).
            var o = old
            o["status"] = next["status"]
            next = o
        } else if subresource == "binding" {
            // A binding sets the node, annotations and the PodScheduled condition, nothing else.
            var o = old
            o[path: ["spec", "nodeName"]] = next[path: ["spec", "nodeName"]]
            o[path: ["metadata", "annotations"]] = next[path: ["metadata", "annotations"]]
            o["status"] = next["status"]
            next = o
        } else if subresource == "finalize" {
            // Namespaces' finalize subresource changes only spec.finalizers.
            var o = old
            o[path: ["spec", "finalizers"]] = next[path: ["spec", "finalizers"]]
            next = o
        } else {
            strategy.applyDefaults(&next)
            try strategy.admit(&next, AdmissionAttributes(operation: .update, resource: r, namespace: old.namespace ?? "",
                                                          name: old.name ?? "", old: old, dryRun: options.dryRun),
                               lookup: lookup)
            strategy.prepareForUpdate(&next, old: old)
        }
        next["apiVersion"] = .string(s.groupVersion)
        next["kind"] = .string(s.kind)
        if next["metadata"]?.objectValue == nil { next["metadata"] = .object(JSONObject()) }
        for f in ["name", "namespace", "uid", "creationTimestamp", "deletionTimestamp", "deletionGracePeriodSeconds",
                  "generation", "selfLink"] {
            next[path: ["metadata", f]] = old[path: ["metadata", f]]
        }
        next[path: ["metadata", "resourceVersion"]] = nil
        ObjectMeta.dropEmptyLists(&next)
        if old.isBeingDeleted {
            // A terminating object may only lose finalizers, never gain them (upstream).
            let added = Set(next.finalizers).subtracting(old.finalizers)
            if !added.isEmpty {
                throw APIError.invalid(kind: r.kind, group: r.group, name: old.name ?? "",
                    [FieldError(.forbidden, "metadata.finalizers", "no new finalizers can be added if the object is being deleted, found new finalizers \(JSON.array(added.sorted().map { .string($0) }).jsonString)")])
            }
        }
        if strategy.tracksGeneration, subresource != "status", strategy.specChanged(next, old: old) {
            next[path: ["metadata", "generation"]] = .int((old[path: ["metadata", "generation"]]?.intValue ?? 0) + 1)
        }
        var errors = ObjectMetaValidation.validate(next["metadata"], namespaced: r.namespaced,
                                                   nameValidator: { strategy.validateName($0) })
        errors += strategy.validate(next)
        // A binding only assigns the node: the spec's immutability rules are for clients' updates.
        if subresource != "binding" { errors += strategy.validateUpdate(next, old: old) }
        if !errors.isEmpty { throw APIError.invalid(kind: r.kind, group: r.group, name: old.name ?? "", errors) }
        if subresource == nil || subresource == "resize" {
            // Upstream's validating admission (LimitRanger, ResourceQuota) runs after validation.
            try ValidatingAdmission.validate(next, AdmissionAttributes(operation: .update, resource: r,
                                                                       namespace: old.namespace ?? "", name: old.name ?? "",
                                                                       old: old, dryRun: options.dryRun,
                                                                       subresource: subresource),
                                             lookup: lookup)
        }
        if !applied {
            // Server-side apply has set ownership itself; every other write is an Update by its manager.
            next = ManagedFields.recordUpdate(old: old, new: next, manager: options.manager, apiVersion: r.groupVersion,
                                              time: now, subresource: subresource == "status" ? "status" : nil,
                                              schema: KubernetesPatchSchema(kind: s.kind))
        }
        return next
    }

    /// Equality of two objects apart from `metadata.resourceVersion`.
    static func sameIgnoringVersion(_ a: JSON, _ b: JSON) -> Bool {
        var a = a
        var b = b
        a[path: ["metadata", "resourceVersion"]] = nil
        b[path: ["metadata", "resourceVersion"]] = nil
        return a == b
    }
}

/// Carries warnings from a store decision (writer thread) to its completion.
final class WarningsBox: @unchecked Sendable {
    // Invariant: `stored` is read and written only under `lock`.
    private let lock = NSLock()
    private var stored: [String] = []
    var value: [String] {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}

/// What an update of one revision of an object comes to: the bytes to write (waiting for their
/// revision), or no write at all.
enum UpdatePlan: Sendable {
    case put(RevisionTemplate, Attributes)
    /// The last finalizer went from an object being deleted: the object goes, as this tombstone.
    case delete(RevisionTemplate, Attributes)
    case unchanged(JSON)
    case dryRun(JSON)
}

/// Thrown out of a store decision to end it without writing because nothing changed.
struct Unchanged: Error {
    let object: JSON
}

/// Thrown out of a store decision under `dryRun=All`, carrying what would have been written.
struct DryRunResult: Error {
    let object: JSON
}
