import JSON

/// Defaults of a `PodSpec`, shared by Pods and every pod template (upstream core/v1 `SetDefaults_PodSpec`,
/// `SetDefaults_Container`, `SetDefaults_ContainerPort`, `SetDefaults_Probe`, `SetDefaults_Volume`, …).
public enum PodSpecDefaults {
    /// Fills the spec defaults in place.
    public static func apply(_ spec: inout JSON) {
        setIfAbsent(&spec, "dnsPolicy", "ClusterFirst")
        setIfAbsent(&spec, "restartPolicy", "Always")
        setIfAbsent(&spec, "securityContext", .object(JSONObject()))
        setIfAbsent(&spec, "terminationGracePeriodSeconds", 30)
        setIfAbsent(&spec, "schedulerName", "default-scheduler")
        let hostNetwork = spec["hostNetwork"]?.boolValue == true
        for key in ["initContainers", "containers", "ephemeralContainers"] {
            guard var list = spec[key]?.arrayValue else { continue }
            for i in list.indices where list[i].objectValue != nil {
                applyContainer(&list[i], hostNetwork: hostNetwork)
            }
            spec[key] = .array(list)
        }
        if var volumes = spec["volumes"]?.arrayValue {
            for i in volumes.indices where volumes[i].objectValue != nil { applyVolume(&volumes[i]) }
            spec["volumes"] = .array(volumes)
        }
    }

    /// Defaults only a Pod gets, not a template (upstream `SetDefaults_Pod`): `enableServiceLinks`, and requests
    /// copied from limits where a container sets a limit but no request.
    public static func applyPodOnly(_ pod: inout JSON) {
        guard var spec = pod["spec"], spec.objectValue != nil else { return }
        setIfAbsent(&spec, "enableServiceLinks", true)
        for key in ["initContainers", "containers"] {
            guard var list = spec[key]?.arrayValue else { continue }
            for i in list.indices {
                guard let limits = list[i][path: ["resources", "limits"]]?.objectValue, !limits.isEmpty else { continue }
                var requests = list[i][path: ["resources", "requests"]]?.objectValue ?? JSONObject()
                for (k, v) in limits where requests[k] == nil { requests[k] = v }
                list[i][path: ["resources", "requests"]] = .object(requests)
            }
            spec[key] = .array(list)
        }
        pod["spec"] = spec
    }

    /// Upstream pulls `:latest` and untagged images always, everything else if not present.
    public static func defaultPullPolicy(image: String) -> String {
        if image.contains("@") { return "IfNotPresent" }
        let lastSegment = image.split(separator: "/").last.map(String.init) ?? image
        guard let colon = lastSegment.lastIndex(of: ":") else { return "Always" }
        return lastSegment[lastSegment.index(after: colon)...] == "latest" ? "Always" : "IfNotPresent"
    }

    static func applyContainer(_ c: inout JSON, hostNetwork: Bool) {
        if c["imagePullPolicy"] == nil, let image = c["image"]?.stringValue {
            c["imagePullPolicy"] = .string(defaultPullPolicy(image: image))
        }
        setIfAbsent(&c, "terminationMessagePath", "/dev/termination-log")
        setIfAbsent(&c, "terminationMessagePolicy", "File")
        // ResourceRequirements is a struct upstream, so it always serialises, at least as {}.
        setIfAbsent(&c, "resources", .object(JSONObject()))
        if var ports = c["ports"]?.arrayValue {
            for i in ports.indices where ports[i].objectValue != nil {
                setIfAbsent(&ports[i], "protocol", "TCP")
                if hostNetwork, ports[i]["hostPort"] == nil, let p = ports[i]["containerPort"] { ports[i]["hostPort"] = p }
            }
            c["ports"] = .array(ports)
        }
        for probe in ["livenessProbe", "readinessProbe", "startupProbe"] {
            guard var p = c[probe], p.objectValue != nil else { continue }
            setIfAbsent(&p, "timeoutSeconds", 1)
            setIfAbsent(&p, "periodSeconds", 10)
            setIfAbsent(&p, "successThreshold", 1)
            setIfAbsent(&p, "failureThreshold", 3)
            if var get = p["httpGet"], get.objectValue != nil {
                setIfAbsent(&get, "path", "/")
                setIfAbsent(&get, "scheme", "HTTP")
                p["httpGet"] = get
            }
            c[probe] = p
        }
        if var env = c["env"]?.arrayValue {
            for i in env.indices {
                if var ref = env[i][path: ["valueFrom", "fieldRef"]], ref.objectValue != nil {
                    setIfAbsent(&ref, "apiVersion", "v1")
                    env[i][path: ["valueFrom", "fieldRef"]] = ref
                }
            }
            c["env"] = .array(env)
        }
    }

    static func applyVolume(_ v: inout JSON) {
        let sources = (v.objectValue?.keys ?? []).filter { $0 != "name" }
        if sources.isEmpty { v["emptyDir"] = .object(JSONObject()) }
        for key in ["configMap", "secret", "projected", "downwardAPI"] {
            guard var src = v[key], src.objectValue != nil else { continue }
            setIfAbsent(&src, "defaultMode", 420)
            v[key] = src
        }
    }

    static func setIfAbsent(_ obj: inout JSON, _ key: String, _ value: JSON) {
        if obj[key] == nil || obj[key] == .null { obj[key] = value }
    }
}
