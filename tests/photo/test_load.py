import struct
import zlib

import pytest
from PIL import Image

from tests.photo.conftest import encode
from vetlink.errors import InputError, InputTooLarge, UnsupportedFormat
from vetlink.photo.load import WORK_SIDE, load_image, load_image_bytes


def png_declaring(width: int, height: int) -> bytes:
    """A tiny PNG whose header declares ``width`` x ``height`` (an image bomb's header)."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + chunk(b"IEND", b""))


def test_text_is_not_an_image():
    with pytest.raises(UnsupportedFormat, match="not an image"):
        load_image_bytes(b"hello, this is a CV in plain text\n" * 20, "cv.jpg")


def test_truncated_jpeg_is_reported_as_damaged(picture):
    data = encode(picture)
    with pytest.raises(InputError, match="damaged or truncated"):
        load_image_bytes(data[: len(data) // 2], "half.jpg")


@pytest.mark.parametrize("side", [100_000, 8_000])
def test_image_bomb_header_is_refused_before_decoding(side):
    with pytest.raises(InputTooLarge, match="image bomb"):
        load_image_bytes(png_declaring(side, side), "bomb.png")


def test_one_pixel_image_loads():
    loaded = load_image_bytes(encode(Image.new("RGB", (1, 1), "red"), "PNG"))
    assert (loaded.width, loaded.height) == (1, 1)
    assert loaded.image.getpixel((0, 0)) == (255, 0, 0)


def test_cmyk_jpeg_becomes_rgb(picture):
    loaded = load_image_bytes(encode(picture.convert("CMYK")))
    assert loaded.image.mode == "RGB"
    assert loaded.format == "JPEG"


def test_png_alpha_is_composited_on_white():
    image = Image.new("RGBA", (20, 20), (0, 0, 0, 0))
    image.putpixel((0, 0), (255, 0, 0, 255))
    loaded = load_image_bytes(encode(image, "PNG"))
    assert loaded.had_alpha
    assert loaded.image.getpixel((5, 5)) == (255, 255, 255)
    assert loaded.image.getpixel((0, 0)) == (255, 0, 0)


def test_animated_gif_gives_its_first_frame():
    frames = [Image.new("RGB", (30, 30), colour) for colour in ("red", "blue")]
    data = encode(frames[0], "GIF", save_all=True, append_images=frames[1:], duration=100)
    loaded = load_image_bytes(data)
    assert loaded.frames == 2
    red, _green, blue = loaded.image.getpixel((10, 10))
    assert red > 200 and blue < 50


def test_unreadable_heic_says_so():
    data = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x17" * 500
    with pytest.raises(InputError, match="HEIC"):
        load_image_bytes(data, "IMG_0001.HEIC")


def test_readable_heic_loads(picture):
    pillow_heif = pytest.importorskip("pillow_heif")
    try:
        data = encode_heic(pillow_heif, picture)
    except Exception as exc:  # no HEVC encoder in this build
        pytest.skip(f"cannot write HEIC here: {exc}")
    loaded = load_image_bytes(data, "photo.heic")
    assert loaded.format == "HEIC"
    assert loaded.image.size == picture.size


def encode_heic(pillow_heif, image: Image.Image) -> bytes:  # type: ignore[no-untyped-def]
    import io

    buffer = io.BytesIO()
    pillow_heif.from_pillow(image).save(buffer, quality=90)
    return buffer.getvalue()


def test_big_photo_is_shrunk_for_analysis_but_its_size_is_kept(picture):
    big = picture.resize((3000, 2000))
    loaded = load_image_bytes(encode(big))
    assert (loaded.width, loaded.height) == (3000, 2000)
    assert max(loaded.image.size) <= WORK_SIDE


def test_file_over_the_byte_limit_is_refused(tmp_path, picture):
    path = tmp_path / "p.jpg"
    path.write_bytes(encode(picture))
    with pytest.raises(InputTooLarge, match="larger than"):
        load_image(path, max_bytes=100)


def test_missing_file_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        load_image(tmp_path / "nope.jpg", max_bytes=10_000)


def test_a_url_is_not_downloaded():
    from pathlib import Path

    with pytest.raises(InputError, match="never downloads"):
        load_image(Path("https://example.org/face.jpg"), max_bytes=10_000)
