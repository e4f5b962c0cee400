import API
import Foundation
import JSON

/// The metrics half of a sync (upstream `computeReplicasForMetrics` and the `computeStatusFor…` family).
extension HorizontalPodAutoscalerController {
    /// What the metrics propose: the highest replica count (nil when the autoscaler cannot act), the
    /// metric that proposed it, one status per spec metric, and the error of the first failing one.
    struct Proposal {
        var replicas: Int?
        var metric = ""
        var statuses: [JSON]?
        var error: MetricError?
    }

    /// One metric's outcome: a proposal with its name and status, or the ScalingActive condition and
    /// the error to report.
    private enum MetricOutcome {
        case proposal(replicas: Int, name: String, status: JSON)
        case failure(condition: ConditionUpdate, error: MetricError)
    }

    /// The Pods to measure, for one sync.
    private struct Selection {
        var namespace: String
        var pods: [PodSample]
    }

    func replicasForMetrics(_ hpa: JSON, key: ObjectKey, spec: AutoscalerSpec, scale: JSON, status: inout AutoscalerStatus,
                            now: Date) -> Proposal {
        let namespace = hpa.namespace ?? ""
        let selection: Selection
        switch select(hpa, key: key, scale: scale) {
        case .success(let s): selection = s
        case .failure(let failure):
            recorder.event(hpa, .warning, reason: failure.reason, message: failure.error.message)
            // A missing selector is recorded as `SelectorRequired` but conditioned as `InvalidSelector`.
            let reason = failure.reason == "SelectorRequired" ? "InvalidSelector" : failure.reason
            status.set("ScalingActive", false, reason: reason, message: failure.condition, now: now)
            return Proposal(replicas: nil, error: failure.error)
        }
        let specReplicas = Int(scale[path: ["spec", "replicas"]]?.intValue ?? 0)
        let statusReplicas = Int(scale[path: ["status", "replicas"]]?.intValue ?? 0)
        var statuses = [JSON](repeating: .object(JSONObject([("type", "")])), count: spec.metrics.count)
        var best = 0, bestName = ""
        var invalid = 0
        var firstFailure: (condition: ConditionUpdate, error: MetricError)?
        for (i, metric) in spec.metrics.enumerated() {
            switch outcome(metric, hpa: hpa, namespace: namespace, specReplicas: specReplicas,
                           statusReplicas: statusReplicas, selection: selection, now: now) {
            case .proposal(let replicas, let name, let metricStatus):
                statuses[i] = metricStatus
                if best == 0 || replicas > best {
                    best = replicas
                    bestName = name
                }
            case .failure(let condition, let error):
                if firstFailure == nil { firstFailure = (condition, error) }
                invalid += 1
            }
        }
        var error: MetricError?
        if let firstFailure {
            error = MetricError("invalid metrics (\(invalid) invalid out of \(spec.metrics.count)), first error is: \(firstFailure.error.message)")
        }
        // All metrics failed, or some did and the rest would scale down: hold still.
        if invalid >= spec.metrics.count || (invalid > 0 && best < specReplicas) {
            if let firstFailure { status.set(firstFailure.condition, now: now) }
            return Proposal(replicas: nil, statuses: statuses, error: error)
        }
        status.set("ScalingActive", true, reason: "ValidMetricFound",
                   message: "the HPA was able to successfully calculate a replica count from \(bestName)", now: now)
        return Proposal(replicas: best, metric: bestName, statuses: statuses, error: error)
    }

    // MARK: the selector

    private struct SelectorFailure: Error {
        var reason: String
        var condition: String
        var error: MetricError
    }

    /// upstream `validateAndParseSelector`: the scale's selector must be present, parse, and pick Pods
    /// no other autoscaler picks.
    private func select(_ hpa: JSON, key: ObjectKey, scale: JSON) -> Result<Selection, SelectorFailure> {
        let namespace = hpa.namespace ?? ""
        let text = scale[path: ["status", "selector"]]?.stringValue ?? ""
        guard !text.isEmpty else {
            return .failure(SelectorFailure(reason: "SelectorRequired", condition: "the HPA target's scale is missing a selector",
                                            error: MetricError("selector is required")))
        }
        let selector: LabelSelector
        do throws(APIError) {
            selector = try LabelSelector(parsing: text)
        } catch {
            let message = "couldn't convert selector into a corresponding internal selector object: \(error.message)"
            return .failure(SelectorFailure(reason: "InvalidSelector", condition: message, error: MetricError(message)))
        }
        let selected = podSamples?.select(namespace: namespace, selector: selector) ?? []
        let controlling = claim(key, selector: selector, pods: selected.map { ($0.key, $0.labels) })
        if controlling.count > 1 {
            let names = controlling.map { "\($0.namespace ?? "")/\($0.name)" }.joined(separator: " ")
            let message = "pods by selector \(text) are controlled by multiple HPAs: [\(names)]"
            return .failure(SelectorFailure(reason: "AmbiguousSelector", condition: message, error: MetricError(message)))
        }
        return .success(Selection(namespace: namespace, pods: selected.map(\.sample)))
    }

    // MARK: one metric

    /// The ScalingActive=False condition for a metric that failed, with the Warning event upstream
    /// records at once (`getUnableComputeReplicaCountCondition`).
    private func unable(_ hpa: JSON, _ reason: String, _ error: MetricError) -> ConditionUpdate {
        recorder.event(hpa, .warning, reason: reason, message: error.message)
        return ConditionUpdate(type: "ScalingActive", status: false, reason: reason,
                               message: "the HPA was unable to compute the replica count: \(error.message)")
    }

    /// Without a custom metrics adapter, the error upstream's custom metrics client reports.
    static let noCustomMetrics = "unable to fetch metrics from custom metrics API: no custom metrics API (custom.metrics.k8s.io) registered"

    private func outcome(_ metric: AutoscalerSpec.Metric, hpa: JSON, namespace: String, specReplicas: Int,
                         statusReplicas: Int, selection: Selection, now: Date) -> MetricOutcome {
        switch metric {
        case .resource(let name, let target):
            switch resourceProposal(name: name, container: nil, target: target, current: specReplicas,
                                    selection: selection, now: now) {
            case .success(let (replicas, metricName, current)):
                let status: JSON = ["type": "Resource", "resource": ["name": .string(name), "current": current]]
                return .proposal(replicas: replicas, name: metricName, status: status)
            case .failure(let error):
                return .failure(condition: unable(hpa, "FailedGetResourceMetric", error),
                                error: error.wrapped("failed to get \(name) resource metric value"))
            }
        case .containerResource(let name, let container, let target):
            switch resourceProposal(name: name, container: container, target: target, current: specReplicas,
                                    selection: selection, now: now) {
            case .success(let (replicas, metricName, current)):
                let status: JSON = ["type": "ContainerResource",
                                    "containerResource": ["name": .string(name), "container": .string(container), "current": current]]
                return .proposal(replicas: replicas, name: metricName, status: status)
            case .failure(let error):
                return .failure(condition: unable(hpa, "FailedGetContainerResourceMetric", error),
                                error: error.wrapped("failed to get \(container) container metric value"))
            }
        case .pods(let name, _):
            let error = MetricError("unable to get metric \(name): \(Self.noCustomMetrics)")
            return .failure(condition: unable(hpa, "FailedGetPodsMetric", error), error: error.wrapped("failed to get pods metric value"))
        case .object(let name, let kind, let objectName, let target):
            // upstream's message puts the object after the metric name, as written here.
            let error = MetricError("unable to get metric \(name): \(kind) on \(namespace) \(objectName)/\(Self.noCustomMetrics)")
            let condition = unable(hpa, "FailedGetObjectMetric", error)
            if target.type == "Value" && target.value != nil {
                return .failure(condition: condition, error: error.wrapped("failed to get object metric value"))
            }
            if target.type == "AverageValue" && target.averageValue != nil {
                return .failure(condition: condition,
                                error: error.wrapped("failed to get \(name) object metric").wrapped("failed to get object metric value"))
            }
            let invalid = MetricError("invalid object metric source: neither a value target nor an average value target was set")
            return .failure(condition: unable(hpa, "FailedGetObjectMetric", invalid), error: invalid.wrapped("failed to get object metric value"))
        case .external(let name, let selector, let target):
            let error = MetricError("unable to get external metric \(namespace)/\(name)/\(Self.goSelector(selector)): "
                + "unable to fetch metrics from external metrics API: the server could not find the requested resource "
                + "(get \(name).external.metrics.k8s.io)")
            let outer = "failed to get \(name) external metric value"
            if target.averageValue != nil {
                return .failure(condition: unable(hpa, "FailedGetExternalMetric", error),
                                error: error.wrapped("failed to get \(name) external metric").wrapped(outer))
            }
            if target.value != nil {
                return .failure(condition: unable(hpa, "FailedGetExternalMetric", error),
                                error: error.wrapped("failed to get external metric \(name)").wrapped(outer))
            }
            let invalid = MetricError("invalid external metric source: neither a value target nor an average value target was set")
            return .failure(condition: unable(hpa, "FailedGetExternalMetric", invalid), error: invalid.wrapped(outer))
        case .unknown(let type):
            let error = MetricError("unknown metric source type \"\(type)\"")
            return .failure(condition: unable(hpa, "InvalidMetricSourceType", error), error: error)
        }
    }

    /// upstream `computeStatusForResourceMetricGeneric`: the proposal, the metric's name for messages,
    /// and its `current` status, or the error (already prefixed as upstream prefixes it).
    private func resourceProposal(name: String, container: String?, target: AutoscalerSpec.Target, current: Int,
                                  selection: Selection, now: Date) -> Result<(Int, String, JSON), MetricError> {
        do throws(MetricError) {
            if let average = target.averageValue {
                do throws(MetricError) {
                    let metrics = try podMetrics(name, container: container, selection: selection, now: now)
                    let (replicas, usage) = try calculator.plainReplicas(current: current, targetAverage: average, resource: name,
                                                                         pods: selection.pods, metrics: metrics, now: now)
                    return .success((replicas, "\(name) resource",
                                     ["averageValue": Quantity(milliValue: usage).json]))
                } catch {
                    throw error.wrapped("failed to get \(name) usage")
                }
            }
            guard let utilizationTarget = target.averageUtilization else {
                throw MetricError("invalid resource metric source: neither an average utilization target nor an average value (usage) target was set")
            }
            do throws(MetricError) {
                let metrics = try podMetrics(name, container: container, selection: selection, now: now)
                let r = try calculator.resourceReplicas(current: current, targetUtilization: utilizationTarget, resource: name,
                                                        container: container, pods: selection.pods, metrics: metrics, now: now)
                let metricName = container == nil ? "\(name) resource utilization (percentage of request)"
                    : "\(name) container resource utilization (percentage of request)"
                return .success((r.replicas, metricName, ["averageValue": Quantity(milliValue: r.rawAverage).json,
                                                          "averageUtilization": .int(Int64(r.utilization))]))
            } catch {
                throw error.wrapped("failed to get \(name) utilization")
            }
        } catch {
            return .failure(error)
        }
    }

    private func podMetrics(_ resource: String, container: String?, selection: Selection, now: Date)
        throws(MetricError) -> [String: PodMetric] {
        do throws(MetricError) {
            return try metrics.podMetrics(resource: resource, namespace: selection.namespace,
                                          pods: Set(selection.pods.map(\.name)), container: container, now: now).metrics
        } catch {
            throw error.wrapped("unable to get metrics for resource \(resource)")
        }
    }

    /// A metric selector as Go's `%+v` prints a `*metav1.LabelSelector`.
    static func goSelector(_ selector: JSON?) -> String {
        guard let selector else { return "nil" }
        let labels = (selector["matchLabels"]?.stringMap ?? [:]).sorted { $0.key < $1.key }
            .map { "\($0.key): \($0.value)," }.joined()
        let expressions = (selector["matchExpressions"]?.arrayValue ?? []).map { e in
            let values = (e["values"]?.arrayValue ?? []).compactMap(\.stringValue).joined(separator: ",")
            return "LabelSelectorRequirement{Key:\(e["key"]?.stringValue ?? ""),Operator:\(e["operator"]?.stringValue ?? ""),Values:[\(values)],},"
        }.joined()
        return "&LabelSelector{MatchLabels:map[string]string{\(labels)},MatchExpressions:[]LabelSelectorRequirement{\(expressions)},}"
    }
}
