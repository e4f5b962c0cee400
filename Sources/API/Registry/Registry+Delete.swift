import JSON
import Storage

extension Registry {
    /// DELETE of one object: checks preconditions; an object with finalizers is only marked
    /// (`deletionTimestamp`) and goes away when its last finalizer is removed; otherwise it is removed
    /// at once. Answers 200 with the object as it was last stored (upstream returns the object).
    public func delete(_ r: ResourceInfo, namespace: String?, name: String, options: DeleteOptions,
                       completion: @escaping WriteCompletion) {
        let s = storageResource(r)
        let strategy = Strategies.strategy(for: s)
        let now = ObjectMeta.timestamp(clock.now())
        let k = key(r, namespace: namespace, name: name)
        let dryRun = options.dryRun
        store.write(key: k, decide: { current, rev in
            guard let current else { throw APIError.notFound(resource: r.plural, group: r.group, name: name) }
            var obj = try Registry.parseStored(current)
            if let uid = options.preconditionUID, uid != obj.uid {
                throw APIError.conflict(resource: r.plural, group: r.group, name: name,
                    "Precondition failed: UID in precondition: \(uid), UID in object meta: \(obj.uid ?? "")")
            }
            if let rv = options.preconditionResourceVersion, rv != String(current.revision) {
                throw APIError.conflict(resource: r.plural, group: r.group, name: name,
                    "Precondition failed: ResourceVersion in precondition: \(rv), ResourceVersion in meta: \(current.revision)")
            }
            if Registry.deletesGracefully(obj) {
                if obj.isBeingDeleted { throw Unchanged(object: obj) }
                obj[path: ["metadata", "deletionTimestamp"]] = .string(now)
                obj[path: ["metadata", "deletionGracePeriodSeconds"]] = .int(options.gracePeriodSeconds ?? 0)
                if s.kind == "Namespace" { obj[path: ["status", "phase"]] = "Terminating" }
                obj[path: ["metadata", "resourceVersion"]] = .string(String(rev))
                if dryRun { throw DryRunResult(object: obj) }
                return .put(obj.bytes)
            }
            obj[path: ["metadata", "resourceVersion"]] = .string(String(rev))
            if dryRun { throw DryRunResult(object: obj) }
            return .delete(tombstone: obj.bytes)
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

    /// Whether deleting this object only marks it: it has finalizers (a Namespace always has its
    /// `kubernetes` finalizer in `spec.finalizers`, which the namespace controller clears).
    static func deletesGracefully(_ obj: JSON) -> Bool {
        if !obj.finalizers.isEmpty { return true }
        if obj["kind"]?.stringValue == "Namespace",
           let f = obj[path: ["spec", "finalizers"]]?.arrayValue, !f.isEmpty {
            return true
        }
        return false
    }
}
