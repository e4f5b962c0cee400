#!/usr/bin/env python3
"""Watch delivery latency (standard library only).

  watch.py --port P --watchers N [--events E] [--interval S] [--namespace NS] [--prefix X]

Lists ConfigMaps in NS for a resourceVersion, opens N watch streams from it
(GET /api/v1/namespaces/NS/configmaps?watch=true&resourceVersion=RV), all held by one epoll loop in
this process. A writer thread then creates one warm-up ConfigMap (waiting until every watcher saw it)
and E measured ConfigMaps spaced S seconds apart. Each carries time.monotonic() taken just before its
POST is sent; latency = arrival at the watcher - that timestamp (same clock, same process).

Arrival time: the moment epoll reported the socket readable (the data was already in the socket buffer
then), so the client's own parsing of the other watchers' sockets in the same batch is not charged to
the server. The stricter per-recv() time is reported too (recv_p99_ms).
Prints one JSON line.
"""
import argparse
import json
import re
import selectors
import socket
import sys
import threading
import time

import benchlib

TS_KEY = "kubeling-bench-ts"
TS_RE = re.compile(rb'"kubeling-bench-ts"\s*:\s*"([0-9.]+)"')


class Watcher:
    """One watch stream: incremental HTTP/1.1 response and chunked decoding, split into lines."""

    __slots__ = ("sock", "raw", "status", "chunked", "chunk_left", "need_crlf", "lines", "ended", "seen",
                 "error")

    def __init__(self, sock):
        self.sock = sock
        self.raw = bytearray()
        self.status = None
        self.chunked = False
        self.chunk_left = 0
        self.need_crlf = False
        self.lines = bytearray()
        self.ended = False
        self.seen = 0
        self.error = None

    def feed(self, data):
        """Adds received bytes; returns the complete lines now available."""
        self.raw += data
        if self.status is None:
            end = self.raw.find(b"\r\n\r\n")
            if end < 0:
                return []
            head = bytes(self.raw[:end]).split(b"\r\n")
            del self.raw[:end + 4]
            self.status = int(head[0].split(b" ", 2)[1])
            for line in head[1:]:
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"transfer-encoding" and b"chunked" in value.lower():
                    self.chunked = True
        if self.chunked:
            raw, pos = self.raw, 0
            while True:
                if self.chunk_left:
                    take = min(len(raw) - pos, self.chunk_left)
                    self.lines += raw[pos:pos + take]
                    pos += take
                    self.chunk_left -= take
                    if self.chunk_left:
                        break
                    self.need_crlf = True
                if self.need_crlf:
                    if len(raw) - pos < 2:
                        break
                    pos += 2
                    self.need_crlf = False
                eol = raw.find(b"\r\n", pos)
                if eol < 0:
                    break
                size = int(bytes(raw[pos:eol]).split(b";")[0], 16)
                pos = eol + 2
                if size == 0:
                    self.ended = True
                    break
                self.chunk_left = size
            del raw[:pos]
        else:
            self.lines += self.raw
            self.raw.clear()
        if b"\n" not in self.lines:
            return []
        parts = bytes(self.lines).split(b"\n")
        self.lines = bytearray(parts[-1])
        return parts[:-1]


def open_watchers(args, rv, sel):
    path = "/api/v1/namespaces/%s/configmaps?watch=true&resourceVersion=%s" % (args.namespace, rv)
    req = ("GET %s HTTP/1.1\r\nHost: %s:%d\r\nAccept: application/json\r\n\r\n"
           % (path, args.host, args.port)).encode()
    watchers, failures = [], []
    deadline = time.monotonic() + args.connect_timeout
    for _ in range(args.watchers):
        if time.monotonic() > deadline:
            failures.append("connect phase timed out")
            break
        try:
            sock = socket.create_connection((args.host, args.port), timeout=5)
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            sock.sendall(req)
            sock.setblocking(False)
        except OSError as error:
            failures.append(str(error))
            continue
        w = Watcher(sock)
        watchers.append(w)
        sel.register(sock, selectors.EVENT_READ, w)
    return watchers, failures


def run(args):
    conn = benchlib.connection(args.host, args.port)
    status, body = benchlib.request(conn, "GET", "/api/v1/namespaces/%s/configmaps?limit=1" % args.namespace)
    if status != 200:
        sys.exit("watch.py: list configmaps answered %d: %s" % (status, body[:300]))
    rv = json.loads(body)["metadata"]["resourceVersion"]

    sel = selectors.DefaultSelector()
    watchers, failures = open_watchers(args, rv, sel)
    arrivals = []  # (ts string, epoll time, recv time)
    shared = {"warm_ts": None, "warm_seen": 0, "sent": [], "post_rtt": [], "post_errors": [], "done": False}

    def writer():
        path = "/api/v1/namespaces/%s/configmaps" % args.namespace
        try:
            wconn = benchlib.connection(args.host, args.port)
            for seq in range(args.events + 1):  # seq 0 is the warm-up event
                if seq == 1:  # wait (bounded) until every open watcher saw the warm-up event
                    until = time.monotonic() + args.warmup_timeout
                    while shared["warm_seen"] < len(watchers) and time.monotonic() < until:
                        time.sleep(0.01)
                    time.sleep(args.interval)
                elif seq > 1:
                    time.sleep(args.interval)
                ts = "%.6f" % time.monotonic()
                if seq == 0:
                    shared["warm_ts"] = ts
                doc = {"apiVersion": "v1", "kind": "ConfigMap",
                       "metadata": {"name": "%s-%d" % (args.prefix, seq), "labels": {"bench": "watch"}},
                       "data": {TS_KEY: ts, "seq": str(seq), "payload": "x" * args.payload}}
                status, answer = benchlib.request(wconn, "POST", path, json.dumps(doc).encode())
                shared["post_rtt"].append(time.monotonic() - float(ts))
                if status not in (200, 201):
                    shared["post_errors"].append("%d %s" % (status, answer[:200]))
                elif seq > 0:
                    shared["sent"].append(ts)
        except Exception as error:  # reported in the JSON, never hangs the run
            shared["post_errors"].append(repr(error))
        finally:
            shared["done"] = True

    thread = threading.Thread(target=writer, daemon=True)
    cpu_start = time.process_time()
    thread.start()
    hard_deadline = time.monotonic() + args.events * args.interval + args.warmup_timeout + 60
    drain_until = None
    open_count = len(watchers)
    closed_early = 0
    backlog = []  # (watcher, data, epoll time, recv time): parsed when the sockets are quiet

    def parse_backlog():
        nonlocal open_count, closed_early
        for w, data, t_epoll, t_recv in backlog:
            if not data:  # unregistered when received
                w.sock.close()
                open_count -= 1
                closed_early += 1
                continue
            for line in w.feed(data):
                m = TS_RE.search(line)
                if m is None:
                    if b'"ERROR"' in line and w.error is None:
                        w.error = line[:300].decode("utf-8", "replace")
                    continue
                ts = m.group(1).decode()
                if ts == shared["warm_ts"]:
                    shared["warm_seen"] += 1
                else:
                    arrivals.append((ts, t_epoll, t_recv))
                    w.seen += 1
            if w.status is not None and w.status != 200 and w.error is None:
                w.error = "HTTP %d %s" % (w.status, bytes(w.raw[:200]))
        backlog.clear()

    while time.monotonic() < hard_deadline and open_count:
        events = sel.select(timeout=0.01)
        t_epoll = time.monotonic()
        # While data arrives the loop only receives and stamps it: parsing (tens of microseconds per
        # delivery in Python) would hold up the next epoll_wait and compete with the server for the
        # same two cores, charging the client's own work to the measured latency.
        for key, _ in events:
            w = key.data
            try:
                # 64 KB, not 256 KB: CPython allocates the whole size for every recv, and with a
                # thousand sockets that allocation held up the client in every fan-out.
                data = w.sock.recv(65536)
            except BlockingIOError:
                continue
            except OSError as error:
                data, w.error = b"", str(error)
            backlog.append((w, data, t_epoll, time.monotonic()))
            if not data:
                sel.unregister(w.sock)
        if backlog and (not events or len(backlog) > 20000):
            parse_backlog()
        if shared["done"]:
            if drain_until is None:
                drain_until = time.monotonic() + args.drain
            expected = len(shared["sent"]) * open_count
            if len(arrivals) >= expected or time.monotonic() > drain_until:
                break
    parse_backlog()
    thread.join(5)
    client_cpu = time.process_time() - cpu_start
    for w in watchers:
        try:
            sel.unregister(w.sock)
        except (KeyError, ValueError):
            pass
        w.sock.close()

    sent = set(shared["sent"])
    lat_epoll = [t - float(ts) for ts, t, _ in arrivals if ts in sent]
    lat_recv = [t - float(ts) for ts, _, t in arrivals if ts in sent]
    summary = benchlib.summarize_ms(lat_epoll)
    errors = [w.error for w in watchers if w.error][:5] + failures[:5] + shared["post_errors"][:5]
    result = {
        "watchers": args.watchers, "connected": len(watchers), "closed_by_server": closed_early,
        "events": len(sent), "deliveries": len(lat_epoll), "expected": len(sent) * len(watchers),
        "warmup_seen": shared["warm_seen"],
        "p50_ms": summary.get("p50_ms"), "p90_ms": summary.get("p90_ms"), "p99_ms": summary.get("p99_ms"),
        "max_ms": summary.get("max_ms"),
        "recv_p50_ms": benchlib.summarize_ms(lat_recv).get("p50_ms"),
        "recv_p99_ms": benchlib.summarize_ms(lat_recv).get("p99_ms"),
        "post_rtt_p50_ms": benchlib.summarize_ms(shared["post_rtt"]).get("p50_ms"),
        "post_rtt_p99_ms": benchlib.summarize_ms(shared["post_rtt"]).get("p99_ms"),
        # this client's own CPU per delivery (it shares the 2 cores with the server)
        "client_cpu_us_per_delivery": round(client_cpu / max(1, len(arrivals)) * 1e6, 1),
        "errors": errors,
    }
    print(json.dumps(result))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--namespace", default="bench")
    parser.add_argument("--watchers", type=int, default=1)
    parser.add_argument("--events", type=int, default=30)
    parser.add_argument("--interval", type=float, default=0.15)
    parser.add_argument("--payload", type=int, default=512, help="filler bytes per ConfigMap")
    parser.add_argument("--prefix", default="w")
    parser.add_argument("--connect-timeout", type=float, default=30.0)
    parser.add_argument("--warmup-timeout", type=float, default=15.0)
    parser.add_argument("--drain", type=float, default=5.0, help="seconds to wait for late deliveries")
    args = parser.parse_args()
    sys.setswitchinterval(0.0005)
    run(args)


if __name__ == "__main__":
    main()
