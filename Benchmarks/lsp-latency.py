#!/usr/bin/env python3
"""How long `grapevine lsp` takes to publish diagnostics after an edit to one note.

    python3 Benchmarks/lsp-latency.py BIN VAULT [--edits 20] [--today 2026-11-18]

Starts `BIN lsp` on VAULT (which it never writes), initializes it with VAULT as the folder
open, waits for the problems of the whole vault, opens one contact note and edits it as an
editor does: each edit is one `textDocument/didChange` with a range, and the time is from
writing it to reading the `textDocument/publishDiagnostics` for that note at that version.
Three kinds of edit, EDITS of each:

  log       a Log line typed into the note's body (the common case)
  name      its `name:` changed, back and forth (references to it elsewhere re-resolved)
  referral  its `referred_by:` changed, back and forth (the referral cycles found again)

and, five times, a new note opened that is not on disk yet (`new`: every reference resolved
again), then closed (which removes it again). Then requests, five of each, from sending to
the answer: `hover` on the note's name right after an edit (the graph and the next steps
built again), `hover again` with nothing changed, and `completion` after `[[Ma` typed.

Prints the time to initialize (reading the vault) and, for each kind, the median, the 90th
percentile and the worst. Exit status 1 when the median of `log` is over BUDGET_MS (100).
"""
import argparse, json, os, select, statistics, subprocess, sys, time


class Server:
    def __init__(self, command):
        self.process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self.buffer = b""
        self.next_id = 0

    def send(self, message):
        message["jsonrpc"] = "2.0"
        body = json.dumps(message).encode()
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def request(self, method, params):
        self.next_id += 1
        self.send({"id": self.next_id, "method": method, "params": params})
        return self.wait(lambda m: m.get("id") == self.next_id)

    def notify(self, method, params):
        self.send({"method": method, "params": params})

    def wait(self, matches, timeout=120):
        deadline = time.monotonic() + timeout
        while True:
            message = self.read(deadline)
            if matches(message):
                return message

    def read(self, deadline):
        while True:
            header_end = self.buffer.find(b"\r\n\r\n")
            if header_end >= 0:
                length = int(self.buffer[:header_end].split(b":")[1])
                if len(self.buffer) >= header_end + 4 + length:
                    body = self.buffer[header_end + 4:header_end + 4 + length]
                    self.buffer = self.buffer[header_end + 4 + length:]
                    return json.loads(body)
            ready, _, _ = select.select([self.process.stdout], [], [], max(0, deadline - time.monotonic()))
            if not ready:
                raise TimeoutError("the server did not answer in time")
            chunk = os.read(self.process.stdout.fileno(), 1 << 20)
            if not chunk:
                raise EOFError("the server closed its output")
            self.buffer += chunk


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("vault")
    parser.add_argument("--edits", type=int, default=20)
    parser.add_argument("--today", default="2026-11-18")
    parser.add_argument("--budget-ms", type=float, default=float(os.environ.get("BUDGET_MS", 100)))
    args = parser.parse_args()
    vault = os.path.abspath(args.vault)
    server = Server([args.binary, "lsp", "--today", args.today])
    started = time.monotonic()
    server.request("initialize", {"processId": os.getpid(), "rootUri": "file://" + vault, "capabilities": {}})
    initialized = time.monotonic() - started
    server.notify("initialized", {})
    # A contact that others refer to by name, with a Log: the one most edits would touch.
    contacts = sorted(os.listdir(os.path.join(vault, "contacts")))
    path = os.path.join(vault, "contacts", contacts[len(contacts) // 3])
    uri = "file://" + path
    text = open(path, encoding="utf-8").read()
    lines = text.split("\n")
    server.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": text}})
    server.wait(lambda m: m.get("method") == "textDocument/publishDiagnostics" and m["params"]["uri"] == uri)
    version = 1
    results = {}

    def edit(line, start, end, new_text):
        nonlocal version
        version += 1
        change = {"range": {"start": {"line": line, "character": start}, "end": {"line": line, "character": end}}, "text": new_text}
        sent = time.monotonic()
        server.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": version}, "contentChanges": [change]})
        wanted = version
        server.wait(lambda m: m.get("method") == "textDocument/publishDiagnostics" and m["params"]["uri"] == uri
                    and m["params"].get("version") == wanted)
        return (time.monotonic() - sent) * 1000

    # log: a new Log line at the end, typed as one change each.
    end = len(lines) - 1
    results["log"] = [edit(end + i, 0, 0, "- 2026-11-%02d emailed: note %d\n" % (1 + i % 17, i)) for i in range(args.edits)]
    name_line = next(i for i, l in enumerate(lines) if l.startswith("name: "))
    name = lines[name_line][len("name: "):]
    times = []
    for i in range(args.edits):
        new = name + " Jr" if i % 2 == 0 else name
        old = name if i % 2 == 0 else name + " Jr"
        times.append(edit(name_line, 6, 6 + len(old), new))
    results["name"] = times
    referral_line = next((i for i, l in enumerate(lines) if l.startswith("referred_by: ")), None)
    if referral_line is not None:
        value = lines[referral_line][len("referred_by: "):]
        other = "Somebody Else"
        times = []
        for i in range(args.edits):
            old, new = (value, other) if i % 2 == 0 else (other, value)
            times.append(edit(referral_line, 13, 13 + len(old), new))
        results["referral"] = times
    times = []
    for i in range(5):
        new_uri = "file://" + os.path.join(vault, "contacts", "zz-benchmark-new-%d.md" % i)
        text = "---\nname: Zz Benchmark %d\nreferred_by: %s\n---\n" % (i, name)
        sent = time.monotonic()
        server.notify("textDocument/didOpen", {"textDocument": {"uri": new_uri, "languageId": "markdown", "version": 1, "text": text}})
        server.wait(lambda m: m.get("method") == "textDocument/publishDiagnostics" and m["params"]["uri"] == new_uri)
        times.append((time.monotonic() - sent) * 1000)
        server.notify("textDocument/didClose", {"textDocument": {"uri": new_uri}})
        server.request("workspace/symbol", {"query": "zz benchmark"})  # the close is handled before this answer
    results["new"] = times
    position = {"line": name_line, "character": 8}
    cold, warm, completions = [], [], []
    for i in range(5):
        edit(len(lines) - 1 + args.edits, 0, 0, "x")
        for times in (cold, warm):
            sent = time.monotonic()
            server.request("textDocument/hover", {"textDocument": {"uri": uri}, "position": position})
            times.append((time.monotonic() - sent) * 1000)
        edit(len(lines) - 1 + args.edits, 0, 0, "[[Ma")
        sent = time.monotonic()
        server.request("textDocument/completion", {"textDocument": {"uri": uri}, "position": {"line": len(lines) - 1 + args.edits, "character": 4}})
        completions.append((time.monotonic() - sent) * 1000)
        edit(len(lines) - 1 + args.edits, 0, 5, "")
    results["hover"] = cold
    results["hover again"] = warm
    results["completion"] = completions
    server.request("shutdown", {})
    server.notify("exit", {})
    server.process.wait(timeout=30)

    print("vault: %s; note edited: %s" % (vault, os.path.relpath(path, vault)))
    print("initialize (reads the vault): %.0f ms" % (initialized * 1000))
    print("%-11s %8s %8s %8s   (ms from didChange to publishDiagnostics, %d edits; new: didOpen, 5)" % ("edit", "median", "p90", "worst", args.edits))
    for kind, times in results.items():
        ordered = sorted(times)
        p90 = ordered[min(len(ordered) - 1, int(round(0.9 * (len(ordered) - 1))))]
        print("%-11s %8.1f %8.1f %8.1f" % (kind, statistics.median(times), p90, ordered[-1]))
    median = statistics.median(results["log"])
    verdict = "within" if median <= args.budget_ms else "OVER"
    print("log edits: median %.1f ms, %s the budget of %.0f ms" % (median, verdict, args.budget_ms))
    return 0 if median <= args.budget_ms else 1


if __name__ == "__main__":
    sys.exit(main())
