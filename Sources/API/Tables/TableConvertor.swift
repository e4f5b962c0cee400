import Foundation
import JSON

/// Server-side printing: turns objects into `meta.k8s.io` Tables with the columns and cells
/// kube-apiserver 1.33's printers (`pkg/printers/internalversion`) produce, so kubectl shows the same
/// READY / STATUS / RESTARTS / AGE output as against a real cluster.
public enum TableConvertor {
    /// What each row's `object` carries (`?includeObject=`): nothing, a `PartialObjectMetadata`
    /// (the default), or the whole object.
    public enum IncludeObject: String, Sendable {
        case none = "None"
        case metadata = "Metadata"
        case object = "Object"
    }

    /// Column definitions for a resource (`{name, type, format, description, priority}`). Resources
    /// without a printer get upstream's default: Name (format name) and Created At (type date).
    public static func columns(for resource: ResourceInfo) -> [JSON] {
        TablePrinter.forResource(resource).columns.map(\.json)
    }

    /// One row: `cells` (strings, integers or booleans as upstream emits them), `conditions` when the
    /// printer sets any, and `object` according to `includeObject` (`null` for None, as upstream encodes
    /// an empty RawExtension).
    public static func row(for object: JSON, resource: ResourceInfo, now: Date, includeObject: IncludeObject) -> JSON {
        row(object, printer: TablePrinter.forResource(resource), now: now, includeObject: includeObject,
            metaVersion: "meta.k8s.io/v1")
    }

    /// The whole Table for a list (or a one-object get): `{kind: Table, apiVersion: meta.k8s.io/<tableVersion>,
    /// metadata: {resourceVersion, continue?, remainingItemCount?}, columnDefinitions, rows}`.
    /// `listMetadata` is the list's metadata (for a get, pass `{resourceVersion: <object's>}`);
    /// `includeColumns: false` writes `columnDefinitions: null`, as upstream does for `noHeaders`
    /// and as watch events after the first may.
    public static func table(objects: [JSON], resource: ResourceInfo, listMetadata: JSON, now: Date,
                             includeObject: IncludeObject, tableVersion: String = "v1",
                             includeColumns: Bool = true) -> JSON {
        let printer = TablePrinter.forResource(resource)
        let metaVersion = "meta.k8s.io/" + tableVersion
        let rows = objects.map { row($0, printer: printer, now: now, includeObject: includeObject, metaVersion: metaVersion) }
        return .object(JSONObject([
            ("kind", "Table"),
            ("apiVersion", .string(metaVersion)),
            ("metadata", listMeta(listMetadata)),
            ("columnDefinitions", includeColumns ? .array(printer.columns.map(\.json)) : .null),
            ("rows", .array(rows)),
        ]))
    }

    static func row(_ object: JSON, printer: TablePrinter, now: Date, includeObject: IncludeObject,
                    metaVersion: String) -> JSON {
        var row = JSONObject([("cells", .array(printer.cells(object, now)))])
        let conditions = printer.conditions(object)
        if !conditions.isEmpty { row["conditions"] = .array(conditions) }
        switch includeObject {
        case .none: row["object"] = .null
        case .metadata: row["object"] = PartialObjectMetadata.from(object, apiVersion: metaVersion)
        case .object: row["object"] = object
        }
        return .object(row)
    }

    /// `ListMeta` carried over: resourceVersion, continue and remainingItemCount when set (all
    /// `omitempty` upstream).
    static func listMeta(_ listMetadata: JSON) -> JSON {
        var meta = JSONObject()
        if let rv = listMetadata["resourceVersion"]?.stringValue, !rv.isEmpty { meta["resourceVersion"] = .string(rv) }
        if let c = listMetadata["continue"]?.stringValue, !c.isEmpty { meta["continue"] = .string(c) }
        if let n = listMetadata["remainingItemCount"]?.intValue { meta["remainingItemCount"] = .int(n) }
        return .object(meta)
    }
}
