from django.db import models


class Portfolio(models.Model):
    name = models.CharField(max_length=200)


class Image(models.Model):
    # Stored as the real server does (core_media/Y/m/d/...); `name` is the
    # original file name, which may be Persian and may lack an extension.
    file = models.FileField(upload_to="core_media/%Y/%m/%d/")
    name = models.CharField(max_length=255)
    type = models.CharField(max_length=100)  # MIME type, e.g. image/png
    size = models.PositiveIntegerField()  # bytes
    width = models.PositiveIntegerField()
    height = models.PositiveIntegerField()
    mode = models.CharField(max_length=10)  # PIL colour mode: P, RGB, RGBA, CMYK...


class Thumbnail(models.Model):
    image = models.ForeignKey(Image, related_name="thumbnails", on_delete=models.CASCADE)
    file = models.FileField(upload_to="core_media/%Y/%m/%d/thumbnails/")
    size = models.PositiveIntegerField(null=True)  # edge in pixels: 64, 128, 512, 1080

    class Meta:
        ordering = ["size", "id"]


class PortfolioLink(models.Model):
    portfolio = models.ForeignKey(Portfolio, related_name="links", on_delete=models.CASCADE)
    name = models.CharField(max_length=100)
    url = models.URLField(max_length=200, null=True, blank=True)
    description = models.TextField(null=True, blank=True)
    image = models.ForeignKey(Image, null=True, blank=True, on_delete=models.SET_NULL)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
