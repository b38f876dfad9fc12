"""matplotlib's documented Flask example ("Embedding in a web application server (Flask)": the Figure API, no
pyplot, so the Agg canvas and no figure registry), serving the web report's line chart: the same 1000 points,
640x480 px at dpi 100, line width 1.5, title and axis labels as examples/line_chart.yaml.

  gunicorn -w 2 -b 127.0.0.1:PORT --chdir bench/serve flask_figure:app
  GET /line.png            the PNG
  GET /line.jpeg.datauri   the web report's JPEG data URI
"""
import base64
import csv
import os
from io import BytesIO

from flask import Flask, Response
from matplotlib.figure import Figure

DATA = os.environ.get("LINE_DATA", os.path.join(os.path.dirname(__file__), "../../examples/data/live_metric.csv"))
with open(DATA) as f:
    rows = list(csv.DictReader(f))
STEP = [float(r["step"]) for r in rows]
VALUE = [float(r["value"]) for r in rows]

app = Flask(__name__)


def line(fmt):
    fig = Figure(figsize=(6.4, 4.8), dpi=100)
    ax = fig.subplots()
    ax.plot(STEP, VALUE, linewidth=1.5)
    ax.set_title("Live metric")
    ax.set_xlabel("Step")
    ax.set_ylabel("Value")
    buf = BytesIO()
    fig.savefig(buf, format=fmt)
    return buf.getbuffer()


@app.route("/line.png")
def png():
    return Response(bytes(line("png")), mimetype="image/png")


@app.route("/line.jpeg.datauri")
def jpeg_data_uri():
    data = base64.b64encode(line("jpg")).decode("ascii")
    return f"data:image/jpeg;base64,{data}"
