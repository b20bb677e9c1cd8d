from django.conf import settings
from rest_framework import serializers

from .models import Image, PortfolioLink, Thumbnail


def media_url(request, file):
    """Absolute URL of a media file. With --media-host the URL names that host
    (same port), so media is another origin than the API."""
    if settings.REFSERVER_MEDIA_HOST:
        return f"{request.scheme}://{settings.REFSERVER_MEDIA_HOST}:{request.get_port()}{file.url}"
    return request.build_absolute_uri(file.url)


def human_readable(size):
    for unit in ("B", "KB", "MB"):
        if size < 1024 or unit == "MB":
            return f"{size:.2f} {unit}"
        size /= 1024


class ThumbnailSerializer(serializers.ModelSerializer):
    f = serializers.SerializerMethodField()

    class Meta:
        model = Thumbnail
        fields = ["id", "f", "size"]

    def get_f(self, thumbnail):
        return media_url(self.context["request"], thumbnail.file)


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
        return media_url(self.context["request"], image.file)


class UploadedImageField(serializers.ImageField):
    """DRF's ImageField (Pillow must decode the file; otherwise Django's own
    "Upload a valid image. ..." message), with a size limit checked first."""
    default_error_messages = {
        "too_large": "The file is too large ({size} bytes); the limit is {limit} bytes ({readable}).",
    }

    def to_internal_value(self, data):
        size, limit = getattr(data, "size", None), settings.REFSERVER_MAX_UPLOAD_SIZE
        if size is not None and size > limit:
            self.fail("too_large", size=size, limit=limit, readable=human_readable(limit))
        return super().to_internal_value(data)


class ImageUploadSerializer(serializers.Serializer):
    file = UploadedImageField()


class LinkSerializer(serializers.ModelSerializer):
    # Written as an id, read back nested as image_data; an unknown id gets
    # DRF's own 400: 'Invalid pk "999" - object does not exist.'
    image = serializers.PrimaryKeyRelatedField(
        queryset=Image.objects.all(), required=False, allow_null=True, write_only=True)
    image_data = ImageSerializer(source="image", read_only=True)

    class Meta:
        model = PortfolioLink
        fields = ["id", "name", "url", "image", "image_data", "description", "created_at", "updated_at"]
