("The package's shape: imports flow one way (each notebook's module imports only lower-numbered ones), "
 "one FLOP formula, short functions.")
import ast, json, re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

def module_ranks()->dict:
    "lmhw module -> number of the notebook that exports it (nbs/NN_name.ipynb with `#| default_exp name`)."
    ranks = {}
    for nb in sorted((ROOT / 'nbs').glob('[0-9][0-9]_*.ipynb')):
        src = ''.join(json.loads(nb.read_text())['cells'][0]['source'])
        m = re.search(r'#\|\s*default_exp\s+(\S+)', src)
        assert m, f"{nb.name}: the first cell should be `#| default_exp <module>`"
        ranks[m.group(1)] = int(nb.name[:2])
    return ranks

def lmhw_imports(path:Path)->set:
    "The lmhw modules a file imports, anywhere in it (inside functions too)."
    found = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom):
            mod = node.module or ''
            if node.level == 1: found.update([mod.split('.')[0]] if mod else [a.name for a in node.names])
            elif mod == 'lmhw': found.update(a.name for a in node.names)
            elif mod.startswith('lmhw.'): found.add(mod.split('.')[1])
        elif isinstance(node, ast.Import):
            found.update(a.name.split('.')[1] for a in node.names if a.name.startswith('lmhw.'))
    return found

def test_notebooks_are_numbered_once():
    nums = [nb.name[:2] for nb in (ROOT / 'nbs').glob('[0-9][0-9]_*.ipynb')]
    assert len(nums) == len(set(nums)), f"two notebooks share a number: {sorted(nums)}"

def test_imports_flow_from_lower_notebooks():
    ranks = module_ranks()
    bad = []
    for py in sorted((ROOT / 'lmhw').glob('*.py')):
        if py.stem not in ranks: continue   # __init__, _modidx
        for dep in sorted(lmhw_imports(py)):
            if dep not in ranks: bad.append(f"lmhw/{py.name} imports lmhw.{dep}, which no notebook exports")
            elif ranks[dep] >= ranks[py.stem]:
                bad.append(f"lmhw/{py.name} (notebook {ranks[py.stem]:02d}) imports lmhw.{dep} "
                           f"(notebook {ranks[dep]:02d})")
    assert not bad, "imports must flow from lower-numbered notebooks:\n" + '\n'.join(bad)

def test_one_flop_formula():
    hits = [f"{py.name}:{i}" for py in (ROOT / 'lmhw').glob('*.py')
            for i, line in enumerate(py.read_text().splitlines(), 1) if re.search(r'12 \* .*n_layer', line)]
    assert len(hits) == 1, ("the course's FLOP formula should be written once (lmhw.model.course_flops_per_token), "
                            f"found at {hits}")

def test_functions_are_short():
    long = []
    for py in sorted((ROOT / 'lmhw').glob('*.py')):
        for node in ast.walk(ast.parse(py.read_text())):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.end_lineno - node.lineno + 1 > 80:
                long.append(f"lmhw/{py.name}:{node.lineno} {node.name} ({node.end_lineno - node.lineno + 1} lines)")
    assert not long, "functions over 80 lines:\n" + '\n'.join(long)

def test_index_notebook_holds_the_readme():
    "nbs/index.ipynb, nbdev's front page, holds README.md: one markdown cell a `## ` section, nothing else."
    cells = json.loads((ROOT / 'nbs/index.ipynb').read_text())['cells']
    page = '\n\n'.join(''.join(c['source']).strip('\n') for c in cells if c['cell_type'] == 'markdown')
    readme = (ROOT / 'README.md').read_text()
    squeeze = lambda t: re.sub(r'\n{2,}', '\n\n', t.strip())
    assert squeeze(page) == squeeze(readme), ("nbs/index.ipynb and README.md differ. HINT: edit README.md, then put "
                                              "each of its `## ` sections into one markdown cell of nbs/index.ipynb")
