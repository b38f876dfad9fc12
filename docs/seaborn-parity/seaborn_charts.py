"""The seaborn / pandas side of docs/seaborn-parity.md: each chart as a Python user writes it, drawn from the same
files as examples/tidy/*.yaml, at the same size (6 x 4 in at 80 dpi = 480 x 320 px, the gallery's).

    /usr/bin/python3 docs/seaborn-parity/seaborn_charts.py     # Debian's python3-seaborn 0.12, pandas 1.5
"""
import pathlib

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import seaborn as sns  # noqa: E402

HERE = pathlib.Path(__file__).resolve().parent
DATA = HERE.parent.parent / "examples" / "tidy" / "data"
OUT = HERE / "seaborn"
SIZE = (6, 4)
DPI = 80

seattle = pd.read_csv(DATA / "seattle-weather.csv", parse_dates=["date"])
stocks = pd.read_csv(DATA / "stocks.csv")
stocks["date"] = pd.to_datetime(stocks["date"], format="%b %d %Y")
cars = pd.read_json(DATA / "cars.json")
penguins = pd.read_json(DATA / "penguins.json")
anscombe = pd.read_json(DATA / "anscombe.json")
iowa = pd.read_csv(DATA / "iowa-electricity.csv", parse_dates=["year"])
movies = pd.read_json(DATA / "movies.json")
driving = pd.read_json(DATA / "driving.json")


def axes():
    fig, ax = plt.subplots(figsize=SIZE, dpi=DPI, layout="constrained")
    return fig, ax


def save(fig, name):
    fig.savefig(OUT / f"{name}.png", dpi=DPI)
    plt.close(fig)


def count_by_weather():
    fig, ax = axes()
    sns.countplot(data=seattle, x="weather", ax=ax)
    save(fig, "count_by_weather")


def mass_by_species():
    fig, ax = axes()
    sns.barplot(data=penguins, x="Species", y="Body Mass (g)", errorbar=("ci", 95), ax=ax)
    save(fig, "mass_by_species")


def anscombe_facets():
    grid = sns.relplot(data=anscombe, x="X", y="Y", col="Series", col_wrap=2, height=2.5, aspect=1.2)
    grid.figure.set_dpi(DPI)
    save(grid.figure, "anscombe_facets")


def anscombe_fit():
    grid = sns.lmplot(data=anscombe, x="X", y="Y", col="Series", col_wrap=2, height=2.5, aspect=1.2)
    grid.figure.set_dpi(DPI)
    save(grid.figure, "anscombe_fit")


def seattle_monthly_temperatures():
    monthly = (seattle.assign(month=seattle["date"].dt.to_period("M").dt.to_timestamp())
               .melt(id_vars="month", value_vars=["temp_max", "temp_min"], var_name="measure", value_name="celsius")
               .groupby(["month", "measure"], as_index=False)["celsius"].mean())
    fig, ax = axes()
    sns.lineplot(data=monthly, x="month", y="celsius", hue="measure", ax=ax)
    save(fig, "seattle_monthly_temperatures")


def iowa_stacked_area():
    wide = iowa.pivot(index="year", columns="source", values="net_generation")
    fig, ax = axes()
    wide.plot.area(ax=ax, stacked=True)
    save(fig, "iowa_stacked_area")


def flipper_histogram_by_species():
    fig, ax = axes()
    sns.histplot(data=penguins, x="Flipper Length (mm)", hue="Species", multiple="stack", ax=ax)
    save(fig, "flipper_histogram_by_species")


def flipper_density_by_species():
    fig, ax = axes()
    sns.histplot(data=penguins, x="Flipper Length (mm)", hue="Species", kde=True, ax=ax)
    save(fig, "flipper_density_by_species")


def cars_pairplot():
    columns = ["Miles_per_Gallon", "Horsepower", "Weight_in_lbs", "Acceleration", "Origin"]
    grid = sns.pairplot(cars[columns], hue="Origin", height=1.6)
    grid.figure.set_dpi(DPI)
    save(grid.figure, "cars_pairplot")


def movies_log_gross():
    fig, ax = axes()
    sns.scatterplot(data=movies, x="Production Budget", y="Worldwide Gross", s=8, ax=ax)
    ax.set_yscale("log")  # matplotlib leaves the rows <= 0 out, without a word
    save(fig, "movies_log_gross")


def horsepower_by_origin():
    fig, ax = axes()
    sns.boxplot(data=cars, x="Origin", y="Horsepower", ax=ax)
    save(fig, "horsepower_by_origin")


def mpg_by_year():
    fig, ax = axes()
    sns.lineplot(data=cars, x="Year", y="Miles_per_Gallon", hue="Origin", ax=ax)  # mean, 95% bootstrap band
    save(fig, "mpg_by_year")


def stocks_by_symbol():
    fig, ax = axes()
    sns.lineplot(data=stocks, x="date", y="price", hue="symbol", ax=ax)
    save(fig, "stocks_by_symbol")


def top_genres():
    genres = movies["Major Genre"].dropna()
    top = genres.value_counts().nlargest(6).index
    lumped = genres.where(genres.isin(top), "other")
    fig, ax = axes()
    sns.countplot(x=lumped, order=list(top) + ["other"], ax=ax)
    ax.tick_params(axis="x", labelrotation=45)
    save(fig, "top_genres")


def seattle_month_year_heatmap():
    table = seattle.pivot_table(index=seattle["date"].dt.month, columns=seattle["date"].dt.year, values="temp_max")
    table.index = pd.to_datetime(table.index, format="%m").strftime("%b")
    fig, ax = plt.subplots(figsize=(6, 6.5), dpi=DPI, layout="constrained")  # 480 x 520 px, as the spec's size
    sns.heatmap(table, annot=True, fmt=".1f", cmap="magma", ax=ax)
    ax.set(title="Seattle, mean daily maximum (°C)", xlabel="year", ylabel="month")
    save(fig, "seattle_month_year_heatmap")


def mpg_by_weight():
    fig, ax = axes()
    sns.scatterplot(data=cars, x="Horsepower", y="Miles_per_Gallon", hue="Weight_in_lbs", ax=ax)
    save(fig, "mpg_by_weight")


def driving_path():
    fig, ax = axes()
    sns.lineplot(data=driving, x="miles", y="gas", sort=False, marker="o", ax=ax)
    ax.set(xlabel="miles driven per person per year", ylabel="gas price (US$ per gallon, 2010 dollars)")
    save(fig, "driving_path")


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    charts = [count_by_weather, mass_by_species, anscombe_facets, anscombe_fit, seattle_monthly_temperatures,
              iowa_stacked_area, flipper_histogram_by_species, flipper_density_by_species, cars_pairplot, movies_log_gross,
              horsepower_by_origin, mpg_by_year, stocks_by_symbol, top_genres, seattle_month_year_heatmap, mpg_by_weight,
              driving_path]
    for chart in charts:
        chart()
        print("wrote", OUT / (chart.__name__ + ".png"))
