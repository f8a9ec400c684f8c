"The course's unit tests (HW1 Question 1.1), as given: samplers, schedule, loss, and the training loop."
import contextlib, math
import torch
import pytest
from lmhw.model import DecoderLM
from lmhw.samplers import random_batch_sampler, sequential_batch_sampler
from lmhw.schedule import cosine_lr_schedule
from lmhw.loss import compute_language_modeling_loss
from lmhw.train import train
from lmhw.evaluate import evaluate_loss


def test_random_batch_sampler():
    tokens = torch.arange(100_000)
    sampler = random_batch_sampler(tokens, "cpu", batch_size=32, seq_len=256)
    for _ in range(100):
        batch = next(sampler)
        assert batch.shape == (32, 256)
        assert (batch[:, 1:] - batch[:, :-1] == 1).all()


def test_random_batch_sampler_covers_all_tokens():
    sampler = random_batch_sampler(torch.arange(7), "cpu", batch_size=64, seq_len=4)
    seen = set()
    for _ in range(100): seen |= set(next(sampler).flatten().tolist())
    assert seen == set(range(7))


def test_sequential_batch_sampler():
    B, S = 32, 256
    tokens = torch.arange(24 * B * S)
    batches = list(sequential_batch_sampler(tokens, "cpu", B, S))
    assert len(batches) == 24
    assert all(b.shape == (B, S) for b in batches)
    assert torch.equal(torch.cat(batches).flatten(), tokens)
    assert len(list(sequential_batch_sampler(torch.arange(24 * B * S + 7), "cpu", B, S))) == 24


def test_cosine_lr_schedule():
    sched = cosine_lr_schedule(num_warmup_steps=5, num_training_steps=10, min_lr=0.01, max_lr=0.1)
    expected = [0, 0.02, 0.04, 0.06, 0.08, 0.1, 0.091405, 0.068905, 0.041094, 0.018594, 0.01, 0.01, 0.01, 0.01, 0.01]
    for t, e in enumerate(expected):
        assert sched(t) == pytest.approx(e, rel=1e-3, abs=1e-12), t


def test_language_modeling_loss():
    input_ids = torch.tensor([[0, 1, 2], [2, 1, 0]])
    logits = torch.tensor([1.0, -2.0, 3.0]).expand(2, 3, 3)
    assert compute_language_modeling_loss(input_ids, logits).item() == pytest.approx(3.1328, rel=1e-3)


def _train(tokens, n_positions, batch_size, seq_len, steps=300):
    torch.manual_seed(0)
    model = DecoderLM(n_vocab=8, n_embd=16, n_head=8, n_positions=n_positions, n_layer=2)
    optimizer = torch.optim.AdamW(model.parameters(), betas=(0.9, 0.95))
    lr_schedule = cosine_lr_schedule(10, steps, 1e-4, 5e-4)
    sampler = random_batch_sampler(tokens, "cpu", batch_size, seq_len)
    train(model, sampler, optimizer, lr_schedule, contextlib.nullcontext(), steps, 2)
    return model


def test_train():
    tokens = torch.arange(8)
    model = _train(tokens, n_positions=16, batch_size=4, seq_len=4)
    val_loss = evaluate_loss(model, sequential_batch_sampler(tokens, "cpu", 2, 4))
    assert val_loss <= 1.3


def test_train_sanity_check():
    "A model that can see the token it predicts would beat chance on random tokens; ours must not."
    torch.manual_seed(1)
    train_tokens, val_tokens = torch.randint(0, 8, (19_200,)), torch.randint(0, 8, (19_200,))
    model = _train(train_tokens, n_positions=4, batch_size=8, seq_len=4)
    val_loss = evaluate_loss(model, sequential_batch_sampler(val_tokens, "cpu", 8, 4))
    assert val_loss >= 0.95 * math.log(8)
