import JSON

/// One `metav1.TableColumnDefinition`: every field is always serialised (upstream marks none `omitempty`).
struct TableColumn: Sendable {
    var name: String
    var type: String
    var format: String
    var description: String
    var priority: Int64

    /// A column of type `type` ("string", "integer", "boolean", "date").
    init(_ name: String, _ type: String, _ description: String, priority: Int64 = 0) {
        self.name = name
        self.type = type
        self.format = ""
        self.description = description
        self.priority = priority
    }

    /// A string column.
    init(_ name: String, _ description: String, priority: Int64 = 0) {
        self.init(name, "string", description, priority: priority)
    }

    /// A string column with a `format` (only "name" is used).
    init(_ name: String, format: String, _ description: String, priority: Int64 = 0) {
        self.init(name, "string", description, priority: priority)
        self.format = format
    }

    var json: JSON {
        .object(JSONObject([
            ("name", .string(name)), ("type", .string(type)), ("format", .string(format)),
            ("description", .string(description)), ("priority", .int(priority)),
        ]))
    }

    /// The Name column every printer starts with.
    static let name = TableColumn("Name", format: "name", Docs.name)
    /// The Age column (a string: the server renders the duration).
    static let age = TableColumn("Age", Docs.creationTimestamp)
    /// Wide Containers column of workload printers.
    static let containers = TableColumn("Containers", "Names of each container in the template.", priority: 1)
    /// Wide Images column of workload printers.
    static let images = TableColumn("Images", "Images referenced by each container in the template.", priority: 1)
}

/// Column descriptions. The literal ones are upstream's printer strings; the others paraphrase the API
/// field documentation (`SwaggerDoc()`) upstream links to. kubectl never prints descriptions.
enum Docs {
    static let name = "Name must be unique within a namespace. Is required when creating resources, although some "
        + "resources may allow a client to request the generation of an appropriate name automatically. Name is "
        + "primarily intended for creation idempotence and configuration definition. Cannot be updated. More info: "
        + "https://kubernetes.io/docs/concepts/overview/working-with-objects/names#names"
    static let creationTimestamp = "CreationTimestamp is a timestamp representing the server time when this object "
        + "was created. It is not guaranteed to be set in happens-before order across separate operations. Clients "
        + "may not set this value. It is represented in RFC3339 form and is in UTC.\n\nPopulated by the system. "
        + "Read-only. Null for lists. More info: "
        + "https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata"
    static let specReplicas = "Replicas is the number of desired replicas. This is a pointer to distinguish between "
        + "explicit zero and unspecified. Defaults to 1."
    static let statusReplicas = "Replicas is the most recently observed number of replicas."
    static let readyReplicas = "The number of ready replicas for this replica set. A pod is considered ready when it "
        + "has a Ready condition with status True."
    static let selector = "Selector is a label query over pods that should match the replica count. It must match "
        + "the pod template's labels."
    static let podSelectorMap = "Selector is a label query over pods that should match the Replicas count. If "
        + "Selector is empty, it is defaulted to the labels present on the Pod template."
    static let nodeSelector = "NodeSelector is a selector which must be true for the pod to fit on a node. Selector "
        + "which must match a node's labels for the pod to be scheduled on that node."
}
