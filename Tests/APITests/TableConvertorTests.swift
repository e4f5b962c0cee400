import Foundation
import JSON
import Testing
@testable import API

/// Table and PartialObjectMetadata shapes, and HumanDuration.
struct TableConvertorTests {
    static let durations: [(Double, String)] = [
        (95, "95s"), (119, "119s"), (120, "2m"), (150, "2m30s"), (605, "10m"), (720, "12m"),
        (3 * 3600 + 300, "3h5m"), (8 * 3600, "8h"), (30 * 3600, "30h"), (3 * 86400 + 4 * 3600, "3d4h"),
        (40 * 86400, "40d"), (0.4, "0s"), (-0.5, "0s"), (-1.5, "0s"), (-2.5, "<invalid>"),
        (3 * 365 * 86400 + 5 * 86400, "3y5d"), (9 * 365 * 86400, "9y"),
    ]

    @Test(arguments: durations)
    func humanDurationFollowsUpstreamUnits(seconds: Double, expected: String) {
        #expect(HumanDuration.format(seconds) == expected)
    }

    let configMap: JSON = [
        "kind": "ConfigMap", "apiVersion": "v1",
        "metadata": ["name": "settings", "namespace": "default", "uid": "u-1", "resourceVersion": "42",
                     "creationTimestamp": "2026-11-27T03:09:01Z", "labels": ["app": "web"],
                     "managedFields": [["manager": "kubectl", "operation": "Update"]]],
        "data": ["a": "1"],
    ]

    @Test func partialObjectMetadataCarriesMetadataWithoutManagedFields() {
        let p = PartialObjectMetadata.from(configMap)
        #expect(p["kind"] == "PartialObjectMetadata")
        #expect(p["apiVersion"] == "meta.k8s.io/v1")
        #expect(p[path: ["metadata", "labels", "app"]] == "web")
        #expect(p[path: ["metadata", "resourceVersion"]] == "42")
        #expect(p[path: ["metadata", "managedFields"]] == nil)
        #expect(p["data"] == nil)
    }

    @Test func partialObjectMetadataListWrapsItemsAndListMeta() {
        let list = PartialObjectMetadata.list(items: [configMap], listMetadata: ["resourceVersion": "50", "continue": "abc"])
        #expect(list["kind"] == "PartialObjectMetadataList")
        #expect(list[path: ["metadata", "resourceVersion"]] == "50")
        #expect(list[path: ["metadata", "continue"]] == "abc")
        #expect(list["items"]?[0]?["kind"] == "PartialObjectMetadata")
        #expect(list["items"]?[0]?[path: ["metadata", "name"]] == "settings")
    }

    @Test func tableHasUpstreamShapeAndRowObjectsPerIncludeObject() {
        let resource = tableResource("configmaps")
        let table = TableConvertor.table(objects: [configMap], resource: resource,
                                         listMetadata: ["resourceVersion": "50", "remainingItemCount": 3],
                                         now: tableNow, includeObject: .metadata)
        #expect(table["kind"] == "Table")
        #expect(table["apiVersion"] == "meta.k8s.io/v1")
        #expect(table["metadata"] == ["resourceVersion": "50", "remainingItemCount": 3])
        #expect(table["columnDefinitions"]?.arrayValue?.map { $0["name"]?.stringValue ?? "" } == ["Name", "Data", "Age"])
        #expect(table["rows"]?[0]?["cells"] == ["settings", 1, "59s"])
        #expect(table["rows"]?[0]?["object"]?["kind"] == "PartialObjectMetadata")

        let full = TableConvertor.table(objects: [configMap], resource: resource, listMetadata: ["resourceVersion": "50"],
                                        now: tableNow, includeObject: .object, tableVersion: "v1beta1", includeColumns: false)
        #expect(full["apiVersion"] == "meta.k8s.io/v1beta1")
        #expect(full["columnDefinitions"] == .null)
        #expect(full["rows"]?[0]?["object"] == configMap)

        let none = TableConvertor.row(for: configMap, resource: resource, now: tableNow, includeObject: .none)
        #expect(none["object"] == .null)
    }

    @Test func emptyListGivesEmptyRows() {
        let table = TableConvertor.table(objects: [], resource: tableResource("pods"), listMetadata: ["resourceVersion": "7"],
                                         now: tableNow, includeObject: .metadata)
        #expect(table["rows"] == .array([]))
        #expect(table["columnDefinitions"]?.arrayValue?.count == 9)
    }

    @Test func unknownKindGetsNameAndCreatedAtColumns() {
        let widget = ResourceInfo(group: "example.com", version: "v1", kind: "Widget", plural: "widgets",
                                  singular: "widget", scope: .namespaced)
        let cols = TableConvertor.columns(for: widget)
        #expect(cols.count == 2)
        #expect(cols[0]["name"] == "Name" && cols[0]["format"] == "name" && cols[0]["type"] == "string")
        #expect(cols[1]["name"] == "Created At" && cols[1]["type"] == "date" && cols[1]["priority"] == 0)
        let row = TableConvertor.row(for: configMap, resource: widget, now: tableNow, includeObject: .metadata)
        #expect(row["cells"] == ["settings", "2026-11-27T03:09:01Z"])
        let undated = TableConvertor.row(for: ["metadata": ["name": "x"]], resource: widget, now: tableNow, includeObject: .none)
        #expect(undated["cells"] == ["x", "0001-01-01T00:00:00Z"])
    }

    @Test func everyPrinterEmitsOneCellPerColumn() throws {
        let object: JSON = ["metadata": ["name": "x", "creationTimestamp": "2026-11-27T03:00:00Z"]]
        for resource in ResourceRegistry.standard.all {
            let columns = TableConvertor.columns(for: resource)
            let row = TableConvertor.row(for: object, resource: resource, now: tableNow, includeObject: .none)
            #expect(row["cells"]?.arrayValue?.count == columns.count, "\(resource.groupVersion) \(resource.plural)")
            #expect(columns.allSatisfy { $0.objectValue?.keys == ["name", "type", "format", "description", "priority"] })
        }
    }
}
