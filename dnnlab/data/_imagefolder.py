"""``data.dataset: imagefolder``: torchvision's ImageFolder layout, read with PIL into tensors.

Either ``root/<class>/*.png`` (split by the fractions) or ``root/train/<class>/*.png`` with
optional ``root/val/`` and ``root/test/`` used as the splits. Class names are the folder
names in sorted order (as torchvision's ``ImageFolder``); files are found recursively.
"""

from __future__ import annotations

import os
from pathlib import Path

import torch
from PIL import Image
from torchvision.transforms import v2
from torchvision.transforms.v2 import functional as TF

from dnnlab.config import DataConfig
from dnnlab.data._raw import RawData
from dnnlab.errors import UserError
from dnnlab.factories import describe_exception

# torchvision.datasets.folder.IMG_EXTENSIONS
EXTENSIONS = (".jpg", ".jpeg", ".png", ".ppm", ".bmp", ".pgm", ".tif", ".tiff", ".webp")
GREY_MODES = ("1", "L", "LA", "I", "I;16", "F")
SPLITS = ("train", "val", "test")


def _where(root: str) -> str:
    return "" if Path(root).is_absolute() else f" (relative to the current directory {os.getcwd()})"


def _images(folder: Path) -> list[Path]:
    return sorted(
        p for p in folder.rglob("*")
        if p.suffix.lower() in EXTENSIONS and not p.name.startswith(".") and p.is_file()
    )


def _class_folders(folder: Path, name: str, strict: bool) -> dict[str, list[Path]]:
    """Each class subfolder of ``folder`` with its image files.

    ``strict`` (training images): an empty class folder is an error; otherwise it is skipped.
    """
    classes = sorted(p for p in folder.iterdir() if p.is_dir() and not p.name.startswith("."))
    if not classes:
        loose = _images(folder)
        what = f"{len(loose)} image(s) but no class subfolders" if loose else "no class subfolders"
        raise UserError(
            f"data.root: {name} {str(folder)!r} has {what}; put each class's images in a "
            f"subfolder named after the class ({name}/<class>/*.png)"
        )
    found = {p.name: _images(p) for p in classes}
    empty = [c for c, files in found.items() if not files]
    if len(empty) == len(found):
        raise UserError(
            f"data.root: {name} {str(folder)!r} has no images ({', '.join(EXTENSIONS)}) in its "
            f"class subfolders; add images or point data.root at another folder"
        )
    if empty and strict:
        raise UserError(
            f"data.root: class folder {str(folder / empty[0])!r} has no images; add images or "
            "remove the folder"
        )
    return {c: files for c, files in found.items() if files}


class _Reader:
    """Reads image files as float tensors (C, H, W) in [0, 1], all of one size and mode."""

    def __init__(self, cfg: DataConfig) -> None:
        size = cfg.image_size
        self.size = None if size is None else ([size, size] if isinstance(size, int) else size)
        self.channels = cfg.channels
        self.first: tuple[Path, tuple[int, int]] | None = None
        self.resize = v2.Resize(self.size, antialias=True) if self.size else None

    def __call__(self, path: Path) -> torch.Tensor:
        try:
            with Image.open(path) as img:
                img.load()
                if self.channels is None:
                    self.channels = 1 if img.mode in GREY_MODES else 3
                img = img.convert("L" if self.channels == 1 else "RGB")
        except Exception as err:  # PIL raises OSError, ValueError, DecompressionBombError, ...
            raise UserError(
                f"data.root: image {str(path)!r} cannot be read ({describe_exception(err)}); "
                "replace or remove that file"
            ) from None
        x = TF.to_image(img)
        if self.resize is not None:
            x = self.resize(x)
        else:
            hw = (int(x.shape[-2]), int(x.shape[-1]))
            if self.first is None:
                self.first = (path, hw)
            elif hw != self.first[1]:
                (h0, w0), (h, w) = self.first[1], hw
                raise UserError(
                    f"data.root: images differ in size ({self.first[0].name} is {h0}x{w0}, "
                    f"{path.name} is {h}x{w}); set data.image_size (e.g. {h0} or [{h0}, {w0}]) "
                    "to resize them all"
                )
        return TF.to_dtype(x, torch.float32, scale=True)

    def split(
        self, found: dict[str, list[Path]], classes: list[str]
    ) -> tuple[torch.Tensor, torch.Tensor]:
        index = {c: i for i, c in enumerate(classes)}
        xs, ys = [], []
        for name, files in found.items():
            for path in files:
                xs.append(self(path))
                ys.append(index[name])
        return torch.stack(xs), torch.tensor(ys, dtype=torch.int64)


def read_imagefolder(cfg: DataConfig, seed: int) -> RawData:
    """All images under ``cfg.root``, resized to ``cfg.image_size`` if given, in [0, 1]."""
    root = Path(cfg.root).expanduser()
    if not root.is_dir():
        kind = "is a file, not a folder" if root.exists() else "not found"
        raise UserError(
            f"data.root {cfg.root!r}: image folder {kind}{_where(cfg.root)}; point data.root at "
            "a folder of class subfolders (root/<class>/*.png) or of train/, val/, test/ ones"
        )
    given = {s: root / s for s in SPLITS if (root / s).is_dir()}
    if "train" not in given and given:
        raise UserError(
            f"data.root {cfg.root!r} has {' and '.join(f'{s}/' for s in given)} but no train/ "
            "folder; add train/<class>/ folders (or put class folders directly under data.root)"
        )
    folders = given or {"train": root}
    found = {
        s: _class_folders(p, f"{s}/" if given else "image folder", strict=s == "train")
        for s, p in folders.items()
    }
    classes = sorted(found["train"])
    if len(classes) < 2:
        raise UserError(
            f"data.root {cfg.root!r}: only one class folder ({classes[0]!r}); a classifier needs "
            "at least 2 class subfolders"
        )
    for split, by_class in found.items():
        unknown = sorted(set(by_class) - set(classes))
        if unknown:
            raise UserError(
                f"data.root {cfg.root!r}: {split}/ has class folder {unknown[0]!r}, which "
                "train/ lacks; every class needs training images"
            )
    read = _Reader(cfg)
    tensors = {s: read.split(by_class, classes) for s, by_class in found.items()}
    x, y = tensors["train"]
    val, test = tensors.get("val"), tensors.get("test")
    n = sum(len(t[1]) for t in tensors.values())
    h, w = x.shape[-2:]
    layout = f"{'/'.join(found)} folders" if given else "class folders"
    return RawData(
        "imagefolder", x, y, "classification", classes, None, is_image=True,
        val_x=val[0] if val else None, val_y=val[1] if val else None,
        test_x=test[0] if test else None, test_y=test[1] if test else None,
        source=f"imagefolder {root.resolve()} ({layout}, {n} images, {len(classes)} classes, "
               f"{x.shape[1]}x{h}x{w})",
    )
