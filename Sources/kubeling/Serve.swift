import API
import APIServer
import ArgumentParser
import Controllers
import Foundation
import Simulation
import HTTP
import Storage

/// `kubeling serve`: opens the store, seeds a fresh one, starts controllers and the HTTP server.
struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Start the API server.")

    @Option(help: "The address to listen on.")
    var address = "127.0.0.1"

    @Option(help: "The port to listen on (0 picks a free port and prints it).")
    var port = 8080

    @Option(help: "The SQLite database file holding all state.")
    var data = "./kubeling.db"

    @Option(help: "SQLite durability: 'full' fsyncs every commit (survives power loss); 'normal' survives process crashes only.")
    var synchronous = "full"

    @Option(help: "Watch history kept for resuming watches: at least this many events …")
    var watchHistoryEvents = 10_000

    @Option(help: "… or this many seconds of events, whichever keeps more (upstream keeps 75 s).")
    var watchHistorySeconds = 75.0

    @Option(help: "HTTP threads (default 1). Writes and lists already run on a pool as wide as the machine; a second HTTP thread spreads large watch fan-outs but makes reads wait on the scheduler.")
    var threads = 1

    @Option(help: "How many times faster than real time the cluster's clock runs (timers and every timestamp the cluster writes), like a time-lapse.")
    var timeScale = 1.0

    @Option(help: "The controllers to run, as kube-controller-manager's flag: '*' for all, 'name' to enable, '-name' to disable (e.g. '*,-scheduler'). Names: namespace, serviceaccount, root-ca-cert-publisher, scheduler, node-lifecycle, replicaset, replicationcontroller, deployment, endpoint, endpointslice, garbagecollector, job, ttl-after-finished, cronjob, statefulset, daemonset, resourcequota, apiservice-availability.")
    var controllers = "*"

    @Flag(help: "Install metrics-server (its 0.6.1 manifest's objects in kube-system and the v1beta1.metrics.k8s.io APIService) at start.")
    var metricsServer = false

    @Option(help: "How many simulated nodes run the Pods (the first is kubeling-control-plane).")
    var nodes = 1

    @Option(help: "CPU capacity of each simulated node, in cores (default: this host's).")
    var nodeCpus: Int?

    @Option(help: "Memory capacity of each simulated node, in MiB (default: this host's).")
    var nodeMemoryMib: Int?

    @Option(help: "How many Pods each simulated node takes.")
    var nodePods = 110

    @Option(help: "The most non-long-running read-only requests in flight at once; more are answered 429 with Retry-After (as kube-apiserver; 0: no cap).")
    var maxRequestsInflight = 400

    @Option(help: "The most non-long-running mutating requests in flight at once; more are answered 429 with Retry-After (as kube-apiserver; 0: no cap).")
    var maxMutatingRequestsInflight = 200

    @Option(help: "Seconds a new connection has to send a whole request header, however slowly it sends it (kube-apiserver: 32; 0: no limit).")
    var requestHeaderTimeout = 32

    @Option(help: "Seconds a connection may stay silent before it is closed; watches waiting for events and exec sessions are exempt (kube-apiserver: 90; 0: no limit).")
    var idleTimeout = 90

    @Option(help: "The most client connections held at once; further ones are closed as soon as they are accepted.")
    var maxConnections = 20_000
    @Option(help: "Serve cluster ports below 1024 (hostPorts such as the ingress controller's 80 and 443, LoadBalancer ports) on the host at port + N, so kubeling need not run as root (e.g. 8000: the ingress answers on http://127.0.0.1:8080).")
    var hostPortOffset = 0

    func validate() throws {
        do { _ = try ControllerManager.selected(controllers) } catch { throw ValidationError("--controllers: \(error)") }
        guard (0...1000).contains(nodes) else { throw ValidationError("--nodes must be between 0 and 1000") }
        if let c = nodeCpus, c < 1 { throw ValidationError("--node-cpus must be at least 1") }
        if let m = nodeMemoryMib, m < 64 { throw ValidationError("--node-memory-mib must be at least 64") }
        guard nodePods >= 1 else { throw ValidationError("--node-pods must be at least 1") }
        guard timeScale > 0, timeScale <= 10_000 else { throw ValidationError("--time-scale must be above 0 and at most 10000") }
        guard synchronous == "full" || synchronous == "normal" else {
            throw ValidationError("--synchronous must be 'full' or 'normal'")
        }
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
        guard maxRequestsInflight >= 0, maxMutatingRequestsInflight >= 0 else {
            throw ValidationError("--max-requests-inflight and --max-mutating-requests-inflight must be 0 or more")
        }
        guard requestHeaderTimeout >= 0, idleTimeout >= 0 else {
            throw ValidationError("--request-header-timeout and --idle-timeout must be 0 or more")
        }
        guard maxConnections >= 1 else { throw ValidationError("--max-connections must be at least 1") }
        guard (0...64000).contains(hostPortOffset) else { throw ValidationError("--host-port-offset must be between 0 and 64000") }
    }

    func run() throws {
        let log = Log()
        // Large buffers (LIST responses of tens of MB) go straight to mmap and back to the system when
        // freed; glibc's adaptive threshold would otherwise keep them in the heap for good.
        HeapTuning.capMmapThreshold(256 * 1024)
        var options = StoreOptions()
        options.synchronousFull = synchronous == "full"
        options.historyMinEvents = max(1, watchHistoryEvents)
        options.historySeconds = max(0, watchHistorySeconds)
        let resources = ResourceRegistry.standard
        let store: Store
        // Setting the mmap threshold froze glibc's trim threshold at 128 KiB: loading (SQLite's per-row buffers
        // freed at the top of the heap) would then hand pages back and fault them in again for every row, which
        // cost ~40% of a 10k-pod cold start. Trim only once loading is done.
        HeapTuning.setTrimThreshold(256 << 20)
        let fileSize = (try? FileManager.default.attributesOfItem(atPath: data)[.size] as? Int) ?? 0
        HeapTuning.reserveHugePageHeap(min(fileSize, 1 << 30), restoreMmapThreshold: 256 * 1024)
        do {
            store = try Store(path: data, options: options, indexer: Registry.indexer(resources: resources),
                              indexerVersion: Registry.indexerVersion)
        } catch {
            log.error("cannot open \(data): \(error)")
            throw ExitCode(1)
        }
        HeapTuning.setTrimThreshold(128 << 10)  // glibc's default
        let time = ClusterClock(store: store, factor: timeScale)
        let registry = Registry(store: store, resources: resources, clock: time.clock)
        let fresh = store.revision == 0
        try Seed.ensureDefaults(registry)
        if fresh { try Seed.installAddons(registry) }
        try Seed.ensureLocalAPIServices(registry)
        if metricsServer { try Seed.installMetricsServer(registry) }
        let nodeSpecs = nodes == 0 ? [] : NodeSpec.cluster(
            count: nodes, cpuMillis: nodeCpus.map { $0 * 1000 } ?? NodeSpec.hostCPUMillis,
            memoryBytes: nodeMemoryMib.map { Int64($0) * 1024 * 1024 } ?? NodeSpec.hostMemoryBytes, pods: nodePods)
        var config = HTTPServer.Configuration()
        config.address = address
        config.port = port
        config.threads = max(1, threads)
        config.requestHeaderTimeoutSeconds = requestHeaderTimeout
        config.idleTimeoutSeconds = idleTimeout
        config.connectionLimit = maxConnections
        // exec, attach, port-forward, logs and the proxy reach Pods through the simulated runtime.
        // Container logs live beside the database, as a node's /var/log/pods, so they outlive a restart.
        let runtime = ContainerRuntime(logDirectory: URL(fileURLWithPath: data + ".logs"))
        // 10 ms of cluster time to gather a Pod's changes for a ReplicaSet's pass (see podEventBatching).
        let context = ControllerContext(registry: registry, podEventBatching: 0.01, log: { log.info($0) })
        let network = ClusterNetwork(context: context, nodes: nodeSpecs)
        runtime.network = network
        // metrics.k8s.io and the HPA read what metrics-server would scrape from the usage model.
        let scraper = MetricsScraper(context: context, ledger: network.usage, nodes: nodeSpecs)
        context.resourceMetrics = scraper
        let metricsSource: (any ResourceMetricsSource)? = scraper
        let api = APIServer(registry: registry, runtime: runtime, metricsSource: metricsSource, inflight: InflightLimiter(
            maxReadOnly: maxRequestsInflight, maxMutating: maxMutatingRequestsInflight))
        let server = HTTPServer(configuration: config) { request, responder in
            api.handle(request, responder)
        }
        do {
            try server.start()
        } catch {
            log.error("cannot listen on \(address):\(port): \(error)")
            throw ExitCode(1)
        }
        // The controllers start once the server listens: the `kubernetes` Service's endpoints publish its
        // port, known only now when --port is 0.
        // A process the runtime saw die refuses connections before the kubelet writes its status; request
        // logs go to the container's log.
        network.setLivenessHook { uid, name in runtime.instance(podUID: uid, container: name).map { !$0.hasExited } ?? false }
        let requestLogs = LogBatcher { c, lines in
            if let key = runtime.instance(podUID: c.podUID, container: c.container)?.logKey {
                runtime.logs.append(key, lines: lines)
            }
        }
        network.setLogSink { uid, name, line in
            requestLogs.add(podUID: uid, container: name, line: line, at: context.clock.now())
        }
        network.setFileReader { uid, name, path in
            guard case .success(let bytes)? = runtime.instance(podUID: uid, container: name)?.fileSystem.read(path) else { return nil }
            return bytes
        }
        let controllers = ControllerManager(
            context: context,
            controllers: (try ControllerManager.selected(self.controllers)) + SimulatedNodes.controllers(nodeSpecs, runtime: runtime)
                + [KubernetesServiceEndpoints.factory(address: address, port: server.port)]
                + NetworkControllers.factories(network: network, hostPortOffset: hostPortOffset)
                + [{ _ in scraper }])
        controllers.start()
        // Signal handling is in place before the address is announced: a SIGTERM sent as soon as the line
        // appears must stop the server, not be ignored.
        let stop = DispatchSemaphore(value: 0)
        signal(SIGTERM, SIG_IGN)
        signal(SIGINT, SIG_IGN)
        signal(SIGPIPE, SIG_IGN)
        let term = DispatchSource.makeSignalSource(signal: SIGTERM, queue: .global())
        let int = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        term.setEventHandler { stop.signal() }
        int.setEventHandler { stop.signal() }
        term.resume()
        int.resume()
        log.info("kubeling listening on http://\(address):\(server.port) (data: \(data), revision \(store.revision)\(timeScale == 1 ? "" : ", time scale \(timeScale)"))")
        stop.wait()
        log.info("shutting down")
        server.stop()
        controllers.stop()
        time.stop()
        store.close()
    }
}
