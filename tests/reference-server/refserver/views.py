from django.db.models import Q
from django.http import HttpResponsePermanentRedirect
from django.shortcuts import get_object_or_404
from django.utils.dateparse import parse_date
from django.views.decorators.csrf import csrf_exempt
from django.views.defaults import server_error
from rest_framework import filters, generics, status
from rest_framework.exceptions import ValidationError
from rest_framework.parsers import MultiPartParser
from rest_framework.response import Response

from .images import store_upload
from .models import Image, Portfolio, PortfolioLink
from .permissions import PortfolioLinkPermission
from .serializers import ImageSerializer, ImageUploadSerializer, LinkSerializer


class PortfolioLinkMixin:
    serializer_class = LinkSerializer
    permission_classes = [PortfolioLinkPermission]

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        # After authentication and permissions (401/403 first), before any
        # validation: an unknown portfolio is 404 whatever the body says.
        self.portfolio = get_object_or_404(Portfolio, pk=self.kwargs["portfolio_id"])

    def get_queryset(self):
        return (PortfolioLink.objects.filter(portfolio=self.portfolio)
                .select_related("image").prefetch_related("image__thumbnails"))


# The list's own filters, by hand (the documented server's filter set is not
# known, and django-filter is not a dependency here).
INTEGER_FILTERS = {"id_min": "id__gte", "id_max": "id__lte"}
DATE_FILTERS = {
    "created_date": "created_at__date", "updated_date": "updated_at__date",
    "created_from": "created_at__date__gte", "created_to": "created_at__date__lte",
    "updated_from": "updated_at__date__gte", "updated_to": "updated_at__date__lte",
}
PRESENCE_FILTERS = {"has_image": "image", "has_description": "description", "has_url": "url"}
BOOLEANS = {"true": True, "1": True, "false": False, "0": False}


def filter_links(links, params):
    errors = {}
    for name, lookup in INTEGER_FILTERS.items():
        if params.get(name):
            try:
                links = links.filter(**{lookup: int(params[name])})
            except ValueError:
                errors[name] = ["Enter a whole number."]
    for name, lookup in DATE_FILTERS.items():
        if params.get(name):
            try:
                day = parse_date(params[name])
            except ValueError:  # well formed but impossible, e.g. 2026-02-30
                day = None
            if day is None:
                errors[name] = ["Enter a valid date."]
            else:
                links = links.filter(**{lookup: day})
    for name, field in PRESENCE_FILTERS.items():
        if params.get(name):
            wanted = BOOLEANS.get(params[name].lower())
            if wanted is None:
                errors[name] = ["Must be true or false."]
                continue
            empty = Q(**{f"{field}__isnull": True})
            if field != "image":
                empty |= Q(**{field: ""})
            links = links.exclude(empty) if wanted else links.filter(empty)
    if errors:
        raise ValidationError(errors)
    return links


class LinkSearchFilter(filters.SearchFilter):
    """DRF's search over name and url, plus the id the contract also searches
    (SearchFilter's icontains cannot match an integer field)."""

    def filter_queryset(self, request, queryset, view):
        for term in self.get_search_terms(request):
            matches = Q(name__icontains=term) | Q(url__icontains=term)
            if term.isdigit():
                matches |= Q(id=int(term))
            queryset = queryset.filter(matches)
        return queryset


class LinkListCreate(PortfolioLinkMixin, generics.ListCreateAPIView):
    filter_backends = [LinkSearchFilter, filters.OrderingFilter]
    ordering_fields = ["id", "name", "created_at", "updated_at"]
    ordering = ["-created_at", "-id"]  # newest first; id keeps pages stable

    def get_queryset(self):
        links = super().get_queryset()
        if self.request.method == "GET":
            links = filter_links(links, self.request.query_params)
        return links

    # DRF's CreateModelMixin puts the "url" field into a Location header
    # (URL_FIELD_NAME is "url"): "Location: None" without one. Kept, as a real
    # DRF server with this model answers the same.
    def perform_create(self, serializer):
        serializer.save(portfolio=self.portfolio)


class LinkDetail(PortfolioLinkMixin, generics.RetrieveUpdateDestroyAPIView):
    pass


class LinkDetailWithoutDelete(PortfolioLinkMixin, generics.RetrieveUpdateAPIView):
    """serve.py --no-delete: a server that never offered DELETE. DRF answers
    it 405 {"detail": "Method \"DELETE\" not allowed."} with an Allow header
    that leaves DELETE out, after authentication, permissions and the
    portfolio lookup (401, 403, 404 come first), as any DRF view without a
    delete handler does."""


class MediaMixin:
    """/api/media/, the upload endpoint CONTRACT.md assumes ("Images").
    Permissions reuse the link permissions (no separate ones on Image): images
    are picked while adding or editing links, so uploading (POST) needs
    add_portfoliolink (4241) and browsing (GET) view_portfoliolink (4242);
    admin may do all, staff_noperm nothing (403)."""
    permission_classes = [PortfolioLinkPermission]
    serializer_class = ImageSerializer
    queryset = Image.objects.prefetch_related("thumbnails").order_by("-id")  # newest first


class MediaListCreate(MediaMixin, generics.ListCreateAPIView):
    parser_classes = [MultiPartParser]  # field "file"; anything else is DRF's 415
    filter_backends = [filters.SearchFilter]
    search_fields = ["name"]

    def create(self, request, *args, **kwargs):
        upload = ImageUploadSerializer(data=request.data)
        upload.is_valid(raise_exception=True)
        image = store_upload(upload.validated_data["file"])
        return Response(self.get_serializer(image).data, status=status.HTTP_201_CREATED)


class MediaDetail(MediaMixin, generics.RetrieveAPIView):
    pass


@csrf_exempt
def links_without_slash(request, portfolio_id):
    """The documented server's answers on ".../links": 500 for a POST (Django's
    APPEND_SLASH cannot redirect a body; it raises, as with DEBUG on), 301 to
    the slash form for the rest. Before any authentication, like middleware."""
    if request.method in ("POST", "PUT", "PATCH"):
        return server_error(request)  # Django's own page: <h1>Server Error (500)</h1>
    return HttpResponsePermanentRedirect(request.get_full_path(force_append_slash=True))
