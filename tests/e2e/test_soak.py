"""A few seconds of `make soak` against the journeys' stack: its accounting holds on a real server.

Why: the soak's verdict is only as good as its reading of the answers (receipt codes in
the pages and the API, the visit pixel in each page) and of the database; this runs its
clients and its count against the shipped stack, without faults, in seconds.
"""

from bench.soak import account, codes_of, read_database, run_load

# Half the actions submit, so that a few seconds are enough to file through every path.
BUSY = (("page", 50), ("submit", 50))


def test_a_short_soak_finds_every_accepted_submission_once_and_every_pixel_counted(stack):
    before = read_database(stack.env, [])
    record = run_load(stack.url, clients=3, seconds=4, think=0.1, actions=BUSY)
    after = read_database(stack.env, codes_of(record))
    figures = account(record, before, after, kills=0)
    assert figures["failures"] == []
    assert figures["server_errors"] == 0
    accepted = sum(row["accepted"] for row in figures["channels"].values())
    stored = sum(row["stored_accepted"] for row in figures["channels"].values())
    assert accepted > 0 and stored == accepted
    assert {item.via for item in record.submissions} == {"form", "api"}
    assert figures["visits"]["accepted"] > 0
    assert figures["visits"]["counted"] == figures["visits"]["accepted"]
