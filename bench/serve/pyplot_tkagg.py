"""The first report's app, reduced to what leaked: every request draws with pyplot on the interactive TkAgg
backend (plt.figure(), plt.plot, plt.savefig to a JPEG in a BytesIO, base64), closing the figure twice as the
fh-matplotlib decorator does. Needs a display: run it under Xvfb.

  xvfb-run -a gunicorn -w 1 -b 127.0.0.1:PORT --chdir bench/serve pyplot_tkagg:app
"""
import base64
import csv
import io
import os

import matplotlib
matplotlib.use("TkAgg")
import matplotlib.pylab as plt  # noqa: E402
from flask import Flask  # noqa: E402

DATA = os.environ.get("LINE_DATA", os.path.join(os.path.dirname(__file__), "../../examples/data/live_metric.csv"))
with open(DATA) as f:
    plotdata = [float(r["value"]) for r in csv.DictReader(f)]

app = Flask(__name__)


def generate_chart():
    plt.plot(range(len(plotdata)), plotdata)


@app.route("/line.jpeg.datauri")
def chart():
    fig = plt.figure()
    generate_chart()
    buffer = io.BytesIO()
    plt.savefig(buffer, format="jpg")
    buffer.seek(0)
    data = base64.b64encode(buffer.read()).decode()
    plt.close(fig)
    plt.close("all")
    return f'<img src="data:image/jpg;base64, {data}">'
