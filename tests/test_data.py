("lmhw.data: token counts of the offline C4 samples, cache reuse and rebuild, bad input, train/val separation, npz, "
 "hub offline.")
import gzip, json, os, signal, subprocess, sys, time
from pathlib import Path
import numpy as np
import pytest
from omegaconf import OmegaConf
import lmhw.data as D

DATA = os.environ.get('LMHW_DATA_DIR')
REPO = Path(__file__).resolve().parents[1]
needs_data = pytest.mark.skipif(not DATA, reason="LMHW_DATA_DIR is not set: it must point at the offline data folder "
                                                  "(c4/, tokenizer/)")


class ByteEncoder:
    "Stands in for tiktoken: one id per UTF-8 byte, <|endoftext|> = 256. Counts its calls."
    name, n_vocab, eot_token = 'bytes', 257, 256
    def __init__(self): self.calls = 0
    def encode_ordinary_batch(self, texts, num_threads=1):
        self.calls += 1
        return [list(t.encode()) for t in texts]


class NoEncoder:
    "Fails if anything is tokenized: proves a cache was used."
    def __getattr__(self, k): raise AssertionError('tokenized although a complete cache exists')


@pytest.fixture(autouse=True)
def clean_env(monkeypatch, tmp_path):
    for k in ('LMHW_TRAIN_FILES', 'LMHW_VAL_FILES', 'LMHW_DATA_DIR', 'LMHW_CACHE_DIR', 'HF_HUB_OFFLINE', 'HF_ENDPOINT',
              'HTTPS_PROXY', 'https_proxy'):
        monkeypatch.delenv(k, raising=False)
    monkeypatch.chdir(tmp_path)   # the default ./data_cache lands in tmp_path


@pytest.fixture
def fake(monkeypatch):
    enc = ByteEncoder()
    monkeypatch.setattr(D, 'get_encoding', lambda name='gpt2': enc)
    return enc


@pytest.fixture
def gpt2(monkeypatch):
    if DATA and not os.environ.get('TIKTOKEN_CACHE_DIR'):
        monkeypatch.setenv('TIKTOKEN_CACHE_DIR', str(Path(DATA) / 'tokenizer' / 'tiktoken_cache'))
    try: return D.get_encoding('gpt2')
    except RuntimeError as e:
        pytest.skip(f"GPT-2 tokenizer files unavailable (set TIKTOKEN_CACHE_DIR or LMHW_DATA_DIR): {e}")


def jsonl(path, docs, raw=None):
    "Write documents (strings become {'text': ...}) as JSON lines, gzip if the name ends in .gz; then `raw` as it is."
    doc = lambda d: d if isinstance(d, dict) else {'text': d, 'url': 'https://example.com'}
    data = ''.join(json.dumps(doc(d)) + '\n' for d in docs) + (raw or '')
    path = Path(path)
    (gzip.open if path.name.endswith('.gz') else open)(path, 'wb').write(data.encode())
    return path


def cfg(train=None, val=None, cache='cache', **data):
    return OmegaConf.create({'tokenizer_encoding': 'gpt2',
                             'data': {'train_files': train and str(train), 'val_files': val and str(val),
                                      'cache_dir': str(cache), 'train_tokens': None, 'val_tokens': None, **data}})


def expected(docs): return [b for d in docs for b in list(d.encode()) + [256]]


def final_files(cache): return sorted(p.name for p in Path(cache).glob('*') if p.suffix in ('.bin', '.json'))


# ---------------------------------------------------------------- the real data

@needs_data
def test_c4_sample_token_counts(gpt2, tmp_path, monkeypatch):
    c4 = Path(DATA) / 'c4'
    c = cfg(c4 / 'c4-train.00000-of-01024.first1000.json.gz', c4 / 'c4-validation.sample2k.json.gz', tmp_path / 'cache')
    train, val = D.get_tokens(c, 'train'), D.get_tokens(c, 'val')
    assert (len(train), len(val)) == (486_006, 938_662)
    assert ((train == 50256).sum(), (val == 50256).sum()) == (1000, 2000)
    assert train.dtype == np.uint16 and isinstance(val, np.memmap) and not val.flags.writeable
    assert val[:2].tolist() == gpt2.encode_ordinary("We offer")
    monkeypatch.setattr(D, 'get_encoding', lambda name: NoEncoder())
    assert np.array_equal(D.get_tokens(c, 'val'), val)


# ---------------------------------------------------------------- cache

def test_cache_reused_without_tokenizing(fake, tmp_path, monkeypatch):
    docs = ['first document', 'second', 'über drittes']
    tr, va = jsonl(tmp_path / 'train.json.gz', docs), jsonl(tmp_path / 'val.jsonl', ['held back'])
    c = cfg(tr, va, tmp_path / 'cache')
    toks = D.get_tokens(c, 'train')
    assert toks.tolist() == expected(docs) and fake.calls == 1
    meta = json.loads(Path(toks.filename).with_suffix('.json').read_text())
    assert meta['n_tokens'] == len(toks) and meta['n_documents'] == 3 and meta['dtype'] == 'uint16'
    assert meta['tokenizer'] == 'gpt2' and meta['source'] == 'files' and meta['max_tokens'] is None and meta['created']
    assert meta['files'] == [dict(path=str(tr.resolve()), size=tr.stat().st_size, mtime_ns=tr.stat().st_mtime_ns)]
    monkeypatch.setattr(D, 'get_encoding', lambda name: NoEncoder())
    monkeypatch.setattr(D, 'iter_records', lambda path: pytest.fail('a complete cache must not open the shards'))
    assert D.get_tokens(c, 'train').tolist() == expected(docs)
    assert D.load_token_source(toks.filename).tolist() == expected(docs)


def test_cache_rebuilt_when_sources_tokenizer_or_limit_change(fake, tmp_path):
    tr = jsonl(tmp_path / 'train.json', ['aaaa', 'bbbb', 'cccc'])
    c = cfg(tr, None, tmp_path / 'cache')
    first = D.get_tokens(c, 'train'); assert fake.calls == 1
    D.get_tokens(c, 'train'); assert fake.calls == 1
    st = tr.stat(); os.utime(tr, ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))   # touched: same size, newer mtime
    D.get_tokens(c, 'train'); assert fake.calls == 2
    jsonl(tr, ['aaaa', 'bbbb', 'cccc', 'dd'])                                      # grown
    assert D.get_tokens(c, 'train').tolist() == expected(['aaaa', 'bbbb', 'cccc', 'dd']) and fake.calls == 3
    limited = OmegaConf.merge(c, {'data': {'train_tokens': 6}})
    assert len(D.get_tokens(limited, 'train')) == 10                             # whole documents: 5, then 5 >= 6
    D.get_tokens(OmegaConf.merge(c, {'tokenizer_encoding': 'r50k_base'}), 'train')
    assert fake.calls == 5
    names = final_files(tmp_path / 'cache')
    assert len(names) == 6 and len({n.split('.')[0] for n in names}) == 3   # one cache per (sources, tokenizer, limit)
    assert Path(first.filename).name in names                                   # the changed file was rebuilt in place


def test_whole_documents_until_the_limit(fake, tmp_path):
    tr = jsonl(tmp_path / 't.json', ['abc', 'abcde', 'abcdefg'])             # 4, 6, 8 tokens with EOT
    for limit, n in [(1, 4), (4, 4), (5, 10), (10, 10), (11, 18), (10**9, 18)]:
        assert len(D.prepare_tokens(str(tr), max_tokens=limit, cache_dir=tmp_path / 'c', progress=False)) == n


def test_interrupted_build_is_never_used(tmp_path, monkeypatch):
    tr = jsonl(tmp_path / 'train.json', ['some text'] * 3)
    cache = tmp_path / 'cache'
    class Interrupted(ByteEncoder):
        def encode_ordinary_batch(self, texts, num_threads=1): raise KeyboardInterrupt
    monkeypatch.setattr(D, 'get_encoding', lambda name: Interrupted())
    with pytest.raises(KeyboardInterrupt): D.get_tokens(cfg(tr, None, cache), 'train')
    assert list(cache.iterdir()) == []                                          # no final name, no temporary left
    # a process killed with SIGKILL while tokenizing
    script = (f"import sys, time, lmhw.data as D\nclass E:\n name, n_vocab, eot_token = 'b', 257, 256\n"
              f" def encode_ordinary_batch(self, texts, num_threads=1):\n"
              f"  print('tokenizing', flush=True); time.sleep(60)\n"
              f"D.get_encoding = lambda name: E()\n"
              f"D.prepare_tokens({str(tr)!r}, cache_dir={str(cache)!r}, progress=False)\n")
    p = subprocess.Popen([sys.executable, '-c', script], stdout=subprocess.PIPE, text=True)
    try: assert p.stdout.readline().strip() == 'tokenizing'
    finally: p.send_signal(signal.SIGKILL); p.wait()
    assert final_files(cache) == [] and any('.tmp' in f.name for f in cache.iterdir())
    fake = ByteEncoder(); monkeypatch.setattr(D, 'get_encoding', lambda name: fake)
    toks = D.prepare_tokens(str(tr), cache_dir=cache, progress=False)
    assert toks.tolist() == expected(['some text'] * 3)
    # killed between renaming the .bin into place and writing the .json; and a .bin cut short
    meta = Path(toks.filename).with_suffix('.json')
    meta.unlink()
    assert D.prepare_tokens(str(tr), cache_dir=cache, progress=False).tolist() == expected(['some text'] * 3)
    assert fake.calls == 2
    with open(toks.filename, 'r+b') as f: f.truncate(4)
    assert len(D.prepare_tokens(str(tr), cache_dir=cache, progress=False)) == 30 and fake.calls == 3
    with pytest.raises(ValueError, match='not a complete lmhw token cache'):
        meta.unlink(); D.read_cache(toks.filename)


def test_completed_cache_survives_a_failed_build(fake, tmp_path, monkeypatch):
    good = jsonl(tmp_path / 'good.json', ['fine'])
    bad = jsonl(tmp_path / 'bad.json', ['fine'], raw='{"text": broken\n')
    cache = tmp_path / 'cache'
    D.prepare_tokens(str(good), cache_dir=cache, progress=False)
    before = final_files(cache)
    with pytest.raises(ValueError, match=r'bad.json:2: not a JSON document'):
        D.prepare_tokens(f'{good},{bad}', cache_dir=cache, progress=False)
    assert final_files(cache) == before and len(list(cache.iterdir())) == 2
    monkeypatch.setattr(D, 'get_encoding', lambda name: NoEncoder())
    assert D.prepare_tokens(str(good), cache_dir=cache, progress=False).tolist() == expected(['fine'])


# ---------------------------------------------------------------- bad input

def _gz_cut(p): p.write_bytes(gzip.compress(b'{"text": "abc"}\n' * 1000)[:40]); return p
def _gz_garbled(p):
    b = bytearray(gzip.compress(json.dumps({'text': 'x' * 5000}).encode() * 20)); b[30:60] = b'\xff' * 30
    p.write_bytes(bytes(b)); return p

BAD = {
    'missing file':    (lambda t: t / 'missing.json.gz', FileNotFoundError, r'missing.json.gz: no such file.*HINT'),
    'glob matches nothing': (lambda t: t / 'shards' / '*.json.gz', FileNotFoundError, r"matches no file; HINT"),
    'a folder':        (lambda t: t, IsADirectoryError, r'is a folder; HINT'),
    'not gzip':        (lambda t: (t / 'plain.json.gz').write_text('{"text": "x"}\n') and t / 'plain.json.gz',
                        ValueError, r'plain.json.gz: named .gz but not gzip'),
    'truncated gzip':  (lambda t: _gz_cut(t / 'cut.json.gz'),
                        ValueError, r'cut.json.gz: unreadable gzip data after line \d+ \(EOFError.*HINT'),
    'garbled gzip':    (lambda t: _gz_garbled(t / 'garbled.json.gz'),
                        ValueError, r'garbled.json.gz: unreadable gzip data after line 0.*HINT'),
    'line not JSON':   (lambda t: jsonl(t / 'bad.json', ['a', 'b'], raw='not json at all\n'),
                        ValueError, r'bad.json:3: not a JSON document.*HINT'),
    'no text':         (lambda t: jsonl(t / 'notext.jsonl', [{'url': 'u'}]),
                        ValueError, r"notext.jsonl:1: no 'text' string.*HINT"),
    'text not a string': (lambda t: jsonl(t / 'null.json', ['ok', {'text': None}]),
                          ValueError, r"null.json:2: no 'text' string"),
    'empty shard':     (lambda t: jsonl(t / 'empty.json', []), ValueError, r'no documents in empty.*HINT'),
}

@pytest.mark.parametrize('case', BAD)
def test_bad_input_fails_fast_naming_the_file(case, fake, tmp_path):
    make, exc, msg = BAD[case]
    path = make(tmp_path)
    t0 = time.time()
    with pytest.raises(exc, match=msg): D.get_tokens(cfg(path, None, tmp_path / 'cache'), 'train')
    assert time.time() - t0 < 5
    assert final_files(tmp_path / 'cache') == [] if (tmp_path / 'cache').exists() else True


def test_no_files_configured(tmp_path):
    with pytest.raises(FileNotFoundError, match='HINT: to work offline'): D.resolve_files(' , ')
    with pytest.raises(ValueError, match='data.val_files is not set; HINT'): D.get_tokens(cfg(source='files'), 'val')
    with pytest.raises(ValueError, match="'train' or 'val'"): D.get_tokens(cfg(), 'test')


def test_tokenizer_unavailable_explains_tiktoken_cache_dir(monkeypatch):
    import tiktoken
    def offline(name): raise ConnectionError("Failed to resolve 'openaipublic.blob.core.windows.net'")
    monkeypatch.setattr(tiktoken, 'get_encoding', offline)
    with pytest.raises(RuntimeError, match=r"could not load the 'gpt2' tokenizer files.*HINT.*TIKTOKEN_CACHE_DIR"):
        D.get_encoding('gpt2')
    with pytest.raises(ValueError, match='unknown tokenizer'): D.get_encoding('gpt-2')


# ---------------------------------------------------------------- where the data comes from

def test_same_file_for_train_and_val_is_refused(fake, tmp_path):
    a, b = jsonl(tmp_path / 'a.json.gz', ['x']), jsonl(tmp_path / 'b.json.gz', ['y'])
    (tmp_path / 'link.json.gz').symlink_to(a); os.link(a, tmp_path / 'hard.json.gz')
    for val in (a, f'{tmp_path}/./a.json.gz', tmp_path / 'link.json.gz', tmp_path / 'hard.json.gz', f'{b},{a}'):
        for split in ('train', 'val'):
            with pytest.raises(ValueError, match='a.json.gz.* is both a training and a validation file.*HINT'):
                D.get_tokens(cfg(f'{tmp_path}/[a]*.json.gz', val, tmp_path / 'cache'), split)
    assert D.get_tokens(cfg(a, b, tmp_path / 'cache'), 'val').tolist() == expected(['y'])


def test_environment_fills_the_config(fake, tmp_path, monkeypatch):
    a, b = jsonl(tmp_path / 'a.json', ['train text']), jsonl(tmp_path / 'b.json', ['val text'])
    monkeypatch.setenv('LMHW_TRAIN_FILES', str(a)); monkeypatch.setenv('LMHW_VAL_FILES', str(b))
    monkeypatch.setenv('LMHW_CACHE_DIR', str(tmp_path / 'envcache'))
    c = OmegaConf.create({'data': {'val_tokens': None}})
    assert D.get_tokens(c, 'val').tolist() == expected(['val text'])
    assert Path(D.get_tokens(c, 'train').filename).parent == (tmp_path / 'envcache').resolve()
    assert D.data_config(cfg(b, a))['train_files'] == str(b)                   # the config wins over the environment
    monkeypatch.setenv('LMHW_VAL_FILES', str(a))
    with pytest.raises(ValueError, match='both a training and a validation file'): D.get_tokens(c, 'val')


def test_npz_source(tmp_path):
    np.savez(tmp_path / 'tokens.npz', train=np.arange(20, dtype=np.int64), val=np.array([5, 6, 7], dtype=np.int32))
    c = cfg(tmp_path / 'ignored.json', None, npz=str(tmp_path / 'tokens.npz'))   # npz wins under source: auto
    train, val = D.get_tokens(c, 'train'), D.get_tokens(c, 'val')
    assert train.tolist() == list(range(20)) and val.tolist() == [5, 6, 7]
    assert train.dtype == val.dtype == np.uint16 and not val.flags.writeable
    assert D.load_token_source(f'{tmp_path}/tokens.npz').tolist() == [5, 6, 7]
    assert D.load_token_source(f'{tmp_path}/tokens.npz:train').tolist() == list(range(20))
    np.savez(tmp_path / 'other.npz', tokens=np.arange(3))
    np.savez(tmp_path / 'wide.npz', train=np.array([1 << 16]), val=np.array([1]))
    np.savez(tmp_path / 'float.npz', train=np.zeros(3), val=np.zeros(3))
    for name, split, msg in [('missing.npz', 'val', 'no such file'),
                             ('other.npz', 'val', r"holds arrays \['tokens'\], not 'val'"),
                             ('wide.npz', 'train', 'outside 0..65535'), ('float.npz', 'val', 'float64')]:
        with pytest.raises((ValueError, FileNotFoundError), match=msg):
            D.get_tokens(cfg(npz=str(tmp_path / name)), split)
    with pytest.raises(ValueError, match='data.npz is not set'): D.get_tokens(cfg(source='npz'), 'val')


def test_load_token_source_files_and_bin(fake, tmp_path):
    a, b = jsonl(tmp_path / 'a.json.gz', ['one']), jsonl(tmp_path / 'b.json', ['two'])
    toks = D.load_token_source(f'{a},{b}', cache_dir=tmp_path / 'c', progress=False)
    assert toks.tolist() == expected(['one', 'two'])
    assert D.load_token_source(toks.filename).tolist() == toks.tolist()
    with pytest.raises(ValueError, match="tokenized with 'gpt2', not 'r50k_base'"):
        D.load_token_source(toks.filename, 'r50k_base')
    Path(toks.filename).with_suffix('.json').unlink()
    with pytest.raises(ValueError, match='not a complete lmhw token cache'): D.load_token_source(toks.filename)


def test_prepared_bin_files_as_a_source(fake, tmp_path):
    "Prepared token files can stand in for the shards (how runs on a GPU machine without the JSON get their data)."
    both = lambda: cfg(jsonl(tmp_path / 't.json', ['one', 'two']), jsonl(tmp_path / 'v.json', ['three']))
    tr, va = D.get_tokens(both(), 'train', progress=False), D.get_tokens(both(), 'val', progress=False)
    c = cfg(tr.filename, va.filename, cache=tmp_path / 'other', train_tokens=4)
    assert D.get_tokens(c, 'train').tolist() == expected(['one', 'two'])[:4]
    assert D.get_tokens(c, 'val').tolist() == expected(['three'])
    with pytest.raises(ValueError, match='names 2 files with a .bin among them'):
        D.get_tokens(cfg(f'{tr.filename},{tmp_path}/t.json', None), 'train')


# ---------------------------------------------------------------- the hub

def test_hub_offline_fails_within_seconds(tmp_path, monkeypatch):
    monkeypatch.setattr(D, 'get_encoding', lambda name: ByteEncoder())
    for var, value in [('HF_HUB_OFFLINE', '1'), ('HF_ENDPOINT', 'http://127.0.0.1:9')]:   # port 9: nothing listens
        with monkeypatch.context() as m:
            m.setenv(var, value)
            t0 = time.time()
            hint = r'HINT: .*set LMHW_TRAIN_FILES and LMHW_VAL_FILES \(or data.train_files and data.val_files\)'
            with pytest.raises(ConnectionError, match=hint):
                D.get_tokens(cfg(cache=tmp_path / 'cache', train_tokens=1000), 'train')
            assert time.time() - t0 < 5
    assert final_files(tmp_path / 'cache') == []
    with pytest.raises(ValueError, match='data.train_tokens is null'):
        D.get_tokens(cfg(cache=tmp_path / 'cache'), 'train')


def test_hub_streams_in_order_until_the_limit_then_caches(fake, tmp_path, monkeypatch):
    calls = []
    class FakeDatasets:
        @staticmethod
        def load_dataset(name, config, split, streaming):
            calls.append((name, config, split, streaming))
            return ({'text': f'doc {i}', 'url': 'u'} for i in range(1000))
    monkeypatch.setitem(sys.modules, 'datasets', FakeDatasets)
    monkeypatch.setattr(D, '_hub_unreachable', lambda timeout=3.0: None)
    c = cfg(cache=tmp_path / 'cache', val_tokens=20)
    val = D.get_tokens(c, 'val')
    assert val.tolist() == expected(['doc 0', 'doc 1', 'doc 2', 'doc 3'])      # 6 tokens each: 24 >= 20
    assert calls == [('allenai/c4', 'en', 'validation', True)]
    monkeypatch.setattr(D, 'get_encoding', lambda name: NoEncoder())
    assert D.get_tokens(c, 'val').tolist() == val.tolist() and len(calls) == 1


def test_import_needs_neither_datasets_nor_tiktoken():
    code = "import sys, lmhw.data; assert 'datasets' not in sys.modules and 'tiktoken' not in sys.modules"
    subprocess.run([sys.executable, '-c', code], check=True)


# ---------------------------------------------------------------- command line

def test_cli_prepares_both_splits_and_benchmarks(gpt2, tmp_path):
    tr, va = jsonl(tmp_path / 'tr.json.gz', ['Hello world'] * 3), jsonl(tmp_path / 'va.json', ['Hello'])
    env = dict(os.environ)   # with TIKTOKEN_CACHE_DIR from the gpt2 fixture
    r = subprocess.run([sys.executable, '-m', 'lmhw.data', str(REPO / 'configs' / 'GPT-tiny.yaml'),
                          f'data.train_files={tr}', f'data.val_files={va}', f'data.cache_dir={tmp_path / "c"}'],
                         env=env, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert 'train: 9 tokens' in r.stdout and 'val: 2 tokens' in r.stdout and str(tmp_path / 'c') in r.stdout
    r = subprocess.run([sys.executable, '-m', 'lmhw.data', '--benchmark', str(tr)], env=env, capture_output=True,
                         text=True)
    assert r.returncode == 0, r.stderr
    assert 'ratio' in r.stdout and 'peak RSS' in r.stdout


@needs_data
def test_cli_reads_lmhw_data_dir_alone(tmp_path):
    # LMHW_DATA_DIR alone (relative, no TIKTOKEN_CACHE_DIR, LMHW_TRAIN_FILES or LMHW_VAL_FILES) gives the tokenizer and
    # both splits
    folder = tmp_path / 'data'
    (folder / 'c4').mkdir(parents=True); (folder / 'tokenizer').symlink_to(Path(DATA).resolve() / 'tokenizer')
    jsonl(folder / 'c4' / 'c4-train.00000-of-01024.json.gz', ['Hello world'] * 3)
    jsonl(folder / 'c4' / 'c4-validation.00000-of-00008.json.gz', ['Hello'])
    drop = ('TIKTOKEN_CACHE_DIR', 'DATA_GYM_CACHE_DIR', 'LMHW_TRAIN_FILES', 'LMHW_VAL_FILES', 'LMHW_CACHE_DIR')
    env = {k: v for k, v in os.environ.items() if k not in drop}
    # tiktoken's default cache (TMPDIR/data-gym-cache) is empty: the files must come through LMHW_DATA_DIR
    env['TMPDIR'] = str(tmp_path)
    cmd = [sys.executable, '-m', 'lmhw.data', str(REPO / 'configs' / 'GPT-tiny.yaml')]
    r = subprocess.run(cmd, env=dict(env, LMHW_DATA_DIR='data'), cwd=tmp_path, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    # GPT-2 ids: Hello, world, <|endoftext|> (x3); Hello, <|endoftext|>
    assert 'train: 9 tokens' in r.stdout and 'val: 2 tokens' in r.stdout
    r = subprocess.run(cmd, env=dict(env, LMHW_DATA_DIR='dta'), cwd=tmp_path, capture_output=True, text=True)
    assert r.returncode == 2 and r.stderr.startswith("lmhw: error: LMHW_DATA_DIR='dta': no such folder")
    assert 'HINT' in r.stderr


@needs_data
def test_get_encoding_leaves_the_environment_alone(monkeypatch):
    # LMHW_DATA_DIR stands for TIKTOKEN_CACHE_DIR only during the call: nothing leaks into later code or child processes
    monkeypatch.delenv('TIKTOKEN_CACHE_DIR', raising=False); monkeypatch.setenv('LMHW_DATA_DIR', DATA)
    assert D.get_encoding('gpt2').encode_ordinary('Hello world') == [15496, 995]
    assert 'TIKTOKEN_CACHE_DIR' not in os.environ
