import API
import Controllers

/// The simulated nodes of a cluster: for each node, its agent (Node object, status, Lease) and its
/// kubelet (the Pods bound to it), as controller factories for the `ControllerManager`.
public enum SimulatedNodes {
    /// Controllers that run `nodes`.
    public static func controllers(_ nodes: [NodeSpec]) -> [ControllerManager.Factory] {
        nodes.flatMap { node -> [ControllerManager.Factory] in
            [{ NodeAgent(context: $0, node: node) }, { Kubelet(context: $0, node: node) }]
        }
    }
}
