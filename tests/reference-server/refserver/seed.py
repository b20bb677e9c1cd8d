"""Demo data: a user per role, portfolios, images with thumbnails, links."""
import hashlib
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

from django.conf import settings
from django.contrib.auth.models import Permission, User
from django.db import transaction
from django.utils import timezone
from django.utils.text import get_valid_filename
from PIL import Image as PilImage, ImageDraw
from rest_framework.authtoken.models import Token

from .images import THUMBNAIL_EDGES, encode, store_image
from .models import Image, Portfolio, PortfolioLink, Thumbnail

LINK_PERMISSIONS = ("add_portfoliolink", "view_portfoliolink", "change_portfoliolink", "delete_portfoliolink")
NODELETE_PERMISSIONS = ("add_portfoliolink", "view_portfoliolink", "change_portfoliolink")


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
# Images of their own for the first links, then the same images again in
# turn: making one (Pillow, four thumbnails) takes tens of milliseconds, so
# thousands of them would take minutes. A multiple of len(GALLERY_NAMES), so
# a link and its image always share a name; and at least 30, so that a gallery
# of 30 (the image picker's GUI test) still has 30 different images.
GALLERY_IMAGES = 36
GALLERY_BATCH = 500  # links per bulk_create


def gallery_name(index):
    """The name of the index-th gallery link (from 0): "سبد خرید 1", "Checkout flow 2"..."""
    return f"{GALLERY_NAMES[index % len(GALLERY_NAMES)]} {index + 1}"


def gallery_image(index):
    """An image of the index-th gallery link's own, named after it."""
    colours = [GALLERY_COLOURS[(index + k) % len(GALLERY_COLOURS)] for k in range(3)]
    return make_image(f"{gallery_name(index)}.png", (320, 240), "RGB", "PNG", colours)


SMALL_EDGES = (64, 128)  # the thumbnails lists and the picker show


class GalleryVariants:
    """Images of the gallery links' own, made in a millisecond or two each:
    files and a record of their own (so no cache holds one for another link),
    the small thumbnails redrawn with the link's number on them (so no two
    look alike where the app shows them), the original and the large
    thumbnails the same bytes as the base image's."""

    def __init__(self):
        self.folder = Path("core_media/gallery")
        (Path(settings.MEDIA_ROOT) / self.folder / "thumbnails").mkdir(parents=True, exist_ok=True)
        self.bases = {}  # base image id -> (original bytes, {edge: picture or bytes})

    def base(self, image):
        if image.pk not in self.bases:
            files = {}
            for thumbnail in image.thumbnails.all():
                if thumbnail.size in SMALL_EDGES:
                    with PilImage.open(thumbnail.file.path) as picture:
                        files[thumbnail.size] = picture.convert("RGB")
                else:
                    files[thumbnail.size] = Path(thumbnail.file.path).read_bytes()
            self.bases[image.pk] = (Path(image.file.path).read_bytes(), files)
        return self.bases[image.pk]

    def make(self, index, base):
        original_bytes, files = self.base(base)
        media = Path(settings.MEDIA_ROOT)
        stem = get_valid_filename(gallery_name(index))
        original = self.folder / f"{stem}.png"
        (media / original).write_bytes(original_bytes)
        image = Image.objects.create(file=str(original), name=f"{gallery_name(index)}.png", type=base.type,
                                     size=base.size, width=base.width, height=base.height, mode=base.mode)
        thumbnails = []
        for edge in THUMBNAIL_EDGES:
            path = self.folder / "thumbnails" / f"{stem}_thumbnail_{edge}x{edge}.jpg"
            data = files[edge]
            if edge in SMALL_EDGES:
                numbered = data.copy()
                ImageDraw.Draw(numbered).text((4, 4), str(index + 1), fill="white")
                data = encode(numbered, "JPEG")
            (media / path).write_bytes(data)
            thumbnails.append(Thumbnail(image=image, file=str(path), size=edge))
        Thumbnail.objects.bulk_create(thumbnails)
        return image


def gallery_text(index):
    """(url, description) of the index-th gallery link: every third link has a
    url (indexes 0, 3, 6...), a third a description (indexes 0, 1, 6, 7...),
    so a sixth has both and half have neither. The description is in the
    language of the name."""
    number = index + 1
    url = f"https://example.org/project/{number}" if index % 3 == 0 else None
    description = None
    if index % 6 in (0, 1):
        name = GALLERY_NAMES[index % len(GALLERY_NAMES)]
        persian = index % 2 == 0  # the names alternate, Persian first
        description = f"توضیح نمونه‌ی {name} {number}" if persian else f"Notes on {name} {number}"
    return url, description


@contextmanager
def timestamps_as_given():
    """bulk_create stamps every row with the current time (auto_now_add,
    auto_now), all alike; while this is active, the given ones are kept."""
    fields = [PortfolioLink._meta.get_field(name) for name in ("created_at", "updated_at")]
    saved = [(field.auto_now, field.auto_now_add) for field in fields]
    for field in fields:
        field.auto_now = field.auto_now_add = False
    try:
        yield
    finally:
        for field, (auto_now, auto_now_add) in zip(fields, saved):
            field.auto_now, field.auto_now_add = auto_now, auto_now_add


def make_gallery(portfolio, count, now, distinct_images=GALLERY_IMAGES):
    """`count` links named in Persian and English in turn, each with an image,
    inserted in batches. Oldest first, a second apart (closer when there are
    more than a day's worth of seconds) and the last a step before `now`: all
    after the seeded links (a day before `now` at the latest) and before any
    link created later, so ids, dates and ordering agree. The first
    GALLERY_IMAGES images are drawn in full; up to `distinct_images`, the
    others are variants of them (GalleryVariants); past that, links share
    them in turn."""
    if count <= 0:
        return
    step = min(timedelta(seconds=1), timedelta(days=1) / (count + 1))
    with transaction.atomic():
        images = [gallery_image(index) for index in range(min(count, GALLERY_IMAGES))]
        variants = GalleryVariants()
        images += [variants.make(index, images[index % GALLERY_IMAGES])
                   for index in range(len(images), min(count, distinct_images))]
        with timestamps_as_given():
            for start in range(0, count, GALLERY_BATCH):
                links = []
                for index in range(start, min(start + GALLERY_BATCH, count)):
                    url, description = gallery_text(index)
                    stamp = now - (count - index) * step
                    links.append(PortfolioLink(
                        portfolio=portfolio, name=gallery_name(index),
                        url=url, description=description, image=images[index % len(images)],
                        created_at=stamp, updated_at=stamp))
                PortfolioLink.objects.bulk_create(links)


def seed(fixed_tokens=False, gallery=0, gallery_images=GALLERY_IMAGES):
    tokens = {
        "admin": make_user("admin", fixed_tokens, superuser=True),
        "staff": make_user("staff", fixed_tokens, staff=True, permissions=LINK_PERMISSIONS),
        # Everything but delete: DELETE answers 403.
        "staff_nodelete": make_user("staff_nodelete", fixed_tokens, staff=True, permissions=NODELETE_PERMISSIONS),
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

    make_gallery(bookshop, gallery, now, gallery_images)

    return {
        "tokens": tokens,
        "portfolios": [bookshop.id, corporate.id],
        "images": [image.id for image in images],
        "links": link_ids,
    }
