import Controllers

/// The controllers that run the network's host edge: the host listeners and the status writer.
public enum NetworkControllers {
    /// Factories for a `ControllerManager`: the host listeners (`HostPortManager`, ports below 1024
    /// shifted by `hostPortOffset`) and the Ingress and LoadBalancer status writer.
    public static func factories(network: ClusterNetwork, hostPortOffset: Int) -> [ControllerManager.Factory] {
        [HostPortManager.factory(network: network, hostPortOffset: hostPortOffset), NetworkStatusController.factory(network: network)]
    }
}
