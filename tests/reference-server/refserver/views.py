from django.db.models import Q
from django.http import HttpResponsePermanentRedirect, HttpResponseServerError
from django.shortcuts import get_object_or_404
from rest_framework import filters, generics

from .models import Portfolio, PortfolioLink
from .permissions import PortfolioLinkPermission
from .serializers import LinkSerializer


class PortfolioLinkMixin:
    serializer_class = LinkSerializer
    permission_classes = [PortfolioLinkPermission]

    def portfolio(self):
        return get_object_or_404(Portfolio, pk=self.kwargs["portfolio_id"])

    def get_queryset(self):
        links = (PortfolioLink.objects.filter(portfolio=self.portfolio())
                 .select_related("image").prefetch_related("image__thumbnails"))
        return self.filtered(links)

    def filtered(self, links):
        params = self.request.query_params
        for name, lookup in (("id_min", "id__gte"), ("id_max", "id__lte"),
                             ("created_from", "created_at__date__gte"), ("created_to", "created_at__date__lte"),
                             ("updated_from", "updated_at__date__gte"), ("updated_to", "updated_at__date__lte"),
                             ("created_date", "created_at__date"), ("updated_date", "updated_at__date")):
            if params.get(name):
                links = links.filter(**{lookup: params[name]})
        for name, field in (("has_image", "image"), ("has_description", "description"), ("has_url", "url")):
            empty = Q(**{f"{field}__isnull": True})
            if field != "image":
                empty |= Q(**{field: ""})
            value = params.get(name, "").lower()
            if value in ("true", "1"):
                links = links.exclude(empty)
            elif value in ("false", "0"):
                links = links.filter(empty)
        return links


class LinkListCreate(PortfolioLinkMixin, generics.ListCreateAPIView):
    filter_backends = [filters.SearchFilter, filters.OrderingFilter]
    search_fields = ["name", "url"]
    ordering_fields = ["id", "name", "created_at", "updated_at"]
    ordering = ["-created_at"]

    def get_queryset(self):
        links = super().get_queryset()
        term = self.request.query_params.get("search", "")
        # SearchFilter cannot match an integer id; the contract searches ids too.
        if term.isdigit():
            self.id_match = links.filter(id=int(term))
        return links

    def filter_queryset(self, queryset):
        filtered = super().filter_queryset(queryset)
        id_match = getattr(self, "id_match", None)
        return (filtered | id_match).distinct() if id_match is not None else filtered

    def perform_create(self, serializer):
        serializer.save(portfolio=self.portfolio())


class LinkDetail(PortfolioLinkMixin, generics.RetrieveUpdateDestroyAPIView):
    pass


def links_without_slash(request, portfolio_id):
    """What the real server does without the trailing slash: Django's
    APPEND_SLASH cannot redirect a POST (500), and redirects the rest (301)."""
    if request.method in ("POST", "PUT", "PATCH"):
        return HttpResponseServerError(
            "<!doctype html><html lang=\"en\"><head><title>Server Error (500)</title></head>"
            "<body><h1>Server Error (500)</h1></body></html>", content_type="text/html")
    return HttpResponsePermanentRedirect(request.get_full_path().replace("/links", "/links/", 1))
