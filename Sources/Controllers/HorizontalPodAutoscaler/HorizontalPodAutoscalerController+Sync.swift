import API
import Foundation
import JSON

/// One sync of one autoscaler (upstream `reconcileAutoscaler`).
extension HorizontalPodAutoscalerController {
    func sync(_ key: ObjectKey) -> ReconcileResult {
        guard let hpas, let stored = context.registry.cached(hpas, namespace: key.namespace, name: key.name) else {
            forget(key)
            return .done
        }
        let hpa: JSON
        if let hit = parsedHPAs.hit(stored.key, revision: stored.revision) {
            hpa = hit
        } else {
            guard let parsed = try? JSONParser.parse(stored.bytes) else { return .requeue(after: syncPeriod) }
            parsedHPAs.store(stored.key, revision: stored.revision, parsed)
            hpa = parsed
        }
        reconcile(hpa, key: key, resource: hpas)
        // Every autoscaler is looked at again one period later, whatever happened (upstream's HPA rate
        // limiter is a fixed interval, errors included).
        return .requeue(after: syncPeriod)
    }

    private func reconcile(_ hpa: JSON, key: ObjectKey, resource: ResourceInfo) {
        let now = context.clock.now()
        let spec = AutoscalerSpec(hpa)
        let namespace = hpa.namespace ?? ""
        var status = AutoscalerStatus(hpa["status"])
        func write() {
            do throws(APIError) {
                try context.client.writeStatus(resource, of: hpa, status.json)
            } catch {
                recorder.event(hpa, .warning, reason: "FailedUpdateStatus", message: error.message)
            }
        }

        // The target's scale.
        let scale: JSON
        let target: ResourceInfo
        do throws(MetricError) {
            target = try scaleTarget(spec)
            do throws(APIError) {
                let stored = context.registry.cached(target, namespace: namespace, name: spec.targetName)
                if let stored, let hit = scales.hit(stored.key, revision: stored.revision) {
                    scale = hit
                } else {
                    scale = try context.client.getScale(target, namespace: namespace, name: spec.targetName)
                    if let stored { scales.store(stored.key, revision: stored.revision, scale) }
                }
            } catch {
                throw MetricError(error.message)
            }
        } catch {
            recorder.event(hpa, .warning, reason: "FailedGetScale", message: error.message)
            status.set("AbleToScale", false, reason: "FailedGetScale",
                       message: "the HPA controller was unable to get the target's current scale: \(error.message)", now: now)
            write()
            return
        }
        status.set("AbleToScale", true, reason: "SucceededGetScale",
                   message: "the HPA controller was able to get the target's current scale", now: now)
        let current = Int(scale[path: ["spec", "replicas"]]?.intValue ?? 0)
        withHistory(key) { ScaleNormalizer.recordInitial(&$0, current: current, now: now) }

        var desired = 0
        var reason = ""
        var rescale = true
        var metricStatuses: [JSON]?
        if current == 0 && spec.minReplicas != 0 {
            // Autoscaling is off while the target is scaled to zero.
            rescale = false
            status.set("ScalingActive", false, reason: "ScalingDisabled",
                       message: "scaling is disabled since the replica count of the target is zero", now: now)
        } else if current > spec.maxReplicas {
            reason = "Current number of replicas above Spec.MaxReplicas"
            desired = spec.maxReplicas
        } else if current < spec.minReplicas {
            reason = "Current number of replicas below Spec.MinReplicas"
            desired = spec.minReplicas
        } else {
            let proposal = replicasForMetrics(hpa, key: key, spec: spec, scale: scale, status: &status, now: now)
            metricStatuses = proposal.statuses
            if let error = proposal.error, proposal.replicas == nil {
                status.currentReplicas = current
                status.currentMetrics = metricStatuses
                write()
                recorder.event(hpa, .warning, reason: "FailedComputeMetricsReplicas", message: error.message)
                return
            }
            let metricDesired = proposal.replicas ?? 0
            var rescaleMetric = ""
            if metricDesired > desired {
                desired = metricDesired
                rescaleMetric = proposal.metric
            }
            if desired > current { reason = "\(rescaleMetric) above target" }
            if desired < current { reason = "All metrics below target" }
            let normalized = withHistory(key) { history in
                if let behavior = spec.behavior {
                    return ScaleNormalizer.normalize(&history, current: current, desired: desired, min: spec.minReplicas,
                                                     max: spec.maxReplicas, scaleUp: behavior.scaleUp,
                                                     scaleDown: behavior.scaleDown,
                                                     defaultDownWindow: downscaleStabilization, now: now)
                }
                return ScaleNormalizer.normalize(&history, current: current, desired: desired, min: spec.minReplicas,
                                                 max: spec.maxReplicas, window: Double(downscaleStabilization), now: now)
            }
            status.set(normalized.ableToScale, now: now)
            status.set(normalized.scalingLimited, now: now)
            desired = normalized.replicas
            rescale = desired != current
        }

        if rescale {
            do throws(APIError) {
                try context.client.updateScale(target, namespace: namespace, name: spec.targetName, replicas: desired)
            } catch {
                recorder.event(hpa, .warning, reason: "FailedRescale",
                               message: "New size: \(desired); reason: \(reason); error: \(error.message)")
                status.set("AbleToScale", false, reason: "FailedUpdateScale",
                           message: "the HPA controller was unable to update the target scale: \(error.message)", now: now)
                status.currentReplicas = current
                status.currentMetrics = metricStatuses
                write()
                return
            }
            status.set("AbleToScale", true, reason: "SucceededRescale",
                       message: "the HPA controller was able to update the target scale to \(desired)", now: now)
            recorder.event(hpa, .normal, reason: "SuccessfulRescale", message: "New size: \(desired); reason: \(reason)")
            if let behavior = spec.behavior {
                withHistory(key) {
                    ScaleNormalizer.recordScale(&$0, previous: current, new: desired, scaleUp: behavior.scaleUp,
                                                scaleDown: behavior.scaleDown, now: now)
                }
            }
            status.lastScaleTime = .string(ObjectMeta.timestamp(now))
        } else {
            desired = current
        }
        status.currentReplicas = current
        status.desiredReplicas = desired
        status.currentMetrics = metricStatuses
        write()
    }

    /// The scalable resource `scaleTargetRef` names (upstream's RESTMapper lookup by group and kind,
    /// any version, the first with a scale subresource).
    func scaleTarget(_ spec: AutoscalerSpec) throws(MetricError) -> ResourceInfo {
        let parts = spec.targetAPIVersion.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count <= 2 else {
            throw MetricError("unexpected GroupVersion string: \(spec.targetAPIVersion)")
        }
        let group = parts.count == 2 ? String(parts[0]) : ""
        let candidates = context.registry.resources.all.filter { $0.group == group && $0.kind == spec.targetKind }
        guard let first = candidates.first else {
            throw MetricError("no matches for kind \"\(spec.targetKind)\" in group \"\(group)\"")
        }
        guard let scalable = candidates.first(where: { $0.subresources.contains("scale") }) else {
            throw MetricError("the server could not find the requested resource (get \(first.plural)\(group.isEmpty ? "" : "." + group) \(spec.targetName))")
        }
        return scalable
    }
}
