#!/usr/bin/env python3
"""Runs commands several times and prints, per command, one JSON object with its wall-clock times and
peak RSS.

    measure.py --runs N [--warmup W] [--prepare 'shell command'] [--stdin FILE] -- PROGRAM ARGS... [--next PROGRAM ARGS...]

Each run: the --prepare command (through /bin/sh, not timed), then PROGRAM is spawned with stdout and
stderr to /dev/null and waited for with wait4(2); the time is taken around spawn and wait, and the peak
resident set size is the child's ru_maxrss from the same wait4 (getrusage of that one process).
Several commands (separated by --next) are run in turn, round after round, so that they meet the same
conditions on the machine (their ratio is then fair even while other work comes and goes).
Output, one line per command: {"median_ms", "min_ms", "max_ms", "times_ms": [...], "cpu_ms_median"
(user + system time of the child), "rss_kb_median", "rss_kb_max", "status"}.
"""
import argparse, json, os, statistics, subprocess, sys, time


def run_once(argv, stdin_path):
    devnull = os.open(os.devnull, os.O_WRONLY)
    stdin_fd = os.open(stdin_path, os.O_RDONLY) if stdin_path else os.open(os.devnull, os.O_RDONLY)
    actions = [
        (os.POSIX_SPAWN_DUP2, stdin_fd, 0),
        (os.POSIX_SPAWN_DUP2, devnull, 1),
        (os.POSIX_SPAWN_DUP2, devnull, 2),
    ]
    t0 = time.perf_counter()
    pid = os.posix_spawnp(argv[0], argv, os.environ, file_actions=actions)
    _, status, usage = os.wait4(pid, 0)
    elapsed = time.perf_counter() - t0
    os.close(devnull)
    os.close(stdin_fd)
    return elapsed * 1000.0, usage.ru_maxrss, os.waitstatus_to_exitcode(status), (usage.ru_utime + usage.ru_stime) * 1000.0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--warmup", type=int, default=1)
    ap.add_argument("--prepare")
    ap.add_argument("--stdin")
    ap.add_argument("argv", nargs=argparse.REMAINDER)
    a = ap.parse_args()
    argv = a.argv[1:] if a.argv and a.argv[0] == "--" else a.argv
    commands, current = [], []
    for word in argv:
        if word == "--next":
            commands.append(current); current = []
        else:
            current.append(word)
    commands.append(current)
    results = [{"times": [], "rss": [], "status": [], "cpu": []} for _ in commands]
    for i in range(a.warmup + a.runs):
        for cmd, r in zip(commands, results):
            if a.prepare:
                subprocess.run(a.prepare, shell=True, check=True)
            ms, kb, st, c = run_once(cmd, a.stdin)
            if i >= a.warmup:
                r["times"].append(ms); r["rss"].append(kb); r["status"].append(st); r["cpu"].append(c)
    for r in results:
        print(json.dumps({
            "median_ms": statistics.median(r["times"]), "min_ms": min(r["times"]), "max_ms": max(r["times"]),
            "times_ms": [round(t, 2) for t in r["times"]],
            "cpu_ms_median": statistics.median(r["cpu"]),
            "rss_kb_median": statistics.median(r["rss"]), "rss_kb_max": max(r["rss"]),
            "status": max(r["status"], key=abs),
        }))


if __name__ == "__main__":
    main()
