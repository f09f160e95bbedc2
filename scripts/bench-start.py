#!/usr/bin/env python3
"""Start to exit of one release: each build checks the same file ROUNDS times,
alternating, and the median wall time and CPU time (user + sys) of a run are printed.

    python3 scripts/bench-start.py ROUNDS FILE BINARY...
"""
import os
import resource
import statistics
import subprocess
import sys
import time


def one_run(binary, path):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([binary, "check", path, "--format", "json"], stdout=subprocess.DEVNULL, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def main():
    rounds, path, binaries = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
    times = {b: [] for b in binaries}
    for _ in range(rounds):
        for b in binaries:
            times[b].append(one_run(b, path))
    for b in binaries:
        wall = statistics.median(t[0] for t in times[b]) * 1000
        cpu = statistics.median(t[1] for t in times[b]) * 1000
        print(f"{os.path.basename(b)}: {wall:.1f} ms wall, {cpu:.1f} ms CPU (median of {rounds})")


if __name__ == "__main__":
    main()
