("Every committed config still loads and plans under the current schema "
 "(a renamed key or a budget overrun shows here, not on a GPU).")
from pathlib import Path
import pytest
from omegaconf import OmegaConf
from lmhw.config import load_config, build_model
from lmhw.train import plan_run
from lmhw.sweep import plan_sweep

ROOT = Path(__file__).resolve().parents[1]
CONFIGS = sorted((ROOT / 'configs').glob('*.yaml'))


HOMEWORK = {'GPT-tiny.yaml', 'q1.4-base.yaml', 'q1.4-search.yaml', 'q1.4-best.yaml', 'q1.5-search.yaml',
            'q1.5-final.yaml', 'smoke.yaml'}


# experiments keep their own configs
def test_configs_are_the_homeworks(): assert {p.name for p in CONFIGS} == HOMEWORK


def test_q15_trains_the_q14_model_unchanged():
    best, final = (load_config(ROOT / 'configs' / f) for f in ('q1.4-best.yaml', 'q1.5-final.yaml'))
    assert best.model_config == final.model_config     # every model hyperparameter, the course's architecture included
    assert final.flop_budget <= 1e17 and final.seq_len <= final.model_config.n_positions


@pytest.mark.parametrize('path', CONFIGS, ids=lambda p: p.name)
def test_config_plans(path, monkeypatch):
    monkeypatch.chdir(ROOT)  # sweeps name their base relative to the repository root
    spec = OmegaConf.load(path)
    if 'runs' in spec or 'grid' in spec:   # a sweep: every run must plan (plan_run refuses a run over its flop_budget)
        planned = plan_sweep(str(path.relative_to(ROOT)), n_vocab=50257)
        assert planned and all(p['plan']['num_training_steps'] > 0 for p in planned)
    else:
        cfg = load_config(path)
        p = plan_run(cfg, build_model(cfg, 50257))
        assert p['num_training_steps'] > 0 and p['params'] > 0
