import API
import JSON

/// A Service, read through for the endpoint controllers.
struct ServiceView {
    /// The whole object.
    let object: JSON
    init(_ object: JSON) { self.object = object }

    var name: String { object.name ?? "" }
    var namespace: String { object.namespace ?? "" }
    var uid: String { object.uid ?? "" }
    /// `spec.type` ("ClusterIP" when unset).
    var type: String { object[path: ["spec", "type"]]?.stringValue ?? "ClusterIP" }
    /// `spec.clusterIP` ("" when unset, "None" when headless).
    var clusterIP: String { object[path: ["spec", "clusterIP"]]?.stringValue ?? "" }
    /// upstream `helper.IsServiceIPSet`: false for a headless Service.
    var isIPSet: Bool { clusterIP != "None" && !clusterIP.isEmpty }
    /// `spec.ipFamilies`.
    var ipFamilies: [String] { (object[path: ["spec", "ipFamilies"]]?.arrayValue ?? []).compactMap(\.stringValue) }
    /// `spec.publishNotReadyAddresses`.
    var publishNotReadyAddresses: Bool { object[path: ["spec", "publishNotReadyAddresses"]]?.boolValue ?? false }
    /// `spec.ports`.
    var ports: [ServicePort] { (object[path: ["spec", "ports"]]?.arrayValue ?? []).map(ServicePort.init) }

    /// `spec.selector`; nil when absent. upstream distinguishes nil (the Service's endpoints are managed by
    /// someone else) from an empty map (which selects every Pod of the namespace).
    var selector: [String: String]? {
        guard let s = object[path: ["spec", "selector"]], !s.isNull else { return nil }
        return s.stringMap ?? [:]
    }

    /// The Pods the selector picks (upstream `labels.Set(selector).AsSelectorPreValidated()`); nil when
    /// the Service has no selector.
    var podSelector: LabelSelector? {
        guard let selector else { return nil }
        return Self.selector(selector)
    }

    /// Whether the endpoint controllers manage this Service's endpoints: not `ExternalName`
    /// (upstream issue 105986) and with a selector.
    var hasManagedEndpoints: Bool { type != "ExternalName" && selector != nil }

    /// An equality selector over `labels`.
    static func selector(_ labels: [String: String]) -> LabelSelector {
        let matchLabels = JSONObject(labels.sorted { $0.key < $1.key }.map { ($0.key, JSON.string($0.value)) })
        return (try? LabelSelector(from: ["matchLabels": .object(matchLabels)])) ?? .nothing
    }
}

/// One entry of a Service's `spec.ports`.
struct ServicePort {
    var name: String
    var port: Int64
    var `protocol`: String
    /// A number, or the name of a container port.
    var targetPort: JSON?
    var appProtocol: String?

    init(_ json: JSON) {
        name = json["name"]?.stringValue ?? ""
        port = json["port"]?.intValue ?? 0
        `protocol` = json["protocol"]?.stringValue ?? "TCP"
        targetPort = json["targetPort"]
        appProtocol = json["appProtocol"]?.stringValue
    }
}

/// The rules both endpoint controllers apply to a Pod (upstream `k8s.io/endpointslice/util` and
/// `pkg/api/v1/pod.FindPort`).
enum PodEndpointRules {
    /// upstream `ShouldPodBeInEndpoints`: not Succeeded or Failed, has an IP, and is not terminating
    /// unless `includeTerminating`.
    static func shouldBeInEndpoints(_ pod: JSON, includeTerminating: Bool) -> Bool {
        if Pod(pod).isTerminal { return false }
        if podIPs(pod).isEmpty { return false }
        if !includeTerminating && pod.isBeingDeleted { return false }
        return true
    }

    /// `status.podIPs` (or the single `status.podIP` a Pod written by an older client carries).
    static func podIPs(_ pod: JSON) -> [String] {
        let ips = (pod[path: ["status", "podIPs"]]?.arrayValue ?? []).compactMap { $0["ip"]?.stringValue }.filter { !$0.isEmpty }
        if !ips.isEmpty { return ips }
        if let ip = pod[path: ["status", "podIP"]]?.stringValue, !ip.isEmpty { return [ip] }
        return []
    }

    static func isIPv6(_ ip: String) -> Bool { ip.contains(":") }

    /// upstream `FindPort`: a numeric `targetPort` is the port; a named one is the `containerPort` of the
    /// first container port (containers, then sidecars: init containers with `restartPolicy: Always`)
    /// with that name and the Service port's protocol. nil when the Pod does not expose the name: the
    /// Pod is left out for that port only.
    static func findPort(_ pod: JSON, _ servicePort: ServicePort) -> Int64? {
        switch servicePort.targetPort {
        case .int(let n)?:
            return n
        case .string(let name)?:
            let sidecars = (pod[path: ["spec", "initContainers"]]?.arrayValue ?? [])
                .filter { $0["restartPolicy"]?.stringValue == "Always" }
            for container in (pod[path: ["spec", "containers"]]?.arrayValue ?? []) + sidecars {
                for port in container["ports"]?.arrayValue ?? []
                where port["name"]?.stringValue == name
                    && (port["protocol"]?.stringValue ?? "TCP") == servicePort.protocol {
                    return port["containerPort"]?.intValue
                }
            }
            return nil
        default:
            // Defaulting makes the target the Service port itself.
            return servicePort.port
        }
    }

    /// upstream `ShouldSetHostname`: the Pod names a hostname and sits in the Service's subdomain.
    static func hostname(_ pod: JSON, for service: ServiceView) -> String? {
        guard let hostname = pod[path: ["spec", "hostname"]]?.stringValue, !hostname.isEmpty,
              pod[path: ["spec", "subdomain"]]?.stringValue == service.name, pod.namespace == service.namespace
        else { return nil }
        return hostname
    }

    /// The Pod reference endpoints carry (`kind`, `namespace`, `name`, `uid`).
    static func targetRef(_ pod: JSON) -> TargetRef {
        TargetRef(kind: "Pod", namespace: pod.namespace ?? "", name: pod.name ?? "", uid: pod.uid ?? "")
    }

    /// `spec.nodeName`, when set.
    static func nodeName(_ pod: JSON) -> String? { Pod(pod).nodeName }
}

/// An endpoint's `targetRef`. Compared without `resourceVersion`, as upstream's
/// `semanticIgnoreResourceVersion` does, so that Pod updates that do not matter cause no writes.
struct TargetRef: Equatable {
    var kind: String
    var namespace: String
    var name: String
    var uid: String

    init(kind: String, namespace: String, name: String, uid: String) {
        self.kind = kind
        self.namespace = namespace
        self.name = name
        self.uid = uid
    }

    init?(_ json: JSON?) {
        guard let json, json.objectValue != nil else { return nil }
        self.init(kind: json["kind"]?.stringValue ?? "", namespace: json["namespace"]?.stringValue ?? "",
                  name: json["name"]?.stringValue ?? "", uid: json["uid"]?.stringValue ?? "")
    }

    /// The JSON form; empty fields are left out (`omitempty`).
    var json: JSON {
        var o = JSONObject()
        for (k, v) in [("kind", kind), ("namespace", namespace), ("name", name), ("uid", uid)] where !v.isEmpty {
            o[k] = .string(v)
        }
        return .object(o)
    }
}
