"""Features of a face photo for the AI-generated-face detector. Pure functions of the image
and the face geometry; every feature has a name, and every group a plain-words description
used to explain a prediction.

Groups:
- ``eyes``: where the eyes are. StyleGAN faces (FFHQ alignment) have the eyes at a fixed place:
  a quarter of the width apart, centred, at 47% of the height (derived from the FFHQ
  alignment procedure, not learned from the data).
- ``spectrum``: the azimuthally averaged power spectrum of the grey image (GAN up-sampling
  leaves too little or too regular high-frequency energy) and how peaky it is.
- ``background``: how flat and blurred the borders and corners are (TPDNE backgrounds are
  smooth bokeh).
- ``symmetry``: left-right similarity of the face.
- ``colour``: saturation, colourfulness, greyscale.
- ``texture``: fine noise (Laplacian) in the face versus the whole image.
"""

from __future__ import annotations

import math
from functools import lru_cache

import numpy as np
from PIL import Image

from vetlink.photo.faces import FaceGeometry

STYLEGAN_EYES = ((0.375, 0.4725), (0.625, 0.4725))
SPECTRUM_SIDE = 256
SPECTRUM_BINS = 8
NAN = float("nan")

STYLEGAN_EYES_WITHIN = 0.03  # mean eye offset (fraction of the frame) that counts as "at" it
EYES_AT_STYLEGAN = "eyes at the StyleGAN position (centred, a quarter of the width apart)"
GROUP_WORDS: dict[str, str] = {
    "eyes": "face and eye geometry typical of generated faces",
    "spectrum": "high-frequency spectrum typical of generated images",
    "background": "smooth, blurred background typical of generated portraits",
    "symmetry": "unusually symmetric face",
    "colour": "colour statistics typical of generated portraits",
    "texture": "over-smooth skin texture",
}


def eye_features(geometry: FaceGeometry) -> dict[str, float]:
    main = geometry.main
    face = dict.fromkeys(("face_found", "face_cx", "face_cy", "face_w"), NAN)
    if main is not None:
        x, y, w, h = main
        face = {"face_found": 1.0, "face_cx": x + w / 2, "face_cy": y + h / 2, "face_w": w}
    else:
        face["face_found"] = 0.0
    names = ("eye_offset", "eye_dist", "eye_mid_x", "eye_mid_y", "eye_tilt")
    eyes = dict.fromkeys(names, NAN)
    if geometry.eyes is not None:
        (lx, ly), (rx, ry) = geometry.eyes
        (sx1, sy1), (sx2, sy2) = STYLEGAN_EYES
        offset = (math.hypot(lx - sx1, ly - sy1) + math.hypot(rx - sx2, ry - sy2)) / 2
        eyes = {
            "eye_offset": offset,
            "eye_dist": math.hypot(rx - lx, ry - ly),
            "eye_mid_x": (lx + rx) / 2,
            "eye_mid_y": (ly + ry) / 2,
            "eye_tilt": abs(ry - ly),
        }
    return {**face, **eyes}


def centre_square(grey: np.ndarray, side: int) -> np.ndarray:
    """The central ``side`` x ``side`` patch at native resolution (resized up if smaller)."""
    height, width = grey.shape
    if min(height, width) < side:
        image = Image.fromarray(grey.astype(np.uint8))
        scale = side / min(height, width)
        image = image.resize((math.ceil(width * scale), math.ceil(height * scale)),
                             Image.Resampling.BICUBIC)
        grey = np.asarray(image, dtype=np.float64)
        height, width = grey.shape
    top, left = (height - side) // 2, (width - side) // 2
    return grey[top : top + side, left : left + side]


@lru_cache(maxsize=1)
def spectrum_grid() -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """What every spectrum shares (computed once): the Hann window, each frequency's ring
    (radius), the ring sizes, the high-frequency mask and the log frequencies."""
    window = np.outer(np.hanning(SPECTRUM_SIDE), np.hanning(SPECTRUM_SIDE))
    yy, xx = np.indices((SPECTRUM_SIDE, SPECTRUM_SIDE)) - SPECTRUM_SIDE // 2
    radius = np.hypot(xx, yy).astype(int)
    limit = SPECTRUM_SIDE // 2
    counts = np.bincount(radius.ravel())[:limit]
    for array in (window, radius, counts):
        array.setflags(write=False)
    return window, radius, counts, radius > limit // 2, np.log(np.arange(1, limit))


def spectrum_features(grey: np.ndarray) -> dict[str, float]:
    window, radius, counts, high, log_freqs = spectrum_grid()
    patch = centre_square(grey, SPECTRUM_SIDE)
    patch = patch - patch.mean()
    power = np.abs(np.fft.fftshift(np.fft.fft2(patch * window))) ** 2
    log_power = np.log(power + 1e-8)
    limit = SPECTRUM_SIDE // 2
    profile = np.bincount(radius.ravel(), log_power.ravel())[:limit] / np.maximum(counts, 1)
    slope, intercept = np.polyfit(log_freqs, profile[1:], 1)
    residual = profile[1:] - (slope * log_freqs + intercept)
    features = {"spec_slope": float(slope), "spec_resid_high": float(residual[limit // 2 :].mean())}
    for i, chunk in enumerate(np.array_split(residual, SPECTRUM_BINS)):
        features[f"spec_band_{i}"] = float(chunk.mean())
    expected = profile[np.minimum(radius, limit - 1)]
    features["spec_peak"] = float(np.percentile((log_power - expected)[high], 99.9))
    return features


def gradient_energy(grey: np.ndarray) -> np.ndarray:
    gy, gx = np.gradient(grey)
    return np.hypot(gx, gy)


def centre_gradient(grey: np.ndarray) -> float:
    """Mean gradient energy of the central half of the image. Only that part (and a one-pixel
    border, for the central differences) is differentiated: the same values as cutting it
    out of the whole image's gradient."""
    height, width = grey.shape
    top, bottom, left, right = height // 4, 3 * height // 4, width // 4, 3 * width // 4
    if top < 1 or left < 1 or bottom >= height or right >= width:
        return float(gradient_energy(grey)[top:bottom, left:right].mean())
    grad = gradient_energy(grey[top - 1 : bottom + 1, left - 1 : right + 1])
    return float(grad[1:-1, 1:-1].mean())


def background_features(grey: np.ndarray) -> dict[str, float]:
    height, width = grey.shape
    ch, cw = max(1, height // 6), max(1, width // 6)
    corners = [grey[:ch, :cw], grey[:ch, -cw:], grey[-ch:, :cw], grey[-ch:, -cw:]]
    corner_grad = float(np.mean([gradient_energy(c).mean() for c in corners]))
    return {
        "bg_corner_grad": corner_grad,
        "bg_corner_grad_ratio": corner_grad / (centre_gradient(grey) + 1e-6),
        "bg_corner_std": float(np.mean([c.std() for c in corners])),
        "bg_top_std": float(grey[: max(1, height // 10)].std()),
    }


def face_crop(grey: np.ndarray, geometry: FaceGeometry) -> np.ndarray | None:
    main = geometry.main
    if main is None:
        return None
    height, width = grey.shape
    x, y, w, h = main
    x0, y0 = int(x * width), int(y * height)
    crop = grey[y0 : y0 + int(h * height), x0 : x0 + int(w * width)]
    return crop if min(crop.shape) >= 16 else None


def symmetry_features(grey: np.ndarray, geometry: FaceGeometry) -> dict[str, float]:
    crop = face_crop(grey, geometry)
    if crop is None:
        return {"sym_face": NAN, "sym_face_grad": NAN}
    mirrored = crop[:, ::-1]
    scale = crop.std() + 1e-6
    grad = gradient_energy(crop)
    return {
        "sym_face": float(np.abs(crop - mirrored).mean() / scale),
        "sym_face_grad": float(np.abs(grad - grad[:, ::-1]).mean() / (grad.mean() + 1e-6)),
    }


def colour_features(rgb: np.ndarray) -> dict[str, float]:
    """Colour statistics of an (h, w, 3) float array. The per-pixel maximum, minimum and mean
    over the channels are element-wise operations (the same values as ``max(axis=2)`` and
    ``mean(axis=2)``, which are slow over an axis of 3)."""
    r, g, b = (rgb[..., i] for i in range(3))
    rg, yb = r - g, 0.5 * (r + g) - b
    colourfulness = math.hypot(rg.std(), yb.std()) + 0.3 * math.hypot(rg.mean(), yb.mean())
    high, low = np.maximum(np.maximum(r, g), b), np.minimum(np.minimum(r, g), b)
    saturation = (high - low) / (high + 1e-6)
    channel_mean = r + g
    channel_mean += b
    channel_mean /= 3
    return {
        "col_colourfulness": colourfulness,
        "col_sat_mean": float(saturation.mean()),
        "col_sat_std": float(saturation.std()),
        "col_grey": float(colourfulness < 2.0),
        "col_brightness": float(rgb.mean()),
        "col_contrast": float(channel_mean.std()),
    }


def laplacian_std(grey: np.ndarray) -> float:
    lap = (
        -4 * grey[1:-1, 1:-1] + grey[:-2, 1:-1] + grey[2:, 1:-1] + grey[1:-1, :-2] + grey[1:-1, 2:]
    )
    return float(lap.std()) if lap.size else 0.0


def texture_features(grey: np.ndarray, geometry: FaceGeometry) -> dict[str, float]:
    whole = laplacian_std(grey)
    crop = face_crop(grey, geometry)
    face = laplacian_std(crop) if crop is not None else NAN
    return {"tex_whole": whole, "tex_face": face, "tex_face_ratio": face / (whole + 1e-6)}


GREY_WEIGHTS = np.array([0.299, 0.587, 0.114])


def feature_arrays(image: Image.Image) -> tuple[np.ndarray, np.ndarray]:
    """The colour (h, w, 3) and grey (h, w) float arrays the features are computed from."""
    rgb = np.asarray(image if image.mode == "RGB" else image.convert("RGB"), dtype=np.float64)
    return rgb, rgb @ GREY_WEIGHTS


def image_features(image: Image.Image, geometry: FaceGeometry) -> dict[str, float]:
    """All features of one RGB image, in a fixed order."""
    return features_of(*feature_arrays(image), geometry)


def features_of(rgb: np.ndarray, grey: np.ndarray, geometry: FaceGeometry) -> dict[str, float]:
    """All features from the image's float arrays (see :func:`feature_arrays`)."""
    return {
        **eye_features(geometry),
        **spectrum_features(grey),
        **background_features(grey),
        **symmetry_features(grey, geometry),
        **colour_features(rgb),
        **texture_features(grey, geometry),
    }


GROUP_PREFIX: dict[str, tuple[str, ...]] = {
    "eyes": ("face_", "eye_"),
    "spectrum": ("spec_",),
    "background": ("bg_",),
    "symmetry": ("sym_",),
    "colour": ("col_",),
    "texture": ("tex_",),
}


def describe(group: str, features: dict[str, float]) -> str:
    """Plain words for a feature group that drove a prediction, for this photo."""
    offset = features.get("eye_offset", NAN)
    if group == "eyes" and offset == offset and offset <= STYLEGAN_EYES_WITHIN:
        return EYES_AT_STYLEGAN
    return GROUP_WORDS[group]


def group_of(name: str) -> str:
    for group, prefixes in GROUP_PREFIX.items():
        if name.startswith(prefixes):
            return group
    raise KeyError(name)
