import API
import Foundation
import JSON
import Testing

/// metrics-server's number formats: apimachinery's canonical quantities of nanocores (DecimalSI) and
/// bytes (BinarySI), and Go's duration strings for the window.
@Suite struct MetricsFormatTests {
    @Test(arguments: [
        (Int64(0), "0"), (Int64(1), "1n"), (1_234_567, "1234567n"), (1_500_000, "1500u"), (250_000_000, "250m"),
        (1_000_000_000, "1"), (1_005_000_000, "1005m"), (2_000_000_000, "2"), (12_000, "12u"), (-5, "0"),
    ])
    func cpuIsCanonicalNanocores(nanos: Int64, text: String) {
        #expect(MetricsFormat.cpu(nanoCores: nanos) == text)
    }

    @Test(arguments: [
        (Int64(0), "0"), (Int64(1000), "1k"), (1023, "1023"), (1024, "1Ki"), (1536, "1536"), (12_641_280, "12345Ki"),
        (Int64(12 * 1024 * 1024), "12Mi"), (Int64(3) * 1024 * 1024 * 1024, "3Gi"), (1_000_000, "1000000"),
    ])
    func memoryIsCanonicalBinaryBytes(bytes: Int64, text: String) {
        #expect(MetricsFormat.memory(bytes: bytes) == text)
    }

    @Test(arguments: [
        (0.0, "0s"), (15.0, "15s"), (14.5, "14.5s"), (90.0, "1m30s"), (3600.0, "1h0m0s"), (0.5, "500ms"),
        (0.000_001_5, "1.5µs"), (15.123_456_789, "15.123456789s"), (60.25, "1m0.25s"),
    ])
    func windowPrintsAsAGoDuration(seconds: Double, text: String) {
        #expect(MetricsFormat.duration(seconds: seconds) == text)
    }

    @Test func podMetricsItemHasMetricsServersFieldOrder() {
        let at = Date(timeIntervalSince1970: 1_800_000_000)
        let usage = PodUsage(namespace: "default", name: "web", timestamp: at, window: 15,
                             containers: [ContainerUsage(name: "app", cpuNanoCores: 1_234_567, memoryBytes: 12_641_280)])
        let item = MetricsAPI.podMetrics(usage, labels: ["app": "web"], now: at)
        let text = String(decoding: MetricsAPI.list([item], kind: "PodMetricsList").bytes, as: UTF8.self)
        #expect(text == #"{"kind":"PodMetricsList","apiVersion":"metrics.k8s.io/v1beta1","metadata":{},"items":[{"metadata":{"name":"web","namespace":"default","creationTimestamp":"2027-01-15T08:00:00Z","labels":{"app":"web"}},"timestamp":"2027-01-15T08:00:00Z","window":"15s","containers":[{"name":"app","usage":{"cpu":"1234567n","memory":"12345Ki"}}]}]}"#)
        // Without labels the field is left out, as Go's omitempty does.
        #expect(MetricsAPI.podMetrics(usage, labels: .object(JSONObject()), now: at)[path: ["metadata", "labels"]] == nil)
    }

    @Test func tableSumsContainersAndHasNoColumnsWhenEmpty() {
        let at = Date(timeIntervalSince1970: 1_800_000_000)
        let usage = PodUsage(namespace: "default", name: "web", timestamp: at, window: 15, containers: [
            ContainerUsage(name: "a", cpuNanoCores: 1_000_000_000, memoryBytes: 12 * 1024 * 1024),
            ContainerUsage(name: "b", cpuNanoCores: 5_000_000, memoryBytes: 4 * 1024 * 1024),
        ])
        let table = MetricsAPI.table([MetricsAPI.podMetrics(usage, labels: nil, now: at)], tableVersion: "v1", includeObject: .none)
        #expect(table["columnDefinitions"]?.arrayValue?.compactMap { $0["name"]?.stringValue } == ["Name", "cpu", "memory", "Window"])
        #expect(table["rows"]?[0]?["cells"] == ["web", "1005m", "16Mi", "15s"])
        let empty = MetricsAPI.table([], tableVersion: "v1", includeObject: .metadata)
        #expect(empty["columnDefinitions"] == .null)
        #expect(empty["rows"] == .null)
    }
}
