"""percentiles.py REPORT_DIR NAME: p50 | p90 | p99 | p99.9 ms | requests | failed of the requests named NAME in a Gatling
report (js/stats.js, whose per-request blocks follow the global one)."""
import re
import sys

text = open(sys.argv[1] + "/js/stats.js").read()
block = text[text.index('"name": "%s"' % sys.argv[2]):]
def stat(key):
    return re.search(r'"%s": \{\s*"total": "([^"]+)"' % key, block).group(1)
print(" | ".join(stat(k) for k in ("percentiles1", "percentiles2", "percentiles3", "percentiles4",
                                   )) + " | " + re.search(r'"numberOfRequests": \{\s*"total": "([^"]+)"', block).group(1) + " | " + re.search(r'"numberOfRequests": \{\s*"total": "[^"]+",\s*"ok": "[^"]+",\s*"ko": "([^"]+)"', block).group(1))
