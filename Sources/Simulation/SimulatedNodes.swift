import API
import Controllers

/// The simulated nodes of a cluster: for each node, its agent (Node object, status, Lease) and its
/// kubelet (the Pods bound to it), as controller factories for the `ControllerManager`.
public enum SimulatedNodes {
    /// Controllers that run `nodes`.
    /// Controllers that run `nodes`; their containers run in `runtime` (nil: a runtime per kubelet's
    /// context is not kept, so exec, attach and logs have nothing to reach).
    public static func controllers(_ nodes: [NodeSpec], runtime: ContainerRuntime? = nil) -> [ControllerManager.Factory] {
        nodes.flatMap { node -> [ControllerManager.Factory] in
            [{ NodeAgent(context: $0, node: node) }, { Kubelet(context: $0, node: node, runtime: runtime) }]
        }
    }
}
