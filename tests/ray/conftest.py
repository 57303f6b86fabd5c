"""A real Ray cluster for the tests of ``--engine ray``: one node with 2 CPUs, started by
``ray start --head`` on a free port of the loopback interface (``pipeline.bench_ray.local_cluster``),
stopped at the end of the session."""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from pipeline.bench_ray import local_cluster

from ..db.conftest import new_database, postgres_databases, postgres_server  # noqa: F401 (fixtures)


@dataclass(frozen=True)
class Cluster:
    address: str
    pid: int  # of `ray start`, whose descendants are the cluster's processes


@pytest.fixture(scope="session")
def ray_cluster() -> Iterator[Cluster]:
    # Not imported here: Ray reads its token settings, which local_cluster sets, when first imported.
    if importlib.util.find_spec("ray") is None:
        if os.environ.get("CI", "").lower() in ("true", "1"):
            pytest.fail("CI: Ray is not installed, so the Ray tests cannot run (make install installs the ray extra)")
        pytest.skip("Ray is not installed: pip install -e '.[ray]' (make install does)")
    with pytest.MonkeyPatch.context() as environment:
        # local_cluster's token goes into os.environ: put back what was there after the session.
        environment.delenv("RAY_AUTH_MODE", raising=False)
        environment.delenv("RAY_AUTH_TOKEN", raising=False)
        with local_cluster(2) as (address, pid):
            yield Cluster(address, pid)
