import API

/// Cluster DNS as CoreDNS's `kubernetes` plugin answers it (the `kube-dns` Service, 10.96.0.10):
/// `<svc>.<ns>.svc.cluster.local` → the ClusterIP, or for a headless Service the ready endpoints'
/// addresses; `<hostname>.<svc>.<ns>.svc.cluster.local` → that endpoint of a headless Service;
/// `<a-b-c-d>.<ns>.pod.cluster.local` → `a.b.c.d`. Names with fewer than five dots are first tried with
/// each search domain of the Pod's `/etc/resolv.conf` (`<ns>.svc.cluster.local svc.cluster.local
/// cluster.local`, `options ndots:5`), as glibc and musl do.
extension ClusterNetwork {
    /// The cluster domain.
    public static let clusterDomain = "cluster.local"
    /// The DNS Service's address, as in every Pod's `/etc/resolv.conf`.
    public static let dnsServiceIP = "10.96.0.10"

    /// The search list of a Pod in `namespace`.
    public static func searchDomains(namespace: String) -> [String] {
        ["\(namespace).svc.\(clusterDomain)", "svc.\(clusterDomain)", clusterDomain]
    }

    /// The A records for `name` as seen from a Pod in `namespace` (empty: NXDOMAIN).
    public func resolve(_ name: String, namespace: String) -> [String] {
        if IPv4.isAddress(name) { return [name] }
        let absolute = name.hasSuffix(".")
        let bare = absolute ? String(name.dropLast()) : name
        guard !bare.isEmpty else { return [] }
        var candidates: [String] = []
        if !absolute && bare.split(separator: ".").count - 1 < 5 {
            candidates = Self.searchDomains(namespace: namespace).map { bare + "." + $0 }
        }
        candidates.append(bare)
        for fqdn in candidates {
            let found = lookup(fqdn.lowercased())
            if !found.isEmpty { return found }
        }
        return []
    }

    /// The answer for one fully qualified name.
    func lookup(_ fqdn: String) -> [String] {
        let suffix = "." + Self.clusterDomain
        guard fqdn.hasSuffix(suffix) else { return [] }
        let labels = fqdn.dropLast(suffix.count).split(separator: ".").map(String.init)
        guard labels.count >= 3 else { return [] }
        switch labels.last {
        case "svc" where labels.count == 3:
            return locked {
                guard let svc = services[ObjectKey(namespace: labels[1], name: labels[0])] else { return [] }
                if let ip = svc.clusterIP { return [ip] }
                guard svc.headless else { return [] }
                return unique(endpoints(of: svc).filter(\.ready).map(\.ip))
            }
        case "svc" where labels.count == 4:
            return locked {
                guard let svc = services[ObjectKey(namespace: labels[2], name: labels[1])], svc.headless else { return [] }
                return unique(endpoints(of: svc).filter { $0.ready && $0.hostname == labels[0] }.map(\.ip))
            }
        case "pod" where labels.count == 3:
            let ip = labels[0].replacingOccurrences(of: "-", with: ".")
            return IPv4.isAddress(ip) ? [ip] : []
        default:
            return []
        }
    }

    /// Every endpoint of `svc`, from its slices or else its Endpoints. Call with the lock held.
    func endpoints(of svc: NetService) -> [NetEndpoint] {
        if let s = slices[svc.key], !s.isEmpty { return s.keys.sorted().flatMap { s[$0] ?? [] } }
        return endpointObjects[svc.key] ?? []
    }

    private func unique(_ ips: [String]) -> [String] {
        var seen = Set<String>()
        return ips.filter { seen.insert($0).inserted }
    }
}
