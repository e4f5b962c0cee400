import Foundation
import JSON

/// The Event printer (core/v1 shape; the events.k8s.io/v1 field names are read as fallbacks, since
/// upstream prints both through the same internal type). Column order is upstream's wide order.
enum EventPrinter {
    static let printer = TablePrinter(
        columns: [
            TableColumn("Last Seen", "The time at which the most recent occurrence of this event was recorded."),
            TableColumn("Type", "Type of this event (Normal, Warning), new types could be added in the future"),
            TableColumn("Reason", "This should be a short, machine understandable string that gives the reason for "
                + "the transition into the object's current status."),
            TableColumn("Object", "The object that this event is about."),
            TableColumn("Subobject", "If referring to a piece of an object instead of an entire object, this string "
                + "should contain a valid JSON/Go field access statement, such as desiredState.manifest.containers[2].",
                priority: 1),
            TableColumn("Source", "The component reporting this event. Should be a short machine understandable "
                + "string.", priority: 1),
            TableColumn("Message", "A human-readable description of the status of this operation."),
            TableColumn("First Seen", "The time at which the event was first recorded. (Time of server receipt is in "
                + "TypeMeta.)", priority: 1),
            TableColumn("Count", "The number of times this event has occurred.", priority: 1),
            TableColumn("Name", format: "name", Docs.name, priority: 1),
        ],
        cells: { event, now in cells(event, now: now) })

    private static func present(_ value: JSON?) -> JSON? {
        guard let value, !value.isNull, value.stringValue != "" else { return nil }
        return value
    }

    static func cells(_ e: JSON, now: Date) -> [JSON] {
        let first = present(e["firstTimestamp"]) ?? present(e["deprecatedFirstTimestamp"])
        let firstSeen = first != nil ? TableCells.since(first, now) : TableCells.since(present(e["eventTime"]), now)
        let last = present(e["lastTimestamp"]) ?? present(e["deprecatedLastTimestamp"])
        var lastSeen = last != nil ? TableCells.since(last, now) : firstSeen
        var count = e["count"]?.intValue ?? e["deprecatedCount"]?.intValue ?? 0
        if let series = e["series"], !series.isNull {
            lastSeen = TableCells.since(present(series["lastObservedTime"]), now)
            count = TableCells.int(series["count"])
        } else if count == 0 {
            count = 1  // singleton events carry no count in the new API
        }
        let involved = present(e["involvedObject"]) ?? e["regarding"]
        let kind = TableCells.string(involved?["kind"]).lowercased()
        let objectName = TableCells.string(involved?["name"])
        let target = objectName.isEmpty ? kind : "\(kind)/\(objectName)"
        let source = e["source"] ?? e["deprecatedSource"]
        let component = firstNonEmpty(TableCells.string(source?["component"]), TableCells.string(e["reportingController"]))
        let host = firstNonEmpty(TableCells.string(source?["host"]), TableCells.string(e["reportingInstance"]))
        let message = (e["message"] ?? e["note"])?.stringValue ?? ""
        return [.string(lastSeen), .string(TableCells.string(e["type"])), .string(TableCells.string(e["reason"])),
                .string(target), .string(TableCells.string(involved?["fieldPath"])),
                .string(host.isEmpty ? component : component + ", " + host),
                .string(message.trimmingCharacters(in: .whitespacesAndNewlines)), .string(firstSeen), .int(count),
                .string(TableCells.name(e))]
    }

    private static func firstNonEmpty(_ a: String, _ b: String) -> String { a.isEmpty ? b : a }
}
