"""The review desk: claims with their spans in context, documents with their claims.

One module per page family (claims, documents), with their filters, forms, inlines and
display helpers beside them.
"""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from claims.admin import claims, documents  # noqa: F401  (registers the ModelAdmins)

admin.site.site_header = _("Fact-check desk")
admin.site.site_title = _("Fact-check desk")
admin.site.index_title = _("Claims and documents")
