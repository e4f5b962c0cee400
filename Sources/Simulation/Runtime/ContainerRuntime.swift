import API
import Controllers
import Foundation
import JSON

/// The simulated container runtime of every node, and the kubelet's streaming half that the API
/// server reaches through `PodRuntime`: the running containers (their processes and signals), their
/// logs, exec and attach. The kubelets tell it when a container starts and stops; a container whose
/// main process dies here (`killall python3`) is reported back to its kubelet, which then sees the
/// container exit exactly as it sees a program end on its own. Thread-safe.
public final class ContainerRuntime: @unchecked Sendable {
    public let logs: ContainerLogs

    // Invariant: `running`, `exits`, `wakers`, `shared`, `consoles` and `bound` are guarded by `lock`.
    let lock = NSLock()
    /// Running containers by Pod UID and container name.
    private var running: [String: [String: ContainerInstance]] = [:]
    /// Main processes that died here, by container ID, until the kubelet has seen it.
    private var exits: [String: (code: Int, at: Date)] = [:]
    /// How to wake the kubelet of a node for a Pod.
    private var wakers: [String: @Sendable (ObjectKey) -> Void] = [:]
    /// The cluster the kubelets run in (known once the first kubelet registers).
    private var bound: ControllerContext?
    /// Directories shared beyond one container (emptyDir volumes by Pod, hostPath by node).
    private var shared: [String: VFSDirectory] = [:]
    /// The terminals of main programs that are shells, by container ID.
    var consoles: [String: Console] = [:]
    /// How processes in Pods reach the cluster network, and how port-forward and the API server proxy
    /// reach Pods; set by whoever runs the network (nil: nothing listens anywhere).
    public var network: (any PodNetwork)? {
        get { lock.withLock { networkValue } }
        set { lock.withLock { networkValue = newValue } }
    }
    private var networkValue: (any PodNetwork)?

    /// `logDirectory` nil keeps logs in memory.
    public init(logDirectory: URL?) {
        logs = ContainerLogs(directory: logDirectory)
    }

    /// The kubelet of `node`, running in `context`, wants to hear about its containers dying here.
    func register(node: String, context: ControllerContext, wake: @escaping @Sendable (ObjectKey) -> Void) {
        lock.withLock {
            wakers[node] = wake
            bound = context
        }
    }

    /// The cluster's context; before any kubelet registered there is no cluster to reach.
    func context() throws(APIError) -> ControllerContext {
        guard let context = lock.withLock({ bound }) else {
            throw APIError(code: 503, reason: "ServiceUnavailable", message: "no node is running")
        }
        return context
    }

    /// The running container `name` of the Pod with `uid`, if any.
    public func instance(podUID uid: String, container name: String) -> ContainerInstance? {
        lock.withLock { running[uid]?[name] }
    }

    /// Every running container of the Pod with `uid`.
    public func instances(podUID uid: String) -> [ContainerInstance] {
        lock.withLock { Array(running[uid]?.values ?? [:].values) }
    }

    // MARK: kubelet side

    /// How long (real seconds) the kubelet waits for a picked-up shell's replay to catch up.
    static let replayRealSeconds = 2.0

    /// A container run began (or, `resumed`, is running still after a restart of kubeling). Assembles
    /// its environment and files, writes the program's start-up lines to a fresh run's log, and starts a
    /// shell that is the main program (a script the kubelet's model cannot follow, or one reading a
    /// terminal: `kubectl run -it … -- sh`); a resumed one replays its script up to now.
    func started(pod: JSON, container c: ContainerRun, at startedAt: Date, node: String, hostIP: String, podIP: String,
                 resumed: Bool = false) {
        guard let uid = pod.uid, let id = c.containerID else { return }
        let namespace = pod.namespace ?? "default"
        let context = lock.withLock { bound }
        let environment = context.map {
            ContainerEnvironment.build(pod: pod, container: c.spec, image: c.image, podIP: podIP, nodeName: node,
                                       hostIP: hostIP, sources: ContainerEnvironment.sources($0, namespace: namespace))
        } ?? ImageCatalog.environment(c.image)
        let clock: any Clock = context?.clock ?? WallClock()
        let sources = fileSources(context, pod: pod, node: node)
        let spec = c.spec, image = c.image
        // The files are built on first use (rarely) from the Pod as it is then, as the kubelet's volumes
        // follow the Pod (downward API labels and annotations). The container keeps no copy of the Pod:
        // a parsed Pod per idle container costs several times its bytes. Without a cluster (tests), the
        // Pod given is kept.
        let podKey = ObjectKey(namespace: namespace, name: pod.name ?? "")
        let given: JSON? = context == nil ? Self.filesView(of: pod) : nil
        let files: @Sendable () -> VirtualFileSystem = {
            let current = context.flatMap { context in
                context.resource("", "v1", "pods").flatMap { context.informers.lister(for: $0).get(podKey) }
            }.flatMap { $0.uid == uid ? Self.filesView(of: $0) : nil }
            return ContainerFiles.build(pod: current ?? given ?? Self.filesView(uid: uid, key: podKey), container: spec,
                                        userland: Userland.forImage(repository: image.repository),
                                        podIP: podIP, nodeName: node, sources: sources, clock: { clock.now() })
        }
        let instance = ContainerInstance(
            namespace: namespace, pod: pod.name ?? "", podUID: uid, name: c.name, containerID: id,
            restart: c.restartCount, program: c.program, argv: c.argv, startedAt: startedAt,
            nodeName: node, podIP: podIP, environment: environment,
            image: c.image, fileSystem: files
        ) { [weak self] instance, code, at in
            self?.mainExited(instance, code: code, at: at)
        }
        let previous: ContainerInstance? = lock.withLock {
            let old = running[uid]?[c.name]
            running[uid, default: [:]][c.name] = instance
            return old
        }
        if let previous, previous.containerID != id { previous.end(code: 137, at: startedAt) }
        if c.runsLiveShell, resumed {
            // Picked up after a restart: the script replays from its start up to now, and what it had
            // printed already is not printed again. The kubelet goes on once the replay has caught up
            // (or ended), so that a script due to have ended meanwhile ends having done all it does.
            let replay = CatchUpClock(base: clock, from: startedAt)
            startMainShell(instance, spec: c.spec, clock: replay, logged: logs.lineCount(instance.logKey))
            instance.whenExited { _ in replay.release() }
            replay.waitUntilCaughtUp(seconds: Self.replayRealSeconds)
        } else if c.runsLiveShell {
            startMainShell(instance, spec: c.spec, clock: clock)  // it writes its own log
        } else if !logs.exists(instance.logKey) {
            for line in c.program.startupLog { logs.append(instance.logKey, line, at: startedAt) }
        }
    }

    /// The parts of a Pod its containers' files are built from.
    static func filesView(of pod: JSON) -> JSON {
        ["metadata": ["name": pod["metadata"]?["name"] ?? .null, "namespace": pod["metadata"]?["namespace"] ?? .null,
                      "uid": pod["metadata"]?["uid"] ?? .null, "labels": pod["metadata"]?["labels"] ?? .null,
                      "annotations": pod["metadata"]?["annotations"] ?? .null],
         "spec": pod["spec"] ?? [:]]
    }

    /// What is left to build files from when the Pod is gone: its name and UID.
    static func filesView(uid: String, key: ObjectKey) -> JSON {
        ["metadata": ["name": .string(key.name), "namespace": .string(key.namespace ?? "default"), "uid": .string(uid)], "spec": [:]]
    }

    /// Volume sources for a Pod's containers: its informers, and the Pod's and node's shared directories.
    private func fileSources(_ context: ControllerContext?, pod: JSON, node: String) -> ContainerFiles.Sources {
        let uid = pod.uid ?? ""
        let env = context.map { ContainerEnvironment.sources($0, namespace: pod.namespace ?? "default") }
        return ContainerFiles.Sources(
            configMap: { env?.configMap($0) }, secret: { env?.secret($0) },
            emptyDir: { [weak self] name in self?.sharedDirectory("pod/\(uid)/\(name)") ?? VFSDirectory() },
            hostPath: { [weak self] path in self?.sharedDirectory("node/\(node)\(path)") ?? VFSDirectory() })
    }

    /// One directory per key for everyone who asks (a Pod's emptyDir, a node's hostPath).
    private func sharedDirectory(_ key: String) -> VFSDirectory {
        lock.withLock {
            if let dir = shared[key] { return dir }
            let dir = VFSDirectory()
            shared[key] = dir
            return dir
        }
    }

    /// A container run ended as the kubelet saw it (its program finished, it was stopped, or it died here).
    func stopped(podUID uid: String, container c: ContainerRun, code: Int, at time: Date) {
        let instance: ContainerInstance? = lock.withLock {
            guard let current = running[uid]?[c.name], current.containerID == c.containerID else { return nil }
            running[uid]?[c.name] = nil
            if running[uid]?.isEmpty == true { running[uid] = nil }
            return current
        }
        if let id = c.containerID { lock.withLock { exits[id] = nil } }
        guard let instance else { return }
        instance.end(code: code, at: time)
        logs.end(instance.logKey)
    }

    /// The Pod left the node: its containers and logs go.
    func removed(podUID uid: String) {
        let gone: [ContainerInstance] = lock.withLock {
            let list = Array(running.removeValue(forKey: uid)?.values ?? [:].values)
            for i in list { exits[i.containerID] = nil }
            return list
        }
        let now = lock.withLock { bound?.clock.now() } ?? Date()
        for i in gone { i.end(code: 137, at: now) }
        lock.withLock { shared = shared.filter { !$0.key.hasPrefix("pod/\(uid)/") } }
        logs.removePod(uid: uid)
    }

    /// The exit of a main process that died here, for the kubelet to apply.
    func pendingExit(containerID: String?) -> (code: Int, at: Date)? {
        guard let containerID else { return nil }
        return lock.withLock { exits[containerID] }
    }

    private func mainExited(_ instance: ContainerInstance, code: Int, at time: Date) {
        let wake: (@Sendable (ObjectKey) -> Void)? = lock.withLock {
            guard running[instance.podUID]?[instance.name] === instance else { return nil }
            exits[instance.containerID] = (code, time)
            return wakers[instance.nodeName]
        }
        wake?(ObjectKey(namespace: instance.namespace, name: instance.pod))
    }

    // MARK: lookups shared by the streaming requests

    /// The stored Pod, or upstream's NotFound.
    func pod(namespace: String, name: String) throws(APIError) -> JSON {
        let context = try context()
        guard let pods = context.resource("", "v1", "pods"),
              let pod = context.informers.lister(for: pods).get(ObjectKey(namespace: namespace, name: name)) else {
            throw APIError.notFound(resource: "pods", group: "", name: name)
        }
        return pod
    }

    /// The container a request means (`nil`: the default one), checked as the API server checks it.
    static func containerName(_ requested: String?, in pod: JSON) throws(APIError) -> String {
        let names = (pod[path: ["spec", "containers"]]?.arrayValue ?? []).compactMap { $0["name"]?.stringValue }
        let initNames = (pod[path: ["spec", "initContainers"]]?.arrayValue ?? []).compactMap { $0["name"]?.stringValue }
        let podName = pod.name ?? ""
        guard let requested, !requested.isEmpty else {
            if let annotated = pod[path: ["metadata", "annotations", "kubectl.kubernetes.io/default-container"]]?.stringValue,
               names.contains(annotated) {
                return annotated
            }
            if names.count == 1, let only = names.first { return only }
            throw APIError.badRequest("a container name must be specified for pod \(podName), choose one of: [\(names.joined(separator: " "))]"
                                      + (initNames.isEmpty ? "" : " or one of the init containers: [\(initNames.joined(separator: " "))]"))
        }
        guard names.contains(requested) || initNames.contains(requested) else {
            throw APIError.badRequest("container \(requested) is not valid for pod \(podName)")
        }
        return requested
    }

    /// The running instance a stream attaches to, with the kubelet's errors.
    func runningInstance(_ pod: JSON, container: String) throws(APIError) -> ContainerInstance {
        let podName = pod.name ?? ""
        guard let node = pod[path: ["spec", "nodeName"]]?.stringValue, !node.isEmpty else {
            throw APIError.badRequest("pod \(podName) does not have a host assigned")
        }
        guard let uid = pod.uid, let instance = instance(podUID: uid, container: container), !instance.hasExited else {
            throw APIError(code: 500, reason: "InternalError", message: "container not found (\"\(container)\")")
        }
        return instance
    }
}

extension ContainerRuntime {
    /// `pods/log`: the selected run's log, with the kubelet's messages when there is none to show.
    public func logs(namespace: String, pod name: String, options: LogOptions) throws(APIError) -> BytePipe {
        let pod = try pod(namespace: namespace, name: name)
        let container = try Self.containerName(options.container, in: pod)
        guard let uid = pod.uid else { throw APIError.notFound(resource: "pods", group: "", name: name) }
        let status = Self.containerStatus(pod, container)
        let restarts = Int(status?["restartCount"]?.intValue ?? 0)
        let quoted = "container \"\(container)\" in pod \"\(name)\""
        if options.previous {
            let key = ContainerLogKey(namespace: namespace, pod: name, uid: uid, container: container, restart: restarts - 1)
            guard restarts > 0, status?[path: ["lastState", "terminated"]] != nil || logs.exists(key) else {
                throw APIError.badRequest("previous terminated container \"\(container)\" in pod \"\(name)\" not found")
            }
            return logs.read(key, options, now: try context().clock.now(), open: false)
        }
        let key = ContainerLogKey(namespace: namespace, pod: name, uid: uid, container: container, restart: restarts)
        if let waiting = status?[path: ["state", "waiting"]], !logs.exists(key) {
            let reason = waiting["reason"]?.stringValue ?? ""
            switch reason {
            case "ErrImagePull": throw APIError.badRequest("\(quoted) is waiting to start: image can't be pulled")
            case "ImagePullBackOff": throw APIError.badRequest("\(quoted) is waiting to start: trying and failing to pull image")
            case "": throw APIError.badRequest("\(quoted) is waiting to start - no logs yet")
            default: throw APIError.badRequest("\(quoted) is waiting to start: \(reason)")
            }
        }
        if status == nil && !logs.exists(key) {
            throw APIError.badRequest("\(quoted) is waiting to start: ContainerCreating")
        }
        let open = instance(podUID: uid, container: container).map { $0.restart == restarts && !$0.hasExited } ?? false
        return logs.read(key, options, now: try context().clock.now(), open: open)
    }

    static func containerStatus(_ pod: JSON, _ container: String) -> JSON? {
        let all = (pod[path: ["status", "containerStatuses"]]?.arrayValue ?? [])
            + (pod[path: ["status", "initContainerStatuses"]]?.arrayValue ?? [])
        return all.first { $0["name"]?.stringValue == container }
    }
}
