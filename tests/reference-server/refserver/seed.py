"""Demo data: portfolios, images with thumbnails, links, and a user per role."""
import io
import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth.models import Permission, User
from PIL import Image as PilImage, ImageDraw
from rest_framework.authtoken.models import Token

from .models import Image, Portfolio, PortfolioLink, Thumbnail

THUMBNAIL_EDGES = (64, 128, 512, 1080)
FORMATS = {"PNG": ("png", "image/png"), "JPEG": ("jpg", "image/jpeg")}


def make_image(name, size, mode, image_format, colours):
    picture = PilImage.new("RGB", size, colours[0])
    draw = ImageDraw.Draw(picture)
    width, height = size
    for i, colour in enumerate(colours[1:], start=1):
        inset = i * min(width, height) // (2 * len(colours))
        draw.ellipse([inset, inset, width - inset, height - inset], fill=colour)
    if mode == "P":
        picture = picture.convert("P", palette=PilImage.ADAPTIVE, colors=16)
    elif mode != "RGB":
        picture = picture.convert(mode)

    extension, mime = FORMATS[image_format]
    image = Image.objects.create(path="", name=name, type=mime, size=0,
                                 width=width, height=height, mode=picture.mode)
    folder = Path("core_media/seed")
    relative = folder / f"image{image.id}.{extension}"
    target = Path(settings.MEDIA_ROOT) / relative
    target.parent.mkdir(parents=True, exist_ok=True)
    picture.save(target, image_format)
    image.path, image.size = str(relative), target.stat().st_size
    image.save()

    for edge in THUMBNAIL_EDGES:
        thumbnail = picture.convert("RGB")
        thumbnail.thumbnail((edge, edge))
        thumb_relative = folder / "thumbnails" / f"image{image.id}_thumbnail_{edge}x{edge}.jpg"
        thumb_target = Path(settings.MEDIA_ROOT) / thumb_relative
        thumb_target.parent.mkdir(parents=True, exist_ok=True)
        buffer = io.BytesIO()
        thumbnail.save(buffer, "JPEG", quality=85)
        thumb_target.write_bytes(buffer.getvalue())
        Thumbnail.objects.create(image=image, path=str(thumb_relative), size=edge)
    return image


def make_user(username, *, superuser=False, staff=False, permissions=()):
    user = User.objects.create_user(username, password=secrets.token_hex(16),
                                    is_superuser=superuser, is_staff=staff or superuser)
    for codename in permissions:
        user.user_permissions.add(Permission.objects.get(codename=codename, content_type__app_label="refserver"))
    return Token.objects.create(user=user).key


def seed():
    tokens = {
        "admin": make_user("admin", superuser=True),
        "staff": make_user("staff", staff=True, permissions=(
            "add_portfoliolink", "view_portfoliolink", "change_portfoliolink", "delete_portfoliolink")),
        "staff_noperm": make_user("staff_noperm", staff=True),
    }
    agency = Portfolio.objects.create(name="فروشگاه اینترنتی کتاب")
    second = Portfolio.objects.create(name="Corporate website")

    images = [
        make_image("technology", (225, 225), "P", "PNG", ["#1e3a5f", "#3d7ab8", "#f2c14e"]),
        make_image("طرح صفحه‌ی اصلی.jpg", (1600, 900), "RGB", "JPEG", ["#0b6e4f", "#08a045", "#f5f5f5", "#e4572e"]),
        make_image("logo-transparent.png", (300, 300), "RGBA", "PNG", ["#00000000", "#6c2bd9", "#ffffff"]),
    ]
    links = [
        (agency, "دمو پروژه", "https://example.com/demo", "لینک مشاهده‌ی دمو", images[0]),
        (agency, "کد منبع در گیت‌هاب", "https://github.com/example/bookshop", "مخزن کد فروشگاه", None),
        (agency, "طراحی رابط کاربری", None, "نمونه‌های طراحی صفحه‌ی اصلی و سبد خرید", images[1]),
        (second, "Live site", "https://example.org/", None, images[2]),
        (second, "Case study", "https://example.org/case-study", "How we rebuilt the site", None),
    ]
    for portfolio, name, url, description, image in links:
        PortfolioLink.objects.create(portfolio=portfolio, name=name, url=url, description=description, image=image)

    return {"tokens": tokens, "portfolios": [agency.id, second.id], "images": [image.id for image in images]}
