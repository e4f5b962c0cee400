import JSON

/// Field ownership (`metadata.managedFields`) and server-side apply, with the semantics of
/// sigs.k8s.io/structured-merge-diff as kube-apiserver uses it: every write records which fields
/// its manager changed; an apply merges the applied configuration into the live object, removes
/// fields its manager stopped applying (unless someone else owns them), and refuses (409) to
/// change fields another manager owns unless forced.
public enum ManagedFields {
    /// Server-side apply of `config` (the applied configuration, as JSON) by `manager` to `live`
    /// (the current object in the served version, nil to create). Returns the merged object with
    /// `metadata.managedFields` updated.
    public static func apply(config: JSON, live: JSON?, manager: String, force: Bool, apiVersion: String,
                             time: String, subresource: String? = nil,
                             schema: any StrategicSchema) throws(APIError) -> JSON {
        try validateConfig(config, apiVersion: apiVersion)
        var walker = FieldWalker(schema: schema, subresource: subresource)
        let base = live ?? .object(JSONObject())
        var entries = live.flatMap(ManagedFieldsEntry.decode) ?? []
        let configSet = walker.fieldSet(of: config)
        var merged = ApplyMerge(lists: walker.lists).merge(base, config, path: [])

        let index = entries.firstIndex {
            $0.sameIdentity(manager: manager, operation: ManagedFieldsEntry.apply, apiVersion: apiVersion, subresource: subresource)
        }
        let lastSet = index.map { entries[$0].fields } ?? FieldSet()
        if let index {
            entries[index].fields = configSet
            entries[index].apiVersion = apiVersion
        } else {
            entries.append(ManagedFieldsEntry(manager: manager, operation: ManagedFieldsEntry.apply, apiVersion: apiVersion,
                                              time: time, subresource: subresource, fields: configSet))
        }
        let applier = index ?? entries.count - 1

        // Fields this manager applied before but not now are removed unless someone still owns them.
        let dropped = lastSet.subtracting(configSet)
        if !dropped.isEmpty {
            let owned = entries.reduce(FieldSet()) { $0.union($1.fields) }
            merged = ApplyMerge(lists: walker.lists).prune(merged, remove: dropped, owned: owned, path: [])
        }

        var liveWithoutEntries = base
        liveWithoutEntries[path: ["metadata", "managedFields"]] = nil
        merged[path: ["metadata", "managedFields"]] = nil
        let (changed, removed) = walker.compare(liveWithoutEntries, merged)

        var conflicts: [(entry: ManagedFieldsEntry, fields: FieldSet)] = []
        for i in entries.indices where i != applier {
            let clash = entries[i].fields.intersection(changed)
            if !clash.isEmpty { conflicts.append((entries[i], clash)) }
        }
        var takeOver = force
        if !force && !conflicts.isEmpty {
            // kubectl upgrading from client-side apply may take over the fields its
            // last-applied-configuration annotation still describes (upstream lastAppliedManager).
            let allowed = manager == "kubectl" ? clientSideApplied(live, schema: schema) : nil
            let remaining = conflicts.compactMap { c -> (entry: ManagedFieldsEntry, fields: FieldSet)? in
                let rest = allowed.map { c.fields.subtracting($0) } ?? c.fields
                return rest.isEmpty ? nil : (c.entry, rest)
            }
            if !remaining.isEmpty { throw conflictError(remaining) }
            takeOver = true
        }
        for i in entries.indices where i != applier {
            var f = entries[i].fields
            if takeOver { f = f.subtracting(changed) }
            f = f.subtractingRecursively(removed)
            if f != entries[i].fields { entries[i].fields = f }
        }
        if !changed.isEmpty || !removed.isEmpty || index == nil || lastSet != configSet {
            entries[applier].time = time
        }
        setEntries(entries, on: &merged)
        if manager == "kubectl" { syncLastApplied(config: config, into: &merged) }
        return merged
    }

    /// Records a non-apply write (create, update, patch) by `manager`: the fields that changed
    /// from `old` (nil on create) to `new` become the manager's (operation `Update`) and leave
    /// every other manager; managers left with nothing are dropped. Returns `new` with
    /// `metadata.managedFields` set.
    public static func recordUpdate(old: JSON?, new: JSON, manager: String, apiVersion: String, time: String,
                                    subresource: String? = nil, schema: any StrategicSchema) -> JSON {
        let newEntriesJSON = new[path: ["metadata", "managedFields"]]
        let oldEntriesJSON = old?[path: ["metadata", "managedFields"]]
        if case .array(let items)? = newEntriesJSON, items.count == 1, items[0] == .object(JSONObject()) {
            // `managedFields: [{}]` is how a client clears ownership (an empty list is ignored so
            // that clients unaware of the field cannot wipe it).
            var out = new
            out[path: ["metadata", "managedFields"]] = nil
            return out
        }
        if old == nil, newEntriesJSON == nil {
            return recordCreate(new, manager: manager, apiVersion: apiVersion, time: time, subresource: subresource,
                                schema: schema).object
        }
        var walker = FieldWalker(schema: schema, subresource: subresource)
        var changed: FieldSet
        var removed = FieldSet()
        if let old {
            (changed, removed) = walker.compare(old, new)
        } else {
            changed = walker.fieldSet(of: new)
        }
        // Entries sent with the request replace the stored ones (upstream lets clients rewrite
        // managedFields directly), except on subresources or when they do not decode.
        var entriesJSON = oldEntriesJSON
        var entries: [ManagedFieldsEntry]?
        if subresource == nil, let sent = newEntriesJSON, sent != oldEntriesJSON, sent.arrayValue?.isEmpty == false,
           let decoded = ManagedFieldsEntry.decode(new) {
            entriesJSON = sent
            entries = decoded
        }
        if changed.isEmpty && removed.isEmpty {
            var out = new
            out[path: ["metadata", "managedFields"]] = entriesJSON
            return out
        }
        var list = entries ?? old.flatMap(ManagedFieldsEntry.decode) ?? []
        var mine: Int?
        for i in list.indices {
            let f = list[i].fields.subtracting(changed).subtractingRecursively(removed)
            if f != list[i].fields { list[i].fields = f }
            if list[i].sameIdentity(manager: manager, operation: ManagedFieldsEntry.update, apiVersion: apiVersion,
                                    subresource: subresource) {
                mine = i
            }
        }
        if let mine {
            list[mine].fields = list[mine].fields.union(changed)
            list[mine].time = time
        } else {
            list.append(ManagedFieldsEntry(manager: manager, operation: ManagedFieldsEntry.update, apiVersion: apiVersion,
                                           time: time, subresource: subresource, fields: changed))
        }
        var out = new
        setEntries(list, on: &out)
        return out
    }

    /// The ownership of a create without managedFields (nearly all of them): one entry owning
    /// every field set. Also returns the encoding of the `metadata.managedFields` it set, built from
    /// the cached encoding of the FieldsV1, so that writing the object need not encode it again.
    static func recordCreate(_ new: JSON, manager: String, apiVersion: String, time: String, subresource: String? = nil,
                             schema: any StrategicSchema) -> (object: JSON, encodedEntries: [UInt8]?) {
        var walker = FieldWalker(schema: schema, subresource: subresource)
        let fields: JSON?
        let encoded: [UInt8]?
        if let k = schema as? KubernetesPatchSchema {
            let cached = FieldsV1Cache.fieldsV1(of: new, kind: k.kind, walker: &walker)
            (fields, encoded) = (cached.fields, cached.encoded)
        } else {
            (fields, encoded) = (walker.fieldsV1(of: new), nil)
        }
        guard let fields, case .object(let o) = fields, !o.isEmpty else { return (new, nil) }
        let entry = ManagedFieldsEntry(manager: manager, operation: ManagedFieldsEntry.update, apiVersion: apiVersion,
                                       time: time, subresource: subresource, fields: FieldSet())
        let entryJSON = entry.json(fieldsV1: fields)
        var out = new
        out[path: ["metadata", "managedFields"]] = [entryJSON]
        guard let encoded else { return (out, nil) }
        var w = JSONWriter(capacity: encoded.count + 256)
        w.append("[")
        _ = w.write(entryJSON, splices: [JSONSplice(path: ["fieldsV1"], replacement: encoded)])
        w.append("]")
        return (out, w.bytes)
    }

    /// Stores entries on an object (removing the field when none is left).
    private static func setEntries(_ entries: [ManagedFieldsEntry], on object: inout JSON) {
        let encoded = ManagedFieldsEntry.encode(entries)
        object[path: ["metadata", "managedFields"]] = encoded.arrayValue?.isEmpty == false ? encoded : nil
    }

    /// The checks upstream makes on an applied configuration before merging it.
    private static func validateConfig(_ config: JSON, apiVersion: String) throws(APIError) {
        guard case .object = config else {
            throw APIError.badRequest("error decoding YAML: the applied configuration must be an object, not \(config.typeName)")
        }
        if config[path: ["metadata", "managedFields"]] != nil {
            throw APIError.badRequest("metadata.managedFields must be nil")
        }
        guard let version = config["apiVersion"]?.stringValue, !version.isEmpty,
              let kind = config["kind"]?.stringValue, !kind.isEmpty
        else {
            throw APIError.badRequest("Object 'Kind' is missing in '\(config.jsonString.prefix(200))'")
        }
        if version != apiVersion {
            throw APIError.badRequest("Incorrect version specified in apply patch. Specified patch version: \(version), expected: \(apiVersion)")
        }
    }
}
