("Every committed run record is reproduced by a committed config, and every experiment's README says what it asked, "
 "how to rerun it and what it found.")
import re
from pathlib import Path
import pytest
from omegaconf import OmegaConf
from lmhw.config import load_config, build_model, with_defaults, SCHEMA
from lmhw.runs import read_run
from lmhw.sweep import plan_sweep
from lmhw.train import plan_run

ROOT = Path(__file__).resolve().parents[1]
EXPERIMENTS = sorted(p for p in (ROOT / 'experiments').iterdir() if p.is_dir())
# the homework's runs come from configs/
HOMEWORK = {'q1.3-gpt-tiny': ['configs/GPT-tiny.yaml'], 'q1.4-search': ['configs/q1.4-search.yaml'],
            'q1.5-final': ['configs/q1.5-search.yaml', 'configs/q1.5-final.yaml']}
# where and how a run ran, not what it computed
NOT_SETTINGS = {'output_dir', 'data.cache_dir', 'wandb.mode', 'wandb.project', 'wandb.name', 'device',
                'time_limit_minutes', 'checkpoint_every', 'compile', 'fast_loss', 'tokens_on_device'}

def flat(cfg)->dict:
    c = OmegaConf.to_container(cfg) if OmegaConf.is_config(cfg) else cfg
    found = {}
    def go(d, pre=''):
        for k, v in d.items():
            key = pre + k
            if isinstance(v, dict) and any(s.startswith(key + '.') for s in SCHEMA): go(v, key + '.')
            elif key in SCHEMA and key not in NOT_SETTINGS: found[key] = v
    go(c)
    return found

def configs_of(exp:Path)->dict:
    "Run name -> the config a committed sweep or config gives it (steps resolved as training resolves them)."
    found = {}
    for path in HOMEWORK.get(exp.name) or sorted(exp.glob('*.yaml')):
        path = ROOT / path
        spec = OmegaConf.to_container(OmegaConf.load(path))
        if 'runs' in spec or 'grid' in spec:
            found.update({p['name']: p['config'] for p in plan_sweep(path, n_vocab=50257)})
        else:
            cfg = load_config(path)
            plan_run(cfg, build_model(cfg, 50257))
            found[Path(cfg.output_dir).name] = cfg
    return found

@pytest.mark.parametrize('exp', [e for e in EXPERIMENTS if (e / 'runs').is_dir()], ids=lambda p: p.name)
def test_records_are_reproduced_by_committed_configs(exp):
    cfgs, bad = configs_of(exp), []
    records = sorted((exp / 'runs').glob('*.json'))
    assert records, f"{exp} has no run records"
    for rec in records:
        r = read_run(rec)
        if r['name'] not in cfgs: bad.append(f"{rec.name}: no run of that name in the experiment's configs"); continue
        want, got = flat(cfgs[r['name']]), flat(with_defaults(r['config']))
        for k in sorted(set(want) | set(got)):
            # data from the environment
            if k.startswith('data.') and k.endswith('_files') and want.get(k) is None: continue
            if want.get(k) != got.get(k):
                bad.append(f"{rec.name}: {k} is {got.get(k)!r} in the record, {want.get(k)!r} in the config")
    assert not bad, '\n'.join(bad)

@pytest.mark.parametrize('exp', EXPERIMENTS, ids=lambda p: p.name)
def test_readme_names_question_command_and_results(exp):
    text = (exp / 'README.md').read_text()
    assert re.search(r'^## Question', text, re.M), f"{exp}/README.md: no '## Question' section"
    command = re.search(r'python -m lmhw\.|experiments/reproduce\.sh|torchrun ', text)
    assert command, f"{exp}/README.md: no command that reproduces it"
    assert re.search(r'^\|.*\|\s*$', text, re.M), f"{exp}/README.md: no results table"

def test_records_are_small():
    big = [f"{p.relative_to(ROOT)} ({p.stat().st_size // 1000} kB)" for p in (ROOT / 'experiments').rglob('*.json')
           if p.stat().st_size > 100_000]
    assert not big, f"records over 100 kB: {big}"
