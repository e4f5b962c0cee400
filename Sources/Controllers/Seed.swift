import API
import JSON

/// What a new cluster has before anyone writes (upstream's bootstrap controllers in
/// kube-apiserver): the system namespaces and the `kubernetes` Service in `default`.
public enum Seed {
    /// The namespaces every cluster starts with.
    public static let systemNamespaces = ["default", "kube-system", "kube-public", "kube-node-lease"]

    /// Creates whatever of the defaults is missing; existing objects are left alone.
    public static func ensureDefaults(_ registry: Registry) throws {
        let client = Client(registry: registry)
        guard let namespaces = client.resource("", "v1", "namespaces"),
              let services = client.resource("", "v1", "services") else { return }
        for name in systemNamespaces where client.get(namespaces, namespace: nil, name: name) == nil {
            try createIgnoringExisting(client, namespaces, nil, ["apiVersion": "v1", "kind": "Namespace",
                                                                 "metadata": ["name": .string(name)]])
        }
        if client.get(services, namespace: "default", name: "kubernetes") == nil {
            let svc: JSON = [
                "apiVersion": "v1", "kind": "Service",
                "metadata": ["name": "kubernetes", "labels": ["component": "apiserver", "provider": "kubernetes"]],
                "spec": ["clusterIP": "10.96.0.1", "clusterIPs": ["10.96.0.1"], "type": "ClusterIP",
                         "ports": [["name": "https", "port": 443, "protocol": "TCP", "targetPort": 6443]]],
            ]
            try createIgnoringExisting(client, services, "default", svc)
        }
    }

    static func createIgnoringExisting(_ client: Client, _ r: ResourceInfo, _ ns: String?, _ obj: JSON) throws {
        do throws(APIError) {
            try client.create(r, namespace: ns, obj)
        } catch where error.code == 409 {
            return
        }
    }
}
