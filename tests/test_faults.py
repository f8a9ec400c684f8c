"""Faults a real disk and real users produce: a full disk, two runs on one folder, moved runs, damaged files,
bad arguments. Each ends in one line, `lmhw: error: <path>: <what is wrong>. HINT: <what to do>`, exit status 2,
no traceback."""
import errno, json, os, shutil, signal, subprocess, sys, time, warnings
from pathlib import Path
import numpy as np
import pytest
import torch
from omegaconf import OmegaConf
import lmhw.data as D
import lmhw.evaluate as E
import lmhw.files as F
import lmhw.generate as G
import lmhw.train as T
from lmhw.cli import cli_errors
from lmhw.config import build_model, load_config

ROOT = Path(__file__).resolve().parents[1]
DATA = os.environ.get('LMHW_DATA_DIR')
pytestmark = pytest.mark.skipif(not DATA, reason="set LMHW_DATA_DIR to the folder with c4/ and tokenizer/ (CI does)")
QUICK = ['data.train_tokens=20000', 'batch_size=2', 'eval.every=0', 'eval.max_tokens=1024', 'log_every=1']  # quicker


@pytest.fixture(scope='module')
def env(tmp_path_factory):
    "The environment of a command: offline data, a token cache shared by this module's tests, no wandb."
    e = dict(os.environ, LMHW_CACHE_DIR=str(tmp_path_factory.mktemp('cache')), WANDB_MODE='disabled')
    e.pop('LMHW_DEBUG', None)
    os.environ.update({k: e[k] for k in ('LMHW_CACHE_DIR', 'WANDB_MODE')})
    os.environ.pop('LMHW_DEBUG', None)
    return e


def smoke(dest, *overrides): return load_config(ROOT / 'configs/smoke.yaml', [f'output_dir={dest}', *QUICK, *overrides])


def cli(env, *args, module='lmhw.train', code=None):
    "A command in its own process: (exit status, stdout, stderr)."
    cmd = [sys.executable, '-c', code] if code else [sys.executable, '-m', module, *map(str, args)]
    r = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    return r.returncode, r.stdout, r.stderr


def fails(capsys, fn):
    "Run `fn` the way a command does (under `cli_errors`): (exit status, what it printed to stderr)."
    capsys.readouterr()
    with pytest.raises(SystemExit) as e:
        with cli_errors(): fn()
    return e.value.code, capsys.readouterr().err


def one_line(status, err, *says):
    "The error is one line, `lmhw: error: ...` with a HINT, exit status 2, no traceback, and says each of `says`."
    lines = [l for l in err.split('\n') if l and not l.startswith('\r')]   # progress bars aside (tokenizing shows one)
    assert status == 2 and len(lines) == 1 and lines[0].startswith('lmhw: error: '), (status, err)
    assert 'Traceback' not in err and 'HINT' in err, err
    for s in says: assert str(s) in err, (s, err)


def finished_run(folder):
    "A run folder as training leaves it (config.yaml + model.pt), made without training."
    cfg = load_config(ROOT / 'configs/smoke.yaml', [f'output_dir={folder}'])
    folder.mkdir(parents=True, exist_ok=True)
    F.atomic_save(OmegaConf.to_yaml(cfg), folder / 'config.yaml')
    F.atomic_save(build_model(cfg, 50257).state_dict(), folder / 'model.pt')
    np.savez(folder.parent / 'tokens.npz', train=np.arange(1024), val=np.arange(1024))   # two batches of 8 x 64
    return folder


def tmp_files(folder): return sorted(p.name for p in Path(folder).rglob('*.tmp*'))


def jsonl(path, texts):
    path.write_text(''.join(json.dumps({'text': t}) + '\n' for t in texts)); return path


# ---------------------------------------------------------------- a full disk

def test_disk_full_at_a_checkpoint_keeps_the_last_one(env, tmp_path, monkeypatch, capsys):
    dest = tmp_path / 'run'
    save = torch.save
    def full(obj, f, *a, **k):  # the way torch's zip writer reports a short write
        if isinstance(obj, dict) and obj.get('step') == 4:
            raise RuntimeError('[enforce fail at inline_container.cc:672] . unexpected pos 6559616 vs 6559508')
        return save(obj, f, *a, **k)
    monkeypatch.setattr(torch, 'save', full)
    steps = ['num_training_steps=4', 'num_warmup_steps=1', 'checkpoint_every=2']
    status, err = fails(capsys, lambda: T.run(smoke(dest, *steps)))
    one_line(status, err, f'{dest / "checkpoint.pt"}: could not write it: no space left on the device',
             'HINT: free some space')
    assert tmp_files(dest) == [] and torch.load(dest / 'checkpoint.pt', weights_only=False)['step'] == 2  # last good
    monkeypatch.setattr(torch, 'save', save)
    assert T.run(smoke(dest, *steps))['step'] == 4                                                       # continues
    assert 'resuming' in capsys.readouterr()[0]


def test_disk_full_in_the_token_cache(env, tmp_path, monkeypatch, capsys):
    shard = jsonl(tmp_path / 'docs.json', [f'document {i}' for i in range(50)])
    def full(texts, f, *a, **k): f.write(b'\0' * 64); f.flush(); raise OSError(errno.ENOSPC, 'No space left on device')
    monkeypatch.setattr(D, 'write_tokens', full)
    status, err = fails(capsys, lambda: D.prepare_tokens(str(shard), cache_dir=tmp_path / 'cache', progress=False))
    one_line(status, err, str(tmp_path / 'cache'), '.bin: could not write it: no space left on the device',
             'LMHW_CACHE_DIR')
    assert list((tmp_path / 'cache').iterdir()) == []   # no half-written cache, no temporary file


# ---------------------------------------------------------------- one folder, one run

def test_second_run_on_a_folder_stops_at_once_naming_the_first(env, tmp_path):
    dest = tmp_path / 'run'
    log = open(tmp_path / 'first.log', 'w')
    first = subprocess.Popen([sys.executable, '-m', 'lmhw.train', 'configs/smoke.yaml', f'output_dir={dest}',
                              'num_training_steps=100000', *QUICK, 'checkpoint_every=0'],
                             cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.time() + 120
        while not (dest / 'metrics.jsonl').exists():   # the first is training
            assert first.poll() is None and time.time() < deadline, (tmp_path / 'first.log').read_text()
            time.sleep(0.2)
        rows = (dest / 'metrics.jsonl').read_text().count('\n')
        status, _, err = cli(env, 'configs/smoke.yaml', f'output_dir={dest}')
        one_line(status, err, f'{dest}: in use by another lmhw run (process {first.pid} on ', f'kill {first.pid}',
                 'output_dir=')
        assert first.poll() is None and (dest / 'metrics.jsonl').read_text().count('\n') >= rows   # the first goes on
    finally:
        first.send_signal(signal.SIGKILL); first.wait(); log.close()
    F.lock_folder(dest).close()   # the kernel released the killed process's lock: the folder is free again


# ---------------------------------------------------------------- a run is its settings, not its path

def test_moved_run_resumes_and_a_real_conflict_names_the_keys(env, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    def interrupt(step, loss, lr):
        if step in (2, 4): signal.raise_signal(signal.SIGINT)
    steps = ['num_training_steps=6', 'num_warmup_steps=1']
    assert T.run(smoke('runs/x', *steps), callbacks=[interrupt]) == dict(stopped='SIGINT', step=2)
    capsys.readouterr()
    assert T.run(smoke('./runs/x', *steps), callbacks=[interrupt]) == dict(stopped='SIGINT', step=4)   # spelt otherwise
    assert 'from step 2' in capsys.readouterr()[0]
    shutil.move('runs/x', tmp_path / 'moved')                      # moved, and named by its absolute path
    with open(tmp_path / 'moved/metrics.jsonl', 'a') as f: f.write('{"step": 5, "train_lo')   # a kill mid-line
    status, err = fails(capsys, lambda: T.run(smoke(tmp_path / 'moved', *steps, 'max_lr=1e-3')))
    one_line(status, err, f"{tmp_path / 'moved/checkpoint.pt'} belongs to a run with other settings "
             "(max_lr was 0.003, now 0.001)", '--overwrite', 'output_dir=')
    assert 'delete' not in err
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        res = T.run(smoke(tmp_path / 'moved', *steps))
    assert res['step'] == 6 and 'resuming' in capsys.readouterr()[0]
    assert any('metrics.jsonl: dropped a partial last line' in str(x.message) for x in w)
    rows = [json.loads(l) for l in (tmp_path / 'moved/metrics.jsonl').read_text().splitlines()]
    assert [r['step'] for r in rows if 'train_loss' in r] == [1, 2, 3, 4, 5, 6]


# ---------------------------------------------------------------- damaged and mismatched files

def damage(path, how):
    data = path.read_bytes()
    path.write_bytes({'empty': b'', 'truncated': data[:len(data) // 2], 'random': os.urandom(4096)}[how])


@pytest.mark.parametrize('how', ['empty', 'truncated', 'random'])
def test_damaged_checkpoint_when_resuming(env, tmp_path, capsys, how):
    dest = tmp_path / 'run'
    dest.mkdir(); F.atomic_save({'step': 1, 'model': {}}, dest / 'checkpoint.pt'); damage(dest / 'checkpoint.pt', how)
    status, err = fails(capsys, lambda: T.run(smoke(dest)))
    one_line(status, err, f"{dest / 'checkpoint.pt'}: not a readable lmhw checkpoint (", '--overwrite')


def test_damaged_checkpoint_from_the_command_line(env, tmp_path):
    dest = tmp_path / 'run'
    dest.mkdir(); (dest / 'checkpoint.pt').write_bytes(os.urandom(1000))
    status, _, err = cli(env, 'configs/smoke.yaml', f'output_dir={dest}')
    one_line(status, err, f"{dest / 'checkpoint.pt'}: not a readable lmhw checkpoint")
    assert sorted(p.name for p in dest.iterdir()) == ['checkpoint.pt', 'lmhw.lock']   # nothing written


@pytest.mark.parametrize('how', ['empty', 'truncated', 'random'])
def test_damaged_model_in_evaluate_and_generate(env, tmp_path, capsys, how):
    run = finished_run(tmp_path / 'run'); damage(run / 'model.pt', how)
    for main in (E.main, G.main):
        one_line(*fails(capsys, lambda: main(str(run))), f"{run / 'model.pt'}: not a readable model state_dict (")


def test_damaged_model_from_the_command_line(env, tmp_path):
    run = finished_run(tmp_path / 'run'); damage(run / 'model.pt', 'truncated')
    status, stdout, err = cli(env, run, '--device', 'cpu', module='lmhw.evaluate')
    one_line(status, err, f"{run / 'model.pt'}: not a readable model state_dict (", 'checkpoint.pt')


def test_config_yaml_that_does_not_fit_model_pt(env, tmp_path, capsys):
    run = finished_run(tmp_path / 'run')
    F.atomic_save((run / 'config.yaml').read_text().replace('n_embd: 32', 'n_embd: 64'), run / 'config.yaml')
    for main in (E.main, G.main):
        one_line(*fails(capsys, lambda: main(str(run))),
                 f"{run / 'model.pt'}: does not fit the model {run / 'config.yaml'} describes",
                 'token_embeddings.weight: (50257, 32) in the file, (50257, 64) for the config')
    (run / 'config.yaml').write_text('model_config: {n_embd: [32\n')
    one_line(*fails(capsys, lambda: E.main(str(run))), f"{run / 'config.yaml'}: not readable YAML (")


def test_token_cache_overwritten_with_ids_outside_the_vocabulary(env, tmp_path, capsys):
    run = finished_run(tmp_path / 'run')
    shard = jsonl(tmp_path / 'docs.json', [f'document number {i}' for i in range(200)])
    toks = D.prepare_tokens(str(shard), 'eval', cache_dir=tmp_path / 'cache', progress=False)
    bad = np.array(toks); bad[7] = 60000
    Path(toks.filename).write_bytes(bad.tobytes())   # same size: the metadata still fits
    one_line(*fails(capsys, lambda: E.main(str(run), data=toks.filename, device='cpu')),
             f"{toks.filename}: token id 60000 is outside the vocabulary of 50,257 ids (the first such id at token 7)")


def test_damaged_metrics_line_names_file_and_line(env, tmp_path, capsys):
    p = tmp_path / 'metrics.jsonl'; p.write_text('{"step": 5}\n{"step": 1\n{"step": 15}\n')
    one_line(*fails(capsys, lambda: F.read_metrics(p)), f'{p}:2: not a JSON line')


# ---------------------------------------------------------------- checks before training

def test_divergence_without_a_checkpoint_says_so(env, tmp_path, monkeypatch, capsys):
    dest = tmp_path / 'run'
    dest.mkdir(); stale = dest / 'checkpoint.pt.tmp999999999'; stale.write_bytes(b'\0' * 1024)   # a killed process's
    built = []
    monkeypatch.setattr(T, 'build_model', lambda cfg, n: built.append(build_model(cfg, n)) or built[-1])
    def poison(step, loss, lr):
        if step == 2:
            with torch.no_grad(): built[0].blocks[0].mlp[0].weight.fill_(float('nan'))
    res = T.run(smoke(dest, 'log_every=1'), callbacks=[poison])
    err = capsys.readouterr().err
    assert res['stopped'].startswith('non-finite train loss nan at step 3') and not stale.exists(), res
    assert f'removed {stale}' in err and 'no checkpoint written yet (the first was due at step 10)' in err, err
    assert 'lower max_lr (now 0.003), e.g. max_lr=0.0015' in err and 'run the same command again' not in err, err


def test_validation_data_of_less_than_a_batch_is_refused_before_training(env, tmp_path, capsys):
    dest, val = tmp_path / 'run', tmp_path / 'val.json'
    val.write_text(''.join(json.dumps({'text': f'a short document, number {i}'}) + '\n' for i in range(3)))
    status, err = fails(capsys, lambda: T.run(smoke(dest, f'data.val_files={val}')))
    one_line(status, err, 'val data ', '.bin: ', 'fewer than one batch of batch_size x seq_len = 128',
             'data.val_tokens')
    assert not (dest / 'metrics.jsonl').exists()   # no step was taken


def test_empty_config_file_is_refused(env, tmp_path, capsys):
    empty = tmp_path / 'empty.yaml'; empty.write_text('# to do\n')
    one_line(*fails(capsys, lambda: T.main(str(empty), [])), f'{empty}: the file is empty (no keys)',
             'python -m lmhw.config')


def test_stale_temporary_cache_file_is_removed(env, tmp_path):
    shard = jsonl(tmp_path / 'docs.json', ['one document'])
    cache = tmp_path / 'cache'; cache.mkdir()
    stale = cache / 'train-docs-0123456789ab.bin.tmp999999999'; stale.write_bytes(b'\0' * 4096)
    os.utime(stale, (time.time() - 600,) * 2)   # a build killed ten minutes ago
    D.prepare_tokens(str(shard), cache_dir=cache, progress=False)
    assert not stale.exists() and tmp_files(cache) == []


def test_lone_surrogate_names_file_and_line(env, tmp_path, capsys):
    shard = tmp_path / 'docs.json'; shard.write_text('{"text": "fine"}\n{"text": "half \\udc80 a character"}\n')
    one_line(*fails(capsys, lambda: D.prepare_tokens(str(shard), cache_dir=tmp_path / 'cache', progress=False)),
             f'{shard}:2: the text holds a lone surrogate')


# ---------------------------------------------------------------- command-line arguments

@pytest.mark.parametrize('main, kw, says', [
    (E.main, dict(batch_size=0), '--batch_size must be at least 1'), (E.main, dict(seq_len=0), '--seq_len must be at'),
    (E.main, dict(max_tokens=-5), '--max_tokens must be'), (E.main, dict(forward_tokens=0), '--forward_tokens'),
    (G.main, dict(top_k=-5), '--top_k must be at least 1'), (G.main, dict(max_new_tokens=-5), '--max_new_tokens must'),
    (G.main, dict(num_samples=0), '--num_samples must be at least 1')])
def test_bad_arguments_are_named(env, tmp_path, capsys, main, kw, says):
    one_line(*fails(capsys, lambda: main(str(tmp_path / 'run'), **kw)), says, f'got {list(kw.values())[0]}')


def test_generate_bad_argument_from_the_command_line(env, tmp_path):
    status, stdout, err = cli(env, tmp_path / 'run', '--top_k', '-5', module='lmhw.generate')
    one_line(status, err, '--top_k must be at least 1 (tokens to sample among), got -5')


def test_evaluate_out_on_a_read_only_folder(env, tmp_path):
    "The result is printed, then the file that cannot be written is one line (the child sees a read-only folder)."
    run = finished_run(tmp_path / 'run')
    dest = tmp_path / 'ro' / 'eval.json'; dest.parent.mkdir()
    code = ("import builtins, errno, lmhw.evaluate as E\nopen_ = builtins.open\n"
            f"def ro(p, *a, **k):\n    if str(p).startswith({str(dest.parent)!r}):\n"
            "        raise OSError(errno.EROFS, 'Read-only file system', str(p))\n"
            "    return open_(p, *a, **k)\nbuiltins.open = ro\n"
            f"E.main({str(run)!r}, data={str(tmp_path / 'tokens.npz')!r}, device='cpu', dest={str(dest)!r})")
    status, stdout, err = cli(env, code=code)
    one_line(status, err, f'{dest}: could not write it: the filesystem is read-only',
             'choose a folder you can write to')
    assert 'val-loss' in json.loads(stdout) and list(dest.parent.iterdir()) == []
