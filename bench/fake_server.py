#!/usr/bin/env python3
"""A tiny stand-in for `kubeling serve`, used only to test the bench harness itself:

  KUBELING_BIN=bench/fake_server.py bench/run --quick

It speaks just enough of the API for bench/run (create/get/list pods and configmaps, namespaces,
watch of configmaps, /readyz) and appends created objects to --data so a restart finds them.
Its numbers mean nothing.
"""
import argparse
import datetime
import json
import os
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

LOCK = threading.Condition()
STATE = {"rv": 1, "objects": {}, "events": []}  # objects: (resource, ns, name) -> dict


def store(resource, ns, obj, log):
    with LOCK:
        name = obj["metadata"]["name"]
        if (resource, ns, name) in STATE["objects"]:
            return None
        STATE["rv"] += 1
        obj["metadata"].update(namespace=ns, resourceVersion=str(STATE["rv"]), uid="uid-%d" % STATE["rv"])
        STATE["objects"][(resource, ns, name)] = obj
        STATE["events"].append((STATE["rv"], resource, ns, obj))
        if log:
            log.write(json.dumps([resource, ns, obj]) + "\n")
            log.flush()
        LOCK.notify_all()
        return obj


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    log = None

    def log_message(self, *args):
        pass

    def send_json(self, status, doc):
        body = json.dumps(doc).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def parts(self):
        url = urlsplit(self.path)
        return [p for p in url.path.split("/") if p], parse_qs(url.query)

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", "0"))) or b"{}")
        parts, _ = self.parts()
        if parts == ["api", "v1", "namespaces"]:
            resource, ns = "namespaces", ""
        elif len(parts) == 5 and parts[2] == "namespaces":
            resource, ns = parts[4], parts[3]
        else:
            return self.send_json(404, {"kind": "Status", "code": 404})
        obj = store(resource, ns, body, Handler.log)
        if obj is None:
            return self.send_json(409, {"kind": "Status", "code": 409, "reason": "AlreadyExists"})
        self.send_json(201, obj)

    def do_GET(self):
        parts, query = self.parts()
        if parts == ["readyz"]:
            body = b"ok"
            self.send_response(200)
            self.send_header("Content-Length", "2")
            self.end_headers()
            return self.wfile.write(body)
        if len(parts) == 6 and parts[2] == "namespaces":
            obj = STATE["objects"].get((parts[4], parts[3], parts[5]))
            return self.send_json(200, obj) if obj else self.send_json(404, {"kind": "Status", "code": 404})
        if parts == ["api", "v1", "pods"]:
            resource, ns = "pods", None
        elif len(parts) == 5 and parts[2] == "namespaces":
            resource, ns = parts[4], parts[3]
        else:
            return self.send_json(404, {"kind": "Status", "code": 404})
        if query.get("watch") == ["true"]:
            return self.watch(resource, ns, int(query.get("resourceVersion", ["0"])[0]))
        with LOCK:
            items = [o for (r, n, _), o in STATE["objects"].items() if r == resource and ns in (None, n)]
            rv = STATE["rv"]
        self.send_json(200, {"kind": "List", "apiVersion": "v1", "metadata": {"resourceVersion": str(rv)},
                             "items": items})

    def watch(self, resource, ns, since):
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        self.wfile.flush()
        position = 0
        while True:
            with LOCK:
                while position >= len(STATE["events"]):
                    LOCK.wait(30)
                batch = STATE["events"][position:]
                position = len(STATE["events"])
            for rv, r, n, obj in batch:
                if rv > since and r == resource and n == ns:
                    line = json.dumps({"type": "ADDED", "object": obj}).encode() + b"\n"
                    try:
                        self.wfile.write(b"%x\r\n%s\r\n" % (len(line), line))
                        self.wfile.flush()
                    except OSError:
                        return


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("command", choices=["serve"])
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--data", required=True)
    args = parser.parse_args()
    if os.path.exists(args.data):
        with open(args.data) as f:
            for line in f:
                resource, ns, obj = json.loads(line)
                obj["metadata"].pop("resourceVersion", None)
                store(resource, ns, obj, None)
    Handler.log = open(args.data, "a")
    ThreadingHTTPServer.daemon_threads = True
    ThreadingHTTPServer.request_queue_size = 2048
    server = ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    sys.stderr.write("I %s kubeling listening on http://127.0.0.1:%d (data: %s, revision %d)\n"
                     % (now, server.server_address[1], args.data, STATE["rv"]))
    sys.stderr.flush()
    import signal
    signal.signal(signal.SIGTERM, lambda *_: os._exit(0))
    server.serve_forever()


if __name__ == "__main__":
    main()
