import API
import Controllers
import Foundation
import JSON

/// The Pod half of a simulated kubelet, one per node: drives every Pod bound to its node through the
/// states, conditions, events and timings a real kubelet produces (controllers.md §7), with simulated
/// programs instead of containers. Level-based like a controller: each reconcile advances the Pod's
/// run to the cluster clock's "now", writes the status when it changed, and asks to come back when the
/// next thing is due (a pull ending, a program exiting, a back-off ending, a probe).
public final class Kubelet: Controller, @unchecked Sendable {
    // Invariant: `runs`, `images`, `usedIPs`, `heldIPs`, `recordedIPs` and `mountRetries` are guarded by
    // `lock`. A Pod's run is read and written only by the reconcile of its key, which the queue never runs
    // twice at once.
    public let queue: WorkQueue
    /// The node this kubelet runs.
    public let node: NodeSpec
    private let context: ControllerContext
    private let runtime: ContainerRuntime?
    private let lock = NSLock()
    private var runs: [ObjectKey: PodRun] = [:]
    private var images: Set<String> = []
    private var usedIPs: Set<String> = []
    /// The addresses this node's unfinished Pods show in the store, by Pod (from the Pod informer).
    private var recordedIPs: [ObjectKey: String] = [:]
    /// Addresses of Pods that were on this node when kubeling last stopped and that no run holds yet.
    /// Host-local IPAM keeps its leases on disk across a kubelet restart; here the Pods' own status is
    /// that record: until each such Pod is picked up again (or goes), no new Pod gets its address.
    private var heldIPs: [ObjectKey: String] = [:]
    private var mountRetries: [ObjectKey: (count: Int, volumes: [String])] = [:]

    public init(context: ControllerContext, node: NodeSpec, runtime: ContainerRuntime? = nil, workers: Int = 4) {
        self.context = context
        self.node = node
        self.runtime = runtime
        let box = WeakBox<Kubelet>()
        queue = WorkQueue(name: "kubelet-\(node.name)", workers: workers, clock: context.clock, log: context.log) { key in
            try box.value?.sync(key) ?? .done
        }
        box.value = self
        runtime?.register(node: node.name, context: context) { [queue] key in queue.add(key) }
        guard let pods = context.resource("", "v1", "pods") else { return }
        let name = node.name
        // kubeling restarting on its store is a kubelet restart: what the node held is still there.
        (heldIPs, images) = Self.nodeState(of: node, context.informers.lister(for: pods))
        context.informers.informer(for: pods).addHandler { [weak self, queue] event in
            let pod = event.object
            guard Pod(pod).nodeName == name, let key = pod.objectKey else { return }
            self?.record(event)
            queue.add(key)
        }
        if let nodes = context.resource("", "v1", "nodes") {
            // The kubelet starting again (after a stop): catch every Pod of the node up to now.
            context.informers.informer(for: nodes).addHandler { [weak self] event in
                guard case .updated(let old, let new) = event, new.name == name, NodeAgent.isStopped(old),
                      !NodeAgent.isStopped(new), let self else { return }
                for key in self.lock.withLock({ Array(self.runs.keys) }) { self.queue.add(key) }
                let pods = context.informers.lister(for: pods).list(fields: FieldSelector(terms: [
                    .init(field: "spec.nodeName", op: .equals, value: name)]))
                for key in pods.compactMap(\.objectKey) { self.queue.add(key) }
            }
        }
        for plural in ["configmaps", "secrets"] {
            guard let r = context.resource("", "v1", plural) else { continue }
            // A volume's source appearing lets the Pods waiting for it mount at once.
            context.informers.informer(for: r).addHandler { [weak self] event in
                guard case .added(let o) = event, let self else { return }
                let waiting = self.lock.withLock { Array(self.mountRetries.keys) }
                for key in waiting where key.namespace == o.namespace { self.queue.add(key) }
            }
        }
    }

    /// The events of one Pod, from this node's kubelet.
    struct Environment: PodRunEnvironment {
        let kubelet: Kubelet
        let pod: JSON
        func event(_ type: EventRecorder.EventType, _ reason: String, _ message: String) {
            kubelet.context.recorder("kubelet", host: kubelet.node.name).event(pod, type, reason: reason, message: message)
        }
        func hasImage(_ image: ImageReference) -> Bool { kubelet.lock.withLock { kubelet.images.contains(image.normalized) } }
        func addImage(_ image: ImageReference) { _ = kubelet.lock.withLock { kubelet.images.insert(image.normalized) } }
        func newContainerID(_ container: String, restart: Int) -> String {
            "containerd://" + Hex.digest("\(pod.uid ?? "")/\(container)/\(restart)/\(UUID().uuidString)", length: 64)
        }
        func containerStarted(_ c: ContainerRun, at time: Date, podIP: String) {
            kubelet.runtime?.started(pod: pod, container: c, at: time, node: kubelet.node.name,
                                     hostIP: kubelet.node.internalIP, podIP: podIP)
        }
        func containerStopped(_ c: ContainerRun, code: Int, at time: Date) {
            guard let uid = pod.uid else { return }
            kubelet.runtime?.stopped(podUID: uid, container: c, code: code, at: time)
        }
        func pendingExit(_ c: ContainerRun) -> (code: Int, at: Date)? {
            kubelet.runtime?.pendingExit(containerID: c.containerID)
        }
        func execProbe(_ c: ContainerRun, command: [String]) -> (Int, String)? {
            guard let uid = pod.uid else { return nil }
            return kubelet.runtime?.probe(podUID: uid, container: c.name, command: command,
                                          timeout: Double(c.spec[path: ["livenessProbe", "timeoutSeconds"]]?.intValue ?? 1))
        }
    }

    func sync(_ key: ObjectKey) throws -> ReconcileResult {
        guard let podsR = context.resource("", "v1", "pods"), let nodesR = context.resource("", "v1", "nodes") else { return .done }
        // A stopped kubelet does nothing; its containers keep running, unseen, until it starts again.
        if let me = context.informers.lister(for: nodesR).get(ObjectKey(node.name)), NodeAgent.isStopped(me) { return .done }
        guard let pod = context.informers.lister(for: podsR).get(key), Pod(pod).nodeName == node.name,
              let uid = pod.uid else {
            release(key)
            return .done
        }
        var run = lock.withLock { runs[key] }
        if run?.uid != uid {
            release(key)
            run = nil
        }
        if run == nil, Pod(pod).isTerminal, !pod.isBeingDeleted { return .done }  // finished before we knew it
        var current = run ?? makeRun(pod, uid: uid)
        let env = Environment(kubelet: self, pod: pod)
        let now = context.clock.now()
        var due: Date?
        if pod.isBeingDeleted {
            let deadline = pod.deletionTimestamp ?? now
            due = current.terminate(now: now, deadline: deadline, env)
            if current.allStopped {
                try writeStatus(pod, current, podsR, now: now)
                var options = DeleteOptions()
                options.gracePeriodSeconds = 0
                options.preconditionUID = uid
                do throws(APIError) {
                    try context.client.delete(podsR, namespace: key.namespace, name: key.name, options: options)
                } catch {
                    if error.code != 404 && error.code != 409 { throw ReconcileError("deleting \(key): \(error.message)") }
                }
                release(key, current)  // made in this pass (a Pod deleted before it ever ran) if none was kept
                return .done
            }
        } else if let retry = mountWait(pod, key, env, now: now) {
            due = retry
        } else {
            due = current.advance(now: now, env)
            try runEffects(pod, &current)
        }
        lock.withLock { runs[key] = current }
        if try !writeStatus(pod, current, podsR, now: now) { return .requeue(after: 0) }
        return due.map { .requeue(after: max(0.001, $0.timeIntervalSince(now))) } ?? .done
    }

    /// Writes the status when it changed; false when the Pod changed meanwhile (look again).
    @discardableResult
    private func writeStatus(_ pod: JSON, _ run: PodRun, _ podsR: ResourceInfo, now: Date) throws -> Bool {
        let status = run.status(of: pod, hostIP: node.internalIP, now: now)
        // The status keeps unchanged conditions' transition times, so equality means nothing changed.
        if status == pod["status"] { return true }
        var next = pod
        next["status"] = status
        do throws(APIError) {
            try context.client.write(podsR, namespace: pod.namespace, name: pod.name ?? "", subresource: "status", next)
        } catch {
            if error.code == 409 || error.code == 404 { return false }
            throw ReconcileError("pod \(pod.namespace ?? "")/\(pod.name ?? "") status: \(error.message)")
        }
        return true
    }

    private func makeRun(_ pod: JSON, uid: String) -> PodRun {
        if let rebuilt = PodRun.rebuilt(from: pod, uid: uid) {
            lock.withLock {
                usedIPs.insert(rebuilt.podIP)
                if let key = pod.objectKey { heldIPs[key] = nil }
            }
            // A kubelet restart does not stop containers: the runtime picks the running ones up again.
            for c in rebuilt.containers {
                if case .running(let since) = c.state {
                    runtime?.started(pod: pod, container: c, at: since, node: node.name, hostIP: node.internalIP,
                                     podIP: rebuilt.podIP, resumed: true)
                }
            }
            return rebuilt
        }
        if let key = pod.objectKey { lock.withLock { heldIPs[key] = nil } }  // its old address, if any, goes
        let ip = pod[path: ["spec", "hostNetwork"]]?.boolValue == true ? node.internalIP : allocateIP()
        return PodRun(uid: uid, podIP: ip, startTime: context.clock.now(), containers: PodRun.containers(of: pod))
    }

    /// What the Pods already stored say this node holds, for a kubelet starting on an existing store:
    /// the addresses of its live Pods (by Pod; host-local IPAM keeps them on disk across a kubelet
    /// restart) and the images its containers started from (containerd keeps them too).
    static func nodeState(of node: NodeSpec, _ pods: Lister) -> (addresses: [ObjectKey: String], images: Set<String>) {
        var held: [ObjectKey: String] = [:]
        var images: Set<String> = []
        let mine = FieldSelector(terms: [.init(field: "spec.nodeName", op: .equals, value: node.name)])
        for pod in pods.list(fields: mine) {
            let statuses = (pod[path: ["status", "initContainerStatuses"]]?.arrayValue ?? [])
                + (pod[path: ["status", "containerStatuses"]]?.arrayValue ?? [])
            for st in statuses where st["containerID"]?.stringValue != nil {
                if let image = st["image"]?.stringValue { images.insert(ImageReference(image).normalized) }
            }
            guard !Pod(pod).isTerminal, let key = pod.objectKey, let ip = pod[path: ["status", "podIP"]]?.stringValue,
                  ip.hasPrefix(node.podAddressBase + ".") else { continue }
            held[key] = ip
        }
        return (held, images)
    }

    /// A free address of the node's range: held by no run, reserved for no Pod picked up after a
    /// restart, and shown by no unfinished Pod of this node as the Pod informer last delivered it (the
    /// store is the node's lease record, as host-local IPAM's files are: a run rebuilt late must never
    /// find its address handed out).
    private func allocateIP() -> String {
        lock.withLock {
            let taken = Set(heldIPs.values).union(recordedIPs.values)
            for host in 2...254 {
                let ip = "\(node.podAddressBase).\(host)"
                if !usedIPs.contains(ip) && !taken.contains(ip) {
                    usedIPs.insert(ip)
                    return ip
                }
            }
            return "\(node.podAddressBase).254"  // full: upstream would fail the sandbox; the pods limit prevents it
        }
    }

    /// Keeps `recordedIPs` up to date from a Pod event of this node.
    private func record(_ event: InformerEvent) {
        guard let key = event.object.objectKey else { return }
        var ip: String?
        if case .deleted = event {
            ip = nil
        } else if !Pod(event.object).isTerminal {
            ip = event.object[path: ["status", "podIP"]]?.stringValue
        }
        lock.withLock { recordedIPs[key] = ip }
    }

    /// Forgets the Pod's run and frees its address; `made` is a run made in this pass and not kept yet.
    private func release(_ key: ObjectKey, _ made: PodRun? = nil) {
        let gone: PodRun? = lock.withLock {
            let run = runs.removeValue(forKey: key) ?? made
            if let run, run.podIP != node.internalIP { usedIPs.remove(run.podIP) }
            heldIPs[key] = nil
            mountRetries[key] = nil
            return run
        }
        if let gone { runtime?.removed(podUID: gone.uid) }
    }

    /// While a ConfigMap or Secret volume's source is missing the Pod stays in ContainerCreating; retried
    /// with the volume manager's back-off (0.5 s doubling to about 2 min). Nil when everything mounts.
    private func mountWait(_ pod: JSON, _ key: ObjectKey, _ env: Environment, now: Date) -> Date? {
        var missing: [String] = []
        for v in pod[path: ["spec", "volumes"]]?.arrayValue ?? [] {
            let volume = v["name"]?.stringValue ?? ""
            for (field, plural, nameField, kind) in [("configMap", "configmaps", "name", "configmap"),
                                                     ("secret", "secrets", "secretName", "secret")] {
                guard let source = v[field], source["optional"]?.boolValue != true,
                      let name = source[nameField]?.stringValue, let r = context.resource("", "v1", plural) else { continue }
                if context.informers.lister(for: r).get(ObjectKey(namespace: pod.namespace, name: name)) == nil {
                    missing.append("MountVolume.SetUp failed for volume \"\(volume)\" : \(kind) \"\(name)\" not found")
                }
            }
        }
        guard !missing.isEmpty else {
            lock.withLock { mountRetries[key] = nil }
            return nil
        }
        let attempt = lock.withLock { () -> Int in
            let n = (mountRetries[key]?.count ?? 0) + 1
            mountRetries[key] = (n, missing)
            return n
        }
        for m in missing { env.event(.warning, "FailedMount", m) }
        return now.addingTimeInterval(min(122, 0.5 * pow(2, Double(attempt - 1))))
    }

    /// What some programs do to the cluster when they finish successfully (the ingress-nginx admission
    /// Jobs' `kube-webhook-certgen create|patch`).
    private func runEffects(_ pod: JSON, _ run: inout PodRun) throws {
        for c in run.containers where c.program.name == "kube-webhook-certgen" && c.terminated?.exitCode == 0 {
            try CertGen.apply(args: c.spec["args"]?.arrayValue?.compactMap(\.stringValue) ?? [],
                              namespace: pod.namespace ?? "default", context: context)
        }
    }
}
