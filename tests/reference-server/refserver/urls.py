from django.conf import settings
from django.urls import include, path, re_path
from django.views.static import serve

from . import views

routes = [
    path("api/portfolios/<int:portfolio_id>/links/", views.LinkListCreate.as_view()),
    # Documented without the trailing slash.
    path("api/portfolios/<int:portfolio_id>/links/<int:pk>",
         (views.LinkDetail if settings.REFSERVER_LINK_DELETE else views.LinkDetailWithoutDelete).as_view()),
    path("api/portfolios/<int:portfolio_id>/links", views.links_without_slash),
    # Media is public: a plain Django view, no authentication at all.
    re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}),
]
if settings.REFSERVER_MEDIA_API:  # serve.py --no-media: 404 on all of /api/media/
    routes += [
        path("api/media/", views.MediaListCreate.as_view()),
        path("api/media/<int:pk>/", views.MediaDetail.as_view()),
    ]

urlpatterns = [path(settings.PREFIX, include(routes))]
