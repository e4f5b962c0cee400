/// core/v1 Node, coordination, scheduling, discovery and events.k8s.io kinds, and metrics.k8s.io.
extension OpenAPIDefinitions {
    static let node: [OpenAPITypeDef] = [
        OpenAPITypeDef("core.Node", "A Node is a machine that runs pods. Its status reports capacity, conditions and addresses.", objectHeader() + [
            f("spec", .ref("core.NodeSpec"), "How the node is configured."),
            f("status", .ref("core.NodeStatus"), "The most recently observed status of the node. Read-only."),
        ]),
        OpenAPITypeDef("core.NodeSpec", "The configuration of a node.", [
            f("podCIDR", .string, "The pod IP range of the node."),
            f("podCIDRs", .array(.string), "The pod IP ranges of the node, one per IP family.").set(patchMerge: true),
            f("providerID", .string, "The node's ID at the cloud provider."),
            f("taints", .array(.free), "Taints that repel pods which do not tolerate them.").atomic(),
            f("unschedulable", .boolean, "When true, no new pods are scheduled onto the node (kubectl cordon)."),
        ]),
        OpenAPITypeDef("core.NodeStatus", "The observed state of a node.", [
            f("addresses", .array(.ref("core.NodeAddress")), "Addresses of the node: InternalIP, ExternalIP, Hostname.").merge("type"),
            f("allocatable", .map(.ref("resource.Quantity")), "Resources available to pods."),
            f("capacity", .map(.ref("resource.Quantity")), "Total resources of the node."),
            f("conditions", .array(.free), "Ready, MemoryPressure, DiskPressure, PIDPressure, NetworkUnavailable.").merge("type"),
            f("daemonEndpoints", .free, "Endpoints of daemons on the node (the kubelet port)."),
            f("images", .array(.free), "Images present on the node.").atomic(),
            f("nodeInfo", .free, "Versions and IDs of the node's software."),
            f("phase", .string, "Deprecated."),
        ]),
        OpenAPITypeDef("core.NodeAddress", "One address of a node.", required: ["type", "address"], [
            f("address", .string, "The address."),
            f("type", .string, "Hostname, InternalIP, ExternalIP, InternalDNS or ExternalDNS."),
        ]),
    ]

    static let cluster: [OpenAPITypeDef] = [
        OpenAPITypeDef("coord.Lease", "A Lease records which holder owns a lock (leader election, node heartbeats).", objectHeader() + [
            f("spec", .ref("coord.LeaseSpec"), "The holder and timing of the lease."),
        ]),
        OpenAPITypeDef("coord.LeaseSpec", "The state of a lease.", [
            f("acquireTime", .ref("meta.MicroTime"), "When the current holder acquired the lease."),
            f("holderIdentity", .string, "The current holder."),
            f("leaseDurationSeconds", .int32, "Seconds candidates wait after the last renewal before taking over."),
            f("leaseTransitions", .int32, "How many times the lease changed holder."),
            f("preferredHolder", .string, "A holder the lease should pass to."),
            f("renewTime", .ref("meta.MicroTime"), "When the holder last renewed the lease."),
            f("strategy", .string, "How a holder is chosen in coordinated leader election."),
        ]),
        OpenAPITypeDef("sched.PriorityClass", "A PriorityClass maps a name to a pod priority.", required: ["value"], objectHeader() + [
            f("description", .string, "When to use this class."),
            f("globalDefault", .boolean, "Whether pods without a priorityClassName get this class."),
            f("preemptionPolicy", .string, "PreemptLowerPriority (default) or Never."),
            f("value", .int32, "The priority; higher runs first."),
        ]),
        OpenAPITypeDef("disc.EndpointSlice", "An EndpointSlice lists some of the endpoints behind a service.", required: ["addressType", "endpoints"],
                       objectHeader() + [
            f("addressType", .string, "IPv4, IPv6 or FQDN."),
            f("endpoints", .array(.ref("disc.Endpoint")), "The endpoints.").atomic(),
            f("ports", .array(.ref("disc.EndpointPort")), "Ports available on every endpoint.").atomic(),
        ]),
        OpenAPITypeDef("disc.Endpoint", "One endpoint of a service.", required: ["addresses"], [
            f("addresses", .array(.string), "The endpoint's addresses.").set(),
            f("conditions", .ref("disc.EndpointConditions"), "Whether the endpoint is ready, serving or terminating."),
            f("hostname", .string, "The endpoint's hostname."),
            f("nodeName", .string, "The node hosting the endpoint."),
            f("targetRef", .ref("core.ObjectReference"), "The object behind the endpoint, usually a pod."),
            f("zone", .string, "The zone of the endpoint."),
        ]),
        OpenAPITypeDef("disc.EndpointConditions", "The state of an endpoint.", [
            f("ready", .boolean, "Whether the endpoint is ready for traffic."),
            f("serving", .boolean, "Whether the endpoint is serving, even while terminating."),
            f("terminating", .boolean, "Whether the endpoint is terminating."),
        ]),
        OpenAPITypeDef("disc.EndpointPort", "One port of an EndpointSlice.", [
            f("appProtocol", .string, "The application protocol."),
            f("name", .string, "The port's name, matching the service port's name."),
            f("port", .int32, "The port number."),
            f("protocol", .string, "TCP (default), UDP or SCTP."),
        ]),
        OpenAPITypeDef("events.Event", "An Event reports something that happened to an object (the events.k8s.io form of core/v1 Event).",
                       required: ["eventTime"], objectHeader() + [
            f("action", .string, "What was done, or failed, to the object."),
            f("deprecatedCount", .int32, "The core/v1 count field."),
            f("deprecatedFirstTimestamp", .ref("meta.Time"), "The core/v1 firstTimestamp field."),
            f("deprecatedLastTimestamp", .ref("meta.Time"), "The core/v1 lastTimestamp field."),
            f("deprecatedSource", .free, "The core/v1 source field."),
            f("eventTime", .ref("meta.MicroTime"), "When the event was first observed."),
            f("note", .string, "A human-readable description."),
            f("reason", .string, "A short CamelCase reason."),
            f("regarding", .ref("core.ObjectReference"), "The object the event is about."),
            f("related", .ref("core.ObjectReference"), "A second object involved."),
            f("reportingController", .string, "The controller that emitted the event."),
            f("reportingInstance", .string, "The instance of that controller."),
            f("series", .free, "Data about a series of repeated events."),
            f("type", .string, "Normal or Warning."),
        ]),
    ]

    static let metrics: [OpenAPITypeDef] = [
        OpenAPITypeDef("metrics.NodeMetrics", "Resource usage of a node (read-only; computed by the server).", objectHeader() + [
            f("timestamp", .ref("meta.Time"), "The end of the sampling window."),
            f("usage", .map(.ref("resource.Quantity")), "CPU and memory in use."),
            f("window", .string, "The length of the sampling window, as a duration."),
        ]),
        OpenAPITypeDef("metrics.PodMetrics", "Resource usage of a pod's containers (read-only; computed by the server).", objectHeader() + [
            f("containers", .array(.ref("metrics.ContainerMetrics")), "Usage per container."),
            f("timestamp", .ref("meta.Time"), "The end of the sampling window."),
            f("window", .string, "The length of the sampling window, as a duration."),
        ]),
        OpenAPITypeDef("metrics.ContainerMetrics", "Resource usage of one container.", required: ["name", "usage"], [
            f("name", .string, "The container's name."),
            f("usage", .map(.ref("resource.Quantity")), "CPU and memory in use."),
        ]),
    ]
}
