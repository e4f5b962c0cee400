import JSON

/// The metadata-only views of objects (`meta.k8s.io/v1` `PartialObjectMetadata` and
/// `PartialObjectMetadataList`), served for `Accept: application/json;as=PartialObjectMetadata;g=meta.k8s.io;v=v1`
/// (and `…List`) and used as the default `object` of Table rows.
public enum PartialObjectMetadata {
    /// `{kind: PartialObjectMetadata, apiVersion, metadata}` for one object. `managedFields` are left out
    /// unless `keepManagedFields` is set (upstream's `AsPartialObjectMetadata` copies the whole
    /// ObjectMeta; Table rows here drop the bulky field list, which kubectl never reads).
    public static func from(_ object: JSON, apiVersion: String = "meta.k8s.io/v1",
                            keepManagedFields: Bool = false) -> JSON {
        var metadata = object["metadata"] ?? .object(JSONObject())
        if !keepManagedFields, case .object(var meta) = metadata, meta["managedFields"] != nil {
            meta["managedFields"] = nil
            metadata = .object(meta)
        }
        return .object(JSONObject([
            ("kind", "PartialObjectMetadata"),
            ("apiVersion", .string(apiVersion)),
            ("metadata", metadata),
        ]))
    }

    /// `{kind: PartialObjectMetadataList, apiVersion, metadata: {resourceVersion, continue?,
    /// remainingItemCount?}, items}`; the items keep their `managedFields`, as upstream's list does.
    public static func list(items: [JSON], listMetadata: JSON, apiVersion: String = "meta.k8s.io/v1") -> JSON {
        .object(JSONObject([
            ("kind", "PartialObjectMetadataList"),
            ("apiVersion", .string(apiVersion)),
            ("metadata", TableConvertor.listMeta(listMetadata)),
            ("items", .array(items.map { from($0, apiVersion: apiVersion, keepManagedFields: true) })),
        ]))
    }
}
