import API
import Foundation
import JSON

/// Server-side printing: objects rendered as a `meta.k8s.io` Table or as PartialObjectMetadata,
/// for lists, single GETs and watch events.
enum Printing {
    /// Parses bytes the Registry produced (always valid JSON).
    static func parse(_ bytes: [UInt8]) throws(APIError) -> JSON {
        do {
            return try JSONParser.parse(bytes)
        } catch {
            throw APIError.internalError("stored object is not valid JSON: \(error)")
        }
    }

    /// `includeObject=None|Metadata|Object` (default Metadata, as upstream).
    static func includeObject(_ text: String?) throws(APIError) -> TableConvertor.IncludeObject {
        guard let text, !text.isEmpty else { return .metadata }
        guard let v = TableConvertor.IncludeObject(rawValue: text) else {
            throw APIError.badRequest("includeObject: Unsupported value: \"\(text)\": supported values: \"None\", \"Metadata\", \"Object\"")
        }
        return v
    }

    /// The response body for `objects` in a non-plain format; `single` for a GET of one object. Table ages
    /// are counted to `now`, the cluster clock's time (`Registry.clock`).
    static func render(_ objects: [JSON], resource: ResourceInfo, listMetadata: JSON, format: OutputFormat,
                       includeObject: String?, single: Bool, now: Date) throws(APIError) -> [UInt8] {
        switch format {
        case .json:
            return Registry.renderItems(objects.map(\.bytes), kind: resource.kind + "List", apiVersion: resource.groupVersion,
                                        revision: Int64(listMetadata["resourceVersion"]?.stringValue ?? "") ?? 0)
        case .table(let version):
            return TableConvertor.table(objects: objects, resource: resource, listMetadata: listMetadata, now: now,
                                        includeObject: try Printing.includeObject(includeObject), tableVersion: version,
                                        includeColumns: true).bytes
        case .partialMetadata(let version, let list):
            if single && !list, let first = objects.first {
                return PartialObjectMetadata.from(first, apiVersion: "meta.k8s.io/" + version).bytes
            }
            return PartialObjectMetadata.list(items: objects, listMetadata: listMetadata,
                                              apiVersion: "meta.k8s.io/" + version).bytes
        }
    }

    /// A watch event object in the negotiated format; Tables carry column definitions only in the
    /// first event (kubectl reuses the list's columns). Ages are counted to `now`.
    static func watchObject(_ bytes: [UInt8], resource: ResourceInfo, format: OutputFormat,
                            includeObject: TableConvertor.IncludeObject, first: Bool, now: Date) -> [UInt8] {
        guard format != .json, let obj = try? JSONParser.parse(bytes) else { return bytes }
        switch format {
        case .json:
            return bytes
        case .table(let version):
            let meta: JSON = ["resourceVersion": obj[path: ["metadata", "resourceVersion"]] ?? ""]
            return TableConvertor.table(objects: [obj], resource: resource, listMetadata: meta, now: now,
                                        includeObject: includeObject, tableVersion: version, includeColumns: first).bytes
        case .partialMetadata(let version, _):
            return PartialObjectMetadata.from(obj, apiVersion: "meta.k8s.io/" + version).bytes
        }
    }
}
