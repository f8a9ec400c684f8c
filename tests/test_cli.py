"End-to-end tests of the command line and of `lmhw.train.run` on the real C4 sample (LMHW_DATA_DIR)."
import json, math, os, signal, subprocess, sys
from pathlib import Path
import pytest
import torch
import lmhw.config
from omegaconf import OmegaConf
from lmhw.config import load_config, ConfigError
from lmhw.model import DecoderLM
from lmhw.train import run

ROOT = Path(__file__).resolve().parents[1]
DATA = os.environ.get('LMHW_DATA_DIR')
pytestmark = pytest.mark.skipif(not DATA, reason="set LMHW_DATA_DIR to the folder with c4/ and tokenizer/ (CI does)")


@pytest.fixture(scope='module')
def env(tmp_path_factory):
    cache = tmp_path_factory.mktemp('cache')
    e = dict(os.environ, TIKTOKEN_CACHE_DIR=f"{DATA}/tokenizer/tiktoken_cache", WANDB_MODE='disabled', LMHW_CACHE_DIR=str(cache),
             LMHW_TRAIN_FILES=f"{DATA}/c4/c4-train.00000-of-01024.first1000.json.gz",
             LMHW_VAL_FILES=f"{DATA}/c4/c4-validation.sample2k.json.gz")
    os.environ.update({k: e[k] for k in ('TIKTOKEN_CACHE_DIR', 'LMHW_CACHE_DIR', 'LMHW_TRAIN_FILES', 'LMHW_VAL_FILES')})
    return e


def cli(env, *args, module='lmhw.train'):
    return subprocess.run([sys.executable, '-m', module, *map(str, args)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)


def train_losses(run_dir):  # (step, training loss) of each logged row
    return [(r['step'], r['train_loss']) for r in map(json.loads, (run_dir / 'metrics.jsonl').read_text().splitlines()) if 'train_loss' in r]


def smoke(out, *overrides):
    return load_config(ROOT / 'configs/smoke.yaml', [f'output_dir={out}', *overrides])


def test_train_evaluate_generate(env, tmp_path):
    out = tmp_path / 'run'
    r = cli(env, 'configs/smoke.yaml', f'output_dir={out}')
    assert r.returncode == 0, r.stderr
    assert 'train FLOPs' in r.stdout and 'final val-loss' in r.stdout
    for f in ('config.yaml', 'model.pt', 'eval.json', 'metrics.jsonl', 'checkpoint.pt'): assert (out / f).exists(), f
    res = json.loads((out / 'eval.json').read_text())
    assert math.isclose(res['val-perplexity'], math.exp(res['val-loss']), rel_tol=1e-9)
    assert res['val-loss'] < math.log(50257)           # learned something in 30 steps
    rows = [json.loads(l) for l in (out / 'metrics.jsonl').read_text().splitlines()]
    assert [r['step'] for r in rows if 'train_loss' in r] == [5, 10, 15, 20, 25, 30]
    assert [r['step'] for r in rows if 'val_loss' in r] == [10, 20, 30]
    assert all(r['flops'] == r['tokens'] * res['train-flops'] / (30 * 8 * 64) for r in rows if 'flops' in r)
    # model.pt is a plain state_dict that loads into DecoderLM built from config.yaml
    cfg = OmegaConf.load(out / 'config.yaml'); m = cfg.model_config
    model = DecoderLM(50257, m.n_embd, m.n_head, m.n_positions, m.n_layer)
    model.load_state_dict(torch.load(out / 'model.pt', weights_only=True))
    # a fresh process reproduces the number from the saved model
    r = cli(env, out, '--device', 'cpu', module='lmhw.evaluate')
    assert r.returncode == 0, r.stderr
    assert math.isclose(json.loads(r.stdout)['val-loss'], res['val-loss'], rel_tol=1e-5)
    # ... also with --forward_tokens 128, which makes each batch of 8 x 64 tokens go through the model in four parts (06_evaluate tests the split)
    r = cli(env, out, '--device', 'cpu', '--forward_tokens', '128', module='lmhw.evaluate')
    assert r.returncode == 0, r.stderr
    assert math.isclose(json.loads(r.stdout)['val-loss'], res['val-loss'], rel_tol=1e-5)
    r = cli(env, out, '--prompt', 'The weather today', '--max_new_tokens', '8', '--num_samples', '2', module='lmhw.generate')
    assert r.returncode == 0 and r.stdout.count('--- sample') == 2 and 'The weather today' in r.stdout, r.stderr
    # a finished run is not overwritten silently
    r = cli(env, 'configs/smoke.yaml', f'output_dir={out}')
    assert r.returncode == 2 and 'holds a finished run' in r.stderr and 'HINT' in r.stderr


MODERN = ['model_config.rotary=true', 'model_config.norm=rmsnorm', 'model_config.qk_norm=true', 'model_config.mlp=relu2',
          'model_config.bias=false', 'model_config.zero_init=true', 'model_config.logit_softcap=15', 'optimizer=muon',
          'schedule=wsd', 'save_dtype=bfloat16', 'model_config.tie_head=false']

SWIGLU = [o.replace('relu2', 'swiglu') for o in MODERN]  # the modern recipe with a gated MLP (three matrices a block for Muon)

SHUFFLED = ['sampler=shuffled', 'grad_accumulation_steps=2', 'data.train_tokens=10000']  # ~156 windows a pass: the resumed run skips past the first pass (12 x 2 x 8 windows)

@pytest.mark.parametrize('recipe', ['course', 'modern', 'swiglu', 'shuffled'])
def test_resume_matches_uninterrupted(env, tmp_path, recipe):
    extra = {'course': [], 'modern': MODERN, 'swiglu': SWIGLU, 'shuffled': SHUFFLED}[recipe]
    smoke = lambda out, *o: load_config(ROOT / 'configs/smoke.yaml', [f'output_dir={out}', *extra, *o])
    full = run(smoke(tmp_path / 'full'))
    def interrupt(step, loss, lr):
        if step == 12: signal.raise_signal(signal.SIGINT)
    stopped = run(smoke(tmp_path / 'cut'), callbacks=[interrupt])
    assert stopped == dict(stopped='SIGINT', step=12)
    assert torch.load(tmp_path / 'cut/checkpoint.pt', weights_only=False)['step'] == 12
    assert not (tmp_path / 'cut/eval.json').exists()
    with pytest.raises(ConfigError, match='max_lr was 0.003'):
        run(smoke(tmp_path / 'cut', 'max_lr=1e-3'))       # continuing with other settings is refused
    resumed = run(smoke(tmp_path / 'cut'))
    assert resumed['val-loss'] == full['val-loss']
    assert train_losses(tmp_path / 'cut') == train_losses(tmp_path / 'full')
    assert full['val-loss'] < math.log(50257)               # learned something in 30 steps
    if recipe == 'shuffled':                                # the sampler is really another: the random one gives other losses
        run(load_config(ROOT / 'configs/smoke.yaml', [f'output_dir={tmp_path}/random', *SHUFFLED[1:]]))
        assert train_losses(tmp_path / 'random') != train_losses(tmp_path / 'full')
    saved = torch.load(tmp_path / 'full/model.pt', weights_only=True)
    assert {v.dtype for v in saved.values()} == {torch.bfloat16 if recipe in ('modern', 'swiglu') else torch.float32}
    if recipe == 'swiglu': assert 'blocks.0.mlp.0.gate.weight' in saved and 'blocks.0.mlp.1.weight' in saved
    if recipe in ('modern', 'swiglu'):                                  # a bf16 model.pt reproduces the loss in a fresh process, within bf16 rounding
        r = cli(env, tmp_path / 'full', '--device', 'cpu', module='lmhw.evaluate')
        assert r.returncode == 0, r.stderr
        assert math.isclose(json.loads(r.stdout)['val-loss'], full['val-loss'], rel_tol=5e-3)


def test_stop_after_the_last_step_waits_for_the_checkpoint(env, tmp_path, monkeypatch, capsys):
    "A signal while the final checkpoint is written, or during the last step, stops the run before its final evaluation; running again only evaluates."
    import lmhw.train as T
    cfg = lambda out: smoke(out, 'checkpoint_every=7')   # no periodic checkpoint at step 30, the last
    full = run(cfg(tmp_path / 'full'))
    save, sent = T.atomic_save, []
    def save_signalled(obj, path):                       # SIGTERM (a job's time limit) while the final checkpoint is being written
        if Path(path).name == 'checkpoint.pt' and obj['step'] == 30 and not sent: sent.append(path); signal.raise_signal(signal.SIGTERM)
        save(obj, path)
    monkeypatch.setattr(T, 'atomic_save', save_signalled)
    assert run(cfg(tmp_path / 'cut')) == dict(stopped='SIGTERM', step=30) and sent
    monkeypatch.setattr(T, 'atomic_save', save)
    assert torch.load(tmp_path / 'cut/checkpoint.pt', weights_only=False)['step'] == 30   # the save went through
    assert not (tmp_path / 'cut/eval.json').exists()
    def interrupt(step, loss, lr):
        if step == 30: signal.raise_signal(signal.SIGINT)  # Ctrl-C during the last step
    assert run(cfg(tmp_path / 'last'), callbacks=[interrupt]) == dict(stopped='SIGINT', step=30)
    assert torch.load(tmp_path / 'last/checkpoint.pt', weights_only=False)['step'] == 30 and not (tmp_path / 'last/eval.json').exists()
    for d in ('cut', 'last'):                             # the rerun trains no step again and evaluates the same model
        capsys.readouterr()
        assert run(cfg(tmp_path / d))['val-loss'] == full['val-loss']
        out = capsys.readouterr().out
        assert 'from step 30' in out and not any(l.startswith('step ') for l in out.splitlines()), out[-2000:]
        assert train_losses(tmp_path / d) == train_losses(tmp_path / 'full')
    assert run(cfg(tmp_path / 'callback'), callbacks=[lambda step, loss, lr: step < 30])['val-loss'] == full['val-loss']  # a callback's stop at the last step still evaluates


def test_older_run_folder_still_loads(env, tmp_path):
    "A run folder saved before some option existed (its config.yaml lacks the key) loads with that option off."
    from lmhw.evaluate import load_run
    out = tmp_path / 'old'
    run(smoke(out))
    saved = OmegaConf.load(out / 'config.yaml')
    for k in ('tie_head', 'unet'): del saved.model_config[k]
    OmegaConf.save(saved, out / 'config.yaml')
    model, cfg = load_run(out)
    assert (cfg.model_config.tie_head, cfg.model_config.unet, model.skip_weights, model.lm_head) == (True, False, None, None)


def test_budget_refused_before_any_data(env, tmp_path):
    r = cli(env, 'configs/smoke.yaml', f'output_dir={tmp_path}/x', 'flop_budget=1e9', 'data.train_files=/nonexistent/*.json.gz')
    assert r.returncode == 2
    assert 'over flop_budget 1e+09' in r.stderr and 'HINT' in r.stderr and 'nonexistent' not in r.stderr
    r = cli(env, 'configs/smoke.yaml', f'output_dir={tmp_path}/x', 'max_lrr=1')
    assert r.returncode == 2 and 'Did you mean `max_lr`' in r.stderr


def test_cuda_graphs_refused_where_they_cannot_run(env, tmp_path):
    # run() refuses before writing anything; each reason is named (both checks are unit-tested next to `_check_graphs` in 07_train)
    for overrides, where in ((['device=cpu'], 'the device is cpu, not cuda'),
                             (['device=cpu', 'grad_accumulation_steps=2'], 'not cuda; grad_accumulation_steps is 2, not 1')):
        with pytest.raises(ConfigError, match=f'reduce-overhead.*{where}.*HINT: compile: auto'):
            run(smoke(tmp_path / 'cg', 'compile=reduce-overhead', *overrides))
    assert not (tmp_path / 'cg').exists()  # refused before anything was written


def test_budget_auto_steps(env, tmp_path):
    cfg = smoke(tmp_path / 'auto', 'num_training_steps=auto', 'flop_budget=2e11', 'eval.every=0')
    res = run(cfg)
    per_step = res['train-flops'] / res['step']
    assert res['train-flops'] <= 2e11 < res['train-flops'] + per_step


def test_nonfinite_loss_stops_and_keeps_last_good_checkpoint(env, tmp_path, monkeypatch):
    import lmhw.train
    built = []
    monkeypatch.setattr(lmhw.train, 'build_model', lambda cfg: built.append(lmhw.config.build_model(cfg)) or built[-1])
    def poison(step, loss, lr):  # after step 6 a weight turns NaN, so step 7's loss is NaN
        if step == 6:
            with torch.no_grad(): built[0].blocks[0].mlp[0].weight.fill_(float('nan'))
    res = run(smoke(tmp_path / 'nan', 'log_every=1', 'checkpoint_every=5'), callbacks=[poison])
    assert res['stopped'].startswith('non-finite train loss nan at step 7 (lr ')
    ckpt = torch.load(tmp_path / 'nan/checkpoint.pt', weights_only=False)
    assert ckpt['step'] == 5 and all(torch.isfinite(v).all() for v in ckpt['model'].values())
    assert not (tmp_path / 'nan/eval.json').exists()


def test_torchrun_two_processes(env, tmp_path):
    res = {}
    for dtype in ('float32', 'bfloat16'):
        out = tmp_path / f'ddp-{dtype}'
        r = subprocess.run([sys.executable, '-m', 'torch.distributed.run', '--nproc_per_node=2', '-m', 'lmhw.train', 'configs/smoke.yaml',
                            f'output_dir={out}', 'num_training_steps=10', 'eval.every=5', f'ddp_grad_dtype={dtype}'],
                           cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
        assert r.returncode == 0, r.stderr[-3000:]
        res[dtype] = json.loads((out / 'eval.json').read_text())
        assert res[dtype]['world-size'] == 2 and res[dtype]['step'] == 10
        assert r.stdout.count('final val-loss') == 1                      # rank 0 alone reports and writes
        assert r.stdout.count('gradients all-reduced in bfloat16') == (dtype == 'bfloat16')
    # same seeds and batches: bf16 rounding of the averaged gradients moves the result a little, not a lot
    assert res['float32']['val-loss'] != res['bfloat16']['val-loss']
    assert abs(res['float32']['val-loss'] - res['bfloat16']['val-loss']) < 0.02


def test_sweep_runs_collects_and_skips_finished(env, tmp_path):
    sweep = tmp_path / 'sweep.yaml'
    sweep.write_text(f"base: {ROOT}/configs/smoke.yaml\nflop_budget: 1e11\noutput_dir: {tmp_path}/sw\n"
                     "set:\n  num_training_steps: auto\n  eval.every: 0\n  checkpoint_every: 0\n"
                     "grid:\n  max_lr: [1e-3, 1e-2]\n")
    import csv
    r = cli(env, sweep, '--only', 'max_lr=0.01', module='lmhw.sweep')     # one run by name; the other is left alone
    assert r.returncode == 0 and '1 runs chosen by --only, 0 already finished, 1 to run' in r.stdout, r.stdout + r.stderr
    assert [r['name'] for r in csv.DictReader(open(tmp_path / 'sw/results.csv'))] == ['max_lr=0.01']
    assert not (tmp_path / 'sw/max_lr=0.001').exists()
    r = cli(env, sweep, module='lmhw.sweep')
    assert r.returncode == 0 and '2 runs, 1 already finished, 1 to run' in r.stdout, r.stdout + r.stderr
    rows = list(csv.DictReader(open(tmp_path / 'sw/results.csv')))
    assert sorted(r['name'] for r in rows) == ['max_lr=0.001', 'max_lr=0.01']
    assert all(float(r['train_flops']) <= 1e11 for r in rows)
    assert float(rows[0]['val_loss']) <= float(rows[1]['val_loss'])     # best first
    r = cli(env, sweep, module='lmhw.sweep')
    assert '2 already finished, 0 to run' in r.stdout
    sweep.write_text(sweep.read_text().replace('max_lr: [1e-3, 1e-2]', 'max_lr: [1e-3]\n  num_training_steps: [1000]').replace('  num_training_steps: auto\n', ''))
    r = cli(env, sweep, module='lmhw.sweep')
    assert r.returncode == 2 and 'over flop_budget' in r.stderr and 'none will' in r.stderr


def test_sweep_stopped_by_timeout_keeps_checkpoints(env, tmp_path):
    "`timeout` signals the whole process group; each run must still get one signal and save a checkpoint when it stops."
    sweep = tmp_path / 'sweep.yaml'
    sweep.write_text(f"base: {ROOT}/configs/smoke.yaml\noutput_dir: {tmp_path}/sw\nset:\n  num_training_steps: 5000\n  checkpoint_every: 0\n"
                     "grid:\n  max_lr: [1e-3, 2e-3]\n")
    r = subprocess.run(['timeout', '-s', 'TERM', '25', sys.executable, '-m', 'lmhw.sweep', str(sweep), '--gpus', 'a,b'],
                       cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert r.returncode == 124 and 'Traceback' not in r.stdout + r.stderr, r.stdout + r.stderr
    assert 'stopping; 2 unfinished runs keep their checkpoints' in r.stdout
    assert (tmp_path / 'sw/results.csv').exists()
    for lr in ('0.001', '0.002'):
        log = (tmp_path / f'sw/max_lr={lr}/train.log').read_text()
        assert 'stopped at step' in log and 'Traceback' not in log, log[-2000:]
        assert torch.load(tmp_path / f'sw/max_lr={lr}/checkpoint.pt', weights_only=False)['step'] > 0


def test_time_limit_is_per_session(env, tmp_path):
    "Each session gets the whole time limit, so running again always makes progress."
    cfg = lambda: smoke(tmp_path / 'tl', 'num_training_steps=2000', 'time_limit_minutes=0.05', 'checkpoint_every=0', 'eval.every=0')
    first = run(cfg())
    assert first['stopped'] == 'time_limit_minutes=0.05' and first['step'] > 0
    second = run(cfg())
    assert second['stopped'] == 'time_limit_minutes=0.05' and second['step'] > first['step'] + 1


def test_torchrun_stop_is_agreed_and_resume_needs_same_world(env, tmp_path):
    "Under torchrun a time limit stops every rank at the same step (no hang); continuing with another process count is refused."
    out = tmp_path / 'ddp-stop'
    r = subprocess.run([sys.executable, '-m', 'torch.distributed.run', '--nproc_per_node=2', '-m', 'lmhw.train', 'configs/smoke.yaml',
                        f'output_dir={out}', 'num_training_steps=5000', 'time_limit_minutes=0.1', 'checkpoint_every=0', 'eval.every=0'],
                       cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert r.returncode != 0 and 'stopped at step' in r.stderr and 'time_limit_minutes=0.1' in r.stderr, r.stderr[-3000:]
    ckpt = torch.load(out / 'checkpoint.pt', weights_only=False)
    assert ckpt['world_size'] == 2 and ckpt['step'] % 5 == 0 and len(ckpt['rng']['sampler']) == 2   # stopped at a logged step
    r = cli(env, 'configs/smoke.yaml', f'output_dir={out}', 'num_training_steps=5000', 'time_limit_minutes=0.1', 'checkpoint_every=0', 'eval.every=0')
    assert r.returncode == 2 and 'written by 2 processes' in r.stderr and 'nproc_per_node=2' in r.stderr


def test_cuda_out_of_memory_says_which_knob_to_turn(env, tmp_path, monkeypatch):
    import lmhw.train
    def oom(*a, **k): raise torch.cuda.OutOfMemoryError("CUDA out of memory. Tried to allocate 6.00 GiB")
    monkeypatch.setattr(lmhw.train, 'train', oom)
    with pytest.raises(RuntimeError, match=r'lower batch_size and raise grad_accumulation_steps.*batch_size=4 grad_accumulation_steps=2'):
        run(smoke(tmp_path / 'oom'))


def test_interrupt_before_training_is_one_message(env, tmp_path):
    # Ctrl-C outside the training steps (here: as run() starts) ends with a message and exit status 130, not a traceback
    code = ("import sys, lmhw.train as T\n"
            "def run(*a, **k): raise KeyboardInterrupt\n"
            f"T.run = run; T.main('configs/smoke.yaml', ['output_dir={tmp_path}/x'])")
    r = subprocess.run([sys.executable, '-c', code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert r.returncode == 130 and 'Traceback' not in r.stderr, r.stderr
    assert 'lmhw: interrupted; what was saved stays' in r.stderr and 'HINT: run the same command again' in r.stderr


def test_config_and_report_commands(env, tmp_path):
    r = cli(env, 'max_lr=1e-3', 'model_config.n_layer=3', module='lmhw.config')   # overrides alone apply to the defaults
    assert r.returncode == 0 and 'max_lr: 0.001' in r.stdout and 'n_layer: 3' in r.stdout, r.stderr
    r = cli(env, 'configs/GPT-tiny.yaml', 'max_lr=1e-3', module='lmhw.config')
    assert r.returncode == 0 and 'output_dir: outputs/GPT-tiny' in r.stdout and 'max_lr: 0.001' in r.stdout, r.stderr
    for args, module, says in ((['configs/GPT-tiny.yml'], 'lmhw.config', 'config file configs/GPT-tiny.yml not found. HINT'),
                               (['configs/GPT-tiny.yml'], 'lmhw.data', 'config file configs/GPT-tiny.yml not found. HINT'),
                               (['--notebook', tmp_path / 'nope.ipynb', '--no_execute'], 'lmhw.report', 'nope.ipynb: no such notebook. HINT')):
        r = cli(env, *args, module=module)
        assert r.returncode == 2 and r.stderr.startswith('lmhw: error: ') and says in r.stderr and 'Traceback' not in r.stderr, (module, r.stderr)


@pytest.mark.parametrize('module', ['train', 'data', 'evaluate', 'generate', 'sweep', 'plan', 'bench', 'report', 'config'])
def test_help_names_the_command_to_type(env, module):
    r = cli(env, '--help', module=f'lmhw.{module}')   # argparse alone would say `usage: train.py`, which is not how it is run
    assert r.returncode == 0 and r.stdout.startswith(f'usage: python -m lmhw.{module} '), r.stdout[:200] + r.stderr
