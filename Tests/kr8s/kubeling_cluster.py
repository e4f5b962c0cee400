"""pytest plugin: stands in for pytest-kind so kr8s's own tests talk to a running kubeling.

kr8s's root conftest.py creates a kind cluster through pytest-kind's ``KindCluster`` and exposes
it as the session fixture ``k8s_cluster``; the suite then uses only three things of that object:
``kubeconfig_path``, ``kubectl_path`` and ``kubectl(*args)``. ``Tests/kr8s/run`` starts kubeling,
writes a kubeconfig for it, points ``KUBELING_KUBECONFIG`` at that file and runs pytest with
``--confcutdir`` so that root conftest.py (and with it pytest-kind) is never loaded; this plugin
provides the fixtures it would have provided instead, seeds the state a fresh kind cluster has
that the tests rely on, and deselects the tests named in ``KUBELING_DESELECT`` (deselected.txt).
"""

import gc
import os
import shutil
import subprocess
import time
import warnings
from pathlib import Path

import pytest


class KubelingCluster:
    """The part of pytest-kind's ``KindCluster`` that kr8s's tests use, for an existing server."""

    name = "kubeling"

    def __init__(self, kubeconfig_path: Path, kubectl_path: Path):
        self.kubeconfig_path = kubeconfig_path
        self.kubectl_path = kubectl_path

    def kubectl(self, *args: str, **kwargs) -> str:
        """Run kubectl against the server and return its stdout (raises on a non-zero exit)."""
        env = {**os.environ, "KUBECONFIG": str(self.kubeconfig_path)}
        return subprocess.check_output(
            [str(self.kubectl_path), *args], env=env, encoding="utf-8", **kwargs
        )


BASELINE = """
apiVersion: v1
kind: Pod
metadata:
  name: kubeling-baseline
  namespace: kube-system
  labels:
    component: kubeling-baseline
spec:
  containers:
  - name: pause
    image: registry.k8s.io/pause:3.10
"""

BASELINE_STATUS = (
    '{"status": {"phase": "Running", "conditions": [{"type": "Ready", "status": "True"}]}}'
)


def pytest_addoption(parser):
    # kr8s's pyproject addopts pass pytest-kind's --keep-cluster; accept it so those addopts still
    # parse. There is no cluster to keep or delete: the run script owns the server.
    group = parser.getgroup("kubeling")
    group.addoption(
        "--keep-cluster",
        action="store_true",
        default=False,
        help="accepted for pytest-kind compatibility; has no effect",
    )
    # kr8s's pyproject sets pytest-rerunfailures' ini keys; it is not installed (a test must pass
    # the first time), so declare the keys to keep pytest from warning about them.
    parser.addini("reruns", "pytest-rerunfailures setting; ignored", default="0")
    parser.addini("reruns_delay", "pytest-rerunfailures setting; ignored", default="0")


def read_deselect_list(path: Path) -> dict[str, str]:
    """Node ids and reasons from a deselect file: `node-id  # reason` per line."""
    entries = {}
    for line in path.read_text().splitlines():
        node_id, _, reason = line.partition("#")
        node_id = node_id.strip()
        if node_id:
            entries[node_id] = reason.strip()
    return entries


def pytest_collection_modifyitems(session, config, items):
    # Deselect exactly the listed tests (a listed id without a [param] suffix covers all its
    # parametrizations). pytest's own --deselect matches by prefix, so `test_api_factory` would
    # also drop `test_api_factory_threaded`.
    listed = os.environ.get("KUBELING_DESELECT")
    if not listed:
        return
    entries = read_deselect_list(Path(listed))
    used = set()
    keep, drop = [], []
    for item in items:
        base = item.nodeid.split("[", 1)[0]
        hit = item.nodeid if item.nodeid in entries else base if base in entries else None
        if hit is None:
            keep.append(item)
        else:
            used.add(hit)
            drop.append(item)
    stale = sorted(set(entries) - used)
    if stale:
        warnings.warn(
            pytest.PytestConfigWarning(f"deselect list names no collected test: {', '.join(stale)}")
        )
    if drop:
        config.hook.pytest_deselected(items=drop)
        items[:] = keep


@pytest.fixture
def ensure_gc():
    """Collect garbage before and after a test (the upstream root conftest's fixture)."""
    gc.collect()
    yield
    gc.collect()


@pytest.fixture(scope="session", autouse=True)
def k8s_cluster():
    """The running kubeling, in place of a kind cluster."""
    kubeconfig = os.environ.get("KUBELING_KUBECONFIG")
    if not kubeconfig:
        pytest.exit("KUBELING_KUBECONFIG is not set: run kr8s's tests through Tests/kr8s/run", 2)
    kubectl = shutil.which("kubectl")
    if not kubectl:
        pytest.exit("kubectl is not on the PATH", 2)
    cluster = KubelingCluster(Path(kubeconfig), Path(kubectl))
    previous = os.environ.get("KUBECONFIG")
    os.environ["KUBECONFIG"] = kubeconfig
    # Like upstream: the default ServiceAccount exists before any test runs. kubeling seeds it
    # when the namespace is created, so this normally succeeds at once; give up after 30 s.
    deadline = time.monotonic() + 30
    while True:
        try:
            cluster.kubectl("get", "serviceaccount", "default", stderr=subprocess.DEVNULL)
            break
        except subprocess.CalledProcessError:
            if time.monotonic() > deadline:
                pytest.exit("kubeling has no default ServiceAccount after 30 s", 2)
            time.sleep(0.5)
    # A kind cluster comes with running control-plane Pods in kube-system, and several tests
    # assume one exists ("assert len(pods) > 0", field_selector="status.phase=Running"). Give
    # kubeling the same baseline: one Pod, its status written through the status subresource as a
    # kubelet would (kubeling has no kubelet yet).
    cluster.kubectl("apply", "-f", "-", input=BASELINE)
    cluster.kubectl(
        "patch", "pod", "kubeling-baseline", "--namespace", "kube-system",
        "--subresource", "status", "--type", "merge", "--patch", BASELINE_STATUS,
    )
    yield cluster
    if previous is None:
        del os.environ["KUBECONFIG"]
    else:
        os.environ["KUBECONFIG"] = previous
