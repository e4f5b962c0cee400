"""Small shared helpers for the bench/*.py tools (standard library only)."""
import http.client
import json
import math
import socket
import time


def percentile(sorted_values, p):
    """Nearest-rank percentile of an already sorted list (None when empty)."""
    if not sorted_values:
        return None
    rank = max(1, math.ceil(p / 100.0 * len(sorted_values)))
    return sorted_values[min(rank, len(sorted_values)) - 1]


def summarize_ms(seconds):
    """p50/p90/p99/max/mean in milliseconds for a list of durations in seconds."""
    values = sorted(seconds)
    if not values:
        return {"n": 0}
    ms = lambda v: round(v * 1000.0, 3)
    return {
        "n": len(values),
        "p50_ms": ms(percentile(values, 50)),
        "p90_ms": ms(percentile(values, 90)),
        "p99_ms": ms(percentile(values, 99)),
        "max_ms": ms(values[-1]),
        "mean_ms": ms(sum(values) / len(values)),
    }


def connection(host, port, timeout=30.0):
    """A keep-alive HTTP/1.1 connection with Nagle disabled."""
    conn = http.client.HTTPConnection(host, port, timeout=timeout)
    conn.connect()
    conn.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    return conn


def request(conn, method, path, body=None):
    """Sends one request on conn; returns (status, body bytes)."""
    headers = {"Accept": "application/json"}
    if body is not None:
        headers["Content-Type"] = "application/json"
    conn.request(method, path, body=body, headers=headers)
    resp = conn.getresponse()
    return resp.status, resp.read()


def get_raw(host, port, path, timeout=30.0):
    """GET over a fresh socket, reading the whole response with minimal client work.

    Returns (status, body bytes, seconds until the last byte arrived). The end of the response is
    detected from Content-Length or the chunked terminator; chunks are decoded only after the clock
    stopped, so the client's Python cost does not count as server time.
    """
    start = time.monotonic()
    sock = socket.create_connection((host, port), timeout=timeout)
    try:
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.sendall(("GET %s HTTP/1.1\r\nHost: %s:%d\r\nAccept: application/json\r\n"
                      "Connection: close\r\n\r\n" % (path, host, port)).encode())
        buf = bytearray(1 << 22)  # received into in place: no per-recv allocation or copy
        view = memoryview(buf)
        used = 0
        header_end = -1
        length = None
        chunked = False
        deadline = start + timeout
        while time.monotonic() < deadline:
            if used == len(buf):
                view.release()
                buf.extend(bytes(len(buf)))
                view = memoryview(buf)
            n = sock.recv_into(view[used:])
            if not n:
                break
            used += n
            if header_end < 0:
                header_end = buf.find(b"\r\n\r\n", 0, used)
                if header_end < 0:
                    continue
                for line in bytes(buf[:header_end]).split(b"\r\n")[1:]:
                    name, _, value = line.partition(b":")
                    name = name.strip().lower()
                    if name == b"content-length":
                        length = int(value.strip())
                    elif name == b"transfer-encoding" and b"chunked" in value.lower():
                        chunked = True
            if length is not None and used - header_end - 4 >= length:
                break
            if chunked and view[max(0, used - 7):used] == b"\r\n0\r\n\r\n":
                break
        elapsed = time.monotonic() - start
    finally:
        sock.close()
    view.release()
    del buf[used:]
    if header_end < 0:
        raise IOError("no HTTP response header from %s:%d%s" % (host, port, path))
    status = int(bytes(buf[:header_end]).split(b" ", 2)[1])
    body = bytes(buf[header_end + 4:])
    if chunked:
        body = decode_chunked(body)
    return status, body, elapsed


def decode_chunked(data):
    """Decodes a complete chunked transfer-encoded body."""
    out = bytearray()
    pos = 0
    while True:
        eol = data.find(b"\r\n", pos)
        if eol < 0:
            raise IOError("truncated chunked body")
        size = int(data[pos:eol].split(b";")[0], 16)
        pos = eol + 2
        if size == 0:
            return bytes(out)
        out += data[pos:pos + size]
        pos += size + 2


def list_count(body):
    """Number of items in a Kubernetes list response body."""
    return len(json.loads(body).get("items") or [])


LISTEN_RE = __import__("re").compile(rb"listening on http://([0-9.]+):([0-9]+)")


def start_server(binary, workdir, name, *extra):
    """Starts `binary serve --port 0` on a fresh database `name`.db in workdir (its log in name.log);
    returns (process, port) once it prints where it listens (port None if it never does)."""
    import os
    import subprocess
    db = os.path.join(workdir, name + ".db")
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(db + suffix):
            os.remove(db + suffix)
    log_path = os.path.join(workdir, name + ".log")
    log = open(log_path, "wb")
    proc = subprocess.Popen([binary, "serve", "--port", "0", "--data", db] + list(extra),
                            stdout=subprocess.DEVNULL, stderr=log)
    for _ in range(300):
        with open(log_path, "rb") as f:
            m = LISTEN_RE.search(f.read())
        if m:
            return proc, int(m.group(2))
        time.sleep(0.05)
    return proc, None


def stop_server(proc, grace=20):
    """SIGTERM, then SIGKILL after `grace` seconds."""
    import signal
    import subprocess
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(grace)
    except subprocess.TimeoutExpired:
        proc.kill()
