"""Storing an image with its 64/128/512/1080 px JPEG thumbnails, shared by the
seed data and uploads to /api/media/."""
import io
from pathlib import PurePath

from django.core.files.base import ContentFile
from PIL import Image as PilImage, ImageOps

from .models import Image, Thumbnail

THUMBNAIL_EDGES = (64, 128, 512, 1080)  # as in the documented example
EXTENSIONS = {"JPEG": "jpg"}  # otherwise the format's name in lower case: png, gif, webp...


def encode(picture, image_format):
    buffer = io.BytesIO()
    picture.save(buffer, image_format)
    return buffer.getvalue()


def flatten(picture):
    """RGB for a JPEG thumbnail; transparency becomes white, not black."""
    if picture.mode in ("RGBA", "LA", "PA") or "transparency" in picture.info:
        rgba = picture.convert("RGBA")
        background = PilImage.new("RGB", rgba.size, "white")
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    return picture.convert("RGB")


def store_image(name, data, picture, image_format):
    """An Image record for the encoded `data` of `picture` (its Pillow format
    e.g. "PNG"), with thumbnails. `name` is kept as given; the stored file is
    named after its stem with the format's extension, as the storage cleans it."""
    extension = EXTENSIONS.get(image_format, image_format.lower())
    mime = PilImage.MIME.get(image_format, "application/octet-stream")
    width, height = picture.size
    image = Image(name=name, type=mime, size=len(data), width=width, height=height, mode=picture.mode)
    image.file.save(f"{PurePath(name).stem}.{extension}", ContentFile(data), save=True)

    stored_stem = PurePath(image.file.name).stem  # as the storage cleaned it
    flat = flatten(picture)
    for edge in THUMBNAIL_EDGES:
        thumbnail = ImageOps.contain(flat, (edge, edge))
        record = Thumbnail(image=image, size=edge)
        record.file.save(f"{stored_stem}_thumbnail_{edge}x{edge}.jpg", ContentFile(encode(thumbnail, "JPEG")), save=True)
    return image


def store_upload(upload):
    """An uploaded file that DRF's ImageField has already verified."""
    upload.seek(0)
    data = upload.read()
    picture = PilImage.open(io.BytesIO(data))
    return store_image(upload.name, data, picture, picture.format)
