"""`make bench`: time a clean build, each notebook's execution, a no-change rebuild and the tests,
then report each page's first-load bytes, raw and gzipped, measured in Chromium (bookbuild.pageweight).

Targets on a 2-core machine: a no-change rebuild under 10 s; the test suite under 3 minutes once
the virtual environment exists.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time

from missions.paths import ROOT


def _timed(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def notebook_times() -> list[tuple[str, float]]:
    from jupyter_cache import get_cache

    cache = get_cache(ROOT / "_build" / ".jupyter_cache")
    rows = []
    for record in cache.list_cache_records():
        seconds = (record.data or {}).get("execution_seconds")
        rows.append((str(record.uri).replace(str(ROOT) + "/", ""), float(seconds or 0.0)))
    return sorted(rows)


def main() -> int:
    shutil.rmtree(ROOT / "_build", ignore_errors=True)
    clean = _timed(["make", "-s", "book"])
    print(f"clean build (make book):          {clean:7.1f} s")
    for uri, seconds in notebook_times():
        print(f"  executed {uri:<45} {seconds:6.1f} s")
    rebuild = _timed(["make", "-s", "book"])
    print(f"no-change rebuild (make book):    {rebuild:7.1f} s   (target < 10 s)")
    tests = _timed(["make", "-s", "test"])
    print(f"test command (make test, venv and book there): {tests:5.1f} s   (target < 180 s)")
    print()
    subprocess.run([sys.executable, "-m", "bookbuild.pageweight", str(ROOT / "_build" / "html")], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
