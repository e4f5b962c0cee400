#!/usr/bin/env python3
"""Load start -> first SuccessfulRescale (issue 12's row; standard library only).

  hpa.py --binary PATH --workdir DIR [--time-scale 1] [--runs 3]

Per run: starts `PATH serve --metrics-server --time-scale F` on a fresh database, creates the
walkthrough's Deployment (2 Flask Pods with `requests.cpu: 100m`) and `autoscale --cpu-percent=50`
(as kubectl creates it), waits until the metrics API serves both Pods, then starts `ab -c 50 -t 120`
inside one Pod (pods/exec over WebSocket) and times, in cluster seconds (wall seconds x F), until the
HPA's first `SuccessfulRescale` event. Upstream's bound: one HPA sync period (15 s) plus one metrics
resolution (15 s). Prints one JSON line.
"""
import argparse
import json
import threading
import time

import benchlib
import streams


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", required=True)
    ap.add_argument("--workdir", required=True)
    ap.add_argument("--time-scale", type=float, default=1)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    took = []
    for run in range(args.runs):
        proc, port = benchlib.start_server(args.binary, args.workdir, "hpa", "--metrics-server",
                                           "--time-scale", str(args.time_scale), "--synchronous", "normal")
        try:
            conn = benchlib.connection("127.0.0.1", port)
            container = {"name": "hello-world-flask", "image": "lyzhang1999/hello-world-flask:latest",
                         "resources": {"requests": {"cpu": "100m", "memory": "100Mi"}}}
            benchlib.request(conn, "POST", "/apis/apps/v1/namespaces/default/deployments", json.dumps({
                "apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "hello-world-flask"},
                "spec": {"replicas": 2, "selector": {"matchLabels": {"app": "hello-world-flask"}},
                         "template": {"metadata": {"labels": {"app": "hello-world-flask"}},
                                      "spec": {"containers": [container]}}}}))
            benchlib.request(conn, "POST", "/apis/autoscaling/v2/namespaces/default/horizontalpodautoscalers", json.dumps({
                "apiVersion": "autoscaling/v2", "kind": "HorizontalPodAutoscaler", "metadata": {"name": "hello-world-flask"},
                "spec": {"scaleTargetRef": {"apiVersion": "apps/v1", "kind": "Deployment", "name": "hello-world-flask"},
                         "minReplicas": 2, "maxReplicas": 10,
                         "metrics": [{"type": "Resource", "resource": {"name": "cpu",
                                                                        "target": {"type": "Utilization", "averageUtilization": 50}}}]}}))
            deadline = time.monotonic() + 300
            pod = None
            while time.monotonic() < deadline:
                status, body = benchlib.request(conn, "GET", "/apis/metrics.k8s.io/v1beta1/namespaces/default/pods")
                if status == 200 and len(json.loads(body).get("items", [])) >= 2:
                    pod = json.loads(body)["items"][0]["metadata"]["name"]
                    break
                time.sleep(0.2)
            if pod is None:
                raise RuntimeError("metrics never appeared")
            start = time.monotonic()
            threading.Thread(target=streams.ws_exec, args=(port, "default", pod,
                             ["ab", "-c", "50", "-t", "120", "http://127.0.0.1:5000/"]), daemon=True).start()
            seen = None
            while time.monotonic() - start < 120 / args.time_scale + 30:
                _, body = benchlib.request(conn, "GET", "/api/v1/namespaces/default/events?fieldSelector=reason%3DSuccessfulRescale")
                if json.loads(body).get("items"):
                    seen = time.monotonic() - start
                    break
                time.sleep(0.1)
            took.append(None if seen is None else round(seen * args.time_scale, 2))
        finally:
            benchlib.stop_server(proc)
    done = sorted(t for t in took if t is not None)
    print(json.dumps({"time_scale": args.time_scale, "load_to_first_rescale_cluster_s": took,
                      "median": done[len(done) // 2] if done else None}))


if __name__ == "__main__":
    main()
