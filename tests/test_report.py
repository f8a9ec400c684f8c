"The report builds from the committed run records: report/report.ipynb executes and becomes a PDF (pandoc + typst)."
import json, time
from pathlib import Path
from lmhw.report import build_report
from lmhw.runs import runs_table, read_run
from lmhw.config import with_defaults

ROOT = Path(__file__).resolve().parents[1]


def test_the_homeworks_rules_hold_in_the_records():
    assert (runs_table(ROOT / 'experiments/q1.4-search/runs').train_flops <= 1e15).all()
    final = read_run(ROOT / 'experiments/q1.5-final/runs/q1.5-final.json')
    assert final['eval']['train-flops'] <= 1e17 and final['eval']['model-bytes'] < 100e6
    best = read_run(ROOT / 'experiments/q1.4-search/runs/warmup-300-lr6e-3.json')
    same = lambda r: with_defaults(r['config']).model_config   # older records lack newer options: at their defaults
    assert same(final) == same(best)   # Q1.5 trains Q1.4's model


def test_answers_follow_the_fixed_form():
    a = json.loads((ROOT / 'report/answers.json').read_text())
    assert set(a['q1_3']) >= {'val_loss', 'steps_to_saturate', 'run'}
    assert set(a['q1_4']) >= {'config', 'val_ppl', 'reported', 'search_runs', 'search_wall_s', 'card'}
    assert len(a['q1_4']['reported']) <= 5
    assert set(a['q1_5']) >= {'config', 'run', 'val_loss', 'val_ppl', 'c4_val_ppl', 'model_pt_mb', 'train_flops',
                              'train_seconds', 'card'}
    for q in ('q1_3', 'q1_5'): assert (ROOT / a[q]['run']).is_file()
    for q in ('q1_4', 'q1_5'): assert (ROOT / a[q]['config']).is_file()
    assert a['q1_5']['train_flops'] <= 1e17 and a['q1_5']['model_pt_mb'] < 100


def test_report_builds(tmp_path):
    pdf = build_report(ROOT / 'report/report.ipynb', tmp_path / 'report.pdf')
    data = pdf.read_bytes()
    assert data.startswith(b'%PDF') and len(data) > 100_000   # text and figures


def test_report_pdf_is_reproducible(tmp_path):
    # no creation date in the PDF: building the same notebook twice, seconds apart, gives the same bytes
    # (a rebuilt report.pdf shows no change in git)
    a = build_report(ROOT / 'report/report.ipynb', tmp_path / 'a.pdf', execute=False).read_bytes()
    time.sleep(1.5)
    b = build_report(ROOT / 'report/report.ipynb', tmp_path / 'b.pdf', execute=False).read_bytes()
    assert a == b
