from rest_framework.permissions import BasePermission

# The documentation's permission codes and the Django permissions on
# PortfolioLink that stand for them:
#   4241 create          -> refserver.add_portfoliolink
#   4242 list / retrieve -> refserver.view_portfoliolink
#   4243 update          -> refserver.change_portfoliolink
#   4244 delete          -> refserver.delete_portfoliolink (assumed, CONTRACT.md)
PERMISSION_BY_METHOD = {
    "POST": "refserver.add_portfoliolink",
    "GET": "refserver.view_portfoliolink",
    "HEAD": "refserver.view_portfoliolink",
    "OPTIONS": "refserver.view_portfoliolink",
    "PATCH": "refserver.change_portfoliolink",
    "PUT": "refserver.change_portfoliolink",
    "DELETE": "refserver.delete_portfoliolink",
}


class PortfolioLinkPermission(BasePermission):
    """"Staff with PorfolioLinkPermission or Admin", per the documentation."""

    def has_permission(self, request, view):
        user = request.user
        if not user or not user.is_authenticated:
            return False  # DRF turns this into 401 with WWW-Authenticate: Token
        if user.is_superuser:
            return True
        permission = PERMISSION_BY_METHOD.get(request.method)
        return bool(user.is_staff and permission and user.has_perm(permission))
