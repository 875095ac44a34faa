#!/usr/bin/env python3
"""HTTP throughput benchmark for Sauat: anonymous lesson pages, cached and uncached, against a baseline.

One run prepares a throwaway SQLite database with the demo content, starts gunicorn (sync, 2 workers,
loopback only) once with the anonymous page cache off and once with it on (Redis db 15, a random key
prefix), and measures requests/second, p50/p95 latency and errors for:

  B               GET /healthz (trivial Django view through the full middleware stack), on each server
  lesson_uncached a Kazakh lesson page on the cache-OFF server
  lesson_cached   the same page on the cache-ON server (warmed first)

Ratios are taken against the B of the same server (reference/performance-security.md §0, §2.1).
Budgets: lesson_cached >= 0.5 B, lesson_uncached >= 0.04 B. Exit code 1 if a budget fails or any
request was not HTTP 200, unless --no-fail. Results: bench/results/latest.json.

The load generator is pure Python (threads with blocking sockets, one new connection per request, as
gunicorn's sync worker closes every connection); `--tool wrk` (or `--tool auto` with wrk on PATH) uses
wrk instead. Only 127.0.0.1 is ever contacted. Run: .venv/bin/python bench/run.py (see bench/README.md)
"""

import argparse
import datetime
import json
import os
import platform
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"  # the only host this script ever talks to
REDIS_HOST, REDIS_PORT, REDIS_DB = HOST, 6379, 15
BUDGETS = {"lesson_cached": 0.5, "lesson_uncached": 0.04}  # minimum ratio to B of the same server
COURSE_SLUG = "consumer-rights"
FOREIGN_CPU_WARN_PCT = 10  # warn when other programs took more than this share of the CPUs during a target
# Environment variables the parent shell may carry that would change what is measured.
SCRUBBED_ENV = (
    "DATABASE_URL",
    "REDIS_URL",
    "CACHE_KEY_PREFIX",
    "SAUAT_PAGE_CACHE_SECONDS",
    "DJANGO_SETTINGS_MODULE",
    "DJANGO_DEBUG",
    "DJANGO_ALLOWED_HOSTS",
    "STATIC_ROOT",
    "MEDIA_ROOT",
    "DATABASE_CONN_MAX_AGE",
)


def log(message):
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", flush=True)


# --------------------------------------------------------------------------------------------------
# Environment and Django preparation


def project_python(explicit):
    if explicit:
        return explicit
    venv = ROOT / ".venv" / "bin" / "python"
    return str(venv) if venv.exists() else sys.executable


def base_env(tmp):
    env = {k: v for k, v in os.environ.items() if k not in SCRUBBED_ENV}
    env.update(
        DATABASE_URL=f"sqlite:///{tmp / 'bench.sqlite3'}",  # absolute path -> sqlite:////tmp/...
        DJANGO_SETTINGS_MODULE="config.settings.dev",
        DJANGO_DEBUG="0",
        DJANGO_ALLOWED_HOSTS="127.0.0.1,localhost",
        STATIC_ROOT=str(tmp / "static"),
        MEDIA_ROOT=str(tmp / "media"),
        DJANGO_LOG_LEVEL="WARNING",
        PYTHONDONTWRITEBYTECODE="1",
    )
    return env


def manage(python, env, *args):
    started = time.perf_counter()
    proc = subprocess.run([python, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        sys.stderr.write(proc.stdout[-4000:] + proc.stderr[-4000:])
        raise RuntimeError(f"manage.py {' '.join(args)} failed with exit code {proc.returncode}")
    log(f"manage.py {' '.join(args)}: {time.perf_counter() - started:.1f} s")


# --------------------------------------------------------------------------------------------------
# Redis (tiny RESP client, so the script needs nothing outside the standard library)


def redis_command(*args):
    with socket.create_connection((REDIS_HOST, REDIS_PORT), timeout=5) as sock:
        f = sock.makefile("rb")

        def send(*parts):
            out = [f"*{len(parts)}\r\n".encode()]
            for part in parts:
                data = part if isinstance(part, bytes) else str(part).encode()
                out.append(b"$%d\r\n%s\r\n" % (len(data), data))
            sock.sendall(b"".join(out))
            return read()

        def read():
            line = f.readline().rstrip(b"\r\n")
            kind, rest = line[:1], line[1:]
            if kind in (b"+", b":"):
                return rest.decode()
            if kind == b"-":
                raise RuntimeError(f"Redis error: {rest.decode()}")
            if kind == b"$":
                size = int(rest)
                return None if size < 0 else f.read(size + 2)[:-2].decode(errors="replace")
            if kind == b"*":
                return [read() for _ in range(int(rest))]
            raise RuntimeError(f"unexpected Redis reply {line!r}")

        send("SELECT", REDIS_DB)
        return send(*args)


def redis_keys(prefix):
    keys, cursor = [], "0"
    while True:
        cursor, batch = redis_command("SCAN", cursor, "MATCH", f"{prefix}:*", "COUNT", 1000)
        keys.extend(batch)
        if cursor == "0":
            return keys


def redis_cleanup(prefix):
    try:
        keys = redis_keys(prefix)
        for key in keys:
            redis_command("DEL", key)
        return len(keys)
    except OSError:
        return 0


# --------------------------------------------------------------------------------------------------
# gunicorn


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def http_get(port, path, timeout=10):
    """GET http://127.0.0.1:<port><path> without following redirects or consulting proxy settings."""
    if not path.startswith("/"):
        raise ValueError(f"not a local path: {path!r}")
    request = f"GET {path} HTTP/1.1\r\nHost: {HOST}:{port}\r\nConnection: close\r\n\r\n".encode()
    return _fetch(port, request, timeout)


class Server:
    def __init__(self, name, python, env, tmp, workers):
        self.name, self.python, self.env, self.tmp, self.workers = name, python, env, tmp, workers
        self.proc = None
        self.port = None
        self.log_path = tmp / f"gunicorn-{name}.log"

    def start(self, ready_timeout=30):
        self.port = free_port()
        cmd = [self.python, "-m", "gunicorn", "config.wsgi", "-w", str(self.workers), "-k", "sync"]
        cmd += ["-b", f"{HOST}:{self.port}", "--graceful-timeout", "5"]
        with open(self.log_path, "wb") as log_file:
            # Own session/process group, so stop() reaches the master and its workers and nothing else.
            self.proc = subprocess.Popen(
                cmd, cwd=ROOT, env=self.env, stdout=log_file, stderr=subprocess.STDOUT, start_new_session=True
            )
        deadline = time.monotonic() + ready_timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"gunicorn ({self.name}) exited early:\n{self.log_tail()}")
            try:
                if http_get(self.port, "/healthz", timeout=2)[0] == 200:
                    log(f"gunicorn {self.name} ready on {HOST}:{self.port} (pid {self.proc.pid})")
                    return self
            except (OSError, ValueError):
                pass
            time.sleep(0.2)
        raise RuntimeError(f"gunicorn ({self.name}) not ready after {ready_timeout} s:\n{self.log_tail()}")

    def stop(self):
        if self.proc is None or self.proc.poll() is not None:
            return
        for sig, wait in ((signal.SIGTERM, 10), (signal.SIGKILL, 5)):
            try:
                os.killpg(self.proc.pid, sig)
            except ProcessLookupError:
                return
            try:
                self.proc.wait(timeout=wait)
                log(f"gunicorn {self.name} stopped")
                return
            except subprocess.TimeoutExpired:
                continue

    def log_tail(self, size=3000):
        try:
            return self.log_path.read_text(errors="replace")[-size:]
        except OSError:
            return ""


# --------------------------------------------------------------------------------------------------
# Load generators


def percentile(sorted_values, pct):
    if not sorted_values:
        return None
    index = min(len(sorted_values) - 1, max(0, round(pct / 100 * len(sorted_values) + 0.5) - 1))
    return sorted_values[index]


def _fetch(port, request, timeout):
    """One request on a new connection; returns (status, body bytes) or raises."""
    with socket.create_connection((HOST, port), timeout=timeout) as sock:
        sock.sendall(request)
        chunks = []
        while True:  # "Connection: close": the server closes first, so TIME_WAIT stays on its side
            chunk = sock.recv(65536)
            if not chunk:
                break
            chunks.append(chunk)
    data = b"".join(chunks)
    end = data.find(b"\r\n\r\n")
    if end < 0 or not data.startswith(b"HTTP/1."):
        raise ConnectionError("incomplete response")
    match = _CONTENT_LENGTH.search(data, 0, end)
    if match and len(data) - end - 4 != int(match.group(1)):
        raise ConnectionError("truncated body")
    return int(data[9:12]), data[end + 4 :]


_CONTENT_LENGTH = re.compile(rb"\r\ncontent-length:[ \t]*(\d+)", re.IGNORECASE)


def python_load(port, path, duration, concurrency, request_timeout=10, make_request=None):
    """Closed-loop load: `concurrency` threads, each sending one request at a time until `duration` is up.

    Blocking sockets in threads cost about 90 us of client CPU per request here, close to wrk's ~65 us
    and a third of asyncio streams (~320 us), which matters because client and server share the cores.

    ``make_request(thread_number, sequence)`` may build each request instead (returns the raw bytes
    and a tag); the tags of requests answered 200 are returned in order per thread as "acked".
    """
    request = (
        f"GET {path} HTTP/1.1\r\nHost: {HOST}:{port}\r\nUser-Agent: sauat-bench\r\nConnection: close\r\n\r\n"
    ).encode()
    perf = time.perf_counter
    per_thread = []

    acked = [[] for _ in range(concurrency)]

    def worker(end, number):
        latencies, statuses, failures = [], {}, {}
        per_thread.append((latencies, statuses, failures))  # list.append is atomic
        sequence = 0
        while True:
            started = perf()
            if started >= end:
                return
            payload, tag = make_request(number, sequence) if make_request else (request, None)
            sequence += 1
            try:
                status, _ = _fetch(port, payload, request_timeout)
            except (OSError, ValueError) as exc:  # refused/reset, timeout, incomplete or garbled response
                name = type(exc).__name__
                failures[name] = failures.get(name, 0) + 1
                continue
            latencies.append(perf() - started)
            statuses[status] = statuses.get(status, 0) + 1
            if status == 200:
                acked[number].append(tag)

    start = perf()
    threads = [
        threading.Thread(target=worker, args=(start + duration, number), daemon=True) for number in range(concurrency)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = perf() - start
    latencies = sorted(x for lat, _, _ in per_thread for x in lat)
    statuses, failures = {}, {}
    for _, st, fa in per_thread:
        for k, v in st.items():
            statuses[k] = statuses.get(k, 0) + v
        for k, v in fa.items():
            failures[k] = failures.get(k, 0) + v
    ok = statuses.get(200, 0)
    return {
        "requests": len(latencies) + sum(failures.values()),
        "ok": ok,
        "errors": len(latencies) - ok + sum(failures.values()),
        "statuses": {str(k): v for k, v in sorted(statuses.items())},
        "failures": failures,
        "elapsed_s": round(elapsed, 3),
        "rps": len(latencies) / elapsed if elapsed else 0.0,
        "p50_ms": percentile(latencies, 50) * 1000 if latencies else None,
        "p95_ms": percentile(latencies, 95) * 1000 if latencies else None,
        "p99_ms": percentile(latencies, 99) * 1000 if latencies else None,
        "acked": acked if make_request else None,
    }


WRK_LUA = r"""
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) non200 = 0 end
function response(status, headers, body) if status ~= 200 then non200 = non200 + 1 end end
function done(summary, latency, requests)
  local bad = 0
  for _, t in ipairs(threads) do bad = bad + t:get("non200") end
  local e = summary.errors
  io.write(string.format(
    'BENCHJSON {"requests":%d,"duration_us":%d,"non200":%d,"connect":%d,"read":%d,"write":%d,' ..
    '"timeout":%d,"p50_us":%d,"p95_us":%d,"p99_us":%d}\n',
    summary.requests, summary.duration, bad, e.connect, e.read, e.write, e.timeout,
    latency:percentile(50), latency:percentile(95), latency:percentile(99)))
end
"""


def wrk_load(port, path, duration, concurrency, tmp, request_timeout=10):
    script = tmp / "bench.lua"
    script.write_text(WRK_LUA)
    threads = max(1, min(2, concurrency))
    cmd = ["wrk", f"-t{threads}", f"-c{concurrency}", f"-d{duration}s", f"--timeout={request_timeout}s"]
    cmd += ["-s", str(script), f"http://{HOST}:{port}{path}"]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=duration + 60, check=False)
    match = re.search(r"^BENCHJSON (.*)$", proc.stdout, re.MULTILINE)
    if proc.returncode != 0 or not match:
        raise RuntimeError(f"wrk failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    data = json.loads(match.group(1))
    socket_errors = {k: data[k] for k in ("connect", "read", "write", "timeout") if data[k]}
    # wrk counts a closed-by-server connection without a response as a read error.
    errors = data["non200"] + sum(socket_errors.values())
    elapsed = data["duration_us"] / 1e6
    return {
        "requests": data["requests"],
        "ok": data["requests"] - data["non200"],
        "errors": errors,
        "statuses": {},
        "failures": socket_errors,
        "elapsed_s": round(elapsed, 3),
        "rps": data["requests"] / elapsed if elapsed else 0.0,
        "p50_ms": data["p50_us"] / 1000,
        "p95_ms": data["p95_us"] / 1000,
        "p99_ms": data["p99_us"] / 1000,
    }


# --------------------------------------------------------------------------------------------------
# Benchmark


def find_lesson_path(port):
    status, body = http_get(port, "/api/v1/courses/?lang=kk")
    if status != 200:
        raise RuntimeError(f"/api/v1/courses/?lang=kk returned {status}")
    courses = json.loads(body)["items"]
    if not courses:
        raise RuntimeError("no Kazakh courses: did load_demo run?")
    course = next((c for c in courses if f"/{COURSE_SLUG}/" in (c.get("url") or "")), courses[0])
    status, body = http_get(port, f"/api/v1/courses/{int(course['id'])}")
    if status != 200:
        raise RuntimeError(f"/api/v1/courses/{course['id']} returned {status}")
    lessons = json.loads(body)["lessons"]
    if not lessons:
        raise RuntimeError(f"course {course['id']} has no lessons")
    path = urlsplit(lessons[0]["url"]).path  # only the path: the host is always 127.0.0.1
    if not path.startswith("/"):
        raise RuntimeError(f"unexpected lesson url {lessons[0]['url']!r}")
    return path, lessons[0]["id"]


def check_200(port, path):
    status, body = http_get(port, path)
    if status != 200:  # redirects are not followed, so a 301/302 fails here too
        raise RuntimeError(f"GET {path} returned {status}")
    return len(body)


def _cpu_snapshot(server_pgid):
    """(CPU seconds used by the whole machine, by this benchmark) from /proc; None where /proc is missing.

    "This benchmark" is this process and its waited-for children (wrk), the gunicorn process group and
    redis-server. The difference is CPU that other programs took from the cores while we measured.
    """
    try:
        tick = os.sysconf("SC_CLK_TCK")
        with open("/proc/stat") as f:
            user, nice, system = (int(x) for x in f.readline().split()[1:4])
        times = os.times()
        own = times.user + times.system + times.children_user + times.children_system
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            try:
                with open(f"/proc/{entry}/stat") as f:
                    data = f.read()
            except OSError:
                continue
            comm, fields = data[data.index("(") + 1 : data.rindex(")")], data[data.rindex(")") + 2 :].split()
            if int(fields[2]) == server_pgid or comm == "redis-server":
                own += (int(fields[11]) + int(fields[12])) / tick
        return (user + nice + system) / tick, own
    except (OSError, ValueError, IndexError):
        return None


def measure(args, tmp, server, target, path):
    load = wrk_load if args.tool == "wrk" else python_load
    extra = (tmp,) if args.tool == "wrk" else ()
    warm = load(server.port, path, args.warmup, args.concurrency, *extra) if args.warmup > 0 else None
    before = _cpu_snapshot(server.proc.pid)
    result = load(server.port, path, args.duration, args.concurrency, *extra)
    after = _cpu_snapshot(server.proc.pid)
    foreign = None
    if before and after:
        capacity = result["elapsed_s"] * (os.cpu_count() or 1)
        foreign = round(100 * max(0.0, (after[0] - before[0]) - (after[1] - before[1])) / capacity, 1)
    result.update(target=target, server=server.name, path=path, foreign_cpu_pct=foreign)
    result["warmup_errors"] = warm["errors"] if warm else 0
    p50 = f"{result['p50_ms']:.1f}" if result["p50_ms"] is not None else "-"
    log(f"{target:<16} {result['rps']:8.0f} req/s  p50 {p50} ms  errors {result['errors']}  other CPU {foreign} %")
    return result


def run(args, tmp):
    python = project_python(args.python)
    env = base_env(tmp)
    if args.tool == "auto":
        args.tool = "wrk" if shutil.which("wrk") else "python"
    log(f"temp dir {tmp}; project python {python}; load generator {args.tool}")
    try:
        redis_command("PING")
    except OSError as exc:
        raise RuntimeError(f"Redis is not reachable on {REDIS_HOST}:{REDIS_PORT}: {exc}") from exc

    manage(python, env, "migrate", "--noinput", "-v", "0")
    manage(python, env, "load_demo", "--no-users")
    manage(python, env, "collectstatic", "--noinput", "-v", "0")

    results, meta = [], {}
    off_env = dict(env, SAUAT_PAGE_CACHE_SECONDS="0")
    prefix = f"bench-{secrets.token_hex(4)}"
    on_env = dict(
        env,
        SAUAT_PAGE_CACHE_SECONDS="600",
        REDIS_URL=f"redis://{REDIS_HOST}:{REDIS_PORT}/{REDIS_DB}",
        CACHE_KEY_PREFIX=prefix,
    )

    # One server at a time, so the two never compete for the cores.
    server = Server("cache-off", python, off_env, tmp, args.workers)
    try:
        server.start()
        lesson_path, meta["lesson_id"] = find_lesson_path(server.port)
        meta["lesson_path"] = lesson_path
        meta["lesson_bytes"] = check_200(server.port, lesson_path)
        log(f"lesson page {lesson_path} ({meta['lesson_bytes']} bytes)")
        results.append(measure(args, tmp, server, "B (cache off)", "/healthz"))
        results.append(measure(args, tmp, server, "lesson_uncached", lesson_path))
    finally:
        server.stop()

    server = Server("cache-on", python, on_env, tmp, args.workers)
    try:
        server.start()
        before = set(redis_keys(prefix))
        for _ in range(2 * args.workers):  # warm the cache (and each worker)
            check_200(server.port, lesson_path)
        # Whatever the key format, requesting only the lesson page must have stored something besides
        # the generation counter; otherwise "cached" would silently measure the uncached path.
        cached = sorted(k for k in set(redis_keys(prefix)) - before if "generation" not in k)
        meta["cache_keys_for_lesson"] = cached
        if not cached:
            raise RuntimeError(f"the cache-on server stored nothing in Redis for {lesson_path} (prefix {prefix})")
        log(f"cache warm: {', '.join(cached)}")
        results.append(measure(args, tmp, server, "B (cache on)", "/healthz"))
        results.append(measure(args, tmp, server, "lesson_cached", lesson_path))
    finally:
        server.stop()
        meta["redis_keys_removed"] = redis_cleanup(prefix)

    baseline = {"cache-off": results[0]["rps"], "cache-on": results[2]["rps"]}
    for result in results:
        base = baseline[result["server"]]
        result["ratio"] = result["rps"] / base if base else 0.0
        # Information only: the cache middleware also slows B on the cache-on server (Redis lookups).
        result["ratio_to_B_cache_off"] = result["rps"] / baseline["cache-off"] if baseline["cache-off"] else 0.0
        budget = BUDGETS.get(result["target"])
        result["budget"] = budget
        result["passed"] = (budget is None or result["ratio"] >= budget) and not (
            result["errors"] or result["warmup_errors"]
        )
    return results, meta


def print_table(results):
    header = f"{'target':<16} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'errors':>7} {'ratio':>7} {'budget':>8}  result"
    print(header)
    print("-" * len(header))
    for r in results:
        budget = f">={r['budget']:.2f}" if r["budget"] is not None else "-"
        errors = r["errors"] + r["warmup_errors"]
        p50 = f"{r['p50_ms']:.1f}" if r["p50_ms"] is not None else "-"
        p95 = f"{r['p95_ms']:.1f}" if r["p95_ms"] is not None else "-"
        verdict = "PASS" if r["passed"] else "FAIL"
        row = f"{r['target']:<16} {r['rps']:8.0f} {p50:>8} {p95:>8} {errors:>7} {r['ratio']:7.3f} {budget:>8}"
        print(f"{row}  {verdict}")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=float, default=8, help="seconds measured per target (default 8)")
    parser.add_argument("--warmup", type=float, default=2, help="unmeasured seconds before each target (default 2)")
    parser.add_argument("--concurrency", type=int, default=8, help="concurrent connections (default 8)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn sync workers (default 2)")
    parser.add_argument("--tool", choices=["auto", "python", "wrk"], default="python", help="load generator")
    parser.add_argument("--python", help="interpreter with the project installed (default .venv/bin/python)")
    parser.add_argument("--output", type=Path, default=ROOT / "bench" / "results" / "latest.json")
    parser.add_argument("--keep", action="store_true", help="keep the temp dir (database, gunicorn logs)")
    parser.add_argument("--no-fail", action="store_true", help="exit 0 even if a budget fails")
    args = parser.parse_args(argv)
    if args.tool == "wrk" and not shutil.which("wrk"):
        parser.error("--tool wrk: wrk is not on PATH")
    if args.tool == "wrk" and args.duration != int(args.duration):
        parser.error("--tool wrk needs a whole number of seconds for --duration")

    def on_sigterm(signum, frame):
        raise SystemExit(128 + signum)  # runs the finally blocks that stop the servers

    signal.signal(signal.SIGTERM, on_sigterm)
    started = time.perf_counter()
    tmp = Path(tempfile.mkdtemp(prefix="sauat-bench-"))
    try:
        results, meta = run(args, tmp)
    finally:
        if args.keep:
            log(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)

    passed = all(r["passed"] for r in results)
    print()
    print_table(results)
    cached = next(r for r in results if r["target"] == "lesson_cached")
    print(
        f"\nlesson_cached / B (cache off) = {cached['ratio_to_B_cache_off']:.3f} (information; budgets use the B of"
        " the same server)"
    )
    foreign = [r["foreign_cpu_pct"] for r in results if r["foreign_cpu_pct"] is not None]
    if foreign and max(foreign) > FOREIGN_CPU_WARN_PCT:
        print(
            f"\nWARNING: other programs used up to {max(foreign)} % of the {os.cpu_count()} CPUs while we measured;"
            " absolute req/s (and, less so, the ratios) are unreliable. Rerun on an idle machine."
        )
    report = {
        "when": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "passed": passed,
        "budgets": BUDGETS,
        "config": {
            "tool": args.tool,
            "duration_s": args.duration,
            "warmup_s": args.warmup,
            "concurrency": args.concurrency,
            "server": f"gunicorn config.wsgi -w {args.workers} -k sync -b {HOST}:<port>",
            "database": "SQLite (temp, demo content)",
            "cache_on": f"Redis {REDIS_HOST}:{REDIS_PORT}/{REDIS_DB}, SAUAT_PAGE_CACHE_SECONDS=600",
            "cpus": os.cpu_count(),
            "machine": platform.platform(),
            "python": platform.python_version(),
        },
        "meta": meta,
        "results": results,
        "total_runtime_s": round(time.perf_counter() - started, 1),
    }
    for r in results:
        for field in ("rps", "p50_ms", "p95_ms", "p99_ms"):
            r[field] = round(r[field], 2) if r[field] is not None else None
        for field in ("ratio", "ratio_to_B_cache_off"):
            r[field] = round(r[field], 4)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    print(f"\n{'PASS' if passed else 'FAIL'} in {report['total_runtime_s']} s; results in {args.output}")
    return 0 if passed or args.no_fail else 1


if __name__ == "__main__":
    sys.exit(main())
