from rest_framework.permissions import BasePermission

# The contract's permission codes and the Django permissions that stand for
# them: 4241 create -> add, 4242 list/retrieve -> view, 4243 update -> change,
# 4244 delete -> delete (assumed, as in CONTRACT.md).
CODENAMES = {
    "POST": "refserver.add_portfoliolink",
    "GET": "refserver.view_portfoliolink",
    "HEAD": "refserver.view_portfoliolink",
    "OPTIONS": "refserver.view_portfoliolink",
    "PATCH": "refserver.change_portfoliolink",
    "PUT": "refserver.change_portfoliolink",
    "DELETE": "refserver.delete_portfoliolink",
}


class PortfolioLinkPermission(BasePermission):
    """Admins, or staff holding the permission for the request's method."""

    def has_permission(self, request, view):
        user = request.user
        if not user or not user.is_authenticated:
            return False
        if user.is_superuser:
            return True
        codename = CODENAMES.get(request.method)
        return bool(user.is_staff and codename and user.has_perm(codename))
