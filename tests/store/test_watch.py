"""Library.watcher(): a colleague's save, rename or delete is noticed without reading the library,
on both engines; a team library whose server goes away says so, and comes back by itself."""

import pytest

from planner.scenario import Scenario
from planner.store import Library, LibraryError


def changed(watcher) -> bool:
    """poll(), after PostgreSQL has had the moment it needs to deliver a notice to another
    connection: waiting on the watcher's socket, not on the clock, when there is one."""
    import select

    if watcher.fileno() is not None:
        select.select([watcher.fileno()], [], [], 5)
    return watcher.poll()


@pytest.fixture
def two_planners(library_url):
    """Two planners on one library, as two colleagues: the first one watches."""
    with Library(library_url, user="Kim") as mine, Library(library_url, user="Lee") as theirs:
        watcher = mine.watcher()
        try:
            yield mine, theirs, watcher
        finally:
            watcher.close()


def test_nothing_happened_is_no_change(two_planners):
    _mine, _theirs, watcher = two_planners
    assert watcher.poll() is False


@pytest.mark.parametrize("action", ["save", "rename", "delete", "undelete"])
def test_a_colleagues_write_is_noticed_once(two_planners, action):
    _mine, theirs, watcher = two_planners
    theirs.save(Scenario(name="A"))
    assert changed(watcher)
    snapshot = None
    if action == "save":
        theirs.save(Scenario(name="A").with_levers(us_chips_incentives=20.0))
    elif action == "rename":
        theirs.rename("A", "B")
    elif action in ("delete", "undelete"):
        snapshot = theirs.delete("A")
    if action == "undelete":
        assert changed(watcher)
        theirs.undelete(snapshot)
    assert changed(watcher)
    assert watcher.poll() is False     # each change once


def test_a_save_that_changes_nothing_or_fails_is_no_change(two_planners):
    _mine, theirs, watcher = two_planners
    theirs.save(Scenario(name="A"))
    assert changed(watcher)
    theirs.save(Scenario(name="A"))                       # identical: nothing written
    with pytest.raises(LibraryError):
        theirs.rename("no such scenario", "C")            # refused: nothing committed
    assert watcher.poll() is False


def test_a_library_in_memory_has_no_watcher():
    with Library(":memory:") as library:
        assert library.watcher() is None


def test_losing_the_server_loses_nothing_and_it_comes_back(own_pg_server):
    """The server stops in the middle of the work (as a crash or a pulled cable would): the watcher
    and a save say the team library is unreachable — a save that did not commit is an error, never
    a success — and once the server is back, both work again without reopening the library."""
    url = own_pg_server.url(own_pg_server.create_database())
    with Library(url, user="Kim") as library:
        library.save(Scenario(name="Before"))
        watcher = library.watcher()
        try:
            own_pg_server.stop()
            with pytest.raises(LibraryError) as lost:
                changed(watcher)
            assert lost.value.kind == "unreachable"
            assert not watcher.connected
            with pytest.raises(LibraryError) as failed:
                library.save(Scenario(name="During"))
            assert failed.value.kind == "unreachable"
            assert "cannot be reached" in str(failed.value) and "nothing was saved" in str(failed.value)
            assert watcher.reconnect() is False                 # still down

            own_pg_server.resume()
            assert watcher.reconnect() is True
            library.save(Scenario(name="During"))               # the same Library, again usable
            assert changed(watcher)
            assert [row.name for row in library.list()] == ["Before", "During"]
        finally:
            watcher.close()
