from django.db import models


class Portfolio(models.Model):
    name = models.CharField(max_length=200)


class Image(models.Model):
    # Path relative to MEDIA_ROOT; `name` is the original (possibly Persian) file name.
    path = models.CharField(max_length=300)
    name = models.CharField(max_length=300)
    type = models.CharField(max_length=100)
    size = models.PositiveIntegerField()
    width = models.PositiveIntegerField()
    height = models.PositiveIntegerField()
    mode = models.CharField(max_length=10)


class Thumbnail(models.Model):
    image = models.ForeignKey(Image, related_name="thumbnails", on_delete=models.CASCADE)
    path = models.CharField(max_length=300)
    size = models.PositiveIntegerField(null=True)  # edge in pixels

    class Meta:
        ordering = ["size"]


class PortfolioLink(models.Model):
    portfolio = models.ForeignKey(Portfolio, related_name="links", on_delete=models.CASCADE)
    name = models.CharField(max_length=100)
    url = models.URLField(max_length=200, null=True, blank=True)
    description = models.TextField(null=True, blank=True)
    image = models.ForeignKey(Image, null=True, blank=True, on_delete=models.SET_NULL)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
