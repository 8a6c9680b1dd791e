#!/usr/bin/env python3
"""Time from start to the first interactive prompt: runs PROGRAM in a pseudo-terminal (so csshell is
interactive), and measures from just before the fork to the moment `PS ` appears on the terminal. Then
answers `exit` and waits for the shell. Prints one JSON object like measure.py's (times in ms, and the
peak RSS of the interactive process from wait4).

    prompt_time.py --runs N [--warmup W] -- PROGRAM ARGS...
"""
import argparse, json, os, pty, select, statistics, time


def run_once(argv, marker=b"PS "):
    t0 = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        try:
            os.execvpe(argv[0], argv, os.environ)
        finally:
            os._exit(127)
    seen, elapsed = b"", None
    deadline = t0 + 10
    while elapsed is None and time.perf_counter() < deadline:
        ready, _, _ = select.select([fd], [], [], max(0.0, deadline - time.perf_counter()))
        if not ready:
            break
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
        if marker in seen:
            elapsed = (time.perf_counter() - t0) * 1000.0
    try:
        os.write(fd, b"exit\r")
        # Drain until the child closes the terminal.
        while True:
            ready, _, _ = select.select([fd], [], [], 5)
            if not ready or not os.read(fd, 65536):
                break
    except OSError:
        pass
    _, status, usage = os.wait4(pid, 0)
    os.close(fd)
    return elapsed, usage.ru_maxrss, (usage.ru_utime + usage.ru_stime) * 1000.0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--warmup", type=int, default=1)
    ap.add_argument("argv", nargs=argparse.REMAINDER)
    a = ap.parse_args()
    argv = a.argv[1:] if a.argv and a.argv[0] == "--" else a.argv
    times, rss, cpu = [], [], []
    for i in range(a.warmup + a.runs):
        ms, kb, c = run_once(argv)
        if ms is None:
            print(json.dumps({"error": "no prompt within 10 s"}))
            return
        if i >= a.warmup:
            times.append(ms); rss.append(kb); cpu.append(c)
    print(json.dumps({
        "median_ms": statistics.median(times), "min_ms": min(times), "max_ms": max(times),
        "times_ms": [round(t, 2) for t in times],
        "cpu_ms_median": statistics.median(cpu),
        "rss_kb_median": statistics.median(rss), "rss_kb_max": max(rss), "status": 0,
    }))


if __name__ == "__main__":
    main()
