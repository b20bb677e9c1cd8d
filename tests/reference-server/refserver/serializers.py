from urllib.parse import quote

from django.conf import settings
from rest_framework import serializers

from .models import Image, PortfolioLink, Thumbnail


def media_url(request, path):
    """Absolute URL of a media file; --media-host puts media on another origin."""
    host = request.get_host()
    if settings.REFSERVER_MEDIA_HOST:
        port = request.get_port()
        host = f"{settings.REFSERVER_MEDIA_HOST}:{port}"
    return f"{request.scheme}://{host}{settings.MEDIA_URL}{quote(path)}"


def human_readable(size):
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.2f} KB"
    return f"{size / (1024 * 1024):.2f} MB"


class ThumbnailSerializer(serializers.ModelSerializer):
    f = serializers.SerializerMethodField()

    class Meta:
        model = Thumbnail
        fields = ["id", "f", "size"]

    def get_f(self, thumbnail):
        return media_url(self.context["request"], thumbnail.path)


class ImageSerializer(serializers.ModelSerializer):
    human_readable_size = serializers.SerializerMethodField()
    f = serializers.SerializerMethodField()
    thumbnails = ThumbnailSerializer(many=True, read_only=True)

    class Meta:
        model = Image
        fields = ["id", "type", "name", "size", "human_readable_size", "f", "width", "height", "mode", "thumbnails"]

    def get_human_readable_size(self, image):
        return human_readable(image.size)

    def get_f(self, image):
        return media_url(self.context["request"], image.path)


class LinkSerializer(serializers.ModelSerializer):
    image = serializers.PrimaryKeyRelatedField(
        queryset=Image.objects.all(), required=False, allow_null=True, write_only=True)
    image_data = ImageSerializer(source="image", read_only=True)

    class Meta:
        model = PortfolioLink
        fields = ["id", "name", "url", "image", "image_data", "description", "created_at", "updated_at"]
