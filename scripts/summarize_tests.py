#!/usr/bin/env python3
"""Adds up test results: .NET TRX files, node --test output and the e2e PASS/FAIL lines.
Prints the failures by name and a closing line 'N passed, N failed'. Exits 1 when anything failed."""
import pathlib
import re
import sys
import xml.etree.ElementTree as ET

results = pathlib.Path(sys.argv[1])
passed = failed = skipped = 0
failures = []

for trx in results.rglob("*.trx"):
    ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
    root = ET.parse(trx).getroot()
    for r in root.iterfind(".//t:UnitTestResult", ns):
        outcome = r.get("outcome")
        if outcome == "Passed":
            passed += 1
        elif outcome == "NotExecuted":
            skipped += 1
        else:
            failed += 1
            failures.append(r.get("testName"))

unit = results / "vscode-unit.txt"
if unit.exists():
    text = unit.read_text(errors="replace")
    p = re.findall(r"^# pass (\d+)", text, re.M)
    f = re.findall(r"^# fail (\d+)", text, re.M)
    passed += sum(map(int, p))
    failed += sum(map(int, f))
    if not p:
        failed += 1
        failures.append("client-vscode unit tests did not run")

e2e = results / "vscode-e2e.txt"
if e2e.exists():
    text = e2e.read_text(errors="replace")
    p = re.findall(r"^PASS\b", text, re.M)
    f = re.findall(r"^FAIL\b.*$", text, re.M)
    passed += len(p)
    failed += len(f)
    failures += [line for line in f]
    if not p and not f:
        failed += 1
        failures.append("client-vscode e2e reported no checks")

for name in failures:
    print(f"FAILED: {name}")
line = f"{passed} passed, {failed} failed"
if skipped:
    line += f", {skipped} skipped"
print(line)
sys.exit(1 if failed or passed == 0 else 0)
