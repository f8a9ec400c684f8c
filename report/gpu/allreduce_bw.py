"""All-reduce bandwidth between the GPUs of one machine (issue 5): how fast NCCL sums a gradient-sized buffer.
torchrun --nproc_per_node=N report/gpu/allreduce_bw.py   (prints one line per size and dtype, rank 0 only)
algbw = bytes / time; busbw = algbw * 2(N-1)/N, the per-GPU link rate that a ring all-reduce needs (nccl-tests' names).
Sizes: the 256/8/256 speed-check model has 19.2M parameters (77 MB of float32 gradients, between the 16.8M and 25.8M rows);
384/12/512 has 40.8M (course recipe) or 40.5M (modern recipe: the 40,541,952 row)."""
import os, torch, torch.distributed as dist

dist.init_process_group('nccl')
rank, n = dist.get_rank(), dist.get_world_size()
torch.cuda.set_device(int(os.environ['LOCAL_RANK']))
if rank == 0:
    print(f"{n} GPUs: {torch.cuda.get_device_name()}, torch {torch.__version__}, nccl {torch.cuda.nccl.version()}")
    print("peer access from GPU 0:", [torch.cuda.can_device_access_peer(0, j) for j in range(1, torch.cuda.device_count())])
for dtype in (torch.float32, torch.bfloat16):
    for numel in (1 << 20, 1 << 22, 1 << 24, 25_800_000, 40_541_952, 1 << 26):
        x = torch.ones(numel, dtype=dtype, device='cuda')
        for _ in range(5): dist.all_reduce(x)
        torch.cuda.synchronize(); dist.barrier()
        start, end, iters = torch.cuda.Event(enable_timing=True), torch.cuda.Event(enable_timing=True), 20
        start.record()
        for _ in range(iters): dist.all_reduce(x)
        end.record(); torch.cuda.synchronize()
        ms = start.elapsed_time(end) / iters
        nbytes = numel * x.element_size()
        if rank == 0:
            algbw = nbytes / ms / 1e6
            print(f"allreduce {str(dtype)[6:]:8s} {numel:>11,d} elements {nbytes/1e6:8.1f} MB {ms:8.3f} ms "
                  f"algbw {algbw:7.1f} GB/s busbw {algbw * 2 * (n - 1) / n:7.1f} GB/s", flush=True)
dist.destroy_process_group()
