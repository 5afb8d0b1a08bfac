"""The held-out and healthy parts of the diagnosis bank: their structure, and script cases run
end to end (trained by another tool's loop, diagnosed, the diagnosis stored in MLflow).

No score is asserted here: these parts measure the diagnosis honestly, whatever it finds today.
"""

from __future__ import annotations

import copy
import doctest
import functools
import importlib
import json
import re
from collections import defaultdict

import pytest
from mlflow import MlflowClient

from benchmarks.diagnosis_bank import NEEDS, PARTS, VERDICTS, Case, read_diagnosis, run_case
from benchmarks.diagnosis_bank.healthy import CASES as HEALTHY
from benchmarks.diagnosis_bank.heldout import CASES as HELDOUT
from benchmarks.diagnosis_bank.tuned import CASES as TUNED
from dnnlab.config import load_config_dict
from dnnlab.diagnose import CODES

ALL = [c for part in PARTS.values() for c in part]


@pytest.mark.parametrize("part", list(PARTS))
def test_every_case_is_a_valid_experiment_file_or_a_script(part: str) -> None:
    for case in PARTS[part]:
        if case.is_script:
            assert callable(case.script) and not case.sections, case.name
            assert case.tool != "dnnlab", case.name
            with pytest.raises(TypeError):
                case.experiment("sqlite:///unused.db")
        else:
            load_config_dict(case.experiment("sqlite:///unused.db"), source=case.name)


def test_case_names_are_unique_across_the_three_parts() -> None:
    names = [c.name for c in ALL]
    assert len(set(names)) == len(names), sorted(n for n in names if names.count(n) > 1)
    assert all(re.fullmatch(r"[a-z0-9_]+", n) for n in names)


@pytest.mark.parametrize("part", list(PARTS))
def test_labels_use_known_codes_and_verdicts(part: str) -> None:
    for case in PARTS[part]:
        assert set(case.expect) | set(case.allow) <= set(CODES), case.name
        assert case.verdict in VERDICTS, case.name
        assert (case.verdict == "healthy") == case.healthy, case.name
        assert case.healthy or case.fault, case.name
        assert not case.allow or case.why_allowed, case.name
        assert set(case.needs) <= set(NEEDS), case.name
        if case.expect_step is not None:
            assert case.expect_step >= 1 and "nan_loss" in case.expect, case.name


def test_heldout_has_enough_faults_and_runs_from_other_tools() -> None:
    faults = [c for c in HELDOUT if not c.healthy]
    scripts = [c for c in HELDOUT if c.is_script]
    assert len(faults) >= 24 and len(scripts) >= 6
    assert {"lightning", "transformers", "keras", "tensorboard"} <= {c.tool for c in scripts}
    assert any(c.expect_step is not None for c in scripts)
    assert any(c.needs for c in HELDOUT)
    expected = {code for c in HELDOUT for code in c.expect}
    new = {"predictions_collapsed", "at_chance", "generalisation_gap", "saturated_activation",
           "loss_mismatch"}
    assert new <= expected
    assert {"failed", "training_problem", "generalisation_problem", "healthy"} == {
        c.verdict for c in HELDOUT}


def test_healthy_part_is_all_healthy_and_varied() -> None:
    assert len(HEALTHY) >= 32
    assert all(c.healthy and c.verdict == "healthy" and not c.allow for c in HEALTHY)
    assert sum(c.is_script for c in HEALTHY) >= 3
    raw = [c.experiment("sqlite:///unused.db") for c in HEALTHY if not c.is_script]
    assert len({r["data"]["dataset"] for r in raw}) >= 5
    assert len({r["optim"]["name"] for r in raw}) >= 6
    sizes = {r["train"]["batch_size"] for r in raw}
    assert min(sizes) <= 8 and max(sizes) >= 256
    assert len({r["seed"] for r in raw}) >= 10


def _setting(case: Case) -> dict:
    raw = copy.deepcopy(case.experiment("sqlite:///unused.db"))
    raw.pop("tracking")
    raw.pop("seed")
    return raw


def test_no_heldout_or_healthy_case_copies_a_tuned_one() -> None:
    tuned = [_setting(c) for c in TUNED]
    for case in (*HELDOUT, *HEALTHY):
        if not case.is_script:
            assert _setting(case) not in tuned, case.name


def test_allowing_adds_a_later_finding_to_named_cases_only() -> None:
    from benchmarks.diagnosis_bank._machinery import POOR_AFTER_A_BLOW_UP, allowing

    a = Case("a", "", {}, expect=("divergence",), allow=("dead_relu",), why_allowed="dead")
    b = Case("b", "", {}, expect=("divergence",))
    c = Case("c", "", {}, expect=("underfitting",))
    out = allowing((a, b, c), ("a", "c"), ("underfitting",), POOR_AFTER_A_BLOW_UP)
    assert out[0].allow == ("dead_relu", "underfitting")
    assert out[0].why_allowed == f"dead; {POOR_AFTER_A_BLOW_UP}"
    assert out[1] is b  # not named: untouched
    assert out[2] is c  # expects it already: its label is kept as it is
    with pytest.raises(ValueError, match="no such case"):
        allowing((a,), ("missing",), ("underfitting",), "")
    # the first parts' runs whose old labels refused it beside a blow-up now allow it
    relabelled = [case.name for case in ALL if POOR_AFTER_A_BLOW_UP in case.why_allowed]
    assert len(relabelled) == 12 and all("underfitting" in case.allow for case in ALL
                                         if case.name in relabelled)


def test_a_refused_case_is_recorded_as_an_error_not_raised(tmp_path) -> None:
    uri = f"sqlite:///{tmp_path}/mlflow.db"
    case = Case("bce_on_ten_classes", "bce needs two classes", {"train": {"loss": "bce"}},
                expect=("loss_mismatch",), verdict="training_problem")
    row = run_case(case, uri, seed=0)
    assert row["status"] == "error" and "bce" in row["error"]
    assert row["run_id"] == "" and row["found"] == [] and row["missed"] == []


SCRIPTS = ("lightning_overfit_digits", "hf_trainer_overfit_digits", "keras_sgd_divergent")


def test_script_cases_run_end_to_end_and_store_their_diagnosis(tmp_path) -> None:
    uri = f"sqlite:///{tmp_path}/mlflow.db"
    cases = {c.name: c for c in HELDOUT}
    client = MlflowClient(uri)
    for name in SCRIPTS:
        row = run_case(cases[name], uri, seed=0)
        assert row["status"] in ("FINISHED", "FAILED"), (name, row["error"])
        assert re.fullmatch(r"[0-9a-f]{32}", row["run_id"]), name
        run = client.get_run(row["run_id"])
        assert run.data.tags["bank_case"] == name
        assert run.data.metrics, name
        assert "diagnosis.json" in [a.path for a in client.list_artifacts(row["run_id"])], name
        read_diagnosis(client, row["run_id"])  # downloads and parses diagnosis.json
        assert "diagnosis.summary" in run.data.tags and row["tags_match_json"], name


# The issue's own failure classes, kept as regression tests once the held-out part was measured
# (benchmarks/results/diagnosis_heldout_first_measurement.md is that first measurement; the
# score is reported by benchmarks/diagnosis.py, never asserted here).
ISSUE_CASES = ("gap_digits_flat_val", "underfit_digits_weight_decay", "root_cause_digits_cnn",
               "hf_trainer_overfit_digits", "keras_sgd_divergent", "lightning_overfit_digits",
               "inf_loss_corrupt_record", "test_metrics_beside_val", "mse_softmax_digits")


@pytest.fixture(scope="module")
def issue_rows(tmp_path_factory) -> dict:
    uri = f"sqlite:///{tmp_path_factory.mktemp('issue')}/mlflow.db"
    by_name = {c.name: c for c in HELDOUT}
    return {name: run_case(by_name[name], uri) for name in ISSUE_CASES}


@pytest.mark.parametrize("name", ISSUE_CASES)
def test_the_issues_failure_classes_are_found_with_their_verdict(issue_rows, name: str) -> None:
    row = issue_rows[name]
    assert row["status"] != "error", row.get("error")
    assert not row["missed"], (name, row["summary"])
    assert row["verdict_ok"], (name, row["verdict_found"], row["summary"])
    assert row["tags_match_json"], name


def _script_setup(case: Case) -> tuple:
    """(tool, the Setup and options a script case's closure holds) to compare script cases."""
    cells = [c.cell_contents for c in case.script.__closure__ or ()]
    return (case.tool, *sorted(repr(c) for c in cells if not callable(c)))


def test_heldout4_is_fresh_varied_and_copies_no_case_of_the_other_parts() -> None:
    from benchmarks.diagnosis_bank.heldout4 import CASES as HELDOUT4

    faults = [c for c in HELDOUT4 if not c.healthy]
    healthy = [c for c in HELDOUT4 if c.healthy]
    assert len(faults) >= 30 and len(healthy) >= 22
    assert sum(c.is_script for c in faults) >= 8 and sum(c.is_script for c in healthy) >= 5
    tools = {c.tool for c in HELDOUT4 if c.is_script}
    assert {"lightning", "transformers", "keras", "tensorboard", "pytorch"} <= tools
    expected = {code for c in faults for code in c.expect}
    assert {"nan_loss", "divergence", "not_training", "not_converged", "slow_start",
            "overfitting", "generalisation_gap", "underfitting", "unshuffled_data",
            "update_ratio_high", "update_ratio_low", "vanishing_gradients",
            "exploding_gradients", "dead_relu", "saturated_activation", "noisy_loss",
            "predictions_collapsed", "at_chance", "loss_mismatch"} <= expected
    assert {"failed", "training_problem", "generalisation_problem", "healthy"} == {
        c.verdict for c in HELDOUT4}
    others = [c for part, cases in PARTS.items() if part != "heldout4" for c in cases]
    settings = [_setting(c) for c in others if not c.is_script]
    scripts = [_script_setup(c) for c in others if c.is_script]
    for case in HELDOUT4:
        if case.is_script:
            assert _script_setup(case) not in scripts, case.name
        else:
            assert _setting(case) not in settings, case.name


# every fresh part from heldout5 on, as the bank lists them (a new part is in it by itself)
FIFTH_ON = [p for p in PARTS if p[len("heldout"):].isdigit() and int(p[len("heldout"):]) >= 5]


@pytest.mark.parametrize("part", FIFTH_ON)
def test_the_fifth_to_eleventh_parts_are_fresh_varied_and_copy_no_case(part: str) -> None:
    cases = PARTS[part]
    faults = [c for c in cases if not c.healthy]
    healthy = [c for c in cases if c.healthy]
    assert len(faults) >= 20 and len(healthy) >= 26
    assert sum(c.is_script for c in faults) >= 8 and sum(c.is_script for c in healthy) >= 6
    assert {"lightning", "transformers", "keras", "tensorboard", "pytorch"} <= {
        c.tool for c in faults if c.is_script}
    expected = {code for c in faults for code in c.expect}
    # writers label a run by its metrics rather than by its fault: heldout98's batch-1 run swung
    # no more than its healthy runs (1.57x its mean against up to 1.85x), so noisy_loss is
    # allowed, not expected; heldout103's small-init CNN never left ln 4, so it expects
    # not_training and allows slow_start; heldout105's lingered two epochs only, so it expects
    # not_converged and allows slow_start; heldout106's, 108's to 110's, 112's, 114's, 117's and
    # 119's never left ln 4 and heldout107's never lingered there; heldout110's writer expects
    # not_converged of no run (it is allowed on several); heldout125's to 127's writers did not
    # read the test confusion matrices, so predictions_collapsed is allowed there, not expected;
    # heldout213's healthy CNNs' sigmoid attention gates sit up to 92% saturated, so its writer
    # allows saturated_activation on the faults (76-90%) instead of expecting it; heldout224's
    # small-init rational MLP never left ln 3 (not_training, slow_start allowed); heldout225's
    # and 226's batch-1 runs swung no more than their healthy runs (noisy_loss allowed), and
    # so did heldout233's (1.17x its mean against up to 1.19x) and heldout236's (its swing
    # within the healthy scripts': noisy_loss allowed), heldout241's and 242's (0.66x and 1.07x
    # their means, inside their healthy runs' ranges), and heldout244's (1.55x its mean against
    # up to 1.56x) and heldout248's (2.38x against up to 2.02x in its healthy scripts), heldout257's
    # (within its healthy runs') and heldout259's (1.40x against up to 1.69x in its healthy
    # scripts); heldout249's small-init ASPP CNN never started (not_training, slow_start allowed),
    # and neither did heldout260's small-init kernel-sharing CNN. heldout260's batch-1 run swung
    # 0.79x its mean against up to 1.78x in its healthy scripts, and heldout263's 0.98x against
    # 1.2x in a healthy CNN (noisy_loss allowed in both). heldout260's raw-target blow-up came
    # back (epoch losses 8.7e12, then 7.3e6 and 3.3e5, R^2 0.39 at the end), so its writer
    # expects underfitting and allows divergence. heldout264's batch-1 run swung 0.91x its mean
    # against up to 1.37x in its healthy CNNs (noisy_loss allowed), and its saturated RNN is a
    # hard-tanh one, whose saturation dnnlab does not log (saturated_activation allowed).
    # heldout265's to 267's small-init slow starts never started or never got going
    # (not_training or underfitting expected, slow_start allowed), and their batch-1 runs swung
    # no more than a healthy run of theirs (0.95x against 1.06x, 0.63x against 0.81x, 1.09x
    # against 1.04x by another writer's measure; noisy_loss allowed), and so did heldout269's
    # (1.10x against 1.25x), 270's (0.65x against 0.73x), 271's (0.88x against 1.0x), 272's
    # (0.67x against 1.9x) and 273's (1.21x against 1.37x, its held-out loss rising at the end:
    # underfitting expected, not_converged allowed); 273's small-init CNN never started.
    # heldout274's batch-1 run swung 0.84x its mean against up to 1.76x in its healthy scripts,
    # its validation loss flat (underfitting expected; noisy_loss and not_converged allowed),
    # and heldout275's 0.78x against 1.21x in a healthy CNN (noisy_loss allowed), and
    # heldout276's 0.63x against up to 1.53x in its healthy CNNs (noisy_loss allowed), and
    # heldout278's 0.70x against 1.19x in its healthy runs (noisy_loss allowed), and
    # heldout280's 1.06x against 0.95x, too close to call (noisy_loss allowed), and
    # heldout285's 0.96x against 1.28x in a healthy CNN (noisy_loss allowed), and heldout286's
    # step-loss swing of 0.98 against 0.99 in a healthy Adagrad run (not_converged expected,
    # noisy_loss allowed), and heldout288's 0.84x against 0.82x in a healthy CNN and
    # heldout289's 0.94x against up to 1.65x in its healthy scripts, and heldout291's 0.87x
    # against 0.94x in a healthy run, and heldout293's 0.78x against 0.75x (the same labels);
    # heldout292's batch-1 run swung 1.54x (noisy_loss expected), its loss no longer clearly
    # falling (not_converged allowed); heldout294's batch-1 run swung less than its healthy
    # runs (noisy_loss allowed); heldout295's small-init CNN never started and its small-init
    # MLP's first gradients lay inside the healthy range (stuck and unstable, slow_start allowed);
    # heldout366's tanh cosFormer saturated only 42-50% and still falling, and its small-init
    # xDeepFM flat at ln 4 for 2 of 15 epochs, were relabelled a poor fit still improving;
    # heldout370's and 371's planned slow starts never left (or never sat on) their plateau,
    # and 370's Adagrad Luna's update ratios were not set against its healthy runs' (allowed);
    # heldout373's raw-target trees never blew up (their loss fell from 2.8e7: underfitting)
    relabelled: dict[str, tuple[str, ...]] = {
        "heldout98": ("noisy_loss",), "heldout103": ("slow_start",),
        "heldout105": ("slow_start",), "heldout106": ("slow_start",),
        "heldout107": ("slow_start",), "heldout108": ("slow_start",),
        "heldout109": ("slow_start",), "heldout110": ("slow_start", "not_converged"),
        "heldout112": ("slow_start",), "heldout114": ("slow_start",),
        "heldout117": ("slow_start",), "heldout119": ("slow_start",),
        "heldout125": ("predictions_collapsed",), "heldout126": ("predictions_collapsed",),
        "heldout127": ("predictions_collapsed",), "heldout213": ("saturated_activation",),
        "heldout224": ("slow_start",), "heldout225": ("noisy_loss",),
        "heldout226": ("noisy_loss",), "heldout233": ("noisy_loss",),
        "heldout236": ("noisy_loss",), "heldout241": ("noisy_loss",),
        "heldout242": ("noisy_loss",), "heldout244": ("noisy_loss",),
        "heldout248": ("noisy_loss",), "heldout249": ("slow_start",),
        "heldout257": ("noisy_loss",), "heldout259": ("noisy_loss",),
        "heldout260": ("slow_start", "noisy_loss", "divergence"), "heldout263": ("noisy_loss",),
        "heldout264": ("noisy_loss", "saturated_activation"),
        "heldout265": ("slow_start", "noisy_loss"), "heldout266": ("slow_start", "noisy_loss"),
        "heldout267": ("slow_start", "noisy_loss"), "heldout269": ("noisy_loss",),
        "heldout270": ("noisy_loss",), "heldout271": ("noisy_loss",),
        "heldout272": ("noisy_loss",),
        "heldout273": ("noisy_loss", "slow_start", "not_converged"),
        "heldout274": ("noisy_loss", "not_converged"), "heldout275": ("noisy_loss",),
        "heldout276": ("noisy_loss",), "heldout278": ("noisy_loss",),
        "heldout280": ("noisy_loss",), "heldout285": ("noisy_loss",),
        "heldout286": ("noisy_loss",), "heldout288": ("noisy_loss",),
        "heldout289": ("noisy_loss",), "heldout291": ("noisy_loss",),
        "heldout292": ("not_converged",), "heldout293": ("noisy_loss",),
        "heldout294": ("noisy_loss",), "heldout295": ("slow_start",),
        "heldout296": ("noisy_loss",), "heldout297": ("noisy_loss",),
        "heldout298": ("noisy_loss",), "heldout299": ("slow_start",),
        "heldout300": ("noisy_loss",), "heldout301": ("not_converged",),
        "heldout302": ("noisy_loss", "divergence"),
        "heldout303": ("noisy_loss", "saturated_activation"),
        "heldout304": ("noisy_loss",), "heldout305": ("slow_start", "noisy_loss", "not_converged"),
        "heldout306": ("noisy_loss",), "heldout307": ("slow_start", "noisy_loss", "divergence"),
        "heldout308": ("slow_start", "noisy_loss"), "heldout309": ("noisy_loss",),
        "heldout310": ("noisy_loss", "slow_start"), "heldout311": ("noisy_loss",),
        "heldout312": ("noisy_loss",), "heldout314": ("noisy_loss",),
        "heldout315": ("slow_start", "noisy_loss"), "heldout316": ("slow_start", "noisy_loss"),
        "heldout317": ("slow_start",), "heldout318": ("noisy_loss", "slow_start", "divergence"),
        "heldout320": ("slow_start",), "heldout322": ("noisy_loss",),
        "heldout323": ("slow_start", "noisy_loss"),
        "heldout324": ("slow_start", "divergence", "noisy_loss"),
        "heldout325": ("slow_start", "noisy_loss"), "heldout326": ("noisy_loss",),
        "heldout327": ("noisy_loss",), "heldout328": ("noisy_loss", "slow_start"),
        "heldout329": ("noisy_loss",), "heldout330": ("noisy_loss",), "heldout331": ("noisy_loss",),
        "heldout332": ("noisy_loss",), "heldout333": ("noisy_loss",),
        "heldout334": ("noisy_loss",), "heldout335": ("noisy_loss",),
        "heldout336": ("noisy_loss",), "heldout338": ("slow_start",),
        "heldout340": ("noisy_loss",), "heldout341": ("noisy_loss",),
        "heldout342": ("noisy_loss",), "heldout343": ("noisy_loss",),
        "heldout344": ("noisy_loss",), "heldout345": ("noisy_loss",),
        "heldout346": ("noisy_loss",), "heldout347": ("noisy_loss",),
        "heldout348": ("noisy_loss",), "heldout349": ("noisy_loss",),
        "heldout350": ("noisy_loss",), "heldout351": ("noisy_loss",),
        "heldout352": ("noisy_loss",), "heldout353": ("noisy_loss", "saturated_activation"),
        "heldout356": ("noisy_loss",), "heldout357": ("noisy_loss",),
        "heldout358": ("noisy_loss", "not_converged"), "heldout359": ("noisy_loss",),
        "heldout361": ("noisy_loss",), "heldout363": ("noisy_loss",),
        "heldout364": ("noisy_loss",), "heldout365": ("noisy_loss",),
        "heldout366": ("noisy_loss", "slow_start", "saturated_activation"),
        "heldout367": ("noisy_loss",),
        "heldout370": ("noisy_loss", "slow_start", "update_ratio_high"),
        "heldout371": ("noisy_loss", "slow_start"), "heldout372": ("noisy_loss",),
        "heldout373": ("noisy_loss", "slow_start", "divergence"), "heldout374": ("noisy_loss",),
        "heldout376": ("not_converged",), "heldout377": ("noisy_loss",),
        "heldout378": ("noisy_loss", "not_converged"), "heldout379": ("slow_start",),
        "heldout380": ("noisy_loss",), "heldout381": ("noisy_loss",),
        "heldout382": ("noisy_loss", "slow_start"), "heldout383": ("not_converged", "slow_start"),
        "heldout384": ("noisy_loss", "not_converged", "slow_start"),
        "heldout386": ("noisy_loss",), "heldout387": ("noisy_loss",),
        "heldout388": ("noisy_loss",), "heldout389": ("noisy_loss",),
        "heldout390": ("not_converged", "slow_start"), "heldout391": ("noisy_loss",),
        "heldout395": ("noisy_loss",), "heldout396": ("noisy_loss",),
        "heldout397": ("noisy_loss",), "heldout399": ("noisy_loss",), "heldout401": ("noisy_loss",),
        "heldout402": ("noisy_loss",), "heldout403": ("noisy_loss",)}
    excused = set(relabelled.get(part, ()))
    allowed = {code for c in faults for code in c.allow}
    assert excused <= allowed
    assert {"nan_loss", "divergence", "not_training", "not_converged",
            "overfitting", "generalisation_gap", "underfitting", "unshuffled_data",
            "update_ratio_high", "update_ratio_low", "vanishing_gradients",
            "exploding_gradients", "dead_relu", "saturated_activation",
            "predictions_collapsed", "at_chance", "loss_mismatch",
            "noisy_loss", "slow_start"} - excused <= expected
    assert {"failed", "training_problem", "generalisation_problem", "healthy"} == {
        c.verdict for c in cases}
    index = _bank_index()
    for case in cases:
        setting = _script_setup(case) if case.is_script else _setting(case)
        assert not any(other != part and found == setting
                       for other, found in index[_bucket(setting)]), case.name


def _bucket(setting: dict | tuple) -> str:
    """A key equal settings share (numbers as floats, tuples as lists), so that a case is
    compared only with the few settings of its bucket, not with every case of the bank."""

    def norm(v: object) -> object:
        if isinstance(v, bool | int | float):
            return float(v)
        if isinstance(v, dict):
            return {str(k): norm(x) for k, x in v.items()}
        if isinstance(v, list | tuple):
            return [norm(x) for x in v]
        return repr(v)

    return json.dumps(norm(setting), sort_keys=True)


@functools.cache
def _bank_index() -> dict[str, list[tuple[str, dict | tuple]]]:
    """Every case's setting (a runner case's experiment file, a script's setup) with its part,
    by bucket: built once for all the parts' copy checks."""
    index: dict[str, list[tuple[str, dict | tuple]]] = defaultdict(list)
    for name, cs in PARTS.items():
        for c in cs:
            setting = _script_setup(c) if c.is_script else _setting(c)
            index[_bucket(setting)].append((name, setting))
    return index


@pytest.mark.parametrize("part", [p for p in PARTS if p.startswith("heldout") and p != "heldout"])
def test_each_fresh_parts_own_counts_hold(part: str) -> None:
    """Each fresh part's docstring ends with the counts and tools its writer checked (the
    fault and healthy runs, the script tools of each): they still hold."""
    module = importlib.import_module(f"benchmarks.diagnosis_bank.{part}")
    result = doctest.testmod(module, report=False)
    assert result.attempted >= 3 and result.failed == 0, result
