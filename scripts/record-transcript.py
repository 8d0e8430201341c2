#!/usr/bin/env python3
"""Records the expected output of shell transcripts from the debug build, for review with git diff.

    scripts/record-transcript.py Tests/ShellTests/Transcripts/help-en.transcript ...

Each file keeps its comment, its `$ afterschool ARGS` line and its input lines; everything from
`>>> stdout` on is replaced by what `.build/debug/afterschool` prints on a fresh database.
Read the diff before committing: a recorded transcript is only as right as the person who read it.
"""
import os, subprocess, sys, tempfile

repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
tests = os.path.join(repo, "Tests", "ShellTests")
fixtures = os.path.join(tests, "Fixtures")

for path in sys.argv[1:]:
    lines = open(path, encoding="utf-8").read().split("\n")
    if ">>> stdout" in lines:
        lines = lines[: lines.index(">>> stdout")]
    while lines and lines[-1] == "":
        lines.pop()
    command_line = next(i for i, l in enumerate(lines) if l.startswith("$ afterschool"))
    temporary = tempfile.mkdtemp()
    def substitute(text):
        return text.replace("$FIXTURES", fixtures).replace("$REPO", repo).replace("$TMP", temporary)
    arguments = [substitute(a) for a in lines[command_line][len("$ afterschool"):].split()]
    script = "".join(substitute(l) + "\n" for l in lines[command_line + 1:])
    setup = "".join(substitute(l[len("$ setup "):]) + "\n" for l in lines[:command_line] if l.startswith("$ setup "))
    base = [os.path.join(repo, ".build", "debug", "afterschool"), "--db", os.path.join(temporary, "t.sqlite"),
            "--plugins", os.path.join(repo, "Plugins"), "--catalog", os.path.join(repo, "Catalog")]
    if setup:
        done = subprocess.run(base, input=setup.encode(), capture_output=True, cwd=repo)
        if done.returncode != 0:
            sys.exit("setup of %s failed: %s" % (path, done.stderr.decode()))
    result = subprocess.run(base + arguments, input=script.encode(), capture_output=True, cwd=repo)
    def unsubstitute(text):
        return text.replace("\r\n", "\n").replace(temporary, "$TMP").replace(fixtures, "$FIXTURES").replace(repo, "$REPO")
    out, err = unsubstitute(result.stdout.decode()), unsubstitute(result.stderr.decode())
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n>>> stdout\n" + out + ">>> stderr\n" + err + ">>> exit %d\n" % result.returncode)
