"""The PDF reader's own geometry steps give what the library steps they replace give: the cell search on grids
with merged cells, missing borders, borders a fraction apart and lines that stop short."""

import random

import pytest
from pdfplumber.table import TableFinder, TableSettings, edges_to_intersections, intersections_to_cells

from parsers import rules


def _edge(orientation: str, x0: float, top: float, x1: float, bottom: float) -> dict:
    return {"object_type": "line_edge", "x0": x0, "x1": x1, "top": top, "bottom": bottom, "width": x1 - x0,
            "height": bottom - top, "orientation": orientation}


def _grid(seed: int) -> list[dict]:
    """A ruled grid drawn as a producer might: some borders missing (merged cells), some cut short, some drawn a
    fraction off, and a stray line or two."""
    rng = random.Random(seed)
    xs = [40.0]
    for _ in range(rng.randint(2, 7)):
        xs.append(xs[-1] + rng.choice([20, 35.5, 60, 120]))
    ys = [60.0]
    for _ in range(rng.randint(2, 12)):
        ys.append(ys[-1] + rng.choice([14, 28, 41.25]))
    edges = [_edge("h", xs[0], y, xs[-1], y) for y in (ys[0], ys[-1])]
    edges += [_edge("v", x, ys[0], x, ys[-1]) for x in (xs[0], xs[-1])]
    for y in ys[1:-1]:  # inner rules, some only under some columns (a cell merged across rows above them)
        y_drawn = y + rng.choice([0, 0, 0.4])
        if rng.random() < 0.5:
            start, end = sorted(rng.sample(range(len(xs)), 2))
            edges.append(_edge("h", xs[start], y_drawn, xs[end], y_drawn))
        else:
            edges += [_edge("h", x0, y_drawn, x1, y_drawn) for x0, x1 in zip(xs, xs[1:]) if rng.random() < 0.7]
    for x in xs[1:-1]:
        for top, bottom in zip(ys, ys[1:]):
            if rng.random() < 0.85:
                x_drawn = x + rng.choice([0, 0, -0.3, 0.6])
                edges.append(_edge("v", x_drawn, top, x_drawn, bottom))
    if rng.random() < 0.3:
        edges.append(_edge("h", xs[0] - 30, ys[-1] + 50, xs[1], ys[-1] + 50))
    for _ in range(rng.randint(0, 3)):  # ticks too short to count, a border drawn twice, a rule drawn in pieces
        x, y = rng.choice(xs) + rng.choice([0, 0.1, 2.9]), rng.choice(ys) + rng.choice([0, 0.2, 1.7])
        edges.append(rng.choice([_edge("h", x, y, x + rng.choice([1.5, 2.99, 3, 40]), y),
                                 _edge("v", x, y, x, y + rng.choice([1.5, 3, 25.3]))]))
    rng.shuffle(edges)
    return edges


def _cells_of(edges: list[dict]) -> list:
    """The reader's cell search (``rules._points``, ``rules._cells``) on these edges, as given (unjoined)."""
    vertical = [(e["x0"], e["top"], e["bottom"]) for e in edges if e["orientation"] == "v"]
    horizontal = [(e["top"], e["x0"], e["x1"]) for e in edges if e["orientation"] == "h"]
    return rules._cells(*rules._points(vertical, horizontal, 3, 3), 3, 3)


def _pdfplumber_rows(cells: list) -> list[tuple]:
    from pdfplumber.table import Table

    return [(row.cells, row.bbox) for row in Table(None, cells).rows]


@pytest.mark.parametrize("seed", range(80))
def test_the_cell_search_finds_pdfplumbers_cells(seed):
    settings = rules.table_settings(_grid(seed))
    finder = TableFinder(None, settings)
    assert rules._edges(TableSettings.resolve(settings)) == finder.edges  # snapped, joined, filtered: in order
    intersections = edges_to_intersections(finder.edges, 3, 3)
    points, _, _ = rules._points([(e["x0"], e["top"], e["bottom"]) for e in finder.edges if e["orientation"] == "v"],
                                 [(e["top"], e["x0"], e["x1"]) for e in finder.edges if e["orientation"] == "h"], 3, 3)
    assert points == sorted(intersections)
    assert _cells_of(finder.edges) == intersections_to_cells(intersections)
    found = rules.find_tables(settings)
    assert [t.cells for t in found] == [t.cells for t in finder.tables]
    assert [t.bbox for t in found] == [t.bbox for t in finder.tables]
    assert [[(row.cells, row.bbox) for row in t.rows] for t in found] == [_pdfplumber_rows(t.cells) for t in finder.tables]


def test_no_cell_without_a_fourth_corner():
    """Two rules and one border make no cell: the search must not close a box that has no bottom-right corner."""
    edges = [_edge("h", 0, 0, 100, 0), _edge("h", 0, 50, 60, 50), _edge("v", 0, 0, 0, 50), _edge("v", 100, 0, 100, 20)]
    intersections = edges_to_intersections(edges, 3, 3)
    assert _cells_of(edges) == intersections_to_cells(intersections) == []


def test_a_point_on_two_borders_of_one_column_joins_neither_to_the_other():
    """A column's border drawn in two pieces a little apart (under twice the tolerance) and a rule through the gap:
    the point on that rule is on both pieces, but the points above and below it share none, so no cell spans the gap."""
    edges = [_edge("v", 0, 0, 0, 20), _edge("v", 0, 24, 0, 60), _edge("v", 100, 0, 100, 60),
             _edge("h", 0, 0, 100, 0), _edge("h", 0, 22, 100, 22), _edge("h", 0, 60, 100, 60)]
    intersections = edges_to_intersections(edges, 3, 3)
    assert _cells_of(edges) == intersections_to_cells(intersections)
    assert len(intersections_to_cells(intersections)) == 2


@pytest.mark.parametrize("seed", range(60))
def test_edges_drawn_twice_or_ending_at_each_other_make_pdfplumbers_cells(seed):
    """The cell search knows a point's edges only by how far they reach, where pdfplumber compares their corners: the
    same cells when edges are passed unjoined, with copies of one border, borders drawn in pieces that meet end to
    end or stop short of each other, and grids that touch."""
    rng = random.Random(seed)
    edges = []
    for top in (0.0, rng.choice([80.0, 200.0])):
        edges += [dict(e, top=e["top"] + top, bottom=e["bottom"] + top) for e in _grid(rng.randint(0, 10_000))]
    for edge in rng.sample(edges, k=min(len(edges), rng.randint(1, 8))):
        edges.append(dict(edge))  # the same border again: another dict, the same corners
    for edge in rng.sample(edges, k=min(len(edges), 6)):  # a border cut in two pieces that meet, or a gap apart
        gap = rng.choice([0.0, 0.0, 2.0, 4.5, 7.0])
        if edge["orientation"] == "h" and edge["width"] > 10:
            middle = edge["x0"] + edge["width"] / 2
            edges += [_edge("h", edge["x0"], edge["top"], middle, edge["top"]),
                      _edge("h", middle + gap, edge["top"], edge["x1"], edge["top"])]
        elif edge["orientation"] == "v" and edge["height"] > 10:
            middle = edge["top"] + edge["height"] / 2
            edges += [_edge("v", edge["x0"], edge["top"], edge["x0"], middle),
                      _edge("v", edge["x0"], middle + gap, edge["x0"], edge["bottom"])]
        if rng.random() < 0.5 and edge in edges:
            edges.remove(edge)
    rng.shuffle(edges)
    intersections = edges_to_intersections(edges, 3, 3)
    assert _cells_of(edges) == intersections_to_cells(intersections)


@pytest.mark.parametrize("seed", range(60))
def test_cells_grouped_into_tables_as_pdfplumber_groups_them(seed):
    """Several grids on a page, some touching at a corner or an edge, lone cells, the cells in any order: the same
    tables, each with its cells in the same order."""
    from pdfplumber.table import cells_to_tables

    rng = random.Random(seed)
    cells = []
    top = 0.0
    for _ in range(rng.randint(1, 4)):
        intersections = edges_to_intersections(TableFinder(None, rules.table_settings(
            [dict(e, top=e["top"] + top, bottom=e["bottom"] + top) for e in _grid(rng.randint(0, 10_000))])).edges, 3, 3)
        found = intersections_to_cells(intersections)
        cells += found
        # the next grid below this one, touching it (its top-left corner on this one's bottom-left one) or apart
        top = max(c[3] for c in found) - 60.0 + rng.choice([0.0, 0.0, 5.0, 30.0]) if found else top + 100
    cells += [(x, y, x + 10, y + 10) for x, y in ((rng.uniform(0, 500), rng.uniform(0, 900)) for _ in range(rng.randint(0, 3)))]
    for order in range(3):
        assert rules._tables(cells) == cells_to_tables(cells)
        rng.shuffle(cells)


# ---------------------------------------------------------------------------------------------------
# Paths read from pdfium: the mapped calls against pypdfium2's objects and pdfium's segments read one at a time


def _random_paths_page(seed: int) -> bytes:
    """A page of random paths (lines, curves, rectangles, closed and open subpaths, a text run among them), drawn
    again inside a form on a second page, and that form again inside a form on a third (with a matrix each)."""
    import ctypes
    import io

    import pypdfium2 as pdfium
    import pypdfium2.raw as raw
    from pdfmaker import SERIF, _font

    rng = random.Random(seed)
    pdf = pdfium.PdfDocument.new()
    font = _font(pdf, SERIF)
    page = pdf.new_page(595, 842)
    for _ in range(rng.randint(1, 12)):
        x, y = rng.uniform(0, 500), rng.uniform(0, 800)
        if rng.random() < 0.3:
            obj = raw.FPDFPageObj_CreateNewRect(x, y, rng.choice([0.5, 40, 200]), rng.choice([0.4, 18, 300]))
        else:
            obj = raw.FPDFPageObj_CreateNewPath(x, y)
            for _ in range(rng.randint(0, 8)):
                x, y = (x + rng.choice([0, 0, 12.5, -30]), y + rng.choice([0, 0, 7.25, -50]))
                step = rng.random()
                if step < 0.15:
                    raw.FPDFPath_MoveTo(obj, x, y)
                elif step < 0.3:
                    raw.FPDFPath_BezierTo(obj, x + 3, y + 4, x + 6, y - 2, x + 9, y)
                else:
                    raw.FPDFPath_LineTo(obj, x, y)
                if rng.random() < 0.15:
                    raw.FPDFPath_Close(obj)
        raw.FPDFPath_SetDrawMode(obj, raw.FPDF_FILLMODE_ALTERNATE if rng.random() < 0.5 else 0, True)
        if rng.random() < 0.3:
            raw.FPDFPageObj_Transform(obj, rng.choice([1, 0.5, 0]), rng.choice([0, 0.2, 1]), rng.choice([0, -1]), 1, 10, 20)
        raw.FPDFPage_InsertObject(page.raw, obj)
        if rng.random() < 0.3:
            text = raw.FPDFPageObj_CreateTextObj(pdf.raw, font, 10)
            raw.FPDFText_SetText(text, ctypes.cast(ctypes.create_string_buffer("Số 12\x00".encode("utf-16-le")),
                                                   ctypes.POINTER(ctypes.c_ushort)))
            raw.FPDFPage_InsertObject(page.raw, text)
    page.gen_content()
    for level in (1, 2):  # the page before drawn as a form, moved and scaled, beside a rectangle of its own
        holder = pdf.new_page(595, 842)
        form = pdf.page_as_xobject(level - 1, pdf).as_pageobject()
        raw.FPDFPageObj_Transform(form.raw, 0.5, 0, 0, 0.5 + level / 10, 30 * level, 40)
        holder.insert_obj(form)
        rule = raw.FPDFPageObj_CreateNewRect(5, 5, 100, 0.5)
        raw.FPDFPath_SetDrawMode(rule, raw.FPDF_FILLMODE_ALTERNATE, False)
        raw.FPDFPage_InsertObject(holder.raw, rule)
        holder.gen_content()
    pdf.new_page(595, 842)  # a page with no path at all
    for index in range(len(pdf)):  # turned as landscape annexes are: the edges as shown
        pdf[index].set_rotation(rng.choice([0, 90, 180, 270]))
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def _paths_one_call_at_a_time(page) -> list[tuple[int, tuple, list]]:
    """Each path as pypdfium2's ``get_objects`` finds it (forms followed), with its forms' matrices (from each path
    up, as pypdfium2 reports them) and its subpaths' points read one segment at a time through pypdfium2's declared
    functions: the reference for ``rules._paths`` and ``rules._subpaths``."""
    import ctypes

    import pypdfium2.raw as raw

    found, forms = [], []
    for obj in page.get_objects(max_depth=15):
        del forms[obj.level:]
        if obj.type == raw.FPDF_PAGEOBJ_FORM:
            forms.append(tuple(obj.get_matrix().get()))
        if obj.type != raw.FPDF_PAGEOBJ_PATH:
            continue
        paths: list[list[tuple[float, float]]] = []
        x, y = ctypes.c_float(), ctypes.c_float()
        for i in range(raw.FPDFPath_CountSegments(obj.raw)):
            segment = raw.FPDFPath_GetPathSegment(obj.raw, i)
            raw.FPDFPathSegment_GetPoint(segment, x, y)
            if raw.FPDFPathSegment_GetType(segment) == raw.FPDF_SEGMENT_MOVETO or not paths:
                paths.append([])
            paths[-1].append((x.value, y.value))
            if raw.FPDFPathSegment_GetClose(segment):
                paths[-1].append(paths[-1][0])
        found.append((ctypes.cast(obj.raw, ctypes.c_void_p).value, tuple(reversed(forms)), paths))
    return found


@pytest.mark.parametrize("seed", range(25))
def test_paths_and_their_points_are_those_pdfium_gives_one_call_at_a_time(seed):
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(_random_paths_page(seed))
    for index in range(len(pdf)):
        page = pdf[index]
        objects = list(rules._paths(page))
        mapped = [(obj, containers, points) for (obj, containers), points in zip(objects, rules._subpaths([obj for obj, _ in objects]))]
        expected = _paths_one_call_at_a_time(page)
        assert mapped == expected
        assert index in (0, len(pdf) - 1) or len(mapped) > 1  # the forms' paths are found


@pytest.mark.parametrize("seed", range(25))
def test_page_edges_are_those_of_each_path_read_one_call_at_a_time(seed):
    """Every segment of a page read at once (``rules._subpaths``) gives the edges the paths read one at a time give:
    the same points through the same matrices, in the same order, with forms, curves and closed subpaths."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(_random_paths_page(seed))
    for index in range(len(pdf)):
        page = pdf[index]
        to_display = rules.display_transform(page)
        expected = []
        for obj, containers, paths in _paths_one_call_at_a_time(page):
            a, b, c, d, e, f = rules._matrix(obj, containers)
            for points in paths:
                shown = [(a * x + c * y + e, b * x + d * y + f) for x, y in points]
                expected += [edge for p0, p1 in zip(shown, shown[1:])
                             if (edge := rules._edge(p0, p1, to_display)) is not None and not rules.fill_end(edge, obj)]
        assert rules.page_edges(page, to_display) == expected
