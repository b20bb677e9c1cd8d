"""Demo data: a user per role, portfolios, images with thumbnails, links."""
import hashlib
from datetime import timedelta

from django.contrib.auth.models import Permission, User
from django.utils import timezone
from PIL import Image as PilImage, ImageDraw
from rest_framework.authtoken.models import Token

from .images import encode, store_image
from .models import Portfolio, PortfolioLink

LINK_PERMISSIONS = ("add_portfoliolink", "view_portfoliolink", "change_portfoliolink", "delete_portfoliolink")


def make_image(name, size, mode, image_format, colours):
    """A picture of concentric ellipses saved in `mode`, with its thumbnails."""
    width, height = size
    picture = PilImage.new("RGBA", size, colours[0])
    draw = ImageDraw.Draw(picture)
    for i, colour in enumerate(colours[1:], start=1):
        inset = i * min(width, height) // (2 * len(colours))
        draw.ellipse([inset, inset, width - inset, height - inset], fill=colour)
    if mode == "P":
        picture = picture.convert("RGB").convert("P", palette=PilImage.ADAPTIVE, colors=16)
    else:
        picture = picture.convert(mode)

    return store_image(name, encode(picture, image_format), picture, image_format)


def make_user(username, fixed_token, *, superuser=False, staff=False, permissions=()):
    user = User.objects.create_user(username, is_superuser=superuser, is_staff=staff or superuser)  # no password: token only
    user.user_permissions.add(*Permission.objects.filter(
        content_type__app_label="refserver", codename__in=permissions))
    # Fixed tokens (for a demo that is restarted) are derived from the role name.
    key = hashlib.sha1(f"refserver-{username}".encode()).hexdigest() if fixed_token else None
    return Token.objects.create(user=user, key=key).key  # no key: DRF makes a random one


GALLERY_NAMES = ("سبد خرید", "Checkout flow", "صفحه‌ی محصول", "Dark theme", "نسخه‌ی موبایل", "Search results",
                 "داشبورد مدیریت", "Newsletter", "فاکتور", "Landing page", "پروفایل کاربر", "Error pages")
GALLERY_COLOURS = ("#264653", "#2a9d8f", "#e9c46a", "#f4a261", "#e76f51", "#6d597a", "#355070", "#b56576")


def make_gallery(portfolio, count):
    """Links with small images of their own, named in Persian and English."""
    for index in range(count):
        name = f"{GALLERY_NAMES[index % len(GALLERY_NAMES)]} {index + 1}"
        colours = [GALLERY_COLOURS[(index + k) % len(GALLERY_COLOURS)] for k in range(3)]
        image = make_image(f"{name}.png", (320, 240), "RGB", "PNG", colours)
        PortfolioLink.objects.create(portfolio=portfolio, name=name, url=None, description=None, image=image)


def seed(fixed_tokens=False, gallery=0):
    tokens = {
        "admin": make_user("admin", fixed_tokens, superuser=True),
        "staff": make_user("staff", fixed_tokens, staff=True, permissions=LINK_PERMISSIONS),
        "staff_noperm": make_user("staff_noperm", fixed_tokens, staff=True),
    }
    bookshop = Portfolio.objects.create(name="فروشگاه اینترنتی کتاب")
    corporate = Portfolio.objects.create(name="Corporate website")

    images = [
        # As in the documented example: 225x225, palette mode, no extension in the name.
        make_image("technology", (225, 225), "P", "PNG", ["#1e3a5f", "#3d7ab8", "#f2c14e"]),
        # A Persian file name (with ZWNJ and spaces) to exercise URL encoding.
        make_image("طرح صفحه‌ی اصلی.jpg", (1600, 900), "RGB", "JPEG", ["#0b6e4f", "#08a045", "#f5f5f5", "#e4572e"]),
        make_image("logo-transparent.png", (300, 300), "RGBA", "PNG", ["#00000000", "#6c2bd9", "#ffffff"]),
        # Portrait and CMYK, as print material often is.
        make_image("brochure-cmyk.jpg", (600, 800), "CMYK", "JPEG", ["#f4f1de", "#e07a5f", "#3d405b", "#81b29a"]),
    ]
    # In creation order, a day apart and the last one newest, so ids, dates,
    # ordering and the date filters agree.
    links = [
        (corporate, "بروشور چاپی", "https://example.org/brochure.pdf", "نسخه‌ی چاپی، ۴ صفحه", images[3]),
        (corporate, "Live site", "https://example.org/", None, images[2]),
        (bookshop, "مستندات", "https://نمونه.ایران/docs", None, None),
        (bookshop, "طراحی رابط کاربری", None, "نمونه‌های طراحی صفحه‌ی اصلی و سبد خرید", images[1]),
        (bookshop, "کد منبع در گیت‌هاب", "https://github.com/example/bookshop", "مخزن کد فروشگاه", None),
        (bookshop, "دمو پروژه", "https://example.com/demo", "لینک مشاهده‌ی دمو", images[0]),
    ]
    now = timezone.now()
    link_ids = []
    for index, (portfolio, name, url, description, image) in enumerate(links):
        link = PortfolioLink.objects.create(portfolio=portfolio, name=name, url=url, description=description, image=image)
        stamp = now - timedelta(days=len(links) - index)
        PortfolioLink.objects.filter(pk=link.pk).update(created_at=stamp, updated_at=stamp)
        link_ids.append(link.pk)

    make_gallery(bookshop, gallery)

    return {
        "tokens": tokens,
        "portfolios": [bookshop.id, corporate.id],
        "images": [image.id for image in images],
        "links": link_ids,
    }
