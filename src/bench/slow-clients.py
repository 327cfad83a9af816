#!/usr/bin/env python3
"""Hostile clients against an eteam server on loopback (run by src/bench/slow-clients.sh).

  slow-clients.py PORT TOKEN BLOCKER_ID [SLOW] [SECONDS] [SAMPLES]

1. SLOW (1000) anonymous `POST /api/v1/blockers` with `Content-Length: 70000`, one body byte
   at once and one more every 5 s, from 127.0.0.2-127.0.0.50 (about 20 per address). A slot
   whose connection the server ends is opened again, at most once a second, so SLOW attempts
   stay open for SECONDS (20). Meanwhile, from 127.0.0.1, SAMPLES (60) signed-in
   `GET /api/v1/blockers/ID` and as many `GET /api/v1/health`, each on a new connection;
   the same reads are first taken without the attack (after 200 unmeasured ones), for reference.
2. One address (127.0.0.51) opens 400 connections: how many does the server close at once?
3. One address (127.0.0.52) sends 40 requests with wrong tokens: 401s, then 429s.
Everything stays on loopback and ends by itself.
"""
import http.client
import secrets
import selectors
import socket
import statistics
import sys
import threading
import time

PORT = int(sys.argv[1])
TOKEN = sys.argv[2]
BLOCKER = sys.argv[3]
SLOW = int(sys.argv[4]) if len(sys.argv) > 4 else 1000
SECONDS = float(sys.argv[5]) if len(sys.argv) > 5 else 20
SAMPLES = int(sys.argv[6]) if len(sys.argv) > 6 else 60
ATTACKERS = [f"127.0.0.{i}" for i in range(2, 51)]
HEAD = (b"POST /api/v1/blockers HTTP/1.1\r\nHost: eteam\r\nContent-Type: application/json\r\n"
        b"Content-Length: 70000\r\n\r\n{")


def connect(source, timeout=5.0):
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.settimeout(timeout)
    s.bind((source, 0))
    s.connect(("127.0.0.1", PORT))
    return s


def request(source, path, token=None):
    """One request on a connection of its own: (status, headers, milliseconds)."""
    started = time.perf_counter()
    s = connect(source, timeout=30)
    conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=30)
    conn.sock = s
    headers = {"Authorization": "Bearer " + token} if token else {}
    conn.request("GET", path, headers=headers)
    response = conn.getresponse()
    response.read()
    conn.close()
    return response.status, dict(response.getheaders()), (time.perf_counter() - started) * 1000


class Slow:
    """SLOW slots of slow anonymous bodies, each reopened when the server ends it."""

    def __init__(self):
        self.selector = selectors.DefaultSelector()
        self.opened = 0
        self.answered = {}
        self.failed = 0
        self.slots = [None] * SLOW
        self.last_open = [0.0] * SLOW
        self.open_counts = []

    def open(self, i):
        self.last_open[i] = time.monotonic()
        try:
            s = connect(ATTACKERS[i % len(ATTACKERS)], timeout=2)
            s.sendall(HEAD)
            s.setblocking(False)
        except OSError:
            self.failed += 1
            self.slots[i] = None
            return
        self.opened += 1
        self.slots[i] = s
        self.selector.register(s, selectors.EVENT_READ, i)

    def drop(self, i):
        s = self.slots[i]
        if s is not None:
            self.selector.unregister(s)
            s.close()
            self.slots[i] = None

    def run(self, until):
        for i in range(SLOW):
            self.open(i)
        next_byte = time.monotonic() + 5
        while time.monotonic() < until:
            for key, _ in self.selector.select(timeout=0.05):
                i = key.data
                try:
                    data = self.slots[i].recv(4096)
                except OSError:
                    data = b""
                if data.startswith(b"HTTP/1.1 "):
                    status = data[9:12].decode()
                    self.answered[status] = self.answered.get(status, 0) + 1
                self.drop(i)
            now = time.monotonic()
            self.open_counts.append(sum(1 for s in self.slots if s is not None))
            if now >= next_byte:
                next_byte = now + 5
                for i, s in enumerate(self.slots):
                    if s is not None:
                        try:
                            s.send(b"a")
                        except OSError:
                            self.drop(i)
            for i in range(SLOW):
                if self.slots[i] is None and now - self.last_open[i] >= 1:
                    self.open(i)
        for i in range(SLOW):
            self.drop(i)


def sample(until, results, settle=1.0):
    pause = max(0.05, (until - time.monotonic() - settle) / SAMPLES)
    time.sleep(settle)
    for _ in range(SAMPLES):
        if time.monotonic() >= until:
            break
        for path, token, name in ((f"/api/v1/blockers/{BLOCKER}", TOKEN, "blocker"), ("/api/v1/health", None, "health")):
            try:
                status, _, ms = request("127.0.0.1", path, token)
                results[name].append(ms if status == 200 else float("inf"))
            except OSError:
                results[name].append(float("inf"))
        time.sleep(pause)


def figures(values):
    ok = [v for v in values if v != float("inf")]
    failed = len(values) - len(ok)
    if not ok:
        return f"{len(values)} samples, all failed"
    return (f"{len(values)} samples, median {statistics.median(ok):.1f} ms, max {max(ok):.1f} ms"
            + (f", {failed} failed or not 200" if failed else ""))


def main():
    for _ in range(200):
        request("127.0.0.1", f"/api/v1/blockers/{BLOCKER}", TOKEN)
    baseline = {"blocker": [], "health": []}
    sample(time.monotonic() + SECONDS / 2, baseline, settle=0)
    print("0. the same reads before any attack (after 200 to warm up), for reference")
    print(f"   signed-in GET /api/v1/blockers/{BLOCKER}: {figures(baseline['blocker'])}")
    print(f"   GET /api/v1/health:              {figures(baseline['health'])}")

    print(f"1. {SLOW} slow anonymous bodies from {ATTACKERS[0]}-{ATTACKERS[-1]} for {SECONDS:.0f} s, "
          f"signed-in reads from 127.0.0.1 meanwhile")
    until = time.monotonic() + SECONDS
    results = {"blocker": [], "health": []}
    sampler = threading.Thread(target=sample, args=(until, results))
    slow = Slow()
    sampler.start()
    slow.run(until)
    sampler.join()
    print(f"   slow connections opened: {slow.opened} (failed to connect: {slow.failed}); "
          f"server answers: {dict(sorted(slow.answered.items()))}; open at once (the server closes each on its 401): "
          f"{max(slow.open_counts)} at most, "
          f"{statistics.mean(slow.open_counts):.0f} on average")
    print(f"   signed-in GET /api/v1/blockers/{BLOCKER}: {figures(results['blocker'])}")
    print(f"   GET /api/v1/health:              {figures(results['health'])}")
    worst = max(results["blocker"] + results["health"], default=float("inf"))
    print(f"RESULT slow={SLOW} blocker_median_ms={statistics.median(results['blocker']):.1f} "
          f"blocker_max_ms={max(results['blocker']):.1f} health_max_ms={max(results['health']):.1f} "
          f"under_1s={'yes' if worst < 1000 else 'no'}")

    print("2. 400 connections from 127.0.0.51, sending nothing")
    held = []
    for _ in range(400):
        try:
            held.append(connect("127.0.0.51", timeout=2))
        except OSError:
            pass
    time.sleep(1)
    closed = 0
    for s in held:
        s.setblocking(False)
        try:
            if s.recv(1) == b"":
                closed += 1
        except BlockingIOError:
            pass
        except OSError:
            closed += 1
    for s in held:
        s.close()
    print(f"   connected {len(held)}; closed by the server at once: {closed}; kept: {len(held) - closed}")

    print("3. 40 requests with wrong tokens from 127.0.0.52")
    statuses, retry = {}, set()
    for _ in range(40):
        status, headers, _ = request("127.0.0.52", "/api/v1/me", "et_" + secrets.token_urlsafe(32))
        statuses[status] = statuses.get(status, 0) + 1
        if "Retry-After" in headers:
            retry.add(headers["Retry-After"])
    status, _, _ = request("127.0.0.1", "/api/v1/me", TOKEN)
    print(f"   answers: {dict(sorted(statuses.items()))}; Retry-After seen: {sorted(retry, key=int)} s; "
          f"the good token from 127.0.0.1 meanwhile: {status}")


if __name__ == "__main__":
    main()
