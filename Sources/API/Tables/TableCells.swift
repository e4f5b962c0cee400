import Foundation
import JSON

/// Helpers shared by the printers: reading optional fields of JSON objects and formatting them the
/// way upstream's printers do.
enum TableCells {
    /// `HumanDuration(now − timestamp)`, or `<unknown>` when the timestamp is missing or unparsable
    /// (upstream's `translateTimestampSince` on a zero time).
    static func since(_ timestamp: JSON?, _ now: Date) -> String {
        guard let text = timestamp?.stringValue, let date = ObjectMeta.parseTimestamp(text) else { return "<unknown>" }
        return HumanDuration.format(now.timeIntervalSince(date))
    }

    /// AGE of an object: time since `metadata.creationTimestamp`.
    static func age(_ object: JSON, _ now: Date) -> String { since(object[path: ["metadata", "creationTimestamp"]], now) }

    /// `metadata.name` ("" if missing).
    static func name(_ object: JSON) -> String { object[path: ["metadata", "name"]]?.stringValue ?? "" }

    /// A string field, "" when missing.
    static func string(_ value: JSON?) -> String { value?.stringValue ?? "" }

    /// An integer field, 0 when missing (Go's zero value).
    static func int(_ value: JSON?) -> Int64 { value?.intValue ?? 0 }

    /// The elements of an array field, [] when missing.
    static func array(_ value: JSON?) -> [JSON] { value?.arrayValue ?? [] }

    /// `spec.replicas` with the API default of 1 when unset.
    static func replicas(_ spec: JSON?) -> Int64 { spec?["replicas"]?.intValue ?? 1 }

    /// `labels.FormatLabels`: sorted `k=v` joined by commas, `<none>` when empty.
    static func formatLabels(_ map: JSON?) -> String {
        guard let labels = map?.stringMap, !labels.isEmpty else { return "<none>" }
        return labels.map { "\($0.key)=\($0.value)" }.sorted(by: utf8Less).joined(separator: ",")
    }

    /// `metav1.FormatLabelSelector`: the selector string, `<none>` when it selects nothing or
    /// everything, `<error>` when it does not convert.
    static func formatLabelSelector(_ selector: JSON?) -> String {
        guard let text = selectorString(selector) else { return "<error>" }
        return text.isEmpty ? "<none>" : text
    }

    /// `LabelSelectorAsSelector(s).String()`, nil when the selector is invalid.
    static func selectorString(_ selector: JSON?) -> String? {
        do throws(APIError) {
            return try LabelSelector(from: selector ?? .null).description
        } catch {
            return nil
        }
    }

    /// `layoutContainerCells`: container names and images, each comma-joined.
    static func containerCells(_ podSpec: JSON?) -> (names: String, images: String) {
        let containers = array(podSpec?["containers"])
        return (containers.map { string($0["name"]) }.joined(separator: ","),
                containers.map { string($0["image"]) }.joined(separator: ","))
    }

    /// `listWithMoreString`: up to `max` entries comma-joined, then ` + N more...`; `<unset>` when empty.
    static func listWithMore(_ all: [String], max: Int = 3) -> String {
        if all.count > max {
            return all.prefix(max).joined(separator: ",") + " + \(all.count - max) more..."
        }
        return all.isEmpty ? "<unset>" : all.joined(separator: ",")
    }

    /// Load-balancer ingress points (IP, else hostname), sorted and de-duplicated as `sets.String`
    /// lists them. The server prints wide, so nothing is clipped.
    static func loadBalancerIngress(_ status: JSON?) -> [String] {
        var seen = Set<String>()
        for entry in array(status?["ingress"]) {
            let ip = string(entry["ip"]), host = string(entry["hostname"])
            if !ip.isEmpty { seen.insert(ip) } else if !host.isEmpty { seen.insert(host) }
        }
        return seen.sorted(by: utf8Less)
    }

    /// The condition of `type` in a `conditions` array.
    static func condition(_ conditions: JSON?, _ type: String) -> JSON? {
        array(conditions).first { $0["type"]?.stringValue == type }
    }

    /// Whether the first condition of `type` has status True (upstream's `hasJobCondition` and friends).
    static func conditionTrue(_ conditions: JSON?, _ type: String) -> Bool {
        condition(conditions, type)?["status"]?.stringValue == "True"
    }

    /// An IntOrString printed as `intstr.String()`.
    static func intOrString(_ value: JSON) -> String {
        if let i = value.intValue { return String(i) }
        return value.stringValue ?? ""
    }

    /// A Quantity field printed canonically (`Quantity.String()`), `<nil>` when absent as Go prints
    /// a nil `*Quantity`.
    static func quantity(_ value: JSON?) -> String {
        guard let value, !value.isNull else { return "<nil>" }
        return Quantity(json: value)?.description ?? (value.stringValue ?? "0")
    }

    /// Byte-wise ordering, as Go sorts strings.
    static func utf8Less(_ a: String, _ b: String) -> Bool { Array(a.utf8).lexicographicallyPrecedes(Array(b.utf8)) }
}
