#!/usr/bin/env python3
"""Exec and failover timings through the API, as a client sees them (standard library only).

  streams.py --binary PATH --workdir DIR [--runs 200] [--kills 30]

Starts `PATH serve` on a fresh database with one busybox Pod (`sleep 3600`, behind a Service) and
one Pod per kill, then measures:
  exec_true:       `exec -- true` over WebSocket (v5.channel.k8s.io, as kubectl 1.30+): from sending
                   the upgrade request to the Status on channel 3 (loopback; the client's own work is
                   a few socket calls). `--runs` times.
  exit_to_unready: `exec -- kill -9 1` (the container's main process dies), from sending the exec to
                   the Pod watch event with Ready=False (an upper bound on the kubelet's own latency).
  unready_to_endpoints: same kill, to the EndpointSlice watch event that marks the Pod's endpoint not
                   ready (the Service's traffic leaves it).
Prints one JSON line with p50/p90/p99/max in ms.
"""
import argparse
import base64
import json
import os
import socket
import threading
import time
import urllib.parse

import benchlib


def ws_exec(port, namespace, pod, command):
    """Runs `command` via pods/exec over WebSocket; returns (seconds to the Status, status JSON)."""
    query = "&".join(["command=" + urllib.parse.quote(c) for c in command] + ["stdout=true", "stderr=true"])
    key = base64.b64encode(os.urandom(16)).decode()
    request = ("GET /api/v1/namespaces/%s/pods/%s/exec?%s HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: Upgrade\r\n"
               "Upgrade: websocket\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: %s\r\n"
               "Sec-WebSocket-Protocol: v5.channel.k8s.io\r\n\r\n" % (namespace, pod, query, key)).encode()
    sock = socket.create_connection(("127.0.0.1", port))
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    start = time.monotonic()
    sock.sendall(request)
    buf = b""
    while b"\r\n\r\n" not in buf:
        buf += sock.recv(65536)
    head, buf = buf.split(b"\r\n\r\n", 1)
    if not head.startswith(b"HTTP/1.1 101"):
        raise RuntimeError(head.decode(errors="replace"))
    status = None
    while status is None:
        while len(buf) < 2:
            buf += sock.recv(65536)
        length = buf[1] & 0x7F
        offset = 2
        if length == 126:
            while len(buf) < 4:
                buf += sock.recv(65536)
            length, offset = int.from_bytes(buf[2:4], "big"), 4
        elif length == 127:
            while len(buf) < 10:
                buf += sock.recv(65536)
            length, offset = int.from_bytes(buf[2:10], "big"), 10
        while len(buf) < offset + length:
            buf += sock.recv(65536)
        opcode, payload, buf = buf[0] & 0x0F, buf[offset:offset + length], buf[offset + length:]
        if opcode == 2 and payload[:1] == b"\x03":
            status = (time.monotonic() - start, json.loads(payload[1:]))
        elif opcode == 8:
            break
    mask = os.urandom(4)
    close = bytes([0x88, 0x82]) + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(b"\x03\xe8"))
    try:
        sock.sendall(close)
    finally:
        sock.close()
    return status


class Watcher:
    """A watch stream whose events are timestamped as they arrive (one reader thread)."""

    def __init__(self, port, path):
        self.events = []
        self.lock = threading.Lock()
        self.sock = socket.create_connection(("127.0.0.1", port))
        self.sock.sendall(("GET %s HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n" % path).encode())
        threading.Thread(target=self.read, daemon=True).start()

    def read(self):
        buf = b""
        while True:
            data = self.sock.recv(65536)
            if not data:
                return
            now = time.monotonic()
            buf += data
            while b"\n" in buf:
                line, buf = buf.split(b"\n", 1)
                start = line.find(b"{")
                if start >= 0:
                    try:
                        event = json.loads(line[start:])
                    except ValueError:
                        continue
                    with self.lock:
                        self.events.append((now, event))

    def first_after(self, t0, test, timeout=10):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self.lock:
                for at, event in self.events:
                    if at >= t0 and test(event):
                        return at
            time.sleep(0.001)
        return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", required=True)
    ap.add_argument("--workdir", required=True)
    ap.add_argument("--runs", type=int, default=200)
    ap.add_argument("--kills", type=int, default=30)
    args = ap.parse_args()
    proc, port = benchlib.start_server(args.binary, args.workdir, "streams", "--synchronous", "normal")
    result = {}
    try:
        conn = benchlib.connection("127.0.0.1", port)
        benchlib.request(conn, "POST", "/api/v1/namespaces/default/services", json.dumps({
            "apiVersion": "v1", "kind": "Service", "metadata": {"name": "sleepers"},
            "spec": {"selector": {"app": "sleeper"}, "ports": [{"port": 80}]}}))
        names = ["sleeper-%d" % i for i in range(args.kills + 1)]
        for name in names:
            benchlib.request(conn, "POST", "/api/v1/namespaces/default/pods", json.dumps({
                "apiVersion": "v1", "kind": "Pod", "metadata": {"name": name, "labels": {"app": "sleeper"}},
                "spec": {"restartPolicy": "Never",
                         "containers": [{"name": "c", "image": "busybox:1.36", "command": ["sleep", "3600"]}]}}))
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            _, body = benchlib.request(conn, "GET", "/api/v1/namespaces/default/pods?labelSelector=app%3Dsleeper")
            items = json.loads(body)["items"]
            if sum(1 for p in items if p.get("status", {}).get("phase") == "Running") == len(names):
                break
            time.sleep(0.1)
        time.sleep(1)

        took = []
        for _ in range(args.runs):
            seconds, status = ws_exec(port, "default", names[0], ["true"])
            if status.get("status") != "Success":
                raise RuntimeError(status)
            took.append(seconds)
        result["exec_true"] = benchlib.summarize_ms(took)

        _, body = benchlib.request(conn, "GET", "/api/v1/namespaces/default/pods")
        rv = json.loads(body)["metadata"]["resourceVersion"]
        pods = Watcher(port, "/api/v1/namespaces/default/pods?watch=1&resourceVersion=%s" % rv)
        slices = Watcher(port, "/apis/discovery.k8s.io/v1/namespaces/default/endpointslices?watch=1&resourceVersion=%s" % rv)
        unready, endpoints = [], []
        for name in names[1:]:
            _, body = benchlib.request(conn, "GET", "/api/v1/namespaces/default/pods/" + name)
            ip = json.loads(body)["status"]["podIP"]
            t0 = time.monotonic()
            ws_exec(port, "default", name, ["kill", "-9", "1"])

            def not_ready(event, name=name):
                obj = event.get("object", {})
                return obj.get("metadata", {}).get("name") == name and any(
                    c.get("type") == "Ready" and c.get("status") == "False" for c in obj.get("status", {}).get("conditions", []))

            def left(event, ip=ip):
                for ep in event.get("object", {}).get("endpoints") or []:
                    if ip in ep.get("addresses", []) and not ep.get("conditions", {}).get("ready", True):
                        return True
                return event.get("type") == "MODIFIED" and not any(
                    ip in ep.get("addresses", []) for ep in event.get("object", {}).get("endpoints") or [])

            at = pods.first_after(t0, not_ready)
            if at is not None:
                unready.append(at - t0)
            at = slices.first_after(t0, left)
            if at is not None:
                endpoints.append(at - t0)
        result["exit_to_unready"] = benchlib.summarize_ms(unready)
        result["kill_to_endpoints"] = benchlib.summarize_ms(endpoints)
    finally:
        benchlib.stop_server(proc)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
