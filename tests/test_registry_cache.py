"""The agency registry cached on disk: the same registry as one built from the files, read from the cache file when the
registry files and the code that builds them are those it was built from, built again otherwise; a damaged cache file or
a folder that cannot be written is no error."""

import gc
import pickle

import pytest

from pipeline.stages import registry as registry_module
from pipeline.stages.registry import CACHED_INDEXES, Registry, registry, use_user_folder
from pipeline.text import fold


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv(registry_module.CACHE_VARIABLE, str(folder))
    registry.cache_clear()
    yield folder
    use_user_folder(None)
    registry.cache_clear()


def _contents(reg: Registry) -> dict:
    return {name: getattr(reg, name) for name in ("jurisdictions", "agencies", "successions", *CACHED_INDEXES)}


def _never_built(monkeypatch):
    def fail(self):
        raise AssertionError("the registry was built, not read from its cache file")

    monkeypatch.setattr(Registry, "__init__", fail)


def test_the_cached_registry_is_the_registry_the_files_give(cache_dir, monkeypatch):
    built = registry()
    files = list(cache_dir.glob("registry-*.pickle"))
    assert len(files) == 1
    registry.cache_clear()
    fresh = Registry()
    _never_built(monkeypatch)
    cached = registry()
    assert cached is not built
    assert _contents(cached) == _contents(fresh)
    # its patterns, not kept in the file, are built when used
    assert cached.place_named_in("ỦY BAN NHÂN DÂN QUẬN BÌNH TÂN") == "binh-tan"
    assert cached.split_place("so noi vu tinh lao cai") == fresh.split_place("so noi vu tinh lao cai")


@pytest.mark.parametrize("damage", [b"", b"not a pickle", pickle.dumps({"a": 1}), "cut"])
def test_a_damaged_cache_file_is_built_again_and_replaced(cache_dir, damage):
    registry()
    (path,) = cache_dir.glob("registry-*.pickle")
    good = path.read_bytes()
    path.write_bytes(good[: len(good) // 2] if damage == "cut" else damage)
    registry.cache_clear()
    assert _contents(registry()) == _contents(Registry())
    assert path.read_bytes() == good


def test_a_registry_folder_has_its_own_cache_file(cache_dir, tmp_path, monkeypatch):
    registry()
    folder = tmp_path / "registry"
    folder.mkdir()
    (folder / "aliases.csv").write_text("agency_id,alias\nbinh-tan/uy-ban-nhan-dan,UBND Q. Bình Tân\n", encoding="utf-8")
    use_user_folder(folder)
    assert "UBND Q. Bình Tân" in registry().agencies["binh-tan/uy-ban-nhan-dan"].aliases
    assert len(list(cache_dir.glob("registry-*.pickle"))) == 2
    # the alias changed: another file, not the one the first alias was cached in
    (folder / "aliases.csv").write_text("agency_id,alias\nbinh-tan/uy-ban-nhan-dan,UBND quận BT\n", encoding="utf-8")
    use_user_folder(None)
    use_user_folder(folder)
    aliases = registry().agencies["binh-tan/uy-ban-nhan-dan"].aliases
    assert "UBND quận BT" in aliases and "UBND Q. Bình Tân" not in aliases
    use_user_folder(None)
    _never_built(monkeypatch)
    assert "UBND quận BT" not in registry().agencies["binh-tan/uy-ban-nhan-dan"].aliases


def test_changed_code_builds_the_registry_again(cache_dir, tmp_path, monkeypatch):
    registry()
    package = tmp_path / "package"
    for name in registry_module.CACHE_CODE:
        target = package / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(registry_module.Path(registry_module.__file__).resolve().parent.parent.joinpath(name).read_bytes())
    original = registry_module._cache_path()
    (package / "text.py").write_bytes((package / "text.py").read_bytes() + b"\n# changed\n")
    monkeypatch.setattr(registry_module, "__file__", str(package / "stages" / "registry.py"))
    assert registry_module._cache_path() != original


@pytest.mark.parametrize("setting", ["", "unwritable"])
def test_no_cache_when_it_is_off_or_cannot_be_written(tmp_path, monkeypatch, setting):
    if setting == "unwritable":
        blocker = tmp_path / "a file"
        blocker.write_text("")
        setting = str(blocker / "cache")  # a folder inside a file cannot be made
    monkeypatch.setenv(registry_module.CACHE_VARIABLE, setting)
    registry.cache_clear()
    try:
        assert _contents(registry()) == _contents(Registry())
    finally:
        registry.cache_clear()
    assert [p.name for p in tmp_path.iterdir()] == (["a file"] if "a file" in setting else [])


def _texts(value, found: list) -> list:
    """Every text in ``value`` (records, dicts, lists, tuples and sets of them)."""
    if isinstance(value, str):
        found.append(value)
    elif isinstance(value, dict):
        for key, item in value.items():
            _texts(key, found)
            _texts(item, found)
    elif isinstance(value, (list, tuple, set, frozenset)):
        for item in value:
            _texts(item, found)
    elif isinstance(value, registry_module._Record):
        _texts([getattr(value, name) for name in value.__slots__], found)
    return found


def test_the_cache_file_holds_each_text_once_and_the_same_registry(cache_dir, monkeypatch):
    """Equal texts of the agencies and indexes are one object in the registry read from the cache file (pickle writes
    an object met before as a reference: a smaller file, faster to load), within each place's part of the mappings kept
    by place and within the rest, and the registry is the same, each index of the same types."""
    registry()
    registry.cache_clear()
    _never_built(monkeypatch)
    cached = registry()
    by_place = {name: value for name, value in vars(cached).items() if isinstance(value, registry_module._ByPlace)}
    assert sorted(by_place) == ["agencies", "keys", "printed_forms"]
    parts = [mapping._part_of_place(place) for mapping in by_place.values() for place in mapping._parts]
    for value in ([value for name, value in vars(cached).items() if name not in by_place], *parts):
        texts = _texts(value, [])
        assert len({id(text) for text in texts}) == len(set(texts))
    monkeypatch.undo()
    fresh = Registry()
    for index in CACHED_INDEXES:
        getattr(fresh, index)
    assert _contents(cached) == _contents(fresh)
    assert ({name: type(value) for name, value in vars(cached).items() if name not in by_place and name != "_every_place"}
            == {name: type(value) for name, value in vars(fresh).items() if name in vars(cached) and name not in by_place})
    assert ({key: type(value) for key, value in cached.keys.items()} == {key: type(value) for key, value in fresh.keys.items()})


def test_the_cached_registry_reads_a_places_part_when_first_looked_in(cache_dir, monkeypatch):
    """The agencies, their printed forms and their keys come from the cache file by place: a document's lookups read the
    parts of the places it looks in, nothing else; each answers as the built registry's dict does, absent and odd keys
    included, and going through one gives every item in the built registry's order."""
    registry()
    registry.cache_clear()
    cached, fresh = registry(), Registry()
    for index in CACHED_INDEXES:
        getattr(fresh, index)
    agency = next(a for a in fresh.agencies.values() if a.jurisdiction == "lam-dong")
    assert cached.agencies[agency.id] == agency
    assert cached.keys.get("lam-dong", {}) == fresh.keys["lam-dong"]
    assert cached.printed_forms.get(("lam-dong", fold(agency.name))) == fresh.printed_forms[("lam-dong", fold(agency.name))]
    assert set(cached.agencies._read) == set(cached.keys._read) == set(cached.printed_forms._read) == {"lam-dong"}
    for name in ("agencies", "keys", "printed_forms"):
        built, read = getattr(fresh, name), getattr(cached, name)
        for key in (None, "", "nowhere", "lam-dong/nobody", ("lam-dong", "nobody"), ("nowhere", "x"), ("lam-dong",), 7):
            assert (key in read) == (key in built), (name, key)
            assert read.get(key) == built.get(key), (name, key)
            assert read.get(key, "default") == built.get(key, "default"), (name, key)
        assert list(read.items()) == list(built.items())
        assert list(read) == list(built) and len(read) == len(built)
        assert read == built and built == read


def test_a_worker_reads_every_place_before_it_freezes_what_it_holds(cache_dir):
    """An ingest worker reads the whole registry at start, as the built registry's dicts: what it holds is then exempt
    from the garbage collector's scans (``prepare_worker``), not read bit by bit while files are parsed."""
    from pipeline.run import prepare_worker

    registry()
    registry.cache_clear()
    try:
        prepare_worker()
    finally:
        gc.unfreeze()  # this test's process goes on
    fresh = Registry()
    texts = _texts([getattr(registry(), name) for name in ("agencies", "keys", "printed_forms")], [])
    assert len({id(text) for text in texts}) == len(set(texts))  # each text once across places, as the built registry
    for name in ("agencies", "keys", "printed_forms"):
        assert type(getattr(registry(), name)) is dict, name
        assert list(getattr(registry(), name).items()) == list(getattr(fresh, name).items()), name
