import API
import JSON

/// The `Available` verdict for one APIService, as kube-aggregator's availability controllers (1.27–1.33)
/// reach it, minus the discovery request they finally send to the service (the simulated cluster has no
/// TLS endpoint to call; a ready endpoint is taken as an answering server). Pure, so it is table-tested.
public struct AvailabilityCheck: Equatable, Sendable {
    /// "True" or "False".
    public var status: String
    public var reason: String
    public var message: String

    public init(status: String, reason: String, message: String) {
        self.status = status
        self.reason = reason
        self.message = message
    }

    /// The verdict for `apiService` given its Service and that Service's Endpoints (nil when absent).
    /// A local APIService (no `spec.service`) is always available. For a ClusterIP Service, the
    /// APIService's port (default 443) must be one of the Service's ports, and the Endpoints must have a
    /// subset with an address and a port of that port's name.
    public static func evaluate(apiService: JSON, service: JSON?, endpoints: JSON?) -> AvailabilityCheck {
        guard let ref = apiService[path: ["spec", "service"]], case .object = ref else {
            return AvailabilityCheck(status: "True", reason: "Local", message: "Local APIServices are always available")
        }
        let name = ref["name"]?.stringValue ?? ""
        let namespace = ref["namespace"]?.stringValue ?? ""
        let port = ref["port"]?.intValue ?? 443
        let subject = "service/\(name) in \"\(namespace)\""
        guard let service else {
            return AvailabilityCheck(status: "False", reason: "ServiceNotFound", message: "\(subject) is not present")
        }
        let type = service[path: ["spec", "type"]]?.stringValue ?? "ClusterIP"
        if type == "ClusterIP" {
            let ports = service[path: ["spec", "ports"]]?.arrayValue ?? []
            guard let servicePort = ports.first(where: { $0["port"]?.intValue == port }) else {
                return AvailabilityCheck(status: "False", reason: "ServicePortError",
                                         message: "\(subject) is not listening on port \(port)")
            }
            let portName = servicePort["name"]?.stringValue ?? ""
            guard let endpoints else {
                return AvailabilityCheck(status: "False", reason: "EndpointsNotFound",
                                         message: "cannot find endpoints for \(subject)")
            }
            let subsets = endpoints["subsets"]?.arrayValue ?? []
            let served = subsets.contains { subset in
                !(subset["addresses"]?.arrayValue ?? []).isEmpty
                    && (subset["ports"]?.arrayValue ?? []).contains { ($0["name"]?.stringValue ?? "") == portName }
            }
            guard served else {
                return AvailabilityCheck(status: "False", reason: "MissingEndpoints",
                                         message: "endpoints for \(subject) have no addresses with port name \"\(portName)\"")
            }
        }
        return AvailabilityCheck(status: "True", reason: "Passed", message: "all checks passed")
    }

    /// `status.conditions` with this verdict as the `Available` condition, as upstream's
    /// `SetAPIServiceCondition` sets it: the transition time moves only when the status changes.
    public func conditions(replacing current: JSON?, now: String) -> JSON {
        var list = current?.arrayValue ?? []
        if let i = list.firstIndex(where: { $0["type"]?.stringValue == "Available" }) {
            var c = list[i]
            if c["status"]?.stringValue != status {
                c["status"] = .string(status)
                c["lastTransitionTime"] = .string(now)
            }
            c["reason"] = .string(reason)
            c["message"] = .string(message)
            list[i] = c
        } else {
            list.append(.object(JSONObject([
                ("type", "Available"), ("status", .string(status)), ("lastTransitionTime", .string(now)),
                ("reason", .string(reason)), ("message", .string(message)),
            ])))
        }
        return .array(list)
    }
}
