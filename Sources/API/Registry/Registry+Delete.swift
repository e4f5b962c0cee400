import JSON
import Storage

extension Registry {
    /// DELETE of one object: checks the options and preconditions, then does what `Deletion.decide` says
    /// for the kind: a graceful deletion (pods) or finalizers, including those the propagation policy adds,
    /// only mark the object (`deletionTimestamp`); otherwise it is removed at once. Answers 200 with the
    /// object as it was last stored (upstream returns the object).
    public func delete(_ r: ResourceInfo, namespace: String?, name: String, options: DeleteOptions,
                       completion: @escaping WriteCompletion) {
        let s = storageResource(r)
        let strategy = Strategies.strategy(for: s)
        let now = clock.now()
        let k = key(r, namespace: namespace, name: name)
        let dryRun = options.dryRun
        store.write(key: k, decide: { current, rev in
            guard let current else { throw APIError.notFound(resource: r.plural, group: r.group, name: name) }
            // Upstream validates the options in BeforeDelete, once the object has been read.
            try options.validate()
            var obj = try Registry.parseStored(current)
            if let uid = options.preconditionUID, uid != obj.uid {
                throw APIError.conflict(resource: r.plural, group: r.group, name: name,
                    "Precondition failed: UID in precondition: \(uid), UID in object meta: \(obj.uid ?? "")")
            }
            if let rv = options.preconditionResourceVersion, rv != String(current.revision) {
                throw APIError.conflict(resource: r.plural, group: r.group, name: name,
                    "Precondition failed: ResourceVersion in precondition: \(rv), ResourceVersion in meta: \(current.revision)")
            }
            switch Deletion.decide(obj, strategy: strategy, options: options, now: now) {
            case .unchanged(let same):
                throw Unchanged(object: same)
            case .mark(let marked):
                obj = marked
                obj[path: ["metadata", "resourceVersion"]] = .string(String(rev))
                if dryRun { throw DryRunResult(object: obj) }
                return .put(obj.bytes, attributes: Registry.attributes(obj, s))
            case .remove(let last):
                obj = last
                obj[path: ["metadata", "resourceVersion"]] = .string(String(rev))
                if dryRun { throw DryRunResult(object: obj) }
                return .delete(tombstone: obj.bytes)
            }
        }, completion: { result in
            switch result {
            case .success(let outcome):
                // A delete answers with the tombstone; a graceful one with the marked object.
                let bytes = (outcome.tombstone ?? outcome.object)?.value ?? []
                if outcome.tombstone != nil, let obj = try? JSONParser.parse(bytes) {
                    strategy.afterDelete(obj, allocators: self.allocators)
                }
                completion(.success(WriteResult(code: 200, body: Conversion.output(bytes, resource: r, storage: s))))
            case .failure(let e as Unchanged):
                completion(.success(WriteResult(code: 200, body: Conversion.output(e.object.bytes, resource: r, storage: s))))
            case .failure(let e as DryRunResult):
                completion(.success(WriteResult(code: 200, body: Conversion.output(e.object.bytes, resource: r, storage: s))))
            case .failure(let error):
                completion(.failure(Registry.apiError(error)))
            }
        })
    }

    /// Upstream `ShouldDeleteDuringUpdate`: an update that leaves a deleted object with nothing holding it
    /// removes it, unless a graceful deletion is still running (its grace period is not 0).
    static func deletesDuringUpdate(_ next: JSON, strategy: any KindStrategy) -> Bool {
        guard next.isBeingDeleted, !strategy.finalizationPending(next) else { return false }
        return (next.deletionGracePeriodSeconds ?? 0) == 0
    }
}
