"""Build `src/diplograph/web/static/world.json`: country outlines for the dashboard's map.

The source is Natural Earth's 1:110m admin-0 countries (public domain), as shipped inside the
geopandas 0.14 wheel (`geopandas/datasets/naturalearth_lowres/`). Run once at build time:

    pip download --no-deps geopandas==0.14.4 && unzip geopandas-0.14.4-*.whl 'geopandas/datasets/*'
    pip install pyshp && python3 tools/world_outlines.py geopandas/datasets/naturalearth_lowres

Each country becomes one SVG path in an equirectangular projection (x = lon + 180,
y = 90 - lat, so the world is 360 x 180), rounded to 0.1 degree. Nothing is fetched at run time.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import shapefile  # pyshp, a build-time tool only

TARGET = Path(__file__).parent.parent / "src/diplograph/web/static/world.json"
FIXES = {"Kosovo": "XKX"}  # Natural Earth leaves Kosovo's ISO code as -99


def path_of(shape) -> str:
    parts = list(shape.parts) + [len(shape.points)]
    rings = []
    for start, end in zip(parts, parts[1:], strict=False):
        points, last = [], None
        for lon, lat in shape.points[start:end]:
            point = (round(lon + 180, 1), round(90 - lat, 1))
            if point != last:
                points.append(point)
                last = point
        if len(points) >= 3:
            rings.append("M" + "L".join(f"{x:g} {y:g}" for x, y in points) + "Z")
    return "".join(rings)


def main(source: str) -> None:
    reader = shapefile.Reader(str(Path(source) / Path(source).name))
    countries = []
    for item in reader.shapeRecords():
        name = item.record["name"]
        iso = FIXES.get(name, item.record["iso_a3"])
        countries.append({"iso": iso, "name": name, "d": path_of(item.shape)})
    countries.sort(key=lambda c: c["iso"])
    TARGET.write_text(
        json.dumps(
            {
                "source": "Natural Earth 1:110m admin-0 countries (public domain), "
                "via geopandas 0.14.4 naturalearth_lowres",
                "projection": "equirectangular: x = lon + 180, y = 90 - lat",
                "countries": countries,
            },
            separators=(",", ":"),
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    print(f"{len(countries)} countries, {TARGET.stat().st_size} bytes -> {TARGET}")


if __name__ == "__main__":
    main(sys.argv[1])
