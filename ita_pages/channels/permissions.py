"""Permission policy for records that only citizens create.

Why: general complaints and questions come from the public forms, which issue the
receipt code; an "add" button in the admin would create records without one.
"""

from wagtail.permission_policies.base import ModelPermissionPolicy


class NoAddPermissionPolicy(ModelPermissionPolicy):
    def user_has_permission(self, user, action):
        if action == "add":
            return False
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)
