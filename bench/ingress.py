#!/usr/bin/env python3
"""Requests through the ingress gateway to an nginx Deployment of 2 Pods (issue: the cluster network).

  ingress.py --binary PATH [--runs 3] [--duration 10] [--connections 50] [--offset N]

Starts `kubeling serve --host-port-offset OFFSET` on a temporary database, creates Deployment `web`
(nginx, 2 replicas), Service `web`, an Ingress without class for `/` and an ingress-nginx controller
Deployment with hostPort 80 (served at 80 + OFFSET), waits for the welcome page through the ingress,
then runs `wrk -t2 -cN -dDs --latency` RUNS times. Prints one JSON line: each run's requests/s and
p99 (ms) and their medians. Standard library only; wrk must be on the PATH.
"""
import argparse
import http.client
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import tempfile
import time


def free_port():
    """A loopback port free right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def api(port, method, path, body=None):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    conn.request(method, path, body=json.dumps(body) if body is not None else None,
                 headers={"Content-Type": "application/json"})
    resp = conn.getresponse()
    data = resp.read()
    conn.close()
    return resp.status, data


def deployment(name, namespace, labels, container):
    return {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": name, "namespace": namespace},
            "spec": {"replicas": 1, "selector": {"matchLabels": labels},
                     "template": {"metadata": {"labels": labels}, "spec": {"containers": [container]}}}}


def setup(port):
    web = deployment("web", "default", {"app": "web"}, {"name": "nginx", "image": "nginx:1.27"})
    web["spec"]["replicas"] = 2
    objects = [
        ("/apis/apps/v1/namespaces/default/deployments", web),
        ("/api/v1/namespaces/default/services",
         {"apiVersion": "v1", "kind": "Service", "metadata": {"name": "web"},
          "spec": {"selector": {"app": "web"}, "ports": [{"port": 80, "targetPort": 80}]}}),
        ("/apis/networking.k8s.io/v1/namespaces/default/ingresses",
         {"apiVersion": "networking.k8s.io/v1", "kind": "Ingress", "metadata": {"name": "web"},
          "spec": {"rules": [{"http": {"paths": [{"path": "/", "pathType": "Prefix",
                                                   "backend": {"service": {"name": "web", "port": {"number": 80}}}}]}}]}}),
        ("/api/v1/namespaces", {"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "ingress-nginx"}}),
        ("/apis/apps/v1/namespaces/ingress-nginx/deployments",
         deployment("ingress-nginx-controller", "ingress-nginx", {"app": "ingress"},
                    {"name": "controller", "image": "registry.k8s.io/ingress-nginx/controller:v1.3.1",
                     "args": ["/nginx-ingress-controller", "--watch-ingress-without-class=true",
                              "--publish-status-address=localhost"],
                     "ports": [{"containerPort": 80, "hostPort": 80}, {"containerPort": 443, "hostPort": 443}]})),
    ]
    for path, obj in objects:
        status, data = api(port, "POST", path, obj)
        if status >= 300:
            raise SystemExit("create %s: %d %s" % (path, status, data[:200]))


def wait_for_page(url, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            out = subprocess.run(["curl", "-s", url], capture_output=True, timeout=5).stdout
            if b"Welcome to nginx!" in out:
                return
        except subprocess.TimeoutExpired:
            pass
        time.sleep(0.2)
    raise SystemExit("the welcome page never came through %s" % url)


def wrk(url, connections, duration):
    out = subprocess.run(["wrk", "-t2", "-c%d" % connections, "-d%ds" % duration, "--latency", url],
                         capture_output=True, text=True, timeout=duration + 60).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    m = re.search(r"99%\s+([\d.]+)(us|ms|s)", out)
    scale = {"us": 0.001, "ms": 1.0, "s": 1000.0}[m.group(2)]
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {"rps": rps, "p99_ms": round(float(m.group(1)) * scale, 3), "non2xx": int(errors.group(1)) if errors else 0}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", required=True)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--duration", type=int, default=10)
    ap.add_argument("--connections", type=int, default=50)
    ap.add_argument("--offset", type=int, default=0, help="host port offset (default: one that puts 80 on a free port)")
    args = ap.parse_args()
    work = tempfile.mkdtemp(prefix="kubeling-ingress-")
    port = free_port()
    if args.offset == 0:
        args.offset = free_port() - 80
    log = open(os.path.join(work, "serve.log"), "w")
    server = subprocess.Popen([args.binary, "serve", "--port", str(port), "--data", os.path.join(work, "k.db"),
                               "--synchronous", "normal", "--host-port-offset", str(args.offset)],
                              stdout=log, stderr=log)
    try:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                if api(port, "GET", "/healthz")[0] == 200:
                    break
            except OSError:
                time.sleep(0.1)
        setup(port)
        url = "http://127.0.0.1:%d/" % (80 + args.offset)
        wait_for_page(url)
        runs = [wrk(url, args.connections, args.duration) for _ in range(args.runs)]
        load = os.getloadavg()
        print(json.dumps({"runs": runs, "median_rps": statistics.median(r["rps"] for r in runs),
                          "median_p99_ms": statistics.median(r["p99_ms"] for r in runs),
                          "loadavg": [round(x, 2) for x in load]}))
    finally:
        server.terminate()
        server.wait(timeout=20)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
