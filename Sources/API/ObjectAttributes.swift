import JSON

/// The field and label sets selectors match against, per kind, as upstream's `GetAttrs` /
/// `ToSelectableFields` compute them, plus the field labels each kind accepts in `fieldSelector`
/// (upstream's field-label conversion functions).
public enum ObjectAttributes {
    /// How one kind converts field labels: accepted label → field name in the selectable set, and
    /// whether the kind has its own conversion function (which decides the error message).
    struct Conversion {
        var labels: [String: String]
        var custom: Bool
    }

    static let meta = ["metadata.name", "metadata.namespace"]

    static func identity(_ labels: [String]) -> [String: String] {
        var m: [String: String] = [:]
        for l in labels { m[l] = l }
        return m
    }

    static let eventFields = ["involvedObject.kind", "involvedObject.namespace", "involvedObject.name",
                              "involvedObject.uid", "involvedObject.apiVersion", "involvedObject.resourceVersion",
                              "involvedObject.fieldPath", "reason", "reportingComponent", "source", "type"]

    /// The field-label conversion of `group`/`plural` (the same for every version of a resource).
    static func conversion(group: String, plural: String) -> Conversion {
        switch (group, plural) {
        case ("", "pods"):
            var m = identity(meta + ["spec.nodeName", "spec.restartPolicy", "spec.schedulerName",
                                     "spec.serviceAccountName", "spec.hostNetwork", "status.phase", "status.podIP",
                                     "status.nominatedNodeName"])
            m["spec.host"] = "spec.nodeName"  // old v1 clients' name for spec.nodeName
            return Conversion(labels: m, custom: true)
        case ("", "nodes"): return Conversion(labels: identity(["metadata.name", "spec.unschedulable"]), custom: true)
        case ("", "replicationcontrollers"), ("apps", "replicasets"):
            return Conversion(labels: identity(meta + ["status.replicas"]), custom: true)
        case ("", "events"): return Conversion(labels: identity(meta + eventFields), custom: true)
        case ("", "namespaces"): return Conversion(labels: identity(["status.phase", "metadata.name"]), custom: true)
        case ("", "secrets"): return Conversion(labels: identity(meta + ["type"]), custom: true)
        case ("", "services"): return Conversion(labels: identity(meta + ["spec.clusterIP", "spec.type"]), custom: true)
        case ("batch", "jobs"): return Conversion(labels: identity(meta + ["status.successful"]), custom: true)
        case ("events.k8s.io", "events"):
            // events.k8s.io names map onto the core Event's selectable fields (one stored object).
            var m = identity(meta + ["reason", "type"])
            for f in ["kind", "namespace", "name", "uid", "apiVersion", "resourceVersion", "fieldPath"] {
                m["regarding." + f] = "involvedObject." + f
            }
            m["reportingController"] = "reportingComponent"
            return Conversion(labels: m, custom: true)
        default: return Conversion(labels: identity(meta), custom: false)
        }
    }

    /// The field labels `group`/`plural` accepts in a field selector.
    public static func supportedFields(group: String, plural: String) -> Set<String> {
        Set(conversion(group: group, plural: plural).labels.keys)
    }

    /// Fields and labels of `object` for the resource `plural` of `group`. Field names are the
    /// stored kind's (core names for events of either group); values print as upstream does
    /// (booleans "true"/"false", integers in decimal, missing strings as "").
    public static func extract(_ object: JSON, group: String, plural: String) -> (fields: [String: String], labels: [String: String]) {
        let labels = object[path: ["metadata", "labels"]]?.stringMap ?? [:]
        var f: [String: String] = [:]
        f["metadata.name"] = str(object, "metadata", "name")
        if isNamespaced(group: group, plural: plural) { f["metadata.namespace"] = str(object, "metadata", "namespace") }
        switch (group, plural) {
        case ("", "pods"):
            for k in ["nodeName", "restartPolicy", "schedulerName", "serviceAccountName"] {
                f["spec." + k] = str(object, "spec", k)
            }
            f["spec.hostNetwork"] = (object[path: ["spec", "hostNetwork"]]?.boolValue ?? false) ? "true" : "false"
            f["status.phase"] = str(object, "status", "phase")
            // Upstream selects on the first of status.podIPs.
            f["status.podIP"] = object[path: ["status", "podIPs"]]?[0]?["ip"]?.stringValue ?? str(object, "status", "podIP")
            f["status.nominatedNodeName"] = str(object, "status", "nominatedNodeName")
        case ("", "events"), ("events.k8s.io", "events"):
            eventFields(object, into: &f)
        case ("", "secrets"): f["type"] = str(object, "type")
        case ("", "namespaces"): f["status.phase"] = str(object, "status", "phase")
        case ("", "nodes"):
            f["spec.unschedulable"] = (object[path: ["spec", "unschedulable"]]?.boolValue ?? false) ? "true" : "false"
        case ("", "replicationcontrollers"), ("apps", "replicasets"):
            f["status.replicas"] = String(object[path: ["status", "replicas"]]?.intValue ?? 0)
        case ("", "services"):
            f["spec.clusterIP"] = str(object, "spec", "clusterIP")
            f["spec.type"] = str(object, "spec", "type")
        case ("batch", "jobs"):
            f["status.successful"] = String(object[path: ["status", "succeeded"]]?.intValue ?? 0)
        default: break
        }
        return (f, labels)
    }

    /// `extract` for a registry entry.
    public static func extract(_ object: JSON, resource: ResourceInfo) -> (fields: [String: String], labels: [String: String]) {
        extract(object, group: resource.group, plural: resource.plural)
    }

    /// Parses stored bytes and extracts their attributes; bytes that are not a JSON object give
    /// empty attributes (the storage indexer must never fail on a bad row).
    public static func extractFromBytes(_ bytes: [UInt8], group: String, plural: String) -> (fields: [String: String], labels: [String: String]) {
        // Every field above lives at most two levels down, except labels and podIPs: skim the rest
        // (the indexer runs on every write and for every object at cold start).
        guard let object = try? JSONParser.parseSkimming(bytes, keepNested: skimmedContainers,
                                                         keepScalars: skimmedScalars), case .object = object
        else { return ([:], [:]) }
        return extract(object, group: group, plural: plural)
    }

    /// The nested containers `extract` reads below the second level.
    static let skimmedContainers: Set<String> = ["labels", "podIPs"]

    /// Every second-level scalar `extract` and `eventFields` read (`metadata.name`,
    /// `spec.nodeName`, `involvedObject.uid`, `source.component`, …); the skim drops the others.
    /// A field added to `extract` must be named here too (a test checks pods, events and nodes).
    static let skimmedScalars: Set<String> = [
        "name", "namespace", "nodeName", "restartPolicy", "schedulerName", "serviceAccountName", "hostNetwork",
        "phase", "podIP", "nominatedNodeName", "unschedulable", "replicas", "clusterIP", "type", "succeeded",
        "kind", "uid", "apiVersion", "resourceVersion", "fieldPath", "component",
    ]

    /// An Event's fields, read from either shape: core/v1 (`involvedObject`, `source`,
    /// `reportingComponent`) or events.k8s.io/v1 (`regarding`, `deprecatedSource`, `reportingController`).
    static func eventFields(_ o: JSON, into f: inout [String: String]) {
        let isNewShape = o["apiVersion"]?.stringValue?.hasPrefix("events.k8s.io/") ?? false
        let ref = isNewShape ? "regarding" : "involvedObject"
        for k in ["kind", "namespace", "name", "uid", "apiVersion", "resourceVersion", "fieldPath"] {
            f["involvedObject." + k] = str(o, ref, k)
        }
        f["reason"] = str(o, "reason")
        f["type"] = str(o, "type")
        let reporting = isNewShape ? str(o, "reportingController") : str(o, "reportingComponent")
        f["reportingComponent"] = reporting
        let component = str(o, isNewShape ? "deprecatedSource" : "source", "component")
        // Upstream falls back to the reporting controller when source.component is empty.
        f["source"] = component.isEmpty ? reporting : component
    }

    static func str(_ o: JSON, _ path: String...) -> String { o[path: path]?.stringValue ?? "" }

    /// Whether `group`/`plural` is namespaced in the standard registry (unknown resources count as namespaced).
    static func isNamespaced(group: String, plural: String) -> Bool {
        ResourceRegistry.standard.all.first { $0.group == group && $0.plural == plural }?.namespaced ?? true
    }
}
