from django.conf import settings
from django.urls import path, re_path
from django.views.decorators.csrf import csrf_exempt
from django.views.static import serve

from . import views

urlpatterns = [
    path("api/portfolios/<int:portfolio_id>/links/", views.LinkListCreate.as_view()),
    path("api/portfolios/<int:portfolio_id>/links/<int:pk>", views.LinkDetail.as_view()),
    path("api/portfolios/<int:portfolio_id>/links", csrf_exempt(views.links_without_slash)),
    # Media is public: no authentication, as on the real server.
    re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}),
]
