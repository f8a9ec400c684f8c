"Every committed config still loads and plans under the current schema (a renamed key or a budget overrun shows here, not on a GPU)."
from pathlib import Path
import pytest
from omegaconf import OmegaConf
from lmhw.config import load_config, build_model
from lmhw.train import plan_run
from lmhw.sweep import plan_sweep

ROOT = Path(__file__).resolve().parents[1]
CONFIGS = sorted((ROOT / 'configs').glob('*.yaml'))


def test_configs_found(): assert len(CONFIGS) > 10


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
