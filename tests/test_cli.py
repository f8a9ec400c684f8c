"""End-to-end tests of the command line and of `lmhw.train.run` on the real C4 sample (LMHW_DATA_DIR).

Each command runs at least once as a real process (train, evaluate, generate, sweep, config, data, report, torchrun,
every --help); the other checks call the same code in this process (`run`, `run_sweep`, a command's `main`), which
proves the same without starting Python and torch again. Runs use configs/smoke.yaml (128 tokens a step), with fewer
steps where the number of steps does not matter."""
import csv, json, math, os, signal, subprocess, sys, time
from pathlib import Path
import pytest
import torch
import lmhw.config
import lmhw.data as D
import lmhw.train as T
from omegaconf import OmegaConf
from lmhw.config import load_config, ConfigError
from lmhw.evaluate import evaluate_run
from lmhw.model import DecoderLM
from lmhw.sweep import run_sweep
from lmhw.train import run

ROOT = Path(__file__).resolve().parents[1]
DATA = os.environ.get('LMHW_DATA_DIR')
pytestmark = pytest.mark.skipif(not DATA, reason="set LMHW_DATA_DIR to the folder with c4/ and tokenizer/ (CI does)")
SMOKE = ROOT / 'configs/smoke.yaml'
B, S = (lambda c: (c.batch_size, c.seq_len))(OmegaConf.load(SMOKE))   # the smoke config's batch


@pytest.fixture(scope='module')
def env(tmp_path_factory):
    cache = tmp_path_factory.mktemp('cache')
    e = dict(os.environ, TIKTOKEN_CACHE_DIR=f"{DATA}/tokenizer/tiktoken_cache", WANDB_MODE='disabled',
             LMHW_CACHE_DIR=str(cache), LMHW_TRAIN_FILES=f"{DATA}/c4/c4-train.00000-of-01024.first1000.json.gz",
             LMHW_VAL_FILES=f"{DATA}/c4/c4-validation.sample2k.json.gz")
    e.pop('LMHW_DEBUG', None)   # commands print one-line errors, not tracebacks
    os.environ.update({k: e[k] for k in ('TIKTOKEN_CACHE_DIR', 'LMHW_CACHE_DIR', 'LMHW_TRAIN_FILES', 'LMHW_VAL_FILES')})
    os.environ.pop('LMHW_DEBUG', None)
    return e


def cli(env, *args, module='lmhw.train'):
    "A command in its own process."
    return subprocess.run([sys.executable, '-m', module, *map(str, args)], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=600)


def in_process(capsys, main, *args, **kw):
    "A command's `main` called here, as its command line calls it: (exit status, stdout, stderr)."
    capsys.readouterr()
    try: main(*args, **kw); code = 0
    except SystemExit as e: code = e.code
    stdout, err = capsys.readouterr()
    return code, stdout, err


def train_losses(run_dir):  # (step, training loss) of each logged row
    rows = map(json.loads, (run_dir / 'metrics.jsonl').read_text().splitlines())
    return [(r['step'], r['train_loss']) for r in rows if 'train_loss' in r]


def smoke(dest, *overrides):
    return load_config(SMOKE, [f'output_dir={dest}', *overrides])


def test_train_evaluate_generate(env, tmp_path, capsys):
    dest = tmp_path / 'run'
    r = cli(env, 'configs/smoke.yaml', f'output_dir={dest}')
    assert r.returncode == 0, r.stderr
    assert 'train FLOPs' in r.stdout and 'final val-loss' in r.stdout
    assert 'step     30/30 (100%)' in r.stdout and 'left ~' in r.stdout   # output to a file: lines with the ETA
    for f in ('config.yaml', 'model.pt', 'eval.json', 'metrics.jsonl', 'checkpoint.pt'): assert (dest / f).exists(), f
    res = json.loads((dest / 'eval.json').read_text())
    assert math.isclose(res['val-perplexity'], math.exp(res['val-loss']), rel_tol=1e-9)
    assert res['val-loss'] < math.log(50257)           # learned something in 30 steps
    rows = [json.loads(l) for l in (dest / 'metrics.jsonl').read_text().splitlines()]
    assert [r['step'] for r in rows if 'train_loss' in r] == [5, 10, 15, 20, 25, 30]
    assert [r['step'] for r in rows if 'val_loss' in r] == [10, 20, 30]
    assert all(r['flops'] == r['tokens'] * res['train-flops'] / (30 * B * S) for r in rows if 'flops' in r)
    # model.pt is a plain state_dict that loads into DecoderLM built from config.yaml
    cfg = OmegaConf.load(dest / 'config.yaml'); m = cfg.model_config
    model = DecoderLM(50257, m.n_embd, m.n_head, m.n_positions, m.n_layer)
    model.load_state_dict(torch.load(dest / 'model.pt', weights_only=True))
    # a fresh process reproduces the number from the saved model (the final pass covered eval.max_tokens)
    r = cli(env, dest, '--device', 'cpu', '--max_tokens', cfg.eval.max_tokens, module='lmhw.evaluate')
    assert r.returncode == 0, r.stderr
    assert math.isclose(json.loads(r.stdout)['val-loss'], res['val-loss'], rel_tol=1e-5)
    # ... also with forward_tokens = one row, which makes each batch go through the model in parts (09_evaluate tests
    # the split); here, through evaluate_run, which the command calls
    parts = evaluate_run(dest, device='cpu', max_tokens=cfg.eval.max_tokens, forward_tokens=S)
    assert math.isclose(parts['val-loss'], res['val-loss'], rel_tol=1e-5)
    r = cli(env, dest, '--prompt', 'The weather today', '--max_new_tokens', '8', '--num_samples', '2',
            module='lmhw.generate')
    assert r.returncode == 0 and r.stdout.count('--- sample') == 2 and 'The weather today' in r.stdout, r.stderr
    # a finished run is not overwritten silently
    code, _, err = in_process(capsys, T.main, 'configs/smoke.yaml', [f'output_dir={dest}'])
    assert code == 2 and 'holds a finished run' in err and 'HINT' in err


MODERN = ['model_config.rotary=true', 'model_config.norm=rmsnorm', 'model_config.qk_norm=true',
          'model_config.mlp=relu2', 'model_config.bias=false', 'model_config.zero_init=true',
          'model_config.logit_softcap=15', 'optimizer=muon', 'schedule=wsd', 'save_dtype=bfloat16',
          'model_config.tie_head=false']

SWIGLU = [o.replace('relu2', 'swiglu') for o in MODERN]  # the modern recipe with a gated MLP (three matrices a block)

SHUFFLED = ['sampler=shuffled', 'grad_accumulation_steps=2', 'data.train_tokens=500']  # ~8 windows a pass
STEPS, CUT = 12, 4   # the interrupted run stops after step CUT, before the first logged step and checkpoint

@pytest.mark.parametrize('recipe', ['course', 'modern', 'swiglu', 'shuffled'])
def test_resume_matches_uninterrupted(env, tmp_path, recipe):
    extra = {'course': [], 'modern': MODERN, 'swiglu': SWIGLU, 'shuffled': SHUFFLED}[recipe]
    smoke = lambda dest, *o: load_config(SMOKE, [f'output_dir={dest}', f'num_training_steps={STEPS}',
                                                'eval.max_tokens=1024', *extra, *o])
    full = run(smoke(tmp_path / 'full'))
    def interrupt(step, loss, lr):
        if step == CUT: signal.raise_signal(signal.SIGINT)
    stopped = run(smoke(tmp_path / 'cut'), callbacks=[interrupt])
    assert stopped == dict(stopped='SIGINT', step=CUT)
    assert torch.load(tmp_path / 'cut/checkpoint.pt', weights_only=False)['step'] == CUT
    assert not (tmp_path / 'cut/eval.json').exists()
    with pytest.raises(ConfigError, match='max_lr was 0.003'):
        run(smoke(tmp_path / 'cut', 'max_lr=1e-3'))       # continuing with other settings is refused
    resumed = run(smoke(tmp_path / 'cut'))
    assert resumed['val-loss'] == full['val-loss']
    assert train_losses(tmp_path / 'cut') == train_losses(tmp_path / 'full')
    assert full['val-loss'] < math.log(50257)               # learned something in 12 steps
    if recipe == 'shuffled':
        # the resumed run starts past the first pass over the windows
        assert CUT * 2 * B > len(D.get_tokens(smoke(tmp_path / 'full'), 'train')) // S
        # the sampler is really another: the random one gives other losses
        run(smoke(tmp_path / 'random', 'sampler=random'))
        assert train_losses(tmp_path / 'random') != train_losses(tmp_path / 'full')
    saved = torch.load(tmp_path / 'full/model.pt', weights_only=True)
    assert {v.dtype for v in saved.values()} == {torch.bfloat16 if recipe in ('modern', 'swiglu') else torch.float32}
    if recipe == 'swiglu': assert 'blocks.0.mlp.0.gate.weight' in saved and 'blocks.0.mlp.1.weight' in saved
    if recipe in ('modern', 'swiglu'):   # a bf16 model.pt, loaded from disk, reproduces the loss within bf16 rounding
        again = evaluate_run(tmp_path / 'full', device='cpu', max_tokens=smoke(tmp_path).eval.max_tokens)
        assert math.isclose(again['val-loss'], full['val-loss'], rel_tol=5e-3)


def test_stop_after_the_last_step_waits_for_the_checkpoint(env, tmp_path, monkeypatch, capsys):
    ("A signal while the final checkpoint is written, or during the last step, stops the run before its final "
     "evaluation; running again only evaluates.")
    N = 10
    cfg = lambda dest: smoke(dest, f'num_training_steps={N}', 'checkpoint_every=7')   # no periodic checkpoint at N
    full = run(cfg(tmp_path / 'full'))
    save, sent = T.atomic_save, []
    def save_signalled(obj, path):     # SIGTERM (a job's time limit) while the final checkpoint is being written
        if Path(path).name == 'checkpoint.pt' and obj['step'] == N and not sent:
            sent.append(path); signal.raise_signal(signal.SIGTERM)
        return save(obj, path)
    monkeypatch.setattr(T, 'atomic_save', save_signalled)
    assert run(cfg(tmp_path / 'cut')) == dict(stopped='SIGTERM', step=N) and sent
    monkeypatch.setattr(T, 'atomic_save', save)
    assert torch.load(tmp_path / 'cut/checkpoint.pt', weights_only=False)['step'] == N   # the save went through
    assert not (tmp_path / 'cut/eval.json').exists()
    def interrupt(step, loss, lr):
        if step == N: signal.raise_signal(signal.SIGINT)  # Ctrl-C during the last step
    assert run(cfg(tmp_path / 'last'), callbacks=[interrupt]) == dict(stopped='SIGINT', step=N)
    assert torch.load(tmp_path / 'last/checkpoint.pt', weights_only=False)['step'] == N
    assert not (tmp_path / 'last/eval.json').exists()
    for d in ('cut', 'last'):                             # the rerun trains no step again and evaluates the same model
        capsys.readouterr()
        assert run(cfg(tmp_path / d))['val-loss'] == full['val-loss']
        stdout = capsys.readouterr()[0]
        lines = stdout.splitlines()
        assert f'from step {N}' in stdout and not any(l.startswith('step ') for l in lines), stdout[-2000:]
        assert train_losses(tmp_path / d) == train_losses(tmp_path / 'full')
    stop_at_last = [lambda step, loss, lr: step < N]      # a callback's stop at the last step still evaluates
    assert run(cfg(tmp_path / 'callback'), callbacks=stop_at_last)['val-loss'] == full['val-loss']


def test_older_run_folder_still_loads(env, tmp_path):
    "A run folder saved before some option existed (its config.yaml lacks the key) loads with that option off."
    from lmhw.evaluate import load_run
    dest = tmp_path / 'old'
    run(smoke(dest, 'num_training_steps=2', 'num_warmup_steps=1', 'eval.every=0', 'eval.max_tokens=128'))
    saved = OmegaConf.load(dest / 'config.yaml')
    for k in ('tie_head', 'unet'): del saved.model_config[k]
    OmegaConf.save(saved, dest / 'config.yaml')
    model, cfg = load_run(dest)
    m = cfg.model_config
    assert (m.tie_head, m.unet, model.skip_weights, model.lm_head) == (True, False, None, None)


def test_budget_refused_before_any_data(env, tmp_path, capsys):
    code, _, err = in_process(capsys, T.main, 'configs/smoke.yaml', [f'output_dir={tmp_path}/x', 'flop_budget=1e9',
                                                                     'data.train_files=/nonexistent/*.json.gz'])
    assert code == 2 and err.startswith('lmhw: error: ')
    assert 'over flop_budget 1e+09' in err and 'HINT' in err and 'nonexistent' not in err
    code, _, err = in_process(capsys, T.main, 'configs/smoke.yaml', [f'output_dir={tmp_path}/x', 'max_lrr=1'])
    assert code == 2 and 'Did you mean `max_lr`' in err


def test_cuda_graphs_refused_where_they_cannot_run(env, tmp_path):
    # run() refuses before writing anything; each reason is named (both checks are unit-tested next to `_check_graphs`)
    for overrides, where in ((['device=cpu'], 'the device is cpu, not cuda'),
                             (['device=cpu', 'grad_accumulation_steps=2'],
                              'not cuda; grad_accumulation_steps is 2, not 1')):
        with pytest.raises(ConfigError, match=f'reduce-overhead.*{where}.*HINT: compile: auto'):
            run(smoke(tmp_path / 'cg', 'compile=reduce-overhead', *overrides))
    assert not (tmp_path / 'cg').exists()  # refused before anything was written


def test_budget_auto_steps(env, tmp_path):
    cfg = smoke(tmp_path / 'auto', 'num_training_steps=auto', 'flop_budget=2e10', 'eval.every=0', 'eval.max_tokens=128')
    res = run(cfg)
    per_step = res['train-flops'] / res['step']
    assert res['train-flops'] <= 2e10 < res['train-flops'] + per_step and res['step'] > 5


def test_nonfinite_loss_stops_and_keeps_last_good_checkpoint(env, tmp_path, monkeypatch):
    built = []
    monkeypatch.setattr(T, 'build_model', lambda *a, **k: built.append(lmhw.config.build_model(*a, **k)) or built[-1])
    def poison(step, loss, lr):  # after step 6 a weight turns NaN, so step 7's loss is NaN
        if step == 6:
            with torch.no_grad(): built[0].blocks[0].mlp[0].weight.fill_(float('nan'))
    res = run(smoke(tmp_path / 'nan', 'num_training_steps=10', 'log_every=1', 'checkpoint_every=5'), callbacks=[poison])
    assert res['stopped'].startswith('non-finite train loss nan at step 7 (lr ')
    ckpt = torch.load(tmp_path / 'nan/checkpoint.pt', weights_only=False)
    assert ckpt['step'] == 5 and all(torch.isfinite(v).all() for v in ckpt['model'].values())
    assert not (tmp_path / 'nan/eval.json').exists()


# Both ranks of a torchrun launch train the same two runs in one process group: float32 gradients, then bfloat16.
DDP_PAIR = """
import json, sys
from lmhw.config import load_config
from lmhw.train import run
res = {dtype: run(load_config('configs/smoke.yaml', [f'output_dir={sys.argv[1]}/ddp-{dtype}', 'num_training_steps=10',
                                                     'eval.every=5', f'ddp_grad_dtype={dtype}']))
       for dtype in ('float32', 'bfloat16')}
if res['float32']: print('RESULT', json.dumps(res), flush=True)   # rank 0's: the others return {}
import torch.distributed; torch.distributed.destroy_process_group()
"""

TORCHRUN = [sys.executable, '-m', 'torch.distributed.run', '--nproc_per_node=2']

def test_torchrun_two_processes(env, tmp_path):
    "Two processes train as one (rank 0 alone reports and writes); bf16 gradient all-reduce moves the result a little."
    (tmp_path / 'pair.py').write_text(DDP_PAIR)
    r = subprocess.run([*TORCHRUN, str(tmp_path / 'pair.py'), str(tmp_path)], cwd=ROOT, env=env, capture_output=True,
                       text=True, timeout=600)
    assert r.returncode == 0, r.stderr[-3000:]
    res = json.loads(r.stdout.split('RESULT ')[1].splitlines()[0])
    for dtype in ('float32', 'bfloat16'):
        assert res[dtype] == json.loads((tmp_path / f'ddp-{dtype}/eval.json').read_text())
        assert res[dtype]['world-size'] == 2 and res[dtype]['step'] == 10
    assert r.stdout.count('final val-loss') == 2                      # rank 0 alone reports, once a run
    assert r.stdout.count('gradients all-reduced in bfloat16') == 1   # once, for the bfloat16 run
    # same seeds and batches: bf16 rounding of the averaged gradients moves the result a little, not a lot
    assert res['float32']['val-loss'] != res['bfloat16']['val-loss']
    assert abs(res['float32']['val-loss'] - res['bfloat16']['val-loss']) < 0.02


def test_torchrun_stop_is_agreed_and_resume_needs_same_world(env, tmp_path):
    ("Under `torchrun -m lmhw.train` a time limit stops every rank at the same step (no hang); continuing with another "
     "process count is refused.")
    dest = tmp_path / 'ddp-stop'   # stopped by its time limit (1.8 s) at a logged step that both ranks agree on
    r = subprocess.run([*TORCHRUN, '-m', 'lmhw.train', 'configs/smoke.yaml', f'output_dir={dest}',
                        'num_training_steps=5000', 'time_limit_minutes=0.03', 'checkpoint_every=0', 'eval.every=0'],
                       cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert r.returncode != 0 and 'stopped at step' in r.stderr, r.stderr[-3000:]
    assert 'time_limit_minutes=0.03' in r.stderr, r.stderr[-3000:]
    ckpt = torch.load(dest / 'checkpoint.pt', weights_only=False)
    assert ckpt['world_size'] == 2 and ckpt['step'] % 5 == 0 and len(ckpt['rng']['sampler']) == 2   # a logged step
    with pytest.raises(ConfigError, match=r'written by 2 processes.*nproc_per_node=2'):
        run(smoke(dest, 'num_training_steps=5000', 'time_limit_minutes=0.03', 'checkpoint_every=0', 'eval.every=0'))


def _sweep(tmp_path, text):
    (tmp_path / 'sweep.yaml').write_text(f"base: {SMOKE}\noutput_dir: {tmp_path}/sw\n" + text)
    return tmp_path / 'sweep.yaml'


def test_sweep_runs_collects_and_skips_finished(env, tmp_path, capsys):
    sweep = _sweep(tmp_path, "flop_budget: 2e10\nset:\n  num_training_steps: auto\n  eval.every: 0\n"
                             "  eval.max_tokens: 1024\n  checkpoint_every: 0\ngrid:\n  max_lr: [1e-3, 1e-2]\n")
    r = cli(env, sweep, '--only', 'max_lr=0.01', module='lmhw.sweep')     # one run by name; the other is left alone
    assert r.returncode == 0, r.stdout + r.stderr
    assert '1 runs chosen by --only, 0 already finished, 1 to run' in r.stdout, r.stdout
    assert [r['name'] for r in csv.DictReader(open(tmp_path / 'sw/results.csv'))] == ['max_lr=0.01']
    assert not (tmp_path / 'sw/max_lr=0.001').exists()
    capsys.readouterr()
    run_sweep(str(sweep))                                                 # what the command runs, here
    assert '2 runs, 1 already finished, 1 to run' in capsys.readouterr()[0]
    rows = list(csv.DictReader(open(tmp_path / 'sw/results.csv')))
    assert sorted(r['name'] for r in rows) == ['max_lr=0.001', 'max_lr=0.01']
    assert all(float(r['train_flops']) <= 2e10 for r in rows)
    assert float(rows[0]['val_loss']) <= float(rows[1]['val_loss'])     # best first
    run_sweep(str(sweep))
    assert '2 already finished, 0 to run' in capsys.readouterr()[0]
    sweep.write_text(sweep.read_text().replace('max_lr: [1e-3, 1e-2]', 'max_lr: [1e-3]\n  num_training_steps: [1000]')
                     .replace('  num_training_steps: auto\n', ''))
    from lmhw.sweep import main
    code, _, err = in_process(capsys, main, str(sweep), [])
    assert code == 2 and 'over flop_budget' in err and 'none will' in err


def test_sweep_stopped_by_timeout_keeps_checkpoints(env, tmp_path):
    "`timeout` signals the whole process group; each run must still get one signal and save a checkpoint when it stops."
    sweep = _sweep(tmp_path, "set:\n  num_training_steps: 5000\n  checkpoint_every: 0\ngrid:\n  max_lr: [1e-3, 2e-3]\n")
    logs = [tmp_path / f'sw/max_lr={lr}/train.log' for lr in ('0.001', '0.002')]
    # `timeout` with a limit it never reaches by itself: once both runs train, SIGALRM makes it stop at once
    cmd = ['timeout', '-s', 'TERM', '300', sys.executable, '-m', 'lmhw.sweep', str(sweep), '--gpus', 'a,b']
    p = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.time() + 240
        while not all(l.exists() and '\nstep ' in l.read_text() for l in logs):
            assert p.poll() is None and time.time() < deadline, [l.read_text() for l in logs if l.exists()]
            time.sleep(0.2)
        p.send_signal(signal.SIGALRM)
        stdout = p.communicate(timeout=120)[0]
    finally:
        if p.poll() is None: p.kill(); p.wait()
    assert p.returncode == 124 and 'Traceback' not in stdout, stdout
    assert 'stopping; 2 unfinished runs keep their checkpoints' in stdout
    assert (tmp_path / 'sw/results.csv').exists()
    for log in logs:
        text = log.read_text()
        assert 'stopped at step' in text and 'Traceback' not in text, text[-2000:]
        assert torch.load(log.parent / 'checkpoint.pt', weights_only=False)['step'] > 0


def test_time_limit_is_per_session(env, tmp_path):
    "Each session gets the whole time limit, so running again always makes progress."
    cfg = lambda: smoke(tmp_path / 'tl', 'num_training_steps=2000', 'time_limit_minutes=0.02', 'checkpoint_every=0',
                        'eval.every=0')
    first = run(cfg())
    assert first['stopped'] == 'time_limit_minutes=0.02' and first['step'] > 0
    second = run(cfg())
    assert second['stopped'] == 'time_limit_minutes=0.02' and second['step'] > first['step'] + 1


def test_cuda_out_of_memory_says_which_knob_to_turn(env, tmp_path, monkeypatch):
    def oom(*a, **k): raise torch.cuda.OutOfMemoryError("CUDA memory ran short. Tried to allocate 6.00 GiB")
    monkeypatch.setattr(T, 'train', oom)
    with pytest.raises(RuntimeError, match=r'lower batch_size and raise grad_accumulation_steps.*'
                                           r'batch_size=4 grad_accumulation_steps=2'):
        run(smoke(tmp_path / 'oom', 'batch_size=8'))


def test_interrupt_before_training_is_one_message(env, tmp_path, monkeypatch, capsys):
    # Ctrl-C outside the training steps (here: as run() starts) ends with a message and exit status 130, not a traceback
    def interrupted(*a, **k): raise KeyboardInterrupt
    monkeypatch.setattr(T, 'run', interrupted)
    code, _, err = in_process(capsys, T.main, 'configs/smoke.yaml', [f'output_dir={tmp_path}/x'])
    assert code == 130 and 'Traceback' not in err, err
    assert 'lmhw: interrupted; what was saved stays' in err and 'HINT: run the same command again' in err



@pytest.mark.parametrize('stopped,code', [('SIGINT', 3), ('time_limit_minutes=1', 3),
                                         ('non-finite train loss nan at step 3', 4)])
def test_exit_status_tells_a_stop_from_a_divergence(env, tmp_path, monkeypatch, capsys, stopped, code):
    # make train treats 3 (stopped, checkpoint saved: run again to continue) as a normal end, 4 (diverged) as an error
    monkeypatch.setattr(T, 'run', lambda *a, **k: dict(stopped=stopped, step=3))
    assert in_process(capsys, T.main, 'configs/smoke.yaml', [f'output_dir={tmp_path}/x'])[0] == code

def test_config_and_report_commands(env, tmp_path):
    r = cli(env, 'max_lr=1e-3', 'model_config.n_layer=3', module='lmhw.config')   # overrides alone: on the defaults
    assert r.returncode == 0 and 'max_lr: 0.001' in r.stdout and 'n_layer: 3' in r.stdout, r.stderr
    r = cli(env, 'configs/GPT-tiny.yaml', 'max_lr=1e-3', module='lmhw.config')
    assert r.returncode == 0 and 'output_dir: outputs/GPT-tiny' in r.stdout and 'max_lr: 0.001' in r.stdout, r.stderr
    for args, module, says in (
            (['configs/GPT-tiny.yml'], 'lmhw.config', 'config file configs/GPT-tiny.yml not found. HINT'),
            (['configs/GPT-tiny.yml'], 'lmhw.data', 'config file configs/GPT-tiny.yml not found. HINT'),
            (['--notebook', tmp_path / 'nope.ipynb', '--no_execute'], 'lmhw.report',
             'nope.ipynb: no such notebook. HINT')):
        r = cli(env, *args, module=module)
        assert r.returncode == 2 and r.stderr.startswith('lmhw: error: ') and says in r.stderr, (module, r.stderr)
        assert 'Traceback' not in r.stderr


COMMANDS = ['train', 'data', 'evaluate', 'generate', 'sweep', 'plan', 'bench', 'report', 'config']

@pytest.fixture(scope='module')
def helps(env):
    "`python -m lmhw.X --help` of every command, started all at once (each starts Python; most import torch)."
    procs = {m: subprocess.Popen([sys.executable, '-m', f'lmhw.{m}', '--help'], cwd=ROOT, env=env, text=True,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE) for m in COMMANDS}
    return {m: (p.communicate(timeout=300), p.returncode) for m, p in procs.items()}

@pytest.mark.parametrize('module', COMMANDS)
def test_help_names_the_command_to_type(helps, module):
    (stdout, err), code = helps[module]   # argparse alone would say `usage: train.py`, which is not how it is run
    assert code == 0 and stdout.startswith(f'usage: python -m lmhw.{module} '), stdout[:200] + err
