"""The soak's verdict: what the clients were told against what the database holds.

Why: `make soak` is only worth its minutes if its accounting fails when a submission is
lost, doubled or stored although refused, or the visitor counter drifts; these cases feed
it such records directly, without a server.
"""

from bench.soak import Record, Sample, Submission, account, outcome_of


def database(stored=None, visits=0, indexes=None) -> dict:
    return {"stored": stored or {}, "visits": visits, "indexes": indexes or {}}


def accepted(channel: str, number: int) -> Submission:
    return Submission(channel, "api", f"soak-0000abcd-c0-s{number}", "accepted", f"CODE{number}")


def record_of(*submissions: Submission, beacons_ok=0, beacons_unknown=0, samples=()) -> Record:
    record = Record(samples=list(samples), submissions=list(submissions))
    record.beacons_ok = record.beacons_sent = beacons_ok
    record.beacons_unknown = beacons_unknown
    record.beacons_sent += beacons_unknown
    return record


def test_every_accepted_submission_stored_once_and_an_exact_counter_pass():
    first, second = accepted("qa", 1), accepted("corruption", 2)
    after = database(
        stored={"qa": {first.marker: ["i1"]}, "corruption": {second.marker: ["i2"]}},
        visits=17,
        indexes={"CODE1": ["i1"], "CODE2": ["x", "i2"]},
    )
    figures = account(record_of(first, second, beacons_ok=7), database(visits=10), after, kills=0)
    assert figures["failures"] == []
    assert figures["channels"]["qa"]["accepted"] == figures["channels"]["qa"]["stored"] == 1
    assert figures["visits"] == {"sent": 7, "accepted": 7, "unanswered": 0, "counted": 7}


def test_a_lost_a_doubled_and_a_misfiled_submission_each_fail():
    lost, doubled, misfiled = accepted("general", 1), accepted("general", 2), accepted("general", 3)
    after = database(
        stored={"general": {doubled.marker: ["i2", "i2b"], misfiled.marker: ["other"]}},
        indexes={"CODE1": ["i1"], "CODE2": ["i2"], "CODE3": ["i3"]},
    )
    figures = account(record_of(lost, doubled, misfiled), database(), after, kills=0)
    row = figures["channels"]["general"]
    assert (row["missing"], row["duplicates"], row["wrong_code"]) == (1, 1, 1)
    assert len(figures["failures"]) == 3


def test_a_refused_submission_in_the_database_fails_and_an_unanswered_one_does_not():
    refused = Submission("qa", "form", "soak-0000abcd-c1-s1", "refused")
    unanswered = Submission("qa", "form", "soak-0000abcd-c1-s2", "unknown")
    after = database(stored={"qa": {refused.marker: ["i1"], unanswered.marker: ["i2"]}})
    cut = Sample("submit", None, 0.1, 0.0, "cut: ConnectionResetError")
    figures = account(record_of(refused, unanswered, samples=[cut]), database(), after, kills=1)
    assert figures["channels"]["qa"]["refused_stored"] == 1
    assert figures["channels"]["qa"]["unanswered_stored"] == 1
    assert figures["failures"] == ["qa: 1 refused submissions stored anyway"]


def test_rows_from_before_the_run_are_not_counted():
    old = "soak-0000abcd-c9-s9"
    figures = account(record_of(), database(stored={"qa": {old: ["i"]}}), database(stored={"qa": {old: ["i"]}}), 0)
    assert figures["failures"] == []
    assert figures["channels"]["qa"]["stored"] == 0


def test_the_counter_must_equal_the_answered_pixels_give_or_take_the_unanswered_ones():
    assert account(record_of(beacons_ok=5), database(visits=0), database(visits=4), 0)["failures"]
    assert account(record_of(beacons_ok=5), database(visits=0), database(visits=6), 0)["failures"]
    assert not account(record_of(beacons_ok=5, beacons_unknown=1), database(), database(visits=6), 0)["failures"]


def test_server_errors_timeouts_and_cuts_beyond_the_killed_worker_fail():
    samples = [
        Sample("page", 200, 0.1, 0.0),
        Sample("search", 502, 0.1, 0.0),
        Sample("api", None, 60.0, 0.0, "timeout"),
        Sample("page", None, 0.1, 0.0, "cut: RemoteDisconnected"),
        Sample("page", None, 0.1, 0.0, "cut: ConnectionResetError"),
    ]
    figures = account(record_of(samples=samples), database(), database(), kills=1)
    assert figures["server_errors"] == 1
    assert len(figures["failures"]) == 3
    assert figures["kinds"]["page"]["cut"] == 2
    one_cut = account(record_of(samples=samples[:1] + samples[3:4]), database(), database(), kills=1)
    assert one_cut["failures"] == []


def test_what_each_answer_means():
    assert outcome_of(201, "ABCD") == "accepted"
    assert outcome_of(200, "") == "unreadable"
    assert outcome_of(429, "") == "refused"
    assert outcome_of(400, "") == "invalid"
    assert outcome_of(503, "") == "error"
    assert outcome_of(None, "") == "unknown"
