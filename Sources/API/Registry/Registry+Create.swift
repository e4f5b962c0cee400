import JSON
import Storage

extension Registry {
    /// Fills and checks what every create needs before it reaches the store: apiVersion/kind,
    /// namespace, name (from generateName), uid, creationTimestamp, generation, defaults, admission, validation.
    /// Returns the object in the stored version, and the encoding of the managedFields recorded on it
    /// when there is one to reuse.
    func prepareCreate(_ r: ResourceInfo, namespace: String?, object input: JSON, options: WriteOptions,
                       skipManagedFields: Bool = false) throws(APIError)
        -> (JSON, warnings: [String], managedFields: [UInt8]?)
    {
        guard case .object = input else { throw APIError.badRequest("the body of the request must be a JSON object") }
        var obj = input
        try checkTypeMeta(obj, r)
        obj["apiVersion"] = .string(r.groupVersion)
        obj["kind"] = .string(r.kind)
        if obj["metadata"]?.objectValue == nil {
            if let m = obj["metadata"], !m.isNull { throw APIError.badRequest("metadata must be an object") }
            obj["metadata"] = .object(JSONObject())
        }
        if r.namespaced {
            if let ns = obj.namespace, !ns.isEmpty, ns != namespace {
                throw APIError.badRequest("the namespace of the provided object does not match the namespace sent on the request")
            }
            obj[path: ["metadata", "namespace"]] = .string(namespace ?? "")
        } else {
            obj[path: ["metadata", "namespace"]] = nil
        }
        if (obj.name ?? "").isEmpty, let gen = obj[path: ["metadata", "generateName"]]?.stringValue, !gen.isEmpty {
            obj[path: ["metadata", "name"]] = .string(ObjectMeta.generatedName(gen))
        }
        let warnings = try Registry.checkFields(&obj, r, options)
        let s = storageResource(r)
        obj = Conversion.toStorage(obj, resource: r, storage: s)
        let strategy = Strategies.strategy(for: s)
        // Fields the server owns on create (upstream `rest.BeforeCreate` / `FillObjectMetaSystemFields`).
        for f in ["uid", "resourceVersion", "deletionTimestamp", "deletionGracePeriodSeconds", "selfLink"] {
            obj[path: ["metadata", f]] = nil
        }
        obj[path: ["metadata", "uid"]] = .string(ObjectMeta.newUID())
        ObjectMeta.dropEmptyLists(&obj)
        obj[path: ["metadata", "creationTimestamp"]] = .string(ObjectMeta.timestamp(clock.now()))
        if strategy.tracksGeneration {
            obj[path: ["metadata", "generation"]] = 1
        } else {
            obj[path: ["metadata", "generation"]] = nil
        }
        strategy.applyDefaults(&obj)
        // Admission, in upstream's order: NamespaceLifecycle first, then the kind's plugins, all before
        // `BeforeCreate` (prepareForCreate, validation).
        if r.namespaced, let namespace {
            try NamespaceLifecycle.admitCreate(r, name: obj.name ?? "", namespace: namespace,
                                               namespaceFields: store.get(NamespaceLifecycle.key(namespace))?.attributes.fields)
        }
        let requested = obj
        let admission = AdmissionAttributes(operation: .create, resource: r, namespace: namespace ?? "",
                                            name: AdmissionAttributes.reportedName(input), dryRun: options.dryRun)
        let lookup = admissionLookup
        try strategy.admit(&obj, admission, lookup: lookup)
        // Upstream's field manager records the request before admission: what admission adds (the token
        // volume, priority, LimitRanger's defaults) is owned by no manager. (It also keeps every Pod of a
        // ReplicaSet one shape for the FieldsV1 cache, though each gets its own token volume name.)
        var owned: JSON?
        if obj != requested {
            var o = requested
            strategy.prepareForCreate(&o)
            owned = o
        }
        strategy.prepareForCreate(&obj)
        var errors = ObjectMetaValidation.validate(obj["metadata"], namespaced: r.namespaced,
                                                   nameValidator: { strategy.validateName($0) })
        errors += strategy.validate(obj)
        if !errors.isEmpty {
            throw APIError.invalid(kind: r.kind, group: r.group, name: obj.name ?? "", errors)
        }
        // Upstream's validating admission (LimitRanger, ResourceQuota) runs after validation.
        try ValidatingAdmission.validate(obj, admission, lookup: lookup)
        var managedFields: [UInt8]?
        if !skipManagedFields {
            if obj[path: ["metadata", "managedFields"]] == nil {
                let recorded: JSON
                (recorded, managedFields) = ManagedFields.recordCreate(owned ?? obj, manager: options.manager,
                                                                       apiVersion: r.groupVersion,
                                                                       time: ObjectMeta.timestamp(clock.now()),
                                                                       schema: KubernetesPatchSchema(kind: s.kind))
                obj[path: ["metadata", "managedFields"]] = recorded[path: ["metadata", "managedFields"]]
            } else {
                obj = ManagedFields.recordUpdate(old: nil, new: obj, manager: options.manager, apiVersion: r.groupVersion,
                                                 time: ObjectMeta.timestamp(clock.now()), schema: KubernetesPatchSchema(kind: s.kind))
            }
        }
        return (obj, warnings, managedFields)
    }

    /// `fieldValidation`: drops undeclared fields; under Strict they (and duplicate fields) fail the
    /// request as upstream's strict decoder does, otherwise they become warnings (Warn) or vanish (Ignore).
    static func checkFields(_ obj: inout JSON, _ r: ResourceInfo, _ options: WriteOptions) throws(APIError) -> [String] {
        let unknown = UnknownFields.prune(&obj, resource: r)
        let messages = options.warnings + unknown.map { "unknown field \"\($0)\"" }
        if options.isStrict, !messages.isEmpty {
            throw APIError.badRequest("\(r.kind) in version \"\(r.version)\" cannot be handled as a \(r.kind): strict decoding error: \(messages.joined(separator: ", "))")
        }
        return options.reportsWarnings ? messages : []
    }

    /// Rejects a body whose apiVersion or kind names another type (upstream answers 400).
    func checkTypeMeta(_ obj: JSON, _ r: ResourceInfo) throws(APIError) {
        if let k = obj["kind"]?.stringValue, !k.isEmpty, k != r.kind {
            throw APIError.badRequest("the API version in the data (\(obj["apiVersion"]?.stringValue ?? "")) does not match the expected API version (\(r.groupVersion))")
        }
        if let v = obj["apiVersion"]?.stringValue, !v.isEmpty, v != r.groupVersion {
            throw APIError.badRequest("the API version in the data (\(v)) does not match the expected API version (\(r.groupVersion))")
        }
    }

    /// POST of a new object. Calls `completion` once the write is durable (or failed).
    public func create(_ r: ResourceInfo, namespace: String?, object input: JSON, options: WriteOptions,
                       completion: @escaping WriteCompletion) {
        create(r, namespace: namespace, object: input, options: options, skipManagedFields: false, completion: completion)
    }

    /// Create; `skipManagedFields` when the object already carries its ownership (server-side apply).
    func create(_ r: ResourceInfo, namespace: String?, object input: JSON, options: WriteOptions,
                skipManagedFields: Bool, completion: @escaping WriteCompletion) {
        let obj: JSON
        let warnings: [String]
        let managedFields: [UInt8]?
        do throws(APIError) {
            (obj, warnings, managedFields) = try prepareCreate(r, namespace: namespace, object: input, options: options,
                                                skipManagedFields: skipManagedFields)
        } catch {
            completion(.failure(error))
            return
        }
        let s = storageResource(r)
        var prepared = obj
        var claim = Claim.nothing
        if !options.dryRun {
            do throws(APIError) {
                claim = try Strategies.strategy(for: s).beginCreate(&prepared, resource: r, allocators: allocators)
            } catch {
                completion(.failure(error))
                return
            }
        }
        let name = prepared.name ?? ""
        if options.dryRun {
            // Dry run: everything but the write; the server assigns no resourceVersion.
            guard store.get(key(r, namespace: namespace, name: name)) == nil else {
                completion(.failure(APIError.alreadyExists(resource: r.plural, group: r.group, name: name)))
                return
            }
            let out = Conversion.fromStorage(prepared, resource: r, storage: s)
            completion(.success(WriteResult(code: 201, body: out.bytes, warnings: warnings)))
            return
        }
        let claimed = claim
        let attributes = Registry.attributes(prepared, s)
        let template = RevisionTemplate(prepared, managedFields: managedFields)
        store.write(key: key(r, namespace: namespace, name: name), decide: { current, rev in
            if current != nil { throw APIError.alreadyExists(resource: r.plural, group: r.group, name: name) }
            return .put(template.render(revision: rev), attributes: attributes)
        }, completion: { result in
            switch result {
            case .success(let outcome):
                let bytes = outcome.object?.value ?? []
                completion(.success(WriteResult(code: 201, body: Conversion.output(bytes, resource: r, storage: s),
                                                warnings: warnings)))
            case .failure(let error):
                claimed.release()
                completion(.failure(Registry.apiError(error)))
            }
        })
    }
}
