// Measures the HorizontalPodAutoscaler controller's CPU per sync period (issue 12: 500 HPAs over 5,000
// Pods, ≤ 50 ms). Builds a store in a temporary directory with 500 Deployments of 10 Running, Ready Pods
// each (CPU request 200m) and one HPA per Deployment, feeds usage at the target (a steady state: every
// HPA computes its metrics and decides to stay), then syncs every HPA once per "period" through the
// controller's work queue and reports the process CPU time each period took.
//
//   swift build -c release --product kubeling-bench-hpa && .build/release/kubeling-bench-hpa [periods] [--changing]
//
// With --changing, usage alternates between 50 % and 52 % of the request each period (within tolerance,
// so nothing rescales, but every HPA's status changes and is written every period).
import API
import Controllers
import Dispatch
import Foundation
import JSON
import Storage

/// Usage at 50 % of each Pod's 200m request (or 52 % on odd periods with --changing), as
/// metrics-server would report it.
final class SteadyUsage: ResourceMetricsSource, @unchecked Sendable {
    // Invariant: `odd` is guarded by `lock`; the lists are immutable.
    let even: [PodUsage], oddList: [PodUsage]
    private let lock = NSLock()
    private var odd = false
    init(even: [PodUsage], odd: [PodUsage]) {
        self.even = even
        oddList = odd
    }
    func flip() { lock.withLock { odd.toggle() } }
    func podUsage(namespace: String?) -> [PodUsage] { lock.withLock { odd } ? oddList : even }
    func nodeUsage() -> [NodeUsage] { [] }
}

func cpuSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("kubeling-bench-hpa: \(message)\n".utf8))
    exit(1)
}

let deploymentsCount = 500, podsPerDeployment = 10
let periods = CommandLine.arguments.count > 1 ? Int(CommandLine.arguments[1]) ?? 5 : 5
let changing = CommandLine.arguments.contains("--changing")
let directory = FileManager.default.temporaryDirectory.appendingPathComponent("kubeling-bench-hpa-\(UUID().uuidString)")
try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: directory) }

var options = StoreOptions()
options.synchronousFull = false
let resources = ResourceRegistry.standard
let store = try Store(path: directory.appendingPathComponent("bench.db").path, options: options,
                      indexer: Registry.indexer(resources: resources), indexerVersion: Registry.indexerVersion)
let clock = ManualClock()
let registry = Registry(store: store, resources: resources, clock: clock)
try Seed.ensureDefaults(registry)
let context = ControllerContext(registry: registry, log: { _ in })
let client = context.client
guard let deployments = context.resource("apps", "v1", "deployments"),
      let podsResource = context.resource("", "v1", "pods"),
      let hpas = context.resource("autoscaling", "v2", "horizontalpodautoscalers") else { fail("resources not served") }

// The objects.
let started = ObjectMeta.timestamp(clock.now().addingTimeInterval(-3600))
var usage: [PodUsage] = []
let t0 = Date()
for d in 0..<deploymentsCount {
    let app = "app-\(d)"
    let container: JSON = ["name": "web", "image": "nginx", "resources": ["requests": ["cpu": "200m"]]]
    let template: JSON = ["metadata": ["labels": ["app": .string(app)]], "spec": ["containers": [container]]]
    _ = client.createAll(deployments, namespace: "default", [[
        "apiVersion": "apps/v1", "kind": "Deployment", "metadata": ["name": .string(app)],
        "spec": ["replicas": .int(Int64(podsPerDeployment)), "selector": ["matchLabels": ["app": .string(app)]],
                 "template": template],
    ]])
    let names = (0..<podsPerDeployment).map { "\(app)-\($0)" }
    let created = client.createAll(podsResource, namespace: "default", names.map { name in
        ["apiVersion": "v1", "kind": "Pod", "metadata": ["name": .string(name), "labels": ["app": .string(app)]],
         "spec": ["containers": [container]]]
    })
    if case .failure(let e) = created[0] { fail("creating pods: \(e.message)") }
    let group = DispatchGroup()
    for name in names {
        group.enter()
        registry.patch(podsResource, namespace: "default", name: name, subresource: "status", type: .merge,
                       patch: ["status": ["phase": "Running", "startTime": .string(started),
                                          "conditions": [["type": "Ready", "status": "True", "lastTransitionTime": .string(started)]]]],
                       options: WriteOptions()) { _ in group.leave() }
        usage.append(PodUsage(namespace: "default", name: name, timestamp: clock.now(), window: 15,
                              containers: [ContainerUsage(name: "web", cpuNanoCores: 100_000_000, memoryBytes: 20 << 20)]))
    }
    group.wait()
    _ = client.createAll(hpas, namespace: "default", [[
        "apiVersion": "autoscaling/v2", "kind": "HorizontalPodAutoscaler", "metadata": ["name": .string(app)],
        "spec": ["scaleTargetRef": ["apiVersion": "apps/v1", "kind": "Deployment", "name": .string(app)],
                 "minReplicas": 2, "maxReplicas": 20,
                 "metrics": [["type": "Resource", "resource": ["name": "cpu", "target": ["type": "Utilization", "averageUtilization": 50]]]]],
    ]])
}
print("setup: \(deploymentsCount) Deployments, \(deploymentsCount * podsPerDeployment) Pods, \(deploymentsCount) HPAs in "
      + String(format: "%.1f s", Date().timeIntervalSince(t0)))

let source = SteadyUsage(even: usage, odd: usage.map { u in
    var v = u
    v.containers[0].cpuNanoCores = 104_000_000
    return v
})
context.resourceMetrics = source
context.resourceMetricsAvailable = { true }
let controller = HorizontalPodAutoscalerController(context: context)
context.informers.start()
while context.informers.flush() > 0 {}
let informersReady = Date()
while !(context.informers.informer(for: podsResource).hasSynced && context.informers.informer(for: hpas).hasSynced) {
    if Date().timeIntervalSince(informersReady) > 60 { fail("informers did not sync") }
    usleep(10_000)
}
while context.informers.flush() > 0 {}

/// One sync period: the clock reaches the syncs due 15 s on (the informer's first adds, then the
/// requeues every sync asks for), and the controller works through all 500.
func period(first: Bool) -> (cpu: Double, wall: Double) {
    if changing && !first { source.flip() }
    let cpu0 = cpuSeconds(), wall0 = Date()
    clock.advance(by: 15)
    _ = clock.waitForFiredTimers(timeout: 30)
    guard controller.queue.waitUntilIdle(timeout: 120) else { fail("the queue did not drain") }
    while context.informers.flush() > 0 {}
    context.flushEvents()
    return (cpuSeconds() - cpu0, Date().timeIntervalSince(wall0))
}

// The first period writes every status (conditions, metrics); later ones find nothing to change.
let first = period(first: true)
print(String(format: "period 1 (first look, 500 status writes): CPU %.1f ms, wall %.1f ms", first.cpu * 1000, first.wall * 1000))
var steady: [Double] = []
for i in 2...max(2, periods) {
    let p = period(first: false)
    steady.append(p.cpu)
    print(String(format: "period %d: CPU %.1f ms, wall %.1f ms", i, p.cpu * 1000, p.wall * 1000))
}
guard let status = client.get(hpas, namespace: "default", name: "app-0")?["status"] else { fail("no status") }
print("app-0 status: \(String(decoding: status.bytes, as: UTF8.self))")
let sorted = steady.sorted()
print(String(format: "HPA controller CPU per sync period (500 HPAs, 5,000 Pods, %@): median %.1f ms, max %.1f ms",
             changing ? "every status changing" : "steady state",
             sorted[sorted.count / 2] * 1000, (sorted.last ?? 0) * 1000))
controller.queue.shutDown()
store.close()
