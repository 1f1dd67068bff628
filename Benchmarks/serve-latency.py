#!/usr/bin/env python3
"""How long `grapevine serve` takes to rebuild the pages an edit to one note affects.

    python3 Benchmarks/serve-latency.py BIN VAULT [--edits 20] [--budget-ms 300] [--today 2026-11-18]

Starts `BIN serve --port 0` on VAULT (which it edits: give it a copy), waits for the URL it
prints, picks the first contact note, and EDITS times appends a Log line to it (written to a
new file renamed over the note, as editors save). For each edit it measures, from the
rename:

  page      until `/_grapevine/version?page=<the note's page>` answers a new version: the
            note's own page is rewritten (what a browser showing it waits for, before its
            next 300 ms poll);
  update    until the server prints its line for the change: every affected page (the
            fixed pages, the neighbours' pages) is rewritten. The server looks for changes
            every 150 ms, so both include up to 150 ms of waiting for the next look.

and, from /proc, the processor time (user and system, all threads) the server used from the
rename to its line: on a machine other builds keep busy, the wall-clock times above stretch
with the load, and this one much less (the work is spread over both cores when they are free,
so a quiet machine takes about this, or less, of wall-clock time).

Prints the first build's time, the median, 90th percentile and worst of each, and the
server's own figure (pages rendered, milliseconds) for the last edit. Exit status 1 when the
median of `update` is over the budget.
"""
import argparse, os, re, select, statistics, subprocess, sys, time, urllib.parse, urllib.request


def get(url):
    with urllib.request.urlopen(url, timeout=30) as answer:
        return answer.status, answer.read().decode()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("bin")
    parser.add_argument("vault")
    parser.add_argument("--edits", type=int, default=20)
    parser.add_argument("--budget-ms", type=float, default=300)
    parser.add_argument("--today", default="2026-11-18")
    options = parser.parse_args()

    started = time.monotonic()
    server = subprocess.Popen(
        [options.bin, "serve", "--vault", options.vault, "--port", "0", "--today", options.today],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    lines = Lines(server.stdout)
    try:
        first = lines.wait(lambda line: "Serving" in line, timeout=300)
        url = re.search(r"http://[0-9.]+:[0-9]+/", first).group(0)
        print(f"first build and listening: {time.monotonic() - started:.2f} s")
        contacts = sorted(name for name in os.listdir(os.path.join(options.vault, "contacts")) if name.endswith(".md"))
        note = os.path.join(options.vault, "contacts", contacts[0])
        page = "contacts/" + contacts[0][:-3] + ".html"
        status, _ = get(url + page)
        if status != 200:
            sys.exit(f"serve-latency: {page} is not served ({status})")
        version_url = url + "_grapevine/version?" + urllib.parse.urlencode({"page": page})
        page_times, update_times, cpu_times, last = [], [], [], ""
        for edit in range(options.edits):
            _, before = get(version_url)
            with open(note, encoding="utf-8") as file:
                text = file.read()
            temporary = note + ".bench-tmp"
            with open(temporary, "w", encoding="utf-8") as file:
                file.write(text.rstrip("\n") + f"\n- 2026-11-{1 + edit % 17:02d} note: benchmark edit {edit}\n")
            cpu_before = cpu_seconds(server.pid)
            os.rename(temporary, note)
            written = time.monotonic()
            while get(version_url)[1] == before:
                if time.monotonic() - written > 30:
                    sys.exit("serve-latency: the page did not change within 30 s")
                time.sleep(0.01)
            page_times.append(time.monotonic() - written)
            last = lines.wait(lambda line: "changed:" in line, timeout=30)
            update_times.append(lines.time - written)
            cpu_times.append(cpu_seconds(server.pid) - cpu_before)
            time.sleep(0.2)
        for name, times in (("page", page_times), ("update", update_times), ("cpu", cpu_times)):
            times = sorted(1000 * t for t in times)
            p90 = times[min(len(times) - 1, int(0.9 * len(times)))]
            print(f"{name:7} median {statistics.median(times):6.1f} ms   p90 {p90:6.1f} ms   worst {times[-1]:6.1f} ms"
                  f"   ({len(times)} edits)")
        print(f"server's own figure for the last edit: {last.strip()}")
        median = statistics.median(update_times) * 1000
        print(f"budget: median update {median:.0f} ms <= {options.budget_ms:.0f} ms: {'yes' if median <= options.budget_ms else 'NO'}")
        return 0 if median <= options.budget_ms else 1
    finally:
        server.send_signal(2)
        try:
            server.wait(timeout=120)
        except subprocess.TimeoutExpired:
            server.kill()


def cpu_seconds(pid):
    """The processor time a process used so far, user and system, from /proc/PID/stat."""
    with open(f"/proc/{pid}/stat") as file:
        fields = file.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class Lines:
    """The server's standard output, line by line, each with when it was read."""

    def __init__(self, stream):
        self.stream, self.buffer, self.time = stream, b"", 0.0

    def wait(self, matches, timeout):
        deadline = time.monotonic() + timeout
        while True:
            while b"\n" in self.buffer:
                raw, self.buffer = self.buffer.split(b"\n", 1)
                line = raw.decode(errors="replace")
                if matches(line):
                    return line
            left = deadline - time.monotonic()
            if left <= 0:
                sys.exit("serve-latency: the server said nothing expected in time")
            ready, _, _ = select.select([self.stream], [], [], left)
            if ready:
                chunk = os.read(self.stream.fileno(), 1 << 16)
                if not chunk:
                    sys.exit("serve-latency: the server exited")
                self.time = time.monotonic()
                self.buffer += chunk


if __name__ == "__main__":
    sys.exit(main())
